// Validate + fill time for the five bundled samples and for a synthetic bijlage of 1,000 service
// rows: the pure core (grid → findings → sheet plan) and the whole file round trip (read .xlsx,
// check, plan, write the sheet, write .xlsx) as the command line does it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { controleerBijlage1, planEindafrekening } from "../src/core/bijlage1";
import { GEMEENTEN } from "../src/core/catalogue";
import type { Werkboek } from "../src/core/grid";
import { synthetischeWerkmap, voorbeeldBestandsnaam } from "../src/voorbeelden/bijlage1";
import { werkboekNaarGrids } from "../src/cli/xlsx-grid";
import { Pakket } from "../src/cli/pakket/pakket";
import { druk, meet, meetAsync } from "./meet";

async function vulBestand(bytes: Buffer | ArrayBuffer, forceer: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const u = planEindafrekening(werkboekNaarGrids(wb), { forceer });
  if (!u.plan) throw new Error(u.geweigerd);
  // As fill does: only the add-in's own parts of the original package change.
  await (await Pakket.open(new Uint8Array(bytes as ArrayBuffer))).schrijfPlan(u.plan);
}

export async function run(): Promise<void> {
  const map = join(__dirname, "../assets/bijlage1");
  const voorbeelden = GEMEENTEN.map((g) => readFileSync(join(map, voorbeeldBestandsnaam(g.naam))));
  const grids: Werkboek[] = [];
  for (const b of voorbeelden) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    grids.push(werkboekNaarGrids(wb));
  }
  druk(
    meet("kern: controleer 5 voorbeelden", () => grids.forEach((g) => controleerBijlage1(g))),
    "sets/s",
  );
  druk(
    meet("kern: controleer + plan Eindafrekening, 5 voorbeelden", () =>
      grids.forEach((g) => planEindafrekening(g)),
    ),
    "sets/s",
  );
  druk(
    await meetAsync("bestand: lees + controleer + vul + schrijf, 5 voorbeelden", () =>
      Promise.all(voorbeelden.map((b) => vulBestand(b, false))),
    ),
    "sets/s",
  );

  const groot = Buffer.from(await synthetischeWerkmap(1000).xlsx.writeBuffer());
  const wbGroot = new ExcelJS.Workbook();
  await wbGroot.xlsx.load(groot as unknown as ArrayBuffer);
  const gridGroot = werkboekNaarGrids(wbGroot);
  druk(
    meet("kern: controleer 1.000 dienstregels", () => controleerBijlage1(gridGroot)),
    "werkboeken/s",
  );
  druk(
    meet("kern: controleer + plan, 1.000 dienstregels (geforceerd)", () =>
      planEindafrekening(gridGroot, { forceer: true }),
    ),
    "werkboeken/s",
  );
  druk(
    await meetAsync(
      "bestand: lees + controleer + vul + schrijf, 1.000 dienstregels",
      () => vulBestand(groot, true),
      3000,
    ),
    "werkboeken/s",
  );
}
