// Property tests (fast-check): VOORCALC and NACALC read ranges line by line in whole cents
// (snelGetal, Bijdragetelling) and the advances as one sum (somVan); their results equal the
// Decimal path they replaced — every cell through celGetal, the lines through bijdrage() — for
// numbers, text numbers and empty cells.
import fc from "fast-check";
import { excelFout } from "./customfunctions-dubbel";
import { Decimal, formatGetal } from "../../src/core/money";
import { bijdrage, saldoEindafrekening } from "../../src/core/settlement";
import { celGetal, isLeegOfNul, naarBedrag, snelGetal } from "../../src/functions/argumenten";
import { nacalc, voorcalc } from "../../src/functions/functions";

const RUNS = { numRuns: 400 };

/** Cells as Excel hands them over: numbers of every kind, Dutch text numbers, empty cells. */
const getalCel = fc.oneof(
  fc.integer({ min: -20000, max: 20000 }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
  fc.integer({ min: -(10 ** 8), max: 10 ** 8 }).map((n) => n / 1000),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  fc.constantFrom(1e20, -1e300, 1.5e-7, 0.005, -0.005, 0.015, 2.675, 1e15, 123456789012345),
);
const tekstCel = fc.oneof(
  getalCel.map((x) => String(x).replace(".", ",")),
  fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((n) => formatGetal(new Decimal(n).div(100))),
  fc.constantFrom("€ 7.150,-", "(4.110)", "12,5%", " 3 ", "1,442", "0012", "-0", "1e3"),
);
const cel = fc.oneof(
  { weight: 6, arbitrary: getalCel },
  { weight: 3, arbitrary: tekstCel },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "  ", 0) },
);
const nietNegatief = (c: unknown) =>
  typeof c === "number"
    ? Math.abs(c)
    : typeof c === "string"
      ? c.replace(/^-/, "").replace(/^\((.*)\)$/, "$1")
      : c;
const bereiken = fc
  .array(fc.tuple(cel, cel), { minLength: 1, maxLength: 30 })
  .map((rijen) => [rijen.map(([t]) => [t]), rijen.map(([, a]) => [nietNegatief(a)])] as const);
/** Advances paid: numbers and text numbers (the sum is what counts). */
const voorschotten = fc
  .array(
    fc.oneof(
      getalCel,
      fc.integer({ min: 0, max: 10 ** 8 }).map((n) => formatGetal(new Decimal(n).div(100))),
    ),
    {
      minLength: 1,
      maxLength: 13,
    },
  )
  .map((xs) => xs.map((x) => [x]));
const opslag = fc.constantFrom(null, 0, 0.02, "3,5%", 1);

/** The Decimal path VOORCALC took before: every cell a Decimal, the lines through bijdrage(). */
function vroeger(tarieven: unknown[][], aantallen: unknown[][], pct: unknown) {
  const regels = [];
  for (let i = 0; i < tarieven.length; i++) {
    const [t, a] = [tarieven[i][0], aantallen[i][0]];
    if (isLeegOfNul(t) && isLeegOfNul(a)) continue;
    regels.push({ tarief: celGetal(t, "tarief"), aantal: celGetal(a, "aantal") });
  }
  const p = pct === null || pct === 0 ? 0 : pct === 1 ? 1 : pct === 0.02 ? "0.02" : "0.035";
  return bijdrage(regels, p);
}

/** A number, or the Excel error code (a cell that is no number, a total too large for Excel). */
function uitkomst(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? "#VALUE!";
  }
}

describe("VOORCALC en NACALC gelijk aan het Decimal-pad", () => {
  test("willekeurige bereiken van getallen, getallen als tekst en lege cellen", () => {
    fc.assert(
      fc.property(bereiken, opslag, voorschotten, ([tarieven, aantallen], pct, voorschotten) => {
        if (tarieven.every(([t], i) => isLeegOfNul(t) && isLeegOfNul(aantallen[i][0]))) return;
        const betaald = voorschotten.map(([c]) => celGetal(c, "voorschot"));
        const oudVoor = uitkomst(() => naarBedrag(vroeger(tarieven, aantallen, pct).totaal));
        const oudNa = uitkomst(() =>
          naarBedrag(saldoEindafrekening(vroeger(tarieven, aantallen, pct).totaal, betaald).saldo),
        );
        expect(uitkomst(() => voorcalc(tarieven, aantallen, pct))).toEqual(oudVoor);
        expect(uitkomst(() => nacalc(tarieven, aantallen, voorschotten, pct))).toEqual(oudNa);
      }),
      RUNS,
    );
  });

  test("snelGetal leest een cel zoals celGetal, of laat haar aan celGetal over", () => {
    fc.assert(
      fc.property(cel, (c) => {
        const g = snelGetal(c);
        if (g === undefined) return;
        expect(new Decimal(`${g.cijfers}e-${g.schaal}`).equals(celGetal(c, "x"))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("een negatief aantal, en een cel die geen getal is, worden genoemd als voorheen", () => {
    expect(excelFout(() => voorcalc([[7150], [321]], [[2], ["-1"]])).message).toBe(
      "aantallen (rij 2) kan niet negatief zijn",
    );
    expect(excelFout(() => voorcalc([[7150], ["abc"]], [[-2], [1]])).message).toBe(
      "tarieven (rij 2): 'abc' is geen getal",
    );
  });
});
