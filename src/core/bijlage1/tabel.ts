// Finding things on a sheet by their labels: label/value pairs anywhere, and tables by their
// header row in any column order. Labels match case-, space-, accent- and punctuation-insensitively.
import { adres, eindeGrid, formuleOp, isLeeg, waardeOp, type CelWaarde, type Grid } from "../grid";
import { normaliseerLabel } from "../labels";
import { leesGetalCel, type GetalLezing } from "../getal-cel";
import type { Decimal, Notatie } from "../money";
import type { CelPlek, Gevonden, Kolommen, TotaalRij } from "./model";

export interface KolomDefinitie<K extends string> {
  sleutel: K;
  /** Accepted header texts; the first is the one the template uses. */
  labels: readonly string[];
  verplicht: boolean;
}

export function plek(grid: Grid, rij: number, kolom: number): CelPlek {
  return { blad: grid.blad, cel: adres(rij, kolom), rij, kolom };
}

function genormaliseerd(v: CelWaarde): string {
  return typeof v === "string" ? normaliseerLabel(v) : "";
}

export function isVerborgen(grid: Grid, rij: number): boolean {
  return grid.verborgenRijen?.includes(rij) ?? false;
}

/** Iterates over the used range in row-major order. */
export function* cellen(grid: Grid): Generator<{ rij: number; kolom: number; waarde: CelWaarde }> {
  for (let i = 0; i < grid.waarden.length; i++) {
    const r = grid.waarden[i];
    for (let j = 0; j < r.length; j++) {
      yield { rij: grid.startRij + i, kolom: grid.startKolom + j, waarde: r[j] };
    }
  }
}

/** Every cell whose text is one of the labels, in row-major order. */
export function zoekLabels(grid: Grid, labels: readonly string[]): CelPlek[] {
  const gezocht = new Set(labels.map(normaliseerLabel));
  const uit: CelPlek[] = [];
  for (const c of cellen(grid)) {
    const n = genormaliseerd(c.waarde);
    if (n !== "" && gezocht.has(n)) uit.push(plek(grid, c.rij, c.kolom));
  }
  return uit;
}

export interface KopRij<K extends string> {
  kopRij: number;
  kolommen: Kolommen<K>;
  /** The columns that were found, left to right. */
  gevondenKolommen: number[];
}

/**
 * Finds the header row of a table: the first row holding the anchor column's label and at least
 * `minimum` of the known labels in all. Each known column takes its first matching cell.
 */
export function zoekKopRij<K extends string>(
  grid: Grid,
  definities: readonly KolomDefinitie<K>[],
  anker: K,
  minimum = 2,
  vanafRij = grid.startRij,
): KopRij<K> | undefined {
  const labelNaarSleutel = new Map<string, K>();
  for (const d of definities) for (const l of d.labels) labelNaarSleutel.set(normaliseerLabel(l), d.sleutel);
  for (let i = Math.max(0, vanafRij - grid.startRij); i < grid.waarden.length; i++) {
    const rij = grid.startRij + i;
    const kolommen: Kolommen<K> = {};
    const gevonden: number[] = [];
    const r = grid.waarden[i];
    for (let j = 0; j < r.length; j++) {
      const sleutel = labelNaarSleutel.get(genormaliseerd(r[j]));
      if (sleutel === undefined || kolommen[sleutel]) continue;
      kolommen[sleutel] = plek(grid, rij, grid.startKolom + j);
      gevonden.push(grid.startKolom + j);
    }
    if (kolommen[anker] && gevonden.length >= minimum)
      return { kopRij: rij, kolommen, gevondenKolommen: gevonden };
  }
  return undefined;
}

export type RijSoort = "gegevens" | "leeg" | "totaal";

/**
 * A data row, an empty row (ends the table) or a totals row: its first filled cell, or its cell in
 * the anchor column (e.g. Dienst), starts with "Totaal".
 */
export function rijSoort(
  grid: Grid,
  rij: number,
  kolommen: readonly number[],
  ankerKolom?: number,
): RijSoort {
  const links = Math.min(...kolommen);
  const rechts = Math.max(...kolommen);
  let eerste: CelWaarde = null;
  for (let k = links; k <= rechts; k++) {
    const v = waardeOp(grid, rij, k);
    if (!isLeeg(v)) {
      eerste = v;
      break;
    }
  }
  if (eerste === null) return "leeg";
  if (genormaliseerd(eerste).startsWith("totaal")) return "totaal";
  if (ankerKolom !== undefined && genormaliseerd(waardeOp(grid, rij, ankerKolom)).startsWith("totaal"))
    return "totaal";
  return "gegevens";
}

export interface TabelRijen {
  rijen: number[];
  totaalRij?: number;
  /** The empty row that ended the table, when it was one. */
  legeRij?: number;
}

/** The data rows under a header row: up to the first empty row or the totals row. */
export function tabelRijen(
  grid: Grid,
  kopRij: number,
  kolommen: readonly number[],
  ankerKolom?: number,
): TabelRijen {
  const einde = eindeGrid(grid).rij;
  const rijen: number[] = [];
  for (let rij = kopRij + 1; rij <= einde; rij++) {
    const soort = rijSoort(grid, rij, kolommen, ankerKolom);
    if (soort === "leeg") return { rijen, legeRij: rij };
    if (soort === "totaal") return { rijen, totaalRij: rij };
    rijen.push(rij);
  }
  return { rijen };
}

export function tekstOp(grid: Grid, rij: number, kolom: number): Gevonden<string> | undefined {
  const ruw = waardeOp(grid, rij, kolom);
  if (isLeeg(ruw)) return undefined;
  const f = formuleOp(grid, rij, kolom);
  return {
    ...plek(grid, rij, kolom),
    waarde: String(ruw).trim(),
    ruw,
    uitTekst: typeof ruw === "string",
    ...(f ? { formule: f } : {}),
  };
}

export type { GetalLezing } from "../getal-cel";

/** One number from a cell: the core's one rule (src/core/getal-cel.ts). */
export function getalOp(grid: Grid, rij: number, kolom: number, notatie: Notatie): GetalLezing {
  return leesGetalCel(grid, rij, kolom, notatie);
}

/** Numeric cells of a totals row, for the columns asked. */
export function leesTotaalRij<K extends string>(
  grid: Grid,
  rij: number,
  kolommen: Kolommen<K>,
  sleutels: readonly K[],
  notatie: Notatie,
): TotaalRij<K> {
  const cellenUit: Partial<Record<K, Gevonden<Decimal>>> = {};
  for (const s of sleutels) {
    const k = kolommen[s];
    if (!k) continue;
    const l = getalOp(grid, rij, k.kolom, notatie);
    if (!l.leeg && "getal" in l) cellenUit[s] = l.getal;
  }
  return { rij, cellen: cellenUit };
}
