// Exact money: every amount, rate and count that money is computed from is a Decimal.
// Rounding and splitting follow DOMAIN.md §3: cents, half away from zero, largest remainder.
import DecimalJs from "decimal.js";

/** Our own Decimal constructor, so no other library can change its global settings. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const NUL = new Decimal(0);

export function isDecimal(x: unknown): x is Decimal {
  return x instanceof DecimalJs;
}

/** What a caller may hand in as an amount: a Decimal, a finite number or a canonical decimal string. */
export type DecimalInvoer = Decimal | number | string;

export function dec(x: DecimalInvoer): Decimal {
  // Decimals are immutable: one of ours is returned as is (a copy per call was most of the
  // garbage in a large calculation). Another clone's Decimal is copied, so our settings apply.
  if (x instanceof DecimalJs && x.constructor === Decimal) return x;
  if (typeof x === "number" && !Number.isFinite(x)) {
    throw new RangeError(`geen eindig getal: ${x}`);
  }
  return new Decimal(x);
}

/** Rounds to cents, half away from zero (decimal.js ROUND_HALF_UP is symmetric around zero). */
export function rondCenten(x: DecimalInvoer): Decimal {
  return dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

// ---------------------------------------------------------------------------------------------
// The same amounts in whole numbers, for ranges of a million lines: a Decimal per line is most of
// the time there. `centenVanProduct` is rondCenten's rule (half away from zero) on integers;
// test/core/centen.eigenschappen.test.ts checks it against rondCenten over random input.

/** An exact decimal `cijfers` × 10^-`schaal`, with `cijfers` a safe integer and `schaal` ≥ 0. */
export interface Schaalgetal {
  cijfers: number;
  schaal: number;
}

/** 10^0 … 10^22: every power of ten a double holds exactly. */
const MACHT = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

// The readers below leave their result in `gelezen` instead of a new object: a sum over thousands
// of amounts then allocates nothing. Read it right after a reader returned true.
const gelezen: Schaalgetal = { cijfers: 0, schaal: 0 };

/** A Decimal as a Schaalgetal, when its digits fit a safe integer; otherwise undefined. */
export function schaalVanDecimal(x: Decimal): Schaalgetal | undefined {
  return leesDecimal(x) ? { cijfers: gelezen.cijfers, schaal: gelezen.schaal } : undefined;
}

/** schaalVanDecimal into `gelezen`; false when the digits do not fit. */
function leesDecimal(x: Decimal): boolean {
  const d = x.d;
  if (!d) return false; // NaN or Infinity
  if (d[0] === 0) {
    gelezen.cijfers = 0;
    gelezen.schaal = 0;
    return true;
  }
  // decimal.js keeps the digits in words of 7 (base 10^7), the first word without leading zeros
  // and the last one, after the point, padded with zeros to 7 digits.
  const n = d.length;
  let schaal = aantalCijfers(d[0]) + 7 * (n - 1) - 1 - x.e;
  // Drop the padding zeros of the last word (a small integer), so products stay small.
  let laatste = d[n - 1];
  let weg = 0;
  while (schaal > 0 && weg < 7 && laatste % 10 === 0) {
    laatste /= 10;
    weg++;
    schaal--;
  }
  let c = n === 1 ? laatste : d[0];
  if (n > 1) {
    for (let i = 1; i < n - 1; i++) c = c * 1e7 + d[i];
    c = c * MACHT[7 - weg] + laatste; // exact up to MAX_SAFE_INTEGER; a larger value never rounds below it
    if (c > Number.MAX_SAFE_INTEGER) return false;
  }
  if (schaal < 0) {
    if (-schaal > 22 || c * MACHT[-schaal] > Number.MAX_SAFE_INTEGER) return false;
    c *= MACHT[-schaal];
    schaal = 0;
  }
  gelezen.cijfers = x.s < 0 ? -c : c;
  gelezen.schaal = schaal;
  return true;
}

/** decimal.js stores digits in words of seven (base 10^7). */
const WOORD = 1e7;

/**
 * The exact value of a Schaalgetal as a Decimal. With at most seven decimals the Decimal is built
 * from its digit words directly (decimal.js's own layout: words of seven digits aligned on the
 * decimal point, no trailing zero words), several times faster than parsing text; the property
 * tests hold it to `new Decimal("…e-…")` digit for digit.
 */
export function decVanSchaal(g: Schaalgetal): Decimal {
  let a = g.cijfers;
  if (a === 0) return NUL;
  let k = g.schaal;
  if (k > 7 || !Number.isSafeInteger(a)) return new Decimal(`${a}e-${k}`);
  const s = a < 0 ? -1 : 1;
  if (a < 0) a = -a;
  while (k > 0 && a % 10 === 0) {
    a /= 10;
    k--;
  }
  const macht = MACHT[k];
  const breuk = a % macht; // exact: a and 10^k are exact doubles
  const geheel = (a - breuk) / macht;
  // Built by the constructor from its first word (a small integer: decimal.js's fast path, so the
  // Decimal has the library's own shape), then given its exponent, sign and further words; nothing
  // else holds it yet, and a Decimal is never changed after this.
  let x: Decimal;
  let e: number;
  if (geheel === 0) {
    e = aantalCijfers(breuk) - k - 1;
    x = new Decimal(breuk * MACHT[7 - k]);
  } else {
    e = aantalCijfers(geheel) - 1;
    // The integer part in words of seven digits, most significant first (at most three words).
    const laag = geheel % WOORD;
    const rest = (geheel - laag) / WOORD;
    const midden = rest % WOORD;
    const hoog = (rest - midden) / WOORD;
    const woorden = hoog > 0 ? [hoog, midden, laag] : rest > 0 ? [midden, laag] : [laag];
    if (breuk > 0) woorden.push(breuk * MACHT[7 - k]);
    else while (woorden.length > 1 && woorden[woorden.length - 1] === 0) woorden.pop();
    x = new Decimal(woorden[0]);
    for (let i = 1; i < woorden.length; i++) x.d.push(woorden[i]);
  }
  const inhoud = x as unknown as { s: number; e: number };
  inhoud.s = s;
  inhoud.e = e;
  return x;
}

/** The number of decimal digits of a positive safe integer. */
function aantalCijfers(n: number): number {
  let c = 1;
  while (c < 16 && n >= MACHT[c]) c++;
  return c;
}

/** Whole cents as a Decimal in euros (a BigInt beyond the safe integers). */
export function decVanCenten(c: number | bigint): Decimal {
  if (typeof c === "bigint") return c === 0n ? NUL : new Decimal(`${c.toString()}e-2`);
  return decVanSchaal({ cijfers: c, schaal: 2 });
}

/**
 * Plain decimal text as Decimal reads it ("-1234.5", "0.035", "7150": no exponent, no spaces), of
 * at most 15 digits, as a Schaalgetal into `gelezen`; false for any other text. Read by character codes: a
 * regular expression and its substrings were most of the garbage of a large nacalculatie.
 */
function leesTekst(x: string): boolean {
  const n = x.length;
  let i = 0;
  const negatief = n > 0 && x.charCodeAt(0) === 45;
  if (negatief) i = 1;
  const begin = i;
  let c = 0;
  let cijfers = 0;
  let schaal = 0;
  let punt = false;
  for (; i < n; i++) {
    const k = x.charCodeAt(i);
    if (k >= 48 && k <= 57) {
      c = c * 10 + (k - 48);
      cijfers++;
      if (punt) schaal++;
    } else if (k === 46 && !punt && i > begin) punt = true;
    else return false;
  }
  if (cijfers === 0 || cijfers > 15 || (punt && schaal === 0)) return false;
  if (c === 0) {
    if (negatief) return false;
    schaal = 0;
  }
  gelezen.cijfers = negatief ? -c : c;
  gelezen.schaal = schaal;
  return true;
}

/**
 * An amount as a Schaalgetal without a Decimal, when it is one of the common forms: a Decimal whose
 * digits fit (schaalVanDecimal), a finite number (its shortest text, as Decimal reads a number),
 * or plain decimal text of at most 15 digits. Undefined otherwise (and for −0): the caller takes
 * the Decimal path, which reads or refuses the value as before.
 */
export function leesSchaal(x: DecimalInvoer): Schaalgetal | undefined {
  return leesSchaalIn(x) ? { cijfers: gelezen.cijfers, schaal: gelezen.schaal } : undefined;
}

/** leesSchaal into `gelezen`; false where leesSchaal gives undefined. */
function leesSchaalIn(x: DecimalInvoer): boolean {
  if (typeof x === "number") {
    if (!Number.isFinite(x) || Object.is(x, -0)) return false;
    if (!Number.isInteger(x)) return leesTekst(String(x));
    if (!Number.isSafeInteger(x)) return false;
    gelezen.cijfers = x;
    gelezen.schaal = 0;
    return true;
  }
  if (typeof x === "string") return leesTekst(x);
  if (x instanceof DecimalJs && x.constructor === Decimal) {
    // −0 is not a Schaalgetal (it would lose its sign).
    if (x.d !== null && x.d[0] === 0 && x.s < 0) return false;
    return leesDecimal(x);
  }
  return false;
}

/**
 * The amounts' digits and scales, each read as leesSchaal reads it, into two arrays: one pass, no
 * object per amount. Undefined when any one is not such a form.
 */
export function leesSchalen(
  xs: readonly DecimalInvoer[],
): { cijfers: number[]; schalen: number[] } | undefined {
  const cijfers = new Array<number>(xs.length);
  const schalen = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    if (!leesSchaalIn(xs[i])) return undefined;
    cijfers[i] = gelezen.cijfers;
    schalen[i] = gelezen.schaal;
  }
  return { cijfers, schalen };
}

