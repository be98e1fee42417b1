// Service names as people type them (issue 9 part 7): abbreviations, singular/plural, an optional
// "Uitvoeren", a note in brackets; ambiguity is never matched; typos get the closest name. The
// list in docs/werkboek.md §1.6 is compared with the catalogue, both ways.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DIENSTEN,
  dienstOnbekendBericht,
  herkenDienst,
  stelDienstVoor,
  zoekDienst,
  type DienstCode,
} from "../../src/core/catalogue";

function code(tekst: string): DienstCode | undefined {
  return zoekDienst(tekst)?.code;
}

describe("zoekDienst: namen zoals mensen ze typen", () => {
  test.each<[string, DienstCode]>([
    ["Begeleiding BW", "BEG_BESCHUT"],
    ["begeleiding bw", "BEG_BESCHUT"],
    ["Opbrengst GD", "OPBR_GROEPSDET"],
    ["Opbrengsten GD", "OPBR_GROEPSDET"],
    ["Begeleiding ID", "BEG_INDIVDET"],
    ["Opbrengst ID", "OPBR_INDIVDET"],
    ["Uitvoeren begeleiding ID", "BEG_INDIVDET"],
    ["Werkgeverstaken (incl. terugvalfaciliteit)", "WERKGEVERSTAKEN"],
    ["Werkgeverstaak", "WERKGEVERSTAKEN"],
    ["Verloning (salarisadministratie)", "VERLONING"],
    ["Salarisadministratie", "VERLONING"],
    ["Begeleiding groepsdetachering", "BEG_GROEPSDET"],
    ["Begeleiding groeps-detacheringen", "BEG_GROEPSDET"],
    ["Opbrengsten individuele detachering", "OPBR_INDIVDET"],
    ["Opbrengst beschut werk", "OPBR_BESCHUT"],
    ["Begeleiding beschut", "BEG_BESCHUT"],
    ["Uitvoering dagbesteding", "DAGBESTEDING"],
    ["Werkfit traject", "WERKFIT"],
    ["Werkfittrajecten", "WERKFIT"],
    ["Loonwaardemeting", "LOONWAARDE"],
    ["  UITVOEREN   begeleiding  beschut  werk ", "BEG_BESCHUT"],
    ["Opbrengst ID (incl. jobcoaching) (2023)", "OPBR_INDIVDET"],
    ["OPBR_GROEPSDET", "OPBR_GROEPSDET"],
  ])("%p → %s", (tekst, verwacht) => {
    expect(code(tekst)).toBe(verwacht);
  });

  test("elke code, naam en schrijfwijze van de catalogus is precies die dienst", () => {
    for (const d of DIENSTEN) {
      for (const s of [d.code, d.label, ...d.aliassen]) expect([s, code(s)]).toEqual([s, d.code]);
    }
  });

  test.each<[string, DienstCode[]]>([
    ["Groepsdetachering", ["BEG_GROEPSDET", "OPBR_GROEPSDET"]],
    ["GD", ["BEG_GROEPSDET", "OPBR_GROEPSDET"]],
    ["BW", ["BEG_BESCHUT", "OPBR_BESCHUT"]],
    ["Beschut werk", ["BEG_BESCHUT", "OPBR_BESCHUT"]],
    ["Individuele detacheringen (ID)", ["BEG_INDIVDET", "OPBR_INDIVDET"]],
    ["Uitvoeren begeleiding", ["BEG_BESCHUT", "BEG_GROEPSDET", "BEG_INDIVDET"]],
    ["Opbrengsten", ["OPBR_BESCHUT", "OPBR_GROEPSDET", "OPBR_INDIVDET"]],
  ])("%p kan meer dan één dienst zijn: nooit stil gekozen", (tekst, kandidaten) => {
    expect(zoekDienst(tekst)).toBeUndefined();
    const h = herkenDienst(tekst);
    expect(h.soort === "dubbelzinnig" && h.kandidaten.map((d) => d.code).sort()).toEqual(kandidaten);
    expect(stelDienstVoor(tekst)).toBeUndefined();
  });

  test("een zeer lange tekst is geen dienst, en kost niets", () => {
    expect(herkenDienst(" ".repeat(1_000_000) + "(")).toEqual({ soort: "onbekend" });
    expect(herkenDienst("Begeleiding BW " + "x".repeat(300))).toEqual({ soort: "onbekend" });
  });
});

