// The Node adapters: CSV text and .xlsx sheets into Grids, and the batch check on what they give.
import ExcelJS from "exceljs";
import { csvNaarGrid, decodeerCsv } from "../../../src/cli/csv-grid";
import { EXCELJS_TYPE, leesXlsx, werkbladNaarGrid } from "../../../src/cli/xlsx-grid";
import { controleerBetaalbatch } from "../../../src/core/payroll";
import { batchNaarCsv, centenCsv, centenNl } from "../../../src/voorbeelden/loonbatch";
import { FORMATEN, kopie, metCode, naarGrid, schoneBatch, xlsxGrid } from "./hulp";

describe("CSV → Grid", () => {
  it("verwerkt een BOM, CRLF, aanhalingstekens met scheidingstekens, dubbele aanhalingstekens, regeleinden en lege records", () => {
    const g = csvNaarGrid('\ufeffa;b;c\r\n\r\n"x;1";"zei ""ja""";"twee\r\nregels"\r\n;;\nlaatste;\r', {
      blad: "T",
    });
    expect(g).toEqual({
      blad: "T",
      startRij: 0,
      startKolom: 0,
      waarden: [["a", "b", "c"], [], ["x;1", 'zei "ja"', "twee\r\nregels"], [], ["laatste"]],
    });
  });

  it("houdt lege velden in het midden als null en tekst onaangeroerd (voorloopnullen, decimale komma)", () => {
    expect(csvNaarGrid("012345672;;1.234,56;").waarden).toEqual([["012345672", null, "1.234,56"]]);
  });

  it("weigert een niet-gesloten aanhalingsteken met een melding", () => {
    expect(() => csvNaarGrid('a;"b\nc')).toThrow(/aanhalingsteken/);
  });

  it("decodeert UTF-8 met of zonder BOM, en Windows-1252-exports", () => {
    expect(decodeerCsv(Buffer.from("\ufeffNaam;Renée", "utf8"))).toBe("Naam;Renée");
    expect(decodeerCsv(Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x3b, 0x80]))).toBe("Renée;€");
  });

  it("een batch-CSV met BOM, Nederlandse getaltekst, duizendtalpunten en lege rijen is schoon, met exacte cellen", () => {
    const b = schoneBatch(6, 11);
    // Amounts with thousands points, as some exports write them.
    const csv = batchNaarCsv(b)
      .split("\r\n")
      .map((regel, i) =>
        i >= 6 && regel !== ""
          ? regel.replace(
              /;(\d+),(\d\d);/g,
              (_m, e: string, c: string) => `;${centenNl(Number(e) * 100 + Number(c))};`,
            )
          : regel,
      )
      .join("\r\n");
    expect(csv.startsWith("\ufeff")).toBe(true);
    // An empty row after the header and two between the rows.
    const regels = csv.split("\r\n");
    regels.splice(6, 0, "");
    regels.splice(9, 0, ";;;", "");
    const g = csvNaarGrid(regels.join("\r\n"));
    const r = controleerBetaalbatch(g);
    expect(r.bevindingen).toEqual([]);
    expect(r.samenvatting.aantalRegels).toBe(6);
    // A broken netto in the fifth person, who now sits on row 7 + 1 + 4 + 2 = 14.
    regels[13] = regels[13].replace(/;([^;]*);(NL)/, (_m, _netto: string, nl: string) => `;1,00;${nl}`);
    const r2 = controleerBetaalbatch(csvNaarGrid(regels.join("\r\n")));
    expect(metCode(r2.bevindingen, "NETTO_KLOPT_NIET").map((x) => x.cel)).toEqual(["I14"]);
    expect(centenCsv(-5)).toBe("-0,05");
  });
});

