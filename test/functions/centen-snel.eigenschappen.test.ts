// Property tests (fast-check): the whole-number shortcuts of the argument layer give what the
// Decimal path gives — a plain percentage text read as parseGetal reads it, an amount turned into
// Excel's number as rondCenten and toNumber turn it.
import "./customfunctions-dubbel";
import fc from "fast-check";
import { Decimal, parseGetal, rondCenten } from "../../src/core/money";
import { naarBedrag, naarGetal, optioneelPercentage } from "../../src/functions/argumenten";

describe("de snelkoppelingen van de argumentenlaag zijn gelijk aan het Decimal-pad", () => {
  test("percentagetekst: '2%', '2,5 %', '-0%', voorloopnullen, veel decimalen", () => {
    const tekst = fc
      .tuple(
        fc.constantFrom("", "-"),
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 6 }), { nil: undefined }),
        fc.constantFrom("%", " %", "%  ", "\u00a0%"),
        fc.constantFrom("", "0", " "),
      )
      .map(
        ([teken, geheel, fractie, pct, voor]) =>
          `${voor}${teken}${geheel}${fractie === undefined ? "" : "," + fractie}${pct}`,
      );
    fc.assert(
      fc.property(tekst, (t) => {
        const r = parseGetal(t, { notatie: "nl" });
        if (!r.ok || r.waarde.isNegative() || r.waarde.greaterThan(1)) {
          expect(() => optioneelPercentage(t, "risico_opslag")).toThrow();
          return;
        }
        expect(optioneelPercentage(t, "risico_opslag")!.equals(r.waarde)).toBe(true);
        expect(optioneelPercentage([[t]], "risico_opslag")!.toString()).toBe(r.waarde.toString());
      }),
      { numRuns: 2000 },
    );
  });

  test("een bedrag als getal van Excel: gelijke standen op een halve cent, negatieve nul, enorme waarden", () => {
    const bedrag = fc.oneof(
      fc
        .tuple(fc.maxSafeInteger(), fc.integer({ min: 0, max: 9 }))
        .map(([c, k]) => new Decimal(`${c}e-${k}`)),
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((n) => new Decimal(`${n}e-3`)),
      fc.constantFrom("0.005", "-0.005", "-0.004", "1.005", "123456789.995").map((s) => new Decimal(s)),
    );
    fc.assert(
      fc.property(bedrag, (x) => {
        expect(Object.is(naarBedrag(x), naarGetal(rondCenten(x)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
