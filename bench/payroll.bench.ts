// Payroll batch check (Loonbatch): rows per second for a 100,000-row batch, as the grid arrives
// from a CSV file (all text, Dutch notation) and from an .xlsx sheet (numbers), with and without
// the comparison with the previous month. The first three reuse one grid (V8 then has the
// strings' hashes cached); the last line reads the CSV text afresh each run, as a user does.
import { csvNaarGrid } from "../src/cli/csv-grid";
import { batchNaarCsv, batchRijen, maakPersonen, type VoorbeeldBatch } from "../src/voorbeelden/loonbatch";
import { controleerBetaalbatch } from "../src/core/payroll";
import type { Grid } from "../src/core/grid";
import { druk, meet } from "./meet";

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
