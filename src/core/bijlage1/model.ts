// The bijlage-1 workbook as a model: every value keeps the sheet and cell it came from, so a
// finding can point at it and the settlement sheet can refer to it with a formula.
import type { Dienst, Gemeente } from "../catalogue";
import type { CelWaarde } from "../grid";
import type { Decimal, Notatie } from "../money";
import type { KpiRichting } from "../settlement";

export const BLAD_BIJLAGE1 = "Bijlage 1";
export const BLAD_VOORSCHOTTEN = "Voorschotten";
export const BLAD_KOSTPRIJZEN = "Kostprijzen";
export const BLAD_KPI = "KPI";

/** Where a value lives: sheet name as the workbook spells it, A1 address, 0-based row and column. */
export interface CelPlek {
  blad: string;
  cel: string;
  rij: number;
  kolom: number;
}

/** A value read from a cell, with its origin. */
export interface Gevonden<T> extends CelPlek {
  waarde: T;
  /** The raw cell value (a formula's cached result for formula cells). */
  ruw: CelWaarde;
  /** The cell's formula in English syntax, when it has one. */
  formule?: string;
  /**
   * True when a number was read from text ("7.150", "2%"): a formula referring to the cell would
   * not see a number, so the settlement sheet copies the value instead.
   */
  uitTekst: boolean;
}

export interface DienstRegel {
  /** 0-based sheet row. */
  rij: number;
  verborgen: boolean;
  /** The service text as typed (Dienst column). */
  omschrijving: Gevonden<string>;
  /** The catalogue service the text names; absent when unknown. */
  dienst?: Dienst;
  eenheid?: Gevonden<string>;
  tarief?: Gevonden<Decimal>;
  aantalBegroot?: Gevonden<Decimal>;
  bedragBegroot?: Gevonden<Decimal>;
  aantalGerealiseerd?: Gevonden<Decimal>;
  tariefGerealiseerd?: Gevonden<Decimal>;
}

export type DienstKolom =
  | "dienst"
  | "eenheid"
  | "tarief"
  | "aantalBegroot"
  | "bedragBegroot"
  | "aantalGerealiseerd"
  | "tariefGerealiseerd";

/** A header cell of a table: where each known column was found. */
export type Kolommen<K extends string> = Partial<Record<K, CelPlek>>;

/** The totals row under a table ("Totaal ..."), with its numeric cells per column. */
export interface TotaalRij<K extends string> {
  rij: number;
  cellen: Partial<Record<K, Gevonden<Decimal>>>;
}

export interface VoorschotRegel {
  rij: number;
  verborgen: boolean;
  periode?: Gevonden<string>;
  bedrag?: Gevonden<Decimal>;
  factuurnummer?: Gevonden<string>;
  /** Excel serial date or text as found. */
  datum?: Gevonden<CelWaarde>;
}

export type VoorschotKolom = "periode" | "bedrag" | "factuurnummer" | "datum";

export interface KostprijsRegel {
  rij: number;
  omschrijving: Gevonden<string>;
  dienst?: Dienst;
  kosten?: Gevonden<Decimal>;
  opbrengsten?: Gevonden<Decimal>;
  eenheden?: Gevonden<Decimal>;
}

export type KostprijsKolom = "dienst" | "kosten" | "opbrengsten" | "eenheden";

export interface KpiRegel {
  rij: number;
  naam: Gevonden<string>;
  doel?: Gevonden<Decimal>;
  richting?: Gevonden<KpiRichting>;
  realisatie?: Gevonden<Decimal>;
}

export type KpiKolom = "kpi" | "doel" | "richting" | "realisatie";

export interface Tabel<R, K extends string> {
  blad: string;
  kopRij: number;
  kolommen: Kolommen<K>;
  regels: R[];
  totaal?: TotaalRij<K>;
}

export interface Bijlage1 {
  /** The sheet name as the workbook spells it (matched leniently). */
  blad: string;
  gemeente?: Gevonden<string>;
  /** The catalogue municipality, when the name is known. */
  gemeenteInfo?: Gemeente;
  jaar?: Gevonden<number>;
  /** As a fraction (2 % = 0.02). */
  risicoOpslag?: Gevonden<Decimal>;
  dvoKenmerk?: Gevonden<string>;
  diensten: Tabel<DienstRegel, DienstKolom>;
  voorschotten?: Tabel<VoorschotRegel, VoorschotKolom>;
  kostprijzen?: Tabel<KostprijsRegel, KostprijsKolom>;
  kpis?: Tabel<KpiRegel, KpiKolom>;
}

export interface ControleOpties {
  /**
   * How ambiguous text numbers ("7.150", "1,442") are read, as the user decided; default: the
   * workbook's own notation (src/core/notatie.ts bepaalNotatie), else none ("auto": refused).
   */
  notatie?: Notatie;
  /** Realised tariff deviating from budget by more than this fraction gives an info finding (default 0.10). */
  maxAfwijkingTarief?: number;
  /** Tariff deviating from the Cedris benchmark by more than this fraction gives an info finding (default 0.25). */
  maxAfwijkingBenchmark?: number;
  /** Plausible settlement years (default 2021–2031: the DVO from 2021 and its first renewal). */
  jaarVan?: number;
  jaarTot?: number;
}
