// DOMAIN.md §4, tables 7.6 (operational result in total, per person, per fte, and in 2023
// prices) and 7.7 (per fte per work type), computed by operationeelResultaat and indexeer.
import { dec, type Decimal } from "../../src/core/money";
import { LOONSTIJGING_AMBTENAREN, indexeer, operationeelResultaat } from "../../src/core/settlement";
import { inDuizenden, verwachtBinnen } from "./hulp";

type Jaar = 2021 | 2022 | 2023 | 2024;
const JAREN: readonly Jaar[] = [2021, 2022, 2023, 2024];

// ---- Published table 7.6 -------------------------------------------------------------------
const TABEL_7_6: Record<
  Jaar,
  {
    /** Exact operational result in euros. */
    resultaat: number;
    nominaal: number;
    fte: number;
    perPersoon: number;
    perFte: number;
    /** Thousands of euros. */
    opbrengsten: number;
    kosten: number;
    /** In prices of 2023: OR in thousands, per fte in euros. */
    resultaat2023Prijzen: number;
    perFte2023Prijzen: number;
  }
> = {
  2021: {
    resultaat: -1389837,
    nominaal: 575,
    fte: 482,
    perPersoon: -2417,
    perFte: -2883,
    opbrengsten: 3110,
    kosten: 4500,
    resultaat2023Prijzen: -1569,
    perFte2023Prijzen: -3256,
  },
  2022: {
    resultaat: -1011517,
    nominaal: 555,
    fte: 466,
    perPersoon: -1823,
    perFte: -2171,
    opbrengsten: 2862,
    kosten: 3874,
    resultaat2023Prijzen: -1104,
    perFte2023Prijzen: -2368,
  },
  2023: {
    resultaat: -912846,
    nominaal: 528,
    fte: 443,
    perPersoon: -1729,
    perFte: -2060,
    opbrengsten: 3017,
    kosten: 3930,
    resultaat2023Prijzen: -913,
    perFte2023Prijzen: -2060,
  },
  2024: {
    resultaat: -1578051,
    nominaal: 519,
    fte: 426,
    perPersoon: -3041,
    perFte: -3703,
    opbrengsten: 3191,
    kosten: 4769,
    resultaat2023Prijzen: -1489,
    perFte2023Prijzen: -3493,
  },
};

/**
 * Tolerance for a figure divided by a published headcount. The report divides by unrounded
 * headcounts and publishes them as whole numbers, so the true divisor lies in [n − 0.5, n + 0.5];
 * |R/n − R/(n ± 0.5)| ≤ |R| × 0.5 / (n × (n − 0.5)). Plus the ±1 of the last digit shown.
 * (2024: −1,578,051 / 426 = −3,704.3 against the published −3,703, within 4.3 + 1.)
 */
function toleratieNaDeling(resultaat: Decimal, n: number): Decimal {
  return resultaat
    .abs()
    .times("0.5")
    .div(dec(n).times(dec(n).minus("0.5")))
    .plus(1);
}

describe("tabel 7.6, operationeel resultaat", () => {
  test.each(JAREN)(
    "%i: bedrijfsopbrengsten − bedrijfskosten = gepubliceerd resultaat (±1 duizend)",
    (jaar) => {
      const t = TABEL_7_6[jaar];
      const or = operationeelResultaat({ opbrengsten: t.opbrengsten, kosten: t.kosten });
      verwachtBinnen(or.resultaat, inDuizenden(t.resultaat), 1, `resultaat ${jaar}`);
      // A loss is compensated: the municipal contribution is −OR, positive.
      expect(or.bijdrage.equals(or.resultaat.negated())).toBe(true);
      expect(or.bijdrage.isPositive()).toBe(true);
    },
  );

  test.each(JAREN)("%i: resultaat per persoon uit het exacte resultaat en nominaal", (jaar) => {
    const t = TABEL_7_6[jaar];
    const or = operationeelResultaat({ opbrengsten: 0, kosten: -t.resultaat, nominaal: t.nominaal });
    expect(or.resultaat.equals(t.resultaat)).toBe(true);
    verwachtBinnen(
      or.perPersoon!,
      t.perPersoon,
      toleratieNaDeling(or.resultaat, t.nominaal),
      `per persoon ${jaar}`,
    );
  });

  test.each(JAREN)("%i: resultaat per fte uit het exacte resultaat en fte", (jaar) => {
    const t = TABEL_7_6[jaar];
    const or = operationeelResultaat({ opbrengsten: 0, kosten: -t.resultaat, fte: t.fte });
    verwachtBinnen(or.perFte!, t.perFte, toleratieNaDeling(or.resultaat, t.fte), `per fte ${jaar}`);
  });

  test("2023: integraal tarief 2.060 per fte is −resultaat per fte (±1)", () => {
    const t = TABEL_7_6[2023];
    const or = operationeelResultaat({ opbrengsten: 0, kosten: -t.resultaat, fte: t.fte });
    verwachtBinnen(or.perFte!.negated(), 2060, 1, "integraal gerealiseerd tarief 2023");
  });
});

