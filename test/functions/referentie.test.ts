// DOMAIN.md §4 reference figures computed through the custom functions, the way a controller
// would type them into cells: the same numbers as the core's own reference tests.
import { excelFout, weggelaten } from "./customfunctions-dubbel";
import {
  indexeer,
  kpi,
  opresult,
  solvabiliteit,
  tarief,
  tarieffte,
  verschil,
  voorcalc,
} from "../../src/functions/functions";

const kolom = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

/** |gevonden − gepubliceerd| ≤ tolerantie, with the figure's name in the failure. */
function binnen(gevonden: number, gepubliceerd: number, tolerantie: number, wat: string): void {
  const afwijking = Math.abs(gevonden - gepubliceerd);
  if (!(afwijking <= tolerantie)) {
    throw new Error(
      `${wat}: gevonden ${gevonden}, gepubliceerd ${gepubliceerd}, afwijking ${afwijking} > ${tolerantie}`,
    );
  }
}

// Table 7.6 (published): bedrijfsopbrengsten and -kosten in thousands, exact OR in euros, fte, nominaal.
const TABEL_7_6 = [
  {
    jaar: 2021,
    opbrengsten: 3110,
    kosten: 4500,
    or: -1389837,
    fte: 482,
    nominaal: 575,
    perFte: -2883,
    perPersoon: -2417,
    or2023: -1569,
    perFte2023: -3256,
  },
  {
    jaar: 2022,
    opbrengsten: 2862,
    kosten: 3874,
    or: -1011517,
    fte: 466,
    nominaal: 555,
    perFte: -2171,
    perPersoon: -1823,
    or2023: -1104,
    perFte2023: -2368,
  },
  {
    jaar: 2023,
    opbrengsten: 3017,
    kosten: 3930,
    or: -912846,
    fte: 443,
    nominaal: 528,
    perFte: -2060,
    perPersoon: -1729,
    or2023: -913,
    perFte2023: -2060,
  },
  {
    jaar: 2024,
    opbrengsten: 3191,
    kosten: 4769,
    or: -1578051,
    fte: 426,
    nominaal: 519,
    perFte: -3703,
    perPersoon: -3041,
    or2023: -1489,
    perFte2023: -3493,
  },
] as const;

describe("tabel 7.6 via OPRESULT en INDEXEER", () => {
  test.each(TABEL_7_6)("$jaar: operationeel resultaat uit opbrengsten en kosten (duizenden)", (r) => {
    const or = opresult([[r.opbrengsten * 1000]], [[r.kosten * 1000]], null);
    // Inputs rounded to thousands: ±1 (thousand) on the result.
    binnen(or / 1000, r.or / 1000, 1, `OR ${r.jaar}`);
  });

  /** fte and nominaal are published as whole numbers (±0.5): |OR| × 0.5 / n² on the quotient, plus ±1. */
  const naDeling = (or: number, n: number) => (Math.abs(or) * 0.5) / (n * n) + 1;

  test.each(TABEL_7_6)("$jaar: per fte en per persoon, uit het exacte resultaat", (r) => {
    // OR = opbrengsten − kosten; typing the exact OR as 'opbrengsten' with no costs gives it exactly.
    binnen(opresult([[r.or]], [[0]], r.fte), r.perFte, naDeling(r.or, r.fte), `OR per fte ${r.jaar}`);
    binnen(
      opresult([[r.or]], [[0]], r.nominaal),
      r.perPersoon,
      naDeling(r.or, r.nominaal),
      `OR per persoon ${r.jaar}`,
    );
  });

  test("2023 per fte uit de afgeronde gepubliceerde opbrengsten en kosten: −2.060 (het voorbeeld in de docs)", () => {
    binnen(opresult([[3017000]], [[3930000]], 443), -2060, 1, "OR per fte 2023");
  });

  test.each(TABEL_7_6)("$jaar in prijzen 2023 (gepubliceerde loonreeks)", (r) => {
    binnen(indexeer(r.or, r.jaar, 2023, weggelaten) / 1000, r.or2023, 1, `OR ${r.jaar} in prijzen 2023`);
    const perFte = opresult([[r.or]], [[0]], r.fte);
    const factor = indexeer(1000000, r.jaar, 2023, weggelaten) / 1000000;
    const tolerantie = (naDeling(r.or, r.fte) - 1) * factor + 1;
    binnen(
      indexeer(perFte, r.jaar, 2023, weggelaten),
      r.perFte2023,
      tolerantie,
      `OR per fte ${r.jaar} in prijzen 2023`,
    );
  });

  test("de gepubliceerde reeks als bereik ingetypt geeft hetzelfde als de standaard", () => {
    const reeks = [
      [2022, "3,5%"],
      [2023, "9,1%"],
      [2024, "6%"],
    ];
    for (const r of TABEL_7_6) {
      expect(indexeer(r.or, r.jaar, 2023, reeks)).toBe(indexeer(r.or, r.jaar, 2023, weggelaten));
    }
  });
});

