// Every =ONTPLOOJ.* function called the way Excel calls it: matrix parameters get 2-D arrays (a
// literal scalar arrives as [[x]]), omitted optional arguments arrive as null, empty cells as 0,
// null or "", numbers may be text in Dutch or English notation.
import { excelFout, weggelaten } from "./customfunctions-dubbel";
import {
  bsnControle,
  currentratio,
  ibanControle,
  inbesteding,
  indexeer,
  kader,
  kpi,
  nacalc,
  opresult,
  solvabiliteit,
  tarief,
  tarieffte,
  voorcalc,
  verschil,
  voorschot,
} from "../../src/functions/functions";

/** A column range, as Excel passes A1:A11. */
const kolom = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

// Bijlage 1 style lines with the 2023 tariffs (DOMAIN.md §2) and invented volumes.
const TARIEVEN_2023 = kolom(7150, 4121, 5420, -4110, -8530, -13727, 1271, 321, 2223, 700, 47);
const AANTALLEN = kolom(10, 5, 3, 8, 4, 2.5, 18, 18, 2, 4, 100);
// Σ cost lines: 71500 + 20605 + 16260 + 22878 + 5778 + 4446 + 2800 + 4700 = 148967
// Σ revenue lines: −32880 − 34120 − 34317.5 = −101317.5
const KOSTEN = 148967;
const OPBRENGSTEN = -101317.5;

describe("OPRESULT", () => {
  test("opbrengsten − kosten; met fte per fte, afgerond op centen", () => {
    expect(opresult([[3017000]], [[3930000]], null)).toBe(-913000);
    expect(opresult([[3017000]], [[3930000]], 443)).toBe(-2060.95); // −913000 / 443 = −2060.948…
  });

  test("bereiken worden opgeteld; lege cellen van elk platform tellen als 0; getallen als tekst in beide notaties", () => {
    expect(opresult(kolom(1000000, null, "", 0, "2.017.000"), kolom("3,930,000.00"), "443")).toBe(-2060.95);
  });

  test("een weggelaten fte, een lege fte-cel en fte 0 (de lege cel van Windows) geven het totaal", () => {
    expect(opresult([[10]], [[4]], undefined)).toBe(6);
    expect(opresult([[10]], [[4]], "")).toBe(6);
    expect(opresult([[10]], [[4]], 0)).toBe(6);
    expect(opresult([[10]], [[4]], "0")).toBe(6);
  });

  test("fouten: negatieve fte en tekst zijn #VALUE! met de naam van het argument", () => {
    expect(excelFout(() => opresult([[10]], [[4]], -1))).toEqual({
      code: "#VALUE!",
      message: "fte kan niet negatief zijn",
    });
    expect(excelFout(() => opresult(kolom(10, "tien"), [[4]], null))).toEqual({
      code: "#VALUE!",
      message: "opbrengsten (rij 2): 'tien' is geen getal",
    });
    expect(excelFout(() => opresult([[10]], [[4]], [[1, 2]])).message).toBe(
      "fte moet één waarde zijn, geen bereik van 2 cellen",
    );
  });
});

