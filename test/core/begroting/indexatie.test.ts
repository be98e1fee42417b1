// Next year's tariffs: the index factor (a percentage per year or the published series), the
// rounding rule (whole euros, half away from zero) and table 7.6's row in prices of 2023.
import { dec } from "../../../src/core/money";
import { indexeerTarief, indexFactor, leesIndex, rondTarief, type Index } from "../../../src/core/begroting";
import { inDuizenden, verwachtBinnen } from "../hulp";

const REEKS: Index = { soort: "reeks" };
const pct = (p: string): Index => ({ soort: "percentage", stijging: dec(p) });

describe("afronding van een nieuw tarief: hele euro's, half van nul af", () => {
  test.each([
    ["7578.5", "7579"],
    ["7578.49", "7578"],
    ["-4356.5", "-4357"],
    ["-4356.49", "-4356"],
    ["0.5", "1"],
    ["-0.5", "-1"],
    ["340.26", "340"],
  ])("%s → %s", (in_, uit) => expect(rondTarief(dec(in_)).toFixed()).toBe(uit));

  test("de tarieven 2023 met 6% (DOMAIN §2 → 2024)", () => {
    const f = indexFactor(pct("0.06"), 2023, 2024);
    expect(f.toFixed()).toBe("1.06");
    const uit = [7150, 4121, 5420, -4110, -8530, -13727, 1271, 321, 2223, 700, 47].map((t) =>
      indexeerTarief(dec(t), f).toNumber(),
    );
    // 7150 × 1,06 = 7579; 321 × 1,06 = 340,26 → 340; 47 × 1,06 = 49,82 → 50; -4110 × 1,06 = -4356,6 → -4357.
    expect(uit).toEqual([7579, 4368, 5745, -4357, -9042, -14551, 1347, 340, 2356, 742, 50]);
  });
});

describe("indexfactor", () => {
  test("een percentage per jaar, samengesteld over een overgeslagen jaar", () => {
    expect(indexFactor(pct("0.06"), 2023, 2025).toFixed()).toBe("1.1236");
  });
  test("de reeks: het product van de stijgingen na het jaar van de bijlage", () => {
    expect(indexFactor(REEKS, 2021, 2023).toFixed()).toBe(dec("1.035").times("1.091").toFixed());
    expect(indexFactor(REEKS, 2023, 2024).toFixed()).toBe("1.06");
  });
  test("een jaar dat de reeks niet kent, of een jaar terug, wordt geweigerd in het Nederlands", () => {
    expect(() => indexFactor(REEKS, 2024, 2025)).toThrow(/geen stijging voor 2025.*--index 6%/);
    expect(() => indexFactor(pct("0.06"), 2023, 2023)).toThrow(/moet na het jaar/);
    expect(() => indexFactor(pct("-1"), 2023, 2024)).toThrow(/kan niet/);
  });
});

describe("--index lezen", () => {
  test.each([
    ["6%", "0.06"],
    ["6,5%", "0.065"],
    ["0,06", "0.06"],
    [" -1.5 % ", "-0.015"],
  ])("%s", (t, stijging) => {
    const i = leesIndex(t);
    expect(i?.soort).toBe("percentage");
    expect(i?.soort === "percentage" && i.stijging.toFixed()).toBe(stijging);
  });
  test("reeks, en wat geen index is", () => {
    expect(leesIndex("Reeks")).toEqual({ soort: "reeks" });
    for (const t of ["6", "zes", "6%%", ""]) expect(leesIndex(t)).toBeUndefined();
  });
});

// Table 7.6 (DOMAIN §4, published): the operational result and per fte in prices of 2023, ±1 in
// the last digit shown (thousands for the result, euros per fte), from the published current-price
// row (the result in euros, per fte as printed). Years before 2023 are raised
// with the factor to 2023, 2024 is brought back with the factor from 2023 to 2024.
describe("tabel 7.6, prijzen 2023, met de indexfactor van de begroting", () => {
  const RIJ = [
    { jaar: 2021, resultaat: -1389837, perFte: -2883, or2023: -1569, perFte2023: -3256 },
    { jaar: 2022, resultaat: -1011517, perFte: -2171, or2023: -1104, perFte2023: -2368 },
    { jaar: 2023, resultaat: -912846, perFte: -2060, or2023: -913, perFte2023: -2060 },
    { jaar: 2024, resultaat: -1578051, perFte: -3703, or2023: -1489, perFte2023: -3493 },
  ];
  const naar2023 = (bedrag: number, jaar: number) =>
    jaar < 2023
      ? dec(bedrag).times(indexFactor(REEKS, jaar, 2023))
      : jaar > 2023
        ? dec(bedrag).div(indexFactor(REEKS, 2023, jaar))
        : dec(bedrag);
  test.each(RIJ)("$jaar", (r) => {
    verwachtBinnen(inDuizenden(naar2023(r.resultaat, r.jaar)), r.or2023, 1, `OR ${r.jaar}`);
    verwachtBinnen(naar2023(r.perFte, r.jaar), r.perFte2023, 1, `per fte ${r.jaar}`);
  });
});