/** 10^k as a safe integer, or undefined past 10^15. */
function machtVan(k: number): number | undefined {
  return k <= 15 ? MACHT[k] : undefined;
}

/**
 * Schaalgetallen brought to one scale (the largest), as safe integers whose sum is safe too;
 * undefined when that does not fit (the caller then takes the Decimal path).
 */
export function opEenSchaal(
  gs: readonly Schaalgetal[],
): { waarden: number[]; schaal: number; som: number } | undefined {
  return schalenOpEen(
    gs.map((g) => g.cijfers),
    gs.map((g) => g.schaal),
  );
}

/** opEenSchaal for digits and scales in two arrays, as leesSchalen gives them. */
export function schalenOpEen(
  cijfers: readonly number[],
  schalen: readonly number[],
): { waarden: number[]; schaal: number; som: number } | undefined {
  let schaal = 0;
  for (const k of schalen) if (k > schaal) schaal = k;
  const waarden = new Array<number>(cijfers.length);
  let som = 0;
  for (let i = 0; i < cijfers.length; i++) {
    const f = machtVan(schaal - schalen[i]);
    if (f === undefined) return undefined;
    const w = cijfers[i] * f;
    som += w;
    if (!Number.isSafeInteger(w) || !Number.isSafeInteger(som)) return undefined;
    waarden[i] = w;
  }
  return { waarden, schaal, som };
}

