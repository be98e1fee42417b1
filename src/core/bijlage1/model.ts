// The bijlage-1 workbook as a model: every value keeps the sheet and cell it came from, so a
// finding can point at it and the settlement sheet can refer to it with a formula.
import type { Dienst, Gemeente } from "../catalogue";
import type { CelWaarde } from "../grid";
import type { Decimal, Notatie } from "../money";
import type { KpiRichting } from "../settlement";
import type { Gevonden, KolomDef, Sleutel, TabelKolommen } from "../tabel";
import type { CodeMetErnst } from "./codes";

export const BLAD_BIJLAGE1 = "Bijlage 1";
export const BLAD_VOORSCHOTTEN = "Voorschotten";
export const BLAD_KOSTPRIJZEN = "Kostprijzen";
export const BLAD_KPI = "KPI";

export type { CelPlek, Gevonden } from "../tabel";

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

// Header spellings shared by the services table and a realisation sheet, which adds its own
// short forms ("Aantal", "Tarief") because there they can only mean the realised figures.
const DIENST_LABELS = ["Dienst", "Diensten", "Omschrijving dienst"] as const;
const AANTAL_GEREALISEERD_LABELS = [
  "Aantal gerealiseerd",
  "Gerealiseerd aantal",
  "Aantal realisatie",
] as const;
const TARIEF_GEREALISEERD_LABELS = [
  "Tarief gerealiseerd",
  "Gerealiseerd tarief",
  "Tarief realisatie",
] as const;

/**
 * The services table, one definition per column. A header may carry the year ("Tarief 2023");
 * a plain "Aantal" is the budgeted count (realised counts then sit on a realisation sheet).
 */
export const DIENST_KOLOMMEN = [
  {
    sleutel: "dienst",
    labels: DIENST_LABELS,
    naam: "Dienst",
    verplicht: true,
  },
  // Eenheid and Tarief are required for a settlement, but a table with only Dienst and Aantal
  // begroot is still read (the payroll check needs no more); their absence is an error.
  {
    sleutel: "eenheid",
    labels: ["Eenheid", "Eenheden"],
    naam: "Eenheid",
    verplicht: false,
    meldAlsAfwezig: true,
  },
  {
    sleutel: "tarief",
    labels: ["Tarief", "Tarief begroot", "Begroot tarief", "Tarief per eenheid", "Tarief begroting"],
    naam: "Tarief",
    verplicht: false,
    meldAlsAfwezig: true,
    ongeldigCode: "TARIEF_ONGELDIG",
  },
  {
    sleutel: "aantalBegroot",
    labels: [
      "Aantal begroot",
      "Begroot aantal",
      "Aantal verwacht",
      "Verwacht aantal",
      "Aantal begroting",
      "Aantal",
    ],
    naam: "Aantal begroot",
    verplicht: true,
    ongeldigCode: "AANTAL_ONGELDIG",
  },
  {
    sleutel: "bedragBegroot",
    labels: ["Bedrag begroot", "Begroot bedrag", "Bedrag", "Bedrag begroting", "Begroot"],
    naam: "Bedrag begroot",
    verplicht: false,
    ongeldigCode: "BEDRAG_ONGELDIG",
  },
  {
    sleutel: "aantalGerealiseerd",
    labels: AANTAL_GEREALISEERD_LABELS,
    naam: "Aantal gerealiseerd",
    verplicht: false,
    ongeldigCode: "AANTAL_ONGELDIG",
  },
  {
    sleutel: "tariefGerealiseerd",
    labels: TARIEF_GEREALISEERD_LABELS,
    naam: "Tarief gerealiseerd",
    verplicht: false,
    ongeldigCode: "TARIEF_ONGELDIG",
  },
] as const satisfies readonly KolomDef<string, CodeMetErnst<"fout">>[];

export type DienstKolom = Sleutel<typeof DIENST_KOLOMMEN>;

/** The number cells of a service line, in the order they are read (and reported). */
export const DIENST_GETALLEN = [
  "tarief",
  "aantalBegroot",
  "bedragBegroot",
  "aantalGerealiseerd",
  "tariefGerealiseerd",
] as const satisfies readonly DienstKolom[];

export type DienstGetal = (typeof DIENST_GETALLEN)[number];

/**
 * The number cells a service line must fill once their column is there: a realised count too, but
 * not a realised tariff (that may come from Kostprijzen).
 */
export function dienstGetalVerplicht(k: DienstGetal): boolean {
  return k === "tarief" || k === "aantalBegroot" || k === "aantalGerealiseerd";
}

/** The finding code of a number cell that cannot be read, from its column's definition. */
export const DIENST_GETAL_CODE = Object.fromEntries(
  DIENST_KOLOMMEN.flatMap((d) => ("ongeldigCode" in d ? [[d.sleutel, d.ongeldigCode]] : [])),
) as Record<DienstGetal, CodeMetErnst<"fout">>;

/** A realisation sheet ("Realisatie 2023"): realised counts and tariffs per service, matched by service. */
export const REALISATIE_KOLOMMEN = [
  {
    sleutel: "dienst",
    labels: DIENST_LABELS,
    naam: "Dienst",
    verplicht: true,
  },
  {
    sleutel: "aantalGerealiseerd",
    labels: [...AANTAL_GEREALISEERD_LABELS, "Aantal", "Realisatie"],
    naam: "Aantal gerealiseerd",
    verplicht: true,
    ongeldigCode: "AANTAL_ONGELDIG",
  },
  {
    sleutel: "tariefGerealiseerd",
    labels: [...TARIEF_GEREALISEERD_LABELS, "Tarief"],
    naam: "Tarief gerealiseerd",
    verplicht: false,
    ongeldigCode: "TARIEF_ONGELDIG",
  },
] as const satisfies readonly KolomDef<string, CodeMetErnst<"fout">>[];