describe("VOORCALC", () => {
  test("Σ tarief × aantal per regel, plus de opslag alleen op de kostenregels", () => {
    expect(voorcalc(TARIEVEN_2023, AANTALLEN, null)).toBe(KOSTEN + OPBRENGSTEN); // 47649.5
    // 2% of 148967 = 2979.34
    expect(voorcalc(TARIEVEN_2023, AANTALLEN, "2%")).toBe(47649.5 + 2979.34);
    expect(voorcalc(TARIEVEN_2023, AANTALLEN, 0.02)).toBe(50628.84);
    expect(voorcalc(TARIEVEN_2023, AANTALLEN, [["2 %"]])).toBe(50628.84);
  });

  test("regelbedragen worden vóór het optellen op centen afgerond", () => {
    // 0.005 × 1 rounds to 0.01 per line: three lines give 0.03, not round(0.015) = 0.02
    expect(voorcalc(kolom(0.005, 0.005, 0.005), kolom(1, 1, 1), null)).toBe(0.03);
    expect(voorcalc(kolom(-0.005), kolom(1), null)).toBe(-0.01);
  });

  test("tarieven en eenheden als Nederlandse tekst; een rij en een kolom van gelijke lengte lopen gelijk", () => {
    expect(voorcalc(kolom("7.150", "-4.110"), kolom("10", "8,5"), null)).toBe(71500 - 34935);
    expect(voorcalc([[7150, -4110]], kolom(10, 8.5), null)).toBe(71500 - 34935);
  });

  test("fouten: ongelijke lengtes, negatieve eenheden, 2 bedoeld als 2%", () => {
    expect(excelFout(() => voorcalc(TARIEVEN_2023, AANTALLEN.slice(1), null))).toEqual({
      code: "#VALUE!",
      message: "tarieven en aantallen moeten even veel rijen hebben (11 en 10)",
    });
    expect(excelFout(() => voorcalc(kolom(7150, 321), kolom(10, -1), null))).toEqual({
      code: "#VALUE!",
      message: "aantallen (rij 2) kan niet negatief zijn",
    });
    expect(excelFout(() => voorcalc(TARIEVEN_2023, AANTALLEN, 2))).toEqual({
      code: "#VALUE!",
      message: "risico_opslag 2 is meer dan 100%; schrijf bijvoorbeeld 2% of 0,02",
    });
    expect(excelFout(() => voorcalc(kolom(null), kolom(""), null)).code).toBe("#N/A");
  });
});

describe("NACALC", () => {
  test("saldo = nacalculatie − Σ voorschotten: positief betaalt de gemeente, negatief betaalt Ontplooj terug", () => {
    const nacalculatie = 50628.84; // as VOORCALC above with 2%
    expect(nacalc(TARIEVEN_2023, AANTALLEN, kolom(40000), 0.02)).toBe(10628.84);
    expect(nacalc(TARIEVEN_2023, AANTALLEN, kolom(30000, 30000), "2%")).toBe(
      Math.round((nacalculatie - 60000) * 100) / 100,
    );
    expect(nacalc(TARIEVEN_2023, AANTALLEN, kolom(30000, 30000), "2%")).toBe(-9371.16);
  });

  test("het voorbeeldblad uit docs/functies.md: gerealiseerde volumes, twaalf voorschotten van 4.219,07", () => {
    const gerealiseerd = kolom(11, 5, 3, 9.5, 4, 2, 19, 19, 3, 4, 120);
    expect(voorcalc(TARIEVEN_2023, gerealiseerd, "2%")).toBe(63470.44);
    expect(nacalc(TARIEVEN_2023, gerealiseerd, kolom(...Array(12).fill(4219.07)), "2%")).toBe(12841.6);
    expect(inbesteding(kolom(780000, 45000), [[1000000]])).toEqual([[0.825, true]]);
    expect(
      indexeer(1000, 2021, 2023, [
        [2022, "3,5%"],
        [2023, "5%"],
      ]),
    ).toBe(1086.75);
  });

  test("voorschotten uit VOORSCHOT rekenen een realisatie gelijk aan de begroting af op precies 0", () => {
    const jaarbedrag = voorcalc(TARIEVEN_2023, AANTALLEN, "2%");
    const twaalf = Array.from({ length: 12 }, (_, i) => voorschot(jaarbedrag, 12, i + 1));
    expect(nacalc(TARIEVEN_2023, AANTALLEN, [twaalf], "2%")).toBe(0);
  });

  test("voorschotten met lege cellen (maanden nog niet betaald) en een weggelaten opslag", () => {
    expect(nacalc(kolom(100), kolom(12), kolom(100, null, "", 0, 100), null)).toBe(1000);
  });

  test("fouten noemen het argument", () => {
    expect(excelFout(() => nacalc(kolom(100), kolom(12), kolom("honderd"), null))).toEqual({
      code: "#VALUE!",
      message: "voorschotten (rij 1): 'honderd' is geen getal",
    });
    expect(excelFout(() => nacalc(kolom(100, 200), kolom(12), kolom(0), null)).message).toBe(
      "tarieven en aantallen moeten even veel rijen hebben (2 en 1)",
    );
  });
});

