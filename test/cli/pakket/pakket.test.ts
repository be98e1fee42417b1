// Surgical fills: the package keeps every part the add-in does not own byte for byte (charts,
// pivot tables, notes, named styles, custom properties, sparklines, customXml, external links),
// owned parts change only by appending, a second fill is identical to the first, and LibreOffice
// recalculates the written sheet to the engine's values, to the cent.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EINDAFREKENING_BLAD, NAMEN } from "../../../src/core/bijlage1";
import type { BladPlan } from "../../../src/core/sheetplan";
import { laadWerkmap, vulWerkmap } from "../../../src/cli/bijlage1-bestand";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { vergelijkMetPlan } from "../../core/bijlage1/hulp";
import { herberekenInLibreOffice, metLibreOffice, xmlWaarden } from "../../core/bijlage1/libreoffice";
import {
  alleenAangevuld,
  bladDeel,
  entries,
  grafiekenVan,
  maakLoWerkmap,
  metCustomXml,
  metExterneKoppeling,
  metNotitie,
  metSparklines,
  metTekening,
} from "./corpus";
import { structuurFouten } from "./structuur";

const MAP = join(__dirname, "../../../assets/bijlage1");
const werk = mkdtempSync(join(tmpdir(), "ontplooj-pakket-"));

const EIGEN = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
]);
const STIJL_SECTIES = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];

async function vul(pad: string, forceer = false) {
  return vulWerkmap(pad, await laadWerkmap(pad), forceer);
}

/** Fills the file at `pad`, writes the result beside it, and returns the bytes and plan. */
async function vulNaar(pad: string, uit: string): Promise<{ bytes: Buffer; plan: BladPlan }> {
  const { uitkomst, inhoud } = await vul(pad);
  if (!inhoud || !uitkomst.plan) throw new Error(uitkomst.geweigerd ?? "niet gevuld");
  writeFileSync(uit, inhoud);
  return { bytes: inhoud, plan: uitkomst.plan };
}

/** Every entry but the owned ones byte-identical; owned ones only appended to; nothing removed. */
async function controleerChirurgisch(voor: Buffer, na: Buffer): Promise<void> {
  const a = await entries(voor);
  const b = await entries(na);
  const bladPad = await bladDeel(await JSZip.loadAsync(na), EINDAFREKENING_BLAD);
  // The charts are owned too: the sheet's relationships, its drawing and our chart parts.
  const g = await grafiekenVan(na, EINDAFREKENING_BLAD);
  const grafiekDelen = new Set([
    ...g.bladRels,
    ...g.tekeningen.flatMap((t) => [t, t.replace("drawings/", "drawings/_rels/") + ".rels"]),
    ...g.grafieken.filter((x) => x.naam.startsWith("Ontplooj_Grafiek_")).map((x) => x.pad),
  ]);
  expect(g.grafieken.length).toBeGreaterThan(0);
  const eigen = (naam: string) => EIGEN.has(naam) || naam === bladPad || grafiekDelen.has(naam);
  const anders: string[] = [];
  for (const [naam, inhoud] of a) {
    const nieuw = b.get(naam);
    if (!nieuw) anders.push(`${naam} verdwenen`);
    else if (!eigen(naam) && !nieuw.equals(inhoud)) anders.push(`${naam} veranderd`);
  }
  for (const naam of b.keys()) if (!a.has(naam) && !eigen(naam)) anders.push(`${naam} toegevoegd`);
  expect(anders).toEqual([]);
  expect(await structuurFouten(na)).toEqual([]);
  expect(alleenAangevuld(a.get("xl/styles.xml")!, b.get("xl/styles.xml")!, STIJL_SECTIES)).toEqual([]);
  expect(
    alleenAangevuld(a.get("xl/_rels/workbook.xml.rels")!, b.get("xl/_rels/workbook.xml.rels")!, null),
  ).toEqual([]);
  expect(alleenAangevuld(a.get("[Content_Types].xml")!, b.get("[Content_Types].xml")!, null)).toEqual([]);
  expect(alleenAangevuld(a.get("xl/workbook.xml")!, b.get("xl/workbook.xml")!, ["sheets"])).toEqual([]);
  // The user's own workbook names stay.
  const namen = (x: Buffer) =>
    [...x.toString("utf8").matchAll(/<definedName\b[^>]*name="([^"]+)"[^>]*>(.*?)<\/definedName>/g)]
      .filter((m) => !m[1].startsWith("Ontplooj_"))
      .map((m) => m[0]);
  expect(namen(b.get("xl/workbook.xml")!)).toEqual(namen(a.get("xl/workbook.xml")!));
}