export const VOORSCHOT_KOLOMMEN = [
  {
    sleutel: "periode",
    labels: ["Periode", "Maand", "Termijn", "Kwartaal"],
    naam: "Periode",
    verplicht: true,
  },
  {
    sleutel: "bedrag",
    labels: ["Bedrag", "Voorschot", "Bedrag voorschot", "Betaald"],
    naam: "Bedrag",
    verplicht: true,
    ongeldigCode: "VOORSCHOT_ONGELDIG",
  },
  {
    sleutel: "factuurnummer",
    labels: ["Factuurnummer", "Factuur", "Factuurnr"],
    naam: "Factuurnummer",
    verplicht: false,
  },
  { sleutel: "datum", labels: ["Datum", "Factuurdatum", "Betaaldatum"], naam: "Datum", verplicht: false },
  // Read only to refuse an advance marked as not (yet) paid.
  { sleutel: "status", labels: ["Status", "Betaalstatus"], naam: "Status", verplicht: false },
] as const satisfies readonly KolomDef<string, CodeMetErnst<"fout">>[];

export type VoorschotKolom = Sleutel<typeof VOORSCHOT_KOLOMMEN>;

export const KOSTPRIJS_KOLOMMEN = [
  { sleutel: "dienst", labels: ["Dienst", "Diensten"], naam: "Dienst", verplicht: true },
  {
    sleutel: "kosten",
    labels: ["Kosten", "Gerealiseerde kosten"],
    naam: "Kosten",
    verplicht: true,
    ongeldigCode: "KOSTPRIJS_ONGELDIG",
  },
  {
    sleutel: "opbrengsten",
    labels: ["Opbrengsten", "Gerealiseerde opbrengsten"],
    naam: "Opbrengsten",
    verplicht: true,
    ongeldigCode: "KOSTPRIJS_ONGELDIG",
  },
  {
    sleutel: "eenheden",
    labels: ["Eenheden", "Aantal eenheden", "Gerealiseerde eenheden"],
    naam: "Eenheden",
    verplicht: true,
    ongeldigCode: "KOSTPRIJS_ONGELDIG",
  },
] as const satisfies readonly KolomDef<string, CodeMetErnst<"fout">>[];

export type KostprijsKolom = Sleutel<typeof KOSTPRIJS_KOLOMMEN>;

export const KPI_KOLOMMEN = [
  { sleutel: "kpi", labels: ["KPI", "Indicator", "Prestatie-indicator"], naam: "KPI", verplicht: true },
  {
    sleutel: "doel",
    labels: ["Doelwaarde", "Doel", "Norm"],
    naam: "Doelwaarde",
    verplicht: true,
    ongeldigCode: "KPI_ONGELDIG",
  },
  { sleutel: "richting", labels: ["Richting"], naam: "Richting", verplicht: true },
  {
    sleutel: "realisatie",
    labels: ["Realisatie", "Gerealiseerd"],
    naam: "Realisatie",
    verplicht: true,
    ongeldigCode: "KPI_ONGELDIG",
  },
] as const satisfies readonly KolomDef<string, CodeMetErnst<"fout">>[];

export type KpiKolom = Sleutel<typeof KPI_KOLOMMEN>;

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

export interface KostprijsRegel {
  rij: number;
  omschrijving: Gevonden<string>;
  dienst?: Dienst;
  kosten?: Gevonden<Decimal>;
  opbrengsten?: Gevonden<Decimal>;
  eenheden?: Gevonden<Decimal>;
}

export interface KpiRegel {
  rij: number;
  naam: Gevonden<string>;
  doel?: Gevonden<Decimal>;
  richting?: Gevonden<KpiRichting>;
  realisatie?: Gevonden<Decimal>;
}

export interface Tabel<R, D extends readonly KolomDef[]> {
  blad: string;
  kopRij: number;
  kolommen: TabelKolommen<D>;
  regels: R[];
  totaal?: TotaalRij<Sleutel<D>>;
  /** "Subtotaal …" rows, each with the rows it should sum. */
  subtotalen?: (TotaalRij<Sleutel<D>> & { regels: number[] })[];
}

/** "Voorschotten betaald: 61.572,40": the advances as one labelled total instead of a table. */
export interface VoorschotTotaal {
  blad: string;
  soort: "totaal";
  regels: [VoorschotRegel];
}

/**
 * Bijlage1_Voorschotten naming a column (docs/werkboek.md §1.8): the amounts without a header row,
 * so there is no Periode column; the Bedrag "header" is the column's first cell.
 */
export type VoorschotKolomBenoemd = Omit<Tabel<VoorschotRegel, typeof VOORSCHOT_KOLOMMEN>, "kolommen"> & {
  kolommen: Pick<TabelKolommen<typeof VOORSCHOT_KOLOMMEN>, "bedrag">;
};

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
  diensten: Tabel<DienstRegel, typeof DIENST_KOLOMMEN>;
  /** The realisation sheet, when realised counts come from one ("Realisatie 2023"). */
  realisatieBlad?: string;
  /**
   * The advances: a table, a named column of amounts, or one total (labelled on the main sheet or a
   * named cell; then without header or columns).
   */
  voorschotten?: Tabel<VoorschotRegel, typeof VOORSCHOT_KOLOMMEN> | VoorschotKolomBenoemd | VoorschotTotaal;
  kostprijzen?: Tabel<KostprijsRegel, typeof KOSTPRIJS_KOLOMMEN>;
  kpis?: Tabel<KpiRegel, typeof KPI_KOLOMMEN>;
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
