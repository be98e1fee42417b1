// The Ontplooj-wide consolidation as data: what goes in (the read bijlagen, Ontplooj's realisation,
// optionally turnover per customer) and what comes out (per municipality, per service, per work
// type, the checks). Values keep the cell they came from, so the overview sheet can point at it.
import type { Afrekening } from "../bijlage1/berekening";
import type { Bijlage1, Gevonden, KostprijsRegel, Tabel75Vergelijking } from "../bijlage1";
import type { KOSTPRIJS_KOLOMMEN, Tabel } from "../bijlage1/model";
import type { DienstCode, GemeenteNaam, Werksoort } from "../catalogue";
import type { Bevinding } from "../findings";
import type { Grid } from "../grid";
import { dec, type Decimal, type Notatie } from "../money";
import type { Eindafrekening, KpiRichting } from "../settlement";
import type { BladPlan } from "../sheetplan";

/** One bijlage 1 as read: its workbook (file name or, in one workbook, its main sheet) and model. */
export interface ConsolidatieBron {
  werkmap: string;
  /** Absent when the bijlage could not be read; its findings say why. */
  model?: Bijlage1;
  /** The bijlage's own check (controleerBijlage1); passed through with `werkmap` set. */
  bevindingen: readonly Bevinding[];
}

export interface ConsolidatieOpties {
  /** The year to consolidate; default: the year most bijlagen have. */
  jaar?: number;
  /** Prices of this year for the per-fte comparison (table 7.6's form); default: the year itself. */
  basisjaar?: number;
  /** The turnover table (Klant, Omzet DVO, Omzet maatwerk, Plaatsen beschut), when there is one. */
  omzet?: { werkmap: string; grid: Grid };
  notatie?: Notatie;
  /** Plan the overview despite errors in the checks. */
  forceer?: boolean;
}

/** A participating municipality: a usable bijlage of the consolidated year. */
export interface Deelnemer {
  werkmap: string;
  gemeente: GemeenteNaam;
  model: Bijlage1;
  /** The bijlage's own settlement (its own realised tariffs): advances, voorcalculatie, KPIs. */
  eigen: Afrekening;
  /** Realised units per service (summed over rows of the same service). */
  aantallen: Partial<Record<DienstCode, Decimal>>;
}

export interface GemeenteUitkomst {
  werkmap: string;
  gemeente: GemeenteNaam;
  voorcalculatie: Decimal;
  /** Σ lines at Ontplooj-wide realised tariffs, split by largest remainder (no surcharge). */
  nacalculatieSubtotaal: Decimal;
  risicoOpslagPercentage: Decimal;
  risicoOpslag: Decimal;
  nacalculatie: Decimal;
  /** The same bijlage settled alone (its own Kostprijzen), for comparison. */
  nacalculatieEigen?: Decimal;
  eindafrekening: Eindafrekening;
}

/** One service's Ontplooj-wide realisation. */
export interface TariefUitkomst {
  code: DienstCode;
  /** Realised costs (cost service) or revenues (revenue service) as a positive amount. */
  bedrag: Gevonden<Decimal>;
  /** Units as Kostprijzen states them. */
  eenhedenKostprijzen: Gevonden<Decimal>;
  /** Σ realised units of the municipalities. */
  eenhedenGemeenten: Decimal;
  /** Exact: ±bedrag / eenhedenGemeenten. */
  tarief: Decimal;
  /** The budget tariff the bijlagen state (the first that has the service). */
  tariefBegroot?: Gevonden<Decimal>;
  /** Σ of the split lines: equals ±bedrag to the cent. */
  verdeeld: Decimal;
}

/** One line of the largest-remainder split of a service's realised total over the municipalities. */
export interface VerdelingRegel {
  code: DienstCode;
  gemeente: GemeenteNaam;
  aantal: Decimal;
  /** The exact share in cents: |total in cents| × aantal / Σ aantal. */
  exactCenten: Decimal;
  /** Its whole cents, rounded down. */
  basisCenten: Decimal;
  /** 1 when the leftover cent goes to this line (largest remainders first, ties to the earlier). */
  extraCent: 0 | 1;
  /** The line amount, with the service's sign. */
  bedrag: Decimal;
}