/** The filled file without cached results in the Eindafrekening sheet: only recalculation gives numbers. */
async function zonderUitkomsten(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const pad = await bladDeel(zip, EINDAFREKENING_BLAD);
  const xml = await zip.file(pad)!.async("string");
  const kaal = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1");
  expect(kaal).not.toBe(xml);
  zip.file(pad, kaal);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function handgebouwd(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(MAP, voorbeeldBestandsnaam("Almelo"))));
  await metSparklines(zip, "Bijlage 1");
  await metCustomXml(zip);
  await metExterneKoppeling(zip, "KPI");
  await metNotitie(zip, "Bijlage 1", "M20");
  const pad = join(werk, "handgebouwd.xlsx");
  writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return pad;
}

describe("vullen verandert alleen de eigen onderdelen van het pakket", () => {
  test("handgebouwd (sparklines, customXml, externe koppeling, notitie op een lege cel)", async () => {
    const pad = await handgebouwd();
    const voor = readFileSync(pad);
    const { uitkomst } = await vul(pad);
    expect(uitkomst.bevindingen.filter((b) => b.ernst === "fout")).toEqual([]);
    const { bytes } = await vulNaar(pad, join(werk, "handgebouwd-gevuld.xlsx"));
    await controleerChirurgisch(voor, bytes);
    const na = await entries(bytes);
    expect(na.get("xl/workbook.xml")!.toString()).toMatch(
      /<externalReferences><externalReference r:id="rIdX\d"\/>/,
    );
    expect(na.get("xl/_rels/workbook.xml.rels")!.toString()).toContain("../customXml/item1.xml");
    expect(na.get("xl/workbook.xml")!.toString()).toContain(
      `<definedName name="${NAMEN.gebied}">Eindafrekening!$A$1:$K$150</definedName>`,
    );

    // A second fill gives the same package, byte for byte.
    const tweede = await vul(join(werk, "handgebouwd-gevuld.xlsx"));
    expect(tweede.inhoud!.equals(bytes)).toBe(true);
  });

  test("een notitie en eigen cellen naast het gebied op het Eindafrekening-blad blijven staan", async () => {
    const pad = join(werk, "notitie.xlsx");
    const { bytes } = await vulNaar(join(MAP, voorbeeldBestandsnaam("Wierden")), pad);
    const zip = await JSZip.loadAsync(bytes);
    await metNotitie(zip, EINDAFREKENING_BLAD, "M3", "Mijn notitie");
    const bladPad = await bladDeel(zip, EINDAFREKENING_BLAD);
    const xml = await zip.file(bladPad)!.async("string");
    zip.file(
      bladPad,
      xml.replace(/(<row r="5"[^>]*>.*?)(<\/row>)/s, '$1<c r="N5" t="inlineStr"><is><t>eigen</t></is></c>$2'),
    );
    const voor = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    writeFileSync(pad, voor);
    const { inhoud } = await vul(pad);
    await controleerChirurgisch(voor, inhoud!);
    const na = await entries(inhoud!);
    const blad = na.get(bladPad)!.toString();
    expect(blad).toMatch(/<legacyDrawing r:id="rIdX\d"\/>/);
    expect(blad).toContain('<c r="N5" t="inlineStr"><is><t>eigen</t></is></c>');
  });

  metLibreOffice("het LibreOffice-corpus")(
    "door LibreOffice gemaakt (grafiek, draaitabel, notitie, eigen celstijlen, eigen documenteigenschap, koptekst)",
    async () => {
      const pad = maakLoWerkmap(join(MAP, voorbeeldBestandsnaam("Tubbergen")), werk);
      const voor = readFileSync(pad);
      const delen = [...(await entries(voor)).keys()];
      for (const verwacht of [
        /^xl\/charts\/chart\d+\.xml$/,
        /^xl\/pivotTables\/pivotTable\d+\.xml$/,
        /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/,
        /^xl\/comments\d+\.xml$/,
        /^docProps\/custom\.xml$/,
      ])
        expect(delen.some((d) => verwacht.test(d))).toBe(true);
      expect(voor.length).toBeGreaterThan(0);
      const stijlen = (await entries(voor)).get("xl/styles.xml")!.toString();
      expect(stijlen).toContain('name="Eigen stijl 2"');

      const { bytes, plan } = await vulNaar(pad, join(werk, "lo-gevuld.xlsx"));
      await controleerChirurgisch(voor, bytes);
      const tweede = await vul(join(werk, "lo-gevuld.xlsx"));
      expect(tweede.inhoud!.equals(bytes)).toBe(true);

      // LibreOffice opens both filled corpora and recalculates the Eindafrekening to the cent.
      const hand = await vulNaar(await handgebouwd(), join(werk, "hand-gevuld.xlsx"));
      const invoer = [
        { naam: "lo-kaal", bytes, plan },
        { naam: "hand-kaal", bytes: hand.bytes, plan: hand.plan },
      ];
      for (const i of invoer) writeFileSync(join(werk, `${i.naam}.xlsx`), await zonderUitkomsten(i.bytes));
      const uit = herberekenInLibreOffice(
        invoer.map((i) => join(werk, `${i.naam}.xlsx`)),
        join(werk, "herberekening"),
      );
      for (const i of invoer) {
        const waarden = await xmlWaarden(readFileSync(join(uit, `${i.naam}.xlsx`)), EINDAFREKENING_BLAD);
        expect(waarden.size).toBeGreaterThan(100);
        expect([i.naam, vergelijkMetPlan(i.plan, (a) => waarden.get(a) ?? null)]).toEqual([i.naam, []]);
      }
    },
    240_000,
  );
});

