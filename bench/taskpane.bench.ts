// The task pane against its floor: a bare React 19 + Fluent UI v9 page with one Button
// (bench/kaal/index.tsx), built in the same run by the same webpack configuration (same target,
// loaders, Griffel extraction) and served with the same office.js stub (the e2e test host).
// Measured: the JavaScript each page loads before it can paint (gzip -9), and the first contentful
// paint in headless Chromium, as medians of interleaved runs (pane, bare, pane, bare, …).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { chromium, type Browser } from "playwright-core";
import webpack from "webpack";
import { registreerDoel } from "./doelen";
import {
  ARTEFACTEN,
  BUILD,
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  startServer,
  zorgVoorBuild,
  type Server2,
} from "../test/e2e/omgeving";

// 21, not 11: on a shared 2-core machine single loads spread from 0.5× to 2× the median; more
// interleaved pairs keep the medians (and so the ratio) steady. Both pages get the same number.
const RUNS = 21;
const KAAL = join(ARTEFACTEN, "bench-kaal");

/** The bare page, built now with the project's own webpack configuration (only entry and page differ). */
async function bouwKaal(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const maakConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const volledig = maakConfig({ officejs: "local", bronkaarten: "nee" }, { mode: "production" });
  const config: webpack.Configuration = {
    ...volledig,
    context: ROOT,
    entry: { kaal: "./bench/kaal/index.tsx" },
    output: { path: KAAL, filename: "[name].js", chunkFilename: "deel/[name].js", clean: true },
    plugins: [
      ...(volledig.plugins ?? []).filter((p) =>
        ["MiniCssExtractPlugin", "GriffelCSSExtractionPlugin"].includes(p?.constructor.name ?? ""),
      ),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["kaal"],
        scriptLoading: "defer",
        inject: "head",
        templateParameters: { officeJsUrl: "office-js/office.js", contentSecurityPolicy: "default-src *" },
      }),
    ],
  };
  await new Promise<void>((klaar, mislukt) => {
    webpack(config, (fout, stats) => {
      if (fout) return mislukt(fout);
      if (stats?.hasErrors()) return mislukt(new Error(stats.toString({ all: false, errors: true })));
      klaar();
    });
  });
}

function regel(naam: string, waarde: string, eenheid: string, toelichting = ""): void {
  console.log(
    `${naam.padEnd(60)} ${waarde.padStart(14)} ${eenheid}${toelichting ? `   (${toelichting})` : ""}`,
  );
}

const kb = (bytes: number) => bytes / 1000;
const gz = (bestand: string) => gzipSync(readFileSync(bestand), { level: 9 }).length;
const kbTekst = (bytes: number) =>
  kb(bytes).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The scripts and stylesheets a built page loads itself (not office.js), in the page's order. */
