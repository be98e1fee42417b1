// The test corpus for surgical fills: bijlage-1 workbooks with what a whole-package rewrite loses.
// LibreOffice headless adds a chart, a pivot table, a note, named cell styles, a custom document
// property and a page header (a Basic macro, lo-corpus.bas, run in a fresh profile); jszip adds
// sparklines (extLst), customXml, an external link with a formula [1]Begroting!B2 and a note on an
// empty cell, straight into the package.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { Document, DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { kanoniek, kinderen } from "../../../src/cli/pakket/xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Runs lo-corpus.bas on `bron` in a fresh profile under `werk`; returns the saved .xlsx path. */
export function maakLoWerkmap(bron: string, werk: string, naam = "lo.xlsx"): string {
  const profiel = join(werk, `profiel-${naam}`);
  const url = `file://${profiel}`;
  execFileSync("libreoffice", [`-env:UserInstallation=${url}`, "--headless", "--terminate_after_init"], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const basic = readFileSync(join(__dirname, "lo-corpus.bas"), "utf8");
  const module = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlEscape(basic)}</script:module>
`;
  writeFileSync(join(profiel, "user", "basic", "Standard", "Module1.xba"), module);
  const doel = join(werk, naam);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${url}`,
      "--headless",
      "--norestore",
      `macro:///Standard.Module1.Maak("${bron}","${doel}")`,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return doel;
}

async function tekst(zip: JSZip, pad: string): Promise<string> {
  const f = zip.file(pad);
  if (!f) throw new Error(`${pad} ontbreekt`);
  return f.async("string");
}

/** Adds a relationship to a .rels part (created when absent); returns its Id. */
async function voegRelatieToe(zip: JSZip, relsPad: string, type: string, doel: string, extern = false) {
  const bestaand = zip.file(relsPad)
    ? await tekst(zip, relsPad)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let i = 1;
  while (bestaand.includes(`Id="rIdX${i}"`)) i++;
  const id = `rIdX${i}`;
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${doel}"${extern ? ' TargetMode="External"' : ""}/>`;
  zip.file(relsPad, bestaand.replace("</Relationships>", `${rel}</Relationships>`));
  return id;
}

async function voegTypeToe(zip: JSZip, deel: string, type: string) {
  const ct = await tekst(zip, "[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    ct.replace("</Types>", `<Override PartName="${deel}" ContentType="${type}"/></Types>`),
  );
}

/** The part of a sheet by name (exceljs and LibreOffice samples: rels targets under xl/). */
export async function bladDeel(zip: JSZip, blad: string): Promise<string> {
  const wb = await tekst(zip, "xl/workbook.xml");
  const rels = await tekst(zip, "xl/_rels/workbook.xml.rels");
  const sheet = [...wb.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((s) => s.includes(`name="${blad}"`));
  const rid = /r:id="([^"]+)"/.exec(sheet ?? "")?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${rid}"`));
  const doel = /Target="([^"]+)"/.exec(rel ?? "")?.[1];
  if (!doel) throw new Error(`blad ${blad} niet gevonden`);
  return doel.startsWith("/") ? doel.slice(1) : `xl/${doel}`;
}

/** Sparklines in the extLst of the sheet `blad` (E12:E14 drawn in M12). */
export async function metSparklines(zip: JSZip, blad: string): Promise<void> {
  const pad = await bladDeel(zip, blad);
  const xml = await tekst(zip, pad);
  const ext = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>'${blad}'!E12:E14</xm:f><xm:sqref>M12</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
  zip.file(pad, xml.replace("</worksheet>", `${ext}</worksheet>`));
}

/** customXml/item1.xml with its properties part, related from the workbook. */
export async function metCustomXml(zip: JSZip): Promise<void> {
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ontplooj xmlns="urn:ontplooj:test"><kenmerk>DVO-2023-ALM</kenmerk></ontplooj>`,
  );
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6C3B9D0E-1F2A-4B5C-9D8E-7F6A5B4C3D2E}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  await voegRelatieToe(zip, "customXml/_rels/item1.xml.rels", "customXmlProps", "itemProps1.xml");
  await voegRelatieToe(zip, "xl/_rels/workbook.xml.rels", "customXml", "../customXml/item1.xml");
  await voegTypeToe(
    zip,
    "/customXml/itemProps1.xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  );
}

