// The one independent formula engine of the tests: HyperFormula (GPL-3.0, a devDependency, never
// bundled into the add-in). Built from sheets of cell contents (a value or an "=formula" in
// English syntax), read back per address; errors come back as "#TYPE" text, never as objects.
import { HyperFormula } from "hyperformula";

/** One cell's content as HyperFormula takes it. */
export type HfInhoud = string | number | boolean | null;

/** Every sheet (name → rows of contents) in one engine; call destroy() when done with many. */
export function rekenmachine(bladen: Record<string, HfInhoud[][]>): HyperFormula {
  return HyperFormula.buildFromSheets(bladen, { licenseKey: "gpl-v3" });
}

/** Puts `inhoud` at 0-based row and column, growing the rows with empty cells as needed. */
export function zetInhoud(rijen: HfInhoud[][], rij: number, kolom: number, inhoud: HfInhoud): void {
  while (rijen.length <= rij) rijen.push([]);
  const r = rijen[rij];
  while (r.length < kolom) r.push(null);
  r[kolom] = inhoud;
}

/** The computed value at an A1 address of a sheet; an Excel error as its type, e.g. "#DIV_BY_ZERO". */
export function hfWaarde(hf: HyperFormula, blad: string, adres: string): unknown {
  const sheet = hf.getSheetId(blad);
  if (sheet === undefined) throw new Error(`geen blad ${blad}`);
  const a = hf.simpleCellAddressFromString(adres, sheet);
  if (!a) throw new Error(`geen adres ${adres}`);
  const v = hf.getCellValue(a);
  return typeof v === "object" && v !== null && "value" in v ? `#${String((v as { type: string }).type)}` : v;
}