describe("voorstel voor een onbekende naam", () => {
  test.each<[string, string]>([
    ["Opbrengst groepsdetacheing", "Opbrengst groepsdetacheringen"],
    ["Opbrengst groepsdettachering", "Opbrengst groepsdetacheringen"],
    ["Begeleiding beschut wrk", "Uitvoeren begeleiding beschut werk"],
    ["Verlonig", "Uitvoeren verloning"],
    ["Werkgeverstaaken", "Uitvoeren werkgeverstaken"],
    ["Opbrengst individuele detachring", "Opbrengst individuele detacheringen"],
  ])("%p → %p", (tekst, voorstel) => {
    expect(zoekDienst(tekst)).toBeUndefined();
    expect(stelDienstVoor(tekst)).toBe(voorstel);
  });

  test.each(["Jobcoaching", "Statushouders", "Terugvalfaciliteit", "Huur", "x", ""])(
    "%p lijkt op niets: geen voorstel",
    (tekst) => {
      expect(stelDienstVoor(tekst)).toBeUndefined();
    },
  );

  test("het bericht: voorstel, mogelijke diensten of waar de lijst staat", () => {
    expect(dienstOnbekendBericht("Opbrengst groepsdetacheing", "A13")).toBe(
      "'Opbrengst groepsdetacheing' in A13 is geen dienst uit de catalogus. Bedoelt u 'Opbrengst groepsdetacheringen'?",
    );
    expect(dienstOnbekendBericht("Groepsdetachering", "A12")).toBe(
      "'Groepsdetachering' in A12 kan meer dan één dienst zijn: 'Uitvoeren begeleiding groepsdetacheringen' of 'Opbrengst groepsdetacheringen'. Schrijf welke, bijv. 'Begeleiding GD' of 'Opbrengst GD'.",
    );
    expect(dienstOnbekendBericht("Jobcoaching", "A14")).toMatch(
      /^'Jobcoaching' in A14 is geen dienst uit de catalogus\. Gebruik een naam uit de catalogus \(.*werkboek\.md §1\.6\)/,
    );
    expect(dienstOnbekendBericht("q".repeat(500), "A1")).toContain(`'${"q".repeat(80)}…' in A1`);
  });
});

describe("docs/werkboek.md §1.6 en de catalogus", () => {
  const doc = readFileSync(join(__dirname, "../../docs/werkboek.md"), "utf8");
  const blok = (naam: string) => {
    const m = new RegExp(`<!-- ${naam}:begin -->([\\s\\S]*?)<!-- ${naam}:eind -->`).exec(doc);
    if (!m) throw new Error(`blok ${naam} ontbreekt in docs/werkboek.md`);
    return m[1]
      .split("\n")
      .filter(
        (r) =>
          r.startsWith("|") && !r.startsWith("|---") && !r.startsWith("| Code") && !r.startsWith("| Naam"),
      )
      .map((r) =>
        r
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim()),
      );
  };
  const inBackticks = (cel: string) => [...cel.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

  test("elke dienst staat erin met precies zijn naam en schrijfwijzen", () => {
    const rijen = blok("dienstnamen");
    expect(rijen.map(([c]) => inBackticks(c)[0])).toEqual(DIENSTEN.map((d) => d.code));
    for (const [c, naam, ook] of rijen) {
      const d = DIENSTEN.find((x) => x.code === inBackticks(c)[0])!;
      expect(naam).toBe(d.label);
      expect(inBackticks(ook)).toEqual([...d.aliassen]);
      for (const s of [naam, ...inBackticks(ook)]) expect(code(s)).toBe(d.code);
    }
  });

  test("de dubbelzinnige namen zijn dubbelzinnig, met precies de genoemde diensten", () => {
    const rijen = blok("dubbelzinnig");
    expect(rijen.length).toBeGreaterThanOrEqual(5);
    for (const [namen, kan] of rijen) {
      for (const naam of inBackticks(namen)) {
        const h = herkenDienst(naam);
        expect([naam, h.soort === "dubbelzinnig" ? h.kandidaten.map((d) => d.code).sort() : h.soort]).toEqual(
          [naam, inBackticks(kan).sort()],
        );
      }
    }
  });

  test("de voorbeelden in de uitleg worden herkend", () => {
    const uitleg = doc.slice(doc.indexOf("### 1.6 Dienstnamen"), doc.indexOf("<!-- dienstnamen:begin -->"));
    const voorbeelden = inBackticks(uitleg).filter(
      (v) => !/^(Dienst|Uitvoeren|Uitvoering|beschut werk|beschut)$/.test(v) && !v.includes("/"),
    );
    expect(voorbeelden.length).toBeGreaterThan(6);
    for (const v of voorbeelden) expect([v, zoekDienst(v)]).not.toEqual([v, undefined]);
  });
});
