// =ONTPLOOJ.TARIEF with revenues typed as a negative amount: refused (#VALUE! with the reason, which
// #NUM! could not show) instead of returning a tariff with the wrong sign (+4.133 for opbrengst
// beschut werk, which is −4.133 per fte).
import { excelFout } from "./customfunctions-dubbel";
import { tarief, voorschot } from "../../src/functions/functions";

describe("TARIEF: het teken van het bedrag", () => {
  test("negatieve opbrengsten geven #WAARDE! met de reden, geen positief opbrengsttarief", () => {
    expect(tarief([[1064082.18]], [[257.46]], "opbrengst")).toBe(-4133);
    expect(excelFout(() => tarief([[-1064082.18]], [[257.46]], "opbrengst"))).toEqual({
      code: "#VALUE!",
      message:
        "de gerealiseerde opbrengsten zijn negatief (-1064082.18); vul ze als positief bedrag in, het teken volgt uit de soort",
    });
    expect(excelFout(() => tarief([["-1.064.082,18"]], [[257.46]], "opbrengst")).code).toBe("#VALUE!");
  });

  test("negatieve kosten geven #WAARDE!", () => {
    expect(excelFout(() => tarief([[-928648]], [[644]], null)).message).toMatch(
      /^de gerealiseerde kosten zijn negatief/,
    );
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
