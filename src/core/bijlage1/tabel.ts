// Cells of a sheet: label cells anywhere, and one cell read as text (numbers: ../getal-cel.ts). Tables are
// found by src/core/tabel.ts. Labels match case-, space-, accent- and punctuation-insensitively.
import { adres, formuleOp, isLeeg, waardeOp, type CelWaarde, type Grid } from "../grid";
import { normaliseerLabel } from "../labels";
import type { Decimal } from "../money";
import { toon, type Melder } from "./melder";
import type { CelPlek, Gevonden } from "./model";

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

/** A year read as a number: whole, else JAAR_ONGELDIG at its cell (named in the message as `waar`). */
export function heelJaar(
  getal: Gevonden<Decimal>,
  waar: string,
  melder: Melder,
): Gevonden<number> | undefined {
  if (!getal.waarde.isInteger()) {
    melder.fout(
      "JAAR_ONGELDIG",
      `Het jaar in ${waar} is geen geheel getal.`,
      getal,
      "een jaartal zoals 2023",
      toon(getal.ruw),
    );
    return undefined;
  }
  return { ...getal, waarde: getal.waarde.toNumber() };
}
