// Money rules (DOMAIN.md §3 preamble, issue 2 point 3): parsing as users type numbers into Dutch
// workbooks, cents rounded half away from zero, no binary floating-point drift.
import DecimalJs from "decimal.js";
import {
  Decimal,
  dec,
  formatBedrag,
  formatGetal,
  formatPercentage,
  parseGetal,
  rondAf,
  rondCenten,
  som,
  verdeelGrootsteRest,
  type Notatie,
  type ParseResultaat,
} from "../../src/core/money";

function waarde(r: ParseResultaat): string {
  if (!r.ok) throw new Error(`verwacht een getal, kreeg de fout: ${r.reden}`);
  return r.waarde.toString();
}

describe("parseGetal: de vormen uit issue 2", () => {
  const gevallen: [string, unknown, Notatie, string, boolean][] = [
    // [beschrijving, invoer, notatie, verwachte waarde, percentage]
    ["Nederlands met duizendtal en decimalen", "1.234,56", "nl", "1234.56", false],
    ["Engels met duizendtal en decimalen", "1,234.56", "nl", "1234.56", false],
    ["Nederlands, ook onder auto", "1.234,56", "auto", "1234.56", false],
    ["Engels, ook onder auto", "1,234.56", "auto", "1234.56", false],
    ["euroteken en duizendtal (nl)", "€ 1.234", "nl", "1234", false],
    ["euroteken en decimaalpunt (en)", "€ 1.234", "en", "1.234", false],
    ["negatief tarief met duizendtal", "-4.110", "nl", "-4110", false],
    ["haakjes zijn negatief", "(4.110)", "nl", "-4110", false],
    ["typografisch minteken", "\u22124.110", "nl", "-4110", false],
    ["procent zonder spatie", "12%", "nl", "0.12", true],
    ["procent met komma en spatie", "12,5 %", "nl", "0.125", true],
    ["EUR-voorvoegsel", "EUR 10,50", "nl", "10.5", false],
    ["harde spatie als duizendtal", "1\u00a0234,56", "nl", "1234.56", false],
    ["meerdere duizendtallen", "1.234.567", "nl", "1234567", false],
    ["decimale komma zonder duizendtal, onder auto", "1,5", "auto", "1.5", false],
    ["vier cijfers voor de punt is geen duizendtal", "1234.567", "auto", "1234.567", false],
    ["voorloopnul is geen duizendtal", "0,110", "auto", "0.11", false],
    ["plusteken", "+7", "nl", "7", false],
  ];
  test.each(gevallen)("%s: %p (%s)", (_naam, invoer, notatie, verwacht, percentage) => {
    const r = parseGetal(invoer, { notatie });
    expect(waarde(r)).toBe(verwacht);
    expect(r.ok && r.percentage).toBe(percentage);
  });

  test("echte getallen uit cellen: exact hun kortste decimale vorm", () => {
    expect(waarde(parseGetal(1234.56))).toBe("1234.56");
    expect(waarde(parseGetal(0.1))).toBe("0.1");
    expect(waarde(parseGetal(-4110))).toBe("-4110");
    expect(waarde(parseGetal(new Decimal("2.5")))).toBe("2.5");
    // A decimal.js value from another clone is accepted too.
    expect(waarde(parseGetal(new DecimalJs("3.25")))).toBe("3.25");
  });

  test("nul is nooit −0", () => {
    const r = parseGetal("-0,00");
    expect(r.ok && r.waarde.isNegative()).toBe(false);
  });
});

describe("parseGetal: heldere fouten", () => {
  test.each([
    ["tekst", "abc"],
    ["cijfers met letters", "12a"],
    ["leeg", ""],
    ["alleen spaties", "   "],
    ["alleen een minteken", "-"],
    ["alleen procent", "%"],
    ["foute duizendtallen", "1.2.3"],
    ["foute duizendtallen met komma", "1,23,456"],
    ["twee decimaaltekens", "1.234,5.6"],
    ["dubbel minteken", "(-5)"],
    ["scheidingsteken zonder cijfers erachter", "12,"],
    ["wetenschappelijke notatie", "1e5"],
  ])("%s: %p", (_naam, invoer) => {
    const r = parseGetal(invoer);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reden.length).toBeGreaterThan(0);
  });

  test.each([null, undefined, true, {}, NaN, Infinity, -Infinity])("geen getal: %p", (invoer) => {
    expect(parseGetal(invoer).ok).toBe(false);
  });

  test.each(["1.234", "4,110", "-4.110", "€ 1.234", "(4.110)", "999,999"])(
    "onder 'auto' is %p dubbelzinnig en geweigerd",
    (invoer) => {
      const r = parseGetal(invoer, { notatie: "auto" });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reden).toMatch(/dubbelzinnig/);
    },
  );
});

