// The notation of a workbook (src/core/notatie.ts): decided by its own unambiguous text numbers,
// else by Excel's decimal separator, else undecided; a mix of both notations is a conflict.
import type { CelWaarde, Werkboek } from "../../src/core/grid";
import { bepaalNotatie } from "../../src/core/notatie";

/** One sheet, values from A1. */
function werkboek(...rijen: CelWaarde[][]): Werkboek {
  return { bladen: [{ blad: "Bijlage 1", startRij: 0, startKolom: 0, waarden: rijen }] };
}

describe("bepaalNotatie", () => {
  test.each(["314,600.00", "7,150,000", "1.5", "-0.25", "€ 1,234.56", "12.5 %"])(
    "%p maakt het werkboek Engels",
    (tekst) => {
      const b = bepaalNotatie(werkboek(["Tarief", "1,442"], [null, tekst]));
      expect(b).toMatchObject({
        notatie: "en",
        bron: "werkboek",
        bewijs: { blad: "Bijlage 1", cel: "B2", tekst },
        dubbelzinnig: { cel: "B1", tekst: "1,442" },
        aantalDubbelzinnig: 1,
      });
    },
  );

  test.each(["1.234,56", "7.150,-", "0,5", "15,95", "1.234.567", "12,5 %", "€ 7.150,--"])(
    "%p maakt het werkboek Nederlands",
    (tekst) => {
      expect(bepaalNotatie(werkboek([tekst, "7.150"]))).toMatchObject({
        notatie: "nl",
        bron: "werkboek",
        bewijs: { cel: "A1", tekst },
      });
    },
  );

  test("echte getallen, gewone tekst en dubbelzinnige tekst beslissen niets", () => {
    const w = werkboek([1.5, "Wierden", "DVO-2021-WIE", "2023", "2%", "7.150", "1,442", true, null]);
    const b = bepaalNotatie(w);
    expect(b).toEqual({
      notatie: "auto",
      bron: "geen",
      dubbelzinnig: { blad: "Bijlage 1", cel: "F1", tekst: "7.150" },
      aantalDubbelzinnig: 2,
    });
  });

  test("zonder bewijs in het werkboek beslist het decimaalteken van Excel", () => {
    expect(bepaalNotatie(werkboek(["7.150"]), ",")).toMatchObject({ notatie: "nl", bron: "host" });
    expect(bepaalNotatie(werkboek(["7.150"]), ".")).toMatchObject({ notatie: "en", bron: "host" });
    expect(bepaalNotatie(werkboek(["7.150"]), "x")).toMatchObject({ notatie: "auto", bron: "geen" });
  });

  test("het werkboek gaat voor Excel: een Engels werkboek in een Nederlandse Excel", () => {
    expect(bepaalNotatie(werkboek(["314,600.00", "1,442"]), ",")).toMatchObject({
      notatie: "en",
      bron: "werkboek",
    });
  });

  test("beide notaties: een conflict met van elk één cel, en niets beslist", () => {
    const w: Werkboek = {
      bladen: [
        {
          blad: "Bijlage 1",
          startRij: 3,
          startKolom: 2,
          waarden: [
            ["15,95", null],
            [null, "1,442"],
          ],
        },
        { blad: "Voorschotten", startRij: 0, startKolom: 0, waarden: [["5,131.04"]] },
      ],
    };
    for (const host of [undefined, ",", "."]) {
      expect(bepaalNotatie(w, host)).toEqual({
        notatie: "auto",
        bron: "werkboek",
        conflict: {
          nl: { blad: "Bijlage 1", cel: "C4", tekst: "15,95" },
          en: { blad: "Voorschotten", cel: "A1", tekst: "5,131.04" },
        },
        dubbelzinnig: { blad: "Bijlage 1", cel: "D5", tekst: "1,442" },
        aantalDubbelzinnig: 1,
      });
    }
  });

  test("lange tekst is geen bewijs", () => {
    const lang = "1" + ".000".repeat(20) + ",5"; // a valid Dutch number of 83 characters
    expect(bepaalNotatie(werkboek([lang])).notatie).toBe("auto");
    expect(bepaalNotatie(werkboek(["1.000,5"])).notatie).toBe("nl");
  });
});
