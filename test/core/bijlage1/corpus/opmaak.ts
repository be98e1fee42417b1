// How people type numbers in their own workbooks: real Excel numbers, Dutch text ("7.150",
// "15,95"), Dutch euro text with the whole-euro dash ("€ 7.150,-") or English text ("7,150",
// "314,600.00"). Independent of src/core's own formatting.
import type { Dec } from "./antwoord";

export type Stijl = "echt" | "nl" | "nl-euro" | "en";

/** What a number is: it decides how people write it (tariffs whole, amounts with cents). */
export type Soort = "tarief" | "tariefGerealiseerd" | "aantal" | "bedrag" | "percentage";

function groepeer(heel: string, teken: string): string {
  return heel.replace(/\B(?=(\d{3})+(?!\d))/g, teken);
}

/** "1234.5" → "1.234,5" (nl) or "1,234.5" (en); `decimalen` fixes the decimals. */
export function tekstGetal(d: Dec, taal: "nl" | "en", decimalen?: number): string {
  const s = decimalen === undefined ? d.abs().toFixed() : d.abs().toFixed(decimalen);
  const [heel, frac] = s.split(".");
  const duizend = taal === "nl" ? "." : ",";
  const komma = taal === "nl" ? "," : ".";
  return (d.isNegative() ? "-" : "") + groepeer(heel, duizend) + (frac ? komma + frac : "");
}

/** Excel number formats for the real-number cells. */
export const NUMFMT: Record<Soort, string> = {
  tarief: '"€" #,##0;"€" -#,##0',
  tariefGerealiseerd: '"€" #,##0.0;"€" -#,##0.0',
  aantal: "#,##0.00",
  bedrag: '"€" #,##0.00;"€" -#,##0.00',
  percentage: "0.0%",
};

/** The cell value as the stijl writes it. */
export function celWaarde(d: Dec, soort: Soort, stijl: Stijl): number | string {
  if (stijl === "echt") return d.toNumber();
  const taal = stijl === "en" ? "en" : "nl";
  if (soort === "percentage") return tekstGetal(d.times(100), taal) + "%";
  if (soort === "aantal") return tekstGetal(d, taal);
  if (stijl === "nl-euro") {
    // "€ 7.150,-": whole euros with the dash; cents written out.
    return d.isInteger() ? `€ ${tekstGetal(d, "nl")},-` : `€ ${tekstGetal(d, "nl", 2)}`;
  }
  if (soort === "bedrag") return tekstGetal(d, taal, 2);
  return tekstGetal(d, taal);
}
