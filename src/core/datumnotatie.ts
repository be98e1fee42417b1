// When does a cell's number format make its number a date (or time)? One rule for every adapter:
// the .xlsx reader (style ids and format codes) and Office.js (range.numberFormat).

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
export const DATUM_FORMAAT_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * True for a number format code that shows a date or time: a d, m, y, h or s outside quoted text,
 * escaped characters, padding and bracketed colours, conditions or locales ("d-m-jjjj" is stored
 * as "d-m-yyyy"; "[h]:mm" is elapsed time). "General", "0.00" and "#,##0 \"dagen\"" are not.
 */
export function isDatumFormaat(code: string): boolean {
  const kaal = code
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/[_*]./g, "") // padding and fill
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, ""); // colours, conditions, locales; keeps [h] [mm] [ss]
  if (/^(general|standaard)$/i.test(kaal.trim())) return false;
  return /[dmyhs]/i.test(kaal);
}
