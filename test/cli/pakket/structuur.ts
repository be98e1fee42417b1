// A structural check of an .xlsx package, as far as a repair prompt depends on it: every XML part
// well-formed, every part with a content type and every override with a part, every internal
// relationship resolving to a part, and DrawingML chart parts with their children in the order
// the ECMA-376 schema (part 1, §21.2) prescribes.
import JSZip from "jszip";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { kinderen } from "../../../src/cli/pakket/xml";

/** Schema order of the children that matter for the charts we write (CT_* sequences). */
const VOLGORDE: Record<string, readonly string[]> = {
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "AlternateContent",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  barChart: [
    "barDir",
    "grouping",
    "varyColors",
    "ser",
    "dLbls",
    "gapWidth",
    "overlap",
    "serLines",
    "axId",
    "extLst",
  ],
  "barChart>ser": [
    "idx",
    "order",
    "tx",
    "spPr",
    "invertIfNegative",
    "pictureOptions",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "shape",
    "extLst",
  ],
  catAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "auto",
    "lblAlgn",
    "lblOffset",
    "tickLblSkip",
    "tickMarkSkip",
    "noMultiLvlLbl",
    "extLst",
  ],
  valAx: [
    "axId",
    "scaling",
    "delete",
    "axPos",
    "majorGridlines",
    "minorGridlines",
    "title",
    "numFmt",
    "majorTickMark",
    "minorTickMark",
    "tickLblPos",
    "spPr",
    "txPr",
    "crossAx",
    "crosses",
    "crossesAt",
    "crossBetween",
    "majorUnit",
    "minorUnit",
    "dispUnits",
    "extLst",
  ],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  twoCellAnchor: ["from", "to", "sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart", "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
};

const PLOT_AREA_GRAFIEKEN = /Chart$/;
const PLOT_AREA_ASSEN = new Set(["valAx", "catAx", "dateAx", "serAx"]);

/** The XML of a part, or the reason it is not well-formed. */
export function parseStreng(tekst: string, pad: string): Document {
  return new DOMParser({
    onError: (niveau, bericht) => {
      if (niveau !== "warning") throw new Error(`${pad}: ${bericht}`);
    },
  }).parseFromString(tekst, "text/xml");
}

function resolve(bron: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = bron.split("/").slice(0, -1);
  for (const d of doel.split("/")) {
    if (d === "..") delen.pop();
    else if (d !== "." && d !== "") delen.push(d);
  }
  return delen.join("/");
}

/** The part a .rels part describes ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"). */
function bronVan(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m ? `${m[1]}${m[2]}` : "";
}

/** Order violations in an element tree, as "pad: kind staat te laat in ouder". */
function ordeFouten(el: Element, pad: string, uit: string[], ouder = ""): void {
  const naam = el.localName ?? "";
  const volgorde = VOLGORDE[`${ouder}>${naam}`] ?? VOLGORDE[naam];
  const namen = kinderen(el).map((k) => k.localName ?? "");
  if (volgorde) {
    let vorige = -1;
    for (const n of namen) {
      const i = volgorde.indexOf(n);
      if (i < 0) uit.push(`${pad}: onbekend kind ${n} in ${naam}`);
      else if (i < vorige) uit.push(`${pad}: ${n} staat te laat in ${naam}`);
      vorige = Math.max(vorige, i);
    }
  }
  if (naam === "plotArea") {
    // layout?, one or more charts, then the axes, then dTable?, spPr?, extLst?
    const fase = (n: string) =>
      n === "layout"
        ? 0
        : PLOT_AREA_GRAFIEKEN.test(n)
          ? 1
          : PLOT_AREA_ASSEN.has(n)
            ? 2
            : ["dTable", "spPr", "extLst"].includes(n)
              ? 3 + ["dTable", "spPr", "extLst"].indexOf(n)
              : -1;
    const fasen = namen.map(fase);
    if (fasen.includes(-1)) uit.push(`${pad}: onbekend kind in plotArea`);
    if (fasen.some((f, i) => i > 0 && f < fasen[i - 1])) uit.push(`${pad}: plotArea in verkeerde volgorde`);
    if (!fasen.includes(1)) uit.push(`${pad}: plotArea zonder grafiek`);
  }
  if (naam === "barChart" && kinderen(el, "axId").length !== 2)
    uit.push(`${pad}: barChart heeft niet precies twee axId`);
  for (const k of kinderen(el)) ordeFouten(k, pad, uit, naam);
}

