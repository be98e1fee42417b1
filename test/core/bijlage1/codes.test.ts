// One definition per finding code: severity, meaning and "wat te doen" live in codes.ts, and the
// table in docs/werkboek.md §2 is that definition, word for word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BEVINDING_CODES,
  codeTabelMarkdown,
  controleerBijlage1,
  isBevindingCode,
  type CodeUitleg,
} from "../../../src/core/bijlage1";
import { Melder } from "../../../src/core/bijlage1/melder";
import { leesXlsx } from "../../../src/cli/xlsx-grid";

const DOC = readFileSync(join(__dirname, "../../../docs/werkboek.md"), "utf8");

function paragraaf2(): string {
  const begin = DOC.indexOf("## 2. Bevindingen");
  const eind = DOC.indexOf("\n## 3.", begin);
  expect(begin).toBeGreaterThanOrEqual(0);
  return DOC.slice(begin, eind);
}

describe("bevindingcodes en docs/werkboek.md §2", () => {
  test("elke code heeft een betekenis en een regel 'wat te doen'", () => {
    for (const [code, u] of Object.entries(BEVINDING_CODES as Record<string, CodeUitleg>)) {
      expect([code, u.betekenis.trim().length > 10]).toEqual([code, true]);
      expect([code, u.watTeDoen.trim().length > 5]).toEqual([code, true]);
    }
  });

  test("§2 bevat de tabel uit codes.ts, letterlijk (anders: codeTabelMarkdown() in de doc plakken)", () => {
    expect(paragraaf2()).toContain(codeTabelMarkdown());
  });

  test("elke code staat precies één keer in de tabel van §2, met haar wat-te-doen", () => {
    const rijen = paragraaf2()
      .split("\n")
      .filter((r) => r.startsWith("| `"));
    expect(rijen.map((r) => /^\| `([A-Z_]+)`/.exec(r)?.[1]).sort()).toEqual(
      Object.keys(BEVINDING_CODES).sort(),
    );
    for (const r of rijen) expect(r.split(" | ").length).toBe(4);
  });

  test("alleen waarschuwingen kunnen 'blokkeert' hebben; fouten blokkeren altijd", () => {
    for (const u of Object.values(BEVINDING_CODES as Record<string, CodeUitleg>))
      if (u.blokkeert) expect(u.ernst).toBe("waarschuwing");
  });

  test("een bevinding krijgt de ernst van haar code; een andere ernst of onbekende code compileert niet", () => {
    const m = new Melder();
    m.fout("TARIEF_TEKEN", "Het tarief is positief.", { blad: "Bijlage 1", cel: "C13" });
    m.meldCode("KOLOM_VERBORGEN", "Kolom D is verborgen.", { blad: "Bijlage 1", cel: "D4" });
    expect(m.bevindingen.map((b) => [b.code, b.ernst])).toEqual([
      ["TARIEF_TEKEN", "fout"],
      ["KOLOM_VERBORGEN", "waarschuwing"],
    ]);
    // @ts-expect-error TARIEF_TEKEN is een fout in codes.ts, geen waarschuwing.
    m.waarschuwing("TARIEF_TEKEN", "", { blad: "B" });
    // @ts-expect-error geen bijlage-1-code.
    m.fout("TARIEF_TEKENN", "", { blad: "B" });
    // Codes uit de algemene tabellezer komen als tekst binnen: een onbekende is een programmeerfout.
    expect(() => m.meldCode("ONBEKEND", "", { blad: "B" })).toThrow("onbekende bevindingcode ONBEKEND");
    expect(isBevindingCode("hasOwnProperty")).toBe(false);
  });

  test("elke bevinding van een kapot voorbeeld heeft een code uit codes.ts met haar ernst", async () => {
    const werkboek = await leesXlsx(
      join(__dirname, "../../../assets/bijlage1/kapot/bijlage1-2023-wierden-rekenfouten.xlsx"),
    );
    const { bevindingen } = controleerBijlage1(werkboek, { notatie: "nl" });
    expect(bevindingen.length).toBeGreaterThan(3);
    for (const b of bevindingen) {
      expect([b.code, isBevindingCode(b.code)]).toEqual([b.code, true]);
      if (isBevindingCode(b.code)) expect([b.code, b.ernst]).toEqual([b.code, BEVINDING_CODES[b.code].ernst]);
    }
  });
});
