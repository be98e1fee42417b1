// Behaviour of the settlement engine (DOMAIN.md §3) on worked examples. Expected values are
// worked out by hand in the comments; the inputs are not the outputs.
import { GEMEENTEN, dienst } from "../../src/core/catalogue";
import { InvoerFout } from "../../src/core/fouten";
import { dec, rondCenten, som } from "../../src/core/money";
import {
  KADER_VERDELING,
  KPI_DOELEN_2023,
  bijdrage,
  eindafrekening,
  evalueerKpi,
  gerealiseerdTarief,
  indexeer,
  nacalculatieOntplooj,
  quasiInbesteding,
  taakstellingGat,
  verdeelKader,
  verdeelNaarRato,
  vervaldatum,
  voorschotTermijn,
  voorschotten,
  type Regel,
} from "../../src/core/settlement";

/** A Wierden-like bijlage 1 for 2023 with the published tariffs and plausible volumes. */
const WIERDEN_REGELS: Regel[] = [
  { code: "BEG_BESCHUT", tarief: dienst("BEG_BESCHUT").tarief2023, aantal: 14 }, // 100,100.00
  { code: "OPBR_BESCHUT", tarief: dienst("OPBR_BESCHUT").tarief2023, aantal: "11.3" }, // −46,443.00
  { code: "BEG_GROEPSDET", tarief: dienst("BEG_GROEPSDET").tarief2023, aantal: 6 }, // 24,726.00
  { code: "OPBR_GROEPSDET", tarief: dienst("OPBR_GROEPSDET").tarief2023, aantal: "5.4" }, // −46,062.00
  { code: "WERKGEVERSTAKEN", tarief: dienst("WERKGEVERSTAKEN").tarief2023, aantal: 31 }, // 39,401.00
  { code: "VERLONING", tarief: dienst("VERLONING").tarief2023, aantal: 33 }, // 10,593.00
];

describe("voorcalculatie (§3.1, §3.2)", () => {
  test("Wierden-achtig: regels, risico-opslag alleen over de kostenregels, totaal", () => {
    const c = bijdrage(WIERDEN_REGELS, "0.035");
    expect(c.regels.map((r) => r.bedrag.toFixed(2))).toEqual([
      "100100.00",
      "-46443.00",
      "24726.00",
      "-46062.00",
      "39401.00",
      "10593.00",
    ]);
    expect(c.kostenTotaal.toFixed(2)).toBe("174820.00");
    expect(c.opbrengstenTotaal.toFixed(2)).toBe("-92505.00");
    expect(c.subtotaal.toFixed(2)).toBe("82315.00");
    expect(c.risicoOpslag.toFixed(2)).toBe("6118.70"); // 3.5 % of 174,820, not of 82,315
    expect(c.totaal.toFixed(2)).toBe("88433.70");
  });

  test("Almelo betaalt geen risico-opslag: totaal = subtotaal", () => {
    const c = bijdrage(WIERDEN_REGELS, 0);
    expect(c.risicoOpslag.isZero()).toBe(true);
    expect(c.totaal.equals(c.subtotaal)).toBe(true);
  });

  test("regels worden op centen afgerond, half van nul af; het totaal is de som van afgeronde regels", () => {
    // 1.005 × 1 = 1.005 → 1.01 (a binary double would give 1.00); −0.125 × 1 → −0.13.
    const c = bijdrage([
      { tarief: "1.005", aantal: 1 },
      { tarief: "-0.125", aantal: 1 },
      { tarief: "0.333", aantal: 3 }, // 0.999 → 1.00
    ]);
    expect(c.regels.map((r) => r.bedrag.toFixed(2))).toEqual(["1.01", "-0.13", "1.00"]);
    expect(c.totaal.toFixed(2)).toBe("1.88");
  });

  test("een risico-opslag boven 100 % of onder 0 is een invoerfout", () => {
    expect(() => bijdrage(WIERDEN_REGELS, 5)).toThrow(InvoerFout);
    expect(() => bijdrage(WIERDEN_REGELS, "-0.01")).toThrow(InvoerFout);
  });
});

