// The task pane's build: the core ships once, and the add-in parses in the WebKit of the oldest supported Mac (Safari 14): every script the
// page loads, and every chunk it loads later, is ES2020 at most. acorn rejects anything newer
// (`??=`, class fields, static blocks, private names, top-level await) at ecmaVersion 2020.
import { parse } from "acorn";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BUILD, zorgVoorBuild } from "../e2e/omgeving";

function scripts(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const pad = join(map, d.name);
    if (d.isDirectory()) return d.name === "office-js" ? [] : scripts(pad);
    return d.name.endsWith(".js") ? [pad] : [];
  });
}

/** The parse error at ES2020, with a little context; null when the code parses. */
function nieuwereSyntaxis(code: string): string | null {
  try {
    parse(code, { ecmaVersion: 2020, sourceType: "script" });
    return null;
  } catch (fout) {
    const pos = (fout as { pos?: number }).pos ?? 0;
    return `${(fout as Error).message}: …${code.slice(Math.max(0, pos - 60), pos + 30)}…`;
  }
}

beforeAll(() => zorgVoorBuild(), 300_000);

describe("gedeelde kern", () => {
  test("decimal.js gaat één keer mee: in functions.js, dat de pagina vóór taskpane.js laadt", () => {
    // decimal.js's own error prefix, kept by the minifier.
    const keren = (bestand: string) =>
      readFileSync(join(BUILD, bestand), "utf8").split("[DecimalError]").length - 1;
    expect(keren("functions.js")).toBe(1);
    expect(keren("taskpane.js")).toBe(0);
    const html = readFileSync(join(BUILD, "taskpane.html"), "utf8");
    const volgorde = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(volgorde.slice(-2)).toEqual(["functions.js", "taskpane.js"]);
  });
});

describe("bundels voor Safari 14 (Office op de Mac)", () => {
  test("de controle zelf weigert syntaxis nieuwer dan ES2020", () => {
    expect(nieuwereSyntaxis("let a = b ?? c?.d; async function f() { await g(); }")).toBeNull();
    for (const nieuw of ["a ??= b;", "class A { x = 1 }", "class A { static { } }", "let n = 1_000;"])
      expect(nieuwereSyntaxis(nieuw)).not.toBeNull();
  });

  test("elk script van de bouw is te ontleden als ES2020", () => {
    const bestanden = scripts(BUILD);
    const namen = bestanden.map((b) => relative(BUILD, b));
    expect(namen).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    const fouten = bestanden
      .map((b) => ({ bestand: relative(BUILD, b), fout: nieuwereSyntaxis(readFileSync(b, "utf8")) }))
      .filter((r) => r.fout !== null);
    expect(fouten).toEqual([]);
  });
});
