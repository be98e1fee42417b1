// npm run package for real, once (a production build takes ~20-40 s here): the folder and zip an IT
// department copies to its web server. Every check below reads that one output. The refusals run the
// real command lines too; they stop before building, so they cost well under a second each.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

const ROOT = join(__dirname, "..", "..");
const BASIS = "https://addin.gemeente.example/ontplooj/";
const UIT = join(ROOT, "test-artifacts", "pakket");
const PAKKET = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
const MAP = join(UIT, `${PAKKET.name}-${PAKKET.version}`);
const ZIP = `${MAP}.zip`;

/* eslint-disable @typescript-eslint/no-require-imports */
const productie = require(join(ROOT, "scripts", "productie.js")) as {
  OFFICE_JS_CDN: string;
  controleerAddinUrl(ruw: string): { basis: string; origin: string };
  manifestVersie(v: string): string;
  manifestVoorAdres(xml: string, o: { basis: string; origin: string; versie: string }): string;
  contentSecurityPolicy(): string;
};
const pakket = require(join(ROOT, "scripts", "pakket.js")) as {
  bestandenIn(map: string): string[];
  webConfig(): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The environment of a child process without the variables that would change what it builds. */
function omgeving(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ["ADDIN_URL", "BRONKAARTEN", "OFFICE_JS"]) if (!(k in extra)) delete env[k];
  return env;
}

function draai(args: string[], extra: Record<string, string> = {}) {
  const uit = spawnSync(process.execPath, args, { cwd: ROOT, env: omgeving(extra), encoding: "utf8" });
  return { status: uit.status, stdout: uit.stdout, stderr: uit.stderr };
}

let bestanden: string[] = [];
let uitvoer = "";

beforeAll(() => {
  rmSync(UIT, { recursive: true, force: true });
  const r = draai([join(ROOT, "scripts", "pakket.js"), "--uit", UIT], { ADDIN_URL: BASIS });
  uitvoer = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`npm run package faalde (${r.status}):\n${uitvoer}`);
  bestanden = pakket.bestandenIn(MAP);
}, 300_000);

const lees = (b: string) => readFileSync(join(MAP, b), "utf8");

