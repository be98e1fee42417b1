// The data behind one corpus workbook, drawn from a seeded PRNG so every layout has its own
// numbers and every run the same ones. Deliberately independent of src/core: the services, units
// and 2023 tariffs are restated here (DOMAIN.md §2), so the right answer never comes from the
// code under test.
import { prng } from "../../../../src/voorbeelden/loonbatch";
import { D, type Dec } from "./antwoord";

export type Code =
  | "BEG_BESCHUT"
  | "BEG_GROEPSDET"
  | "BEG_INDIVDET"
  | "OPBR_BESCHUT"
  | "OPBR_GROEPSDET"
  | "OPBR_INDIVDET"
  | "WERKGEVERSTAKEN"
  | "VERLONING";

export type Groep = "begeleiding" | "opbrengsten" | "overig";

export interface CatalogusDienst {
  code: Code;
  /** The label of the template. */
  label: string;
  /** How finance staff type it in their own workbooks (issue 9). */
  getypt: string;
  eenheid: string;
  tarief2023: number;
  groep: Groep;
  /** For a revenue line: the guidance line of the same work type (fte ≤ its nominal count). */
  nominaalVan?: Code;
}

export const CATALOGUS: readonly CatalogusDienst[] = [
  {
    code: "BEG_BESCHUT",
    label: "Uitvoeren begeleiding beschut werk",
    getypt: "Begeleiding BW",
    eenheid: "nominaal aantal medewerkers",
    tarief2023: 7150,
    groep: "begeleiding",
  },
  {
    code: "BEG_GROEPSDET",
    label: "Uitvoeren begeleiding groepsdetacheringen",
    getypt: "Begeleiding GD",
    eenheid: "nominaal aantal medewerkers",
    tarief2023: 4121,
    groep: "begeleiding",
  },
  {
    code: "BEG_INDIVDET",
    label: "Uitvoeren begeleiding individuele detacheringen",
    getypt: "Begeleiding ID",
    eenheid: "nominaal aantal medewerkers",
    tarief2023: 5420,
    groep: "begeleiding",
  },
  {
    code: "OPBR_BESCHUT",
    label: "Opbrengst beschut werk",
    getypt: "Opbrengst BW",
    eenheid: "aantal fte",
    tarief2023: -4110,
    groep: "opbrengsten",
    nominaalVan: "BEG_BESCHUT",
  },
  {
    code: "OPBR_GROEPSDET",
    label: "Opbrengst groepsdetacheringen",
    getypt: "Opbrengst GD",
    eenheid: "aantal fte",
    tarief2023: -8530,
    groep: "opbrengsten",
    nominaalVan: "BEG_GROEPSDET",
  },
  {
    code: "OPBR_INDIVDET",
    label: "Opbrengst individuele detacheringen",
    getypt: "Opbrengst ID",
    eenheid: "aantal fte",
    tarief2023: -13727,
    groep: "opbrengsten",
    nominaalVan: "BEG_INDIVDET",
  },
  {
    code: "WERKGEVERSTAKEN",
    label: "Uitvoeren werkgeverstaken",
    getypt: "Werkgeverstaken (incl. terugvalfaciliteit)",
    eenheid: "nominaal aantal medewerkers",
    tarief2023: 1271,
    groep: "overig",
  },
  {
    code: "VERLONING",
    label: "Uitvoeren verloning",
    getypt: "Salarisadministratie",
    eenheid: "nominaal aantal medewerkers",
    tarief2023: 321,
    groep: "overig",
  },
];

export type Gemeente = "Almelo" | "Wierden" | "Twenterand" | "Dinkelland" | "Tubbergen";

/** Dinkelland and Tubbergen buy sheltered work and payroll only (through SPN). */
const VIA_SPN: readonly Code[] = ["BEG_BESCHUT", "OPBR_BESCHUT", "VERLONING"];
const SCHAAL: Record<Gemeente, number> = {
  Almelo: 10,
  Twenterand: 2.2,
  Wierden: 1,
  Dinkelland: 0.8,
  Tubbergen: 0.6,
};
/** Typical headcount of a municipality of scale 1 (Wierden). */
const BASIS: Record<Code, number> = {
  BEG_BESCHUT: 20,
  BEG_GROEPSDET: 14,
  BEG_INDIVDET: 9,
  OPBR_BESCHUT: 0,
  OPBR_GROEPSDET: 0,
  OPBR_INDIVDET: 0,
  WERKGEVERSTAKEN: 55,
  VERLONING: 65,
};

export interface Regel {
  dienst: CatalogusDienst;
  /** Budget tariff of the settled year, whole euros. */
  tarief: Dec;
  /** Budget tariff of the year after (the block left of it in two-year layouts). */
  tariefVolgendJaar: Dec;
  /** Last year's tariff (the hidden old column). */
  tariefVorigJaar: Dec;
  aantalBegroot: Dec;
  aantalBegrootVolgendJaar: Dec;
  aantalGerealiseerd: Dec;
  /** Realised tariff, at most one decimal (so a Kostprijzen quotient is exact). */
  tariefGerealiseerd: Dec;
  /** Ontplooj-wide realised units (Kostprijzen), at least this municipality's. */
  eenhedenOntplooj: Dec;
}

export interface Voorschot {
  periode: string;
  datum: Date;
  bedrag: Dec;
}

