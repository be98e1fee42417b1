// Reading bijlage-1 files as Excel writes them: rich text, shared formulas with cached results,
// formulas without cached results, dates, hidden rows, merged cells.
import ExcelJS from "exceljs";
import { controleerBijlage1, planEindafrekening } from "../../src/core/bijlage1";
import { bouwWerkmap, voorbeeldData } from "../../src/voorbeelden/bijlage1";
import { werkboekNaarGrids } from "../../src/cli/xlsx-grid";
import { rondreis } from "../core/bijlage1/hulp";

describe("bijlage 1 uit echte .xlsx-constructies", () => {
  test("rijke tekst in labels en waarden, en gedeelde formules in Bedrag begroot", async () => {
    const { wb } = bouwWerkmap(voorbeeldData("Wierden"));
    const ws = wb.getWorksheet("Bijlage 1")!;
    ws.getCell("A4").value = { richText: [{ text: "Gem", font: { bold: true } }, { text: "eente" }] };
    ws.getCell("B4").value = { richText: [{ text: "Wier", font: { italic: true } }, { text: "den" }] };
    const rijen = [10, 11, 12, 13, 14, 15, 16, 17];
    const resultaten = rijen.map((r) => (ws.getCell(`E${r}`).value as ExcelJS.CellFormulaValue).result);
    ws.getCell("E10").value = {
      formula: "ROUND(C10*D10,2)",
      result: resultaten[0],
      shareType: "shared",
      ref: "E10:E17",
    } as ExcelJS.CellValue;
    rijen.slice(1).forEach(
      (r, i) =>
        (ws.getCell(`E${r}`).value = {
          sharedFormula: "E10",
          result: resultaten[i + 1],
        } as ExcelJS.CellValue),
    );
    // one shared clone with a wrong cached result: the check must see it at its own cell
    ws.getCell("E16").value = { sharedFormula: "E10", result: 1 } as ExcelJS.CellValue;
    const terug = await rondreis(wb);
    expect(terug.getWorksheet("Bijlage 1")!.getCell("E13").formulaType).toBe(ExcelJS.FormulaType.Shared);
    const { model, bevindingen } = controleerBijlage1(werkboekNaarGrids(terug));
    expect(model!.gemeente!.waarde).toBe("Wierden");
    expect(model!.diensten.regels[3].bedragBegroot).toMatchObject({
      cel: "E13",
      formule: "=ROUND(C13*D13,2)",
    });
    expect(bevindingen.filter((b) => b.ernst === "fout").map((b) => `${b.code}@${b.cel}`)).toEqual([
      "BEDRAG_AFWIJKEND@E16",
      "TOTAAL_AFWIJKEND@E18",
    ]);
  });

  test("formules zonder opgeslagen uitkomst: Bedrag begroot telt dan als leeg, de afrekening rekent zelf", async () => {
    const { wb } = bouwWerkmap(voorbeeldData("Dinkelland"));
    const ws = wb.getWorksheet("Bijlage 1")!;
    for (const r of [10, 11, 12, 13]) {
      const v = ws.getCell(`E${r}`).value as ExcelJS.CellFormulaValue;
      ws.getCell(`E${r}`).value = { formula: v.formula } as ExcelJS.CellFormulaValue;
    }
    const u = planEindafrekening(werkboekNaarGrids(await rondreis(wb)));
    expect(u.bevindingen.filter((b) => b.ernst === "fout")).toEqual([]);
    expect(u.afrekening!.voorcalculatie).toBe("73084.74");
  });

  test("datums worden Excel-serienummers; verborgen rijen en samengevoegde cellen worden doorgegeven", async () => {
    const { wb } = bouwWerkmap(voorbeeldData("Almelo"), { verborgen: ["VERLONING"], samengevoegdeKop: true });
    const werkboek = werkboekNaarGrids(await rondreis(wb));
    const voorschotten = werkboek.bladen.find((b) => b.blad === "Voorschotten")!;
    expect(voorschotten.waarden[1][2]).toBe(44927); // 1 januari 2023
    const bijlage = werkboek.bladen.find((b) => b.blad === "Bijlage 1")!;
    expect(bijlage.verborgenRijen).toEqual([16]);
    // the merged "Dienst" header A9:B9 holds its text only in A9
    expect(bijlage.waarden[8 - bijlage.startRij][0]).toBe("Dienst");
    expect(bijlage.waarden[8 - bijlage.startRij][1]).toBeNull();
  });
});