/** An external link to Begroting.xlsx and a formula [1]Begroting!B2 in Z1 of the sheet `blad`. */
export async function metExterneKoppeling(zip: JSZip, blad: string): Promise<void> {
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Begroting"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>1234</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="Begroting.xlsx" TargetMode="External"/></Relationships>`,
  );
  const id = await voegRelatieToe(
    zip,
    "xl/_rels/workbook.xml.rels",
    "externalLink",
    "externalLinks/externalLink1.xml",
  );
  await voegTypeToe(
    zip,
    "/xl/externalLinks/externalLink1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  );
  const wb = await tekst(zip, "xl/workbook.xml");
  zip.file(
    "xl/workbook.xml",
    wb.replace(
      "</sheets>",
      `</sheets><externalReferences><externalReference r:id="${id}"/></externalReferences>`,
    ),
  );
  const pad = await bladDeel(zip, blad);
  const xml = await tekst(zip, pad);
  zip.file(
    pad,
    xml.replace(/(<row r="1"[^>]*>.*?)(<\/row>)/s, `$1<c r="Z1"><f>[1]Begroting!B2</f><v>1234</v></c>$2`),
  );
}

/** A note (legacy comment with its VML shape) on the empty cell `cel` of the sheet `blad`. */
export async function metNotitie(
  zip: JSZip,
  blad: string,
  cel: string,
  tekstInhoud = "Niet wissen",
): Promise<void> {
  const pad = await bladDeel(zip, blad);
  const bestand = pad.split("/").pop()!;
  let n = 1;
  while (zip.file(`xl/comments${n}.xml`)) n++;
  zip.file(
    `xl/comments${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Gebruiker</author></authors><commentList><comment ref="${cel}" authorId="0"><text><r><t>${xmlEscape(tekstInhoud)}</t></r></text></comment></commentList></comments>`,
  );
  let v = 1;
  while (zip.file(`xl/drawings/vmlDrawing${v}.vml`)) v++;
  const m = /^([A-Z]+)(\d+)$/.exec(cel)!;
  const kolom = [...m[1]].reduce((k, c) => k * 26 + c.charCodeAt(0) - 64, 0) - 1;
  zip.file(
    `xl/drawings/vmlDrawing${v}.vml`,
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>${Number(m[2]) - 1}</x:Row><x:Column>${kolom}</x:Column></x:ClientData></v:shape></xml>`,
  );
  const relsPad = `xl/worksheets/_rels/${bestand}.rels`;
  await voegRelatieToe(zip, relsPad, "comments", `../comments${n}.xml`);
  const vml = await voegRelatieToe(zip, relsPad, "vmlDrawing", `../drawings/vmlDrawing${v}.vml`);
  await voegTypeToe(
    zip,
    `/xl/comments${n}.xml`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  );
  const ct = await tekst(zip, "[Content_Types].xml");
  if (!/Extension="vml"/.test(ct))
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "<Override",
        `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override`,
      ),
    );
  const xml = await tekst(zip, pad);
  // legacyDrawing comes after pageMargins/pageSetup/headerFooter and before tableParts/extLst.
  const plek = /<(tableParts|extLst)\b/.exec(xml);
  const el = `<legacyDrawing r:id="${vml}"/>`;
  zip.file(
    pad,
    plek
      ? xml.slice(0, plek.index) + el + xml.slice(plek.index)
      : xml.replace("</worksheet>", `${el}</worksheet>`),
  );
}

/** Every zip entry's bytes. */
export async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const uit = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) uit.set(f.name, await f.async("nodebuffer"));
  return uit;
}

function doc(b: Buffer): Document {
  return new DOMParser().parseFromString(b.toString("utf8"), "text/xml");
}

/**
 * Whether `na` keeps every child of `voor`'s sections (styles: numFmts, fonts, ...; rels:
 * Relationship; content types) in the same order: changed only by appending.
 */
export function alleenAangevuld(voor: Buffer, na: Buffer, secties: readonly string[] | null): string[] {
  const a = doc(voor).documentElement!;
  const b = doc(na).documentElement!;
  const fouten: string[] = [];
  const lijsten = secties === null ? [[a, b]] : secties.map((s) => [kinderen(a, s)[0], kinderen(b, s)[0]]);
  for (const [x, y] of lijsten) {
    if (!x) continue;
    if (!y) {
      fouten.push(`${x.localName} verdwenen`);
      continue;
    }
    const oud = kinderen(x).map(kanoniek);
    const nieuw = kinderen(y).map(kanoniek);
    oud.forEach((o, i) => {
      if (nieuw[i] !== o) fouten.push(`${x.localName}[${i}] veranderd`);
    });
  }
  return fouten;
}

export function serialiseer(d: Document): string {
  return new XMLSerializer().serializeToString(d);
}

/** A shape (as charts and pictures are anchored) over the cells `van`:`tot` of the sheet `blad`. */
export async function metTekening(zip: JSZip, blad: string, van: [number, number], tot: [number, number]) {
  const pad = await bladDeel(zip, blad);
  const bestand = pad.split("/").pop()!;
  let n = 1;
  while (zip.file(`xl/drawings/drawing${n}.xml`)) n++;
  const punt = (naam: string, [k, r]: [number, number]) =>
    `<xdr:${naam}><xdr:col>${k}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${naam}>`;
  zip.file(
    `xl/drawings/drawing${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor>${punt("from", van)}${punt("to", tot)}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Mijn vorm"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  const id = await voegRelatieToe(
    zip,
    `xl/worksheets/_rels/${bestand}.rels`,
    "drawing",
    `../drawings/drawing${n}.xml`,
  );
  await voegTypeToe(
    zip,
    `/xl/drawings/drawing${n}.xml`,
    "application/vnd.openxmlformats-officedocument.drawing+xml",
  );
  const xml = await tekst(zip, pad);
  const plek = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|tableParts|extLst)\b/.exec(xml);
  const el = `<drawing r:id="${id}"/>`;
  zip.file(
    pad,
    plek
      ? xml.slice(0, plek.index) + el + xml.slice(plek.index)
      : xml.replace("</worksheet>", `${el}</worksheet>`),
  );
}

