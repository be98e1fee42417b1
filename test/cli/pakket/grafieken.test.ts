// The CLI's .xlsx carries the Eindafrekening's two native charts as DrawingML parts: the package
// passes a structural check (content types, relationships, well-formed XML in schema order), a
// refill rewrites our charts in place and gives the same bytes, a user's own drawing on the sheet
// gets our anchors added (not a second drawing) and keeps its own, a user's chart elsewhere keeps
// its bytes, and LibreOffice draws the charts where their anchors say (pixels, not a blank page).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { EINDAFREKENING_BLAD, GRAFIEK_NAMEN, GRAFIEK_RIJEN } from "../../../src/core/bijlage1";
import { leesRechthoek } from "../../../src/core/gebied";
import type { BladPlan, GrafiekPlan } from "../../../src/core/sheetplan";
import { laadWerkmap, vulWerkmap } from "../../../src/cli/bijlage1-bestand";
import { Pakket } from "../../../src/cli/pakket/pakket";
import { grafiekXml } from "../../../src/cli/pakket/grafieken";
import { kanoniek, kinderen } from "../../../src/cli/pakket/xml";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { metLibreOffice } from "../../core/bijlage1/libreoffice";
import { bladDeel, entries, grafiekenVan, maakLoWerkmap, metTekening } from "./corpus";
import { parseStreng, structuurFouten } from "./structuur";

const MAP = join(__dirname, "../../../assets/bijlage1");
const ARTEFACTEN = join(__dirname, "../../../test-artifacts/grafieken");
const werk = mkdtempSync(join(tmpdir(), "ontplooj-grafiek-"));

async function vul(pad: string): Promise<{ bytes: Buffer; plan: BladPlan }> {
  const { uitkomst, inhoud } = await vulWerkmap(pad, await laadWerkmap(pad), false);
  if (!inhoud || !uitkomst.plan) throw new Error(uitkomst.geweigerd ?? "niet gevuld");
  return { bytes: inhoud, plan: uitkomst.plan };
}

async function vulNaar(bron: string, naam: string): Promise<{ pad: string; bytes: Buffer; plan: BladPlan }> {
  const r = await vul(bron);
  const pad = join(werk, naam);
  writeFileSync(pad, r.bytes);
  return { pad, ...r };
}

