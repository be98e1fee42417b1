// A plan's native charts in Excel (Office.js): added with worksheet.charts.add, named, titled and
// placed over the plan's anchor cells. Nothing here syncs: the caller queues these commands in its
// own batch. A fill replaces only charts with the plan's names; the user's charts stay.
//
// Undo needs the charts of the fill before: their plans (series names resolved to text) live in
// the workbook name Ontplooj_Grafieken as a text formula, which a fill reads along with the other
// names (no extra sync) and which undo restores like the plan's own names.
import type { GrafiekPlan, PlanCel } from "../core/sheetplan";
import { ondersteuntExcelApi } from "./omgeving";

/** ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues need ExcelApi 1.7. */
export const GRAFIEK_EXCEL_API = "1.7";
/** ChartAxis.numberFormat needs ExcelApi 1.8; without it the axis keeps Excel's format. */
const AS_NOTATIE_API = "1.8";

/** The workbook name that remembers the charts of the last fill (their plans, as JSON text). */
export const GRAFIEKEN_NAAM = "Ontplooj_Grafieken";

/** Said when the host cannot add charts: the fill itself went ahead. */
export const GRAFIEKEN_OVERGESLAGEN =
  "De grafieken zijn overgeslagen: deze versie van Excel kan geen grafieken toevoegen via een invoegtoepassing (ExcelApi 1.7 nodig). De afrekening zelf is gevuld.";

const TYPE: Record<GrafiekPlan["soort"], "BarClustered" | "ColumnClustered"> = {
  staafGegroepeerd: "BarClustered",
  kolomGegroepeerd: "ColumnClustered",
};

export function ondersteuntGrafieken(): boolean {
  return ondersteuntExcelApi(GRAFIEK_EXCEL_API);
}

const IS_ADRES = /^\$?[A-Z]{1,3}\$?[0-9]+$/;

/**
 * The charts with each series name as text: Office.js names a series by text, not by a cell, so
 * a name that points at a plan cell takes that cell's value.
 */
export function metReeksnamen(grafieken: readonly GrafiekPlan[], cellen: readonly PlanCel[]): GrafiekPlan[] {
  const waarde = new Map(cellen.map((c) => [c.adres, c.waarde]));
  return grafieken.map((g) => ({
    ...g,
    reeksen: g.reeksen.map((r) => {
      if (!IS_ADRES.test(r.naam)) return r;
      const w = waarde.get(r.naam.replace(/\$/g, ""));
      return { ...r, naam: w === null || w === undefined ? "" : String(w) };
    }),
  }));
}

/** Queues the charts (series names already text, see metReeksnamen) on the sheet. */
export function plaatsGrafieken(blad: Excel.Worksheet, grafieken: readonly GrafiekPlan[]): void {
  const asNotatie = ondersteuntExcelApi(AS_NOTATIE_API);
  for (const g of grafieken) {
    if (g.reeksen.length === 0) continue;
    const grafiek = blad.charts.add(TYPE[g.soort], blad.getRange(g.reeksen[0].waarden), "Columns");
    grafiek.name = g.naam;
    grafiek.title.text = g.titel;
    grafiek.legend.position = "Bottom";
    g.reeksen.forEach((r, i) => {
      const reeks = i === 0 ? grafiek.series.getItemAt(0) : grafiek.series.add(r.naam);
      if (i > 0) reeks.setValues(blad.getRange(r.waarden));
      reeks.setXAxisValues(blad.getRange(r.categorieen));
      reeks.name = r.naam;
    });
    if (g.getalnotatie && asNotatie) grafiek.axes.valueAxis.numberFormat = g.getalnotatie;
    grafiek.setPosition(g.anker.van, g.anker.tot);
  }
}

/** Queues the removal of the charts named `namen` that are on the sheet (`aanwezig`); case-blind. */
export function verwijderGrafieken(
  blad: Excel.Worksheet,
  namen: readonly string[],
  aanwezig: readonly string[],
): string[] {
  const weg = new Set(namen.map((n) => n.toLowerCase()));
  const verwijderd = aanwezig.filter((n) => weg.has(n.toLowerCase()));
  for (const n of verwijderd) blad.charts.getItem(n).delete();
  return verwijderd;
}

/** Excel keeps a text literal to 255 characters and a formula to 8,192. */
const STUK = 250;
const MAX_FORMULE = 8000;

/** The charts as a name's formula: ="…"&"…" in pieces Excel accepts; undefined when too long. */
export function grafiekenFormule(grafieken: readonly GrafiekPlan[]): string | undefined {
  const json = JSON.stringify(grafieken);
  const stukken: string[] = [];
  for (let i = 0; i < json.length; i += STUK)
    stukken.push(`"${json.slice(i, i + STUK).replace(/"/g, '""')}"`);
  const formule = "=" + (stukken.length > 0 ? stukken.join("&") : '""');
  return formule.length <= MAX_FORMULE ? formule : undefined;
}

/** The charts a name's formula remembers; [] when it holds something else. */
export function leesGrafiekenFormule(formule: string | null | undefined): GrafiekPlan[] {
  if (!formule) return [];
  const stukken = formule.match(/"(?:[^"]|"")*"/g);
  if (!stukken) return [];
  try {
    const json = stukken.map((s) => s.slice(1, -1).replace(/""/g, '"')).join("");
    const uit = JSON.parse(json) as unknown;
    return Array.isArray(uit) && uit.every(isGrafiekPlan) ? uit : [];
  } catch {
    return [];
  }
}

function isGrafiekPlan(x: unknown): x is GrafiekPlan {
  const g = x as GrafiekPlan;
  return (
    typeof g === "object" &&
    g !== null &&
    typeof g.naam === "string" &&
    (g.soort === "staafGegroepeerd" || g.soort === "kolomGegroepeerd") &&
    Array.isArray(g.reeksen) &&
    typeof g.anker?.van === "string" &&
    typeof g.anker?.tot === "string"
  );
}
