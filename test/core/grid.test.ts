import { adres, bladVerwijzing, kolomLetters, parseAdres } from "../../src/core/grid";

describe("celadressen", () => {
  test("kolomletters en A1-adressen heen en terug", () => {
    expect([0, 25, 26, 701, 702, 16383].map(kolomLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(adres(11, 1)).toBe("B12");
    expect(parseAdres("$XFD$1048576")).toEqual({ rij: 1048575, kolom: 16383 });
  });
});

describe("bladVerwijzing: aanhalingstekens waar Excel ze eist", () => {
  test.each([
    ["Voorschotten", "Voorschotten!C5"],
    ["Bijlage 1", "'Bijlage 1'!C5"],
    ["Pete's", "'Pete''s'!C5"],
    // Names Excel would otherwise read as a cell reference or a boolean.
    ["DVO2023", "'DVO2023'!C5"],
    ["A1", "'A1'!C5"],
    ["R1C1", "'R1C1'!C5"],
    ["R", "'R'!C5"],
    ["TRUE", "'TRUE'!C5"],
    ["2023", "'2023'!C5"],
    ["KPI", "KPI!C5"],
    ["Kostprijzen_2023", "Kostprijzen_2023!C5"],
  ])("%s", (blad, verwacht) => {
    expect(bladVerwijzing(blad, "C5")).toBe(verwacht);
  });
});