describe("voorschotten (§3.2)", () => {
  const jaar = bijdrage(WIERDEN_REGELS, "0.035").totaal; // 88,433.70

  test("12 maanden tellen op tot het jaarbedrag; de restcenten gaan naar de eerste termijnen", () => {
    const v = voorschotten(jaar, 12);
    expect(v).toHaveLength(12);
    expect(som(v).equals(jaar)).toBe(true);
    // 88,433.70 / 12 = 7,369.475: six terms of 7,369.48 and six of 7,369.47.
    expect(v.map((x) => x.toFixed(2))).toEqual([...Array(6).fill("7369.48"), ...Array(6).fill("7369.47")]);
  });

  test("4 kwartalen tellen op tot het jaarbedrag", () => {
    const v = voorschotten(jaar, 4);
    expect(som(v).equals(jaar)).toBe(true);
    expect(v.map((x) => x.toFixed(2))).toEqual(["22108.43", "22108.43", "22108.42", "22108.42"]);
    expect(voorschotTermijn(jaar, 4, 4).toFixed(2)).toBe("22108.42");
  });

  test("een negatief jaarbedrag (Ontplooj betaalt) wordt ook sluitend verdeeld", () => {
    const v = voorschotten("-100.01", 12);
    expect(som(v).toFixed(2)).toBe("-100.01");
    expect(v.every((x) => x.isNegative())).toBe(true);
  });

  test("ongeldige termijnen en meer dan twee decimalen zijn invoerfouten", () => {
    expect(() => voorschotten(100, 0)).toThrow(InvoerFout);
    expect(() => voorschotten(100, 2.5)).toThrow(InvoerFout);
    expect(() => voorschotten("100.001", 12)).toThrow(InvoerFout);
    expect(() => voorschotTermijn(100, 12, 13)).toThrow(InvoerFout);
  });
});

describe("gerealiseerde tarieven (§3.3)", () => {
  test("kostendienst: kosten / eenheden, positief", () => {
    const t = gerealiseerdTarief("kosten", 1000, 3);
    expect(t.isPositive()).toBe(true);
    expect(rondCenten(t).toFixed(2)).toBe("333.33"); // exact quotient, rounded only on the line
    expect(rondCenten(t.times(3)).toFixed(2)).toBe("1000.00");
  });

  test("opbrengstdienst: −opbrengsten / fte, negatief", () => {
    expect(gerealiseerdTarief("opbrengst", 1000, 4).toString()).toBe("-250");
  });

  test("nul eenheden is een deelfout, negatieve eenheden een getalfout", () => {
    expect(() => gerealiseerdTarief("kosten", 1000, 0)).toThrow(expect.objectContaining({ soort: "deling" }));
    expect(() => gerealiseerdTarief("kosten", 1000, -1)).toThrow(expect.objectContaining({ soort: "getal" }));
  });
});

