// The service catalogue and the municipalities of the DVO (DOMAIN.md §1, §2, §3.12–14).
import { labelWoorden, normaliseerLabel } from "./labels";

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
    aliassen: ["begeleiding beschut werk", "begeleiding beschut", "begeleiding BW"],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "beschut",
    maatwerk: false,
    tarief2023: 7150,
  },
  {
    code: "BEG_GROEPSDET",
    label: "Uitvoeren begeleiding groepsdetacheringen",
    aliassen: ["begeleiding groepsdetacheringen", "begeleiding groepsdetachering", "begeleiding GD"],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "groepsdetachering",
    maatwerk: false,
    tarief2023: 4121,
  },
  {
    code: "BEG_INDIVDET",
    label: "Uitvoeren begeleiding individuele detacheringen",
    aliassen: [
      "begeleiding individuele detacheringen",
      "begeleiding individuele detachering",
      "begeleiding ID",
    ],
    eenheid: "nominaal",
    soort: "kosten",
    werksoort: "individuele detachering",
    maatwerk: false,
    tarief2023: 5420,
  },
  {
    code: "OPBR_BESCHUT",
    label: "Opbrengst beschut werk",
    aliassen: ["opbrengsten beschut werk", "opbrengst beschut", "opbrengst BW"],
    eenheid: "fte",
    soort: "opbrengst",
    werksoort: "beschut",
    maatwerk: false,
    tarief2023: -4110,
  },
  {
    code: "OPBR_GROEPSDET",
    label: "Opbrengst groepsdetacheringen",
    aliassen: ["opbrengsten groepsdetacheringen", "opbrengst groepsdetachering", "opbrengst GD"],
    eenheid: "fte",
    soort: "opbrengst",
    werksoort: "groepsdetachering",
    maatwerk: false,
    tarief2023: -8530,
  },
  {
    code: "OPBR_INDIVDET",
    label: "Opbrengst individuele detacheringen",
    aliassen: ["opbrengsten individuele detacheringen", "opbrengst individuele detachering", "opbrengst ID"],
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

/** Abbreviations people type for the work types (DOMAIN.md §2): "Begeleiding BW", "Opbrengst GD". */
export const AFKORTINGEN: Readonly<Record<string, string>> = {
  bw: "beschut werk",
  gd: "groepsdetacheringen",
  id: "individuele detacheringen",
};

/** Singular and plural name the same service: every word in one form. */
const EEN_VORM: Readonly<Record<string, string>> = {
  begeleidingen: "begeleiding",
  opbrengsten: "opbrengst",
  detacheringen: "detachering",
  groepsdetacheringen: "groepsdetachering",
  trajecten: "traject",
  werkfittrajecten: "werkfittraject",
  metingen: "meting",
  loonwaardemetingen: "loonwaardemeting",
  werkgeverstaak: "werkgeverstaken",
  dagbestedingen: "dagbesteding",
};

/** Words before a service name that say nothing about which service: "Uitvoeren begeleiding …". */
const VOORVOEGSELS = new Set(["uitvoeren", "uitvoering"]);

/**
 * The form in which service names are compared: a trailing note in brackets dropped
 * ("Werkgeverstaken (incl. terugvalfaciliteit)"), case, accents, spaces and punctuation ignored,
 * BW/GD/ID written out, plural as singular, "Uitvoeren" left off, "beschut werk" as "beschut".
 */
export function dienstSleutel(tekst: string): string {
  let t = tekst;
  for (let vorige = ""; vorige !== t;) {
    vorige = t;
    t = t.replace(/\s*\([^()]*\)\s*$/, "");
  }
  const woorden = labelWoorden(t)
    .flatMap((w) => (AFKORTINGEN[w] ?? w).split(" "))
    .map((w) => EEN_VORM[w] ?? w);
  if (woorden.length > 1 && VOORVOEGSELS.has(woorden[0])) woorden.shift();
  return woorden.join("").replace(/beschutwerk/g, "beschut");
}

/**
 * Every comparable form to the services it may mean. A form that names a work type or a kind
 * only ("Groepsdetachering", "BW", "Opbrengst") may mean begeleiding or opbrengst: it maps to
 * several services and is never matched on its own.
 */
const dienstIndex = new Map<string, Set<DienstCode>>();
function indexeer(sleutel: string, code: DienstCode): void {
  if (sleutel === "") return;
  const codes = dienstIndex.get(sleutel) ?? new Set<DienstCode>();
  codes.add(code);
  dienstIndex.set(sleutel, codes);
}
for (const d of DIENSTEN) {
  for (const s of [d.code, d.label, ...d.aliassen]) indexeer(dienstSleutel(s), d.code);
  if (d.werksoort) {
    indexeer(dienstSleutel(d.werksoort), d.code);
    indexeer(d.soort === "kosten" ? "begeleiding" : "opbrengst", d.code);
  }
}

export type DienstHerkenning =
  | { soort: "gevonden"; dienst: Dienst }
  | { soort: "dubbelzinnig"; kandidaten: readonly Dienst[] }
  | { soort: "onbekend"; voorstel?: Dienst };

/** Levenshtein distance, for suggesting the closest name to a typo. */
function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++) {
      rij[j] = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    vorige = rij;
  }
  return vorige[b.length];
}

