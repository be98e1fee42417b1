// DOMAIN.md §4, table 7.5: the operational result of the core tasks, 2022 and 2023.
// The 2023 realisation is rebuilt from the reconstructed per-service data (realised tariffs and
// the 2023 volumes) through `bijdrage`; the differences go through `begrotingsvergelijking`.
// Sign: table 7.5 shows the operational result (negative = a loss the municipalities pay);
// a contribution (bijdrage, + = the municipality pays Ontplooj) is minus that result.
import { dec, som, type Decimal } from "../../src/core/money";
import { begrotingsvergelijking, bijdrage, type Regel } from "../../src/core/settlement";
import { inDuizenden, verwachtBinnen } from "./hulp";

// ---- Raw inputs (DOMAIN.md §4, 'Reconstructed 2023 realisation' and '2023 volumes') ----------
const WERKGEVERSTAKEN_2023 = "1442"; // per nominal employee, published realised tariff
const VERLONING_2023 = "344"; // per nominal employee, published realised tariff
const NOMINAAL_WERKGEVERSTAKEN = 575 + 69; // sw + nb, all people with employer tasks
const NOMINAAL_VERLONING = 714 + 95; // sw + nb, all people on the payroll

const WERKSOORTEN = {
  beschut: { begeleiding: "6396.9", opbrengstPerFte: "-4133", nominaal: 258 + 65, fte: "257.46" },
  groepsdetachering: { begeleiding: "3966.4", opbrengstPerFte: "-8061", nominaal: 124 + 2, fte: "118.20" },
  individueleDetachering: {
    begeleiding: "5210.0",
    opbrengstPerFte: "-14859",
    nominaal: 78 + 2,
    fte: "67.14",
  },
} as const;

type Rij =
  "beschut" | "groepsdetachering" | "individueleDetachering" | "werkgeverstakenOverige" | "verloningOverige";
const RIJEN: readonly Rij[] = [
  "beschut",
  "groepsdetachering",
  "individueleDetachering",
  "werkgeverstakenOverige",
  "verloningOverige",
];

/** The lines a work type is billed with: guidance, employer tasks and payroll per person, revenue per fte. */
function regelsVoorWerksoort(w: (typeof WERKSOORTEN)[keyof typeof WERKSOORTEN]): Regel[] {
  return [
    { tarief: w.begeleiding, aantal: w.nominaal },
    { tarief: WERKGEVERSTAKEN_2023, aantal: w.nominaal },
    { tarief: VERLONING_2023, aantal: w.nominaal },
    { tarief: w.opbrengstPerFte, aantal: w.fte },
  ];
}

/** Contributions 2023 per row of table 7.5, in euros, computed by the core. */
function bijdragen2023(): Record<Rij, Decimal> {
  const inWerksoort = som(Object.values(WERKSOORTEN).map((w) => w.nominaal)); // 529 people
  return {
    beschut: bijdrage(regelsVoorWerksoort(WERKSOORTEN.beschut)).totaal,
    groepsdetachering: bijdrage(regelsVoorWerksoort(WERKSOORTEN.groepsdetachering)).totaal,
    individueleDetachering: bijdrage(regelsVoorWerksoort(WERKSOORTEN.individueleDetachering)).totaal,
    // 'overige': the people with employer tasks or payroll who are not in one of the work types.
    werkgeverstakenOverige: bijdrage([
      { tarief: WERKGEVERSTAKEN_2023, aantal: dec(NOMINAAL_WERKGEVERSTAKEN).minus(inWerksoort) },
    ]).totaal,
    verloningOverige: bijdrage([
      { tarief: VERLONING_2023, aantal: dec(NOMINAAL_VERLONING).minus(inWerksoort) },
    ]).totaal,
  };
}

// ---- Published table 7.5 (thousands of euros, operational result) ---------------------------
const TABEL_7_5: Record<
  "begroting2022" | "begroting2023" | "realisatie2022" | "realisatie2023",
  Record<Rij, number>
> = {
  begroting2022: {
    beschut: -1706,
    groepsdetachering: 301,
    individueleDetachering: 364,
    werkgeverstakenOverige: -117,
    verloningOverige: -125,
  },
  begroting2023: {
    beschut: -1782,
    groepsdetachering: 311,
    individueleDetachering: 359,
    werkgeverstakenOverige: -145,
    verloningOverige: -98,
  },
  realisatie2022: {
    beschut: -1573,
    groepsdetachering: 171,
    individueleDetachering: 390,
    werkgeverstakenOverige: -132,
    verloningOverige: -107,
  },
  realisatie2023: {
    beschut: -1579,
    groepsdetachering: 228,
    individueleDetachering: 438,
    werkgeverstakenOverige: -167,
    verloningOverige: -97,
  },
};
const TOTALEN_7_5 = {
  begroting2022: -1283,
  begroting2023: -1354,
  realisatie2022: -1251,
  realisatie2023: -1177,
};
const VERSCHILLEN_7_5: Record<2022 | 2023, Record<Rij | "totaal", number>> = {
  2022: {
    beschut: 134,
    groepsdetachering: -130,
    individueleDetachering: 27,
    werkgeverstakenOverige: -15,
    verloningOverige: 18,
    totaal: 33,
  },
  2023: {
    beschut: 202,
    groepsdetachering: -83,
    individueleDetachering: 79,
    werkgeverstakenOverige: -22,
    verloningOverige: 1,
    totaal: 178,
  },
};

// The reconstructed contributions as DOMAIN.md §4 states them (thousands, one decimal shown).
const GERECONSTRUEERD_2023: Record<Rij, string> = {
  beschut: "1579.0",
  groepsdetachering: "-228.0",
  individueleDetachering: "-438.0",
  werkgeverstakenOverige: "165.8",
  verloningOverige: "96.3",
};