/**
 * The exact sum of amounts as one Schaalgetal, in one pass without a Decimal: som() for the common
 * forms (see leesSchaal). Undefined when a value is not such a form or the sum leaves the safe
 * integers; the caller then sums Decimals.
 */
export function somSchaal(xs: readonly DecimalInvoer[]): Schaalgetal | undefined {
  let som = 0;
  let schaal = 0;
  for (const x of xs) {
    if (!leesSchaalIn(x)) return undefined;
    let c = gelezen.cijfers;
    const k = gelezen.schaal;
    if (k > schaal) {
      const f = machtVan(k - schaal);
      if (f === undefined) return undefined;
      som *= f;
      schaal = k;
    } else if (k < schaal) {
      const f = machtVan(schaal - k);
      if (f === undefined) return undefined;
      c *= f;
    }
    som += c;
    if (!Number.isSafeInteger(som) || !Number.isSafeInteger(c)) return undefined;
  }
  return { cijfers: som === 0 ? 0 : som, schaal };
}

/**
 * verdeelGrootsteRest in whole units: splits `totaal` (≥ 0) over non-negative integer weights
 * with a positive sum, every product totaal × weight a safe integer; undefined otherwise. The
 * same parts as the Decimal method: integer floors and remainders over one denominator are the
 * exact quotients that Decimal's 40 digits represent, so the order of remainders is the same.
 */
export function verdeelEenheden(
  totaal: number,
  gewichten: readonly number[],
  somGewicht: number,
): number[] | undefined {
  if (!(totaal >= 0) || !Number.isSafeInteger(totaal) || !(somGewicht > 0)) return undefined;
  const n = gewichten.length;
  const delen = new Array<number>(n);
  const resten = new Array<number>(n);
  let verdeeld = 0;
  for (let i = 0; i < n; i++) {
    const p = totaal * gewichten[i];
    if (!Number.isSafeInteger(p) || gewichten[i] < 0) return undefined;
    let q = Math.floor(p / somGewicht);
    let r = p - q * somGewicht;
    // The division of two doubles may round to the next integer: correct by the exact remainder.
    if (r < 0) {
      q--;
      r += somGewicht;
    } else if (r >= somGewicht) {
      q++;
      r -= somGewicht;
    }
    delen[i] = q;
    resten[i] = r;
    verdeeld += q;
  }
  const rest = totaal - verdeeld;
  if (rest > 0) for (const i of grootsteResten(resten, rest, somGewicht)) delen[i]++;
  return delen;
}

