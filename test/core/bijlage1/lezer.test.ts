// The reader finds everything by label: other column orders, blank rows and columns, Excel
// tables, numbers typed as Dutch text, merged header cells and hidden rows all give the same
// settlement as the standard workbook, and the filled sheet still recalculates to it.
import ExcelJS from "exceljs";
import {
  controleerBijlage1,
  planEindafrekening,
  type AfrekeningSamenvatting,
} from "../../../src/core/bijlage1";
import { bouwWerkmap, voorbeeldData, type VormOpties } from "../../../src/voorbeelden/bijlage1";
import { werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import { gevuld, hfVan, hfWaarde, rondreis, vergelijkMetPlan } from "./hulp";

async function afrekeningVan(
  vorm: VormOpties,
): Promise<{ wb: ExcelJS.Workbook; a: AfrekeningSamenvatting; fouten: string[]; codes: string[] }> {
  const { wb } = bouwWerkmap(voorbeeldData("Twenterand"), vorm);
  const terug = await rondreis(wb);
  const u = planEindafrekening(werkboekNaarGrids(terug));
  if (!u.plan || !u.afrekening)
    throw new Error(`niet gevuld: ${u.geweigerd} ${JSON.stringify(u.bevindingen)}`);
  // The filled sheet recalculates (independent engine) to the engine's own values.
  const hf = hfVan(await gevuld(terug, u.plan));
  expect(vergelijkMetPlan(u.plan, (adres) => hfWaarde(hf, "Eindafrekening", adres))).toEqual([]);
  return {
    wb: terug,
    a: u.afrekening,
    fouten: u.bevindingen.filter((b) => b.ernst !== "info").map((b) => `${b.code}@${b.cel}`),
    codes: u.bevindingen.map((b) => b.code),
  };
}

let standaard: AfrekeningSamenvatting;

beforeAll(async () => {
  standaard = (await afrekeningVan({})).a;
});

describe("lezen op labels", () => {
  test("het standaardwerkboek geeft een volledige afrekening", () => {
    expect(standaard.gemeente).toBe("Twenterand");
    expect(standaard.regels.map((r) => r.code)).toEqual([
      "BEG_BESCHUT",
      "OPBR_BESCHUT",
      "BEG_GROEPSDET",
      "OPBR_GROEPSDET",
      "BEG_INDIVDET",
      "OPBR_INDIVDET",
      "WERKGEVERSTAKEN",
      "VERLONING",
    ]);
    expect(standaard.risicoOpslag).toBe("0.02");
  });

  test("andere kolomvolgorde, extra kolom en een kolom Tarief gerealiseerd", async () => {
    const r = await afrekeningVan({
      kolommen: [
        "opmerking",
        "aantalGerealiseerd",
        "tariefGerealiseerd",
        "bedragBegroot",
        "dienst",
        "aantalBegroot",
        "tarief",
        "eenheid",
      ],
    });
    expect(r.fouten).toEqual([]);
    expect(r.a).toEqual(standaard);
  });

  test("lege rijen en kolommen vóór alles en tussen labels en tabel", async () => {
    const r = await afrekeningVan({ verschuiving: { rijen: 3, kolommen: 2 }, legeRijenVoorTabel: 4 });
    expect(r.fouten).toEqual([]);
    expect(r.a).toEqual(standaard);
    expect(r.wb.getWorksheet("Bijlage 1")!.getCell("C7").value).toBe("Gemeente");
  });

  test("de dienstentabel als Excel-tabel (zonder totaalregel)", async () => {
    const r = await afrekeningVan({ excelTabel: true });
    expect(r.fouten).toEqual([]);
    expect(r.a).toEqual(standaard);
    const tabellen = r.wb.getWorksheet("Bijlage 1")!.getTables();
    expect(tabellen.length).toBe(1);
  });

  test("getallen als Nederlandse tekst (7.150, 183,32, 2%, € 1.234,56)", async () => {
    const r = await afrekeningVan({ tekstGetallen: true });
    const ws = r.wb.getWorksheet("Bijlage 1")!;
    expect(ws.getCell("C10").value).toBe("7.150");
    expect(ws.getCell("B6").value).toBe("2%");
    expect(typeof r.wb.getWorksheet("Voorschotten")!.getCell("D2").value).toBe("string");
    expect(r.fouten).toEqual([]);
    expect(r.a).toEqual(standaard);
  });

  test("samengevoegde kopcellen (Dienst over twee kolommen, groepskoppen erboven)", async () => {
    const r = await afrekeningVan({
      samengevoegdeKop: true,
      kolommen: [
        "dienst",
        "eenheid",
        "tarief",
        "aantalBegroot",
        "bedragBegroot",
        "aantalGerealiseerd",
        "tariefGerealiseerd",
      ],
    });
    const ws = r.wb.getWorksheet("Bijlage 1")!;
    expect(ws.getCell("B9").isMerged).toBe(true);
    expect(ws.getCell("A8").value).toBeNull();
    expect(r.fouten).toEqual([]);
    expect(r.a).toEqual(standaard);
  });

  test("verborgen rijen tellen mee en worden gemeld", async () => {
    const r = await afrekeningVan({ verborgen: ["VERLONING", "OPBR_BESCHUT"] });
    expect(r.wb.getWorksheet("Bijlage 1")!.getRow(17).hidden).toBe(true);
    expect(r.fouten).toEqual([]);
    expect(r.codes.filter((c) => c === "VERBORGEN_RIJ")).toHaveLength(2);
    expect(r.a).toEqual(standaard);
  });

  test("labels zonder hoofdletters, met spaties, accenten en dubbele punt", async () => {
    const { wb } = bouwWerkmap(voorbeeldData("Twenterand"));
    const ws = wb.getWorksheet("Bijlage 1")!;
    ws.getCell("A4").value = "  GEMEENTE: ";
    ws.getCell("A6").value = "Rísico opslag (%)";
    ws.getCell("D9").value = "aantal  BEGROOT";
    ws.getCell("B4").value = "gemeente twenterand";
    const { model, bevindingen } = controleerBijlage1(werkboekNaarGrids(await rondreis(wb)));
    expect(bevindingen.filter((b) => b.ernst === "fout")).toEqual([]);
    expect(model?.gemeenteInfo?.naam).toBe("Twenterand");
    expect(model?.risicoOpslag?.waarde.toString()).toBe("0.02");
    expect(model?.diensten.kolommen.aantalBegroot?.cel).toBe("D9");
  });

  test("elke modelwaarde weet haar cel", async () => {
    const { wb } = bouwWerkmap(voorbeeldData("Twenterand"));
    const { model } = controleerBijlage1(werkboekNaarGrids(await rondreis(wb)));
    expect(model!.gemeente).toMatchObject({ blad: "Bijlage 1", cel: "B4", waarde: "Twenterand" });
    expect(model!.jaar).toMatchObject({ cel: "B5", waarde: 2023 });
    const verloning = model!.diensten.regels.find((r) => r.dienst?.code === "VERLONING")!;
    expect(verloning.tarief).toMatchObject({ cel: "C17" });
    expect(verloning.bedragBegroot).toMatchObject({ cel: "E17", formule: "=ROUND(C17*D17,2)" });
    expect(model!.diensten.totaal?.rij).toBe(17);
    expect(model!.voorschotten!.regels[11].bedrag).toMatchObject({ blad: "Voorschotten", cel: "D13" });
    expect(model!.kostprijzen!.regels[0].kosten).toMatchObject({ blad: "Kostprijzen", cel: "B5" });
    expect(model!.kpis!.regels[6].richting).toMatchObject({ blad: "KPI", cel: "C8", waarde: "lager" });
  });
});
