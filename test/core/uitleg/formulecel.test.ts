// Reading a cell's =ONTPLOOJ.* call into its function and argument cells, for its explanation:
// plain references, names, literals and left-out arguments; anything else refused with a reason.
import type { Werkboek } from "../../../src/core/grid";
import type { BladPlan } from "../../../src/core/sheetplan";
import type { UitlegKnoop } from "../../../src/core/uitleg";
import {
  isFunctieFormule,
  leesFunctieFormule,
  MAX_ARGUMENT_CELLEN,
  uitlegFormuleCel,
} from "../../../src/core/uitleg/formulecel";
import { planCelKlopt } from "../../../src/core/uitleg/plancel";

const WERKBOEK: Werkboek = {
  bladen: [
    {
      blad: "Rekenblad",
      startRij: 0,
      startKolom: 0,
      waarden: [
        ["Tarief", "Aantal", "Opslag"],
        [7150, 12, "2%"],
        ["€ 1.271,-", 3.5, null],
      ],
    },
    { blad: "Blad 'x'", startRij: 4, startKolom: 2, waarden: [[100]] },
  ],
  namen: [
    { naam: "Tarieven", verwijzing: "Rekenblad!$A$2:$A$3" },
    { naam: "Kapot", verwijzing: "#REF!" },
  ],
};

describe("formulecel", () => {
  it("leest verwijzingen op het blad van de formule en op andere, rij voor rij, met hun ruwe waarden", () => {
    const f = leesFunctieFormule("=ONTPLOOJ.VOORCALC(A2:A3,$B$2:B3,'Blad ''x'''!C5)", WERKBOEK, "Rekenblad");
    expect(f).toEqual({
      functie: "VOORCALC",
      argumenten: [
        [
          { ruw: 7150, blad: "Rekenblad", cel: "A2" },
          { ruw: "€ 1.271,-", blad: "Rekenblad", cel: "A3" },
        ],
        [
          { ruw: 12, blad: "Rekenblad", cel: "B2" },
          { ruw: 3.5, blad: "Rekenblad", cel: "B3" },
        ],
        [{ ruw: 100, blad: "Blad 'x'", cel: "C5" }],
      ],
    });
  });

  it("leest namen, letterlijke waarden en weggelaten argumenten; lege cellen in een bereik zijn null", () => {
    const f = leesFunctieFormule(
      '=ontplooj.tarief(Tarieven, 2%, "opbrengst", , TRUE, C2:C3)',
      WERKBOEK,
      "Rekenblad",
    );
    expect(f).toEqual({
      functie: "TARIEF",
      argumenten: [
        [
          { ruw: 7150, blad: "Rekenblad", cel: "A2" },
          { ruw: "€ 1.271,-", blad: "Rekenblad", cel: "A3" },
        ],
        [{ ruw: 0.02 }],
        [{ ruw: "opbrengst" }],
        undefined,
        [{ ruw: true }],
        [
          { ruw: "2%", blad: "Rekenblad", cel: "C2" },
          { ruw: null, blad: "Rekenblad", cel: "C3" },
        ],
      ],
    });
    expect(leesFunctieFormule("=ONTPLOOJ.OPRESULT()", WERKBOEK, "Rekenblad")).toEqual({
      functie: "OPRESULT",
      argumenten: [],
    });
  });

  it("is geen functiecel bij andere formules, en weigert wat hij niet exact kan uitleggen", () => {
    expect(isFunctieFormule("=SUM(A1:A3)")).toBe(false);
    expect(isFunctieFormule("=ONTPLOOJ.NACALC(A1,B1,C1)")).toBe(true);
    expect(leesFunctieFormule("=SUM(A1:A3)", WERKBOEK, "Rekenblad")).toBeUndefined();
    expect(leesFunctieFormule("=ONTPLOOJ.VOORCALC(A1)*2", WERKBOEK, "Rekenblad")).toBeUndefined();
    const reden = (formule: string) => {
      const f = leesFunctieFormule(formule, WERKBOEK, "Rekenblad");
      return f && "reden" in f ? f.reden : undefined;
    };
    expect(reden("=ONTPLOOJ.VOORCALC(A2*2,B2)")).toMatch(
      /^argument 1 van VOORCALC: A2\*2 is geen celverwijzing/,
    );
    expect(reden("=ONTPLOOJ.VOORCALC(SUM(A2:A3),B2)")).toMatch(/argument 1 van VOORCALC/);
    expect(reden("=ONTPLOOJ.VOORCALC(A:A,B2)")).toMatch(/A:A is geen celverwijzing/);
    expect(reden("=ONTPLOOJ.VOORCALC(Onbekend!A1,B2)")).toMatch(/het blad 'Onbekend' is niet gelezen/);
    expect(reden("=ONTPLOOJ.VOORCALC(Geen,B2)")).toMatch(/Geen is geen naam in deze werkmap/);
    expect(reden("=ONTPLOOJ.VOORCALC(Kapot,B2)")).toMatch(/de naam Kapot wijst nergens naar/);
    expect(reden(`=ONTPLOOJ.VOORCALC(A1:A${MAX_ARGUMENT_CELLEN + 1},B2)`)).toMatch(/meer dan 10000 cellen/);
    expect(reden('=ONTPLOOJ.TARIEF(A1,B1,"kosten)')).toMatch(/is niet te lezen/);
  });

  it("legt een functiecel uit met de boom van de kern, met de bladeren op de argumentcellen", () => {
    const u = uitlegFormuleCel(WERKBOEK, "Rekenblad", "D1", "=ONTPLOOJ.VOORCALC(A2,B2)");
    if (!u || !("knoop" in u)) throw new Error(JSON.stringify(u));
    expect(u.knoop.waarde).toBe("85800");
    expect(u.knoop.plek).toEqual({ blad: "Rekenblad", cel: "D1" });
    const bronnen: string[] = [];
    const loop = (k: UitlegKnoop) =>
      k.bron ? bronnen.push(`${k.bron.blad}!${k.bron.cel}`) : k.kinderen.forEach(loop);
    loop(u.knoop);
    // A line counts in the subtotal and in the surcharge base: the same leaves appear twice.
    expect([...new Set(bronnen)].sort()).toEqual(["Rekenblad!A2", "Rekenblad!B2"]);
    expect(uitlegFormuleCel(WERKBOEK, "Rekenblad", "D1", "=A2*B2")).toBeUndefined();
    expect(uitlegFormuleCel(WERKBOEK, "Rekenblad", "D1", "=ONTPLOOJ.VOORCALC(A2*2,B2)")).toHaveProperty(
      "reden",
    );
    expect(uitlegFormuleCel(WERKBOEK, "Rekenblad", "D1", "=ONTPLOOJ.INDEXEER(A2,2021,2023)")).toHaveProperty(
      "reden",
    );
  });
});

