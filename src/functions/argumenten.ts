// Argument coercion for every =ONTPLOOJ.* function: turns what Excel hands over into exact
// Decimals (or text), and every problem into a CustomFunctions.Error whose Dutch message names the
// argument. The functions never compute money themselves; src/core does.
//
// What Excel passes, and how it is read here:
// - single values: number, string, boolean, or null;
// - ranges (parameters declared `any[][]`): a 2-D array, row-major; a literal scalar given to such a
//   parameter arrives as [[x]];
// - an empty cell: 0 on Windows, null on the web (OfficeDev/office-js 4702, 5262), "" in some
//   versions. Because 0 cannot be told apart from an empty cell on Windows, every function gives
//   the same result for 0 and for an empty cell: in numbers an empty cell counts as 0 (as in
//   Excel's SUM); where "empty" means something else (an optional fte, a text such as a gemeente,
//   a BSN, a row of a range), 0 means the same as empty;
// - an omitted optional argument: null (a TypeScript default never applies), also undefined in
//   tests; on the web that is also an optional argument pointing at an empty cell;
// - an Excel data type (an entity, a formatted number) as an object: refused with a message;
// - numbers stored as text, in Dutch ("1.234,56", "€ -4.110") or English ("1,234.56") notation,
//   read by the core's parseGetal; a single separator followed by three digits ("4.110") is read
//   the Dutch way, as thousands;
// - percentages as 0.02 or as text "2%" / "2 %" / "2,5%".
import { InvoerFout, type InvoerFoutSoort } from "../core/fouten";
import {
  Decimal,
  centenBedragVanCel,
  centenVanProduct,
  decVanSchaal,
  isDecimal,
  leesSchaal,
  parseGetal,
  rondCenten,
  schalenOpEen,
  type Schaalgetal,
} from "../core/money";

/** One cell as Excel hands it to a custom function: number, string, boolean or null. */
export type Cel = unknown;
/**
 * A scalar argument, or a range (2-D, row-major) for parameters declared as matrix. Declared
 * `unknown` in functions.ts (metadata type "any"), so Excel hands over text unconverted and the
 * parsing of Dutch notation stays ours.
 */
export type Argument = unknown;

// Excel shows a custom message only with #VALUE! and #N/A; #DIV/0! and #NUM! cannot carry one
// (CustomFunctions.ErrorCode). So every error whose message the user needs is #VALUE! or #N/A,
// and #DIV/0! and #NUM! are given bare, where Excel's own meaning says it all.

/** #VALUE! with a message: an argument is of the wrong kind, form or size. */
export function ongeldig(bericht: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, bericht);
}

/** #N/A with a message: something the calculation needs is missing. */
export function ontbreekt(bericht: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, bericht);
}

/** #DIV/0!, bare: a denominator (fte, units, balance total) is 0. */
export function deelDoorNul(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}

/** #NUM!, bare: a result too large for Excel. */
export function teGrootGetal(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
}

/** The Excel error for a core input error: an impossible number ("getal") keeps its message as #VALUE!. */
function alsExcelFout(e: InvoerFout): CustomFunctions.Error {
  const soort: InvoerFoutSoort = e.soort;
  switch (soort) {
    case "waarde":
    case "getal":
      return ongeldig(e.message);
    case "deling":
      return deelDoorNul();
    case "ontbreekt":
      return ontbreekt(e.message);
  }
}

/**
 * Runs the body of a custom function and turns every failure into an Excel error: a
 * CustomFunctions.Error passes through, the core's InvoerFout maps to its code, anything else
 * (a bug) becomes #VALUE! with a Dutch message, never an unhandled JavaScript error.
 */
export function metFouten<T>(functie: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (e instanceof InvoerFout) throw alsExcelFout(e);
    const reden = e instanceof Error ? e.message : String(e);
    throw ongeldig(`${functie}: berekening mislukt (${reden})`);
  }
}

export function isLeeg(c: Cel): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

export function isWeggelaten(a: Argument): boolean {
  return a === null || a === undefined;
}

/** Empty as Windows passes it too (0): for arguments where 0 has no meaning of its own. */
export function isLeegOfNul(c: Cel): boolean {
  return c === 0 || isLeeg(c);
}

/** A range as a list of cells, row-major; a scalar counts as a range of one cell. */
export interface Cellen {
  waarden: Cel[];
  rijen: number;
  kolommen: number;
}