describe("nacalculatie Ontplooj-breed met behoudscontrole (§3.4)", () => {
  const uitkomst = nacalculatieOntplooj(
    [
      { code: "BEG_BESCHUT", bedrag: "1000000.01" },
      { code: "OPBR_BESCHUT", bedrag: "333333.33" },
      { code: "VERLONING", bedrag: "77777.77" },
    ],
    [
      {
        gemeente: "Almelo",
        risicoOpslag: 0,
        aantallen: { BEG_BESCHUT: 3, OPBR_BESCHUT: "2.5", VERLONING: 7 },
      },
      {
        gemeente: "Wierden",
        risicoOpslag: "0.05",
        aantallen: { BEG_BESCHUT: 7, OPBR_BESCHUT: "6.1", VERLONING: 13 },
      },
      {
        gemeente: "Twenterand",
        risicoOpslag: "0.05",
        aantallen: { BEG_BESCHUT: "11.5", OPBR_BESCHUT: "9.9" },
      },
    ],
  );

  test("Σ B_n(g) zonder opslag = kosten − opbrengsten, tot op de cent", () => {
    // 1,000,000.01 + 77,777.77 − 333,333.33 = 744,444.45
    expect(uitkomst.conservatie.verwacht.toFixed(2)).toBe("744444.45");
    expect(uitkomst.conservatie.gevonden.toFixed(2)).toBe("744444.45");
    expect(uitkomst.conservatie.klopt).toBe(true);
  });

  test("per dienst tellen de regels op tot het gerealiseerde bedrag", () => {
    const perDienst = (code: string) =>
      som(
        uitkomst.perGemeente.flatMap((p) =>
          p.calculatie.regels.filter((r) => r.code === code).map((r) => r.bedrag),
        ),
      );
    expect(perDienst("BEG_BESCHUT").toFixed(2)).toBe("1000000.01");
    expect(perDienst("OPBR_BESCHUT").toFixed(2)).toBe("-333333.33");
    expect(perDienst("VERLONING").toFixed(2)).toBe("77777.77");
  });

  test("elke regel wijkt hooguit één cent af van round(tarief × aantal)", () => {
    for (const p of uitkomst.perGemeente) {
      for (const r of p.calculatie.regels) {
        expect(
          r.bedrag
            .minus(rondCenten(r.tarief.times(r.aantal)))
            .abs()
            .lessThanOrEqualTo("0.01"),
        ).toBe(true);
        expect(r.bedrag.decimalPlaces()).toBeLessThanOrEqual(2);
      }
    }
  });

  test("tarieven: kosten positief, opbrengst negatief; 1.000.000,01 / 21,5 eenheden", () => {
    expect(rondCenten(uitkomst.tarieven.BEG_BESCHUT!).toFixed(2)).toBe("46511.63");
    expect(uitkomst.tarieven.VERLONING!.toFixed(2)).toBe("3888.89"); // 77,777.77 / 20
    expect(uitkomst.tarieven.OPBR_BESCHUT!.isNegative()).toBe(true);
  });

  test("een gemeente zonder de dienst krijgt geen regel; de opslag komt bovenop het subtotaal", () => {
    const twenterand = uitkomst.perGemeente.find((p) => p.gemeente === "Twenterand")!.calculatie;
    expect(twenterand.regels.map((r) => r.code)).toEqual(["BEG_BESCHUT", "OPBR_BESCHUT"]);
    expect(twenterand.risicoOpslag.equals(rondCenten(twenterand.kostenTotaal.times("0.05")))).toBe(true);
    expect(twenterand.totaal.equals(twenterand.subtotaal.plus(twenterand.risicoOpslag))).toBe(true);
    const almelo = uitkomst.perGemeente.find((p) => p.gemeente === "Almelo")!.calculatie;
    expect(almelo.risicoOpslag.isZero()).toBe(true);
  });

  test("de regels worden pas bij lezen gemaakt en lezen, vergelijken en serialiseren als gewone gegevens", () => {
    const wierden = uitkomst.perGemeente.find((p) => p.gemeente === "Wierden")!.calculatie;
    expect(Object.keys(wierden)[0]).toBe("regels");
    const eerst = wierden.regels;
    expect(wierden.regels).toBe(eerst); // built once, then kept
    expect(Object.getOwnPropertyDescriptor(wierden, "regels")).toMatchObject({
      value: eerst,
      enumerable: true,
    });
    const alsTekst = JSON.parse(JSON.stringify(wierden)) as { regels: { code: string; bedrag: string }[] };
    expect(alsTekst.regels.map((r) => r.code)).toEqual(["BEG_BESCHUT", "OPBR_BESCHUT", "VERLONING"]);
    expect(alsTekst.regels.map((r) => r.bedrag)).toEqual(eerst.map((r) => r.bedrag.toString()));
    expect({ ...wierden }).toEqual(wierden);
  });

  test("geen enkele eenheid voor een dienst met kosten is een deelfout", () => {
    expect(() =>
      nacalculatieOntplooj(
        [{ code: "WERKFIT", bedrag: 100 }],
        [{ gemeente: "Almelo", risicoOpslag: 0, aantallen: {} }],
      ),
    ).toThrow(expect.objectContaining({ soort: "deling" }));
  });
});

