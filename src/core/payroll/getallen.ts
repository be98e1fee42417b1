// Amounts as integer cents and part-time factors as integer millionths: exact, and fast enough
// for 100,000 rows. Cell values in the common shapes (a number from a cell, Dutch text such as
// "1.234,56") are converted without Decimal; anything else goes through money.ts parseGetal, so
// every notation the rest of the add-in accepts is accepted here too, with the same meaning.
import { Decimal, EXCEL_CIJFERS, parseGetal, type Decimal as DecimalT } from "../money";
import type { CelWaarde } from "../grid";

export type Omzetting = { ok: true; waarde: number } | { ok: false; reden: string };

const FACTOR: readonly number[] = [1, 10, 100, 1000, 10000, 100000, 1000000];
/** EXCEL_CIJFERS as a local constant: read for every amount of a batch, never through the import. */
const CIJFERS = EXCEL_CIJFERS;

/** Space, tab and line breaks: what String.prototype.trim (and so parseGetal) removes too. */
function isSpatie(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Reads plain Dutch number text with at most `decimalen` decimals into whole units of the last
 * decimal: "-1.234,5" with 2 decimals → -123450. Returns null for anything else (the caller then
 * falls back to parseGetal), so this never guesses.
 */
export function eenhedenUitTekst(s: string, decimalen: number): number | null {
  let i = 0;
  let n = s.length;
  while (i < n && isSpatie(s.charCodeAt(i))) i++;
  while (n > i && isSpatie(s.charCodeAt(n - 1))) n--;
  let negatief = false;
  const eerste = s.charCodeAt(i);
  if (eerste === 45 || eerste === 0x2212) {
    negatief = true;
    i++;
  }
  const begin = i;
  let geheel = 0;
  let cijfers = 0;
  let punt = false;
  let groep = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      geheel = geheel * 10 + (c - 48);
      cijfers++;
      groep++;
    } else if (c === 46) {
      // A thousands point: after 1–3 leading digits (not starting with 0), then groups of three.
      if (cijfers === 0 || (punt ? groep !== 3 : groep > 3 || s.charCodeAt(begin) === 48)) return null;
      punt = true;
      groep = 0;
    } else break;
  }
  if (cijfers === 0 || (punt && groep !== 3)) return null;
  let fractie = 0;
  let fractieCijfers = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 44) return null;
    i++;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      fractie = fractie * 10 + (c - 48);
      fractieCijfers++;
    }
    if (fractieCijfers === 0 || fractieCijfers > decimalen) return null;
  }
  // Past Excel's 15 digits parseGetal decides (and refuses what no cell can hold).
  if (cijfers + fractieCijfers > CIJFERS) return null;
  const eenheden = geheel * FACTOR[decimalen] + fractie * FACTOR[decimalen - fractieCijfers];
  if (!Number.isSafeInteger(eenheden)) return null;
  return negatief && eenheden !== 0 ? -eenheden : eenheden;
}

function viaDecimal(v: CelWaarde, decimalen: number, afronden: boolean): Omzetting {
  const p = parseGetal(v, { notatie: "nl" });
  if (!p.ok) return { ok: false, reden: p.reden };
  let w: DecimalT = p.waarde;
  if (w.decimalPlaces() > decimalen) {
    if (!afronden) return { ok: false, reden: `meer dan ${decimalen} decimalen` };
    w = w.toDecimalPlaces(decimalen, Decimal.ROUND_HALF_UP);
  }
  const eenheden = w.times(FACTOR[decimalen]).toNumber();
  if (!Number.isSafeInteger(eenheden)) return { ok: false, reden: "getal te groot" };
  return { ok: true, waarde: eenheden === 0 ? 0 : eenheden };
}

function naarEenheden(v: CelWaarde, decimalen: number, afronden: boolean): Omzetting {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reden: "geen eindig getal" };
    const f = FACTOR[decimalen];
    const e = Math.round(v * f);
    // e / f is the double nearest to the decimal e·10^-d; equal to v exactly when v has ≤ d decimals.
    if (e / f === v && Number.isSafeInteger(e)) return { ok: true, waarde: e === 0 ? 0 : e };
    return viaDecimal(v, decimalen, afronden);
  }
  if (typeof v === "string") {
    const snel = eenhedenUitTekst(v, decimalen);
    if (snel !== null) return { ok: true, waarde: snel };
  }
  return viaDecimal(v, decimalen, afronden);
}

/** A cell value as exact integer cents; more than two decimals is refused, not rounded. */
export function naarCenten(v: CelWaarde): Omzetting {
  return naarEenheden(v, 2, false);
}

/** A part-time factor (0,8 or 80%) as integer millionths, rounded half away from zero to 6 decimals. */
export function naarMiljoensten(v: CelWaarde): Omzetting {
  return naarEenheden(v, 6, true);
}

/** Integer cents as an exact Decimal in euros. */
export function centenNaarDecimal(centen: number | bigint): DecimalT {
  return new Decimal(centen.toString()).div(100);
}

/** Integer cents as an exact decimal string "1234.56" (JSON and the panel format it themselves). */
export function centenTekst(centen: number | bigint): string {
  return centenNaarDecimal(centen).toFixed(2);
}

/** Integer millionths as a plain decimal string without trailing zeros: 800000 → "0.8". */
export function miljoenstenTekst(m: number): string {
  return new Decimal(m).div(1000000).toString();
}