describe("VOORSCHOT", () => {
  test("termijnen volgens de grootste-restmethode tellen op tot het jaarbedrag, tot op de cent", () => {
    const termijnen = Array.from({ length: 12 }, (_, i) => voorschot(100000.01, 12, i + 1));
    expect(termijnen.slice(0, 5)).toEqual([8333.34, 8333.34, 8333.34, 8333.34, 8333.34]);
    expect(termijnen.slice(5)).toEqual(Array(7).fill(8333.33));
    expect(Math.round(termijnen.reduce((a, b) => a + b, 0) * 100)).toBe(10000001);
    expect([1, 2, 3, 4].map((k) => voorschot("-1.000,01", "4", k))).toEqual([-250.01, -250, -250, -250]);
  });

  test("fouten: een termijn buiten bereik, een aantal te groot of niet geheel, meer dan twee decimalen: #VALUE! met de reden", () => {
    expect(excelFout(() => voorschot(1200, 12, 13))).toEqual({
      code: "#VALUE!",
      message: "termijn 13 ligt niet tussen 1 en 12",
    });
    expect(excelFout(() => voorschot(1200, 0, 1)).code).toBe("#VALUE!");
    expect(excelFout(() => voorschot(1200, 1e12, 1))).toEqual({
      code: "#VALUE!",
      message: "aantal_termijnen mag hooguit 366 zijn",
    });
    expect(voorschot(366, 366, 366)).toBe(1);
    expect(excelFout(() => voorschot(1200, 2.5, 1))).toEqual({
      code: "#VALUE!",
      message: "aantal_termijnen moet een geheel getal zijn, niet 2,5",
    });
    expect(excelFout(() => voorschot(1200.001, 12, 1)).code).toBe("#VALUE!");
  });
});

describe("TARIEF", () => {
  test("kosten / eenheden van alle gemeenten; opbrengsttarieven negatief; niet afgerond", () => {
    expect(tarief(kolom(1442 * 644), kolom(300, 200, 144), null)).toBe(1442);
    expect(tarief([[1000]], [[3]], null)).toBeCloseTo(333.3333333333, 9);
    expect(tarief([[1064082.18]], [[257.46]], "opbrengst")).toBe(-4133);
    expect(tarief([[100]], [[4]], "Opbrengsten")).toBe(-25);
    expect(tarief([[100]], [[4]], "kosten")).toBe(25);
  });

  test("fouten: geen eenheden #DIV/0!, onbekende soort #VALUE!", () => {
    expect(excelFout(() => tarief([[100]], kolom(null, 0), null))).toEqual({
      code: "#DIV/0!",
      message: undefined, // Excel shows no message with #DIV/0!
    });
    expect(excelFout(() => tarief([[100]], [[4]], "winst"))).toEqual({
      code: "#VALUE!",
      message: 'soort moet "kosten" of "opbrengst" zijn, niet "winst"',
    });
  });
});

describe("TARIEFFTE", () => {
  test("formule 7 met echte aantallen en met een verhouding", () => {
    // (7150 + 1271 + 321) × 1.254 / 1 − 4110 = 6852.468
    expect(tarieffte(7150, 1271, 321, -4110, 1.254, 1)).toBe(6852.47);
    expect(tarieffte("7.150", "1.271", "321", "-4.110", "323", "257,46")).toBe(6857.4);
  });

  test("fte 0 geeft #DIV/0!", () => {
    expect(excelFout(() => tarieffte(7150, 1271, 321, -4110, 323, 0)).code).toBe("#DIV/0!");
    expect(excelFout(() => tarieffte(7150, 1271, 321, -4110, 323, null)).code).toBe("#DIV/0!");
  });
});