describe("eindafrekening (§3.5)", () => {
  const betaald = voorschotten("88433.70", 12);

  test("saldo > 0: de gemeente betaalt bij, uiterlijk 30 april van het volgende jaar", () => {
    const e = eindafrekening("90000.00", betaald, 2023, "gemeente Wierden");
    expect(e.saldo.toFixed(2)).toBe("1566.30");
    expect(e.richting).toBe("bijbetalen");
    expect(e.vervaldatum).toBe("2024-04-30");
    expect(e.toelichting).toBe("Gemeente Wierden betaalt Ontplooj € 1.566,30 bij, uiterlijk 30-04-2024.");
  });

  test("saldo < 0: Ontplooj betaalt terug", () => {
    const e = eindafrekening("87000.00", betaald, 2023, "gemeente Wierden");
    expect(e.saldo.toFixed(2)).toBe("-1433.70");
    expect(e.richting).toBe("terugbetalen");
    expect(e.toelichting).toBe("Ontplooj betaalt gemeente Wierden € 1.433,70 terug, uiterlijk 30-04-2024.");
  });

  test("saldo 0: nihil, niemand betaalt", () => {
    const e = eindafrekening("88433.70", betaald, 2024);
    expect(e.saldo.isZero()).toBe(true);
    expect(e.richting).toBe("nihil");
    expect(e.vervaldatum).toBe("2025-04-30");
    expect(e.toelichting).not.toMatch(/€/);
  });

  test("vervaldatum weigert een onmogelijk jaar", () => {
    expect(vervaldatum(2026)).toBe("2027-04-30");
    expect(() => vervaldatum(1999)).toThrow(InvoerFout);
    expect(() => vervaldatum(2023.5)).toThrow(InvoerFout);
  });
});

describe("quasi-inbesteding (§3.11): grens 80 %", () => {
  test("precies 80 % voldoet, net eronder niet", () => {
    expect(quasiInbesteding(800, 1000).voldoet).toBe(true);
    expect(quasiInbesteding("799.99", 1000).voldoet).toBe(false);
    expect(quasiInbesteding(1000, 1000).aandeel.toString()).toBe("1");
  });

  test("meer omzet uit Almelo dan in totaal, of totaal 0, is een invoerfout", () => {
    expect(() => quasiInbesteding(1001, 1000)).toThrow(InvoerFout);
    expect(() => quasiInbesteding(0, 0)).toThrow(expect.objectContaining({ soort: "deling" }));
  });
});

describe("kaderverdeling (§3.12)", () => {
  test("de gepubliceerde percentages tellen op tot 100,1 %", () => {
    expect(som(Object.values(KADER_VERDELING) as number[]).toString()).toBe("100.1");
    expect(Object.keys(KADER_VERDELING).sort()).toEqual(["Almelo", "Tubbergen", "Twenterand", "Wierden"]);
  });

  test.each(["100000", "12345.67", "0.03", "-999.99"])(
    "%s wordt genormaliseerd en sluitend verdeeld",
    (totaal) => {
      const delen = verdeelKader(totaal);
      const waarden = Object.values(delen) as ReturnType<typeof dec>[];
      expect(som(waarden).equals(totaal)).toBe(true);
      for (const [naam, pct] of Object.entries(KADER_VERDELING) as [string, number][]) {
        // Normalised: share = pct / 100.1, so each part is within a cent of that exact share.
        const exact = dec(totaal).times(pct).div("100.1");
        expect(delen[naam as keyof typeof delen]!.minus(exact).abs().lessThan("0.01")).toBe(true);
      }
    },
  );

  test("Almelo krijgt 57,1/100,1 van 100.000 = 57.042,96", () => {
    expect(verdeelKader(100000).Almelo!.toFixed(2)).toBe("57042.96");
  });

  test("verdeelNaarRato weigert lege, negatieve en nul-sleutels", () => {
    expect(() => verdeelNaarRato(100, {})).toThrow(InvoerFout);
    expect(() => verdeelNaarRato(100, { a: -1, b: 2 })).toThrow(InvoerFout);
    expect(() => verdeelNaarRato(100, { a: 0, b: 0 })).toThrow(InvoerFout);
  });
});

