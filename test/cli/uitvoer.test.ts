// Output errors end quietly (issue 10, part 7): `payroll ... | head -1` closes the pipe early; the
// CLI must not print a stack trace and still ends with its own exit code. /dev/full (always "disk
// full") gives one Dutch line and exit code 2.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { batchNaarCsv, maakPersonen } from "../../src/voorbeelden/loonbatch";

const WORTEL = join(__dirname, "..", "..");
const TSX = join(WORTEL, "node_modules", ".bin", "tsx");

function grootCsv(): string {
  // 20,000 rows with an invalid IBAN each: megabytes of findings, far beyond a pipe's buffer.
  const regels = maakPersonen(20_000, 7);
  const pad = join(mkdtempSync(join(tmpdir(), "uitvoer-")), "batch.csv");
  writeFileSync(
    pad,
    batchNaarCsv({ gemeente: "Almelo", periode: "2026-10", regels }).replace(/NL\d\d/g, "NL00"),
  );
  return pad;
}

function draai(
  args: string[],
  stdout: "pipe" | number,
  sluitNaEersteStuk: boolean,
): Promise<{ code: number | null; stderr: string; ontvangen: number }> {
  return new Promise((klaar) => {
    const kind = spawn(TSX, [join("src", "cli", "main.ts"), ...args], {
      cwd: WORTEL,
      stdio: ["ignore", stdout, "pipe"],
    });
    let stderr = "";
    let ontvangen = 0;
    kind.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    kind.stdout?.on("data", (d: Buffer) => {
      ontvangen += d.length;
      if (sluitNaEersteStuk) kind.stdout!.destroy();
    });
    kind.on("close", (code) => klaar({ code, stderr, ontvangen }));
  });
}

describe("uitvoerfouten", () => {
  const batch = grootCsv();

  test("een pijp die vroeg sluit (| head -1): geen stacktrace, de eigen afsluitcode", async () => {
    for (const extra of [[], ["--json"]]) {
      const r = await draai(["payroll", batch, ...extra], "pipe", true);
      expect(r.ontvangen).toBeGreaterThan(0);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1); // the batch has errors
    }
  }, 120_000);

  (existsSync("/dev/full") ? test : test.skip)(
    "een volle schijf: één Nederlandse regel en afsluitcode 2",
    async () => {
      const { openSync, closeSync } = await import("node:fs");
      const vol = openSync("/dev/full", "w");
      try {
        const r = await draai(["payroll", batch, "--json"], vol, false);
        expect(r.stderr).toMatch(/^Fout: de uitvoer kan niet worden geschreven \(ENOSPC\)/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.code).toBe(2);
      } finally {
        closeSync(vol);
      }
    },
    120_000,
  );
});