/**
 * The indices of the `aantal` largest remainders (each in [0, deler)), ties to the lower index.
 * When remainder and index fit one safe integer, as one key per index in a Float64Array sorted
 * natively: several times faster than sorting indices with a comparator, for a thousand parts.
 */
function grootsteResten(resten: readonly number[], aantal: number, deler: number): number[] {
  const n = resten.length;
  if (deler * n > Number.MAX_SAFE_INTEGER) return grootsteRestEerst(resten).slice(0, aantal);
  // Ascending keys: the largest remainder first, then the lower index.
  const sleutels = new Float64Array(n);
  for (let i = 0; i < n; i++) sleutels[i] = (deler - 1 - resten[i]) * n + i;
  sleutels.sort();
  const uit = new Array<number>(aantal);
  for (let j = 0; j < aantal; j++) uit[j] = sleutels[j] % n;
  return uit;
}

/** The indices ordered by remainder, largest first, ties to the lower index (largest-remainder order). */
function grootsteRestEerst(resten: readonly number[] | readonly bigint[]): number[] {
  return Array.from({ length: resten.length }, (_, i) => i).sort((a, b) =>
    resten[b] > resten[a] ? 1 : resten[b] < resten[a] ? -1 : a - b,
  );
}

/**
 * a × b in whole cents, rounded half away from zero: rondCenten(a × b) without a Decimal. A safe
 * integer while the product is one, otherwise exact in BigInt.
 */
export function centenVanProduct(a: Schaalgetal, b: Schaalgetal): number | bigint {
  const p = a.cijfers * b.cijfers;
  // p is exact when it is at most MAX_SAFE_INTEGER (a larger exact product never rounds below it).
  const e = a.schaal + b.schaal - 2; // p × 10^-e cents
  if (Math.abs(p) <= Number.MAX_SAFE_INTEGER) {
    if (e === 0) return p === 0 ? 0 : p;
    if (e < 0) {
      if (-e <= 22) {
        const c = p * MACHT[-e];
        if (Math.abs(c) <= Number.MAX_SAFE_INTEGER) return c === 0 ? 0 : c;
      }
    } else {
      // |p| < 2^53 < 10^22 / 2: more than 22 places below the cent is always under half a cent.
      if (e > 22) return 0;
      const deler = MACHT[e];
      const rest = p % deler; // exact for doubles, and so is the division of the exact multiple
      const geheel = (p - rest) / deler;
      const c = 2 * Math.abs(rest) >= deler ? geheel + Math.sign(p) : geheel;
      return c === 0 ? 0 : c;
    }
  }
  const P = BigInt(a.cijfers) * BigInt(b.cijfers);
  if (e <= 0) return P * 10n ** BigInt(-e);
  const deler = 10n ** BigInt(e);
  const rest = P % deler; // BigInt division truncates toward zero, so the rest has P's sign
  const geheel = P / deler;
  const helft = 2n * (rest < 0n ? -rest : rest) >= deler;
  return helft ? geheel + (P < 0n ? -1n : 1n) : geheel;
}

/** Half of the safe integers: two such terms add up exactly. */
const HALF_VEILIG = 2 ** 52;
/** Below 10^39 cents a sum has at most 40 significant digits: exact at Decimal's precision. */
const EXACT_IN_DECIMAL = 10n ** 39n;

/**
 * A running sum of amounts, equal to adding them one by one as Decimals (som): whole cents in a
 * safe integer, spilling into BigInt. A sum that grows beyond 40 significant digits, or an amount
 * given as a Decimal, continues as a Decimal sum in order, so it rounds exactly where som would.
 */
export class Centensom {
  private klein = 0;
  private groot = 0n;
  private decimaal: Decimal | null = null;

  telCenten(c: number | bigint): void {
    if (this.decimaal !== null) {
      this.decimaal = this.decimaal.plus(new Decimal(`${c.toString()}e-2`));
    } else if (typeof c === "number" && Math.abs(c) < HALF_VEILIG) {
      const n = this.klein + c;
      if (Math.abs(n) < HALF_VEILIG) this.klein = n;
      else {
        this.klein = 0;
        this.telGroot(BigInt(n));
      }
    } else this.telGroot(BigInt(c));
  }

