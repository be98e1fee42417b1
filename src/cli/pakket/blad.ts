// The add-in's sheet part: its cells written into the sheet XML in place. Only the area the plan
// owns (and the area the previous fill owned) is cleared and written; rows, cells, merges, notes,
// conditional formats and everything else outside it stay as the user left them.
import type { Document, Element } from "@xmldom/xmldom";
import { omvat, overlapt, rechthoekTekst, bevat, type Rechthoek } from "../../core/gebied";
import { adres, kolomLetters, parseAdres, type CelPositie } from "../../core/grid";
import type { PlanCel } from "../../core/sheetplan";
import { kinderen, leesXml, maak, PakketFout, zekerKind } from "./xml";

/** The order of a worksheet's child elements (CT_Worksheet). */
export const WERKBLAD_VOLGORDE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function nieuwWerkblad(): Document {
  return leesXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    "nieuw werkblad",
  );
}

/** Column number (0-based) of "AB12"'s letters. */
function kolomVan(r: string): number {
  return parseAdres(r).kolom;
}

/** Each row with its 1-based number; rows and cells without an r attribute get one (Excel's order). */
export function rijenMetNummer(sheetData: Element): { rij: Element; nummer: number }[] {
  let vorige = 0;
  return kinderen(sheetData, "row").map((rij) => {
    const nummer = Number(rij.getAttribute("r")) || vorige + 1;
    if (!rij.getAttribute("r")) rij.setAttribute("r", String(nummer));
    vorige = nummer;
    let kolom = -1;
    for (const c of kinderen(rij, "c")) {
      const r = c.getAttribute("r");
      kolom = r ? kolomVan(r) : kolom + 1;
      if (!r) c.setAttribute("r", adres(nummer - 1, kolom));
    }
    return { rij, nummer };
  });
}

