// The shared argument coercion of the custom functions: what Excel hands over, read exactly.
import { excelFout } from "./customfunctions-dubbel";
import { InvoerFout } from "../../src/core/fouten";
import {
  celGetal,
  cellen,
  getal,
  geheelGetal,
  getallen,
  leesIndexreeks,
  metFouten,
  naarBedrag,
  naarGetal,
  optioneelGetal,
  optioneelPercentage,
  percentage,
  somVan,
  tekst,
  perRegel,
} from "../../src/functions/argumenten";
import { Decimal, decVanSchaal, isDecimal, type Schaalgetal } from "../../src/core/money";

const s = (d: Decimal) => d.toString();

describe("getallen lezen zoals Excel ze geeft", () => {
  test.each([
    [42, "42"],
    [0.1, "0.1"],
    [-4110, "-4110"],
    ["1.234,56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["€ -4.110", "-4110"],
    ["(4.110)", "-4110"],
    ["  7150 ", "7150"],
    ["12,5 %", "0.125"],
    ["2%", "0.02"],
    [[[3017000]], "3017000"],
  ])("%j → %s", (invoer, verwacht) => {
    expect(s(getal(invoer, "x"))).toBe(verwacht);
  });

  test.each([null, undefined, "", "   ", 0])("een lege cel (%j) telt als 0", (leeg) => {
    expect(s(celGetal(leeg, "x"))).toBe("0");
    expect(s(getal([[leeg]], "x"))).toBe("0");
  });

  test("tekst die geen getal is, is #VALUE! met de naam van het argument", () => {
    expect(excelFout(() => getal("abc", "kosten"))).toEqual({
      code: "#VALUE!",
      message: "kosten: 'abc' is geen getal",
    });
    expect(excelFout(() => getal(true, "fte"))).toEqual({
      code: "#VALUE!",
      message: "fte is een logische waarde (WAAR), geen getal",
    });
    expect(excelFout(() => getal({ type: "Entity" }, "fte")).code).toBe("#VALUE!");
    expect(excelFout(() => getal("1,2,3", "x")).message).toMatch(/^x: '1,2,3' is geen geldig getal/);
  });

  test("een argument voor één waarde weigert een bereik van meerdere cellen", () => {
    expect(excelFout(() => getal([[1, 2]], "jaarbedrag"))).toEqual({
      code: "#VALUE!",
      message: "jaarbedrag moet één waarde zijn, geen bereik van 2 cellen",
    });
  });

  test("gehele getallen", () => {
    expect(geheelGetal("12", "aantal_termijnen")).toBe(12);
    expect(geheelGetal([[4]], "aantal_termijnen")).toBe(4);
    expect(excelFout(() => geheelGetal(2.5, "termijn"))).toEqual({
      code: "#VALUE!",
      message: "termijn moet een geheel getal zijn, niet 2,5",
    });
  });

  test("optionele argumenten: weggelaten (null of undefined), een lege cel en 0 (de lege cel van Windows) ontbreken", () => {
    expect(optioneelGetal(null, "fte")).toBeNull();
    expect(optioneelGetal(undefined, "fte")).toBeNull();
    expect(optioneelGetal("", "fte")).toBeNull();
    expect(optioneelGetal([[null]], "fte")).toBeNull();
    expect(optioneelGetal(0, "fte")).toBeNull();
    expect(optioneelGetal([[0]], "fte")).toBeNull();
    expect(optioneelGetal("0,00", "fte")).toBeNull();
    expect(s(optioneelGetal("443", "fte") as Decimal)).toBe("443");
  });
});

describe("bereiken", () => {
  test("2-D rij voor rij, een enkele waarde als bereik van één, ongelijke rijen geweigerd", () => {
    expect(
      cellen(
        [
          [1, 2],
          [3, 4],
        ],
        "r",
      ),
    ).toEqual({ waarden: [1, 2, 3, 4], rijen: 2, kolommen: 2 });
    expect(cellen(5, "r")).toEqual({ waarden: [5], rijen: 1, kolommen: 1 });
    expect(excelFout(() => cellen([[1, 2], [3]], "r")).message).toBe("r: geen rechthoekig bereik");
  });

  test('som van een bereik met lege cellen (0, null, "") en getallen als tekst', () => {
    expect(s(somVan([[1000], [null], [""], [0], ["2.500,50"]], "kosten"))).toBe("3500.5");
    expect(s(somVan([[0.1], [0.2]], "x"))).toBe("0.3"); // exact, no binary drift
  });

  test("een foute cel in een bereik noemt haar rij (en kolom)", () => {
    expect(excelFout(() => getallen([[1], [2], ["x"]], "voorschotten")).message).toBe(
      "voorschotten (rij 3): 'x' is geen getal",
    );
    expect(
      excelFout(() =>
        getallen(
          [
            [1, 2],
            [3, "x"],
          ],
          "bedragen",
        ),
      ).message,
    ).toBe("bedragen (rij 2, kolom 2): 'x' is geen getal");
  });

  test("gelijklopende bereiken: zelfde lengte, rijen die in beide leeg zijn overgeslagen, aantallen in de melding", () => {
    const paren = (a: unknown, b: unknown, nietNegatief = false) => {
      const uit: string[][] = [];
      const waarde = (g: Schaalgetal | Decimal) => s(isDecimal(g) ? g : decVanSchaal(g));
      perRegel(a, "tarieven", b, "aantallen", (x, y) => uit.push([waarde(x), waarde(y)]), nietNegatief);
      return uit;
    };
    expect(paren([[7150], [null], ["€ 321"]], [[10], [""], ["18,5"]])).toEqual([
      ["7150", "10"],
      ["321", "18.5"],
    ]);
    const elf = Array.from({ length: 11 }, () => [1]);
    expect(excelFout(() => paren(elf, elf.slice(1)))).toEqual({
      code: "#VALUE!",
      message: "tarieven en aantallen moeten even veel rijen hebben (11 en 10)",
    });
    expect(excelFout(() => paren([[1, 2]], [[1, 2, 3]])).message).toBe(
      "tarieven en aantallen moeten even veel cellen hebben (2 en 3)",
    );
    expect(excelFout(() => paren([[null]], [[""]]))).toEqual({
      code: "#N/A",
      message: "tarieven en aantallen zijn leeg (of alleen 0)",
    });
    // Windows passes the same empty rows as 0: the same answer.
    expect(excelFout(() => paren([[0]], [[0]]))).toEqual(excelFout(() => paren([[null]], [[null]])));
    expect(paren([[7150], [0], ["€ 321"]], [[10], [0], ["18,5"]])).toEqual(
      paren([[7150], [null], ["€ 321"]], [[10], [null], ["18,5"]]),
    );
    // A negative count is named after every cell was read: a cell that is no number comes first.
    expect(paren([[1], [2]], [[-1], [-2]])).toHaveLength(2);
    expect(excelFout(() => paren([[1], [2]], [[3], ["-2"]], true)).message).toBe(
      "aantallen (rij 2) kan niet negatief zijn",
    );
    expect(excelFout(() => paren([[1], ["x"]], [[-3], [2]], true)).message).toBe(
      "tarieven (rij 2): 'x' is geen getal",
    );
  });
});

describe("percentages", () => {
  test.each([
    [0.02, "0.02"],
    ["2%", "0.02"],
    ["2 %", "0.02"],
    ["0,02", "0.02"],
    [0, "0"],
  ])("%j → %s", (invoer, verwacht) => {
    expect(s(percentage(invoer, "risico_opslag"))).toBe(verwacht);
  });

  test("2 voor 2% wordt geweigerd met een hint; negatief geweigerd; weggelaten is null", () => {
    expect(excelFout(() => percentage(2, "risico_opslag"))).toEqual({
      code: "#VALUE!",
      message: "risico_opslag 2 is meer dan 100%; schrijf bijvoorbeeld 2% of 0,02",
    });
    expect(excelFout(() => percentage(-0.01, "risico_opslag")).message).toBe(
      "risico_opslag kan niet negatief zijn",
    );
    expect(optioneelPercentage(null, "risico_opslag")).toBeNull();
    expect(optioneelPercentage([[""]], "risico_opslag")).toBeNull();
  });
});

describe("tekst en indexreeks", () => {
  test("tekstargumenten", () => {
    expect(tekst("  lager ", "richting")).toBe("lager");
    expect(tekst(null, "richting")).toBe("");
    expect(tekst(111222333, "bsn")).toBe("111222333");
    expect(excelFout(() => tekst(true, "richting")).code).toBe("#VALUE!");
  });

  test("een indexreeks van twee kolommen, percentages in beide vormen, lege rijen overgeslagen", () => {
    const reeks = leesIndexreeks(
      [
        [2022, "3,5%"],
        [null, ""],
        ["2023", 0.091],
      ],
      "reeks",
    );
    expect([...reeks].map(([j, i]) => [j, s(i)])).toEqual([
      [2022, "0.035"],
      [2023, "0.091"],
    ]);
  });

  test("fouten in een indexreeks noemen de rij", () => {
    expect(excelFout(() => leesIndexreeks([[2022]], "reeks")).message).toBe(
      "reeks moet twee kolommen hebben (jaar, stijging), niet 1",
    );
    expect(excelFout(() => leesIndexreeks([[2023, 9.1]], "reeks")).message).toBe(
      "reeks (rij 1): stijging 9,1 is meer dan 100%; schrijf 9,1% of 0,091",
    );
    expect(
      excelFout(() =>
        leesIndexreeks(
          [
            [2023, 0.09],
            [2023, 0.1],
          ],
          "reeks",
        ),
      ).message,
    ).toBe("reeks (rij 2): jaar 2023 staat er twee keer in");
    expect(excelFout(() => leesIndexreeks([[2023.5, 0.09]], "reeks")).message).toBe(
      "reeks (rij 1): 2023,5 is geen jaartal",
    );
    expect(excelFout(() => leesIndexreeks([[null, 0.09]], "reeks")).message).toBe(
      "reeks (rij 1): het jaar ontbreekt",
    );
    expect(excelFout(() => leesIndexreeks([[null, null]], "reeks"))).toEqual({
      code: "#N/A",
      message: "reeks is leeg",
    });
    // Windows passes empty cells as 0: an empty year is missing, an empty increase is 0%, as on the web.
    expect(excelFout(() => leesIndexreeks([[0, 0]], "reeks"))).toEqual(
      excelFout(() => leesIndexreeks([[null, null]], "reeks")),
    );
    expect(excelFout(() => leesIndexreeks([[0, 0.09]], "reeks")).message).toBe(
      "reeks (rij 1): het jaar ontbreekt",
    );
    expect([...leesIndexreeks([[2023, null]], "reeks")].map(([j, i]) => [j, s(i)])).toEqual([[2023, "0"]]);
    expect([...leesIndexreeks([[2023, 0]], "reeks")].map(([j, i]) => [j, s(i)])).toEqual([[2023, "0"]]);
  });
});

describe("uitkomsten en fouten", () => {
  test("bedragen worden pas aan het eind op centen afgerond, half van nul af", () => {
    expect(naarBedrag(new Decimal("2.005"))).toBe(2.01);
    expect(naarBedrag(new Decimal("-2.005"))).toBe(-2.01);
    expect(naarBedrag(new Decimal("-0.001"))).toBe(0);
    expect(Object.is(naarBedrag(new Decimal("-0.001")), -0)).toBe(false);
    expect(naarGetal(new Decimal("0.1164989298414252"))).toBe(0.1164989298414252);
    // Too large for Excel: #NUM!, which cannot carry a message in Excel.
    expect(excelFout(() => naarGetal(new Decimal("1e400")))).toEqual({ code: "#NUM!", message: undefined });
  });

  test.each([
    ["waarde", "#VALUE!", "uitleg"],
    ["getal", "#VALUE!", "uitleg"],
    ["ontbreekt", "#N/A", "uitleg"],
    ["deling", "#DIV/0!", undefined],
  ] as const)(
    "de InvoerFout %s uit de kern wordt %s, met haar melding waar Excel er een kan tonen",
    (soort, code, message) => {
      expect(
        excelFout(() =>
          metFouten("TEST", () => {
            throw new InvoerFout(soort, "uitleg");
          }),
        ),
      ).toEqual({ code, message });
    },
  );

  test("elke andere fout wordt #VALUE! met een Nederlandse melding, nooit een onafgehandelde fout", () => {
    expect(
      excelFout(() =>
        metFouten("TEST", () => {
          throw new RangeError("kapot");
        }),
      ),
    ).toEqual({ code: "#VALUE!", message: "TEST: berekening mislukt (kapot)" });
    expect(metFouten("TEST", () => 5)).toBe(5);
  });
});
