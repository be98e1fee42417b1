// The Bijlage1_* names in the core: references as Excel and files write them, parts read from their
// real cells, the documentation in step with the one list of names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BEVINDING_CODES, controleerBijlage1 } from "../../../src/core/bijlage1";
import {
  BIJLAGE1_NAMEN,
  naamDefinitie,
  parseVerwijzing,
  toonVerwijzing,
} from "../../../src/core/bijlage1/namen";
import type { Grid, Werkboek } from "../../../src/core/grid";

describe("parseVerwijzing", () => {
  test.each([
    ["='Begroting 2023'!$B$5:$B$15", "Begroting 2023", [4, 1], [14, 1]],
    ["'Begroting 2023'!$B$5:$B$15", "Begroting 2023", [4, 1], [14, 1]],
    ["=Begroting!B5", "Begroting", [4, 1], [4, 1]],
    ["'Gemeente''s cijfers'!$AA$10:$AB$12", "Gemeente's cijfers", [9, 26], [11, 27]],
    ["Blad1!$C$9:$C$3", "Blad1", [2, 2], [8, 2]],
  ])("%s", (tekst, blad, van, tot) => {
    const v = parseVerwijzing(tekst);
    expect(v).toEqual({
      ok: true,
      blad,
      van: { rij: van[0], kolom: van[1] },
      tot: { rij: tot[0], kolom: tot[1] },
    });
  });

  test.each([
    ["#REF!", /#REF!/],
    ["='Begroting 2023'!#REF!", /#REF!/],
    ["Blad1!$A$1:$A$3,Blad1!$C$1:$C$3", /meer dan één gebied/],
    ["'Blad 1'!$A$1,'Blad 1'!$C$1", /meer dan één gebied/],
    ["0.02", /niet naar een cel/],
    ['="Wierden"', /niet naar een cel/],
    ["Blad1!$B:$B", /niet naar een cel/],
  ])("weigert %s", (tekst, reden) => {
    const v = parseVerwijzing(tekst);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reden).toMatch(reden);
  });

  test("toonVerwijzing zonder dollartekens", () => {
    const v = parseVerwijzing("='Realisatie 2023'!$C$5:$C$9");
    expect(v.ok && toonVerwijzing(v)).toBe("Realisatie 2023!C5:C9");
  });
});

function grid(blad: string, startRij: number, startKolom: number, waarden: Grid["waarden"]): Grid {
  return { blad, startRij, startKolom, waarden };
}

/** Budget on one sheet (rows 3–4), realisation on another at other rows, a named cost-price table. */
function werkboek(namen: Werkboek["namen"]): Werkboek {
  return {
    bladen: [
      grid("Cijfers", 0, 0, [
        ["Gemeente", null, "Almelo"],
        ["Jaar", null, 2023],
        [null],
        ["Uitvoeren verloning", "nominaal", 321, 10],
        [null, null, null, null],
        ["Uitvoeren begeleiding beschut werk", "nominaal", 7150, 2],
      ]),
      grid("Realisatie", 10, 3, [[12], [null], [3]]),
      grid("Overig", 0, 0, [
        ["Dienst", "Kosten", "Opbrengsten", "Eenheden"],
        ["Uitvoeren verloning", 3900, null, 12],
        ["Uitvoeren begeleiding beschut werk", 22000, null, 3],
        ["iets anders onder de tabel", "x", "y", "z"],
      ]),
    ],
    namen,
  };
}

const BASIS = [
  { naam: "bijlage1_gemeente", verwijzing: "Cijfers!$C$1" },
  { naam: "Bijlage1_Jaar", verwijzing: "=Cijfers!$C$2" },
  { naam: "Bijlage1_Diensten", verwijzing: "Cijfers!$A$4:$A$6" },
  { naam: "Bijlage1_Eenheden", verwijzing: "Cijfers!$B$4:$B$6" },
  { naam: "Bijlage1_Tarieven", verwijzing: "Cijfers!$C$4:$C$6" },
  { naam: "Bijlage1_AantallenBegroot", verwijzing: "Cijfers!$D$4:$D$6" },
  { naam: "Bijlage1_AantallenGerealiseerd", verwijzing: "realisatie!$D$11:$D$13" },
  { naam: "Bijlage1_Kostprijzen", verwijzing: "Overig!$A$1:$D$3" },
];

describe("leesBijlage1 met namen", () => {
  test("zonder blad 'Bijlage 1': de namen zijn genoeg, elke waarde op haar echte cel", () => {
    const { model, bevindingen } = controleerBijlage1(werkboek(BASIS));
    // Only the unnamed advances are missing: they are searched for as before.
    expect(bevindingen.filter((b) => b.ernst === "fout")).toEqual([
      expect.objectContaining({ code: "BLAD_ONTBREEKT", blad: "Voorschotten" }),
    ]);
    expect(model!.blad).toBe("Cijfers");
    expect(model!.gemeente).toMatchObject({ waarde: "Almelo", blad: "Cijfers", cel: "C1" });
    expect(model!.jaar).toMatchObject({ waarde: 2023, cel: "C2" });
    const regels = model!.diensten.regels;
    // The spacer row (row 5) is skipped; the realised count of the third position is D13.
    expect(regels.map((r) => r.omschrijving.cel)).toEqual(["A4", "A6"]);
    expect(regels[1].aantalGerealiseerd).toMatchObject({ blad: "Realisatie", cel: "D13" });
    expect(regels[1].aantalGerealiseerd!.waarde.toString()).toBe("3");
    expect(regels[1].tarief).toMatchObject({ blad: "Cijfers", cel: "C6" });
    // The named cost-price table stops at its range: the row under it is not read.
    expect(model!.kostprijzen!.regels.map((r) => r.omschrijving.cel)).toEqual(["A2", "A3"]);
    expect(model!.kostprijzen!.blad).toBe("Overig");
  });

  test("benoemde delen winnen, de rest komt van de labels op 'Bijlage 1'", () => {
    const wb = werkboek(BASIS.filter((n) => !/gemeente|jaar/i.test(n.naam)));
    // The labels sit on the same rows as the named services on the other sheet: they still count.
    wb.bladen.push(
      grid("Bijlage 1", 3, 0, [
        ["Gemeente", "Wierden"],
        ["Jaar", 2023],
        ["Risico-opslag", "2%"],
      ]),
    );
    wb.namen!.push({ naam: "Bijlage1_RisicoOpslag", verwijzing: "'Bijlage 1'!$B$7" });
    wb.bladen[3].waarden[2][1] = "3%";
    wb.bladen[3].waarden.push([null, "2%"]);
    const { model } = controleerBijlage1(wb);
    expect(model!.blad).toBe("Bijlage 1");
    expect(model!.gemeente).toMatchObject({ waarde: "Wierden", blad: "Bijlage 1", cel: "B4" });
    expect(model!.jaar).toMatchObject({ waarde: 2023, cel: "B5" });
    expect(model!.risicoOpslag).toMatchObject({ cel: "B7" });
    expect(model!.risicoOpslag!.waarde.toString()).toBe("0.02");
    expect(model!.diensten.blad).toBe("Cijfers");
  });

  test("een benoemde KPI-tabel: de kopregel is de eerste rij, cellen blijven op hun plek", () => {
    const wb = werkboek([...BASIS, { naam: "Bijlage1_KPI", verwijzing: "Overig!$F$2:$I$3" }]);
    wb.bladen[2].waarden[1].push(null, "KPI", "Doel", "Richting", "Realisatie");
    wb.bladen[2].waarden[2].push(null, "Uitstroom", 5, "hoger", 7);
    const { model } = controleerBijlage1(wb);
    expect(model!.kpis!.regels).toHaveLength(1);
    expect(model!.kpis!.regels[0].realisatie).toMatchObject({ blad: "Overig", cel: "I3" });
  });

  test("een lege dienst met een waarde ernaast is een fout op die cel", () => {
    const wb = werkboek(BASIS);
    wb.bladen[0].waarden[4] = [null, null, 99, null];
    const { bevindingen } = controleerBijlage1(wb);
    expect(bevindingen).toContainEqual(
      expect.objectContaining({ code: "WAARDE_ONTBREEKT", blad: "Cijfers", cel: "A5", ernst: "fout" }),
    );
  });

  test("een lege eenheid wordt gemeld op haar eigen cel", () => {
    const wb = werkboek(BASIS);
    wb.bladen[0].waarden[5][1] = null;
    const { bevindingen } = controleerBijlage1(wb);
    expect(bevindingen).toContainEqual(
      expect.objectContaining({ code: "EENHEID_AFWIJKEND", blad: "Cijfers", cel: "B6" }),
    );
  });

  test("voorschotten als één cel met het totaal", () => {
    const wb = werkboek([...BASIS, { naam: "Bijlage1_Voorschotten", verwijzing: "Cijfers!$E$1" }]);
    wb.bladen[0].waarden[0][4] = "18.000,00";
    const { model } = controleerBijlage1(wb);
    expect(model!.voorschotten!.regels).toHaveLength(1);
    expect(model!.voorschotten!.regels[0].bedrag).toMatchObject({ cel: "E1", uitTekst: true });
    expect(model!.voorschotten!.regels[0].bedrag!.waarde.toString()).toBe("18000");
  });

  test("een naam op bladniveau wordt genegeerd met een melding", () => {
    const namen = [...BASIS, { naam: "Bijlage1_Jaar", verwijzing: "Cijfers!$C$9", blad: "Cijfers" }];
    const { model, bevindingen } = controleerBijlage1(werkboek(namen));
    expect(bevindingen).toContainEqual(
      expect.objectContaining({ code: "NAAM_BLADNIVEAU", ernst: "info", blad: "Cijfers" }),
    );
    expect(model!.jaar).toMatchObject({ waarde: 2023, cel: "C2" });
  });

  test("een naam met #REF! valt niet terug op het label", () => {
    const namen = BASIS.map((n) => (n.naam === "Bijlage1_Jaar" ? { ...n, verwijzing: "=#REF!" } : n));
    const { model, bevindingen } = controleerBijlage1(werkboek(namen));
    expect(model!.jaar).toBeUndefined();
    expect(bevindingen.map((b) => b.code)).toContain("NAAM_VERWIJZING_ONGELDIG");
    expect(bevindingen.map((b) => b.code)).not.toContain("LABEL_ONTBREEKT");
  });
});

describe("één definitie, gedocumenteerd", () => {
  const doc = readFileSync(join(__dirname, "../../../docs/werkboek.md"), "utf8");

  test("elke naam staat in docs/werkboek.md en wordt zonder hoofdletters herkend", () => {
    for (const d of BIJLAGE1_NAMEN) {
      expect(doc).toContain(`| \`${d.naam}\` |`);
      expect(naamDefinitie(d.naam.toUpperCase())).toBe(d);
    }
    expect(new Set(BIJLAGE1_NAMEN.map((d) => d.rol)).size).toBe(BIJLAGE1_NAMEN.length);
  });

  test("elke NAAM_-code staat met haar ernst in de tabel van §2", () => {
    const codes = Object.entries(BEVINDING_CODES).filter(([c]) => c.startsWith("NAAM_"));
    expect(codes.length).toBe(6);
    for (const [code, u] of codes) expect(doc).toContain(`| \`${code}\` | ${u.ernst} |`);
  });
});
