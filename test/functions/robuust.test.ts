// Whatever Excel hands over, every function answers with a finite number, a boolean (or a row of
// those), or an Excel error with a known code and, for #VALUE! and #N/A, a Dutch message (the
// other codes cannot show one): never NaN, never Infinity, never an unhandled JavaScript error.
import { CustomFunctionsError } from "./customfunctions-dubbel";
import fc from "fast-check";
import * as functies from "../../src/functions/functions";

const CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"];

const cel: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant(0),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 5e-324, 2023, 2021, 12, 4, 0.02, 443),
  fc.constantFrom(
    "1.234,56",
    "1,234.56",
    "2%",
    "-4.110",
    "(4.110)",
    "€ 7.150",
    "abc",
    "12,5 %",
    "1,2,3",
    "111222333",
    "NL91 ABNA 0417 1643 00",
    "hoger",
    "lager",
    "opbrengst",
  ),
  fc.string({ maxLength: 8 }),
);

const bereik: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rijen, kolommen]) =>
    fc.array(fc.array(cel, { minLength: kolommen, maxLength: kolommen }), {
      minLength: rijen,
      maxLength: rijen,
    }),
  );

const argument = fc.oneof(cel, bereik, fc.constant(undefined));

function geldigeUitkomst(x: unknown): boolean {
  if (typeof x === "boolean") return true;
  if (typeof x === "number") return Number.isFinite(x) && !Object.is(x, -0);
  if (Array.isArray(x)) return x.every((rij) => Array.isArray(rij) && rij.every(geldigeUitkomst));
  return false;
}

const alle = Object.entries(functies as unknown as Record<string, (...a: unknown[]) => unknown>);

describe("robuust tegen elke invoer", () => {
  test.each(alle)("%s", (_naam, functie) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: functie.length, maxLength: functie.length }), (args) => {
        try {
          const uitkomst = functie(...args);
          expect(geldigeUitkomst(uitkomst)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(CustomFunctionsError);
          const fout = e as CustomFunctionsError;
          expect(CODES).toContain(fout.code);
          if (fout.code === "#VALUE!" || fout.code === "#N/A") {
            expect(typeof fout.message).toBe("string");
            expect((fout.message ?? "").length).toBeGreaterThan(5);
          } else expect(fout.message).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});
