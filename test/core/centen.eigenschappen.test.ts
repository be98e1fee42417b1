// Property tests (fast-check): the whole-cents path of a line amount is rondCenten's rule, and the
// line-by-line totals of Bijdragetelling are bijdrage()'s to the digit, over random tariffs and
// counts (negative, many decimals, exact halves, huge values).
import fc from "fast-check";
import {
  Centensom,
  Decimal,
  centenVanProduct,
  dec,
  decVanSchaal,
  rondCenten,
  schaalVanDecimal,
  som,
  type Schaalgetal,
} from "../../src/core/money";
import { Bijdragetelling, bijdrage, type Regel } from "../../src/core/settlement";

const RUNS = { numRuns: 2000 };

/** Safe integers of every size, small ones (and zero) more often. */
const cijfers = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
  fc.maxSafeInteger(),
);

const schaalgetal: fc.Arbitrary<Schaalgetal> = fc.record({
  cijfers,
  schaal: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })),
});

/** A product that lies exactly on half a cent (…5 in the third decimal), positive or negative. */
const helft = fc
  .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, extra]): [Schaalgetal, Schaalgetal] => [
    { cijfers: (10 * n + 5) * 10 ** extra, schaal: 3 + extra },
    { cijfers: 1, schaal: 0 },
  ]);

/** The reference: rondCenten on Decimals, in cents. */
function referentie(a: Schaalgetal, b: Schaalgetal): string {
  return rondCenten(decVanSchaal(a).times(decVanSchaal(b)))
    .times(100)
    .toFixed(0);
}

function centen(c: number | bigint): string {
  return (typeof c === "bigint" ? c : BigInt(c)).toString();
}

describe("centenVanProduct is rondCenten in hele centen", () => {
  test("willekeurige tarieven en aantallen, van elke grootte en elk aantal decimalen", () => {
    fc.assert(
      fc.property(schaalgetal, schaalgetal, (a, b) => {
        expect(centen(centenVanProduct(a, b))).toBe(referentie(a, b));
      }),
      RUNS,
    );
  });

  test("precies een halve cent rondt van nul af", () => {
    fc.assert(
      fc.property(helft, ([a, b]) => {
        expect(centen(centenVanProduct(a, b))).toBe(referentie(a, b));
        expect(centen(centenVanProduct(b, a))).toBe(referentie(a, b));
      }),
      RUNS,
    );
    expect(centenVanProduct({ cijfers: 5, schaal: 3 }, { cijfers: 1, schaal: 0 })).toBe(1);
    expect(centenVanProduct({ cijfers: -5, schaal: 3 }, { cijfers: 1, schaal: 0 })).toBe(-1);
    expect(centenVanProduct({ cijfers: -4999, schaal: 6 }, { cijfers: 1, schaal: 0 })).toBe(0);
  });

  test("producten voorbij de veilige gehele getallen zijn exact in BigInt", () => {
    const groot = { cijfers: Number.MAX_SAFE_INTEGER, schaal: 0 };
    const c = centenVanProduct(groot, { cijfers: -3, schaal: 1 });
    expect(typeof c).toBe("bigint");
    expect(centen(c)).toBe(referentie(groot, { cijfers: -3, schaal: 1 }));
  });
});

describe("schaalVanDecimal", () => {
  const tekst = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -30, max: 30 }))
    .map(([n, e]) => `${n}e${e}`);

  test("geeft dezelfde waarde, of undefined als de cijfers niet in een veilig geheel getal passen", () => {
    fc.assert(
      fc.property(tekst, (t) => {
        const d = new Decimal(t);
        const g = schaalVanDecimal(d);
        if (g === undefined) {
          expect(d.sd() > 15 || !d.isInteger() || d.abs().greaterThan(Number.MAX_SAFE_INTEGER)).toBe(true);
          return;
        }
        expect(Number.isSafeInteger(g.cijfers)).toBe(true);
        expect(g.schaal).toBeGreaterThanOrEqual(0);
        expect(decVanSchaal(g).equals(d)).toBe(true);
      }),
      RUNS,
    );
  });

  test("15 significante cijfers passen altijd", () => {
    expect(schaalVanDecimal(new Decimal("-123456789012345e-20"))).toEqual({
      cijfers: -123456789012345,
      schaal: 20,
    });
    expect(schaalVanDecimal(new Decimal("1e15"))).toEqual({ cijfers: 1e15, schaal: 0 });
    expect(schaalVanDecimal(new Decimal("1e300"))).toBeUndefined();
    expect(schaalVanDecimal(new Decimal(Infinity))).toBeUndefined();
  });
});

