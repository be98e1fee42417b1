// The built command line (scripts/bouw-cli.js → one JavaScript file, the `ontplooj` bin): it runs
// with Node alone, knows every command in src/cli/commands/, carries no exceljs, and prints exactly
// what the TypeScript source prints. Built here into test-artifacts/, so dist-cli/ stays untouched.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const ROOT = join(__dirname, "../..");
const VOORBEELD = join(ROOT, "assets/bijlage1/bijlage1-2023-almelo.xlsx");
const TSX = require.resolve("tsx/cli");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bouwCli } = require("../../scripts/bouw-cli.js") as { bouwCli(uit: string): string };

const map = join(ROOT, "test-artifacts", `cli-bouw-${process.pid}`);
let bundel = "";

beforeAll(() => {
  bundel = bouwCli(join(map, "ontplooj.js"));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

function draai(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("package.json noemt de bundel als bin 'ontplooj' en bouwt hem bij npm ci (prepare) en npm run build", () => {
  const pakket = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(pakket.bin).toEqual({ ontplooj: "dist-cli/ontplooj.js" });
  expect(pakket.scripts.prepare).toContain("scripts/bouw-cli.js");
  expect(pakket.scripts.build).toContain("scripts/bouw-cli.js");
  expect(readFileSync(bundel, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  expect(statSync(bundel).mode & 0o111).not.toBe(0);
});

test("--help noemt elke opdracht uit src/cli/commands/ en start maar één keer", () => {
  const r = draai([bundel, "--help"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect(r.stdout.match(/^Gebruik:/gm)).toHaveLength(1);
  const opdrachten = readdirSync(join(ROOT, "src/cli/commands")).map((f) => basename(f, ".ts"));
  expect(opdrachten.length).toBeGreaterThanOrEqual(4);
  for (const o of opdrachten) expect(r.stdout).toMatch(new RegExp(`^  ${o} `, "m"));
});

// exceljs stays outside the bundle (a command that needs it imports it when it runs).
test("validate laadt exceljs niet, en ook geen ander pakket buiten de bundel", () => {
  const script = [
    `require(${JSON.stringify(bundel)}).start(["validate", ${JSON.stringify(VOORBEELD)}, "--json"]);`,
    `process.on("beforeExit", () => process.stderr.write("geladen:" + Object.keys(require.cache).filter((p) => /node_modules/.test(p)).length + ":" + Object.keys(require.cache).some((p) => p.includes("exceljs"))));`,
  ].join("\n");
  const r = draai(["-e", script]);
  expect(JSON.parse(r.stdout).gemeente).toBe("Almelo");
  expect(r.stderr).toBe("geladen:0:false");
});

test.each([
  ["validate", [VOORBEELD]],
  ["validate --json", [VOORBEELD, "--json"]],
  ["payroll", [join(ROOT, "assets/loonbatch/almelo-2026-10-afwijkingen.csv")]],
])("%s geeft dezelfde uitvoer en afsluitcode als de TypeScript-bron", (_naam, args) => {
  const opdracht = _naam.split(" ")[0];
  const gebouwd = draai([bundel, opdracht, ...args]);
  const bron = draai([TSX, "src/cli/main.ts", opdracht, ...args]);
  expect(gebouwd).toEqual(bron);
  expect(gebouwd.stdout.length).toBeGreaterThan(100);
});

test("demo vindt de voorbeelden vanuit de bundel, ook met een andere werkmap", () => {
  const uit = mkdtempSync(join(tmpdir(), "ontplooj-demo-"));
  const r = draai([bundel, "demo", "--out", uit], tmpdir());
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const geschreven = readdirSync(uit).filter((f) => f.endsWith(".xlsx"));
  expect(geschreven.filter((f) => f.startsWith("bijlage1-2023-"))).toHaveLength(5);
  expect(geschreven.filter((f) => f.startsWith("overzicht-ontplooj-"))).toHaveLength(1);
});