describe("tabel 7.6, in prijzen van 2023 met de loonstijging ambtenaren", () => {
  test("de reeks is de gepubliceerde: 2022 +3,5 %, 2023 +9,1 %, 2024 +6 %", () => {
    expect(LOONSTIJGING_AMBTENAREN.get(2022)!.toString()).toBe("0.035");
    expect(LOONSTIJGING_AMBTENAREN.get(2023)!.toString()).toBe("0.091");
    expect(LOONSTIJGING_AMBTENAREN.get(2024)!.toString()).toBe("0.06");
  });

  test.each(JAREN)("%i: resultaat in prijzen 2023 (±1 duizend)", (jaar) => {
    const t = TABEL_7_6[jaar];
    const geindexeerd = indexeer(t.resultaat, jaar, 2023);
    verwachtBinnen(inDuizenden(geindexeerd), t.resultaat2023Prijzen, 1, `resultaat ${jaar} in prijzen 2023`);
  });

  test.each(JAREN)("%i: resultaat per fte in prijzen 2023", (jaar) => {
    const t = TABEL_7_6[jaar];
    const or = operationeelResultaat({ opbrengsten: 0, kosten: -t.resultaat, fte: t.fte });
    const geindexeerd = indexeer(or.perFte!, jaar, 2023);
    // The per-fte tolerance of the divided figure, carried through the same index factor.
    const factor = indexeer(1, jaar, 2023);
    const tol = toleratieNaDeling(or.resultaat, t.fte).minus(1).times(factor).plus(1);
    verwachtBinnen(geindexeerd, t.perFte2023Prijzen, tol, `per fte ${jaar} in prijzen 2023`);
  });
});

// ---- Published table 7.7: per fte per work type, opbrengsten / kosten / OR ------------------
const TABEL_7_7: Record<string, Record<Jaar, [number, number, number]>> = {
  beschut: {
    2021: [3608, 10383, -6775],
    2022: [4057, 9947, -5890],
    2023: [4133, 10266, -6133],
    2024: [4446, 12915, -8469],
  },
  groepsdetachering: {
    2021: [7205, 7647, -442],
    2022: [7172, 5906, 1266],
    2023: [8061, 6132, 1929],
    2024: [9401, 7830, 1571],
  },
  "individuele detachering": {
    2021: [17770, 8585, 9185],
    2022: [12672, 6575, 6097],
    2023: [14859, 8336, 6524],
    2024: [16341, 9614, 6727],
  },
};

describe("tabel 7.7, resultaat per fte per werksoort", () => {
  const gevallen = Object.entries(TABEL_7_7).flatMap(([werksoort, jaren]) =>
    JAREN.map((jaar) => ({ werksoort, jaar, cijfers: jaren[jaar] })),
  );
  test.each(gevallen)(
    "$werksoort $jaar: opbrengsten − kosten per fte (±1)",
    ({ werksoort, jaar, cijfers }) => {
      const [opbrengsten, kosten, gepubliceerd] = cijfers;
      const or = operationeelResultaat({ opbrengsten, kosten });
      verwachtBinnen(or.resultaat, gepubliceerd, 1, `resultaat per fte ${werksoort} ${jaar}`);
    },
  );

  test("2023: het gerealiseerde tarief per fte is −resultaat per fte (6.133 / −1.929 / −6.524, ±1)", () => {
    const gepubliceerdTarief = { beschut: 6133, groepsdetachering: -1929, "individuele detachering": -6524 };
    for (const [werksoort, tarief] of Object.entries(gepubliceerdTarief)) {
      const [opbrengsten, kosten] = TABEL_7_7[werksoort][2023];
      verwachtBinnen(
        operationeelResultaat({ opbrengsten, kosten }).bijdrage,
        tarief,
        1,
        `tarief ${werksoort}`,
      );
    }
  });
});
