// A sheet as plain data: what every adapter (Office.js, exceljs, CSV) hands to the core.
import { normaliseerLabel } from "./labels";

/** A cell's value as Excel reports it; dates arrive as serial numbers, empty cells as null. */
export type CelWaarde = string | number | boolean | null;

export interface Grid {
  /** Sheet name as the workbook shows it. */
  blad: string;
  /** 0-based row and column of values[0][0] in the sheet (the used range need not start at A1). */
  startRij: number;
  startKolom: number;
  /** Row-major values of the used range; rows may be shorter than others. */
  waarden: CelWaarde[][];
  /** Formulas in English syntax ("=B2*C2") where a cell has one, else null; same shape as waarden. */
  formules?: (string | null)[][];
  /** Sheet rows (0-based) that are hidden; readers ignore nothing because of it, but may say so. */
  verborgenRijen?: readonly number[];
  /** Sheet columns (0-based) that are hidden; a reader that uses one must say so. */
  verborgenKolommen?: readonly number[];
  /**
   * Cells whose number format makes them a date (the value is Excel's serial number), as keys of
   * `celSleutel`. A reader expecting an amount or a count refuses such a cell instead of using the serial.
   */
  datumCellen?: ReadonlySet<number>;
}

export interface Werkboek {
  bladen: Grid[];
  /**
   * Defined names (e.g. Ontplooj_Saldo) with their reference ("'Eindafrekening'!$C$20"); `blad` is
   * set for a name that holds on one sheet only (sheet scope), absent for a workbook-level name.
   */
  namen?: { naam: string; verwijzing: string; blad?: string }[];
}

export interface CelPositie {
  /** 0-based sheet row and column. */
  rij: number;
  kolom: number;
}

export function kolomLetters(kolom: number): string {
  let n = kolom + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/column to "B12". */
export function adres(rij: number, kolom: number): string {
  return kolomLetters(kolom) + String(rij + 1);
}

/** "B12" or "$B$12" to 0-based row/column. */
export function parseAdres(a1: string): CelPositie {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(a1.trim());
  if (!m) throw new Error(`geen celadres: ${a1}`);
  let kolom = 0;
  for (const ch of m[1].toUpperCase()) kolom = kolom * 26 + (ch.charCodeAt(0) - 64);
  return { rij: Number(m[2]) - 1, kolom: kolom - 1 };
}

/** "A1:C3" from two corners. */
export function bereik(van: CelPositie, tot: CelPositie): string {
  return `${adres(van.rij, van.kolom)}:${adres(tot.rij, tot.kolom)}`;
}

/** A reference another sheet can use in a formula: 'Bijlage 1'!C5 (quotes only where needed). */
export function bladVerwijzing(blad: string, a1: string): string {
  // Excel also wants quotes around names it could read as a cell (DVO2023, A1, R1C1) or a boolean.
  const lijktCel = /^[A-Za-z]{1,3}[0-9]+$/.test(blad) || /^[Rr][0-9]*([Cc][0-9]*)?$|^[Cc][0-9]*$/.test(blad);
  const kaal = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blad) && !lijktCel && !/^(true|false)$/i.test(blad);
  return `${kaal ? blad : `'${blad.replace(/'/g, "''")}'`}!${a1}`;
}

/** One number per cell position (Excel has at most 16,384 columns), for sets of cells. */
export function celSleutel(rij: number, kolom: number): number {
  return rij * 16384 + kolom;
}

/** True when the adapter saw a date format on the cell (its value is then a serial number). */
export function isDatumCel(grid: Grid, rij: number, kolom: number): boolean {
  return grid.datumCellen?.has(celSleutel(rij, kolom)) ?? false;
}

export function isVerborgenKolom(grid: Grid, kolom: number): boolean {
  return grid.verborgenKolommen?.includes(kolom) ?? false;
}

/** Value at a sheet position, or null outside the used range. */
export function waardeOp(grid: Grid, rij: number, kolom: number): CelWaarde {
  const r = grid.waarden[rij - grid.startRij];
  if (!r) return null;
  const v = r[kolom - grid.startKolom];
  return v === undefined ? null : v;
}

export function formuleOp(grid: Grid, rij: number, kolom: number): string | null {
  const r = grid.formules?.[rij - grid.startRij];
  const f = r?.[kolom - grid.startKolom];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function isLeeg(v: CelWaarde): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Last sheet row and column (0-based) of the used range. */
export function eindeGrid(grid: Grid): CelPositie {
  const breedte = grid.waarden.reduce((m, r) => Math.max(m, r.length), 0);
  return { rij: grid.startRij + grid.waarden.length - 1, kolom: grid.startKolom + breedte - 1 };
}

export function zoekBlad(werkboek: Werkboek, ...namen: string[]): Grid | undefined {
  return werkboek.bladen.find((b) => namen.some((n) => normaliseerLabel(n) === normaliseerLabel(b.blad)));
}