describe("formule 7 via TARIEFFTE", () => {
  // Budget 2023 (DOMAIN.md §2 tariffs) with the published nominaal/fte ratios. The ratio has three
  // decimals, so ±0.0005 × Σ per-person tariffs plus ±1 for the last digit shown.
  test.each([
    { werksoort: "beschut", begeleiding: 7150, opbrengst: -4110, ratio: 1.254, gepubliceerd: 6854 },
    {
      werksoort: "groepsdetachering",
      begeleiding: 4121,
      opbrengst: -8530,
      ratio: 1.064,
      gepubliceerd: -2451,
    },
    {
      werksoort: "individuele detachering",
      begeleiding: 5420,
      opbrengst: -13727,
      ratio: 1.176,
      gepubliceerd: -5480,
    },
  ])("begroot 2023 $werksoort: $gepubliceerd per fte", (g) => {
    const perFte = tarieffte(g.begeleiding, 1271, 321, g.opbrengst, g.ratio, 1);
    const tolerantie = (g.begeleiding + 1271 + 321) * 0.0005 + 1;
    binnen(perFte, g.gepubliceerd, tolerantie, `begroot tarief per fte ${g.werksoort}`);
  });

  // Realised 2023 from the reconstructed per-service data and the 2023 volumes (nominaal, fte).
  test.each([
    {
      werksoort: "beschut",
      begeleiding: "6.396,9",
      opbrengst: -4133,
      nominaal: 323,
      fte: "257,46",
      gepubliceerd: 6133,
    },
    {
      werksoort: "groepsdetachering",
      begeleiding: "3.966,4",
      opbrengst: -8061,
      nominaal: 126,
      fte: "118,20",
      gepubliceerd: -1929,
    },
    {
      werksoort: "individuele detachering",
      begeleiding: "5.210,0",
      opbrengst: -14859,
      nominaal: 80,
      fte: "67,14",
      gepubliceerd: -6524,
    },
  ])("gerealiseerd 2023 $werksoort: $gepubliceerd per fte", (g) => {
    // Reconstructed inputs are rounded: guidance tariff to 0.1 (±0.05 per person), fte to 0.01
    // (±0.005): 0.05 × nominaal/fte + Σ tariffs × nominaal × 0.005 / fte², plus ±1 (as the core's test).
    const fte = Number(g.fte.replace(",", "."));
    const perPersoon = Number(g.begeleiding.replace(".", "").replace(",", ".")) + 1442 + 344;
    const tolerantie = (0.05 * g.nominaal) / fte + (perPersoon * g.nominaal * 0.005) / (fte * fte) + 1;
    binnen(
      tarieffte(g.begeleiding, 1442, 344, g.opbrengst, g.nominaal, g.fte),
      g.gepubliceerd,
      tolerantie,
      g.werksoort,
    );
  });
});

