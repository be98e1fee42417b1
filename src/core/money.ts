// Exact money: every amount, rate and count that money is computed from is a Decimal.
// Rounding and splitting follow DOMAIN.md §3: cents, half away from zero, largest remainder.
import DecimalJs from "decimal.js";

/** Our own Decimal constructor, so no other library can change its global settings. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const NUL = new Decimal(0);

/** What a caller may hand in as an amount: a Decimal, a finite number or a canonical decimal string. */
export type DecimalInvoer = Decimal | number | string;

export function dec(x: DecimalInvoer): Decimal {
  if (typeof x === "number" && !Number.isFinite(x)) {
    throw new RangeError(`geen eindig getal: ${x}`);
  }
  return new Decimal(x);
}

/** Rounds to cents, half away from zero (decimal.js ROUND_HALF_UP is symmetric around zero). */
export function rondCenten(x: DecimalInvoer): Decimal {
  return dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function rondAf(x: DecimalInvoer, decimalen: number): Decimal {
  return dec(x).toDecimalPlaces(decimalen, Decimal.ROUND_HALF_UP);
}

export function som(xs: readonly DecimalInvoer[]): Decimal {
  return xs.reduce<Decimal>((acc, x) => acc.plus(dec(x)), NUL);
}

/**
 * Splits `totaal` into parts proportional to `gewichten` (or into n equal parts when a count is
 * given), each with `decimalen` decimals, so that the parts add up to `totaal` exactly.
 * Largest-remainder method: every part gets its truncated share, the leftover units go one each
 * to the parts with the largest remainders; ties go to the earliest part, so the result is stable.
 */
export function verdeelGrootsteRest(
  totaal: DecimalInvoer,
  gewichten: number | readonly DecimalInvoer[],
  decimalen = 2,
): Decimal[] {
  const w =
    typeof gewichten === "number"
      ? Array.from({ length: gewichten }, () => new Decimal(1))
      : gewichten.map(dec);
  if (w.length === 0) throw new RangeError("verdelen over nul delen");
  if (w.some((g) => g.isNegative())) throw new RangeError("negatief gewicht");
  const somGewicht = som(w);
  if (somGewicht.isZero()) throw new RangeError("gewichten tellen op tot nul");

  const eenheid = new Decimal(10).pow(-decimalen);
  const t = dec(totaal);
  const teken = t.isNegative() ? -1 : 1;
  // Work in whole units of the last decimal, on the absolute value, and restore the sign at the end.
  const eenheden = t.abs().div(eenheid);
  if (!eenheden.isInteger())
    throw new RangeError(`totaal ${t.toString()} heeft meer dan ${decimalen} decimalen`);

  const exact = w.map((g) => eenheden.times(g).div(somGewicht));
  const basis = exact.map((e) => e.floor());
  let rest = eenheden.minus(som(basis)).toNumber();
  const volgorde = exact
    .map((e, i) => ({ i, rest: e.minus(basis[i]) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    basis[i] = basis[i].plus(1);
    rest -= 1;
  }
  return basis.map((b) => b.times(eenheid).times(teken));
}

// ---------------------------------------------------------------------------------------------
// Parsing numbers as users type them into Dutch workbooks.

export type Notatie = "nl" | "en" | "auto";

export type ParseResultaat =
  { ok: true; waarde: Decimal; percentage: boolean } | { ok: false; reden: string };

export interface ParseOpties {
  /**
   * How to read a single separator followed by exactly three digits ("4.110", "1,234"):
   * nl reads "." as thousands and "," as decimals; en the reverse; auto refuses it as ambiguous.
   */
  notatie?: Notatie;
}

const SPATIES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Parses a cell value or typed text into an exact Decimal. Accepts real numbers from cells,
 * "1.234,56", "1,234.56", "€ 1.234", "-4.110", "(4.110)", "12%", "12,5 %", "EUR 10", "−5".
 * A trailing % divides by 100 and sets `percentage`. Anything else fails with a Dutch reason.
 */
export function parseGetal(invoer: unknown, opties: ParseOpties = {}): ParseResultaat {
  const notatie = opties.notatie ?? "nl";
  if (typeof invoer === "number") {
    if (!Number.isFinite(invoer)) return { ok: false, reden: "geen eindig getal" };
    // String(x) is the shortest text that round-trips the double, so 0.1 stays 0.1.
    return { ok: true, waarde: new Decimal(String(invoer)), percentage: false };
  }
  if (invoer instanceof DecimalJs) {
    return invoer.isFinite()
      ? { ok: true, waarde: new Decimal(invoer), percentage: false }
      : { ok: false, reden: "geen eindig getal" };
  }
  if (typeof invoer !== "string") {
    return { ok: false, reden: invoer === null || invoer === undefined ? "leeg" : "geen getal" };
  }
  let s = invoer.trim();
  if (s === "") return { ok: false, reden: "leeg" };
  const origineel = s;

  let negatief = false;
  if (/^\(.*\)$/.test(s)) {
    negatief = true;
    s = s.slice(1, -1).trim();
  }
  let percentage = false;
  if (s.endsWith("%")) {
    percentage = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^(€|eur\b|euro\b)/i, "").trim();
  s = s.replace(/\u2212/g, "-"); // the typographic minus sign
  if (s.startsWith("-")) {
    if (negatief) return { ok: false, reden: `dubbel minteken in '${origineel}'` };
    negatief = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(/^(€|eur\b|euro\b)/i, "").trim();
  if (s.endsWith("€")) s = s.slice(0, -1).trim();
  if (!/^[0-9.,\s\u00a0\u202f\u2009']+$/.test(s) || !/[0-9]/.test(s)) {
    return { ok: false, reden: `'${origineel}' is geen getal` };
  }
  if (!spatiesTussenDuizendtallen(s)) {
    return { ok: false, reden: `'${origineel}' is geen getal (een spatie staat niet tussen duizendtallen)` };
  }
  s = s.replace(SPATIES, "");
  const genormaliseerd = normaliseerScheidingstekens(s, notatie);
  if (typeof genormaliseerd !== "string") {
    return { ok: false, reden: `'${origineel}' is ${genormaliseerd.reden}` };
  }
  let waarde = new Decimal(genormaliseerd);
  if (percentage) waarde = waarde.div(100);
  if (negatief) waarde = waarde.negated();
  if (waarde.isZero()) waarde = new Decimal(0); // no -0
  return { ok: true, waarde, percentage };
}

/** Returns a plain "1234.56" string, or the reason the separators cannot be read. */
function normaliseerScheidingstekens(s: string, notatie: Notatie): string | { reden: string } {
  const punten = (s.match(/\./g) ?? []).length;
  const kommas = (s.match(/,/g) ?? []).length;
  if (punten === 0 && kommas === 0) return s;

  if (punten > 0 && kommas > 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimaal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const duizend = decimaal === "." ? "," : ".";
    const [geheel, fractie, ...meer] = s.split(decimaal);
    if (meer.length > 0 || fractie === "")
      return { reden: "geen geldig getal (scheidingstekens kloppen niet)" };
    if (!geldigeDuizendtallen(geheel, duizend))
      return { reden: "geen geldig getal (duizendtallen kloppen niet)" };
    return geheel.split(duizend).join("") + "." + fractie;
  }

  const teken = punten > 0 ? "." : ",";
  const aantal = punten + kommas;
  const delen = s.split(teken);
  if (aantal > 1) {
    // Repeated separator: only thousands grouping makes sense ("1.234.567").
    if (!geldigeDuizendtallen(s, teken)) return { reden: "geen geldig getal (duizendtallen kloppen niet)" };
    return delen.join("");
  }
  const [geheel, fractie] = delen;
  if (geheel === "" || fractie === "") return { reden: "geen geldig getal" };
  const kanDuizendtalZijn = fractie.length === 3 && /^[1-9][0-9]{0,2}$/.test(geheel);
  if (!kanDuizendtalZijn) return geheel + "." + fractie;
  const duizendteken = notatie === "nl" ? "." : notatie === "en" ? "," : null;
  if (duizendteken === null) {
    return {
      reden: `dubbelzinnig: '${teken}' kan duizendtal of decimaalteken zijn; schrijf bijvoorbeeld 1.234,00`,
    };
  }
  return teken === duizendteken ? geheel + fractie : geheel + "." + fractie;
}

/** Spaces group thousands only: 1–3 digits, then groups of exactly three ("1 234 567,89"). */
function spatiesTussenDuizendtallen(s: string): boolean {
  const groepen = s.split(/[\s\u00a0\u202f\u2009']+/);
  if (groepen.length === 1) return true;
  const laatste = groepen[groepen.length - 1];
  return (
    /^[0-9]{1,3}$/.test(groepen[0]) &&
    groepen.slice(1, -1).every((g) => /^[0-9]{3}$/.test(g)) &&
    /^[0-9]{3}([.,][0-9]+)?$/.test(laatste)
  );
}

function geldigeDuizendtallen(geheel: string, teken: string): boolean {
  const groepen = geheel.split(teken);
  if (groepen.length === 1) return /^[0-9]+$/.test(geheel);
  return /^[1-9][0-9]{0,2}$/.test(groepen[0]) && groepen.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

// ---------------------------------------------------------------------------------------------
// Dutch notation for what people read: € 1.234,56.

export function formatGetal(x: DecimalInvoer, decimalen = 2): string {
  const d = rondAf(x, decimalen);
  const [geheel, fractie] = d.abs().toFixed(decimalen).split(".");
  // Groups of three from the right, in one pass (a lookahead regex is quadratic in the digits).
  const kop = geheel.length % 3 || 3;
  const groepen = [geheel.slice(0, kop)];
  for (let i = kop; i < geheel.length; i += 3) groepen.push(geheel.slice(i, i + 3));
  const gegroepeerd = groepen.join(".");
  const teken = d.isNegative() && !d.isZero() ? "-" : "";
  return teken + gegroepeerd + (fractie !== undefined ? "," + fractie : "");
}

export function formatBedrag(x: DecimalInvoer, decimalen = 2): string {
  return "€ " + formatGetal(x, decimalen);
}

export function formatPercentage(fractie: DecimalInvoer, decimalen = 2): string {
  return formatGetal(dec(fractie).times(100), decimalen) + "%";
}
