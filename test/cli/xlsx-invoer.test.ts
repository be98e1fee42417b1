// Bounded reading of .xlsx and clear refusals of files that are not what we read (issue 10, part 4).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isDatumCel, isVerborgenKolom, waardeOp } from "../../src/core/grid";
import { KOLOM_GAT } from "../../src/cli/grid-bouwer";
import { isDatumFormaat, leesXlsx, werkboekNaarGrids } from "../../src/cli/xlsx-grid";
import { LEESLIMIETEN } from "../../src/cli/xlsx-pakket";
import { metLibreOffice } from "../core/bijlage1/libreoffice";
import { pakket, samengesteldBestand, verreKolomRijen, zetOpgegevenGrootte } from "./pakket";

const werk = mkdtempSync(join(tmpdir(), "xlsx-invoer-"));

describe("begrensd lezen", () => {
  test("cellen in A en XFD op 10.000 rijen: het blad blijft smal, A wordt gelezen en de rest wordt gemeld", async () => {
    const meldingen: string[] = [];
    const wb = await leesXlsx(await pakket([{ naam: "Ver", rijen: verreKolomRijen(10_000) }]), (m) =>
      meldingen.push(m),
    );
    const g = wb.bladen[0];
    expect(g.waarden).toHaveLength(10_000);
    expect(Math.max(...g.waarden.map((r) => r.length))).toBe(1);
    expect(waardeOp(g, 9_999, 0)).toBe("rij 10000");
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0]).toMatch(/^Ver!XFD1: 10\.000 cel\(len\) ver buiten de tabel/);
  });

  test("een rechthoek binnen de grens wordt niet ingekort, ook niet met een gat in de kolommen", async () => {
    const rijen = `<row r="1"><c r="A1"><v>1</v></c><c r="${"CZ"}1"><v>2</v></c></row>`;
    const meldingen: string[] = [];
    const g = (await leesXlsx(await pakket([{ naam: "B", rijen }]), (m) => meldingen.push(m))).bladen[0];
    expect(g.waarden[0]).toHaveLength(104);
    expect(waardeOp(g, 0, 103)).toBe(2);
    expect(meldingen).toEqual([]);
    expect(KOLOM_GAT).toBeLessThan(103);
  });

  test("een blad waarvan ook het grootste blok te groot is, wordt geweigerd", async () => {
    // A diagonal: few cells, but every row as wide as its column; blocks are never far apart.
    const n = Math.ceil(Math.sqrt(2 * LEESLIMIETEN.gridCellen)) + 10;
    const rijen: string[] = [];
    for (let r = 0; r < n; r += 1) {
      const k = Math.min(r * 1, 16383);
      rijen.push(`<row r="${r + 1}"><c r="${kolom(k)}${r + 1}"><v>1</v></c></row>`);
    }
    await expect(leesXlsx(await pakket([{ naam: "Diagonaal", rijen: rijen.join("") }]))).rejects.toThrow(
      /blad 'Diagonaal' is te groot om te lezen/,
    );
  });

  test("bladen met meer uitgepakte XML dan de grens worden geweigerd voordat ze worden uitgepakt", async () => {
    const zip = await pakket([{ naam: "A", rijen: verreKolomRijen(10) }]);
    const groot = zetOpgegevenGrootte(zip, "xl/worksheets/sheet1.xml", 450 * 1024 * 1024);
    await expect(leesXlsx(groot)).rejects.toThrow(
      /te groot om te lezen: de bladen zijn uitgepakt 450 MB \(grens 200 MB\)/,
    );
  });

  test("een deel dat uitgepakt groter is dan het opgeeft, wordt geweigerd", async () => {
    // Inflating counts bytes against the limit as it goes; at the end jszip compares with the declared size.
    const zip = await pakket([{ naam: "A", rijen: verreKolomRijen(3) }]);
    const gelogen = zetOpgegevenGrootte(zip, "xl/worksheets/sheet1.xml", 10);
    await expect(leesXlsx(gelogen)).rejects.toThrow(/geen leesbaar \.xlsx-bestand/);
  });
});