describe("grafieken in het .xlsx-pakket", () => {
  test("gevuld voorbeeld: twee grafieken, structureel in orde, tweede vulling byte voor byte gelijk", async () => {
    const { pad, bytes, plan } = await vulNaar(join(MAP, voorbeeldBestandsnaam("Almelo")), "almelo.xlsx");
    expect(await structuurFouten(bytes)).toEqual([]);
    const { tekeningen, grafieken } = await grafiekenVan(bytes, EINDAFREKENING_BLAD);
    expect(tekeningen).toHaveLength(1);
    expect(grafieken.map((g) => g.naam)).toEqual([GRAFIEK_NAMEN.diensten, GRAFIEK_NAMEN.afrekening]);
    const delen = await entries(bytes);
    const diensten = delen.get(grafieken[0].pad)!.toString();
    expect(diensten).toContain('<c:barDir val="bar"/>');
    expect(diensten).toContain(`<c:f>${EINDAFREKENING_BLAD}!$F$10:$F$`);
    expect(diensten).toContain("<c:v>Bedrag begroot</c:v>");
    const afrekening = delen.get(grafieken[1].pad)!.toString();
    expect(afrekening).toContain('<c:barDir val="col"/>');
    expect(afrekening).toContain('<c:ptCount val="4"/>');
    // The anchors are the plan's: from its first cell to (and over) its last.
    const tekening = delen.get(tekeningen[0])!.toString();
    for (const g of plan.grafieken!) {
      const r = leesRechthoek(`${g.anker.van}:${g.anker.tot}`);
      expect(tekening).toContain(
        `<xdr:from><xdr:col>${r.van.kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r.van.rij}</xdr:row>`,
      );
      expect(tekening).toContain(`<xdr:to><xdr:col>${r.tot.kolom}</xdr:col>`);
    }

    const tweede = await vul(pad);
    expect(tweede.bytes.equals(bytes)).toBe(true);
  });

  test("een eigen tekening op het blad krijgt onze ankers erbij; er komt geen tweede tekening", async () => {
    const { bytes } = await vulNaar(join(MAP, voorbeeldBestandsnaam("Wierden")), "wierden.xlsx");
    // The user's shape, right of the area; the package without our drawing first (a fresh sheet
    // with a user's drawing), then refilled.
    const zip = await JSZip.loadAsync(bytes);
    const bladPad = await bladDeel(zip, EINDAFREKENING_BLAD);
    const i = bladPad.lastIndexOf("/");
    const bladRels = `${bladPad.slice(0, i + 1)}_rels/${bladPad.slice(i + 1)}.rels`;
    const { tekeningen, grafieken } = await grafiekenVan(bytes, EINDAFREKENING_BLAD);
    for (const g of grafieken) zip.remove(g.pad);
    zip.remove(tekeningen[0]);
    zip.remove(tekeningen[0].replace("drawings/", "drawings/_rels/") + ".rels");
    zip.remove(bladRels);
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", ct.replace(/<Override PartName="\/xl\/(charts|drawings)\/[^>]*\/>/g, ""));
    const blad = await zip.file(bladPad)!.async("string");
    zip.file(bladPad, blad.replace(/<drawing r:id="[^"]+"\/>/, ""));
    await metTekening(zip, EINDAFREKENING_BLAD, [12, 2], [15, 10]);
    const voor = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(await structuurFouten(voor)).toEqual([]);
    const gebruikerTekening = (await grafiekenVan(voor, EINDAFREKENING_BLAD)).tekeningen;
    expect(gebruikerTekening).toHaveLength(1);
    const pad = join(werk, "eigen-tekening.xlsx");
    writeFileSync(pad, voor);

    const na = await vul(pad);
    expect(await structuurFouten(na.bytes)).toEqual([]);
    const r = await grafiekenVan(na.bytes, EINDAFREKENING_BLAD);
    expect(r.tekeningen).toEqual(gebruikerTekening);
    expect(r.grafieken.map((g) => g.naam)).toEqual([GRAFIEK_NAMEN.diensten, GRAFIEK_NAMEN.afrekening]);
    // The user's anchor is still the first child, unchanged; ours follow it.
    const ankers = (b: Buffer) =>
      kinderen(parseStreng(b.toString("utf8"), "tekening").documentElement!).map(kanoniek);
    const oud = ankers((await entries(voor)).get(gebruikerTekening[0])!);
    const nieuw = ankers((await entries(na.bytes)).get(gebruikerTekening[0])!);
    expect(oud).toHaveLength(1);
    expect(nieuw).toHaveLength(3);
    expect(nieuw[0]).toBe(oud[0]);
    // And a third fill changes nothing.
    writeFileSync(pad, na.bytes);
    expect((await vul(pad)).bytes.equals(na.bytes)).toBe(true);
  });

  test("schrijfGrafieken zet grafieken van een ander plan (zoals het Ontplooj-overzicht) op een bestaand blad", async () => {
    const bytes = readFileSync(join(MAP, voorbeeldBestandsnaam("Dinkelland")));
    const grafiek: GrafiekPlan = {
      naam: "Ontplooj_Grafiek_Test",
      soort: "kolomGegroepeerd",
      titel: "Proef & <test>",
      reeksen: [{ naam: "Eigen reeks", categorieen: "A10:A12", waarden: "D10:D12" }],
      anker: { van: "M2", tot: "R20" },
    };
    const pakket = await Pakket.open(bytes);
    const uit = await pakket.schrijfGrafieken("Bijlage 1", [grafiek]);
    expect(await structuurFouten(uit)).toEqual([]);
    const { grafieken } = await grafiekenVan(uit, "Bijlage 1");
    expect(grafieken.map((g) => g.naam)).toEqual(["Ontplooj_Grafiek_Test"]);
    const xml = (await entries(uit)).get(grafieken[0].pad)!.toString();
    expect(xml).toContain("<a:t>Proef &amp; &lt;test&gt;</a:t>");
    expect(xml).toContain("<c:tx><c:v>Eigen reeks</c:v></c:tx>");
    expect(xml).toContain("<c:f>'Bijlage 1'!$D$10:$D$12</c:f>");
    // Every other part keeps its bytes.
    const a = await entries(bytes);
    const b = await entries(uit);
    const bladPad = await bladDeel(await JSZip.loadAsync(uit), "Bijlage 1");
    for (const [naam, inhoud] of a)
      if (naam !== bladPad && naam !== "[Content_Types].xml")
        expect([naam, b.get(naam)?.equals(inhoud)]).toEqual([naam, true]);
  });

  test("de grafiek-XML is welgevormd en volgt de volgorde van het schema, ook met lege cellen", async () => {
    const xml = grafiekXml(
      "Blad 'x'",
      {
        naam: "n",
        soort: "staafGegroepeerd",
        titel: "t",
        reeksen: [{ naam: "B1", categorieen: "A2:A4", waarden: "B2:B4" }],
        anker: { van: "D1", tot: "H10" },
        getalnotatie: '"€" #,##0',
      },
      [
        { adres: "B1", waarde: "Reeks" },
        { adres: "A2", waarde: "een" },
        { adres: "B2", waarde: 1.5 },
        { adres: "B4", waarde: -2 },
      ],
    );
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/c.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    );
    zip.file("c.xml", xml);
    expect(await structuurFouten(await zip.generateAsync({ type: "uint8array" }))).toEqual([]);
    expect(xml).toContain("<c:f>'Blad ''x'''!$B$2:$B$4</c:f>");
    expect(xml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>1.5</c:v></c:pt><c:pt idx="2"><c:v>-2</c:v></c:pt>',
    );
    expect(xml).toContain('formatCode="&quot;€&quot; #,##0"');
  });
});

