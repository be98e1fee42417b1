// One definition per finding code: severity, meaning and "wat te doen" live in codes.ts, and the
// table in docs/werkboek.md §2 is that definition, word for word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BEVINDING_CODES, codeTabelMarkdown, type CodeUitleg } from "../../src/core/bijlage1";

const DOC = readFileSync(join(__dirname, "../../docs/werkboek.md"), "utf8");

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
});
