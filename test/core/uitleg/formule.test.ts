// A cell's formula as a call of an explainable function: references, literals and omitted
// arguments are recognised, anything else is not explained; the tree reads the referenced cells.
import "../../functions/customfunctions-dubbel";
import type { CelWaarde } from "../../../src/core/grid";
import {
  cellenVanBereik,
  controleerBoom,
  ontleedFunctieFormule,
  uitlegFormule,
} from "../../../src/core/uitleg";
import { tarief, voorcalc } from "../../../src/functions/functions";

describe("ontleedFunctieFormule", () => {
  test("verwijzingen op dit en een ander blad, bereiken, getallen, tekst en weggelaten", () => {
    expect(ontleedFunctieFormule(`=ONTPLOOJ.VOORCALC('Bijlage 1'!$D$5:$D$12,Blad2!E5:E12,2%)`)).toEqual({
      naam: "VOORCALC",
      argumenten: [
        { soort: "verwijzing", blad: "Bijlage 1", van: "D5", tot: "D12" },
        { soort: "verwijzing", blad: "Blad2", van: "E5", tot: "E12" },
        { soort: "waarde", waarde: 0.02 },
      ],
    });
    expect(ontleedFunctieFormule(`=tarief(b2, C2 , "opbrengst")`)).toEqual({
      naam: "TARIEF",
      argumenten: [
        { soort: "verwijzing", van: "B2", tot: "B2" },
        { soort: "verwijzing", van: "C2", tot: "C2" },
        { soort: "waarde", waarde: "opbrengst" },
      ],
    });
    expect(ontleedFunctieFormule("=ONTPLOOJ.OPRESULT(A1,B1,)")?.argumenten[2]).toEqual({
      soort: "weggelaten",
    });
    expect(ontleedFunctieFormule(`=ONTPLOOJ.TARIEF(A1,B1,"a,b""c")`)?.argumenten[2]).toEqual({
      soort: "waarde",
      waarde: 'a,b"c',
    });
    expect(ontleedFunctieFormule(`=VOORCALC('Blad ''x'''!A1:A2,B1:B2)`)?.argumenten[0]).toEqual({
      soort: "verwijzing",
      blad: "Blad 'x'",
      van: "A1",
      tot: "A2",
    });
  });

  test("geen enkele aanroep met gewone argumenten: niet uit te leggen", () => {
    for (const f of [
      "=ONTPLOOJ.KADER(A1,B1)",
      "=ONTPLOOJ.VOORCALC(A1:A3,B1:B3)*2",
      "=ONTPLOOJ.VOORCALC(SUM(A1:A3),B1)",
      "=ONTPLOOJ.VOORCALC(A1:A3,B1:B3",
      `=ONTPLOOJ.TARIEF(A1,B1,"kosten)`,
      "1234",
      "=A1+B1",
    ])
      expect(ontleedFunctieFormule(f)).toBeUndefined();
  });

  test("cellenVanBereik: rij voor rij", () => {
    expect(cellenVanBereik("A1", "B2")).toEqual(["A1", "B1", "A2", "B2"]);
    expect(cellenVanBereik("C3", "C3")).toEqual(["C3"]);
  });
});

describe("uitlegFormule", () => {
  const blad: Record<string, CelWaarde> = {
    "Blad1!A1": 7150,
    "Blad1!A2": "-4.110",
    "Blad1!B1": 10,
    "Blad1!B2": 2.5,
    "Kosten!B7": 2066198.7,
    "Kosten!D7": 323,
  };
  const lees = (b: string, c: string) => blad[`${b}!${c}`] ?? null;

  test("VOORCALC over twee bereiken en 2%: de uitkomst van de functie, en de boom klopt", () => {
    const u = uitlegFormule("=ONTPLOOJ.VOORCALC(A1:A2,B1:B2,2%)", { blad: "Blad1", cel: "C1" }, lees);
    if ("reden" in u) throw new Error(u.reden);
    expect(Number(u.knoop.waarde)).toBe(voorcalc([[7150], ["-4.110"]], [[10], [2.5]], 0.02));
    expect(u.knoop.plek).toEqual({ blad: "Blad1", cel: "C1" });
    expect(controleerBoom(u.knoop)).toEqual([]);
  });

  test("TARIEF met verwijzingen naar een ander blad", () => {
    const u = uitlegFormule("=TARIEF(Kosten!B7,Kosten!D7)", { blad: "Blad1", cel: "C2" }, lees);
    if ("reden" in u) throw new Error(u.reden);
    expect(Number(u.knoop.waarde)).toBe(tarief([[2066198.7]], [[323]]));
    expect(u.knoop.kinderen.map((k) => k.bron)).toEqual([
      { blad: "Kosten", cel: "B7", ruw: 2066198.7 },
      { blad: "Kosten", cel: "D7", ruw: 323 },
    ]);
  });

  test("een andere formule, of een te groot bereik: een Nederlandse reden", () => {
    const anders = uitlegFormule("=SUM(A1:A2)", { blad: "Blad1", cel: "C3" }, lees);
    expect("reden" in anders && anders.reden).toMatch(
      /^De formule in C3 is geen enkele aanroep van VOORCALC/,
    );
    const groot = uitlegFormule("=VOORCALC(A1:A20000,B1:B20000)", { blad: "Blad1", cel: "C4" }, lees);
    expect("reden" in groot && groot.reden).toBe(
      "De formule in C4 verwijst naar 40.000 cellen; meer dan 10.000 worden niet stap voor stap uitgelegd.",
    );
  });
});