describe("npm run package (ADDIN_URL=https://addin.gemeente.example/ontplooj/)", () => {
  test("reports the folder, the zip and the base", () => {
    expect(uitvoer).toContain(`Pakket voor ${BASIS} (versie ${productie.manifestVersie(PAKKET.version)})`);
    expect(existsSync(ZIP)).toBe(true);
  });

  test("the manifest is the development manifest for that base: Id kept, Version from package.json", () => {
    const manifest = lees("manifest.xml");
    const ontwikkel = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const versie = productie.manifestVersie(PAKKET.version);
    // The structure checks of manifest.test.ts run on exactly this text.
    expect(manifest).toBe(
      productie.manifestVoorAdres(ontwikkel, { ...productie.controleerAddinUrl(BASIS), versie }),
    );
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(versie);
    expect(versie).toBe(`${PAKKET.version}.0`);
    const id = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
    expect(id(manifest)).toBe(id(ontwikkel));
  });

  test("no localhost anywhere in the folder (manifest, page, bundles, metadata, texts)", () => {
    expect(bestanden.length).toBeGreaterThan(8);
    const met = bestanden.filter((b) => /localhost|127\.0\.0\.1/i.test(readFileSync(join(MAP, b), "latin1")));
    expect(met).toEqual([]);
  });

  test("exactly the files the manifest and its page name, the licence texts, LEESMIJ.txt and web.config", () => {
    const manifest = lees("manifest.xml");
    const urls = new Set([...manifest.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => m[1]));
    expect(urls.size).toBeGreaterThan(5);
    const genoemd = new Set<string>();
    for (const url of urls) {
      expect(url.startsWith(BASIS)).toBe(true);
      genoemd.add(url.slice(BASIS.length));
    }
    // The page the manifest names loads its own files by relative path (the task pane bundle).
    const html = lees("taskpane.html");
    const viaPagina = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((a) => !/^[a-z]+:/i.test(a));
    const licenties = bestanden.filter((b) => /^[a-z]+\.js\.LICENSE\.txt$/.test(b));
    const verwacht = [
      ...new Set([...genoemd, ...viaPagina, "manifest.xml", "LEESMIJ.txt", "web.config", ...licenties]),
    ].sort();
    expect(bestanden).toEqual(verwacht);
    expect(genoemd).toEqual(
      new Set([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ]),
    );
  });

  test("no source maps by default: no .map files and no sourceMappingURL in the bundles", () => {
    expect(bestanden.filter((b) => b.endsWith(".map"))).toEqual([]);
    for (const b of bestanden.filter((b) => b.endsWith(".js"))) {
      expect({ b, kaart: /sourceMappingURL/.test(lees(b)) }).toEqual({ b, kaart: false });
    }
  });

  test("the page: the one CSP, office.js from Microsoft's CDN, its own files by relative path", () => {
    const html = lees("taskpane.html");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toBe(productie.contentSecurityPolicy());
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([productie.OFFICE_JS_CDN, "functions.js", "taskpane.js"]);
    const adressen = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]);
    for (const a of adressen) {
      if (a === productie.OFFICE_JS_CDN) continue;
      expect({ a, relatief: !/^(\/|[a-z]+:)/i.test(a) }).toEqual({ a, relatief: true });
    }
    // functions.json is valid JSON with the ONTPLOOJ functions (served as application/json).
    const metadata = JSON.parse(lees("functions.json")) as { functions: { id: string }[] };
    expect(metadata.functions.length).toBeGreaterThan(10);
  });

  test("LEESMIJ.txt tells the web administrator the base, the files, the MIME types and the headers", () => {
    const tekst = lees("LEESMIJ.txt");
    expect(tekst).toContain(`Gebouwd voor: ${BASIS}`);
    expect(tekst).toContain(`versie ${productie.manifestVersie(PAKKET.version)}`);
    for (const b of bestanden) expect(tekst).toContain(`   ${b}\n`);
    expect(tekst).toMatch(/\.json\s+application\/json/);
    expect(tekst).toContain("X-Content-Type-Options: nosniff");
    expect(tekst).toContain(`Content-Security-Policy: ${productie.contentSecurityPolicy()}`);
    expect(tekst).toContain("location /ontplooj/ {");
    expect(tekst).toMatch(/GEEN X-Frame-Options/);
    expect(lees("web.config")).toBe(pakket.webConfig());
  });

  test("the zip holds the same files with the same bytes, under one folder", async () => {
    const zip = await JSZip.loadAsync(readFileSync(ZIP));
    const top = `${PAKKET.name}-${PAKKET.version}/`;
    const namen = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(namen.every((n) => n.startsWith(top))).toBe(true);
    expect(namen.map((n) => n.slice(top.length)).sort()).toEqual(bestanden);
    for (const b of bestanden) {
      const inhoud = await zip.file(top + b)!.async("nodebuffer");
      expect({ b, gelijk: inhoud.equals(readFileSync(join(MAP, b))) }).toEqual({ b, gelijk: true });
    }
  });
});

describe("refusals through the real command lines", () => {
  test.each([
    [{}, /Pakket niet gemaakt\. ADDIN_URL ontbreekt of is leeg/],
    [{ ADDIN_URL: "http://addin.gemeente.example/ontplooj/" }, /moet met https:\/\/ beginnen/],
    [{ ADDIN_URL: "https://addin.gemeente.example/ontplooj/?x=1" }, /vraagteken/],
  ])("npm run package with %j makes nothing and says why", (extra, melding) => {
    const leeg = mkdtempSync(join(tmpdir(), "pakket-"));
    const r = draai([join(ROOT, "scripts", "pakket.js"), "--uit", leeg], extra as Record<string, string>);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(pakket.bestandenIn(leeg)).toEqual([]);
  });

  test("the build (webpack, as npm run build runs it) stops on a bad base with the Dutch message", () => {
    const doel = join(mkdtempSync(join(tmpdir(), "bouw-")), "dist");
    const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const viaEnv = draai([
      cli,
      "--mode",
      "production",
      "--env",
      "urlProd=https://a.example//x",
      "--output-path",
      doel,
    ]);
    expect(viaEnv.status).toBe(2);
    expect(viaEnv.stderr).toMatch(
      /^Bouwen gestopt\. ADDIN_URL "https:\/\/a\.example\/\/x" is niet bruikbaar: .*dubbele slash/,
    );
    const viaOmgeving = draai([cli, "--mode", "production", "--output-path", doel], {
      ADDIN_URL: "https://a.example/x ",
    });
    expect(viaOmgeving.status).toBe(2);
    expect(viaOmgeving.stderr).toMatch(/spatie, tab of regeleinde/);
    expect(existsSync(doel)).toBe(false);
  });
});