export interface WerksoortUitkomst {
  werksoort: Werksoort;
  nominaal: Decimal;
  fte: Decimal;
  /** Formula 7 with the realised tariffs; OR per fte is its negation. */
  bijdragePerFte: Decimal;
  nominaalBegroot: Decimal;
  fteBegroot: Decimal;
  bijdragePerFteBegroot?: Decimal;
  /** Cedris benchmark per fte (contribution), for the years the report gives one. */
  benchmarkPerFte?: Decimal;
  /** Factor that expresses the year's amounts in prices of the base year. */
  indexfactor?: Decimal;
}

export interface KpiVergelijking {
  naam: string;
  /** The published target of the year, when there is one. */
  doel?: Decimal;
  richting?: KpiRichting;
  perGemeente: {
    gemeente: GemeenteNaam;
    realisatie?: Gevonden<Decimal>;
    doel?: Gevonden<Decimal>;
    behaald?: boolean;
  }[];
}

export interface OmzetRegel {
  klant: Gevonden<string>;
  gemeente?: GemeenteNaam;
  dvo: Gevonden<Decimal>;
  maatwerk?: Gevonden<Decimal>;
  plaatsenBeschut?: Gevonden<Decimal>;
}

export interface InbestedingUitkomst {
  /** "omzet": from the turnover table; "dvo": from the nacalculaties of the DVO only. */
  bron: "omzet" | "dvo";
  omzetAlmelo: Decimal;
  omzetTotaal: Decimal;
  aandeel: Decimal;
  voldoet: boolean;
}

export interface TaakstellingUitkomst {
  gemeente: GemeenteNaam;
  taakstelling: number;
  gerealiseerd?: Gevonden<Decimal>;
  gat?: Decimal;
  gehaald?: boolean;
}

export interface ConsolidatieUitkomst {
  jaar: number;
  basisjaar: number;
  deelnemers: Deelnemer[];
  gemeenten: GemeenteUitkomst[];
  totalen: {
    voorcalculatie: Decimal;
    nacalculatie: Decimal;
    voorschottenBetaald: Decimal;
    saldo: Decimal;
  };
  /** Where the Kostprijzen came from (the first bijlage that has them). */
  kostprijzen: { werkmap: string; tabel: Tabel<KostprijsRegel, typeof KOSTPRIJS_KOLOMMEN> };
  tarieven: TariefUitkomst[];
  verdeling: VerdelingRegel[];
  behoud: { verwacht: Decimal; gevonden: Decimal; klopt: boolean };
  /** Table 7.5's realisation column (2023 only). */
  tabel75?: Tabel75Vergelijking;
  werksoorten: WerksoortUitkomst[];
  kpis: KpiVergelijking[];
  omzet?: { werkmap: string; regels: OmzetRegel[] };
  inbesteding?: InbestedingUitkomst;
  taakstelling: TaakstellingUitkomst[];
}

export interface Consolidatie {
  /** Sorted: errors first. Each names its workbook (werkmap), sheet and cell where it has one. */
  bevindingen: Bevinding[];
  uitkomst?: ConsolidatieUitkomst;
  /** The "Overzicht Ontplooj" sheet; its formulas assume the bijlage sheets are in one workbook. */
  plan?: BladPlan;
  /** Dutch reason the overview is not planned. */
  geweigerd?: string;
}

/** Cedris benchmark 2023 per fte (published, DOMAIN.md §4), as the municipal contribution. */
export const CEDRIS_PER_FTE: Readonly<Partial<Record<number, Readonly<Record<Werksoort, Decimal>>>>> = {
  2023: {
    beschut: dec(6360),
    groepsdetachering: dec(-2363),
    "individuele detachering": dec(-7428),
  },
};

/** The services of a work type: guidance (counts people) and revenue (counts fte). */
export const WERKSOORT_DIENSTEN: Readonly<
  Record<Werksoort, { begeleiding: DienstCode; opbrengst: DienstCode }>
> = {
  beschut: { begeleiding: "BEG_BESCHUT", opbrengst: "OPBR_BESCHUT" },
  groepsdetachering: { begeleiding: "BEG_GROEPSDET", opbrengst: "OPBR_GROEPSDET" },
  "individuele detachering": { begeleiding: "BEG_INDIVDET", opbrengst: "OPBR_INDIVDET" },
};