const heeftPdftoppm = spawnSync("sh", ["-c", "command -v pdftoppm"]).status === 0;
if (!heeftPdftoppm)
  console.warn(
    "pdftoppm ontbreekt: het tekenen van de grafieken wordt overgeslagen (apt-get install poppler-utils).",
  );

/** A PPM (P6) image: width, height and RGB bytes. */
function leesPpm(buf: Buffer): { b: number; h: number; rgb: Buffer } {
  const kop = buf.toString("latin1", 0, 50).split(/\s+/);
  const [b, h, max] = [Number(kop[1]), Number(kop[2]), Number(kop[3])];
  expect([kop[0], max]).toEqual(["P6", 255]);
  const begin = buf.length - b * h * 3;
  return { b, h, rgb: buf.subarray(begin) };
}

/**
 * Renders the sheet (the `nummer`th, 1-based) of the workbook to a PNG (for the artefacts) and a
 * PPM (for the pixel checks), each sheet on one page at 100 %.
 */
function teken(xlsx: string, nummer: number, dpi: number, naam: string) {
  const map = join(werk, `render-${naam}`);
  mkdirSync(join(map, "profiel"), { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(map, "profiel")}`,
      "--headless",
      "--convert-to",
      'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
      "--outdir",
      map,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const pdf = join(
    map,
    xlsx
      .split("/")
      .pop()!
      .replace(/\.xlsx$/, ".pdf"),
  );
  const p = String(nummer);
  execFileSync("pdftoppm", ["-f", p, "-l", p, "-singlefile", "-r", String(dpi), pdf, join(map, "blad")]);
  execFileSync("pdftoppm", [
    "-f",
    p,
    "-l",
    p,
    "-singlefile",
    "-png",
    "-r",
    String(dpi),
    pdf,
    join(map, "blad"),
  ]);
  mkdirSync(ARTEFACTEN, { recursive: true });
  copyFileSync(join(map, "blad.png"), join(ARTEFACTEN, `${naam}.png`));
  return leesPpm(readFileSync(join(map, "blad.ppm")));
}

(heeftPdftoppm ? metLibreOffice("het tekenen van de grafieken") : test.skip)(
  "LibreOffice tekent beide grafieken op hun plek; zonder grafieken staat daar niets in hun kleuren",
  async () => {
    const { pad, plan, bytes } = await vulNaar(
      join(MAP, voorbeeldBestandsnaam("Almelo")),
      "almelo-teken.xlsx",
    );
    const zonder = await (
      await Pakket.open(readFileSync(join(MAP, voorbeeldBestandsnaam("Almelo"))))
    ).schrijfPlan({
      ...plan,
      grafieken: [],
    });
    const zonderPad = join(werk, "almelo-zonder.xlsx");
    writeFileSync(zonderPad, zonder);
    const wb = (await entries(bytes)).get("xl/workbook.xml")!.toString();
    const nummer =
      [...wb.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === EINDAFREKENING_BLAD) + 1;
    const DPI = 50;
    const met = teken(pad, nummer, DPI, "eindafrekening-almelo");
    const kaal = teken(zonderPad, nummer, DPI, "eindafrekening-almelo-zonder-grafieken");

    const px = (img: typeof met, x: number, y: number) => {
      const i = (y * img.b + x) * 3;
      return [img.rgb[i], img.rgb[i + 1], img.rgb[i + 2]];
    };
    const lijkt = (k: number[], hex: string) =>
      [0, 1, 2].every((j) => Math.abs(k[j] - parseInt(hex.slice(j * 2, j * 2 + 2), 16)) <= 30);
    const wit = (k: number[]) => k.every((c) => c >= 245);
    const tel = (
      img: typeof met,
      x0: number,
      y0: number,
      x1: number,
      y1: number,
      wat: (k: number[]) => boolean,
    ) => {
      let n = 0;
      for (let y = Math.max(0, y0); y < Math.min(img.h, y1); y++)
        for (let x = Math.max(0, x0); x < Math.min(img.b, x1); x++) if (wat(px(img, x, y))) n++;
      return n;
    };
    const BLAUW = "4472C4";
    const ORANJE = "ED7D31";
    // Without charts, the series colours appear nowhere on the page.
    expect(tel(kaal, 0, 0, kaal.b, kaal.h, (k) => lijkt(k, BLAUW) || lijkt(k, ORANJE))).toBe(0);

    // Where the charts stand: the content's left edge is column A; the charts end the content
    // at the bottom; columns and rows at LibreOffice's 100 % (Excel widths: 7 px per character + 5).
    let x0 = met.b;
    let yOnder = 0;
    for (let y = 0; y < met.h; y++)
      for (let x = 0; x < met.b; x++)
        if (!wit(px(met, x, y))) {
          x0 = Math.min(x0, x);
          yOnder = Math.max(yOnder, y);
        }
    const schaal = DPI / 72;
    const breedte = (kolommen: string) =>
      [...kolommen].reduce((s, k) => s + (plan.kolombreedtes![k] * 7 + 5) * 0.75 * schaal, 0);
    const hoogte = GRAFIEK_RIJEN * 15 * schaal;
    const vakken = [
      { naam: "diensten", x: x0, b: breedte("ABC"), kleuren: [BLAUW, ORANJE] },
      { naam: "afrekening", x: x0 + breedte("ABC"), b: breedte("DEFGHI"), kleuren: [BLAUW] },
    ];
    for (const v of vakken) {
      // The inner part of the chart's cells (a margin for rounding of widths and heights).
      const [a, c] = [Math.round(v.x + v.b * 0.1), Math.round(v.x + v.b * 0.9)];
      const [b, d] = [Math.round(yOnder - hoogte * 0.9), Math.round(yOnder - hoogte * 0.1)];
      const oppervlak = (c - a) * (d - b);
      const inkt = tel(met, a, b, c, d, (k) => !wit(k));
      expect([v.naam, inkt / oppervlak > 0.03]).toEqual([v.naam, true]);
      for (const kleur of v.kleuren)
        expect([v.naam, kleur, tel(met, a, b, c, d, (k) => lijkt(k, kleur)) > 100]).toEqual([
          v.naam,
          kleur,
          true,
        ]);
    }
  },
  240_000,
);

metLibreOffice("het LibreOffice-corpus met een eigen grafiek")(
  "een grafiek van de gebruiker op een ander blad blijft byte voor byte, de onze komen erbij",
  async () => {
    const pad = maakLoWerkmap(join(MAP, voorbeeldBestandsnaam("Twenterand")), werk, "lo-grafiek.xlsx");
    const voor = await entries(readFileSync(pad));
    const eigen = [...voor.keys()].filter((d) => /^xl\/(charts|drawings)\//.test(d));
    expect(eigen.some((d) => /^xl\/charts\/chart\d+\.xml$/.test(d))).toBe(true);
    const { bytes } = await vul(pad);
    expect(await structuurFouten(bytes)).toEqual([]);
    const na = await entries(bytes);
    for (const d of eigen) expect([d, na.get(d)?.equals(voor.get(d)!)]).toEqual([d, true]);
    const { grafieken } = await grafiekenVan(bytes, EINDAFREKENING_BLAD);
    expect(grafieken.map((g) => g.naam)).toEqual([GRAFIEK_NAMEN.diensten, GRAFIEK_NAMEN.afrekening]);
    expect(grafieken.every((g) => !eigen.includes(g.pad))).toBe(true);
  },
  240_000,
);