describe("KPI's (§3.13)", () => {
  test("de gepubliceerde doelen 2023 met hun richting", () => {
    expect(KPI_DOELEN_2023.map((k) => [k.doel.toString(), k.richting])).toEqual([
      ["0.85", "hoger"],
      ["0.5", "hoger"],
      ["0.9", "hoger"],
      ["0.9", "hoger"],
      ["7.5", "hoger"],
      ["0.156", "lager"],
      ["0.142", "lager"],
    ]);
  });

  test("hoger is beter: op of boven het doel is behaald", () => {
    const tevredenheid = KPI_DOELEN_2023[4];
    expect(evalueerKpi({ ...tevredenheid, realisatie: "7.5" }).behaald).toBe(true);
    expect(evalueerKpi({ ...tevredenheid, realisatie: "7.4" }).behaald).toBe(false);
    expect(evalueerKpi({ ...tevredenheid, realisatie: "7.4" }).verschil.toString()).toBe("-0.1");
  });

  test("lager is beter: ziekteverzuim boven 15,6 % is niet behaald", () => {
    const verzuim = KPI_DOELEN_2023[5];
    expect(evalueerKpi({ ...verzuim, realisatie: "0.156" }).behaald).toBe(true);
    expect(evalueerKpi({ ...verzuim, realisatie: "0.12" }).behaald).toBe(true);
    expect(evalueerKpi({ ...verzuim, realisatie: "0.171" }).behaald).toBe(false);
  });

  test("een onbekende richting is een invoerfout", () => {
    expect(() => evalueerKpi({ doel: 1, realisatie: 1, richting: "beter" as "hoger" })).toThrow(InvoerFout);
  });
});

describe("taakstelling beschut werk 2023 (§3.14)", () => {
  test("de quota van de vijf gemeenten tellen op tot 125", () => {
    expect(som(GEMEENTEN.map((g) => g.taakstellingBeschut2023)).toString()).toBe("125");
  });

  test("125 quotum tegen 80 gerealiseerd: gat 45, realisatiegraad 64 %, niet gehaald", () => {
    const totaal = som(GEMEENTEN.map((g) => g.taakstellingBeschut2023));
    const t = taakstellingGat(totaal, 80);
    expect(t.gat.toString()).toBe("45");
    expect(t.realisatiegraad!.toString()).toBe("0.64");
    expect(t.gehaald).toBe(false);
  });

  test("meer dan het quotum is gehaald; quotum 0 heeft geen realisatiegraad; negatief is een fout", () => {
    expect(taakstellingGat(5, 6).gehaald).toBe(true);
    expect(taakstellingGat(0, 0).realisatiegraad).toBeNull();
    expect(() => taakstellingGat(-1, 0)).toThrow(InvoerFout);
  });
});

describe("indexatie (§3.8)", () => {
  test("vooruit: 2021 in prijzen 2023 = × 1,035 × 1,091", () => {
    expect(indexeer(100, 2021, 2023).toString()).toBe("112.9185");
  });

  test("terug: 2024 in prijzen 2023 = / 1,06", () => {
    expect(indexeer(106, 2024, 2023).toString()).toBe("100");
  });

  test("heen en terug geeft het bedrag exact terug; zelfde jaar verandert niets", () => {
    expect(indexeer(indexeer("1234.56", 2021, 2024), 2024, 2021).toString()).toBe("1234.56");
    expect(indexeer("1234.56", 2023, 2023).toString()).toBe("1234.56");
  });

  test("een ontbrekend jaar in de reeks is InvoerFout 'ontbreekt'", () => {
    expect(() => indexeer(100, 2023, 2025)).toThrow(
      expect.objectContaining({ name: "InvoerFout", soort: "ontbreekt" }),
    );
    expect(() => indexeer(100, 2019, 2023)).toThrow(expect.objectContaining({ soort: "ontbreekt" }));
    expect(() => indexeer(100, 2022, 2023, new Map([[2022, "0.1"]]))).toThrow(
      expect.objectContaining({ soort: "ontbreekt" }),
    );
  });
});
