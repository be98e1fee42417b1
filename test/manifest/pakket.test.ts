// npm run package for real, once (a production build takes ~20-90 s here): the folder and zip an IT
// department copies to its web server. Every check below reads that one output, including the browser
// test that serves it over https under its own host name (Chromium maps the name to 127.0.0.1) with the
// headers LEESMIJ.txt prescribes. The refusals run the real command lines too; they stop before
// building, so they cost well under a second each.
import { spawnSync } from "node:child_process";
import { X509Certificate, createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import JSZip from "jszip";
import { chromium, type Browser } from "playwright-core";
import { controleerBijlage1 } from "../../src/core/bijlage1";
import { telPerErnst } from "../../src/core/findings";
import { CHROMIUM, CHROMIUM_ARGS, hostScript } from "../e2e/omgeving";
import { leesVoorbeeld } from "../e2e/werkmap";

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
  MIME_TYPES: Record<string, string>;
  beveiligingsHeaders(): Record<string, string>;
};
const certificaten = require("office-addin-dev-certs/lib/generate") as {
  generateCertificates(
    ca: string,
    cert: string,
    key: string,
    dagen: number,
    domeinen: string[],
  ): Promise<void>;
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
  test("meldt de map, de zip en de basis", () => {
    expect(uitvoer).toContain(`Pakket voor ${BASIS} (versie ${productie.manifestVersie(PAKKET.version)})`);
    expect(existsSync(ZIP)).toBe(true);
  });

  test("het manifest is het ontwikkelmanifest voor die basis: Id behouden, Version uit package.json", () => {
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

  test("nergens localhost in de map (manifest, pagina, bundels, metadata, teksten)", () => {
    expect(bestanden.length).toBeGreaterThan(8);
    const met = bestanden.filter((b) => /localhost|127\.0\.0\.1/i.test(readFileSync(join(MAP, b), "latin1")));
    expect(met).toEqual([]);
  });

  test("precies de bestanden die het manifest en zijn pagina noemen, de licentieteksten, LEESMIJ.txt en web.config", () => {
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
    // The parts the task pane loads on first use (sections, checks): webpack's chunks, by content hash.
    const delen = bestanden.filter((b) => /^deel\/[\w-]+\.[0-9a-f]{8}\.js$/.test(b));
    expect(delen.length).toBeGreaterThan(3);
    const verwacht = [
      ...new Set([
        ...genoemd,
        ...viaPagina,
        "manifest.xml",
        "LEESMIJ.txt",
        "web.config",
        ...licenties,
        ...delen,
      ]),
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

  test("standaard geen bronkaarten: geen .map-bestanden en geen sourceMappingURL in de bundels", () => {
    expect(bestanden.filter((b) => b.endsWith(".map"))).toEqual([]);
    for (const b of bestanden.filter((b) => b.endsWith(".js"))) {
      expect({ b, kaart: /sourceMappingURL/.test(lees(b)) }).toEqual({ b, kaart: false });
    }
  });

  test("de pagina: de ene CSP, office.js van het CDN van Microsoft, de eigen bestanden via een relatief pad", () => {
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

  test("LEESMIJ.txt vertelt de webbeheerder de basis, de bestanden, de MIME-typen en de headers", () => {
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

  test("de zip bevat dezelfde bestanden met dezelfde bytes, onder één map", async () => {
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

describe("weigeringen via de echte opdrachtregels", () => {
  test.each([
    [{}, /Pakket niet gemaakt\. ADDIN_URL ontbreekt of is leeg/],
    [{ ADDIN_URL: "http://addin.gemeente.example/ontplooj/" }, /moet met https:\/\/ beginnen/],
    [{ ADDIN_URL: "https://addin.gemeente.example/ontplooj/?x=1" }, /vraagteken/],
  ])("npm run package met %j maakt niets en zegt waarom", (extra, melding) => {
    const leeg = mkdtempSync(join(tmpdir(), "pakket-"));
    const r = draai([join(ROOT, "scripts", "pakket.js"), "--uit", leeg], extra as Record<string, string>);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(melding);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(pakket.bestandenIn(leeg)).toEqual([]);
  });

  test("de bouw (webpack, zoals npm run build hem draait) stopt bij een foute basis met de Nederlandse melding", () => {
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

describe("het pakket op zijn eigen hostnaam, in Chromium met de testhost", () => {
  const HOST = new URL(BASIS).hostname;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium ontbreekt op ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`,
      );
    }
    // A certificate for the host name; Chromium trusts exactly that key (no blanket ignore).
    const map = mkdtempSync(join(tmpdir(), "pakket-cert-"));
    const [ca, crt, key] = ["ca.crt", "host.crt", "host.key"].map((f) => join(map, f));
    const stil = jest.spyOn(console, "log").mockImplementation(() => undefined); // "certificates generated"
    await certificaten.generateCertificates(ca, crt, key, 2, [HOST]);
    stil.mockRestore();
    const cert = readFileSync(crt);
    const spki = createHash("sha256")
      .update(new X509Certificate(cert).publicKey.export({ type: "spki", format: "der" }))
      .digest("base64");
    // The folder as a static web server serves it: under the base's path, MIME types and headers
    // from LEESMIJ.txt (the same definitions), nothing else.
    const pad = new URL(BASIS).pathname;
    server = createServer({ cert, key: readFileSync(key) }, (req, res) => {
      const url = new URL(req.url ?? "/", BASIS);
      const bestand = normalize(join(MAP, decodeURIComponent(url.pathname.slice(pad.length))));
      if (
        !url.pathname.startsWith(pad) ||
        !bestand.startsWith(MAP + sep) ||
        !existsSync(bestand) ||
        statSync(bestand).isDirectory()
      ) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, {
        "content-type": productie.MIME_TYPES[extname(bestand)] ?? "application/octet-stream",
        ...productie.beveiligingsHeaders(),
      });
      res.end(readFileSync(bestand));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const { port } = server.address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${HOST}:443 127.0.0.1:${port}`,
        `--ignore-certificate-errors-spki-list=${spki}`,
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  test("toont, Controleren werkt, en elk verzoek gaat naar die host (office.js: de testhost)", async () => {
    const { werkboek, json } = await leesVoorbeeld(
      join(ROOT, "assets/bijlage1/kapot/bijlage1-2023-wierden-rekenfouten.xlsx"),
    );
    const telling = telPerErnst(controleerBijlage1(werkboek, { notatie: "nl" }).bevindingen);
    expect(telling.fout).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 400, height: 1000 } });
    const verzoeken: string[] = [];
    const meldingen: string[] = [];
    page.on("request", (r) => verzoeken.push(r.url()));
    page.on("pageerror", (e) => meldingen.push(e.message));
    page.on("console", (m) => meldingen.push(m.text()));
    // No internet here: Microsoft's office.js is answered by the test host (an in-memory workbook).
    await page.route(productie.OFFICE_JS_CDN, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: hostScript() }),
    );
    await page.addInitScript((werkmap) => {
      (window as unknown as Record<string, unknown>).__ONTPLOOJ_WERKMAP__ = werkmap;
    }, json);
    await page.goto(`${BASIS}taskpane.html`);
    await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    const status = page.getByRole("status").filter({ hasText: "fout" });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain(`${telling.fout} fout`);
    await page.close();

    const vreemd = verzoeken.filter((u) => !u.startsWith(BASIS) && u !== productie.OFFICE_JS_CDN);
    expect(vreemd).toEqual([]);
    for (const b of ["taskpane.html", "functions.js", "taskpane.js"]) expect(verzoeken).toContain(BASIS + b);
    expect(verzoeken).toContain(productie.OFFICE_JS_CDN);
    // The CSP (as meta and as header) let everything the page needs through.
    expect(meldingen.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    expect(meldingen.filter((m) => /error/i.test(m))).toEqual([]);
  }, 120_000);
});