export interface Gegevens {
  gemeente: Gemeente;
  jaar: number;
  /** Fraction: 0.02 is 2 %. Almelo pays none. */
  risicoOpslag: Dec;
  dvoKenmerk: string;
  regels: Regel[];
  voorschotten: Voorschot[];
}

export const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** Splits a total in cents over n parts that add up exactly (largest remainder; equal weights). */
export function splits(totaal: Dec, n: number): Dec[] {
  const centen = totaal.times(100);
  const basis = centen.div(n).toDecimalPlaces(0, D.ROUND_DOWN);
  const rest = centen.minus(basis.times(n)).toNumber();
  const richting = rest < 0 ? -1 : 1;
  return Array.from({ length: n }, (_, i) => basis.plus(i < Math.abs(rest) ? richting : 0).div(100));
}

export interface GegevensOpties {
  gemeente: Gemeente;
  zaad: number;
  /** Advances: the voorcalculatie in 12 terms (default), or a round yearly figure that differs. */
  voorschottenAfwijkend?: boolean;
}

/**
 * Draws the data of one workbook. Counts of people are whole (sometimes .5), fte two decimals
 * and never above the nominal count, realised tariffs within −12 %…+8 % of the budget one.
 */
export function maakGegevens(o: GegevensOpties, voorcalculatie: (g: Gegevens) => Dec): Gegevens {
  const rnd = prng(o.zaad);
  const tussen = (a: number, b: number) => a + (b - a) * rnd();
  const schaal = SCHAAL[o.gemeente];
  const codes =
    o.gemeente === "Dinkelland" || o.gemeente === "Tubbergen" ? VIA_SPN : CATALOGUS.map((c) => c.code);
  const regels: Regel[] = [];
  const nominaal = new Map<Code, { begroot: Dec; gerealiseerd: Dec; volgend: Dec }>();
  for (const dienst of CATALOGUS) {
    if (!codes.includes(dienst.code)) continue;
    const tarief = new D(Math.round(dienst.tarief2023 * tussen(0.98, 1.03)));
    let aantalBegroot: Dec;
    let aantalGerealiseerd: Dec;
    let aantalVolgend: Dec;
    if (dienst.nominaalVan) {
      const n = nominaal.get(dienst.nominaalVan)!;
      aantalBegroot = n.begroot.times(tussen(0.78, 0.95)).toDecimalPlaces(2, D.ROUND_DOWN);
      aantalGerealiseerd = n.gerealiseerd.times(tussen(0.78, 0.95)).toDecimalPlaces(2, D.ROUND_DOWN);
      aantalVolgend = n.volgend.times(tussen(0.78, 0.95)).toDecimalPlaces(2, D.ROUND_DOWN);
    } else {
      const halve = rnd() < 0.2 ? 0.5 : 0;
      aantalBegroot = new D(Math.max(2, Math.round(BASIS[dienst.code] * schaal * tussen(0.8, 1.2))) + halve);
      aantalGerealiseerd = D.max(1, aantalBegroot.plus(Math.round(tussen(-3, 2) * Math.sqrt(schaal))));
      aantalVolgend = D.max(1, aantalBegroot.plus(Math.round(tussen(-2, 3))));
      nominaal.set(dienst.code, {
        begroot: aantalBegroot,
        gerealiseerd: aantalGerealiseerd,
        volgend: aantalVolgend,
      });
    }
    // Employer tasks and payroll are realised in whole euros (1.442, 344): the ambiguous "1,442".
    const heel = dienst.groep === "overig";
    const tariefGerealiseerd = tarief
      .times(tussen(0.88, 1.08))
      .toDecimalPlaces(heel ? 0 : 1, D.ROUND_HALF_UP);
    const factor = tussen(3, 9);
    const eenhedenOntplooj = aantalGerealiseerd
      .times(factor)
      .toDecimalPlaces(dienst.nominaalVan ? 1 : 0, D.ROUND_UP);
    regels.push({
      dienst,
      tarief,
      tariefVolgendJaar: tarief.times(1.06).toDecimalPlaces(0, D.ROUND_HALF_UP),
      tariefVorigJaar: tarief.div(1.091).toDecimalPlaces(0, D.ROUND_HALF_UP),
      aantalBegroot,
      aantalBegrootVolgendJaar: aantalVolgend,
      aantalGerealiseerd,
      tariefGerealiseerd,
      eenhedenOntplooj,
    });
  }
  const g: Gegevens = {
    gemeente: o.gemeente,
    jaar: 2023,
    risicoOpslag: o.gemeente === "Almelo" ? new D(0) : new D([0.02, 0.015, 0.025][Math.floor(rnd() * 3)]),
    dvoKenmerk: `DVO-2021-${o.gemeente.slice(0, 3).toUpperCase()}`,
    regels,
    voorschotten: [],
  };
  const jaarbedrag = o.voorschottenAfwijkend
    ? voorcalculatie(g).div(1000).toDecimalPlaces(0, D.ROUND_HALF_UP).times(1000)
    : voorcalculatie(g);
  g.voorschotten = splits(jaarbedrag, 12).map((bedrag, i) => ({
    periode: `${MAANDEN[i]} ${g.jaar}`,
    datum: new Date(Date.UTC(g.jaar, i, 15)),
    bedrag,
  }));
  return g;
}
