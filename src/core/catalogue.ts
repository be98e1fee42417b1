// The service catalogue and the municipalities of the DVO (DOMAIN.md §1, §2, §3.12–14).
import { normaliseerLabel } from "./labels";

export type DienstCode =
  | "BEG_BESCHUT"
  | "BEG_GROEPSDET"
  | "BEG_INDIVDET"
  | "OPBR_BESCHUT"
  | "OPBR_GROEPSDET"
  | "OPBR_INDIVDET"
  | "WERKGEVERSTAKEN"
  | "VERLONING"
  | "WERKFIT"
  | "LOONWAARDE"
  | "DAGBESTEDING";

export type Werksoort = "beschut" | "groepsdetachering" | "individuele detachering";

export type EenheidCode = "nominaal" | "fte" | "trajecten" | "loonwaardemetingen" | "dagdelen";

/** Cost services have a positive tariff (the municipality pays); revenue services a negative one. */
export type DienstSoort = "kosten" | "opbrengst";

export type GemeenteNaam = "Almelo" | "Wierden" | "Twenterand" | "Dinkelland" | "Tubbergen";

export interface Dienst {
  code: DienstCode;
  label: string;
  /** Other spellings users write in a bijlage 1; matched case-, space- and accent-insensitively. */
  aliassen: readonly string[];
  eenheid: EenheidCode;
  soort: DienstSoort;
  werksoort?: Werksoort;
  /** Maatwerk is bought under separate agreements, outside the DVO's standard services. */
  maatwerk: boolean;
  /** Published 2023 budget tariff in whole euros (DOMAIN.md §2). */
  tarief2023: number;
  /** Published 2023 Cedris benchmark per unit, where the report gives one for the unit itself. */
  benchmark2023?: number;
}

export interface Eenheid {
  code: EenheidCode;
  label: string;
  aliassen: readonly string[];
  /** Whether a count of this unit must be a whole number (people may be averaged, so no). */
  geheel: boolean;
}

export const EENHEDEN: Readonly<Record<EenheidCode, Eenheid>> = {
  nominaal: {
    code: "nominaal",
    label: "nominaal aantal medewerkers",
    aliassen: ["nominaal", "medewerkers", "aantal medewerkers", "nominale medewerkers", "personen"],
    geheel: false,
  },
  fte: { code: "fte", label: "aantal fte", aliassen: ["fte", "fte's", "ftes"], geheel: false },
  trajecten: {
    code: "trajecten",
    label: "aantal trajecten",
    aliassen: ["trajecten", "traject"],
    geheel: true,
  },
  loonwaardemetingen: {
    code: "loonwaardemetingen",
    label: "aantal loonwaardemetingen",
    aliassen: ["loonwaardemetingen", "loonwaardemeting", "metingen"],
    geheel: true,
  },
  dagdelen: { code: "dagdelen", label: "aantal dagdelen", aliassen: ["dagdelen", "dagdeel"], geheel: true },
};

export const DIENSTEN: readonly Dienst[] = [
  {
    code: "BEG_BESCHUT",
    label: "Uitvoeren begeleiding beschut werk",
    aliassen: ["begeleiding beschut werk", "begeleiding beschut"],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "beschut",
    maatwerk: false,
    tarief2023: 7150,
  },
  {
    code: "BEG_GROEPSDET",
    label: "Uitvoeren begeleiding groepsdetacheringen",
    aliassen: ["begeleiding groepsdetacheringen", "begeleiding groepsdetachering"],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "groepsdetachering",
    maatwerk: false,
    tarief2023: 4121,
  },
  {
    code: "BEG_INDIVDET",
    label: "Uitvoeren begeleiding individuele detacheringen",
    aliassen: ["begeleiding individuele detacheringen", "begeleiding individuele detachering"],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "individuele detachering",
    maatwerk: false,
    tarief2023: 5420,
  },
  {
    code: "OPBR_BESCHUT",
    label: "Opbrengst beschut werk",
    aliassen: ["opbrengsten beschut werk", "opbrengst beschut"],
    eenheid: "fte",
    soort: "opbrengst",
    werksoort: "beschut",
    maatwerk: false,
    tarief2023: -4110,
  },
  {
    code: "OPBR_GROEPSDET",
    label: "Opbrengst groepsdetacheringen",
    aliassen: ["opbrengsten groepsdetacheringen", "opbrengst groepsdetachering"],
    eenheid: "fte",
    soort: "opbrengst",
    werksoort: "groepsdetachering",
    maatwerk: false,
    tarief2023: -8530,
  },
  {
    code: "OPBR_INDIVDET",
    label: "Opbrengst individuele detacheringen",
    aliassen: ["opbrengsten individuele detacheringen", "opbrengst individuele detachering"],
    eenheid: "fte",
    soort: "opbrengst",
    werksoort: "individuele detachering",
    maatwerk: false,
    tarief2023: -13727,
  },
  {
    code: "WERKGEVERSTAKEN",
    label: "Uitvoeren werkgeverstaken",
    aliassen: ["werkgeverstaken"],
    eenheid: "nominaal",
    soort: "kosten",
    maatwerk: false,
    tarief2023: 1271,
  },
  {
    code: "VERLONING",
    label: "Uitvoeren verloning",
    aliassen: ["verloning", "salarisadministratie"],
    eenheid: "nominaal",
    soort: "kosten",
    maatwerk: false,
    tarief2023: 321,
  },
  {
    code: "WERKFIT",
    label: "Uitvoeren werkfittrajecten",
    aliassen: ["werkfittrajecten", "werkfit", "werkfittraject"],
    eenheid: "trajecten",
    soort: "kosten",
    maatwerk: true,
    tarief2023: 2223,
    benchmark2023: 5000,
  },
  {
    code: "LOONWAARDE",
    label: "Uitvoeren loonwaardemetingen",
    aliassen: ["loonwaardemetingen", "loonwaardemeting"],
    eenheid: "loonwaardemetingen",
    soort: "kosten",
    maatwerk: true,
    tarief2023: 700,
    benchmark2023: 900,
  },
  {
    code: "DAGBESTEDING",
    label: "Uitvoeren arbeidsmatige dagbesteding",
    aliassen: ["arbeidsmatige dagbesteding", "dagbesteding"],
    eenheid: "dagdelen",
    soort: "kosten",
    maatwerk: true,
    tarief2023: 47,
  },
];