  private telGroot(c: bigint): void {
    this.groot += c;
    // plus() rounds the exact sum to Decimal's precision, as som() would have at this term.
    if (this.groot >= EXACT_IN_DECIMAL || this.groot <= -EXACT_IN_DECIMAL)
      this.decimaal = NUL.plus(this.centen());
  }

  telBedrag(x: Decimal): void {
    this.decimaal = (this.decimaal ?? this.centen()).plus(x);
  }

  private centen(): Decimal {
    if (this.groot === 0n) return decVanCenten(this.klein);
    const c = BigInt(this.klein) + this.groot;
    return c === 0n ? NUL : new Decimal(`${c.toString()}e-2`);
  }

  /** The sum in whole cents while it is a safe integer and no Decimal amount joined it; else undefined. */
  get centenGetal(): number | undefined {
    return this.decimaal === null && this.groot === 0n ? this.klein : undefined;
  }

  /** The sum in euros. */
  get totaal(): Decimal {
    const som = this.decimaal ?? this.centen();
    return som.isZero() ? NUL : som;
  }
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
  const snel = verdeelSnel(totaal, gewichten, decimalen);
  if (snel) return snel;
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

  // In BigInt on one scale, so every part and remainder is exact: quotients rounded to 40 digits
  // would rank two equal remainders by their rounding error when the parts differ in length.
  let schaal = 0;
  for (const g of w) schaal = Math.max(schaal, g.decimalPlaces());
  const factor = new Decimal(10).pow(schaal);
  const W = w.map((g) => BigInt(g.times(factor).toFixed(0)));
  const E = BigInt(eenheden.toFixed(0));
  const S = W.reduce((a, b) => a + b, 0n);
  const basis = W.map((g) => (E * g) / S);
  const resten = W.map((g, i) => E * g - basis[i] * S);
  let rest = E - basis.reduce((a, b) => a + b, 0n);
  for (const i of grootsteRestEerst(resten)) {
    if (rest <= 0n) break;
    basis[i] += 1n;
    rest -= 1n;
  }
  return basis.map((b) => new Decimal(`${b.toString()}e-${decimalen}`).times(teken));
}

const NEGATIEVE_NUL = NUL.negated();

/** verdeelGrootsteRest in integers when every value is a Schaalgetal that fits; else undefined. */
function verdeelSnel(
  totaal: DecimalInvoer,
  gewichten: number | readonly DecimalInvoer[],
  decimalen: number,
): Decimal[] | undefined {
  const t = leesSchaal(totaal);
  if (!t || t.schaal > decimalen || !Number.isInteger(decimalen) || decimalen > 15) return undefined;
  const f = machtVan(decimalen - t.schaal);
  if (f === undefined) return undefined;
  const eenheden = Math.abs(t.cijfers) * f;
  const teken = t.cijfers < 0 ? -1 : 1;
  let w: { waarden: number[]; som: number } | undefined;
  if (typeof gewichten === "number") {
    if (!Number.isSafeInteger(gewichten) || gewichten <= 0) return undefined;
    w = { waarden: new Array<number>(gewichten).fill(1), som: gewichten };
  } else {
    const gs = leesSchalen(gewichten);
    w = gs && schalenOpEen(gs.cijfers, gs.schalen);
  }
  // Negative weights, a zero sum or an empty list: the Decimal path refuses them with its message.
  if (!w || w.waarden.some((x) => x < 0)) return undefined;
  const delen = verdeelEenheden(eenheden, w.waarden, w.som);
  if (!delen) return undefined;
  return delen.map((d) =>
    d === 0 ? (teken < 0 ? NEGATIEVE_NUL : NUL) : decVanSchaal({ cijfers: teken * d, schaal: decimalen }),
  );
}

// ---------------------------------------------------------------------------------------------
// Parsing numbers as users type them into Dutch workbooks.

/**
 * How text is read where its form alone does not decide ("4.110", "1,442": one separator followed
 * by exactly three digits): "nl" reads "." as thousands and "," as decimals, "en" the reverse,
 * "auto" (undecided) refuses such text as ambiguous, naming both readings.
 */
export type Notatie = "nl" | "en" | "auto";

/**
 * What the form of a text number says about its notation: "nl" or "en" when only that notation
 * can read it ("1.234,56", "0,5", "7.150,-" / "314,600.00", "7,150,000", "1.5"), "neutraal"
 * without separators ("7150"), "dubbelzinnig" when the two notations read it differently.
 */
export type Vorm = "nl" | "en" | "neutraal" | "dubbelzinnig";

/** Why text is no number: empty, not a number's form, ambiguous, or outside what Excel can hold. */
export type ParseFout = "leeg" | "vorm" | "dubbelzinnig" | "bereik";

