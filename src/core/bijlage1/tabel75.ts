// The Ontplooj-wide check of the five municipalities' nacalculaties against table 7.5 of the
// evaluation report (DOMAIN.md §4): realised contribution per work type and "overige" people.
import type { DienstCode } from "../catalogue";
import { NUL, som, type Decimal } from "../money";
import type { Calculatie } from "../settlement";

/**
 * Table 7.5, realisatie 2023, in thousands of euros, as the municipal contribution (= −OR, so
 * a plus means the municipalities pay). Published; the total carries ±3 of rounding.
 */
export const TABEL_7_5_REALISATIE_2023 = {
  beschut: 1579,
  groepsdetachering: -228,
  individueleDetachering: -438,
  werkgeverstakenOverige: 167,
  verloningOverige: 97,
  totaal: 1177,
} as const;

export type Tabel75Post = keyof typeof TABEL_7_5_REALISATIE_2023;

export interface Tabel75Regel {
  post: Tabel75Post;
  naam: string;
  /** Computed from the nacalculaties, in euros (exact). */
  berekend: Decimal;
  /** The same in thousands of euros, as the table shows it. */
  berekendDuizenden: Decimal;
  /** Published, in thousands of euros. */
  gepubliceerd: number;
  /** berekend / 1000 − gepubliceerd, in thousands. */
  verschilDuizenden: Decimal;
  tolerantie: number;
  klopt: boolean;
}

export interface Tabel75Vergelijking {
  regels: Tabel75Regel[];
  klopt: boolean;
}

/**
 * In thousands. Work types: ±1 in the last digit shown (DOMAIN.md §4). "Overige": ±2, because
 * they multiply derived headcounts (644 − 529, 809 − 529) by published tariffs rounded to whole
 * euros (1,442 and 344), which puts werkgeverstaken at 165.8 against the published 167. Total:
 * ±3 as DOMAIN.md §4 states for the reconstruction.
 */
export const TOLERANTIE: Readonly<Record<Tabel75Post, number>> = {
  beschut: 1,
  groepsdetachering: 1,
  individueleDetachering: 1,
  werkgeverstakenOverige: 2,
  verloningOverige: 2,
  totaal: 3,
};

const NAAM: Record<Tabel75Post, string> = {
  beschut: "Beschut",
  groepsdetachering: "Groepsdetachering",
  individueleDetachering: "Individuele detachering",
  werkgeverstakenOverige: "Werkgeverstaken overige",
  verloningOverige: "Verloning overige",
  totaal: "Totaal",
};

/** What the comparison needs of a nacalculatie: its lines (service code, tariff, units, amount) and subtotal. */
export type Tabel75Invoer = Pick<Calculatie, "regels" | "subtotaal">;

/**
 * Splits Σ nacalculaties (without risk surcharge) the way table 7.5 does: a work type carries its
 * guidance and revenue lines plus werkgeverstaken and verloning at the realised tariff for its
 * nominal headcount; the remaining werkgeverstaken and verloning people are "overige". Works on
 * the engine's Decimals and service codes, never on display strings.
 */
export function vergelijkMetTabel75(nacalculaties: readonly Tabel75Invoer[]): Tabel75Vergelijking {
  const regels = nacalculaties.flatMap((a) => a.regels);
  const van = (code: DienstCode) => regels.filter((r) => r.code === code);
  const bedrag = (code: DienstCode) => som(van(code).map((r) => r.bedrag));
  const aantal = (code: DienstCode) => som(van(code).map((r) => r.aantal));
  const tarief = (code: DienstCode): Decimal => van(code)[0]?.tarief ?? NUL;
  const perPersoon = tarief("WERKGEVERSTAKEN").plus(tarief("VERLONING"));
  const werksoort = (beg: DienstCode, opbr: DienstCode) =>
    bedrag(beg)
      .plus(bedrag(opbr))
      .plus(perPersoon.times(aantal(beg)));
  const inWerksoort = aantal("BEG_BESCHUT").plus(aantal("BEG_GROEPSDET")).plus(aantal("BEG_INDIVDET"));
  const berekend: Record<Tabel75Post, Decimal> = {
    beschut: werksoort("BEG_BESCHUT", "OPBR_BESCHUT"),
    groepsdetachering: werksoort("BEG_GROEPSDET", "OPBR_GROEPSDET"),
    individueleDetachering: werksoort("BEG_INDIVDET", "OPBR_INDIVDET"),
    werkgeverstakenOverige: tarief("WERKGEVERSTAKEN").times(aantal("WERKGEVERSTAKEN").minus(inWerksoort)),
    verloningOverige: tarief("VERLONING").times(aantal("VERLONING").minus(inWerksoort)),
    totaal: som(nacalculaties.map((a) => a.subtotaal)),
  };
  const uit = (Object.keys(TABEL_7_5_REALISATIE_2023) as Tabel75Post[]).map((post) => {
    const gepubliceerd = TABEL_7_5_REALISATIE_2023[post];
    const verschilDuizenden = berekend[post].div(1000).minus(gepubliceerd);
    const tolerantie = TOLERANTIE[post];
    return {
      post,
      naam: NAAM[post],
      berekend: berekend[post],
      berekendDuizenden: berekend[post].div(1000),
      gepubliceerd,
      verschilDuizenden,
      tolerantie,
      klopt: verschilDuizenden.abs().lessThanOrEqualTo(tolerantie),
    };
  });
  return { regels: uit, klopt: uit.every((r) => r.klopt) };
}