/** Characters XML 1.0 cannot hold are written as Excel's _xHHHH_ escape. */
function veiligeTekst(s: string): string {
  return s
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m.slice(1)}`)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

function tekstElement(ouder: Element, naam: string, tekst: string): Element {
  const el = maak(ouder, naam);
  const t = veiligeTekst(tekst);
  if (naam === "t" && /^\s|\s$/.test(t)) el.setAttribute("xml:space", "preserve");
  el.appendChild(ouder.ownerDocument!.createTextNode(t));
  return el;
}

function getalTekst(n: number, cel: string): string {
  if (!Number.isFinite(n)) throw new PakketFout(`cel ${cel} zou een ongeldig getal (${n}) krijgen`);
  return String(n);
}

/** A plan cell as a <c> element: formula with its cached value, or a constant (text inline). */
function celElement(rij: Element, c: PlanCel, s: number): Element {
  const el = maak(rij, "c", { r: c.adres });
  if (s) el.setAttribute("s", String(s));
  const w = c.waarde;
  if (c.formule) {
    el.appendChild(tekstElement(el, "f", c.formule.replace(/^=/, "")));
    if (w === null) return el;
    if (typeof w === "string") el.setAttribute("t", "str");
    if (typeof w === "boolean") el.setAttribute("t", "b");
    const v = typeof w === "number" ? getalTekst(w, c.adres) : typeof w === "boolean" ? (w ? "1" : "0") : w;
    el.appendChild(tekstElement(el, "v", v));
    return el;
  }
  if (w === null) return el;
  if (typeof w === "number") {
    el.appendChild(tekstElement(el, "v", getalTekst(w, c.adres)));
  } else if (typeof w === "boolean") {
    el.setAttribute("t", "b");
    el.appendChild(tekstElement(el, "v", w ? "1" : "0"));
  } else {
    el.setAttribute("t", "inlineStr");
    const is = maak(el, "is");
    is.appendChild(tekstElement(is, "t", w));
    el.appendChild(is);
  }
  return el;
}

export interface WerkbladSchrijving {
  gebied: Rechthoek;
  /** The area the previous fill owned: cleared as well. */
  vorig?: Rechthoek;
  cellen: readonly PlanCel[];
  /** cellXfs index per plan cell, in the same order. */
  stijlen: readonly number[];
  /** Column widths in Excel character units, keyed by letters. */
  kolombreedtes?: Record<string, number>;
}

export function schrijfWerkblad(doc: Document, w: WerkbladSchrijving): void {
  const root = doc.documentElement!;
  const gebieden = w.vorig ? [w.gebied, w.vorig] : [w.gebied];
  const inGebied = (p: CelPositie) => gebieden.some((g) => bevat(g, p));

  // Merges: those wholly inside an owned area go with its cells; one reaching out of it would be
  // cut in half, which the area check (src/core/gebied.ts) refuses before we get here.
  const merges = root && kinderen(root, "mergeCells")[0];
  if (merges) {
    for (const m of kinderen(merges, "mergeCell")) {
      const ref = m.getAttribute("ref") ?? "";
      const [v, t = v] = ref.split(":");
      const r = { van: parseAdres(v), tot: parseAdres(t) };
      if (gebieden.some((g) => omvat(g, r))) merges.removeChild(m);
      else if (overlapt(w.gebied, r))
        throw new PakketFout(
          `de samengevoegde cellen ${ref} steken uit het gebied ${rechthoekTekst(w.gebied)}`,
        );
    }
    const over = kinderen(merges, "mergeCell").length;
    if (over === 0) root.removeChild(merges);
    else merges.setAttribute("count", String(over));
  }

  // Cells: clear the owned areas, then write the plan's cells in row and column order.
  const sheetData = zekerKind(root, "sheetData", WERKBLAD_VOLGORDE);
  const rijen = new Map<number, Element>();
  for (const { rij, nummer } of rijenMetNummer(sheetData)) {
    rijen.set(nummer, rij);
    let geraakt = false;
    for (const c of kinderen(rij, "c")) {
      if (!inGebied(parseAdres(c.getAttribute("r")!))) continue;
      gedeeldeFormuleBlijftHeel(c, gebieden);
      rij.removeChild(c);
      geraakt = true;
    }
    if (geraakt) rij.removeAttribute("spans");
  }
  // Row numbers present, ascending, to insert a new row before the next one.
  const nummers = [...rijen.keys()].sort((a, b) => a - b);
  const volgorde = w.cellen.map((c, i) => ({ c, s: w.stijlen[i], p: parseAdres(c.adres) }));
  volgorde.sort((a, b) => a.p.rij - b.p.rij || a.p.kolom - b.p.kolom);
  for (const { c, s, p } of volgorde) {
    if (!bevat(w.gebied, p)) throw new PakketFout(`plancel ${c.adres} ligt buiten het gebied`);
    const nummer = p.rij + 1;
    let rij = rijen.get(nummer);
    if (!rij) {
      rij = maak(sheetData, "row", { r: String(nummer) });
      let i = 0;
      let j = nummers.length;
      while (i < j) {
        const m = (i + j) >> 1;
        if (nummers[m] < nummer) i = m + 1;
        else j = m;
      }
      const na = i < nummers.length ? rijen.get(nummers[i]) : undefined;
      if (na) sheetData.insertBefore(rij, na);
      else sheetData.appendChild(rij);
      nummers.splice(i, 0, nummer);
      rijen.set(nummer, rij);
    }
    rij.removeAttribute("spans");
    const el = celElement(rij, c, s);
    const na = kinderen(rij, "c").find((x) => kolomVan(x.getAttribute("r")!) > p.kolom);
    if (na) rij.insertBefore(el, na);
    else rij.appendChild(el);
  }

  zetKolombreedtes(root, w.kolombreedtes ?? {});
  zetDimensie(root, sheetData);
}

/**
 * A cell that carries a shared formula for cells outside the cleared areas cannot go: those cells
 * would lose their formula. Refused with the range, so the user can copy the formula out first.
 */
function gedeeldeFormuleBlijftHeel(c: Element, gebieden: readonly Rechthoek[]): void {
  const f = kinderen(c, "f")[0];
  const ref = f?.getAttribute("t") === "shared" ? f.getAttribute("ref") : null;
  if (!ref) return;
  const [v, t = v] = ref.split(":");
  const r = { van: parseAdres(v), tot: parseAdres(t) };
  if (!gebieden.some((g) => omvat(g, r)))
    throw new PakketFout(
      `de gedeelde formule in ${c.getAttribute("r")} geldt ook voor cellen buiten het gebied (${ref}); ` +
        "maak die cellen los (kopieer en plak de formules opnieuw) en vul opnieuw",
    );
}

interface ColDeel {
  min: number;
  max: number;
  el: Element;
}

/** Sets widths column by column, splitting a <col> range where it spans more than one column. */
function zetKolombreedtes(root: Element, breedtes: Record<string, number>): void {
  const kolommen = Object.entries(breedtes);
  if (kolommen.length === 0) return;
  const cols = zekerKind(root, "cols", WERKBLAD_VOLGORDE);
  let delen: ColDeel[] = kinderen(cols, "col").map((el) => ({
    min: Number(el.getAttribute("min")),
    max: Number(el.getAttribute("max")),
    el,
  }));
  for (const [letters, breedte] of kolommen) {
    const k = parseAdres(`${letters}1`).kolom + 1;
    const deel = delen.find((d) => d.min <= k && k <= d.max);
    let el: Element;
    if (deel) {
      const stukken: ColDeel[] = [];
      if (deel.min < k) stukken.push({ min: deel.min, max: k - 1, el: deel.el.cloneNode(true) as Element });
      el = deel.el.cloneNode(true) as Element;
      stukken.push({ min: k, max: k, el });
      if (deel.max > k) stukken.push({ min: k + 1, max: deel.max, el: deel.el.cloneNode(true) as Element });
      delen = delen.filter((d) => d !== deel).concat(stukken);
    } else {
      el = maak(cols, "col");
      delen.push({ min: k, max: k, el });
    }
    el.setAttribute("width", String(breedte));
    el.setAttribute("customWidth", "1");
  }
  while (cols.firstChild) cols.removeChild(cols.firstChild);
  for (const d of delen.sort((a, b) => a.min - b.min)) {
    d.el.setAttribute("min", String(d.min));
    d.el.setAttribute("max", String(d.max));
    cols.appendChild(d.el);
  }
}

/** The used range as the sheet's <dimension>. */
function zetDimensie(root: Element, sheetData: Element): void {
  let minR = Infinity;
  let minK = Infinity;
  let maxR = -1;
  let maxK = -1;
  for (const rij of kinderen(sheetData, "row")) {
    for (const c of kinderen(rij, "c")) {
      const p = parseAdres(c.getAttribute("r")!);
      minR = Math.min(minR, p.rij);
      maxR = Math.max(maxR, p.rij);
      minK = Math.min(minK, p.kolom);
      maxK = Math.max(maxK, p.kolom);
    }
  }
  const ref =
    maxR < 0
      ? "A1"
      : minR === maxR && minK === maxK
        ? adres(minR, minK)
        : `${kolomLetters(minK)}${minR + 1}:${kolomLetters(maxK)}${maxR + 1}`;
  zekerKind(root, "dimension", WERKBLAD_VOLGORDE).setAttribute("ref", ref);
}
