// Reading .xlsx bounded (issue 10): peak memory and time of the CLI's reader for a sparse sheet
// with a cell in column A and one in column XFD on each of 100,000 rows (exceljs with a dense grid
// took 3.8 GB for 10,000 such rows and crashed on 100,000), and for a dense 100,000 × 12 batch.
// Each file is read in a fresh Node process; the figure is that process's peak resident memory.
// `npx tsx bench/run.ts xlsx`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pakket, verreKolomRijen } from "../test/cli/pakket";

interface Uitkomst {
  ms: number;
  piekMb: number;
  rijen: number;
  breedte: number;
  meldingen: number;
}

function lees(pad: string): Uitkomst {
  const tsx = join(__dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
  const uit = execFileSync(process.execPath, [tsx, join(__dirname, "xlsx-lees.ts"), pad], {
    encoding: "utf-8",
  });
  return JSON.parse(uit) as Uitkomst;
}

function dichteRijen(n: number, kolommen: number): string {
  const delen: string[] = [];
  for (let r = 1; r <= n; r++) {
    let cellen = "";
    for (let k = 0; k < kolommen; k++)
      cellen += `<c r="${String.fromCharCode(65 + k)}${r}"><v>${r * 10 + k}</v></c>`;
    delen.push(`<row r="${r}">${cellen}</row>`);
  }
  return delen.join("");
}

export async function run(): Promise<void> {
  const map = mkdtempSync(join(tmpdir(), "xlsx-bench-"));
  // The bare process (Node, tsx, jszip, saxes loaded, nothing read) as the baseline.
  const leeg = join(map, "leeg.xlsx");
  writeFileSync(leeg, await pakket([{ naam: "Leeg", rijen: "" }]));
  const basis = lees(leeg);
  console.log(
    `${"leeg blad (basis: Node + tsx + lezer)".padEnd(60)} ${basis.piekMb.toFixed(0).padStart(8)} MB piek`,
  );
  for (const [naam, rijen] of [
    ["100.000 rijen, cellen in A en XFD", verreKolomRijen(100_000)],
    ["100.000 rijen × 12 kolommen (dicht)", dichteRijen(100_000, 12)],
  ] as const) {
    const pad = join(map, "blad.xlsx");
    writeFileSync(pad, await pakket([{ naam: "Blad", rijen }]));
    const u = lees(pad);
    const kb = Math.round(statSync(pad).size / 1024);
    console.log(
      `${`${naam} (${kb.toLocaleString("nl-NL")} KB)`.padEnd(60)} ${u.piekMb.toFixed(0).padStart(8)} MB piek   ` +
        `(${(u.piekMb / basis.piekMb).toFixed(1)}× basis, ${(u.ms / 1000).toFixed(1)} s, grid ${u.rijen.toLocaleString("nl-NL")} × ${u.breedte}, ${u.meldingen} melding)`,
    );
  }
}
