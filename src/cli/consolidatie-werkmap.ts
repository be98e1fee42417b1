// Five separate bijlage-1 files as one workbook: every sheet copied (values, formulas, styles,
// widths, merges, hidden rows and columns) under its name plus the municipality ("Bijlage 1" of
// Wierden's file becomes "Bijlage 1 Wierden"), so the overview's formulas can point at all five.
// References between sheets of the same file follow the new names.
import ExcelJS from "exceljs";
import type { GemeenteNaam } from "../core/catalogue";
import { bladVerwijzing } from "../core/grid";

export interface SamenTeVoegen {
  bytes: Uint8Array;
  gemeente: GemeenteNaam;
}

/** Excel allows at most 31 characters in a sheet name. */
const MAX_BLADNAAM = 31;

export function nieuweBladnaam(blad: string, gemeente: GemeenteNaam): string {
  const achter = ` ${gemeente}`;
  return blad.slice(0, MAX_BLADNAAM - achter.length).trimEnd() + achter;
}

function ontsnapRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites references to the renamed sheets of the same file ('Bijlage 1'!C5, KPI!D2). */
export function herschrijfVerwijzingen(formule: string, namen: ReadonlyMap<string, string>): string {
  let uit = formule;
  for (const [oud, nieuw] of namen) {
    const doel = bladVerwijzing(nieuw, "");
    uit = uit.replace(new RegExp(`'${ontsnapRegex(oud.replace(/'/g, "''"))}'!`, "gi"), doel);
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(oud))
      uit = uit.replace(new RegExp(`(?<![A-Za-z0-9_.'!])${ontsnapRegex(oud)}!`, "gi"), doel);
  }
  return uit;
}

function kopieerBlad(
  bron: ExcelJS.Worksheet,
  doel: ExcelJS.Worksheet,
  namen: ReadonlyMap<string, string>,
): void {
  bron.columns?.forEach((c, i) => {
    const k = doel.getColumn(i + 1);
    if (c.width) k.width = c.width;
    if (c.hidden) k.hidden = true;
  });
  bron.eachRow({ includeEmpty: false }, (rij, r) => {
    const nieuw = doel.getRow(r);
    if (rij.hidden) nieuw.hidden = true;
    if (rij.height) nieuw.height = rij.height;
    rij.eachCell({ includeEmpty: false }, (cel, k) => {
      const d = nieuw.getCell(k);
      if (cel.type === ExcelJS.ValueType.Formula) {
        const v: ExcelJS.CellFormulaValue = { formula: herschrijfVerwijzingen(cel.formula, namen) };
        if (cel.result !== undefined) v.result = cel.result as ExcelJS.CellFormulaValue["result"];
        d.value = v;
      } else d.value = cel.value;
      d.style = JSON.parse(JSON.stringify(cel.style ?? {})) as Partial<ExcelJS.Style>;
    });
  });
  const merges = (bron.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) doel.mergeCells(m);
}

/** The bijlagen in one new workbook, in the order given; returns its .xlsx bytes. */
export async function voegSamen(bestanden: readonly SamenTeVoegen[]): Promise<Buffer> {
  const uit = new ExcelJS.Workbook();
  uit.creator = "Ontplooj-afrekening";
  for (const b of bestanden) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.bytes as unknown as ArrayBuffer);
    const namen = new Map(wb.worksheets.map((ws) => [ws.name, nieuweBladnaam(ws.name, b.gemeente)]));
    for (const ws of wb.worksheets) kopieerBlad(ws, uit.addWorksheet(namen.get(ws.name)!), namen);
  }
  return Buffer.from(await uit.xlsx.writeBuffer());
}