describe(".xlsx → Grid (exceljs)", () => {
  it("geeft het 0-gebaseerde begin van het gebruikte bereik, waarden, formules met '=', datums als serienummers en verborgen rijen", async () => {
    const g = await xlsxGrid((ws) => {
      ws.getCell("C3").value = "Periode";
      ws.getCell("D3").value = new Date(Date.UTC(2026, 9, 1));
      ws.getCell("C4").value = 2;
      ws.getCell("D4").value = { formula: "C4*2", result: 4 };
      ws.getCell("E5").value = { richText: [{ text: "vet " }, { text: "en niet" }] };
      ws.getCell("F5").value = { text: "link", hyperlink: "https://example.invalid" };
      ws.getRow(4).hidden = true;
    });
    expect(g.startRij).toBe(2);
    expect(g.startKolom).toBe(2);
    expect(g.waarden).toEqual([
      ["Periode", 46296],
      [2, 4],
      [null, null, "vet en niet", "link"],
    ]);
    expect(g.formules?.[1]).toEqual([null, "=C4*2"]);
    expect(g.verborgenRijen).toEqual([3]);
  });

  it("houdt de waarde van een samengevoegde cel alleen in de cel linksboven en leest gedeelde formules", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("M");
    ws.getCell("A1").value = "Kop";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = 1;
    ws.getCell("A3").value = 2;
    ws.getCell("B2").value = {
      formula: "A2*10",
      result: 10,
      shareType: "shared",
      ref: "B2:B3",
    } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 20 } as ExcelJS.CellValue;
    const g = werkbladNaarGrid(
      (
        await (async () => {
          const terug = new ExcelJS.Workbook();
          await terug.xlsx.load(await wb.xlsx.writeBuffer());
          return terug;
        })()
      ).getWorksheet("M")!,
    );
    expect(g.waarden).toEqual([["Kop"], [1, 10], [2, 20]]);
    expect(g.formules).toEqual([[null], [null, "=A2*10"], [null, "=A3*10"]]);
  });

  it("noemt de waardetypen van exceljs voor samenvoegingen en formules zoals exceljs ze noemt, zonder het te laden", () => {
    expect(EXCELJS_TYPE).toEqual({ merge: ExcelJS.ValueType.Merge, formule: ExcelJS.ValueType.Formula });
  });

  it("weigert een bestand dat geen xlsx is met een Nederlandse melding", async () => {
    await expect(leesXlsx(Buffer.from("geen zip"))).rejects.toThrow(/geen Excel-werkmap/);
  });

  it("controleert een batchblad op C3, kolommen in een andere volgorde, getallen als Nederlandse tekst, een formule-netto, een verborgen rij en een totaalrij", async () => {
    const b = schoneBatch(5, 21);
    const kolommen = [
      "IBAN",
      "Naam",
      "Netto",
      "Bruto",
      "Inhoudingen",
      "Personeelsnummer",
      "BSN",
      "Regeling",
      "Werksoort",
      "Parttimefactor",
    ];
    const g = await xlsxGrid((ws) => {
      ws.getCell("C3").value = "Gemeente:";
      ws.getCell("D3").value = "gemeente Almelo";
      ws.getCell("C4").value = "Periode";
      ws.getCell("D4").value = new Date(Date.UTC(2026, 9, 1)); // Excel turned 2026-10 into a date
      ws.getCell("C5").value = "Aantal regels";
      ws.getCell("D5").value = 5;
      ws.getCell("C6").value = "Totaal netto";
      ws.getCell("D6").value = centenNl(b.regels.reduce((s, r) => s + (r.netto as number), 0)); // text "12.345,67"
      kolommen.forEach((k, i) => (ws.getRow(8).getCell(3 + i).value = k));
      b.regels.forEach((r, n) => {
        const rij = ws.getRow(9 + n + (n >= 3 ? 1 : 0)); // an empty row after the third person
        const waarde: Record<string, ExcelJS.CellValue> = {
          IBAN: r.iban,
          Naam: r.naam,
          Bruto: centenNl(r.bruto as number),
          Inhoudingen: (r.inhoudingen as number) / 100,
          Netto: {
            formula: `F${rij.number}-G${rij.number}`,
            result: (r.netto as number) / 100,
          } as ExcelJS.CellValue,
          Personeelsnummer: Number(r.personeelsnummer),
          BSN: Number(r.bsn),
          Regeling: r.regeling.toLowerCase(),
          Werksoort: r.werksoort,
          Parttimefactor: (r.parttimefactor as number) / 1e6,
        };
        kolommen.forEach((k, i) => (rij.getCell(3 + i).value = waarde[k]));
      });
      ws.getRow(10).hidden = true;
      ws.getCell("C15").value = "Totaal";
      ws.getCell("E15").value = 999;
    });
    expect(g.startRij).toBe(2);
    expect(g.startKolom).toBe(2);
    const r = controleerBetaalbatch(g);
    // The only finding: row 10 (the second person) is hidden, and a hidden payment is still approved.
    expect(r.bevindingen.map((x) => [x.code, x.cel])).toEqual([["REGEL_VERBORGEN", "H10"]]);
    expect(r.samenvatting).toMatchObject({ gemeente: "Almelo", periode: "2026-10", aantalRegels: 5 });

    // Same sheet, person 4 (row 13) with a broken IBAN: the cell is C13.
    const g2 = { ...g, waarden: g.waarden.map((w) => [...w]) };
    const iban = String(g2.waarden[13 - 3][0]);
    g2.waarden[13 - 3][0] = iban.slice(0, -1) + String((Number(iban.slice(-1)) + 1) % 10);
    expect(controleerBetaalbatch(g2).bevindingen.map((x) => [x.code, x.cel])).toEqual([
      ["IBAN_ONGELDIG", "C13"],
      ["REGEL_VERBORGEN", "H10"],
    ]);
  });
});

describe.each(FORMATEN)("dezelfde batch als %s", (formaat) => {
  it("geeft dezelfde samenvatting als het andere formaat", async () => {
    const b = kopie(schoneBatch(20, 3));
    b.regels[4].netto = 0;
    const r = controleerBetaalbatch(await naarGrid(b, formaat));
    const ander = controleerBetaalbatch(await naarGrid(b, formaat === "csv" ? "xlsx" : "csv"));
    expect(r).toEqual(ander);
    expect(metCode(r.bevindingen, "NETTO_KLOPT_NIET").map((x) => x.cel)).toEqual(["I11"]);
  });
});