/** No service name is longer; longer text is not compared (and costs nothing). */
const MAX_NAAM = 200;

/** Typos are suggested up to this many edits per character of the name (and at least two). */
const MAX_AFSTAND_PER_TEKEN = 0.3;

function voorstel(sleutel: string): Dienst | undefined {
  if (sleutel === "" || sleutel.length > 100) return undefined;
  let beste = Infinity;
  let codes = new Set<DienstCode>();
  for (const [k, ks] of dienstIndex) {
    if (ks.size !== 1) continue;
    const a = afstand(sleutel, k);
    if (a > Math.max(2, Math.floor(k.length * MAX_AFSTAND_PER_TEKEN))) continue;
    if (a < beste) {
      beste = a;
      codes = new Set(ks);
    } else if (a === beste) ks.forEach((c) => codes.add(c));
  }
  // Two services equally close: no suggestion rather than a coin toss.
  return codes.size === 1 ? dienst([...codes][0]) : undefined;
}

/** Recognises a service name: found, ambiguous (with the services it may mean), or unknown (with the closest name). */
export function herkenDienst(tekst: string): DienstHerkenning {
  if (tekst.length > MAX_NAAM) return { soort: "onbekend" };
  const sleutel = dienstSleutel(tekst);
  const codes = dienstIndex.get(sleutel);
  if (codes && codes.size === 1) return { soort: "gevonden", dienst: dienst([...codes][0]) };
  if (codes) return { soort: "dubbelzinnig", kandidaten: [...codes].map(dienst) };
  const v = voorstel(sleutel);
  return v ? { soort: "onbekend", voorstel: v } : { soort: "onbekend" };
}

/** Finds a service by code, Dutch label or accepted spelling; undefined when unknown or ambiguous. */
export function zoekDienst(tekst: string): Dienst | undefined {
  const h = herkenDienst(tekst);
  return h.soort === "gevonden" ? h.dienst : undefined;
}

/** The catalogue name closest to an unknown service name ("Opbrengst groepsdetacheringen"), if any is close. */
export function stelDienstVoor(tekst: string): string | undefined {
  const h = herkenDienst(tekst);
  return h.soort === "onbekend" ? h.voorstel?.label : undefined;
}

/** The shortest accepted spelling: what to suggest typing ("Begeleiding GD"). */
function kortsteNaam(d: Dienst): string {
  const namen = [d.label, ...d.aliassen];
  const kort = namen.reduce((a, b) => (b.length < a.length ? b : a));
  return kort.charAt(0).toUpperCase() + kort.slice(1);
}

/**
 * The message for a service name that is not recognised, at `cel`: with the closest name, or
 * with the services an ambiguous name may mean.
 */
export function dienstOnbekendBericht(tekst: string, cel: string): string {
  const h = herkenDienst(tekst);
  const getoond = tekst.length > 80 ? tekst.slice(0, 80) + "…" : tekst;
  if (h.soort === "dubbelzinnig") {
    const namen = h.kandidaten.map((d) => `'${d.label}'`);
    const kort = h.kandidaten.map((d) => `'${kortsteNaam(d)}'`);
    return `'${getoond}' in ${cel} kan meer dan één dienst zijn: ${namen.slice(0, -1).join(", ")} of ${namen[namen.length - 1]}. Schrijf welke, bijv. ${kort.slice(0, -1).join(", ")} of ${kort[kort.length - 1]}.`;
  }
  const hint =
    h.soort === "onbekend" && h.voorstel
      ? `Bedoelt u '${h.voorstel.label}'?`
      : "Gebruik een naam uit de catalogus (de lijst staat in de handleiding, werkboek.md §1.6), bijv. 'Begeleiding BW'.";
  return `'${getoond}' in ${cel} is geen dienst uit de catalogus. ${hint}`;
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