/** Excel's limit for the text in one cell; longer text cannot come from a cell and is refused. */
export const MAX_TEKST = 32767;

/** Refuses text longer than an Excel cell can hold, naming where it came from. */
export function teLang(c: Cel, waar: () => string): void {
  if (typeof c === "string" && c.length > MAX_TEKST) {
    throw ongeldig(
      `${waar()}: tekst van ${c.length.toLocaleString("nl-NL")} tekens is langer dan een Excel-cel toestaat (${MAX_TEKST.toLocaleString("nl-NL")}); verkort de tekst`,
    );
  }
}

export function cellen(a: Argument, naam: string): Cellen {
  if (!Array.isArray(a)) {
    teLang(a, () => naam);
    return { waarden: [a], rijen: 1, kolommen: 1 };
  }
  if (a.length === 0) return { waarden: [], rijen: 0, kolommen: 0 };
  const eerste: unknown = a[0];
  const kolommen = Array.isArray(eerste) ? eerste.length : 0;
  const waarden: Cel[] = new Array<Cel>(a.length * kolommen);
  let i = 0;
  for (const rij of a as unknown[]) {
    if (!Array.isArray(rij) || rij.length !== kolommen) {
      throw ongeldig(`${naam}: geen rechthoekig bereik`);
    }
    for (const c of rij) {
      if (typeof c === "string") teLang(c, () => plaats(naam, i, kolommen));
      waarden[i++] = c;
    }
  }
  return { waarden, rijen: a.length, kolommen };
}

/** A Decimal as a Dutch reader writes it in a message: decimal comma, no grouping. */
export function nl(d: Decimal): string {
  return d.toString().replace(".", ",");
}

/** Longest piece of a user's text repeated in a message. */
const KORT = 30;

/** A text cut for a message: control characters as spaces, at most KORT characters plus its length. */
export function kortTekst(t: string, aanhaling = "'"): string {
  // eslint-disable-next-line no-control-regex
  const schoon = t.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  if (schoon.length <= KORT) return aanhaling + schoon + aanhaling;
  return `${aanhaling}${schoon.slice(0, KORT)}…${aanhaling} (${t.length.toLocaleString("nl-NL")} tekens)`;
}

/**
 * What a cell holds, as a message can say it: a short text, a number, WAAR/ONWAAR, or the kind of
 * thing (a range, an Excel data type, an object), never "[object Object]".
 */
export function beschrijf(c: unknown): string {
  if (typeof c === "string") return kortTekst(c);
  if (c === null || c === undefined) return "een lege cel";
  if (typeof c === "number") return Number.isFinite(c) ? String(c).replace(".", ",") : "geen eindig getal";
  if (typeof c === "boolean") return c ? "WAAR" : "ONWAAR";
  if (Array.isArray(c)) {
    const kolommen = Array.isArray(c[0]) ? (c[0] as unknown[]).length : 1;
    return `een bereik van ${c.length} × ${kolommen} cellen`;
  }
  if (c instanceof Date) return "een datum";
  if (typeof c === "object") return gegevenstype(c);
  return `een waarde van het soort ${typeof c}`;
}

/**
 * An Excel data type as a message says it. With allowCustomDataForDataTypeAny (set by the metadata
 * generator) Excel hands such cells over as objects: an entity { type: "Entity", text, properties },
 * a formatted number { type: "FormattedNumber", basicValue, numberFormat }, a linked data type
 * (stocks, geography). The functions read plain values only; the message says how to pass one.
 */
function gegevenstype(c: object): string {
  let type: unknown;
  let tekst: unknown;
  let basis: unknown;
  try {
    ({
      type,
      text: tekst,
      basicValue: basis,
    } = c as { type?: unknown; text?: unknown; basicValue?: unknown });
  } catch {
    return "een object in plaats van een celwaarde";
  }
  const toon =
    typeof tekst === "string"
      ? ` (${kortTekst(tekst)})`
      : typeof basis === "string" || typeof basis === "number"
        ? ` (${kortTekst(String(basis))})`
        : "";
  if (type === "FormattedNumber" || type === "Double")
    return `een opgemaakt getal als Excel-gegevenstype${toon}; geef het getal als gewone celwaarde`;
  if (typeof type === "string" || typeof tekst === "string")
    return `een Excel-gegevenstype${toon}; geef een gewone waarde, zoals een veld ervan (=A1.Naam)`;
  return "een object in plaats van een celwaarde";
}

