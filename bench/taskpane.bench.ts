// The task pane: bundle size (raw and gzip) and time to first render in headless Chromium.
// Uses dist/ when `npm run build` made it and it is newer than the sources; otherwise the e2e
// build (test-artifacts/e2e-dist, the same bundle with a local office.js), built when stale.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { BUILD, CHROMIUM, CHROMIUM_ARGS, ROOT, startServer, zorgVoorBuild } from "../test/e2e/omgeving";

const RUNS = 7;

function regel(naam: string, waarde: string, eenheid: string, toelichting = ""): void {
  console.log(
    `${naam.padEnd(60)} ${waarde.padStart(14)} ${eenheid}${toelichting ? `   (${toelichting})` : ""}`,
  );
}

function kib(bytes: number): string {
  return (bytes / 1024).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const dist = join(ROOT, "dist", "taskpane.js");
  zorgVoorBuild();
  const e2e = join(BUILD, "taskpane.js");
  const bundel = existsSync(dist) && statSync(dist).mtimeMs >= statSync(e2e).mtimeMs ? dist : e2e;
  const inhoud = readFileSync(bundel);
  const bron = bundel === dist ? "dist/" : "test-artifacts/e2e-dist/";
  regel("taakvenster: taskpane.js", kib(inhoud.length), "KiB", `${bron}, onverpakt`);
  regel("taakvenster: taskpane.js gzip", kib(gzipSync(inhoud, { level: 9 }).length), "KiB", "gzip -9");

  if (!existsSync(CHROMIUM)) {
    console.log(`taakvenster: geen Chromium op ${CHROMIUM}; eerste weergave niet gemeten`);
    return;
  }
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const tijden: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
      await page.addInitScript(() => {
        (window as unknown as Record<string, unknown>).__ONTPLOOJ_WERKMAP__ = {
          bladen: [{ naam: "Blad1", cellen: [] }],
        };
      });
      await page.goto(`${server.url}/taskpane.html`);
      // Milliseconds from navigation start until the panel's heading is in the page.
      const ms = (await page
        .waitForFunction(() => (document.querySelector("h1") ? performance.now() : 0), undefined, {
          polling: "raf",
        })
        .then((h) => h.jsonValue())) as number;
      tijden.push(ms);
      await page.close();
    }
    regel(
      "taakvenster: eerste weergave in headless Chromium",
      mediaan(tijden).toFixed(0),
      "ms",
      `mediaan van ${RUNS}, ${Math.min(...tijden).toFixed(0)}–${Math.max(...tijden).toFixed(0)} ms, eerste run koud`,
    );
  } finally {
    await browser.close();
    await server.sluit();
  }
}
