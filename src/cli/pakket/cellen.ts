// Single cells changed in place inside a user's sheet part: the value (or a formula's cached
// result) is replaced, the cell keeps its style; every other cell, row and element stays. Used by
// `begroting` to turn last year's bijlage into next year's in the same layout.
import type { Document, Element } from "@xmldom/xmldom";
import { parseAdres } from "../../core/grid";
import { rijenMetNummer } from "./blad";
import { kinderen, maak, PakketFout, zekerKind } from "./xml";

export interface CelNieuw {
  cel: string;
  waarde: number | string | null;
  /** Keep the formula; `waarde` becomes its cached result. */
  alsResultaat?: boolean;
}

const VOOR_SHEETDATA = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData"];

function getalTekst(n: number, cel: string): string {
  if (!Number.isFinite(n)) throw new PakketFout(`cel ${cel} zou een ongeldig getal (${n}) krijgen`);
  return String(n);
}

function tekstKind(ouder: Element, naam: string, tekst: string): Element {
  const el = maak(ouder, naam);
  if (/^\s|\s$/.test(tekst)) el.setAttribute("xml:space", "preserve");
  el.appendChild(ouder.ownerDocument!.createTextNode(tekst));
  return el;
}

/** The <c> of a cell, created in row and column order when the sheet has none. */
function zekerCel(sheetData: Element, rijen: Map<number, Element>, cel: string): Element {
  const p = parseAdres(cel);
  const nummer = p.rij + 1;
  let rij = rijen.get(nummer);
  if (!rij) {
    rij = maak(sheetData, "row", { r: String(nummer) });
    const na = [...rijen.entries()].filter(([n]) => n > nummer).sort((a, b) => a[0] - b[0])[0];
    if (na) sheetData.insertBefore(rij, na[1]);
    else sheetData.appendChild(rij);
    rijen.set(nummer, rij);
  }
  const cellen = kinderen(rij, "c");
  const bestaand = cellen.find((c) => c.getAttribute("r")?.toUpperCase() === cel.toUpperCase());
  if (bestaand) return bestaand;
  rij.removeAttribute("spans");
  const el = maak(rij, "c", { r: cel });
  const na = cellen.find((c) => parseAdres(c.getAttribute("r")!).kolom > p.kolom);
  if (na) rij.insertBefore(el, na);
  else rij.appendChild(el);
  return el;
}

/** Changes the cells in the sheet document; refuses to cut a shared or array formula in half. */
export function wijzigCellen(doc: Document, wijzigingen: readonly CelNieuw[]): void {
  const root = doc.documentElement!;
  const sheetData = zekerKind(root, "sheetData", VOOR_SHEETDATA);
  const rijen = new Map(rijenMetNummer(sheetData).map(({ rij, nummer }) => [nummer, rij]));
  for (const w of wijzigingen) {
    const c = zekerCel(sheetData, rijen, w.cel);
    const f = kinderen(c, "f")[0];
    if (w.alsResultaat && f) {
      for (const v of kinderen(c, "v")) c.removeChild(v);
      if (typeof w.waarde === "number") {
        c.removeAttribute("t");
        c.appendChild(tekstKind(c, "v", getalTekst(w.waarde, w.cel)));
      } else if (typeof w.waarde === "string") {
        c.setAttribute("t", "str");
        c.appendChild(tekstKind(c, "v", w.waarde));
      }
      continue;
    }
    const ref = f?.getAttribute("ref");
    if (
      f &&
      ref &&
      ref.includes(":") &&
      (f.getAttribute("t") === "shared" || f.getAttribute("t") === "array")
    )
      throw new PakketFout(
        `de formule in ${w.cel} geldt ook voor andere cellen (${ref}); maak die cellen los (kopieer en plak de formules opnieuw) en probeer opnieuw`,
      );
    while (c.firstChild) c.removeChild(c.firstChild);
    c.removeAttribute("t");
    if (typeof w.waarde === "number") {
      c.appendChild(tekstKind(c, "v", getalTekst(w.waarde, w.cel)));
    } else if (typeof w.waarde === "string") {
      c.setAttribute("t", "inlineStr");
      const is = maak(c, "is");
      is.appendChild(tekstKind(is, "t", w.waarde));
      c.appendChild(is);
    }
  }
}

/**
 * An Excel table's header names must equal its header cells: a changed header cell ("Tarief 2023"
 * → "Tarief 2025") renames its table column too. Returns true when the table part changed.
 */
export function hernoemTabelkoppen(tabel: Document, wijzigingen: readonly CelNieuw[]): boolean {
  const root = tabel.documentElement!;
  const ref = root.getAttribute("ref") ?? "";
  if (root.getAttribute("headerRowCount") === "0" || !ref.includes(":")) return false;
  const [van] = ref.split(":").map(parseAdres);
  const kolommen = kinderen(kinderen(root, "tableColumns")[0] ?? root, "tableColumn");
  let gewijzigd = false;
  for (const w of wijzigingen) {
    const p = parseAdres(w.cel);
    const kol = kolommen[p.kolom - van.kolom];
    if (p.rij !== van.rij || !kol || typeof w.waarde !== "string") continue;
    if (kol.getAttribute("name") !== w.waarde) {
      kol.setAttribute("name", w.waarde);
      gewijzigd = true;
    }
  }
  return gewijzigd;
}
