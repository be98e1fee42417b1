// Sign rules of the realised tariff (DOMAIN.md §3.3): realised costs and revenues are entered as
// positive amounts; the sign of the tariff comes from the kind of service. A negative amount
// (revenue typed with its bookkeeping minus) would silently flip who pays whom, so it is refused.
import { eindafrekening, gerealiseerdTarief } from "../../src/core/settlement";

describe("gerealiseerdTarief: bedragen positief, het teken volgt uit de soort", () => {
  test("opbrengsten als negatief bedrag worden geweigerd, niet tot een positief tarief omgekeerd", () => {
    // −1.064.082,18 / 257,46 fte would give +4.133: the municipality would pay for its revenue.
    expect(() => gerealiseerdTarief("opbrengst", "-1064082.18", "257.46")).toThrow(
      expect.objectContaining({ soort: "getal" }),
    );
  });

  test("negatieve kosten worden geweigerd", () => {
    expect(() => gerealiseerdTarief("kosten", -1000, 4)).toThrow(expect.objectContaining({ soort: "getal" }));
  });

  test("positieve bedragen en nul blijven werken", () => {
    expect(gerealiseerdTarief("opbrengst", "1064082.18", "257.46").toString()).toBe("-4133");
    expect(gerealiseerdTarief("kosten", 0, 4).isZero()).toBe(true);
  });
});

describe("eindafrekening: het saldo is een bedrag in centen", () => {
  test("voorschotten met een fractie van een cent: saldo 0,004 is nihil, geen '€ 0,00 bij'", () => {
    const e = eindafrekening("100.00", ["50", "49.996"], 2023, "gemeente Wierden");
    expect(e.saldo.toFixed()).toBe("0");
    expect(e.richting).toBe("nihil");
    expect(e.toelichting).not.toContain("€ 0,00");
  });

  test("een halve cent wordt van nul af afgerond, zoals ROUND op het blad", () => {
    expect(eindafrekening("100.00", ["99.995"], 2023).saldo.toFixed(2)).toBe("0.01");
    const terug = eindafrekening("100.00", ["100.005"], 2023);
    expect(terug.saldo.toFixed(2)).toBe("-0.01");
    expect(terug.richting).toBe("terugbetalen");
  });
});