/** The chart parts a sheet's drawing anchors, by frame name, and the drawing part itself. */
export async function grafiekenVan(bytes: Buffer, blad: string) {
  const zip = await JSZip.loadAsync(bytes);
  const bladPad = await bladDeel(zip, blad);
  const i = bladPad.lastIndexOf("/");
  const rels = await zip
    .file(`${bladPad.slice(0, i + 1)}_rels/${bladPad.slice(i + 1)}.rels`)
    ?.async("string");
  const tekeningen = [...(rels ?? "").matchAll(/Target="\.\.\/drawings\/(drawing\d+\.xml)"/g)].map(
    (m) => `xl/drawings/${m[1]}`,
  );
  const uit: { naam: string; pad: string }[] = [];
  for (const t of tekeningen) {
    const xml = await zip.file(t)!.async("string");
    const trels =
      (await zip.file(t.replace("drawings/", "drawings/_rels/") + ".rels")?.async("string")) ?? "";
    for (const anker of xml.split("</xdr:twoCellAnchor>")) {
      const naam = /<xdr:cNvPr id="\d+" name="([^"]+)"/.exec(anker)?.[1];
      const rid = /<c:chart\b[^>]*r:id="(rId\d+)"/.exec(anker)?.[1];
      const doel = rid && new RegExp(`Id="${rid}"[^>]*Target="\\.\\./charts/(chart\\d+\\.xml)"`).exec(trels);
      if (naam && doel) uit.push({ naam, pad: `xl/charts/${doel[1]}` });
    }
  }
  return {
    bladRels: rels === undefined ? [] : [`${bladPad.slice(0, i + 1)}_rels/${bladPad.slice(i + 1)}.rels`],
    tekeningen,
    grafieken: uit,
  };
}