describe("Centensom", () => {
  test("telt hele centen exact op voorbij de veilige gehele getallen, en Decimal-bedragen ernaast", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.maxSafeInteger(), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })), {
          maxLength: 50,
        }),
        (termen) => {
          const s = new Centensom();
          termen.forEach((t) => s.telCenten(t));
          s.telBedrag(dec("0.01"));
          const verwacht = termen.reduce<bigint>((a, t) => a + BigInt(t), 1n);
          expect(s.totaal.times(100).toFixed(0)).toBe(verwacht.toString());
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("Centensom is tot op het cijfer gelijk aan som()", () => {
  test("ook voorbij 40 significante cijfers, waar som() elke deelsom afrondt", () => {
    const term = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger(),
      fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
    );
    fc.assert(
      fc.property(fc.array(term, { maxLength: 60 }), (termen) => {
        const s = new Centensom();
        termen.forEach((t) => s.telCenten(t));
        const verwacht = som(termen.map((t) => new Decimal(`${t.toString()}e-2`)));
        expect(s.totaal.toString()).toBe(verwacht.toString());
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Bijdragetelling geeft de totalen van bijdrage()", () => {
  /** A tariff or count as the functions hand it over: a Schaalgetal, or a Decimal of any size. */
  const getal = fc.oneof(
    schaalgetal,
    schaalgetal.map(decVanSchaal),
    fc
      .constantFrom("1e300", "-9.99999999999999e307", "1.23456789012345678901234567e-5", "0.005", "-0.005")
      .map(dec),
  );
  const regels = fc.array(fc.tuple(getal, getal), { minLength: 1, maxLength: 40 });
  const opslag = fc.oneof(
    fc.constantFrom("0", "0.02", "0.035", "1"),
    fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).div(10000)),
  );

  // Beyond 40 significant digits bijdrage() rounds each partial sum (Decimal's precision); the
  // line-by-line sum then continues as Decimals in the same order, so it rounds the same way.
  test("een totaal voorbij 40 significante cijfers rondt af zoals bijdrage() doet", () => {
    const groot = dec("-9.99999999999999e307");
    const lijst: [Decimal, Decimal][] = [
      [dec("-0.005"), groot],
      [dec(-1), dec(-1)],
      [groot, dec("0.005")],
    ];
    const telling = new Bijdragetelling();
    lijst.forEach(([t, a]) => telling.regel(t, a));
    const exact = bijdrage(lijst.map(([tarief, aantal]) => ({ tarief, aantal })));
    expect(telling.totalen().totaal.toString()).toBe(exact.totaal.toString());
  });

  const alsDecimal = (g: Schaalgetal | Decimal) => (g instanceof Decimal ? g : decVanSchaal(g));

  test("willekeurige regels: positieve en negatieve tarieven, veel decimalen, halven, enorme waarden", () => {
    fc.assert(
      fc.property(regels, opslag, (lijst, pct) => {
        const telling = new Bijdragetelling();
        lijst.forEach(([t, a]) => telling.regel(t, a));
        const snel = telling.totalen(pct);
        const exact = bijdrage(
          lijst.map(([t, a]): Regel => ({ tarief: alsDecimal(t), aantal: alsDecimal(a) })),
          pct,
        );
        for (const veld of [
          "kostenTotaal",
          "opbrengstenTotaal",
          "subtotaal",
          "risicoOpslag",
          "totaal",
        ] as const) {
          expect(snel[veld].toString()).toBe(exact[veld].toString());
        }
      }),
      RUNS,
    );
  });
});