describe("wat het pakket niet kan missen, wordt geweigerd in plaats van stuk geschreven", () => {
  test("een gedeelde formule van het eigen gebied naar cellen erbuiten: Nederlandse melding, geen bestand", async () => {
    const { bytes } = await vulNaar(join(MAP, voorbeeldBestandsnaam("Wierden")), join(werk, "gedeeld.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    const bladPad = await bladDeel(zip, EINDAFREKENING_BLAD);
    const xml = await zip.file(bladPad)!.async("string");
    expect(xml).not.toMatch(/<row r="(149|15[0-2])"/);
    const rijen =
      '<row r="149"><c r="K149"><f t="shared" ref="K149:K152" si="0">A1</f><v>0</v></c></row>' +
      [150, 151, 152]
        .map((r) => `<row r="${r}"><c r="K${r}"><f t="shared" si="0"/><v>0</v></c></row>`)
        .join("");
    zip.file(bladPad, xml.replace("</sheetData>", `${rijen}</sheetData>`));
    const pad = join(werk, "gedeeld.xlsx");
    writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    await expect(vul(pad)).rejects.toThrow(
      /gedeeld\.xlsx is niet gevuld: de gedeelde formule in K149 geldt ook voor cellen buiten het gebied \(K149:K152\).*Er is niets geschreven\./,
    );
  });
});

describe("het gebied ziet ook tekeningen en notities", () => {
  test("een vorm en een notitie op een eigen blad 'Eindafrekening' zonder gegevens: geweigerd met hun cellen", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(MAP, voorbeeldBestandsnaam("Almelo")));
    wb.addWorksheet("Eindafrekening").getCell("Z1").value = "buiten het gebied";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    await metTekening(zip, EINDAFREKENING_BLAD, [1, 19], [4, 29]);
    await metNotitie(zip, EINDAFREKENING_BLAD, "C40", "mijn notitie");
    const pad = join(werk, "tekening.xlsx");
    writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    for (const forceer of [false, true]) {
      const { uitkomst, inhoud } = await vul(pad, forceer);
      expect(inhoud).toBeUndefined();
      expect(uitkomst.geweigerd).toContain("B20:E30 (grafiek of afbeelding), C40 (notitie)");
      expect(uitkomst.bevindingen.filter((b) => b.code === "EINDAFREKENING_BEZET").map((b) => b.cel)).toEqual(
        ["B20", "C40"],
      );
    }
  });
});

describe("bladnamen zonder onderscheid in hoofdletters", () => {
  test("een eerder gevuld blad 'EINDAFREKENING' wordt opnieuw gevuld, niet verdubbeld", async () => {
    const { bytes } = await vulNaar(join(MAP, voorbeeldBestandsnaam("Dinkelland")), join(werk, "d.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      wb
        .replace('name="Eindafrekening"', 'name="EINDAFREKENING"')
        .replace(/>Eindafrekening!/g, ">EINDAFREKENING!"),
    );
    const pad = join(werk, "hoofdletters.xlsx");
    const voor = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    writeFileSync(pad, voor);
    const { uitkomst, inhoud } = await vul(pad);
    expect(uitkomst.geweigerd).toBeUndefined();
    const na = await entries(inhoud!);
    expect([...na.keys()].sort()).toEqual([...(await entries(voor)).keys()].sort());
    const wbNa = na.get("xl/workbook.xml")!.toString();
    expect(wbNa.match(/<sheet\b/g)).toHaveLength(5);
    expect(wbNa).toContain(`<definedName name="${NAMEN.saldo}">EINDAFREKENING!`);
  });

  test("een eigen blad 'EINDAFREKENING' met gegevens: een Nederlandse weigering die de cel noemt", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(MAP, voorbeeldBestandsnaam("Almelo")));
    wb.addWorksheet("EINDAFREKENING").getCell("B3").value = "mijn eigen berekening";
    const pad = join(werk, "eigen-blad.xlsx");
    await wb.xlsx.writeFile(pad);
    for (const forceer of [false, true]) {
      const { uitkomst, inhoud } = await vul(pad, forceer);
      expect(inhoud).toBeUndefined();
      expect(uitkomst.geweigerd).toContain("Blad 'EINDAFREKENING'");
      expect(uitkomst.geweigerd).toContain("B3");
      expect(uitkomst.geweigerd).not.toMatch(/already|exists|Worksheet/);
      expect(uitkomst.forceerbaar).toBe(false);
    }
  });
});