describe("INDEXEER", () => {
  test("vooruit vermenigvuldigt, terug deelt, hetzelfde jaar onveranderd", () => {
    expect(indexeer(1000, 2021, 2023, weggelaten)).toBe(1129.19); // × 1.035 × 1.091
    expect(indexeer(1000, 2024, 2023, weggelaten)).toBe(943.4); // ÷ 1.06
    expect(indexeer(1000, 2023, 2023, weggelaten)).toBe(1000);
  });

  test("een reeks van twee kolommen gaat vóór de gepubliceerde", () => {
    expect(
      indexeer(1000, 2021, 2023, [
        [2022, "10%"],
        [2023, 0.1],
      ]),
    ).toBe(1210);
  });

  test("een jaar buiten de reeks geeft #N/A", () => {
    expect(excelFout(() => indexeer(1000, 2019, 2023, weggelaten))).toEqual({
      code: "#N/A",
      message: "de indexreeks heeft geen stijging voor 2020",
    });
    expect(excelFout(() => indexeer(1000, "twintig", 2023, weggelaten)).code).toBe("#VALUE!");
  });
});

describe("SOLVABILITEIT en CURRENTRATIO", () => {
  test("verhoudingen, niet afgerond", () => {
    expect(solvabiliteit(180220, 1546967)).toBeCloseTo(0.116499, 6);
    expect(solvabiliteit("180.220", "1.546.967")).toBe(solvabiliteit(180220, 1546967));
    expect(currentratio(kolom(100, 13), [[100]])).toBe(1.13);
  });

  test("noemers nul geven #DIV/0!, een negatief balanstotaal #VALUE! met de reden", () => {
    expect(excelFout(() => solvabiliteit(1, 0))).toEqual({ code: "#DIV/0!", message: undefined });
    expect(excelFout(() => solvabiliteit(1, ""))).toEqual({ code: "#DIV/0!", message: undefined });
    expect(excelFout(() => solvabiliteit(1, -5))).toEqual({
      code: "#VALUE!",
      message: "het balanstotaal kan niet negatief zijn",
    });
    expect(excelFout(() => currentratio([[1]], kolom(null))).code).toBe("#DIV/0!");
  });
});

describe("INBESTEDING", () => {
  test("aandeel van Almelo en het 80%-criterium, als één rij van twee cellen", () => {
    expect(inbesteding([[800000]], [[1000000]])).toEqual([[0.8, true]]);
    expect(inbesteding(kolom(700000, 99999.99), [[1000000]])).toEqual([[0.79999999, false]]);
  });

  test("fouten", () => {
    expect(excelFout(() => inbesteding([[2]], [[1]]))).toEqual({
      code: "#VALUE!",
      message: "de omzet uit Almelo is groter dan de totale omzet",
    });
    expect(excelFout(() => inbesteding([[0]], [[0]])).code).toBe("#DIV/0!");
  });
});

describe("KPI", () => {
  test("standaard is hoger beter; lager voor ziekteverzuim; percentages in beide vormen", () => {
    expect(kpi("85%", 0.85, null)).toBe(true);
    expect(kpi(0.849, "85%", null)).toBe(false);
    expect(kpi("7,8", 7.5, "hoger")).toBe(true);
    expect(kpi("15,6%", 0.156, "lager")).toBe(true);
    expect(kpi(0.161, "15,6%", " Lager ")).toBe(false);
  });

  test("een onbekende richting geeft #VALUE!", () => {
    expect(excelFout(() => kpi(1, 1, "beter"))).toEqual({
      code: "#VALUE!",
      message: 'richting moet "hoger" of "lager" zijn, niet "beter"',
    });
  });
});