function paginaBestanden(map: string): string[] {
  const html = readFileSync(join(map, "taskpane.html"), "utf8");
  return [...html.matchAll(/(?:<script[^>]*\ssrc|<link[^>]*\shref)="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((a) => !a.startsWith("office-js/") && !a.startsWith("assets/"));
}

/** Milliseconds from navigation to the first contentful paint (and to the page's h1). */
async function eersteVerf(browser: Browser, server: Server2): Promise<{ fcp: number; kop: number }> {
  const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
  try {
    await page.addInitScript(() => {
      (window as unknown as Record<string, unknown>).__ONTPLOOJ_WERKMAP__ = {
        bladen: [{ naam: "Blad1", cellen: [] }],
      };
    });
    await page.goto(`${server.url}/taskpane.html`);
    const kop = (await page
      .waitForFunction(() => (document.querySelector("h1") ? performance.now() : 0), undefined, {
        polling: "raf",
      })
      .then((h) => h.jsonValue())) as number;
    const fcp = (await page
      .waitForFunction(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
        undefined,
        { polling: 20 },
      )
      .then((h) => h.jsonValue())) as number;
    return { fcp, kop };
  } finally {
    await page.close();
  }
}

export async function run(): Promise<void> {
  zorgVoorBuild();
  await bouwKaal();

  // The task pane's own bundle (as the issue's table measures it) and everything the page loads.
  const paneel = gz(join(BUILD, "taskpane.js"));
  const kaal = gz(join(KAAL, "kaal.js"));
  const paneelAlles = paginaBestanden(BUILD).reduce((n, b) => n + gz(join(BUILD, b)), 0);
  const kaalAlles = paginaBestanden(KAAL).reduce((n, b) => n + gz(join(KAAL, b)), 0);
  const delen = readdirSync(join(BUILD, "deel")).filter((b) => b.endsWith(".js"));
  const delenGz = delen.reduce((n, b) => n + gz(join(BUILD, "deel", b)), 0);
  regel("taakvenster: taskpane.js gzip", kbTekst(paneel), "KB", "gzip -9");
  regel("kale pagina (React 19 + Fluent v9, één Button): kaal.js gzip", kbTekst(kaal), "KB");
  regel(
    "taakvenster: alles vóór de eerste weergave, gzip",
    kbTekst(paneelAlles),
    "KB",
    paginaBestanden(BUILD).join(" + "),
  );
  regel(
    "kale pagina: alles vóór de eerste weergave, gzip",
    kbTekst(kaalAlles),
    "KB",
    paginaBestanden(KAAL).join(" + "),
  );
  regel(
    "taakvenster tegen kale pagina: alles vóór de eerste weergave",
    (paneelAlles / kaalAlles).toFixed(2).replace(".", ","),
    "×",
    "functions.js hoort erbij: de functies moeten bij het laden van de pagina zijn aangemeld",
  );
  regel(
    "taakvenster: delen bij eerste gebruik (deel/*.js), gzip",
    kbTekst(delenGz),
    "KB",
    `${delen.length} delen`,
  );
  registreerDoel({
    maat: "taakvenster-JS (taskpane.js) gzip, tegen kale React 19 + Fluent v9-pagina",
    nu: kb(paneel),
    vloer: kb(kaal),
    eenheid: "KB",
    doel: { verhouding: 1.3 },
  });

  if (!existsSync(CHROMIUM)) {
    console.log(`taakvenster: geen Chromium op ${CHROMIUM}; eerste weergave niet gemeten`);
    return;
  }
  const servers = { paneel: await startServer(), kaal: await startServer({ map: KAAL }) };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    // One warm-up each (disk cache, Chromium's first page), then interleaved runs.
    await eersteVerf(browser, servers.paneel);
    await eersteVerf(browser, servers.kaal);
    const tijden = {
      paneel: [] as { fcp: number; kop: number }[],
      kaal: [] as { fcp: number; kop: number }[],
    };
    for (let i = 0; i < RUNS; i++) {
      const volgorde = i % 2 === 0 ? (["paneel", "kaal"] as const) : (["kaal", "paneel"] as const);
      for (const wie of volgorde) tijden[wie].push(await eersteVerf(browser, servers[wie]));
    }
    const fcp = {
      paneel: mediaan(tijden.paneel.map((t) => t.fcp)),
      kaal: mediaan(tijden.kaal.map((t) => t.fcp)),
    };
    const kop = {
      paneel: mediaan(tijden.paneel.map((t) => t.kop)),
      kaal: mediaan(tijden.kaal.map((t) => t.kop)),
    };
    const spreiding = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
    regel(
      "taakvenster: first contentful paint (headless Chromium)",
      fcp.paneel.toFixed(0),
      "ms",
      `mediaan van ${RUNS}, ${spreiding(tijden.paneel.map((t) => t.fcp))}`,
    );
    regel(
      "kale pagina: first contentful paint",
      fcp.kaal.toFixed(0),
      "ms",
      `mediaan van ${RUNS}, ${spreiding(tijden.kaal.map((t) => t.fcp))}`,
    );
    regel("taakvenster: kop (h1) in de pagina", kop.paneel.toFixed(0), "ms", "mediaan");
    regel("kale pagina: kop (h1) in de pagina", kop.kaal.toFixed(0), "ms", "mediaan");
    registreerDoel({
      maat: "taakvenster first contentful paint, tegen kale pagina (headless Chromium, zelfde office.js-stub)",
      nu: fcp.paneel,
      vloer: fcp.kaal,
      eenheid: "ms",
      doel: { verhouding: 1.15 },
    });
  } finally {
    await browser.close();
    await servers.paneel.sluit();
    await servers.kaal.sluit();
  }
}