/** Everything structurally wrong with the package; empty when Excel would open it without repair. */
export async function structuurFouten(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const delen = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const bestaat = new Set(delen.map((d) => d.toLowerCase()));
  const uit: string[] = [];
  const docs = new Map<string, Document>();
  for (const pad of delen) {
    if (!/\.(xml|rels|vml)$/i.test(pad)) continue;
    try {
      docs.set(pad, parseStreng(await zip.file(pad)!.async("string"), pad));
    } catch (e) {
      uit.push(`niet welgevormd: ${(e as Error).message}`);
    }
  }
  const typen = docs.get("[Content_Types].xml");
  if (!typen) return [...uit, "[Content_Types].xml ontbreekt"];
  const standaard = new Map(
    kinderen(typen.documentElement!, "Default").map((d) => [
      (d.getAttribute("Extension") ?? "").toLowerCase(),
      d.getAttribute("ContentType") ?? "",
    ]),
  );
  const overrides = new Map(
    kinderen(typen.documentElement!, "Override").map((o) => [
      (o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase(),
      o.getAttribute("ContentType") ?? "",
    ]),
  );
  const inhoudstype = (pad: string) =>
    overrides.get(pad.toLowerCase()) ?? standaard.get(pad.split(".").pop()!.toLowerCase());
  for (const pad of delen)
    if (pad !== "[Content_Types].xml" && !inhoudstype(pad)) uit.push(`${pad} heeft geen inhoudstype`);
  for (const pad of overrides.keys()) if (!bestaat.has(pad)) uit.push(`override /${pad} zonder onderdeel`);

  for (const [pad, doc] of docs) {
    if (!pad.endsWith(".rels")) continue;
    const bron = bronVan(pad);
    for (const r of kinderen(doc.documentElement!, "Relationship")) {
      if (r.getAttribute("TargetMode") === "External") continue;
      const doel = resolve(bron, r.getAttribute("Target") ?? "");
      if (!bestaat.has(doel.toLowerCase()))
        uit.push(`${pad}: ${r.getAttribute("Id")} wijst naar ontbrekend ${doel}`);
      const type = r.getAttribute("Type") ?? "";
      if (type.endsWith("/chart") && !/drawingml\.chart\+xml$/.test(inhoudstype(doel) ?? ""))
        uit.push(`${doel}: geen grafiek-inhoudstype`);
      if (type.endsWith("/drawing") && !/drawing\+xml$/.test(inhoudstype(doel) ?? ""))
        uit.push(`${doel}: geen tekening-inhoudstype`);
    }
  }
  // Every r:id an XML part uses is a relationship of that part.
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  for (const [pad, doc] of docs) {
    if (pad.endsWith(".rels") || !/\.xml$/i.test(pad)) continue;
    const i = pad.lastIndexOf("/");
    const rels = docs.get(`${pad.slice(0, i + 1)}_rels/${pad.slice(i + 1)}.rels`);
    const ids = new Set(
      rels ? kinderen(rels.documentElement!, "Relationship").map((r) => r.getAttribute("Id")) : [],
    );
    const loop = (el: Element) => {
      const id = el.getAttributeNS(R, "id");
      if (id && !ids.has(id)) uit.push(`${pad}: ${el.localName} r:id=${id} zonder relatie`);
      for (const k of kinderen(el)) loop(k);
    };
    loop(doc.documentElement!);
    if (doc.documentElement?.localName === "chartSpace" || doc.documentElement?.localName === "wsDr")
      ordeFouten(doc.documentElement, pad, uit);
  }
  return uit;
}
