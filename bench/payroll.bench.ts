// Payroll batch check (Loonbatch): rows per second for a 100,000-row batch, as the grid arrives
// from a CSV file (all text, Dutch notation) and from an .xlsx sheet (numbers), with and without
// the comparison with the previous month. The first three reuse one grid (V8 then has the
// strings' hashes cached); the last line reads the CSV text afresh into a grid each run. The goal
// row checks the file as the CLI does: read and decode it, then stream its rows into the check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { csvNaarGrid, decodeerCsv, leesCsvRijen, scheidingVan } from "../src/cli/csv-grid";
import { batchNaarCsv, batchRijen, maakPersonen, type VoorbeeldBatch } from "../src/voorbeelden/loonbatch";
import { controleerBetaalbatch } from "../src/core/payroll";
import type { Grid } from "../src/core/grid";
import { druk, meet } from "./meet";
import { afwisselend, geheugenAfwisselend } from "./afwisselend";
import { registreerDoel } from "./doelen";

/**
 * What the CLI does with a CSV batch file (leesBatchBron): read, decode (encoding detection), then
 * parse and check in one pass, the rows streamed from the reader into the check.
 */
function controleerBestand(pad: string): number {
  return controleerBetaalbatch(leesCsvRijen(pad)).samenvatting.aantalRegels;
}

/** The floor: a bare papaparse parse of the same file. */
function papaparse(pad: string): number {
  return Papa.parse<string[]>(readFileSync(pad, "utf8"), { delimiter: ";" }).data.length;
}

/** papaparse as our CSV reader would use it: our decoding, then its rows as a grid (empty → null). */
function papaparseGrid(bytes: Uint8Array): number {
  const tekst = decodeerCsv(bytes);
  const rijen = Papa.parse<string[]>(tekst, { delimiter: scheidingVan(tekst) }).data;
  const waarden = rijen.map((r) => r.map((v) => (v === "" ? null : v)));
  return waarden.length;
}

/**
 * Peak memory of the whole check against a bare papaparse process, both plain Node: the check is
 * bundled with esbuild (tsx's own dependency) so neither child carries a TypeScript loader.
 */
async function geheugen(pad: string, map: string): Promise<void> {
  const esbuild = await import("esbuild");
  const kind = join(map, "payroll-kind.js");
  esbuild.buildSync({
    entryPoints: [join(__dirname, "payroll-kind.ts")],
    bundle: true,
    platform: "node",
    outfile: kind,
    logLevel: "warning",
  });
  const papa = [
    "-e",
    `const Papa = require(${JSON.stringify(require.resolve("papaparse"))});` +
      `const r = Papa.parse(require("fs").readFileSync(process.argv[1], "utf8"), { delimiter: ";" });` +
      `console.log(r.data.length); console.log(process.resourceUsage().maxRSS);`,
    pad,
  ];
  const p = geheugenAfwisselend([kind, pad], papa, 7);
  registreerDoel({
    maat: `loonbatch, piekgeheugen ${RIJEN.toLocaleString("nl-NL")} rijen, heel proces tegen kaal papaparse-proces`,
    nu: p.nu,
    vloer: p.vloer,
    eenheid: "MiB",
    doel: { verhouding: 1.1 },
  });
}

const RIJEN = 100_000;

export async function run(): Promise<void> {
  const regels = maakPersonen(RIJEN, 42);
  const batch: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels };
  const vorigeBatch: VoorbeeldBatch = {
    gemeente: "Almelo",
    periode: "2026-09",
    regels: regels.slice(0, RIJEN - 500),
  };
  const csv = batchNaarCsv(batch);
  const map = mkdtempSync(join(tmpdir(), "loonbatch-bench-"));
  try {
    const pad = join(map, "batch.csv");
    writeFileSync(pad, csv);
    const bytes = readFileSync(pad);
    // The CSV reader: hand-written against papaparse, each from the file's bytes to a grid.
    const lezers = afwisselend(
      () => csvNaarGrid(decodeerCsv(bytes)),
      () => papaparseGrid(bytes),
      { rondes: 9 },
    );
    console.log(
      `CSV-lezer, ${RIJEN.toLocaleString("nl-NL")} rijen: eigen ${lezers.nu.toFixed(0)} ms, papaparse ${lezers.vloer.toFixed(0)} ms (beide met decodering, tot grid)`,
    );
    const p = afwisselend(
      () => controleerBestand(pad),
      () => papaparse(pad),
      { rondes: 9 },
    );
    registreerDoel({
      maat: `loonbatch-controle ${RIJEN.toLocaleString("nl-NL")} rijen (decoderen + lezen + controle) tegen kaal papaparse`,
      nu: p.nu,
      vloer: p.vloer,
      eenheid: "ms",
      doel: { verhouding: 1.3 },
    });
    await geheugen(pad, map);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
  const csvGrid = csvNaarGrid(csv);
  const xlsxGrid: Grid = {
    blad: "Betaalbatch",
    startRij: 0,
    startKolom: 0,
    waarden: batchRijen(batch, "xlsx"),
  };
  const vorigeGrid: Grid = {
    blad: "Betaalbatch",
    startRij: 0,
    startKolom: 0,
    waarden: batchRijen(vorigeBatch, "xlsx"),
  };

  // Sanity: the generated batch is clean, so the bench measures the normal path.
  const controle = controleerBetaalbatch(csvGrid);
  if (controle.samenvatting.aantalRegels !== RIJEN || controle.bevindingen.length !== 0) {
    throw new Error(
      `bench-batch onverwacht: ${controle.samenvatting.aantalRegels} regels, ${controle.bevindingen.length} bevindingen`,
    );
  }

  const rijen = "rijen/s";
  const perRij = (m: ReturnType<typeof meet>) => ({ ...m, opsPerSec: m.opsPerSec * RIJEN });
  druk(
    perRij(
      meet(
        `controleer ${RIJEN.toLocaleString("nl-NL")} rijen, CSV-tekst (1.234,56)`,
        () => controleerBetaalbatch(csvGrid),
        3000,
      ),
    ),
    rijen,
  );
  druk(
    perRij(
      meet(
        `controleer ${RIJEN.toLocaleString("nl-NL")} rijen, xlsx-getallen`,
        () => controleerBetaalbatch(xlsxGrid),
        3000,
      ),
    ),
    rijen,
  );
  druk(
    perRij(
      meet(
        `controleer ${RIJEN.toLocaleString("nl-NL")} rijen + vorige maand`,
        () => controleerBetaalbatch(xlsxGrid, { vorige: vorigeGrid }),
        3000,
      ),
    ),
    rijen,
  );
  druk(
    perRij(
      meet(
        `CSV-tekst → Grid + controle, ${RIJEN.toLocaleString("nl-NL")} rijen`,
        () => controleerBetaalbatch(csvNaarGrid(csv)),
        3000,
      ),
    ),
    rijen,
  );
}
