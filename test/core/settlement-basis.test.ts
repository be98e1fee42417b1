import { bijdrage, eindafrekening, voorschotten } from "../../src/core/settlement";
import { som } from "../../src/core/money";

describe("voorcalculatie → voorschotten → eindafrekening (Wierden-achtig voorbeeld)", () => {
  const calc = bijdrage(
    [
      { code: "BEG_BESCHUT", tarief: 7150, aantal: "12.5" },
      { code: "OPBR_BESCHUT", tarief: -4110, aantal: "10.3" },
      { code: "VERLONING", tarief: 321, aantal: 40 },
    ],
    "0.02",
  );

  it("rekent regels, kosten, opbrengsten en risico-opslag exact", () => {
    expect(calc.regels.map((r) => r.bedrag.toFixed(2))).toEqual(["89375.00", "-42333.00", "12840.00"]);
    expect(calc.kostenTotaal.toFixed(2)).toBe("102215.00");
    expect(calc.opbrengstenTotaal.toFixed(2)).toBe("-42333.00");
    expect(calc.risicoOpslag.toFixed(2)).toBe("2044.30");
    expect(calc.totaal.toFixed(2)).toBe("61926.30");
  });

  it("verdeelt de voorcalculatie over 12 maanden tot op de cent", () => {
    const termijnen = voorschotten(calc.totaal, 12);
    expect(termijnen).toHaveLength(12);
    expect(som(termijnen).equals(calc.totaal)).toBe(true);
    expect(termijnen[0].toFixed(2)).toBe("5160.53");
    expect(termijnen[11].toFixed(2)).toBe("5160.52");
  });

  it("laat de gemeente bijbetalen als de nacalculatie hoger uitvalt", () => {
    const e = eindafrekening("63000.00", voorschotten(calc.totaal, 12), 2023, "gemeente Wierden");
    expect(e.saldo.toFixed(2)).toBe("1073.70");
    expect(e.richting).toBe("bijbetalen");
    expect(e.vervaldatum).toBe("2024-04-30");
    expect(e.toelichting).toBe("Gemeente Wierden betaalt Ontplooj € 1.073,70 bij, uiterlijk 30-04-2024.");
  });
});
