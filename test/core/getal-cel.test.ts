// One number from one cell (src/core/getal-cel.ts): every variant of issue 9 part 5 and issue 10
// part 5, with the reasons the reader puts in its findings.
import { celSleutel, type CelWaarde, type Grid } from "../../src/core/grid";
import { leesGetalCel, serieelNaarDatum, type GetalLezing } from "../../src/core/getal-cel";
import type { Notatie } from "../../src/core/money";

/** A one-cell sheet: the value in B3 (row 2, column 1). */
function grid(waarde: CelWaarde, extra: Partial<Grid> = {}): Grid {
  return { blad: "Bijlage 1", startRij: 2, startKolom: 1, waarden: [[waarde]], ...extra };
}

function lees(waarde: CelWaarde, notatie: Notatie, extra: Partial<Grid> = {}): GetalLezing {
  return leesGetalCel(grid(waarde, extra), 2, 1, notatie);
}

function getal(l: GetalLezing): string {
  if (l.leeg) throw new Error("leeg");
  if ("reden" in l) throw new Error(l.reden);
  return l.getal.waarde.toString();
}

function reden(l: GetalLezing): string {
  if (l.leeg || !("reden" in l)) throw new Error("verwacht een fout");
  return l.reden;
}

describe("leesGetalCel: wat gelezen wordt", () => {
  test.each<[string, CelWaarde, Notatie, string]>([
    ["echt getal, elke notatie", 1442, "auto", "1442"],
    ["echt getal met decimalen", 1.442, "auto", "1.442"],
    ["dubbelzinnig, Engels werkboek", "1,442", "en", "1442"],
    ["dubbelzinnig, Nederlands werkboek", "1,442", "nl", "1.442"],
    ["punt, Nederlands", "7.150", "nl", "7150"],
    ["punt, Engels", "7.150", "en", "7.15"],
    ["negatief Engels tarief", "-4,110", "en", "-4110"],
    ["haakjes, Engels", "(4,110)", "en", "-4110"],
    ["hele euro's", "7.150,-", "auto", "7150"],
    ["hele euro's met twee streepjes", "7.150,--", "auto", "7150"],
    ["hele euro's met euroteken", "€ 7.150,-", "auto", "7150"],
    ["hele euro's negatief", "€ -4.110,-", "auto", "-4110"],
    ["hele euro's zonder duizendtal", "321,-", "auto", "321"],
    ["hele euro's met gedachtestreepje", "7.150,\u2013", "auto", "7150"],
    ["ondubbelzinnig Engels onder auto", "314,600.00", "auto", "314600"],
    ["ondubbelzinnig Engels zonder decimalen", "7,150,000", "auto", "7150000"],
    ["ondubbelzinnig Nederlands onder auto", "1.234,56", "auto", "1234.56"],
    ["decimaalkomma onder auto", "0,5", "auto", "0.5"],
    ["procent", "2%", "auto", "0.02"],
    ["15 significante cijfers", "123.456.789.012.345", "nl", "123456789012345"],
    ["veel nullen tellen niet als cijfers", "1.000.000.000.000.000.000", "nl", "1000000000000000000"],
  ])("%s: %p (%s) → %s", (_naam, waarde, notatie, verwacht) => {
    expect(getal(lees(waarde, notatie))).toBe(verwacht);
  });

  test("plek, ruwe waarde, formule en of het uit tekst komt", () => {
    const g = grid("7.150,-", { formules: [["=A1"]] });
    const l = leesGetalCel(g, 2, 1, "nl");
    expect(l).toMatchObject({
      leeg: false,
      getal: {
        blad: "Bijlage 1",
        cel: "B3",
        rij: 2,
        kolom: 1,
        ruw: "7.150,-",
        uitTekst: true,
        formule: "=A1",
      },
    });
    expect(lees(12, "nl")).toMatchObject({ getal: { uitTekst: false } });
  });

  test("lege cellen en cellen buiten het bereik zijn leeg, geen fout", () => {
    expect(lees(null, "auto")).toEqual({ leeg: true });
    expect(lees("   ", "auto")).toEqual({ leeg: true });
    expect(leesGetalCel(grid(1), 40, 40, "auto")).toEqual({ leeg: true });
  });
});