export type ParseResultaat =
  { ok: true; waarde: Decimal; percentage: boolean } | { ok: false; reden: string; soort: ParseFout };

export interface ParseOpties {
  /** How to read an ambiguous text number (see Notatie); default "nl". */
  notatie?: Notatie;
}

/** Excel's largest and smallest positive number (Excel specifications and limits). */
export const EXCEL_MAXIMUM = new Decimal("9.99999999999999e307");
export const EXCEL_MINIMUM = new Decimal("2.2251e-308");
/** Excel keeps 15 significant digits: text with more names a number no cell can hold. */
export const EXCEL_CIJFERS = 15;

/**
 * A cell's number as Excel shows it: at its 15 significant digits, so the binary noise of a
 * formula (55894.23999999999, shown as 55.894,24) is no extra decimal; a real one (5131.955) stays.
 */
export function zoalsExcelToont(n: number): Decimal {
  return new Decimal(n.toPrecision(EXCEL_CIJFERS));
}

/**
 * An amount that must be whole cents (a year amount to split), read `exact` from the cell `ruw`:
 * as is when it is whole cents, else as Excel shows a number cell when that is whole cents (a SUM
 * of cent amounts with binary noise), else as is, for the caller to refuse.
 */
export function centenBedragVanCel(exact: Decimal, ruw: unknown): Decimal {
  if (rondCenten(exact).equals(exact) || typeof ruw !== "number" || !Number.isFinite(ruw)) return exact;
  const getoond = zoalsExcelToont(ruw);
  return rondCenten(getoond).equals(getoond) ? getoond : exact;
}

/**
 * Longer text is no number Excel can hold (309 digits with their separators fit easily); cut off
 * before any pattern runs, so a 200,000-character cell costs nothing.
 */
const MAX_LENGTE = 500;

