// BladPlan → exceljs worksheet, in place: clears only the plan's own area (and the area a
// previous fill owned, remembered in its Ontplooj_Gebied name), writes formulas with their
// cached results, number formats and styles, and the workbook names. Writing twice gives the
// same cells. Everything outside the area keeps its values and formatting.
import ExcelJS from "exceljs";
import { bladVerwijzing, parseAdres, type CelPositie } from "../core/grid";
import type { BladPlan, CelStijl, PlanCel } from "../core/sheetplan";

interface Rechthoek {
  van: CelPositie;
  tot: CelPositie;
}

function rechthoek(a1: string): Rechthoek {
  const [van, tot = van] = a1.split(":");
  return { van: parseAdres(van), tot: parseAdres(tot) };
}

function absoluut(a1: string): string {
  return a1
    .split(":")
    .map((d) =>
      d.replace(/^\$?([A-Za-z]+)\$?([0-9]+)$/, (_m, k: string, r: string) => `$${k.toUpperCase()}$${r}`),
    )
    .join(":");
}

interface DefinedNamesIntern {
  matrixMap: Record<string, unknown>;
  getRanges(naam: string): { name: string; ranges: string[] };
  add(locatie: string, naam: string): void;
}

function namen(wb: ExcelJS.Workbook): DefinedNamesIntern {
  return wb.definedNames as unknown as DefinedNamesIntern;
}

/** The area a previous fill of this sheet owned, from its name (which the plan also writes). */
function vorigGebied(wb: ExcelJS.Workbook, blad: string, naam: string | undefined): Rechthoek | undefined {
  if (!naam) return undefined;
  const dn = namen(wb);
  if (!dn.matrixMap[naam]) return undefined;
  for (const r of dn.getRanges(naam).ranges) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(r);
    if (!m) continue;
    const bladNaam = (m[1] ?? m[2]).replace(/''/g, "'");
    if (bladNaam !== blad) continue;
    try {
      return rechthoek(m[3].replace(/\$/g, ""));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function argb(kleur: string): string {
  return "FF" + kleur.replace(/^#/, "").toUpperCase();
}

function stijlNaarExcel(s: CelStijl | undefined, getalnotatie: string | undefined): Partial<ExcelJS.Style> {
  const stijl: Partial<ExcelJS.Style> = {};
  if (getalnotatie) stijl.numFmt = getalnotatie;
  if (!s) return stijl;
  const font: Partial<ExcelJS.Font> = {};
  if (s.vet) font.bold = true;
  if (s.cursief) font.italic = true;
  if (s.tekstkleur) font.color = { argb: argb(s.tekstkleur) };
  if (Object.keys(font).length > 0) stijl.font = font;
  if (s.achtergrond)
    stijl.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.achtergrond) } };
  if (s.uitlijning) {
    stijl.alignment = {
      horizontal: s.uitlijning === "links" ? "left" : s.uitlijning === "midden" ? "center" : "right",
    };
  }
  if (s.randBoven || s.randOnder) {
    const border: Partial<ExcelJS.Borders> = {};
    if (s.randBoven) border.top = { style: "thin" };
    if (s.randOnder) border.bottom = { style: "thin" };
    stijl.border = border;
  }
  return stijl;
}

function celWaarde(c: PlanCel): ExcelJS.CellValue {
  if (c.formule) {
    const result = c.waarde === null ? undefined : c.waarde;
    return { formula: c.formule.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  return c.waarde;
}

/** Unmerges every merged range that overlaps the area, so its cells can be written one by one. */
function ontkoppel(ws: ExcelJS.Worksheet, gebied: Rechthoek): void {
  const merges = (
    ws as unknown as {
      _merges: Record<
        string,
        { model: { top: number; left: number; bottom: number; right: number }; range: string }
      >;
    }
  )._merges;
  for (const m of Object.values(merges ?? {})) {
    const { top, left, bottom, right } = m.model;
    const overlapt =
      top - 1 <= gebied.tot.rij &&
      bottom - 1 >= gebied.van.rij &&
      left - 1 <= gebied.tot.kolom &&
      right - 1 >= gebied.van.kolom;
    if (overlapt) ws.unMergeCells(top, left, bottom, right);
  }
}

function wis(ws: ExcelJS.Worksheet, gebied: Rechthoek): void {
  for (let r = gebied.van.rij; r <= gebied.tot.rij; r++) {
    const row = ws.getRow(r + 1);
    for (let k = gebied.van.kolom; k <= gebied.tot.kolom; k++) {
      const cell = row.findCell(k + 1);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

/** Writes the plan into its sheet (created at the end when absent) and returns that sheet. */
export function schrijfPlan(wb: ExcelJS.Workbook, plan: BladPlan): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(plan.blad) ?? wb.addWorksheet(plan.blad);
  const gebied = rechthoek(plan.gebied);
  const gebiedNaam = plan.namen.find((n) => n.adres === plan.gebied)?.naam;
  const vorig = vorigGebied(wb, plan.blad, gebiedNaam);
  for (const g of vorig ? [gebied, vorig] : [gebied]) {
    ontkoppel(ws, g);
    wis(ws, g);
  }

  for (const c of plan.cellen) {
    const p = parseAdres(c.adres);
    if (
      p.rij < gebied.van.rij ||
      p.rij > gebied.tot.rij ||
      p.kolom < gebied.van.kolom ||
      p.kolom > gebied.tot.kolom
    ) {
      throw new Error(`plancel ${c.adres} ligt buiten het gebied ${plan.gebied}`);
    }
    const cell = ws.getCell(c.adres);
    cell.value = celWaarde(c);
    cell.style = stijlNaarExcel(c.stijl, c.getalnotatie) as ExcelJS.Style;
  }

  for (const [kolom, breedte] of Object.entries(plan.kolombreedtes ?? {}))
    ws.getColumn(kolom).width = breedte;

  const dn = namen(wb);
  for (const n of plan.namen) {
    delete dn.matrixMap[n.naam];
    dn.add(bladVerwijzing(plan.blad, absoluut(n.adres)), n.naam);
  }
  return ws;
}