describe("plancel", () => {
  const PLAN: BladPlan = {
    blad: "Eindafrekening",
    gebied: "A1:J60",
    namen: [],
    cellen: [
      { adres: "F42", formule: "=ROUND(F22-F37,2)", waarde: -7863.29 },
      { adres: "C10", waarde: 7150 },
      { adres: "B2", waarde: "Wierden" },
    ],
  };

  it("ziet of het blad nog bevat wat het plan schrijft: de formule, of de gekopieerde waarde", () => {
    expect(planCelKlopt(PLAN, "F42", { formule: "=ROUND( $F$22 - F37 ,2)", waarde: -7863.29 })).toBe(true);
    expect(planCelKlopt(PLAN, "F42", { formule: "=round(f22-f37,2)", waarde: 0 })).toBe(true);
    expect(planCelKlopt(PLAN, "F42", { formule: "=ROUND(F23-F37,2)", waarde: -7863.29 })).toBe(false);
    expect(planCelKlopt(PLAN, "F42", { formule: null, waarde: -7863.29 })).toBe(false);
    expect(planCelKlopt(PLAN, "C10", { formule: null, waarde: 7150.001 })).toBe(true);
    expect(planCelKlopt(PLAN, "C10", { formule: null, waarde: 7150.01 })).toBe(false);
    expect(planCelKlopt(PLAN, "B2", { formule: null, waarde: "Wierden" })).toBe(true);
    expect(planCelKlopt(PLAN, "B2", { formule: null, waarde: "Almelo" })).toBe(false);
    expect(planCelKlopt(PLAN, "Z99", { formule: null, waarde: null })).toBe(false);
  });
});
