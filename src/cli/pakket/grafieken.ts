// Native charts of a sheet plan (GrafiekPlan) as DrawingML parts of the package: one chart part per
// chart (xl/charts/chartN.xml), anchored by a twoCellAnchor graphicFrame in the sheet's drawing part.
// A sheet that already has a drawing (the user's pictures, shapes, charts) gets our anchors added to
// it; a refill finds our own charts by name and rewrites them in place. Anything else in the drawing,
// and every chart part that is not ours, keeps its bytes. Element order follows ECMA-376 part 1
// (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx), so Excel and
// LibreOffice open the file without repair.
import type { Document, Element } from "@xmldom/xmldom";
import { leesRechthoek } from "../../core/gebied";
import { bladVerwijzing, kolomLetters, parseAdres } from "../../core/grid";
import type { GrafiekPlan, PlanCel } from "../../core/sheetplan";
import { kind, kinderen, leesXml, NS, schrijfXml, voegInOpPlek } from "./xml";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const TEKENING_TYPE = `${REL_TYPE}/drawing`;
export const GRAFIEK_TYPE = `${REL_TYPE}/chart`;
export const TEKENING_INHOUD = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const GRAFIEK_INHOUD = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export const DML = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

/** Series colours (Office theme accents 1 and 2, then more), so both writers look alike. */
const KLEUREN = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** What the chart writer needs from the package; Pakket implements it. */
export interface GrafiekPakket {
  /** The text of a part, undefined when absent (part names compare without case). */
  lees(pad: string): Promise<string | undefined>;
  bestaat(pad: string): boolean;
  voegInhoudstypeToe(pad: string, type: string): void;
}

