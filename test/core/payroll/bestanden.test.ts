// Which sheet and file the payroll command reads (in-process, no child process).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { leesBatchBestand, leesBatchBron, run } from "../../../src/cli/commands/payroll";
import { batchNaarCsv, batchRijen } from "../../../src/voorbeelden/loonbatch";
import { controleerBetaalbatch } from "../../../src/core/payroll";
import { schoneBatch } from "./hulp";

describe("leesBatchBestand", () => {
  const map = mkdtempSync(join(tmpdir(), "loonbatch-bestand-"));
  const b = schoneBatch(4, 8);
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it("neemt blad 'Betaalbatch' als dat er is, anders het eerste blad", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Toelichting").addRow(["Deze werkmap bevat de betaalbatch van oktober."]);
    const ws = wb.addWorksheet("betaalbatch ");
    for (const rij of batchRijen(b, "xlsx")) ws.addRow(rij);
    const pad = join(map, "met-blad.xlsx");
    await wb.xlsx.writeFile(pad);
    const grid = await leesBatchBestand(pad);
    expect(grid.blad).toBe("betaalbatch ");
    expect(controleerBetaalbatch(grid).bevindingen).toEqual([]);

    const enkel = new ExcelJS.Workbook();
    const blad1 = enkel.addWorksheet("Blad1");
    for (const rij of batchRijen(b, "xlsx")) blad1.addRow(rij);
    const pad2 = join(map, "blad1.xlsx");
    await enkel.xlsx.writeFile(pad2);
    expect((await leesBatchBestand(pad2)).blad).toBe("Blad1");
  });

  it("leest .csv en .txt als CSV (bladnaam Betaalbatch), ook Windows-1252", async () => {
    const pad = join(map, "batch.txt");
    const metAccent = {
      ...b,
      regels: b.regels.map((r, i) => (i === 0 ? { ...r, naam: "Renée Jansen" } : r)),
    };
    writeFileSync(pad, Buffer.from(batchNaarCsv(metAccent).replace("\ufeff", ""), "latin1"));
    const grid = await leesBatchBestand(pad);
    expect(grid.blad).toBe("Betaalbatch");
    expect(grid.waarden[6][2]).toBe("Renée Jansen");
    expect(controleerBetaalbatch(grid).samenvatting.aantalRegels).toBe(4);
  });

  it("stroomt een CSV-batch naar de controle; een aanhalingsteken dat verderop nooit sluit is een leesfout (exit 2)", async () => {
    const pad = join(map, "stroom.csv");
    writeFileSync(pad, batchNaarCsv(b));
    const bron = await leesBatchBron(pad);
    expect("waarden" in bron).toBe(false);
    expect(controleerBetaalbatch(bron)).toEqual(controleerBetaalbatch(await leesBatchBestand(pad)));

    const kapot = join(map, "half-kapot.csv");
    writeFileSync(kapot, batchNaarCsv(b) + '100999;"123456782;Naam\n');
    const fout = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const uit = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(await run([kapot])).toBe(2);
      expect(fout.mock.calls.map((c) => String(c[0])).join("")).toBe(
        "Fout: half-kapot.csv is geen leesbaar CSV-bestand (CSV: aanhalingsteken niet gesloten (record 11))\n",
      );
      expect(uit).not.toHaveBeenCalled();
    } finally {
      fout.mockRestore();
      uit.mockRestore();
    }
  });

  it("zegt in het Nederlands wat er mis is met een bestand dat het niet kan lezen", async () => {
    await expect(leesBatchBestand(join(map, "weg.xlsx"))).rejects.toThrow(/bestaat niet/);
    const kapot = join(map, "kapot.csv");
    writeFileSync(kapot, 'Gemeente;"Almelo\n');
    await expect(leesBatchBestand(kapot)).rejects.toThrow(/geen leesbaar CSV-bestand/);
  });
});
