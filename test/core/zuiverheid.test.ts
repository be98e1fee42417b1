// Guard: the pure core (src/core) knows nothing of Office, React, the file system or the console
// (ARCHITECTURE.md). Scans every source file, so a new file is covered automatically.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const KERN = join(__dirname, "..", "..", "src", "core");

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [pad] : [];
  });
}

/** Code without comments, so a comment may mention Office or the console. */
function zonderCommentaar(bron: string): string {
  return bron.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** Every module a file imports: static imports, re-exports, dynamic imports and require. */
function modules(bron: string): string[] {
  const code = zonderCommentaar(bron);
  const patronen = [
    /\b(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patronen.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]));
}

/**
 * The only packages the core may use; everything else must be a relative path inside src/core.
 * saxes: the XML parser of the bank file (pure JavaScript, no I/O; runs in Node and the browser).
 */
const TOEGESTAAN = new Set(["decimal.js", "saxes"]);

function overtredingen(bestand: string, bron: string): string[] {
  const uit: string[] = [];
  for (const m of modules(bron)) {
    if (m.startsWith(".")) {
      const doel = join(bestand, "..", m);
      if (relative(KERN, doel).startsWith("..")) uit.push(`importeert ${m} van buiten src/core`);
    } else if (!TOEGESTAAN.has(m)) {
      uit.push(`importeert ${m}`);
    }
  }
  const code = zonderCommentaar(bron);
  for (const [patroon, wat] of [
    [/\bconsole\s*\./, "gebruikt console"],
    [/\b(Office|Excel|CustomFunctions|OfficeExtension)\s*\./, "gebruikt Office.js"],
    [/\bprocess\s*\./, "gebruikt process"],
    [/\bReact\b/, "gebruikt React"],
  ] as const) {
    if (patroon.test(code)) uit.push(wat);
  }
  return uit;
}

describe("src/core is puur", () => {
  const bestanden = bronbestanden(KERN);

  test("er zijn bronbestanden om te controleren", () => {
    expect(bestanden.length).toBeGreaterThan(10);
    expect(bestanden.some((b) => b.endsWith(join("core", "money.ts")))).toBe(true);
  });

  test("geen import van Office, React, fs of iets anders dan decimal.js; geen console", () => {
    const gevonden = bestanden.flatMap((b) =>
      overtredingen(b, readFileSync(b, "utf8")).map((o) => `${relative(KERN, b)}: ${o}`),
    );
    expect(gevonden).toEqual([]);
  });

  test("de controle zelf herkent overtredingen (anders kan hij niet falen)", () => {
    const nep = join(KERN, "nep.ts");
    expect(overtredingen(nep, `import { readFileSync } from "fs";`)).toEqual(["importeert fs"]);
    expect(overtredingen(nep, `import * as React from "react";`)).toContain("importeert react");
    expect(overtredingen(nep, `export { x } from "node:path";`)).toEqual(["importeert node:path"]);
    expect(overtredingen(nep, `const f = require("exceljs");`)).toEqual(["importeert exceljs"]);
    expect(overtredingen(nep, `await import("../excel/lezer");`)).toEqual([
      "importeert ../excel/lezer van buiten src/core",
    ]);
    expect(overtredingen(nep, `console.log(1);`)).toEqual(["gebruikt console"]);
    expect(overtredingen(nep, `await Excel.run(async () => {});`)).toEqual(["gebruikt Office.js"]);
    expect(
      overtredingen(nep, `// console.log in een commentaar mag\nimport { dec } from "./money";`),
    ).toEqual([]);
    expect(overtredingen(nep, `import DecimalJs from "decimal.js";`)).toEqual([]);
  });
});
