// The browser test's surroundings: the build, the host script, a local http server and Chromium.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { buildSync } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
/** The e2e build: its own folder, so it never races `npm run build` (dist/) and uses a local office.js. */
export const BUILD = join(ROOT, "test-artifacts", "e2e-dist");
export const ARTEFACTEN = join(ROOT, "test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The newest modification time of the files a build depends on. */
function nieuwsteBron(): number {
  let nieuwst = 0;
  const loop = (pad: string) => {
    for (const naam of readdirSync(pad)) {
      const p = join(pad, naam);
      const s = statSync(p);
      if (s.isDirectory()) loop(p);
      else nieuwst = Math.max(nieuwst, s.mtimeMs);
    }
  };
  loop(join(ROOT, "src"));
  for (const f of [
    "webpack.config.js",
    "tsconfig.webpack.json",
    "tsconfig.json",
    "package.json",
    "manifest.xml",
    "scripts/productie.js",
  ]) {
    const p = join(ROOT, f);
    if (existsSync(p)) nieuwst = Math.max(nieuwst, statSync(p).mtimeMs);
  }
  return nieuwst;
}

/**
 * Builds the add-in with a local office.js into test-artifacts/e2e-dist when that build is missing
 * or older than its sources (about 15 s); otherwise reuses it.
 */
export function zorgVoorBuild(): void {
  const bundel = join(BUILD, "taskpane.js");
  if (
    existsSync(bundel) &&
    existsSync(join(BUILD, "taskpane.html")) &&
    statSync(bundel).mtimeMs >= nieuwsteBron()
  )
    return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "officejs=local",
      "--output-path",
      BUILD,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  // webpack leaves an unchanged output file as it was (compareBeforeEmit), so a change that does
  // not alter the bundle would otherwise make every next run build again.
  const nu = new Date();
  utimesSync(bundel, nu, nu);
}

/**
 * The test host as one classic script (it replaces office.js in the page), bundled with what it
 * imports (the shared CustomFunctions test double).
 */
export function hostScript(): string {
  const r = buildSync({
    entryPoints: [join(__dirname, "host", "excelHost.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  return r.outputFiles[0].text;
}

const TYPEN: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
};

export interface Server2 {
  url: string;
  sluit: () => Promise<void>;
}

/**
 * Serves the build (or `map`, another build folder) over http://127.0.0.1 on an ephemeral port.
 * office-js/office.js is answered with the test host, unless `echteOfficeJs` (then Microsoft's copy
 * from the build is served).
 */
export async function startServer(opties: { echteOfficeJs?: boolean; map?: string } = {}): Promise<Server2> {
  const host = hostScript();
  const basis = opties.map ?? BUILD;
  const server: Server = createServer((req, res) => {
    const pad = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (pad === "/office-js/office.js" && !opties.echteOfficeJs) {
      res.writeHead(200, { "content-type": TYPEN[".js"], "cache-control": "no-store" });
      res.end(host);
      return;
    }
    const bestand = normalize(join(basis, pad));
    if (!bestand.startsWith(basis + sep) || !existsSync(bestand) || statSync(bestand).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPEN[extname(bestand)] ?? "application/octet-stream" });
    res.end(readFileSync(bestand));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sluit: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * A built task pane served on 127.0.0.1 and headless Chromium for the tests of one file: started
 * before them, closed after them. Read `browser` and `server` inside the tests.
 */
export function metBrowser(): { readonly browser: Browser; readonly server: Server2 } {
  const omgeving = {} as { browser: Browser; server: Server2 };
  beforeAll(async () => {
    zorgVoorBuild();
    omgeving.server = await startServer();
    omgeving.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }, 240_000);
  afterAll(async () => {
    await omgeving.browser?.close();
    await omgeving.server?.sluit();
  });
  return omgeving;
}

/** Evaluates an expression on the test host in the page (window.__ontploojHost). */
export function host<T>(page: Page, expressie: string): Promise<T> {
  return page.evaluate(`window.__ontploojHost.${expressie}`) as Promise<T>;
}
