// Reading a cell's =ONTPLOOJ.* call into its function and argument cells, for its explanation:
// plain references, names, literals and left-out arguments; anything else refused with a reason.
import type { Werkboek } from "../../src/core/grid";
import { isFunctieFormule, leesFunctieFormule, MAX_ARGUMENT_CELLEN } from "../../src/core/uitleg/formulecel";

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
  it("reads references on the formula's sheet and on others, row by row, with their raw values", () => {
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

  it("reads names, literals and left-out arguments; empty cells in a range are null", () => {
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

  it("is no function cell for other formulas, and refuses what it cannot explain exactly", () => {
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
});