export interface Gemeente {
  naam: GemeenteNaam;
  /** Every municipality but Almelo pays a risk surcharge on the services it buys. */
  risicoOpslag: boolean;
  /** Dinkelland and Tubbergen buy through SPN, which keeps secondments and employer tasks. */
  viaSpn: boolean;
  /** The DVO services this municipality buys (maatwerk is agreed separately). */
  diensten: readonly DienstCode[];
  /** Published kader (staff secondment) share in percent, DOMAIN.md §3.12; absent: none. */
  kaderPercentage?: number;
  /** Published state quota of sheltered places 2023, DOMAIN.md §3.14. */
  taakstellingBeschut2023: number;
}

const VOLLEDIG: readonly DienstCode[] = [
  "BEG_BESCHUT",
  "BEG_GROEPSDET",
  "BEG_INDIVDET",
  "OPBR_BESCHUT",
  "OPBR_GROEPSDET",
  "OPBR_INDIVDET",
  "WERKGEVERSTAKEN",
  "VERLONING",
];
const VIA_SPN: readonly DienstCode[] = ["BEG_BESCHUT", "OPBR_BESCHUT", "VERLONING"];

export const GEMEENTEN: readonly Gemeente[] = [
  {
    naam: "Almelo",
    risicoOpslag: false,
    viaSpn: false,
    diensten: VOLLEDIG,
    kaderPercentage: 57.1,
    taakstellingBeschut2023: 90,
  },
  {
    naam: "Wierden",
    risicoOpslag: true,
    viaSpn: false,
    diensten: VOLLEDIG,
    kaderPercentage: 11.5,
    taakstellingBeschut2023: 5,
  },
  {
    naam: "Twenterand",
    risicoOpslag: true,
    viaSpn: false,
    diensten: VOLLEDIG,
    kaderPercentage: 20.7,
    taakstellingBeschut2023: 19,
  },
  { naam: "Dinkelland", risicoOpslag: true, viaSpn: true, diensten: VIA_SPN, taakstellingBeschut2023: 7 },
  {
    naam: "Tubbergen",
    risicoOpslag: true,
    viaSpn: true,
    diensten: VIA_SPN,
    kaderPercentage: 10.8,
    taakstellingBeschut2023: 4,
  },
];

export function dienst(code: DienstCode): Dienst {
  const d = DIENSTEN.find((x) => x.code === code);
  if (!d) throw new Error(`onbekende dienstcode ${code}`);
  return d;
}

export function gemeente(naam: GemeenteNaam): Gemeente {
  const g = GEMEENTEN.find((x) => x.naam === naam);
  if (!g) throw new Error(`onbekende gemeente ${naam}`);
  return g;
}

const dienstIndex = new Map<string, DienstCode>();
for (const d of DIENSTEN) {
  for (const s of [d.code, d.label, ...d.aliassen]) dienstIndex.set(normaliseerLabel(s), d.code);
}

/** Finds a service by code, Dutch label or accepted spelling; undefined when unknown. */
export function zoekDienst(tekst: string): Dienst | undefined {
  const code = dienstIndex.get(normaliseerLabel(tekst));
  return code ? dienst(code) : undefined;
}

export function zoekGemeente(tekst: string): Gemeente | undefined {
  const n = normaliseerLabel(tekst.replace(/^gemeente\s+/i, ""));
  return GEMEENTEN.find((g) => normaliseerLabel(g.naam) === n);
}

export function zoekEenheid(tekst: string): Eenheid | undefined {
  const n = normaliseerLabel(tekst);
  return Object.values(EENHEDEN).find(
    (e) =>
      normaliseerLabel(e.code) === n ||
      normaliseerLabel(e.label) === n ||
      e.aliassen.some((a) => normaliseerLabel(a) === n),
  );
}

export function koopt(g: Gemeente, code: DienstCode): boolean {
  return g.diensten.includes(code);
}
