// What the Excel host supports, and the names of the add-in's own sheets.
import { RAPPORT_BLAD } from "../core/rapport-plan";

export { RAPPORT_BLAD };

/** The hidden sheet that keeps the previous content of the last filled area (for "Ongedaan maken"). */
export const HERSTEL_BLAD = "Ontplooj_Herstel";

/**
 * Sheets the add-in keeps for itself (the backup and the findings report); they are not part of
 * the workbook the core sees. Excel's sheet names ignore case, so this does too.
 */
export function isEigenBlad(naam: string): boolean {
  const n = naam.toLowerCase();
  return n === HERSTEL_BLAD.toLowerCase() || n === RAPPORT_BLAD.toLowerCase();
}

/**
 * Whether the host implements an ExcelApi requirement set. Outside Office (tests, a plain browser)
 * there is no Office.context, and the answer is false.
 */
export function ondersteuntExcelApi(versie: string): boolean {
  if (typeof Office === "undefined") return false;
  const eisen = Office.context?.requirements;
  return typeof eisen?.isSetSupported === "function" && eisen.isSetSupported("ExcelApi", versie);
}

/**
 * The adapter needs ExcelApi 1.9 (copyFrom, getRowProperties, setCellProperties): Excel on the web,
 * Microsoft 365 and Excel 2021 or later have it.
 */
export const VEREISTE_EXCEL_API = "1.9";