function kolom(k: number): string {
  let n = k + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

describe("wat het blad meedraagt", () => {
  const stijlen =
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/><numFmt numFmtId="165" formatCode="&quot;€&quot;\\ #,##0.00;[Red]\\-&quot;€&quot;\\ #,##0.00"/></numFmts>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';

  test("verborgen kolommen, datumcellen, gedeelde teksten, gedeelde formules en samengevoegde cellen", async () => {
    const rijen =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
      `<row r="2" hidden="1"><c r="A2" s="1"><v>44931</v></c><c r="B2" s="3"><v>12.5</v></c><c r="C2" s="2"><v>45000</v></c><c r="D2"><f t="shared" ref="D2:D4" si="0">B2*2</f><v>25</v></c></row>` +
      `<row r="3"><c r="A3" s="1"/><c r="B3" s="3"><v>7</v></c><c r="D3"><f t="shared" si="0"/><v>14</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#REF!</v></c></row>` +
      `<row r="4"><c r="B4"><v>1</v></c><c r="D4"><f t="shared" si="0"/><v>2</v></c><c r="E4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="F4" t="s"><v>3</v></c></row>`;
    const wb = await leesXlsx(
      await pakket(
        [
          {
            naam: "Blad",
            rijen,
            voor: '<cols><col min="2" max="3" hidden="1" width="0"/><col min="5" max="5" width="20"/></cols>',
            na: '<mergeCells count="1"><mergeCell ref="E4:F4"/></mergeCells>',
          },
        ],
        {
          stijlen,
          gedeeld: [
            "<si><t>Datum</t></si>",
            "<si><r><rPr><b/></rPr><t>Be</t></r><r><t>drag</t></r><rPh><t>fonetisch</t></rPh></si>",
            '<si><t xml:space="preserve"> Peil </t></si>',
            "<si><t>verborgen achter de samenvoeging</t></si>",
          ],
        },
      ),
    );
    const g = wb.bladen[0];
    expect(g.waarden).toEqual([
      ["Datum", "Bedrag", " Peil "],
      [44931, 12.5, 45000, 25],
      [null, 7, null, 14, true, "#REF!"],
      [null, 1, null, 2, "xy"],
    ]);
    expect(g.formules![1][3]).toBe("=B2*2");
    expect(g.formules![2][3]).toBe("=B3*2");
    expect(g.formules![3][3]).toBe("=B4*2");
    expect(g.formules![3][4]).toBe('="x"&"y"');
    expect(g.verborgenRijen).toEqual([1]);
    expect(g.verborgenKolommen).toEqual([1, 2]);
    expect(isVerborgenKolom(g, 1) && isVerborgenKolom(g, 2) && !isVerborgenKolom(g, 4)).toBe(true);
    // Built-in date format 14 and custom d-m-yyyy are dates; a currency format with [Red] is not.
    expect([isDatumCel(g, 1, 0), isDatumCel(g, 1, 2), isDatumCel(g, 1, 1), isDatumCel(g, 2, 1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(g.datumCellen?.size).toBe(2);
  });

  test("namen van de werkmap en van één blad, ook #REF!; ingebouwde afdrukinstellingen niet", async () => {
    const namen =
      `<definedName name="Bijlage1_Gemeente">'Bijlage 1'!$B$4</definedName>` +
      `<definedName name="Bijlage1_Jaar">#REF!</definedName>` +
      `<definedName name="Lokaal" localSheetId="1">Tweede!$A$1:$B$2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Bijlage 1'!$A$1:$F$40</definedName>`;
    const wb = await leesXlsx(
      await pakket(
        [
          { naam: "Bijlage 1", rijen: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { naam: "Tweede", rijen: "" },
        ],
        { namen },
      ),
    );
    expect(wb.namen).toEqual([
      { naam: "Bijlage1_Gemeente", verwijzing: "'Bijlage 1'!$B$4" },
      { naam: "Bijlage1_Jaar", verwijzing: "#REF!" },
      { naam: "Lokaal", verwijzing: "Tweede!$A$1:$B$2", blad: "Tweede" },
    ]);
    expect(wb.bladen[1]).toMatchObject({ blad: "Tweede", startRij: 0, startKolom: 0, waarden: [[]] });
  });

  test("exceljs-werkmappen in het geheugen geven dezelfde datumcellen en verborgen kolommen", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("M");
    ws.getCell("A1").value = new Date(Date.UTC(2023, 0, 5));
    ws.getCell("B1").value = 44931;
    ws.getCell("C1").value = 44931;
    ws.getCell("C1").numFmt = "dd/mm/yyyy";
    ws.getCell("D1").value = 12;
    ws.getCell("D1").numFmt = '#,##0.00 "dagen"';
    ws.getColumn(2).hidden = true;
    const terug = new ExcelJS.Workbook();
    await terug.xlsx.load(await wb.xlsx.writeBuffer());
    for (const g of [
      werkboekNaarGrids(terug).bladen[0],
      (await leesXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).bladen[0],
    ]) {
      expect(g.waarden[0]).toEqual([44931, 44931, 44931, 12]);
      expect([0, 1, 2, 3].map((k) => isDatumCel(g, 0, k))).toEqual([true, false, true, false]);
      expect(g.verborgenKolommen).toEqual([1]);
    }
  });

  test('datums als ISO-tekst (t="d"), veel samengevoegde cellen, en kapotte XML met een Nederlandse melding', async () => {
    const rijen: string[] = [
      `<row r="1"><c r="A1" t="d"><v>2023-01-05</v></c><c r="B1" t="d"><v>2023-01-05T12:00:00</v></c></row>`,
    ];
    const samen: string[] = [];
    for (let r = 2; r <= 2001; r++) {
      rijen.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${-r}</v></c></row>`);
      samen.push(`<mergeCell ref="A${r}:B${r}"/>`);
    }
    const g = (
      await leesXlsx(
        await pakket([
          { naam: "M", rijen: rijen.join(""), na: `<mergeCells>${samen.join("")}</mergeCells>` },
        ]),
      )
    ).bladen[0];
    expect(g.waarden[0]).toEqual([44931, 44931.5]);
    expect(isDatumCel(g, 0, 0) && isDatumCel(g, 0, 1)).toBe(true);
    expect(g.waarden[1]).toEqual([2]);
    expect(g.waarden[2000]).toEqual([2001]);
    await expect(leesXlsx(await pakket([{ naam: "K", rijen: "<row><c><v>1</c></row>" }]))).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml bevat geen geldige XML/,
    );
  });

  test.each([
    ["General", false],
    ["0.00", false],
    ['#,##0.00 "dagen"', false],
    ["[$-413]d mmmm yyyy", true],
    ["[h]:mm", true],
    ["[Red]0.00", false],
    ["\\d0", false],
    ["yyyy-mm-dd", true],
  ])("getalnotatie %s is een datum: %s", (code, datum) => {
    expect(isDatumFormaat(code)).toBe(datum);
  });
});

describe("bestanden die geen .xlsx zijn", () => {
  test("een leeg bestand", async () => {
    const pad = join(werk, "leeg.xlsx");
    writeFileSync(pad, "");
    await expect(leesXlsx(pad)).rejects.toThrow("leeg.xlsx is leeg (0 bytes)");
  });

  test("met een wachtwoord beveiligd (samengesteld bestand met EncryptionInfo)", async () => {
    const pad = join(werk, "geheim.xlsx");
    writeFileSync(pad, samengesteldBestand(["EncryptionInfo", "EncryptedPackage"]));
    await expect(leesXlsx(pad)).rejects.toThrow(
      /geheim\.xlsx is beveiligd met een wachtwoord: sla op zonder wachtwoord/,
    );
  });

  test("een zip zonder werkmap", async () => {
    const zip = new JSZip();
    zip.file("leesmij.txt", "hallo");
    await expect(leesXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(
      /is een zip-bestand maar geen Excel-werkmap: sla op als \.xlsx/,
    );
  });

  metLibreOffice(".xls en .ods")(".xls en .ods van LibreOffice", async () => {
    const profiel = join(werk, "profiel");
    mkdirSync(profiel, { recursive: true });
    const bron = join(werk, "bron.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bijlage 1").getCell("A1").value = "Gemeente";
    await wb.xlsx.writeFile(bron);
    for (const soort of ["xls", "ods"]) {
      execFileSync(
        "libreoffice",
        [
          `-env:UserInstallation=file://${profiel}`,
          "--headless",
          "--convert-to",
          soort,
          "--outdir",
          werk,
          bron,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
    }
    expect(readFileSync(join(werk, "bron.xls")).subarray(0, 4).toString("hex")).toBe("d0cf11e0");
    await expect(leesXlsx(join(werk, "bron.xls"))).rejects.toThrow(
      /bron\.xls is een oud Excel-bestand \(\.xls\): sla op als \.xlsx/,
    );
    await expect(leesXlsx(join(werk, "bron.ods"))).rejects.toThrow(
      /bron\.ods is een OpenDocument-bestand \(\.ods\): sla op als \.xlsx \(Excel-werkmap\)/,
    );
  });
});

describe("op de opdrachtregel", () => {
  const WORTEL = join(__dirname, "..", "..");
  const TSX = join(WORTEL, "node_modules", ".bin", "tsx");

  test("validate en payroll weigeren een beveiligde werkmap met exitcode 2 en één Nederlandse regel", () => {
    const pad = join(werk, "beveiligd.xlsx");
    writeFileSync(pad, samengesteldBestand(["EncryptionInfo", "EncryptedPackage"]));
    for (const opdracht of ["validate", "payroll"]) {
      const r = spawnSync(TSX, [join("src", "cli", "main.ts"), opdracht, pad], {
        cwd: WORTEL,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        "Fout: beveiligd.xlsx is beveiligd met een wachtwoord: sla op zonder wachtwoord (Bestand > Info > Werkmap beveiligen) en probeer opnieuw\n",
      );
    }
  });
});
