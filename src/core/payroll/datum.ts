// One rule for reading a date from a cell, for the register and the bank file: a real Excel date
// (a serial number), a Dutch text date "31-12-2026" (also with / or .), or ISO "2026-12-31".
// Dates are whole days as Excel serials, so comparing two dates is comparing two numbers.
import type { CelWaarde } from "../grid";

/** Excel serial of 1970-01-01 (serials from 61 on; the 1900 leap-year bug lies before them). */
const EPOCHE = 25569;
const MS_PER_DAG = 86400000;
/** 1900-03-01 and 9999-12-31: the serials Excel shows as a date without the 1900 bug. */
const MIN_SERIEEL = 61;
const MAX_SERIEEL = 2958465;

export type DatumOordeel = { ok: true; dag: number } | { ok: false; reden: string };

/** The serial of a calendar day, or null when the day does not exist (31-02-2026). */
export function dagVan(jaar: number, maand: number, dag: number): number | null {
  if (maand < 1 || maand > 12 || dag < 1 || jaar < 1900 || jaar > 9999) return null;
  const t = Date.UTC(jaar, maand - 1, dag);
  const d = new Date(t);
  if (d.getUTCFullYear() !== jaar || d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return null;
  return Math.round(t / MS_PER_DAG) + EPOCHE;
}

function delen(dag: number): [number, number, number] {
  const d = new Date((dag - EPOCHE) * MS_PER_DAG);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** 46387 → "31-12-2026", as users write dates. */
export function datumTekst(dag: number): string {
  const [j, m, d] = delen(dag);
  return `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-${j}`;
}

/** Dutch month names, January first (also the sample generators use them). */
export const MAANDEN = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * 46387 → "31 december 2026", for messages: a date in digits (31-12-2026) reads to the privacy
 * mask as a possible BSN without its leading zero, and would be shown masked.
 */
export function datumLang(dag: number): string {
  const [j, m, d] = delen(dag);
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}

/** 46387 → "2026-12-31". */
export function isoDatum(dag: number): string {
  const [j, m, d] = delen(dag);
  return `${j}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** First and last day of a period "2026-10". */
export function periodeDagen(periode: string): { eerste: number; laatste: number } {
  const [j, m] = periode.split("-").map(Number);
  const eerste = dagVan(j, m, 1)!;
  const volgende = m === 12 ? dagVan(j + 1, 1, 1)! : dagVan(j, m + 1, 1)!;
  return { eerste, laatste: volgende - 1 };
}

/**
 * A cell as a date. A number is an Excel serial (a date cell, or a number Excel shows as date);
 * a fraction (a time) is cut to its day. Text: d-m-jjjj, d/m/jjjj, d.m.jjjj or jjjj-mm-dd; a
 * two-digit year is refused (is 26 1926 or 2026?). Never guesses: anything else is a reason.
 */
export function leesDatum(v: CelWaarde): DatumOordeel {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < MIN_SERIEEL || v > MAX_SERIEEL)
      return { ok: false, reden: "is geen datum" };
    return { ok: true, dag: Math.floor(v) };
  }
  if (typeof v !== "string") return { ok: false, reden: "is geen datum" };
  const t = v.trim();
  let m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{2,4})$/.exec(t);
  if (m) {
    if (m[4].length !== 4) return { ok: false, reden: "heeft geen jaar van vier cijfers (dd-mm-jjjj)" };
    const dag = dagVan(Number(m[4]), Number(m[3]), Number(m[1]));
    return dag === null ? { ok: false, reden: "is geen bestaande datum" } : { ok: true, dag };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) {
    const dag = dagVan(Number(m[1]), Number(m[2]), Number(m[3]));
    return dag === null ? { ok: false, reden: "is geen bestaande datum" } : { ok: true, dag };
  }
  return { ok: false, reden: "is geen datum (dd-mm-jjjj)" };
}
