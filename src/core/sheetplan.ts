// A sheet plan is data: which cell gets which formula, cached value, number format and style.
// Adapters (exceljs for .xlsx files, Office.js inside Excel) write it; the core never writes.

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
}

/** Number formats used across plans: Dutch Excel shows them with its own separators. */
export const NOTATIE = {
  bedrag: '"€" #,##0.00;"€" -#,##0.00',
  getal2: "#,##0.00",
  getal: "#,##0.####",
  percentage: "0.00%",
  datum: "dd-mm-yyyy",
  tekst: "@",
} as const;