const NUL = new Decimal(0);

/**
 * One cell as an exact Decimal; an empty cell is 0. `waar` names the argument (and cell); it may be
 * a function, so a range of a million cells builds no message text unless a cell is wrong.
 */
export function celGetal(c: Cel, waar: string | (() => string)): Decimal {
  const plek = () => (typeof waar === "string" ? waar : waar());
  if (typeof c === "number" && Number.isFinite(c)) return c === 0 ? NUL : new Decimal(String(c));
  if (isLeeg(c)) return NUL;
  if (typeof c === "boolean")
    throw ongeldig(`${plek()} is een logische waarde (${c ? "WAAR" : "ONWAAR"}), geen getal`);
  if (typeof c !== "number" && typeof c !== "string")
    throw ongeldig(`${plek()} is geen getal maar ${beschrijf(c)}`);
  teLang(c, plek);
  const r = parseGetal(c, { notatie: "nl" });
  if (!r.ok) {
    // The core's reason quotes the whole text; a long one is described instead of repeated.
    if (typeof c === "string" && c.length > KORT) throw ongeldig(`${plek()}: ${kortTekst(c)} is geen getal`);
    throw ongeldig(`${plek()}: ${r.reden}`);
  }
  return r.waarde;
}

/** A single number argument. A range of exactly one cell is accepted too. */
export function getal(a: Argument, naam: string): Decimal {
  const { waarden } = cellen(a, naam);
  if (waarden.length !== 1)
    throw ongeldig(`${naam} moet één waarde zijn, geen bereik van ${waarden.length} cellen`);
  return celGetal(waarden[0], naam);
}

/**
 * An amount in euros that must be whole cents (a year amount to split); a number from a cell is
 * also read as Excel shows it (centenBedragVanCel): binary noise of a SUM is no third decimal.
 */
export function centenBedrag(a: Argument, naam: string): Decimal {
  return centenBedragVanCel(getal(a, naam), cellen(a, naam).waarden[0]);
}

/**
 * An optional number argument whose 0 means nothing of its own (a count to divide by): null when
 * omitted, empty or 0, because Windows passes an empty cell as 0 and the web as null, the same
 * null as an omitted argument.
 */
export function optioneelGetal(a: Argument, naam: string): Decimal | null {
  if (isWeggelaten(a)) return null;
  const { waarden } = cellen(a, naam);
  if (waarden.length === 1 && isLeegOfNul(waarden[0])) return null;
  const d = getal(a, naam);
  return d.isZero() ? null : d;
}

