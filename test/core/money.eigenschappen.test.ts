// Property tests (fast-check) for the money rules: splitting always adds up, rounding is
// symmetric around zero, and what we format we parse back unchanged.
import fc from "fast-check";
import {
  dec,
  formatBedrag,
  formatGetal,
  parseGetal,
  rondCenten,
  som,
  verdeelGrootsteRest,
  type Decimal,
} from "../../src/core/money";

const RUNS = { numRuns: 500 };

/** An amount in whole cents, as large as municipal budgets get and well beyond. */
const centen = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map((c) => dec(c.toString()).div(100));

/** A decimal with up to 8 decimals, positive or negative: cases that need rounding. */
const decimaal = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
  .map(([n, schaal]) => dec(n.toString()).div(dec(10).pow(schaal)));

/** Non-negative weights (some zero, at least one positive), with decimals like fte or percentages. */
const gewichten = fc
  .array(
    fc.oneof(
      fc.constant("0"),
      fc.integer({ min: 0, max: 1_000_000 }).map(String),
      fc.integer({ min: 1, max: 10_000_000 }).map((n) => dec(n).div(1000).toString()),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .filter((w) => w.some((x) => !dec(x).isZero()));

function waarde(r: ReturnType<typeof parseGetal>): Decimal {
  if (!r.ok) throw new Error(r.reden);
  return r.waarde;
}

describe("eigenschappen van verdeelGrootsteRest", () => {
  test("de delen tellen altijd op tot het totaal, tot op de cent", () => {
    fc.assert(
      fc.property(centen, gewichten, (totaal, w) => {
        const delen = verdeelGrootsteRest(totaal, w);
        expect(delen).toHaveLength(w.length);
        expect(som(delen).equals(totaal)).toBe(true);
      }),
      RUNS,
    );
  });

  test("elk deel wijkt minder dan één cent af van zijn exacte aandeel", () => {
    fc.assert(
      fc.property(centen, gewichten, (totaal, w) => {
        const delen = verdeelGrootsteRest(totaal, w);
        const somGewicht = som(w);
        delen.forEach((deel, i) => {
          const exact = totaal.times(w[i]).div(somGewicht);
          expect(deel.minus(exact).abs().lessThan("0.01")).toBe(true);
          expect(deel.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
      RUNS,
    );
  });

  test("gelijke delen (voorschottermijnen) tellen op en verschillen onderling hooguit één cent", () => {
    fc.assert(
      fc.property(centen, fc.integer({ min: 1, max: 366 }), (totaal, n) => {
        const delen = verdeelGrootsteRest(totaal, n);
        expect(som(delen).equals(totaal)).toBe(true);
        const grootste = delen.reduce((a, b) => (a.abs().greaterThan(b.abs()) ? a : b));
        const kleinste = delen.reduce((a, b) => (a.abs().lessThan(b.abs()) ? a : b));
        expect(grootste.minus(kleinste).abs().lessThanOrEqualTo("0.01")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("eigenschappen van afronding", () => {
  test("symmetrisch rond nul: rondCenten(−x) = −rondCenten(x)", () => {
    fc.assert(
      fc.property(decimaal, (x) => {
        expect(rondCenten(x.negated()).equals(rondCenten(x).negated())).toBe(true);
      }),
      RUNS,
    );
  });

  test("hooguit een halve cent verschil, en afronden is idempotent", () => {
    fc.assert(
      fc.property(decimaal, (x) => {
        const r = rondCenten(x);
        expect(r.minus(x).abs().lessThanOrEqualTo("0.005")).toBe(true);
        expect(rondCenten(r).equals(r)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("eigenschappen van opmaak en parsen", () => {
  test("parseGetal(formatGetal(x)) = x voor bedragen in centen (nl en auto)", () => {
    fc.assert(
      fc.property(centen, (x) => {
        const tekst = formatGetal(x);
        expect(waarde(parseGetal(tekst)).equals(x)).toBe(true);
        // Two decimals after a comma are never ambiguous, so 'auto' reads it too.
        expect(waarde(parseGetal(tekst, { notatie: "auto" })).equals(x)).toBe(true);
      }),
      RUNS,
    );
  });

  test("parseGetal(formatBedrag(x)) = x voor bedragen in centen", () => {
    fc.assert(
      fc.property(centen, (x) => {
        expect(waarde(parseGetal(formatBedrag(x))).equals(x)).toBe(true);
      }),
      RUNS,
    );
  });

  test("een getal uit een cel komt exact als zijn decimale vorm binnen", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        expect(waarde(parseGetal(x)).equals(dec(String(x)))).toBe(true);
        expect(waarde(parseGetal(x)).toNumber()).toBe(x === 0 ? 0 : x);
      }),
      RUNS,
    );
  });
});