const SPATIES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Quotes typed text in a reason, whole: callers that echo cell text (the payroll's masking of
 * personal data, the readers' cutting of long values) find and treat it as the cell shows it.
 */
function citeer(s: string): string {
  return `'${s}'`;
}

interface Ontleding {
  vorm: Vorm;
  /** Plain "1234.56" as each notation reads it (equal unless the form is ambiguous). */
  nl: string;
  en: string;
  negatief: boolean;
  percentage: boolean;
}

type Weigering = { reden: string; soort: ParseFout };

/**
 * Splits typed text into sign, percent and digits, and reads its separators in both notations.
 * Accepts "1.234,56", "1,234.56", "€ 1.234", "-4.110", "(4.110)", "12%", "12,5 %", "EUR 10",
 * "−5", spaces between thousands, and whole euros the Dutch way: "7.150,-" and "€ 7.150,--".
 */
function ontleed(invoer: string): Ontleding | Weigering {
  let s = invoer.trim();
  if (s === "") return { soort: "leeg", reden: "leeg" };
  if (s.length > MAX_LENGTE)
    // Not quoted: a huge cell does not belong in a message.
    return { soort: "bereik", reden: `de tekst is te lang voor een getal (${s.length} tekens)` };
  const q = citeer(s);
  const geenGetal: Weigering = { soort: "vorm", reden: `${q} is geen getal` };

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
    if (negatief) return { soort: "vorm", reden: `dubbel minteken in ${q}` };
    negatief = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(/^(€|eur\b|euro\b)/i, "").trim();
  if (s.endsWith("€")) s = s.slice(0, -1).trim();
  // Whole euros: "7.150,-" (also ",--" and an en or em dash, as word processors make of it).
  const heleEuros = /,[-\u2013\u2014]{1,2}$/.exec(s);
  if (heleEuros) s = s.slice(0, heleEuros.index);
  if (!/^[0-9.,\s\u00a0\u202f\u2009']+$/.test(s) || !/[0-9]/.test(s)) return geenGetal;
  if (!spatiesTussenDuizendtallen(s))
    return { soort: "vorm", reden: `${q} is geen getal (een spatie staat niet tussen duizendtallen)` };
  s = s.replace(SPATIES, "");
  const l = heleEuros ? leesHeleEuros(s) : leesScheidingstekens(s);
  if ("reden" in l) return { soort: "vorm", reden: `${q} is ${l.reden}` };
  return { ...l, negatief, percentage };
}

type Lezing = { vorm: Vorm; nl: string; en: string } | { reden: string };

const DUIZENDTALLEN_FOUT = { reden: "geen geldig getal (duizendtallen kloppen niet)" };

/** The digits before ",-": whole euros, points only between thousands. Only Dutch writes this. */
function leesHeleEuros(s: string): Lezing {
  if (s.includes(",")) return { reden: "geen geldig getal (',-' staat alleen achter hele euro's: 7.150,-)" };
  if (s.includes(".") && !geldigeDuizendtallen(s, ".")) return DUIZENDTALLEN_FOUT;
  const v = s.split(".").join("");
  return { vorm: "nl", nl: v, en: v };
}

/** Reads "." and "," in both notations; only "one separator, then three digits" differs. */
function leesScheidingstekens(s: string): Lezing {
  const punten = (s.match(/\./g) ?? []).length;
  const kommas = (s.match(/,/g) ?? []).length;
  if (punten === 0 && kommas === 0) return { vorm: "neutraal", nl: s, en: s };

  if (punten > 0 && kommas > 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimaal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const duizend = decimaal === "." ? "," : ".";
    const [geheel, fractie, ...meer] = s.split(decimaal);
    if (meer.length > 0 || fractie === "")
      return { reden: "geen geldig getal (scheidingstekens kloppen niet)" };
    if (!geldigeDuizendtallen(geheel, duizend)) return DUIZENDTALLEN_FOUT;
    const v = geheel.split(duizend).join("") + "." + fractie;
    return { vorm: decimaal === "," ? "nl" : "en", nl: v, en: v };
  }

  const teken = punten > 0 ? "." : ",";
  const delen = s.split(teken);
  if (punten + kommas > 1) {
    // Repeated separator: only thousands grouping makes sense ("1.234.567", "7,150,000").
    if (!geldigeDuizendtallen(s, teken)) return DUIZENDTALLEN_FOUT;
    const v = delen.join("");
    return { vorm: teken === "." ? "nl" : "en", nl: v, en: v };
  }
  const [geheel, fractie] = delen;
  if (geheel === "" || fractie === "") return { reden: "geen geldig getal" };
  const decimaal = geheel + "." + fractie;
  const kanDuizendtalZijn = fractie.length === 3 && /^[1-9][0-9]{0,2}$/.test(geheel);
  if (!kanDuizendtalZijn) return { vorm: teken === "," ? "nl" : "en", nl: decimaal, en: decimaal };
  const duizendtal = geheel + fractie;
  return teken === "."
    ? { vorm: "dubbelzinnig", nl: duizendtal, en: decimaal }
    : { vorm: "dubbelzinnig", nl: decimaal, en: duizendtal };
}

/** The notation a text number's form shows; undefined when the text is no number at all. */
export function vormVan(tekst: string): Vorm | undefined {
  const o = ontleed(tekst);
  return "reden" in o ? undefined : o.vorm;
}

/** Digits from the first to the last non-zero one: what Excel must keep to hold the number. */
function significanteCijfers(plat: string): number {
  return plat.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/** Both readings of an ambiguous text, and what to type instead. */
function dubbelzinnigReden(tekst: string, o: Ontleding): string {
  const kommaIsDecimaal = o.nl.includes(".");
  const teken = o.negatief ? "-" : "";
  const pct = o.percentage ? "%" : "";
  const duizendtal = kommaIsDecimaal ? o.en : o.nl;
  const decimaal = new Decimal(kommaIsDecimaal ? o.nl : o.en).toString().replace(".", ",");
  // "1,442" itself is the ambiguous text; "1,4420" is not.
  const ondubbelzinnig = /^[1-9][0-9]{0,2},[0-9]{3}$/.test(decimaal) ? decimaal + "0" : decimaal;
  const uitleg = kommaIsDecimaal
    ? `${teken}${duizendtal}${pct} als de komma duizendtallen scheidt (Engelse notatie), ${teken}${decimaal}${pct} als het een decimaalkomma is (Nederlandse notatie)`
    : `${teken}${duizendtal}${pct} als de punt duizendtallen scheidt (Nederlandse notatie), ${teken}${decimaal}${pct} als het een decimaalpunt is (Engelse notatie)`;
  return (
    `${citeer(tekst)} is dubbelzinnig: ${uitleg}. De notatie van het werkboek ligt niet vast; ` +
    `typ ${teken}${duizendtal}${pct} of ${teken}${ondubbelzinnig}${pct}, of maak er een echt getal van`
  );
}

function binnenExcel(waarde: Decimal, tekst: string): Weigering | undefined {
  const a = waarde.abs();
  if (a.greaterThan(EXCEL_MAXIMUM))
    return {
      soort: "bereik",
      reden: `${tekst} is groter dan het grootste getal van Excel (9,99999999999999E+307)`,
    };
  if (!a.isZero() && a.lessThan(EXCEL_MINIMUM))
    return { soort: "bereik", reden: `${tekst} is kleiner dan het kleinste getal van Excel (2,2251E-308)` };
  return undefined;
}

/**
 * Parses a cell value or typed text into an exact Decimal (forms: see `ontleed`). A trailing %
 * divides by 100 and sets `percentage`. Text that the notations read differently is read by
 * `notatie` (refused under "auto"). Text beyond Excel's range or with more than 15 significant
 * digits is refused: no cell can hold it, so it cannot be what the user sees. Never NaN or
 * Infinity; anything else fails with a Dutch reason.
 */
export function parseGetal(invoer: unknown, opties: ParseOpties = {}): ParseResultaat {
  const notatie = opties.notatie ?? "nl";
  if (typeof invoer === "number") {
    if (!Number.isFinite(invoer)) return { ok: false, soort: "bereik", reden: "geen eindig getal" };
    // String(x) is the shortest text that round-trips the double, so 0.1 stays 0.1.
    return { ok: true, waarde: new Decimal(String(invoer)), percentage: false };
  }
  if (invoer instanceof DecimalJs) {
    if (!invoer.isFinite()) return { ok: false, soort: "bereik", reden: "geen eindig getal" };
    const waarde = new Decimal(invoer);
    const buiten = binnenExcel(waarde, waarde.toString());
    return buiten ? { ok: false, ...buiten } : { ok: true, waarde, percentage: false };
  }
  if (typeof invoer !== "string") {
    return invoer === null || invoer === undefined
      ? { ok: false, soort: "leeg", reden: "leeg" }
      : { ok: false, soort: "vorm", reden: "geen getal" };
  }
  const o = ontleed(invoer);
  if ("reden" in o) return { ok: false, ...o };
  const tekst = invoer.trim();
  let plat = o.nl;
  if (o.vorm === "dubbelzinnig") {
    if (notatie === "auto") return { ok: false, soort: "dubbelzinnig", reden: dubbelzinnigReden(tekst, o) };
    plat = o[notatie];
  }
  const cijfers = significanteCijfers(plat);
  if (cijfers > EXCEL_CIJFERS) {
    return {
      ok: false,
      soort: "bereik",
      reden: `${citeer(tekst)} heeft ${cijfers} significante cijfers; Excel bewaart er hooguit ${EXCEL_CIJFERS}`,
    };
  }
  let waarde = new Decimal(plat);
  if (o.percentage) waarde = waarde.div(100);
  if (o.negatief) waarde = waarde.negated();
  if (waarde.isZero()) waarde = new Decimal(0); // no -0
  const buiten = binnenExcel(waarde, citeer(tekst));
  if (buiten) return { ok: false, ...buiten };
  return { ok: true, waarde, percentage: o.percentage };
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
  if (decimalen === 2) {
    // Whole cents without a Decimal, for the thousand sentences of a large settlement.
    const g = leesSchaal(x);
    const c = g === undefined ? undefined : centenVanProduct(g, { cijfers: 1, schaal: 0 });
    if (typeof c === "number") {
      const a = Math.abs(c);
      const centen = a % 100;
      return (
        (c < 0 ? "-" : "") +
        groepeer(String((a - centen) / 100)) +
        (centen < 10 ? ",0" : ",") +
        String(centen)
      );
    }
  }
  const d = rondAf(x, decimalen);
  const [geheel, fractie] = d.abs().toFixed(decimalen).split(".");
  const teken = d.isNegative() && !d.isZero() ? "-" : "";
  return teken + groepeer(geheel) + (fractie !== undefined ? "," + fractie : "");
}

/** Digits in groups of three from the right, joined by points. */
function groepeer(geheel: string): string {
  // Groups of three from the right, in one pass (a lookahead regex is quadratic in the digits).
  const kop = geheel.length % 3 || 3;
  const groepen = [geheel.slice(0, kop)];
  for (let i = kop; i < geheel.length; i += 3) groepen.push(geheel.slice(i, i + 3));
  return groepen.join(".");
}

export function formatBedrag(x: DecimalInvoer, decimalen = 2): string {
  return "€ " + formatGetal(x, decimalen);
}

export function formatPercentage(fractie: DecimalInvoer, decimalen = 2): string {
  return formatGetal(dec(fractie).times(100), decimalen) + "%";
}
