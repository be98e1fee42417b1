// =ONTPLOOJ.TARIEF with revenues typed as a negative amount: refused (#NUM!) instead of returning
// a tariff with the wrong sign (+4.133 for opbrengst beschut werk, which is −4.133 per fte).
import { excelFout } from "./customfunctions-dubbel";
import { tarief, voorschot } from "../../src/functions/functions";

describe("TARIEF: het teken van het bedrag", () => {
  test("negatieve opbrengsten geven #GETAL!, geen positief opbrengsttarief", () => {
    expect(tarief([[1064082.18]], [[257.46]], "opbrengst")).toBe(-4133);
    expect(excelFout(() => tarief([[-1064082.18]], [[257.46]], "opbrengst")).code).toBe("#NUM!");
    expect(excelFout(() => tarief([["-1.064.082,18"]], [[257.46]], "opbrengst")).code).toBe("#NUM!");
  });

  test("negatieve kosten geven #GETAL!", () => {
    expect(excelFout(() => tarief([[-928648]], [[644]], null)).code).toBe("#NUM!");
  });
});

describe("VOORSCHOT: een jaarbedrag uit een SUM met binaire ruis", () => {
  test("143.000 − 65.554,50 + … = 55.894,23999999999 in Excel telt als 55.894,24, niet als #WAARDE!", () => {
    const xs = [143000, -65554.5, 61815, -120273, 48780, -105148.82, 71176, 20865, 1234.56];
    const som = xs.reduce((a, b) => a + b, 0);
    expect(som).not.toBe(55894.24); // what the cell holds, and shows as € 55.894,24
    const termijnen = Array.from({ length: 12 }, (_, i) => voorschot(som, 12, i + 1));
    expect(termijnen.slice(0, 4)).toEqual([4657.86, 4657.86, 4657.86, 4657.86]);
    expect(Math.round(termijnen.reduce((a, b) => a + b, 0) * 100)).toBe(5589424);
  });

  test("een echte derde decimaal blijft geweigerd", () => {
    expect(excelFout(() => voorschot(1200.001, 12, 1)).code).toBe("#VALUE!");
    expect(excelFout(() => voorschot("55.894,239", 12, 1)).code).toBe("#VALUE!");
  });
});