describe("BSN en IBAN", () => {
  test("elfproef op tekst en op getallen die hun voorloopnul kwijt zijn", () => {
    expect(bsnControle("111222333")).toBe(true);
    expect(bsnControle("111.222.333")).toBe(true);
    expect(bsnControle(111222333)).toBe(true);
    expect(bsnControle("111222334")).toBe(false);
    expect(bsnControle("12345")).toBe(false);
    expect(bsnControle([["111222333"]])).toBe(true);
    // 8 digits: a number whose leading zero Excel dropped (0 + 12345672 passes the test)
    expect(bsnControle(12345672)).toBe(true);
    expect(bsnControle("012345672")).toBe(true);
    expect(bsnControle(12345673)).toBe(false);
  });

  test("mod-97 met en zonder spaties", () => {
    expect(ibanControle("NL91 ABNA 0417 1643 00")).toBe(true);
    expect(ibanControle("nl91abna0417164300")).toBe(true);
    expect(ibanControle("NL91 ABNA 0417 1643 01")).toBe(false);
    expect(ibanControle("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(ibanControle("geen iban")).toBe(false);
  });

  test("een lege cel (0 op Windows) geeft #N/A, een booleaanse waarde of een getal #VALUE!", () => {
    expect(excelFout(() => bsnControle(null))).toEqual({
      code: "#N/A",
      message: "bsn ontbreekt (lege cel of 0)",
    });
    expect(excelFout(() => bsnControle(0))).toEqual(excelFout(() => bsnControle(null)));
    expect(excelFout(() => ibanControle(""))).toEqual({
      code: "#N/A",
      message: "iban ontbreekt (lege cel of 0)",
    });
    expect(excelFout(() => bsnControle(true)).code).toBe("#VALUE!");
    expect(excelFout(() => ibanControle(12345)).code).toBe("#VALUE!");
    expect(excelFout(() => ibanControle([["NL91ABNA0417164300", "x"]])).code).toBe("#VALUE!");
  });
});

describe("VERSCHIL", () => {
  test("realisatie − begroting in euro's, of relatief tot |begroting| met relatief WAAR", () => {
    expect(verschil([[-1354000]], [[-1177000]], null)).toBe(177000);
    expect(verschil([[-1354000]], [[-1177000]], false)).toBe(177000);
    expect(verschil([[-1000]], [[-1100]], true)).toBe(-0.1);
    expect(verschil([[1000]], [[1100]], "WAAR")).toBe(0.1);
    expect(verschil(kolom(500, null, "500"), kolom("1.100,50"), 1)).toBeCloseTo(0.1005, 10);
  });

  test("fouten: relatief tegen een begroting van nul geeft #DIV/0!, een vreemde vlag #VALUE!", () => {
    expect(excelFout(() => verschil([[0]], [[5]], true))).toEqual({ code: "#DIV/0!", message: undefined });
    expect(verschil([[0]], [[5]], null)).toBe(5);
    expect(excelFout(() => verschil([[1]], [[5]], "ja"))).toEqual({
      code: "#VALUE!",
      message: "relatief moet WAAR of ONWAAR zijn, niet 'ja'",
    });
  });
});

describe("KADER", () => {
  test("genormaliseerde gepubliceerde aandelen, grootste-restmethode: de vier delen tellen op tot het totaal", () => {
    const delen = ["Almelo", "Twenterand", "Wierden", "Tubbergen"].map((g) => kader(100000, g));
    expect(delen).toEqual([57042.96, 20679.32, 11488.51, 10789.21]);
    expect(Math.round(delen.reduce((a, b) => a + b, 0) * 100)).toBe(10000000);
    expect(kader(100000, "Dinkelland")).toBe(0);
    expect(kader("1.000,00", " gemeente almelo ")).toBe(570.43);
  });

  test("een onbekende of ontbrekende gemeente", () => {
    expect(excelFout(() => kader(100, "Enschede"))).toEqual({
      code: "#VALUE!",
      message:
        'gemeente "Enschede" is geen DVO-gemeente (Almelo, Wierden, Twenterand, Dinkelland, Tubbergen)',
    });
    expect(excelFout(() => kader(100, null))).toEqual({
      code: "#N/A",
      message: "gemeente ontbreekt (lege cel of 0)",
    });
  });
});