describe("tabel 7.5 realisatie 2023 via VOORCALC", () => {
  // Lines per work type: guidance, employer tasks and payroll per person, revenue per fte.
  const werksoorten = [
    { naam: "beschut", begeleiding: 6396.9, opbrengst: -4133, nominaal: 323, fte: 257.46, or: -1579 },
    { naam: "groepsdetachering", begeleiding: 3966.4, opbrengst: -8061, nominaal: 126, fte: 118.2, or: 228 },
    {
      naam: "individuele detachering",
      begeleiding: 5210.0,
      opbrengst: -14859,
      nominaal: 80,
      fte: 67.14,
      or: 438,
    },
  ];

  test.each(werksoorten)("$naam: bijdrage = −OR $or (duizenden)", (w) => {
    const bijdrage = voorcalc(
      kolom(w.begeleiding, 1442, 344, w.opbrengst),
      kolom(w.nominaal, w.nominaal, w.nominaal, w.fte),
      null,
    );
    binnen(bijdrage / 1000, -w.or, 1, w.naam);
  });

  test("de hele catalogus in één keer: Σ = 1.177 (gepubliceerd −1.177 OR, ±3 voor afgeronde tarieven)", () => {
    const tarieven = kolom(6396.9, 3966.4, 5210.0, -4133, -8061, -14859, 1442, 344);
    const aantallen = kolom(323, 126, 80, 257.46, 118.2, 67.14, 644, 809);
    binnen(voorcalc(tarieven, aantallen, null) / 1000, 1177, 3, "totaal tabel 7.5 realisatie 2023");
  });
});

describe("tabel 7.5 verschillen via VERSCHIL", () => {
  // Operational result per row (thousands): begroting and realisatie, published differences.
  const rijen2022 = [
    { rij: "beschut", begroting: -1706, realisatie: -1573, verschil: 134 },
    { rij: "groepsdetachering", begroting: 301, realisatie: 171, verschil: -130 },
    { rij: "individuele detachering", begroting: 364, realisatie: 390, verschil: 27 },
    { rij: "werkgeverstaken overige", begroting: -117, realisatie: -132, verschil: -15 },
    { rij: "verloning overige", begroting: -125, realisatie: -107, verschil: 18 },
  ];
  const rijen2023 = [
    { rij: "beschut", begroting: -1782, realisatie: -1579, verschil: 202 },
    { rij: "groepsdetachering", begroting: 311, realisatie: 228, verschil: -83 },
    { rij: "individuele detachering", begroting: 359, realisatie: 438, verschil: 79 },
    { rij: "werkgeverstaken overige", begroting: -145, realisatie: -167, verschil: -22 },
    { rij: "verloning overige", begroting: -98, realisatie: -97, verschil: 1 },
  ];

  test.each([
    ...rijen2022.map((r) => ({ jaar: 2022, ...r })),
    ...rijen2023.map((r) => ({ jaar: 2023, ...r })),
  ])("$jaar $rij: $verschil (±1, de cijfers van de tabel zijn afgerond)", (r) => {
    binnen(verschil([[r.begroting]], [[r.realisatie]], null), r.verschil, 1, `verschil ${r.jaar} ${r.rij}`);
  });

  test.each([
    { jaar: 2022, rijen: rijen2022, totaal: 33 },
    { jaar: 2023, rijen: rijen2023, totaal: 178 },
  ])(
    "$jaar totaal: $totaal uit de rijen als bereiken (±2: vijf afgeronde rijen)",
    ({ jaar, rijen, totaal }) => {
      const begroting = rijen.map((r) => [r.begroting]);
      const realisatie = rijen.map((r) => [r.realisatie]);
      binnen(verschil(begroting, realisatie, null), totaal, 2, `verschil totaal ${jaar}`);
    },
  );
});

describe("balans eind 2023, tarieven en KPI's", () => {
  test("solvabiliteit 11,65% (onder de norm van 20%)", () => {
    const s = solvabiliteit(180220, 1546967);
    expect(Math.round(s * 10000) / 100).toBe(11.65);
    expect(kpi(s, "20%", "hoger")).toBe(false);
  });

  test("gerealiseerd tarief werkgeverstaken 1.442 per nominale werknemer terug uit zijn totaal", () => {
    expect(tarief([[1442 * 644]], kolom(575, 69), null)).toBe(1442);
  });

  test("gepubliceerde KPI-doelen 2023 met hun richting", () => {
    expect(kpi("16,1%", "15,6%", "lager")).toBe(false); // sick leave SW above its maximum
    expect(kpi("14,0%", "14,2%", "lager")).toBe(true); // sick leave nb below its maximum
    expect(kpi(7.6, 7.5, null)).toBe(true); // employee satisfaction
    expect(kpi("49%", "50%", null)).toBe(false); // moved on to secondment
  });

  test("de functies weigeren wat het rapport niet kan bedoelen", () => {
    expect(excelFout(() => solvabiliteit(180220, 0)).code).toBe("#DIV/0!");
  });
});
