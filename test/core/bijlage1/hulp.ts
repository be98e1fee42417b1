// Test helpers: real .xlsx round trips through exceljs, and an independent formula engine.
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import type { Werkboek } from "../../../src/core/grid";
import type { BladPlan } from "../../../src/core/sheetplan";
import { Pakket } from "../../../src/cli/pakket/pakket";
import { datumNaarSerieel, werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import { dienst } from "../../../src/core/catalogue";
import { bouwWerkmap, voorbeeldData } from "../../../src/voorbeelden/bijlage1";
import { rekenmachine, zetInhoud, type HfInhoud } from "../../hyperformula";

export { hfWaarde } from "../../hyperformula";

/**
 * The workbook saved as .xlsx, filled by the add-in's own package writer (src/cli/pakket, as the
 * CLI's fill does) and read back: the tests recalculate what users get.
 */
export async function gevuld(wb: ExcelJS.Workbook, plan: BladPlan): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const uit = await (await Pakket.open(bytes)).schrijfPlan(plan);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.load(uit as unknown as ArrayBuffer);
  return terug;
}

/** Writes the workbook as .xlsx bytes and reads them back: what a user's file looks like. */
export async function rondreis(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.load(buf);
  return terug;
}

export async function werkboekVan(wb: ExcelJS.Workbook): Promise<Werkboek> {
  return werkboekNaarGrids(await rondreis(wb));
}

export async function laad(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}

function hfInhoud(cell: ExcelJS.Cell): HfInhoud {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.type === ExcelJS.ValueType.Formula) return "=" + cell.formula;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return datumNaarSerieel(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
    return null;
  }
  return v as HfInhoud;
}

/** The whole workbook in HyperFormula (GPL, tests only): formulas from the file, recomputed. */
export function hfVan(wb: ExcelJS.Workbook): HyperFormula {
  const bladen: Record<string, HfInhoud[][]> = {};
  for (const ws of wb.worksheets) {
    const data: HfInhoud[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, k) => zetInhoud(data, r - 1, k - 1, hfInhoud(cell)));
    });
    bladen[ws.name] = data;
  }
  return rekenmachine(bladen);
}

export interface Afwijking {
  adres: string;
  formule?: string;
  verwacht: unknown;
  gevonden: unknown;
}

/** Plan cells whose value the other engine computes differently (numbers to the cent, text exactly). */
export function vergelijkMetPlan(plan: BladPlan, waardeVan: (adres: string) => unknown): Afwijking[] {
  const uit: Afwijking[] = [];
  for (const c of plan.cellen) {
    const gevonden = waardeVan(c.adres);
    const verwacht = c.waarde;
    let gelijk: boolean;
    if (typeof verwacht === "number") {
      gelijk =
        typeof gevonden === "number" &&
        Math.round(gevonden * 100) === Math.round(verwacht * 100) &&
        Math.abs(gevonden - verwacht) < 1e-6 * Math.max(1, Math.abs(verwacht));
    } else if (verwacht === null || verwacht === "") {
      gelijk = gevonden === null || gevonden === "" || gevonden === undefined;
    } else {
      gelijk = gevonden === verwacht;
    }
    if (!gelijk) uit.push({ adres: c.adres, formule: c.formule, verwacht, gevonden });
  }
  return uit;
}

/**
 * Wierden 2023 (2% surcharge) whose cost lines add up to less than zero, budgeted and realised:
 * every cost line 0 but a correction of −1 (budgeted) and −2 (realised) begeleiding beschut. The
 * engine charges no surcharge then; the sheet's formula must say the same.
 */
export async function werkmapMetNegatieveKosten(): Promise<ExcelJS.Workbook> {
  const data = voorbeeldData("Wierden");
  for (const d of data.diensten) {
    if (dienst(d.code).soort !== "kosten") continue;
    const beschut = d.code === "BEG_BESCHUT";
    d.aantalBegroot = beschut ? "-1" : "0";
    d.aantalGerealiseerd = beschut ? "-2" : "0";
  }
  return rondreis(bouwWerkmap(data).wb);
}
