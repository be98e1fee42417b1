// One catalogue of payroll finding codes: docs/loonbatch.md §2 shows each group's table exactly as
// the catalogue has it, the README lists every code with its severity and meaning, and a finding's
// severity can only be the one its code has (checked by the compiler).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  LOONBATCH_CODES,
  LOONBATCH_GROEPEN,
  controleerBetaalbatch,
  isLoonbatchCode,
  loonbatchCodeTabel,
  maakBevinding,
} from "../../../src/core/payroll";
import { leesXlsx } from "../../../src/cli/xlsx-grid";

const WORTEL = join(__dirname, "..", "..", "..");
const DOC = readFileSync(join(WORTEL, "docs", "loonbatch.md"), "utf8");
const README = readFileSync(join(WORTEL, "README.md"), "utf8");

/** The text of docs/loonbatch.md §2 under one "### titel", up to the next heading. */
function subparagraaf(titel: string): string {
  const p2 = DOC.slice(DOC.indexOf("## 2. Bevindingen"), DOC.indexOf("\n## 3."));
  const begin = p2.indexOf(`\n### ${titel}\n`);
  expect([titel, begin >= 0]).toEqual([titel, true]);
  const eind = p2.indexOf("\n### ", begin + 1);
  return p2.slice(begin, eind < 0 ? undefined : eind);
}

describe("bevindingcodes van de loonbatch", () => {
  it("heeft elke code in precies één groep, met een betekenis en wat te doen", () => {
    const perGroep = LOONBATCH_GROEPEN.flatMap((g) => Object.keys(g.codes));
    expect(new Set(perGroep).size).toBe(perGroep.length);
    expect(perGroep.sort()).toEqual(Object.keys(LOONBATCH_CODES).sort());
    for (const [code, d] of Object.entries(LOONBATCH_CODES)) {
      expect([code, d.betekenis.length > 10, d.watTeDoen.length > 5]).toEqual([code, true, true]);
      expect(["fout", "waarschuwing", "info"]).toContain(d.ernst);
    }
  });

  it("docs/loonbatch.md §2 toont de tabel van elke groep precies zoals de catalogus hem heeft", () => {
    for (const g of LOONBATCH_GROEPEN) expect(subparagraaf(g.titel)).toContain(loonbatchCodeTabel(g.codes));
    const rijen = DOC.slice(DOC.indexOf("## 2. Bevindingen"), DOC.indexOf("\n## 3."))
      .split("\n")
      .filter((r) => r.startsWith("| `"))
      .map((r) => /^\| `([A-Z0-9_]+)`/.exec(r)?.[1]);
    expect(rijen.sort()).toEqual(Object.keys(LOONBATCH_CODES).sort());
  });

  it("de README noemt elke code met haar ernst en betekenis", () => {
    for (const [code, d] of Object.entries(LOONBATCH_CODES))
      expect(README).toContain(`| \`${code}\` | ${d.ernst} | ${d.betekenis} |`);
  });

  it("maakt bevindingen met de eigen ernst van de code; een andere ernst of een onbekende code compileert niet", () => {
    expect(maakBevinding("fout", "NETTO_NEGATIEF", "Netto is negatief.", "Betaalbatch", "I9")).toEqual({
      ernst: "fout",
      code: "NETTO_NEGATIEF",
      bericht: "Netto is negatief.",
      blad: "Betaalbatch",
      cel: "I9",
    });
    // @ts-expect-error NETTO_NEGATIEF is an error in the catalogue, not a warning.
    maakBevinding("waarschuwing", "NETTO_NEGATIEF", "", "B");
    // @ts-expect-error not a payroll code.
    maakBevinding("fout", "NETTO_NEGATIEFF", "", "B");
    expect(isLoonbatchCode("KOLOM_VERBORGEN")).toBe(true);
    expect(isLoonbatchCode("toString")).toBe(false);
  });

  it("elke bevinding van de voorbeeldbatch draagt een gecatalogiseerde code met de ernst uit de catalogus", async () => {
    const werkboek = await leesXlsx(join(WORTEL, "assets/loonbatch/almelo-2026-10-afwijkingen.xlsx"));
    const { bevindingen } = controleerBetaalbatch(werkboek.bladen[0]);
    expect(bevindingen.length).toBeGreaterThan(10);
    for (const b of bevindingen) {
      expect([b.code, isLoonbatchCode(b.code)]).toEqual([b.code, true]);
      if (isLoonbatchCode(b.code)) expect([b.code, b.ernst]).toEqual([b.code, LOONBATCH_CODES[b.code].ernst]);
    }
  });
});