describe("tabel 7.5, realisatie 2023 uit de gereconstrueerde gegevens per dienst", () => {
  const bijdragen = bijdragen2023();

  test.each(RIJEN)("rij %s: bijdrage gelijk aan de gereconstrueerde waarde (±0,1 duizend)", (rij) => {
    // ±1 in the last digit shown: the reconstructed figures are given to 0.1 thousand.
    verwachtBinnen(inDuizenden(bijdragen[rij]), GERECONSTRUEERD_2023[rij], "0.1", `bijdrage ${rij}`);
  });

  test.each(RIJEN.filter((r) => r !== "werkgeverstakenOverige"))(
    "rij %s: operationeel resultaat = −bijdrage, gelijk aan de gepubliceerde realisatie (±1 duizend)",
    (rij) => {
      verwachtBinnen(
        inDuizenden(bijdragen[rij].negated()),
        TABEL_7_5.realisatie2023[rij],
        1,
        `resultaat ${rij}`,
      );
    },
  );

  test("rij werkgeverstaken overige: 115 × 1.442 = 165,8 tegen gepubliceerd 167 (±1,5 duizend)", () => {
    // 644 − 529 = 115 people × the rounded realised tariff 1,442 gives 165.8 thousand, the
    // published row is -167. The report's own tariff is rounded and its 'overige' costs are not
    // published per person; DOMAIN.md accepts this ('≈ 166') within the ±3 on the total. We allow
    // the 1 of the last digit plus 0.5 for this documented gap, so a real formula change still fails.
    verwachtBinnen(
      inDuizenden(bijdragen.werkgeverstakenOverige.negated()),
      TABEL_7_5.realisatie2023.werkgeverstakenOverige,
      "1.5",
      "resultaat werkgeverstaken overige",
    );
  });

  test("totaal realisatie 2023: −1.175 tegen gepubliceerd −1.177 (±3 duizend)", () => {
    const totaal = som(RIJEN.map((r) => bijdragen[r])).negated();
    // DOMAIN.md §4: the published tariffs are rounded, so the reconstruction's total may differ by 3.
    verwachtBinnen(inDuizenden(totaal), TOTALEN_7_5.realisatie2023, 3, "totaal realisatie 2023");
    verwachtBinnen(inDuizenden(totaal), -1175, 1, "totaal realisatie 2023 (reconstructie)");
  });

  test("realisatie 2023: begroting − verschil via begrotingsvergelijking met de reconstructie", () => {
    const v = begrotingsvergelijking(
      RIJEN.map((naam) => ({
        naam,
        begroting: TABEL_7_5.begroting2023[naam],
        realisatie: inDuizenden(bijdragen[naam].negated()),
      })),
    );
    for (const r of v.rijen) {
      // Published difference is rounded (0.5), the published budget is rounded (0.5), and the
      // reconstruction reproduces the rounded published realisation (0.5 more): ±1.5 per row.
      verwachtBinnen(
        r.verschil,
        VERSCHILLEN_7_5[2023][r.naam],
        "1.5",
        `verschil 2023 ${r.naam} (reconstructie)`,
      );
    }
    // The total carries the reconstruction's ±3 of DOMAIN.md §4.
    verwachtBinnen(
      v.totaal.verschil,
      VERSCHILLEN_7_5[2023].totaal,
      3,
      "verschil 2023 totaal (reconstructie)",
    );
  });
});

describe("tabel 7.5, totalen zijn de som van de rijen", () => {
  test.each(Object.keys(TOTALEN_7_5) as (keyof typeof TOTALEN_7_5)[])("kolom %s", (kolom) => {
    const v = begrotingsvergelijking(
      RIJEN.map((naam) => ({ naam, begroting: TABEL_7_5[kolom][naam], realisatie: TABEL_7_5[kolom][naam] })),
    );
    // Every published row is rounded to a thousand; the published total is too, so ±1.
    verwachtBinnen(v.totaal.begroting, TOTALEN_7_5[kolom], 1, `totaal ${kolom}`);
  });
});

describe.each([2022, 2023] as const)("tabel 7.5, verschillen %i (realisatie − begroting)", (jaar) => {
  const v = begrotingsvergelijking(
    RIJEN.map((naam) => ({
      naam,
      begroting: TABEL_7_5[`begroting${jaar}`][naam],
      realisatie: TABEL_7_5[`realisatie${jaar}`][naam],
    })),
  );

  test.each(RIJEN)("rij %s (±1 duizend)", (rij) => {
    const r = v.rijen.find((x) => x.naam === rij);
    expect(r).toBeDefined();
    verwachtBinnen(r!.verschil, VERSCHILLEN_7_5[jaar][rij], 1, `verschil ${jaar} ${rij}`);
  });

  test("totaal (±1 duizend) en gelijk aan de som van de rijverschillen", () => {
    verwachtBinnen(v.totaal.verschil, VERSCHILLEN_7_5[jaar].totaal, 1, `verschil ${jaar} totaal`);
    expect(v.totaal.verschil.equals(som(v.rijen.map((r) => r.verschil)))).toBe(true);
  });

  test("relatief verschil = verschil / |begroting|; minder verlies dan begroot is positief", () => {
    const beschut = v.rijen.find((x) => x.naam === "beschut")!;
    expect(beschut.relatief!.equals(beschut.verschil.div(beschut.begroting.abs()))).toBe(true);
    expect(beschut.relatief!.isPositive()).toBe(true); // a smaller loss than budgeted is an improvement
  });
});
