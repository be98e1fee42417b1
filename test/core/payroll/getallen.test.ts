import fc from "fast-check";
import { eenhedenUitTekst, naarCenten, naarMiljoensten, centenTekst } from "../../../src/core/payroll";
import { formatGetal, parseGetal } from "../../../src/core/money";

describe("bedragen als gehele centen", () => {
  it.each([
    [1234.56, 123456],
    [0.1, 10],
    [-4.1, -410],
    [1e9, 100000000000],
    ["1.234,56", 123456],
    ["1234,5", 123450],
    [" -12,00 ", -1200],
    ["1.234", 123400], // Dutch: a point before three digits groups thousands
    ["€ 1.234,56", 123456],
    ["1,234.56", 123456],
    ["(4.110)", -411000],
    ["−5", -500],
    ["0", 0],
  ])("%p → %p centen", (invoer, centen) => {
    expect(naarCenten(invoer)).toEqual({ ok: true, waarde: centen });
  });

  it.each([["1,234"], [1.005], ["12,345"], ["abc"], [""], [null], [true], [Number.NaN], ["1.23.4"]])(
    "weigert %p",
    (invoer) => {
      expect(naarCenten(invoer as never).ok).toBe(false);
    },
  );

  it("het snelle tekstpad is het eens met parseGetal uit money.ts op elk Nederlands bedrag", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (centen, punten) => {
        const euro = centen / 100;
        const tekst = punten
          ? formatGetal(String(centenTekst(centen)))
          : centenTekst(centen).replace(".", ",");
        const p = parseGetal(tekst);
        const snel = eenhedenUitTekst(tekst, 2);
        return (
          snel === centen &&
          p.ok &&
          p.waarde.times(100).toNumber() === centen &&
          naarCenten(euro).ok &&
          (naarCenten(euro) as { waarde: number }).waarde === centen
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("een getal uit een cel met hoogstens twee decimalen wordt exact omgezet, zonder drijvendekommadrift", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), (centen) => {
        const o = naarCenten(centen / 100);
        return o.ok && o.waarde === centen;
      }),
      { numRuns: 3000 },
    );
    // 0.1 + 0.2 is 0.30000000000000004 in binary: more than two decimals, so refused, never rounded silently
    expect(naarCenten(0.1 + 0.2).ok).toBe(false);
    expect(naarCenten(0.3)).toEqual({ ok: true, waarde: 30 });
  });
});

describe("deeltijdfactor als miljoenste delen", () => {
  it.each([
    [0.8, 800000],
    ["0,8", 800000],
    ["1", 1000000],
    ["80%", 800000],
    [32 / 36, 888889],
    ["0,8888888", 888889],
  ])("%p → %p", (invoer, m) => {
    expect(naarMiljoensten(invoer)).toEqual({ ok: true, waarde: m });
  });
  it("weigert tekst die geen getal is", () => {
    expect(naarMiljoensten("ca. 0,5").ok).toBe(false);
  });
});