describe("afronding op centen, half van nul af", () => {
  test.each([
    ["2.345", "2.35"],
    ["-2.345", "-2.35"],
    ["2.344999", "2.34"],
    ["-2.344999", "-2.34"],
    ["0.005", "0.01"],
    ["-0.005", "-0.01"],
    ["1.005", "1.01"],
  ])("%s → %s", (invoer, verwacht) => {
    expect(rondCenten(invoer).toFixed(2)).toBe(verwacht);
  });

  test("getallen uit cellen worden als hun decimale vorm afgerond (1.005 → 1,01, niet 1,00)", () => {
    expect(rondCenten(1.005).toFixed(2)).toBe("1.01");
    expect(rondCenten(2.345).toFixed(2)).toBe("2.35");
    expect(rondCenten(-2.345).toFixed(2)).toBe("-2.35");
  });

  test("rondAf met andere decimalen", () => {
    expect(rondAf("0.11649", 4).toString()).toBe("0.1165");
    expect(rondAf("-12.5", 0).toString()).toBe("-13");
  });

  test("dec weigert NaN en oneindig", () => {
    expect(() => dec(NaN)).toThrow(RangeError);
    expect(() => dec(Infinity)).toThrow(RangeError);
  });
});

describe("geen 0.1 + 0.2-drift", () => {
  test("tien keer 0,1 is precies 1 (als tekst en als getal uit een cel)", () => {
    expect(som(Array(10).fill("0.1")).equals(1)).toBe(true);
    expect(som(Array(10).fill(0.1)).toString()).toBe("1");
  });

  test("0,1 + 0,2 = 0,3 exact", () => {
    expect(dec(0.1).plus(0.2).equals("0.3")).toBe(true);
    expect(dec(0.1).plus(0.2).toString()).toBe("0.3");
  });

  test("Decimal is een eigen kloon: andere code die decimal.js instelt verandert ons niet", () => {
    const vorige = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
    try {
      expect(dec("1").div(3).toString()).toBe("0.3333333333333333333333333333333333333333");
      expect(rondCenten("2.345").toFixed(2)).toBe("2.35");
    } finally {
      DecimalJs.set(vorige);
    }
  });
});

describe("opmaak", () => {
  test("formatGetal en formatBedrag in Nederlandse notatie", () => {
    expect(formatGetal("1234567.891")).toBe("1.234.567,89");
    expect(formatGetal("-4110")).toBe("-4.110,00");
    expect(formatGetal("-0.001")).toBe("0,00");
    expect(formatGetal("999.995")).toBe("1.000,00");
    expect(formatBedrag("1566.3")).toBe("€ 1.566,30");
    expect(formatGetal("1234.5", 0)).toBe("1.235");
  });

  test("formatPercentage: een fractie als percentage", () => {
    expect(formatPercentage("0.1165")).toBe("11,65%");
    expect(formatPercentage("0.125", 1)).toBe("12,5%");
  });
});

describe("verdeelGrootsteRest: voorbeelden", () => {
  test("100 over 3 gelijke delen: 33,34 + 33,33 + 33,33 (de rest naar het eerste deel)", () => {
    expect(verdeelGrootsteRest(100, 3).map((x) => x.toFixed(2))).toEqual(["33.34", "33.33", "33.33"]);
  });

  test("grootste rest wint, niet de volgorde: 1,00 over 1 : 2 : 3", () => {
    // exact 16.67, 33.33, 50.00 cents-wise: 16.666…, 33.333…, 50 → floors 16, 33, 50, one cent left
    // for the largest remainder (0.666… of the first part).
    expect(verdeelGrootsteRest(1, [1, 2, 3]).map((x) => x.toFixed(2))).toEqual(["0.17", "0.33", "0.50"]);
  });

  test("weigert nul delen, negatieve gewichten, gewichten van 0 en te veel decimalen", () => {
    expect(() => verdeelGrootsteRest(1, 0)).toThrow(RangeError);
    expect(() => verdeelGrootsteRest(1, [1, -1])).toThrow(RangeError);
    expect(() => verdeelGrootsteRest(1, [0, 0])).toThrow(RangeError);
    expect(() => verdeelGrootsteRest("1.001", 2)).toThrow(RangeError);
  });
});