describe("leesGetalCel: fouten met een reden die zegt wat te doen", () => {
  test.each<[string, string, string]>([
    ["1,442", "1442", "1,442"],
    ["4,110", "4110", "4,11"],
    ["-4,110", "-4110", "-4,11"],
    ["7.150", "7150", "7,15"],
    ["€ 7.150", "7150", "7,15"],
    ["(4.110)", "-4110", "-4,11"],
    ["1,442%", "1442%", "1,442%"],
  ])("dubbelzinnig %p zonder notatie: beide lezingen (%s of %s)", (tekst, duizendtal, decimaal) => {
    const r = reden(lees(tekst, "auto"));
    expect(r).toContain(`'${tekst}' is dubbelzinnig`);
    expect(r).toContain(`${duizendtal} als de`);
    expect(r).toContain(`${decimaal} als het een decimaal`);
    expect(r).toMatch(/typ .* of .*, of maak er een echt getal van$/);
  });

  test("de voorgestelde decimale schrijfwijze is zelf niet dubbelzinnig", () => {
    expect(reden(lees("1,442", "auto"))).toContain("typ 1442 of 1,4420");
    expect(reden(lees("7.150", "auto"))).toContain("typ 7150 of 7,15");
  });

  test("een datumcel waar een getal hoort, met de datum in de reden", () => {
    const datumCellen = new Set([celSleutel(2, 1)]);
    expect(reden(lees(44931, "nl", { datumCellen }))).toBe(
      "de cel is een datum (05-01-2023), geen bedrag of aantal; geef de cel de celopmaak Getal en typ het getal opnieuw",
    );
    // The same serial without a date format is a number.
    expect(getal(lees(44931, "nl"))).toBe("44931");
    // A date format on a different cell does not matter.
    expect(getal(lees(44931, "nl", { datumCellen: new Set([celSleutel(2, 2)]) }))).toBe("44931");
  });

  test("WAAR en ONWAAR zijn geen getallen", () => {
    expect(reden(lees(true, "nl"))).toBe("WAAR is een logische waarde, geen getal");
    expect(reden(lees(false, "nl"))).toBe("ONWAAR is een logische waarde, geen getal");
  });

  test.each<[Notatie, string]>([
    ["nl", "typ bijv. 1.234,56 of 1234,56"],
    ["auto", "typ bijv. 1.234,56 of 1234,56"],
    ["en", "typ bijv. 1,234.56 of 1234.56"],
  ])("onleesbare tekst toont een notatie die werkt (%s)", (notatie, voorbeeld) => {
    for (const tekst of ["zeven", "1.2.3", "12a", "1,23,456", "7.15,-"]) {
      const r = reden(lees(tekst, notatie));
      expect(r).toMatch(new RegExp(`^'${tekst.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' is `));
      expect(r.endsWith(`; ${voorbeeld}`)).toBe(true);
    }
  });

  test("tekst buiten het bereik van Excel of met meer dan 15 cijfers", () => {
    expect(reden(lees("1" + "0".repeat(400), "nl"))).toBe(
      `'${"1" + "0".repeat(400)}' is groter dan het grootste getal van Excel (9,99999999999999E+307)`,
    );
    expect(reden(lees("1.234.567.890.123.456", "nl"))).toBe(
      "'1.234.567.890.123.456' heeft 16 significante cijfers; Excel bewaart er hooguit 15",
    );
    expect(reden(lees("0," + "0".repeat(320) + "1", "nl"))).toMatch(
      /kleiner dan het kleinste getal van Excel/,
    );
    expect(reden(lees("1".repeat(200_000), "nl"))).toBe("de tekst is te lang voor een getal (200000 tekens)");
  });
});

describe("serieelNaarDatum (Excel 1900-systeem)", () => {
  test.each([
    [1, "01-01-1900"],
    [59, "28-02-1900"],
    [61, "01-03-1900"],
    [44927, "01-01-2023"],
    [45291, "31-12-2023"],
    [44927.75, "01-01-2023"],
  ])("%p → %s", (serieel, datum) => {
    expect(serieelNaarDatum(serieel)).toBe(datum);
  });

  test("buiten de datums van Excel: geen datum", () => {
    expect(serieelNaarDatum(0)).toBeUndefined();
    expect(serieelNaarDatum(-5)).toBeUndefined();
    expect(serieelNaarDatum(3e6)).toBeUndefined();
  });
});