/** A whole number (a count, a term, a year) as a JavaScript number. */
export function geheelGetal(a: Argument, naam: string): number {
  const d = getal(a, naam);
  if (!d.isInteger()) throw ongeldig(`${naam} moet een geheel getal zijn, niet ${nl(d)}`);
  if (d.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw ongeldig(`${naam} is te groot`);
  return d.toNumber();
}

/** Every cell of a range as a Decimal (empty cells 0), row-major; cell positions in messages are 1-based. */
export function getallen(a: Argument, naam: string): Decimal[] {
  const { waarden, kolommen } = cellen(a, naam);
  return waarden.map((c, i) => celGetal(c, () => plaats(naam, i, kolommen)));
}

/** Plain Dutch text a payroll or ERP export writes: digits, at most one decimal comma, a leading minus. */
const EENVOUDIGE_TEKST = /^(-?)([0-9]{1,15})(?:,([0-9]{1,15}))?$/;
/** Above this a running sum of scaled integers moves to BigInt (each term is below 10^15 < 2^50). */
const VEILIG = 2 ** 52;
const SCHAAL = [1, 10, 100, 1000, 10000];

/**
 * One cell as an exact scaled integer, without a Decimal, when its form allows: a number is
 * exactly its shortest decimal text (as parseGetal reads it), plain Dutch text its digits; an
 * empty cell is 0. Undefined for every other cell (exponents, notation with grouping, errors):
 * celGetal reads those, so there is one notation rule. The result is written into `uit` (a loop
 * over a million cells passes one object and allocates nothing) and returned.
 */
export function snelGetal(c: Cel, uit: Schaalgetal = { cijfers: 0, schaal: 0 }): Schaalgetal | undefined {
  if (c === null || c === undefined || c === "" || c === 0) return geschaald(uit, 0, 0);
  if (typeof c === "number") {
    if (!Number.isFinite(c)) return undefined;
    if (Number.isInteger(c) && Math.abs(c) < 1e15) return geschaald(uit, c, 0);
    // Up to four decimals below 10^9 (all money and counts): m / 10^k === c means the shortest
    // text of c is m with k decimals, as only one k-decimal number lies within c's rounding.
    if (Math.abs(c) < 1e9) {
      for (let k = 1; k <= 4; k++) {
        const m = Math.round(c * SCHAAL[k]);
        if (m / SCHAAL[k] === c) return geschaald(uit, m, k);
      }
    }
    const t = String(c);
    const punt = t.indexOf(".");
    if (t.indexOf("e") < 0 && t.length - (t[0] === "-" ? 1 : 0) <= 16) {
      const cijfers = Number(punt < 0 ? t : t.slice(0, punt) + t.slice(punt + 1));
      if (Math.abs(cijfers) < 1e15) return geschaald(uit, cijfers, punt < 0 ? 0 : t.length - punt - 1);
    }
  } else if (typeof c === "string") {
    const m = EENVOUDIGE_TEKST.exec(c);
    if (m && m[2].length + (m[3]?.length ?? 0) <= 15) {
      const cijfers = Number(m[2] + (m[3] ?? ""));
      return geschaald(uit, m[1] ? -cijfers : cijfers, m[3]?.length ?? 0);
    }
  }
  return undefined;
}

function geschaald(uit: Schaalgetal, cijfers: number, schaal: number): Schaalgetal {
  uit.cijfers = cijfers === 0 ? 0 : cijfers; // no -0
  uit.schaal = schaal;
  return uit;
}

/** A range's sum as read in one pass: integers per count of decimals, BigInt beyond, Decimals for the rest. */
export interface Bereiksom {
  perSchaal: number[];
  groot: bigint[];
  rest: Decimal;
}

/**
 * The exact sum of a range (empty cells 0) — e.g. several cost lines typed as one argument —
 * without a Decimal per cell: the cells snelGetal reads are added as integers per count of
 * decimals and joined into one Decimal at the end; the others take celGetal's path.
 */
export function somVan(a: Argument, naam: string): Decimal {
  return bereiksomAlsDecimal(leesBereiksom(a, naam));
}

/** The cells of a range added up (see somVan), not yet joined. */
export function leesBereiksom(a: Argument, naam: string): Bereiksom {
  const { waarden, kolommen } = cellen(a, naam);
  const perSchaal: number[] = [];
  const groot: bigint[] = [];
  let rest = NUL;
  const gelezen: Schaalgetal = { cijfers: 0, schaal: 0 };
  for (let i = 0; i < waarden.length; i++) {
    const g = snelGetal(waarden[i], gelezen);
    if (g === undefined) {
      rest = rest.plus(celGetal(waarden[i], () => plaats(naam, i, kolommen)));
      continue;
    }
    if (g.cijfers === 0) continue;
    const n = (perSchaal[g.schaal] ?? 0) + g.cijfers;
    if (Math.abs(n) < VEILIG) perSchaal[g.schaal] = n;
    else {
      groot[g.schaal] = (groot[g.schaal] ?? 0n) + BigInt(n);
      perSchaal[g.schaal] = 0;
    }
  }
  return { perSchaal, groot, rest };
}

export function bereiksomAlsDecimal({ perSchaal, groot, rest }: Bereiksom): Decimal {
  let som = rest;
  for (let schaal = 0; schaal < Math.max(perSchaal.length, groot.length); schaal++) {
    const klein = perSchaal[schaal] ?? 0;
    const g = groot[schaal];
    if (g === undefined || g === 0n) {
      if (klein !== 0)
        som = som.isZero()
          ? decVanSchaal({ cijfers: klein, schaal })
          : som.plus(decVanSchaal({ cijfers: klein, schaal }));
      continue;
    }
    const deel = BigInt(klein) + g;
    if (deel !== 0n) som = som.plus(new Decimal(`${deel.toString()}e-${schaal}`));
  }
  return som.isZero() ? NUL : som;
}

/** The same sum as one Schaalgetal, when every cell took the integer path and the sum fits. */
export function bereiksomAlsSchaal({ perSchaal, groot, rest }: Bereiksom): Schaalgetal | undefined {
  if (groot.length > 0 || !rest.isZero()) return undefined;
  const cijfers: number[] = [];
  const schalen: number[] = [];
  for (let schaal = 0; schaal < perSchaal.length; schaal++) {
    const c = perSchaal[schaal];
    if (c === undefined || c === 0) continue;
    cijfers.push(c);
    schalen.push(schaal);
  }
  const w = schalenOpEen(cijfers, schalen);
  return w && { cijfers: w.som, schaal: w.schaal };
}

function plaats(naam: string, index: number, kolommen: number): string {
  if (kolommen <= 1) return `${naam} (rij ${index + 1})`;
  return `${naam} (rij ${Math.floor(index / kolommen) + 1}, kolom ${(index % kolommen) + 1})`;
}

/**
 * A percentage: 0.02, "2%", "2 %", "0,02". A plain number above `maximum` (1 = 100 %) is refused
 * with a hint, because "2" for 2 % is the usual slip.
 */
/** "2%", "2,5 %": plain Dutch percentage text, read without parseGetal (same value, see below). */
const EENVOUDIG_PERCENTAGE = /^\s*(-?)([0-9]{1,13})(?:,([0-9]{1,13}))?\s*%\s*$/;

/**
 * A percentage cell in its plain form as parseGetal reads it (digits, a decimal comma, %): the
 * digits over 100, built from whole numbers. Undefined for every other form, which getal reads.
 */
function eenvoudigPercentage(a: Argument): Decimal | undefined {
  const c = Array.isArray(a)
    ? a.length === 1 && Array.isArray(a[0]) && a[0].length === 1
      ? a[0][0]
      : null
    : a;
  if (typeof c !== "string") return undefined;
  const m = EENVOUDIG_PERCENTAGE.exec(c);
  if (!m || m[2].length + (m[3]?.length ?? 0) > 13) return undefined;
  const cijfers = Number(m[2] + (m[3] ?? ""));
  if (cijfers === 0) return NUL;
  return decVanSchaal({ cijfers: m[1] ? -cijfers : cijfers, schaal: (m[3]?.length ?? 0) + 2 });
}

export function percentage(a: Argument, naam: string, maximum = 1): Decimal {
  const p = eenvoudigPercentage(a) ?? getal(a, naam);
  if (p.greaterThan(maximum)) {
    throw ongeldig(
      `${naam} ${nl(p)} is meer dan ${maximum * 100}%; schrijf bijvoorbeeld ${nl(p)}% of ${nl(p.div(100))}`,
    );
  }
  if (p.isNegative()) throw ongeldig(`${naam} kan niet negatief zijn`);
  return p;
}

export function optioneelPercentage(a: Argument, naam: string, maximum = 1): Decimal | null {
  if (isWeggelaten(a)) return null;
  const { waarden } = cellen(a, naam);
  if (waarden.length === 1 && isLeeg(waarden[0])) return null;
  return percentage(a, naam, maximum);
}

/**
 * A text argument (trimmed); numbers are turned into their digits. An empty cell is "", and so is
 * 0 (what Windows passes for an empty cell; no text argument here has a meaning for "0").
 */
export function tekst(a: Argument, naam: string): string {
  const { waarden } = cellen(a, naam);
  if (waarden.length !== 1)
    throw ongeldig(`${naam} moet één waarde zijn, geen bereik van ${waarden.length} cellen`);
  const c = waarden[0];
  if (isLeegOfNul(c)) return "";
  if (typeof c === "string") return c.trim();
  if (typeof c === "number" && Number.isFinite(c)) return String(c);
  throw ongeldig(`${naam} moet tekst zijn, niet ${beschrijf(c)}`);
}

/**
 * Two ranges aligned row by row (tariffs and units), both flattened row-major and of the same
 * length: calls `regel` for every row not empty (or 0: Windows's empty) in both, each cell read by snelGetal or, failing
 * that, celGetal (an empty cell is 0). A Schaalgetal handed to `regel` is reused for the next row:
 * read it, do not keep it. With `bNietNegatief` a negative value in `b` is refused,
 * after every cell has been read (a cell that is no number is named first).
 */
export function perRegel(
  a: Argument,
  naamA: string,
  b: Argument,
  naamB: string,
  regel: (x: Schaalgetal | Decimal, y: Schaalgetal | Decimal) => void,
  bNietNegatief = false,
): void {
  const ca = cellen(a, naamA);
  const cb = cellen(b, naamB);
  if (ca.waarden.length !== cb.waarden.length) {
    const eenheid = ca.kolommen <= 1 && cb.kolommen <= 1 ? "rijen" : "cellen";
    throw ongeldig(
      `${naamA} en ${naamB} moeten even veel ${eenheid} hebben (${ca.waarden.length} en ${cb.waarden.length})`,
    );
  }
  let regels = 0;
  let eersteNegatief = -1;
  const gelezenA: Schaalgetal = { cijfers: 0, schaal: 0 };
  const gelezenB: Schaalgetal = { cijfers: 0, schaal: 0 };
  for (let i = 0; i < ca.waarden.length; i++) {
    const x = ca.waarden[i];
    const y = cb.waarden[i];
    if (isLeegOfNul(x) && isLeegOfNul(y)) continue; // adds nothing; so an all-empty range is empty on every platform
    const gx = snelGetal(x, gelezenA) ?? celGetal(x, () => plaats(naamA, i, ca.kolommen));
    const gy = snelGetal(y, gelezenB) ?? celGetal(y, () => plaats(naamB, i, cb.kolommen));
    if (bNietNegatief && eersteNegatief < 0 && (isDecimal(gy) ? gy.isNegative() : gy.cijfers < 0))
      eersteNegatief = i;
    regel(gx, gy);
    regels++;
  }
  if (regels === 0) throw ontbreekt(`${naamA} en ${naamB} zijn leeg (of alleen 0)`);
  if (eersteNegatief >= 0)
    throw ongeldig(`${plaats(naamB, eersteNegatief, cb.kolommen)} kan niet negatief zijn`);
}

/**
 * An index series: a range of two columns, year and increase (9,1% or 0,091), one row per year.
 * Rows empty in both columns are skipped; a year twice or an increase above 100% is refused. A
 * year of 0 is an empty year and an empty increase is 0%, as Windows passes an empty cell as 0.
 */
export function leesIndexreeks(a: Argument, naam: string): Map<number, Decimal> {
  const { waarden, rijen, kolommen } = cellen(a, naam);
  if (kolommen !== 2) throw ongeldig(`${naam} moet twee kolommen hebben (jaar, stijging), niet ${kolommen}`);
  const reeks = new Map<number, Decimal>();
  for (let r = 0; r < rijen; r++) {
    const jaarCel = waarden[2 * r];
    const stijgingCel = waarden[2 * r + 1];
    if (isLeegOfNul(jaarCel) && isLeegOfNul(stijgingCel)) continue;
    const waar = `${naam} (rij ${r + 1})`;
    if (isLeegOfNul(jaarCel)) throw ongeldig(`${waar}: het jaar ontbreekt`);
    const jaar = celGetal(jaarCel, `${waar}, jaar`);
    if (!jaar.isInteger() || jaar.lessThan(1900) || jaar.greaterThan(2200)) {
      throw ongeldig(`${waar}: ${nl(jaar)} is geen jaartal`);
    }
    const stijging = celGetal(stijgingCel, `${waar}, stijging`);
    if (stijging.abs().greaterThan(1)) {
      throw ongeldig(
        `${waar}: stijging ${nl(stijging)} is meer dan 100%; schrijf ${nl(stijging)}% of ${nl(stijging.div(100))}`,
      );
    }
    if (reeks.has(jaar.toNumber())) throw ongeldig(`${waar}: jaar ${jaar.toString()} staat er twee keer in`);
    reeks.set(jaar.toNumber(), stijging);
  }
  if (reeks.size === 0) throw ontbreekt(`${naam} is leeg`);
  return reeks;
}

/** Converts an exact result to the number Excel shows, at the very end; never NaN or Infinity. */
export function naarGetal(x: Decimal): number {
  const n = x.toNumber();
  if (!Number.isFinite(n)) throw teGrootGetal();
  return n === 0 ? 0 : n; // no -0
}

/** An amount of money: rounded to cents (half away from zero), then a number. */
export function naarBedrag(x: Decimal): number {
  // Whole cents over 100 is the double nearest the rounded amount, as Decimal's toNumber gives it.
  const g = leesSchaal(x);
  const c = g === undefined ? undefined : centenVanProduct(g, { cijfers: 1, schaal: 0 });
  if (typeof c === "number") return bedragVanCenten(c);
  return naarGetal(rondCenten(x));
}

/** Whole cents as the amount Excel gets: the double nearest the rounded amount, and no −0. */
export function bedragVanCenten(c: number): number {
  return c === 0 ? 0 : c / 100;
}
