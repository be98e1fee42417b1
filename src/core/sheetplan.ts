// A sheet plan is data: which cell gets which formula, cached value, number format and style.
// Adapters (exceljs for .xlsx files, Office.js inside Excel) write it; the core never writes.
import { kolomLetters } from "./grid";

export interface CelStijl {
  vet?: boolean;
  cursief?: boolean;
  /** Fill colour as "#RRGGBB". */
  achtergrond?: string;
  tekstkleur?: string;
  uitlijning?: "links" | "midden" | "rechts";
  randBoven?: boolean;
  randOnder?: boolean;
}

export interface PlanCel {
  /** A1 address within the plan's sheet. */
  adres: string;
  /** Formula in English syntax with a leading "=", pointing at input cells; absent for constants. */
  formule?: string;
  /** The engine's own value: the constant itself, or the expected result of the formula. */
  waarde: string | number | boolean | null;
  /** Excel number format code, e.g. '"€" #,##0.00;"€" -#,##0.00'. */
  getalnotatie?: string;
  stijl?: CelStijl;
}

export interface BladPlan {
  blad: string;
  /** The rectangle the plan owns ("A1:J60"); a fill clears it and writes only inside it. */
  gebied: string;
  cellen: PlanCel[];
  /** Workbook names that point at cells of this plan, e.g. Ontplooj_Saldo → C40. */
  namen: { naam: string; adres: string }[];
  /** Column widths in Excel character units, keyed by column letters. */
  kolombreedtes?: Record<string, number>;
  /** Native charts that read this sheet's own cells, so they stay live without the add-in. */
  grafieken?: GrafiekPlan[];
}

/** The house style every plan's sheet shares: titles, header rows, labels, totals, copied inputs, notes. */
export const HUISSTIJL = {
  titel: { vet: true, tekstkleur: "#1F3864" },
  kop: { vet: true, achtergrond: "#DDEBF7", randOnder: true },
  label: { vet: true },
  totaal: { vet: true, randBoven: true },
  /** An input value copied because its cell holds text a formula could not use. */
  overgenomen: { cursief: true, tekstkleur: "#7F6000" },
  toelichting: { cursief: true, tekstkleur: "#595959" },
} as const satisfies Record<string, CelStijl>;

/** The cells and names of a plan while it is built: the one place that sets a cell, shared by every sheet planner. */
export class PlanCellen {
  readonly cellen = new Map<string, PlanCel>();
  readonly namen: { naam: string; adres: string }[] = [];

  zet(adres: string, waarde: PlanCel["waarde"], extra: Omit<PlanCel, "adres" | "waarde"> = {}): void {
    this.cellen.set(adres, { adres, waarde, ...extra });
  }

  formule(
    adres: string,
    formule: string,
    waarde: PlanCel["waarde"],
    getalnotatie?: string,
    stijl?: CelStijl,
  ): void {
    this.zet(adres, waarde, {
      formule,
      ...(getalnotatie ? { getalnotatie } : {}),
      ...(stijl ? { stijl } : {}),
    });
  }

  /** A header row: `titels` from column A on, in the house header style. */
  koppen(rij: number, titels: readonly string[]): void {
    titels.forEach((t, i) => this.zet(`${kolomLetters(i)}${rij}`, t, { stijl: HUISSTIJL.kop }));
  }
}

/** One series of a chart: its name and the category and value ranges on the plan's sheet. */
export interface GrafiekReeks {
  /** A1 address of the cell holding the series name, or the name itself when no cell holds it. */
  naam: string;
  /** A1 range of the category labels ("B10:B20"), on the plan's sheet. */
  categorieen: string;
  /** A1 range of the values, as long as the categories. */
  waarden: string;
}

/**
 * A chart as data: kind, title, series and where it stands. Writers (the .xlsx package writer and
 * the Office.js adapter) place it; the name lets a refill or undo find and replace its own chart.
 */
export interface GrafiekPlan {
  /** Unique on the sheet, e.g. "Ontplooj_Grafiek_Diensten". */
  naam: string;
  soort: "staafGegroepeerd" | "kolomGegroepeerd";
  titel: string;
  reeksen: GrafiekReeks[];
  /** Top-left and bottom-right cells the chart covers; inside the plan's `gebied`. */
  anker: { van: string; tot: string };
  /** Value axis number format, e.g. NOTATIE.bedrag. */
  getalnotatie?: string;
}

/** Number formats used across plans: Dutch Excel shows them with its own separators. */
export const NOTATIE = {
  bedrag: '"€" #,##0.00;"€" -#,##0.00',
  /** Whole euros, for chart axes. */
  bedragRond: '"€" #,##0;"€" -#,##0',
  getal2: "#,##0.00",
  getal: "#,##0.####",
  percentage: "0.00%",
  datum: "dd-mm-yyyy",
  tekst: "@",
} as const;

/** Excel's largest number; a literal beyond it (or NaN, Infinity) makes an invalid file or formula. */
const EXCEL_MAX = 9.99999999999999e307;

function ongeldigGetal(n: number): boolean {
  return !Number.isFinite(n) || Math.abs(n) > EXCEL_MAX;
}

/** Number literals in a formula (not cell references like B5 or names like LOG10). */
const GETAL_IN_FORMULE = /(?<![A-Za-z_$.\d])(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z_(\d.])/g;

/**
 * Cells of a plan no writer may put into a workbook: a value that is NaN, Infinity or beyond
 * Excel's range, or a formula with such a literal. Dutch, one line per cell; empty when all is well.
 */
export function ongeldigeGetallen(plan: BladPlan): string[] {
  const uit: string[] = [];
  for (const c of plan.cellen) {
    if (typeof c.waarde === "number" && ongeldigGetal(c.waarde)) {
      uit.push(`${plan.blad}!${c.adres}: de waarde ${String(c.waarde)} is geen getal dat Excel kan bewaren`);
      continue;
    }
    const f = c.formule?.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
    if (!f) continue;
    if (/(?<![A-Za-z_])(?:NaN|Infinity)(?![A-Za-z_(\d])/.test(f)) {
      uit.push(`${plan.blad}!${c.adres}: de formule bevat een ongeldig getal`);
      continue;
    }
    const te = (f.match(GETAL_IN_FORMULE) ?? []).find((g) => ongeldigGetal(Number(g)));
    if (te)
      uit.push(
        `${plan.blad}!${c.adres}: de formule bevat een getal buiten het bereik van Excel (${te.length > 20 ? te.slice(0, 20) + "…" : te})`,
      );
  }
  return uit;
}
