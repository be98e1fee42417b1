// The payment batch (betaalbatch) as data: what the reader makes of a sheet or CSV grid.
import type { CelWaarde } from "../grid";
import type { Werksoort } from "../catalogue";

export type Regeling = "WSW" | "NB" | "PW";
export type Mutatie = "instroom" | "uitstroom" | "wijziging";

export const REGELINGEN: readonly Regeling[] = ["WSW", "NB", "PW"];
export const MUTATIES: readonly Mutatie[] = ["instroom", "uitstroom", "wijziging"];

/** The columns of the batch table, found by label; `mutatie` and `gemeente` are optional. */
export type KolomSleutel =
  | "personeelsnummer"
  | "bsn"
  | "naam"
  | "regeling"
  | "werksoort"
  | "parttimefactor"
  | "bruto"
  | "inhoudingen"
  | "netto"
  | "iban"
  | "mutatie"
  | "gemeente";

/** A label/value pair above the table (Gemeente, Periode, Aantal regels, Totaal netto). */
export interface KopVeld {
  /** The value as the cell holds it; null when the label is missing or its value cell is empty. */
  waarde: CelWaarde;
  /** A1 address of the value cell (right of the label); null when the label is missing. */
  cel: string | null;
}

export interface BatchRegel {
  /** 0-based sheet row. */
  rij: number;
  personeelsnummer: string;
  /** Nine digits when it looks like a BSN (leading zero restored), else the text as written. */
  bsn: string;
  naam: string;
  /** Null when empty or not one of WSW, NB, PW. */
  regeling: Regeling | null;
  werksoort: Werksoort | null;
  /** Millionths (800000 = 0,8); null when empty or not a number. */
  parttimefactor: number | null;
  /** Integer cents; null when empty or not a number. */
  bruto: number | null;
  inhoudingen: number | null;
  netto: number | null;
  /** Uppercase without spaces. */
  iban: string;
  mutatie: Mutatie | null;
  /** The row's own municipality when the table has a Gemeente column, else "". */
  gemeente: string;
}

export interface BetaalBatch {
  blad: string;
  gemeente: KopVeld;
  periode: KopVeld;
  aantalRegels: KopVeld;
  totaalNetto: KopVeld;
  /** 0-based sheet row of the table header; -1 when no table was found. */
  kopRij: number;
  /** 0-based sheet column of each column found. */
  kolommen: Partial<Record<KolomSleutel, number>>;
  regels: BatchRegel[];
}

/**
 * A sheet read row by row, for a batch too large to keep as a grid (a CSV file of 100,000 rows):
 * the batch reader keeps no row, so each row is garbage before the next one is read.
 */
export interface RijStroom {
  blad: string;
  /** 0-based sheet row and column of the first row's first value. */
  startRij: number;
  startKolom: number;
  /** Sheet rows (0-based) that are hidden, as in Grid. */
  verborgenRijen?: readonly number[];
  /**
   * The next row, or null after the last. The array is the source's own and may be reused for the
   * next row: copy what you keep. An error thrown here (a file that cannot be read further) passes
   * through the reader unchanged.
   */
  volgende(): readonly CelWaarde[] | null;
}