export interface GrafiekSchrijving {
  /** The sheet's name (for the series formulas) and part. */
  blad: string;
  bladPad: string;
  /** The sheet part as a document: gets its <drawing r:id> when it had none. */
  bladDoc: Document;
  grafieken: readonly GrafiekPlan[];
  /** The plan's cells: their values become the charts' caches, shown before a recalculation. */
  cellen: readonly PlanCel[];
  /** Column widths in characters (the plan's), to let a chart cover its last column. */
  kolombreedtes?: Record<string, number>;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function relsPad(deel: string): string {
  const i = deel.lastIndexOf("/");
  return `${deel.slice(0, i + 1)}_rels/${deel.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function doelPad(bron: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = bron.split("/").slice(0, -1);
  for (const d of doel.split("/")) {
    if (d === "..") delen.pop();
    else if (d !== "." && d !== "") delen.push(d);
  }
  return delen.join("/");
}

/** The target of `pad` relative to the folder of `bron` (both in the same package). */
function relatief(bron: string, pad: string): string {
  const van = bron.split("/").slice(0, -1);
  const naar = pad.split("/");
  let i = 0;
  while (i < van.length && i < naar.length - 1 && van[i] === naar[i]) i++;
  return [...van.slice(i).map(() => ".."), ...naar.slice(i)].join("/");
}

const LEGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"/>`;

/** A relationships part as a document, with a helper to add one. */
class Relaties {
  gewijzigd = false;
  constructor(
    readonly pad: string,
    readonly doc: Document,
  ) {}
  static async lees(p: GrafiekPakket, pad: string): Promise<Relaties> {
    return new Relaties(pad, leesXml((await p.lees(pad)) ?? LEGE_RELS, pad));
  }
  alle(): Element[] {
    return kinderen(this.doc.documentElement!, "Relationship");
  }
  doel(id: string, bron: string): string | undefined {
    const r = this.alle().find((x) => x.getAttribute("Id") === id);
    return r && r.getAttribute("TargetMode") !== "External"
      ? doelPad(bron, r.getAttribute("Target") ?? "")
      : undefined;
  }
  voegToe(type: string, doel: string): string {
    const ids = new Set(this.alle().map((r) => r.getAttribute("Id")));
    let i = 1;
    while (ids.has(`rId${i}`)) i++;
    const root = this.doc.documentElement!;
    const r = this.doc.createElementNS(NS.rels, "Relationship");
    r.setAttribute("Id", `rId${i}`);
    r.setAttribute("Type", type);
    r.setAttribute("Target", doel);
    root.appendChild(r);
    this.gewijzigd = true;
    return `rId${i}`;
  }
}

/** The first free part name `${map}/${naam}N.xml`, compared without case. */
function vrijPad(p: GrafiekPakket, map: string, naam: string, bezet: Set<string>): string {
  for (let n = 1; ; n++) {
    const pad = `${map}/${naam}${n}.xml`;
    if (!p.bestaat(pad) && !bezet.has(pad.toLowerCase())) {
      bezet.add(pad.toLowerCase());
      return pad;
    }
  }
}

/** Excel's pixel width of a column of `tekens` characters (Calibri 11: 7 pixels per digit). */
function kolomPixels(tekens: number): number {
  return Math.trunc(((256 * tekens + Math.trunc(128 / 7)) / 256) * 7);
}

const EMU_PER_PIXEL = 9525;
const STANDAARD_TEKENS = 8.43;
/** Excel's default row height, 15 points = 20 pixels. */
const RIJ_EMU = 20 * EMU_PER_PIXEL;

function punt(naam: "from" | "to", kolom: number, rij: number, kolomOff = 0, rijOff = 0): string {
  return `<xdr:${naam}><xdr:col>${kolom}</xdr:col><xdr:colOff>${kolomOff}</xdr:colOff><xdr:row>${rij}</xdr:row><xdr:rowOff>${rijOff}</xdr:rowOff></xdr:${naam}>`;
}

/** The anchor of one chart: from the top-left of `van` to the bottom-right of `tot` (covered). */
function ankerXml(g: GrafiekPlan, id: number, rid: string, breedtes: Record<string, number>): string {
  const r = leesRechthoek(`${g.anker.van}:${g.anker.tot}`);
  const totBreedte = breedtes[kolomLetters(r.tot.kolom)] ?? STANDAARD_TEKENS;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${DML.xdr}" xmlns:a="${DML.a}" editAs="oneCell">` +
    punt("from", r.van.kolom, r.van.rij) +
    punt("to", r.tot.kolom, r.tot.rij, kolomPixels(totBreedte) * EMU_PER_PIXEL, RIJ_EMU) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${esc(g.naam)}" descr="${esc(g.titel)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${DML.c}"><c:chart xmlns:c="${DML.c}" xmlns:r="${NS.r}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function cellenVan(a1: string): string[] {
  const r = leesRechthoek(a1);
  const uit: string[] = [];
  for (let rij = r.van.rij; rij <= r.tot.rij; rij++)
    for (let k = r.van.kolom; k <= r.tot.kolom; k++) uit.push(`${kolomLetters(k)}${rij + 1}`);
  return uit;
}

function absoluut(blad: string, a1: string): string {
  const delen = a1.split(":").map((d) => {
    const p = parseAdres(d);
    return `$${kolomLetters(p.kolom)}$${p.rij + 1}`;
  });
  return bladVerwijzing(blad, delen.join(":"));
}

const IS_ADRES = /^\$?[A-Z]{1,3}\$?[0-9]+$/;

function tekstCache(cellen: string[], waarde: (a: string) => PlanCel["waarde"] | undefined): string {
  const pts = cellen
    .map((a, i) => {
      const w = waarde(a);
      return w === null || w === undefined ? "" : `<c:pt idx="${i}"><c:v>${esc(String(w))}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strCache><c:ptCount val="${cellen.length}"/>${pts}</c:strCache>`;
}

function getalCache(cellen: string[], cel: (a: string) => PlanCel | undefined): string {
  const code = cel(cellen[0])?.getalnotatie ?? "General";
  const pts = cellen
    .map((a, i) => {
      const w = cel(a)?.waarde;
      return typeof w === "number" && Number.isFinite(w)
        ? `<c:pt idx="${i}"><c:v>${String(w)}</c:v></c:pt>`
        : "";
    })
    .join("");
  return `<c:numCache><c:formatCode>${esc(code)}</c:formatCode><c:ptCount val="${cellen.length}"/>${pts}</c:numCache>`;
}

/** The chart part of one GrafiekPlan: a clustered bar (horizontal) or column (vertical) chart. */
export function grafiekXml(blad: string, g: GrafiekPlan, cellen: readonly PlanCel[]): string {
  const perAdres = new Map(cellen.map((c) => [c.adres, c]));
  const cel = (a: string) => perAdres.get(a);
  const liggend = g.soort === "staafGegroepeerd";
  const reeksen = g.reeksen
    .map((r, i) => {
      const tx = IS_ADRES.test(r.naam)
        ? `<c:tx><c:strRef><c:f>${esc(absoluut(blad, r.naam))}</c:f>${tekstCache([r.naam.replace(/\$/g, "")], (a) => cel(a)?.waarde)}</c:strRef></c:tx>`
        : `<c:tx><c:v>${esc(r.naam)}</c:v></c:tx>`;
      const cats = cellenVan(r.categorieen);
      const vals = cellenVan(r.waarden);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}` +
        `<c:spPr><a:solidFill><a:srgbClr val="${KLEUREN[i % KLEUREN.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${esc(absoluut(blad, r.categorieen))}</c:f>${tekstCache(cats, (a) => cel(a)?.waarde)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(absoluut(blad, r.waarden))}</c:f>${getalCache(vals, cel)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const cat = 500000001;
  const val = 500000002;
  const notatie = esc(g.getalnotatie ?? "General");
  const titel = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="1200" b="1"/><a:t>${esc(g.titel)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${DML.c}" xmlns:a="${DML.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="nl-NL"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titel}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${liggend ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${reeksen}` +
    `<c:gapWidth val="80"/><c:axId val="${cat}"/><c:axId val="${val}"/></c:barChart>` +
    `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="${liggend ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${liggend ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${val}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${liggend ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${notatie}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cat}"/><c:crosses val="${liggend ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** A graphicFrame anchor's frame name and chart relationship id, when it holds a chart. */
function grafiekAnker(anker: Element): { naam: string; rid: string } | undefined {
  const frame = kind(anker, "graphicFrame");
  const cNvPr = frame && kind(kind(frame, "nvGraphicFramePr") ?? frame, "cNvPr");
  const data = frame && kind(kind(frame, "graphic") ?? frame, "graphicData");
  const chart = data && kind(data, "chart");
  const rid = chart?.getAttributeNS(NS.r, "id");
  return cNvPr && rid ? { naam: cNvPr.getAttribute("name") ?? "", rid } : undefined;
}

/** The largest drawing-object id in a drawing (cNvPr ids must be unique within it). */
function grootsteId(doc: Document): number {
  let max = 1;
  const loop = (el: Element) => {
    if (el.localName === "cNvPr") max = Math.max(max, Number(el.getAttribute("id")) || 0);
    for (const k of kinderen(el)) loop(k);
  };
  loop(doc.documentElement!);
  return max;
}

const LEGE_TEKENING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DML.xdr}" xmlns:a="${DML.a}"/>`;

/**
 * Adds (or, found by name, replaces) the plan's charts on the sheet and returns the parts to write:
 * the chart parts, the drawing and its relationships, the sheet's relationships. The sheet document
 * gets a <drawing r:id> when it had none; content types are added through the package.
 */
export async function schrijfGrafieken(
  p: GrafiekPakket,
  s: GrafiekSchrijving,
  volgorde: readonly string[],
): Promise<Record<string, string>> {
  const nieuw: Record<string, string> = {};
  if (s.grafieken.length === 0) return nieuw;
  const bezet = new Set<string>();
  const root = s.bladDoc.documentElement!;
  const bladRels = await Relaties.lees(p, relsPad(s.bladPad));

  // The sheet's drawing: the existing one (the user's or ours from a previous fill), or a new one.
  const drawingEl = kind(root, "drawing");
  let tekeningPad = drawingEl
    ? bladRels.doel(drawingEl.getAttributeNS(NS.r, "id") ?? "", s.bladPad)
    : undefined;
  const tekeningTekst = tekeningPad ? await p.lees(tekeningPad) : undefined;
  if (!tekeningPad || tekeningTekst === undefined) {
    tekeningPad = vrijPad(p, "xl/drawings", "drawing", bezet);
    const rid = bladRels.voegToe(TEKENING_TYPE, relatief(s.bladPad, tekeningPad));
    const el = drawingEl ?? voegInOpPlek(root, s.bladDoc.createElementNS(NS.main, "drawing"), volgorde);
    if (!root.lookupPrefix(NS.r) && root.lookupNamespaceURI("r") !== NS.r) root.setAttribute("xmlns:r", NS.r);
    el.setAttributeNS(NS.r, `${root.lookupPrefix(NS.r) ?? "r"}:id`, rid);
    p.voegInhoudstypeToe(tekeningPad, TEKENING_INHOUD);
  }
  const tekening = leesXml(tekeningTekst ?? LEGE_TEKENING, tekeningPad);
  const wsDr = tekening.documentElement!;
  const tekeningRels = await Relaties.lees(p, relsPad(tekeningPad));

  // Our charts from a previous fill, by name: rewritten in place (same part, same relationship).
  const eigen = new Map<string, { anker: Element; rid: string; pad: string }>();
  for (const anker of kinderen(wsDr)) {
    const g = grafiekAnker(anker);
    const pad = g && tekeningRels.doel(g.rid, tekeningPad);
    if (g && pad && s.grafieken.some((x) => x.naam === g.naam) && !eigen.has(g.naam))
      eigen.set(g.naam, { anker, rid: g.rid, pad });
  }
  let id = grootsteId(tekening);
  for (const g of s.grafieken) {
    const vorig = eigen.get(g.naam);
    let pad: string;
    let rid: string;
    if (vorig) {
      ({ pad, rid } = vorig);
    } else {
      pad = vrijPad(p, "xl/charts", "chart", bezet);
      rid = tekeningRels.voegToe(GRAFIEK_TYPE, relatief(tekeningPad, pad));
    }
    p.voegInhoudstypeToe(pad, GRAFIEK_INHOUD);
    nieuw[pad] = grafiekXml(s.blad, g, s.cellen);
    const frameId = vorig
      ? Number(
          kind(kind(kind(vorig.anker, "graphicFrame")!, "nvGraphicFramePr")!, "cNvPr")!.getAttribute("id"),
        )
      : ++id;
    const anker = leesXml(ankerXml(g, frameId, rid, s.kolombreedtes ?? {}), tekeningPad).documentElement!;
    const ingevoegd = tekening.importNode(anker, true) as Element;
    // Declarations the drawing already makes need not be repeated on the anchor.
    for (const [prefix, ns] of [
      ["xdr", DML.xdr],
      ["a", DML.a],
    ])
      if (wsDr.lookupNamespaceURI(prefix) === ns) ingevoegd.removeAttribute(`xmlns:${prefix}`);
    if (vorig) wsDr.replaceChild(ingevoegd, vorig.anker);
    else wsDr.appendChild(ingevoegd);
  }
  nieuw[tekeningPad] = schrijfXml(tekening);
  if (tekeningRels.gewijzigd) nieuw[tekeningRels.pad] = schrijfXml(tekeningRels.doc);
  if (bladRels.gewijzigd) nieuw[bladRels.pad] = schrijfXml(bladRels.doc);
  return nieuw;
}
