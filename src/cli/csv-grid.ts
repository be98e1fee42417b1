// CSV → Grid, the way Dutch payroll and Excel exports write it: ';' between fields, decimal
// comma (left as text for the core to parse), optional quotes with "" inside, CRLF or LF, UTF-8
// with or without byte-order mark, UTF-16 (Excel's "Unicode-tekst", tab-separated), and
// Windows-1252 when the file is not valid UTF-8 (Excel's "CSV (puntkomma)"). Every value is a string or null; row i of the grid is record i+1 of the file.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import type { CelWaarde, Grid } from "../core/grid";
import type { RijStroom } from "../core/payroll/model";

export interface CsvOpties {
  /** Sheet name for findings; default "Betaalbatch". */
  blad?: string;
  /** Field separator; default ';'. */
  scheiding?: string;
}

/**
 * The text from `start` to `eind`; the string `vorig` itself when it holds the same text. Fields
 * repeat down a column (the municipality on every row, codes, part-time factors): the row array is
 * reused, so `vorig` is the same column's field of the record before: a repeated field costs no
 * new string (a fifth less memory for a 100,000-row grid), and the checks compare the same string
 * object again.
 */
function zelfdeOfNieuw(vorig: CelWaarde | undefined, tekst: string, start: number, eind: number): string {
  const lengte = eind - start;
  if (typeof vorig !== "string" || vorig.length !== lengte) return tekst.slice(start, eind);
  for (let k = 0; k < lengte; k++)
    if (vorig.charCodeAt(k) !== tekst.charCodeAt(start + k)) return tekst.slice(start, eind);
  return vorig;
}

/**
 * CSV text read record by record (a leading BOM is ignored), each record as a row with its empty
 * fields at the end cut (an all-empty record stays an empty row, so row numbers keep matching the
 * file). The row is one array, reused for the next record: a reader that keeps no row (the payroll
 * check of 100,000 rows) then leaves only garbage that dies young, and no grid is ever built.
 */
export class CsvRijen implements RijStroom {
  readonly blad: string;
  readonly startRij = 0;
  readonly startKolom = 0;
  private readonly sep: number;
  private readonly rij: CelWaarde[] = [];
  private i: number;
  private records = 0;

  constructor(
    private readonly tekst: string,
    opties: CsvOpties = {},
  ) {
    this.blad = opties.blad ?? "Betaalbatch";
    this.sep = (opties.scheiding ?? ";").charCodeAt(0);
    this.i = tekst.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The next record, or null after the last; throws on a quote that is never closed. */
  volgende(): CelWaarde[] | null {
    const tekst = this.tekst;
    const n = tekst.length;
    const sep = this.sep;
    const rij = this.rij;
    let i = this.i;
    if (i >= n) return null;
    let velden = 0;
    while (i < n) {
      let c = tekst.charCodeAt(i);
      if (c === 34) {
        // Quoted field: "" is a quote; separators and line breaks inside are data.
        let waarde = "";
        let start = ++i;
        for (;;) {
          const q = tekst.indexOf('"', i);
          if (q === -1) throw new Error(`CSV: aanhalingsteken niet gesloten (record ${this.records + 1})`);
          if (tekst.charCodeAt(q + 1) === 34) {
            waarde += tekst.slice(start, q + 1);
            i = start = q + 2;
            continue;
          }
          waarde += tekst.slice(start, q);
          i = q + 1;
          break;
        }
        // Anything between the closing quote and the separator is kept (lenient, as Excel is).
        let rest = "";
        while (i < n && (c = tekst.charCodeAt(i)) !== sep && c !== 10 && c !== 13) rest += tekst[i++];
        rij[velden++] = waarde + rest; // a quoted "" stays text: the file says so
      } else {
        const start = i;
        while (i < n && (c = tekst.charCodeAt(i)) !== sep && c !== 10 && c !== 13) i++;
        rij[velden++] = i === start ? null : zelfdeOfNieuw(rij[velden], tekst, start, i);
      }
      if (i >= n) break;
      c = tekst.charCodeAt(i);
      if (c === sep) {
        i++;
        if (i >= n) rij[velden++] = null; // a separator at the very end leaves an empty last field
        continue;
      }
      // Line break: CRLF, LF or a lone CR.
      i += c === 13 && tekst.charCodeAt(i + 1) === 10 ? 2 : 1;
      break;
    }
    this.i = i;
    this.records++;
    let laatste = velden - 1;
    while (laatste >= 0 && rij[laatste] === null) laatste--;
    rij.length = laatste + 1;
    return rij;
  }
}

/** Parses CSV text (a leading BOM is ignored) into a grid starting at A1. */
export function csvNaarGrid(tekst: string, opties: CsvOpties = {}): Grid {
  return rijenNaarGrid(new CsvRijen(tekst, opties));
}

/** Every record of a CsvRijen kept, as a grid starting at A1. */
function rijenNaarGrid(rijen: CsvRijen): Grid {
  const waarden: CelWaarde[][] = [];
  // Each row a copy of exactly its length (an array grown by push keeps half as many slots again).
  for (let rij = rijen.volgende(); rij !== null; rij = rijen.volgende()) waarden.push(rij.slice());
  return { blad: rijen.blad, startRij: 0, startKolom: 0, waarden };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, quotes, dashes, Š, Œ, Ž, ...); Node's
// TextDecoder without full ICU treats it as Latin-1, so map that range ourselves.
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * UTF-16 without a byte-order mark, recognised by its NUL bytes: text of mostly ASCII has a zero
 * in every other byte (odd positions little-endian, even ones big-endian); UTF-8 and Windows-1252
 * never contain NUL in a CSV.
 */
function utf16ZonderBom(bytes: Uint8Array): "le" | "be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let oneven = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) oneven++;
  }
  const paren = n / 2;
  if (oneven > paren * 0.4 && even < paren * 0.05) return "le";
  if (even > paren * 0.4 && oneven < paren * 0.05) return "be";
  return null;
}

function decodeerUtf16(bytes: Uint8Array, volgorde: "le" | "be"): string {
  let b = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
  if (volgorde === "be") {
    const omgedraaid = new Uint8Array(b.length);
    for (let i = 0; i < b.length; i += 2) {
      omgedraaid[i] = b[i + 1];
      omgedraaid[i + 1] = b[i];
    }
    b = omgedraaid;
  }
  return new TextDecoder("utf-16le", { fatal: false }).decode(b);
}

/**
 * Bytes of a CSV file as text: UTF-16 (byte-order mark, or recognised by its NUL bytes: Excel's
 * "Unicode-tekst"), UTF-8 (with or without BOM), and Windows-1252 only when the bytes are not
 * valid UTF-8. A byte-order mark is not part of the text.
 */
export function decodeerCsv(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeerUtf16(bytes, "le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeerUtf16(bytes, "be");
  const utf16 = utf16ZonderBom(bytes);
  if (utf16) return decodeerUtf16(bytes, utf16);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let s = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      const stuk = bytes.subarray(i, i + 8192);
      s += String.fromCharCode(
        ...Array.from(stuk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)),
      );
    }
    return s;
  }
}

/** ';' unless the first line has none but does have tabs (Excel's "Unicode-tekst" is tab-separated). */
export function scheidingVan(tekst: string): string {
  const eind = tekst.search(/[\r\n]/);
  const eerste = eind < 0 ? tekst : tekst.slice(0, eind);
  return !eerste.includes(";") && eerste.includes("\t") ? "\t" : ";";
}

/**
 * A CSV file's text, as decodeerCsv reads its bytes. The common case — no UTF-16 mark in the first
 * bytes, and valid UTF-8 — is read by Node as text directly, so the file's bytes are never held
 * beside it (a tenth of the peak memory of a 100,000-row batch); with a UTF-8 byte-order mark the
 * bytes are decoded past it (the bytes and the one-byte text together take no more room than the
 * two-byte text would). Any U+FFFD in that text may be an invalid byte: then the bytes are
 * decoded by decodeerCsv, which decides.
 */
export function leesCsvTekst(pad: string): string {
  const kop = Buffer.alloc(4096);
  const fd = openSync(pad, "r");
  let gelezen: number;
  try {
    gelezen = readSync(fd, kop, 0, kop.length, 0);
  } finally {
    closeSync(fd);
  }
  const begin = kop.subarray(0, gelezen);
  const utf16 =
    (gelezen >= 2 &&
      ((begin[0] === 0xff && begin[1] === 0xfe) || (begin[0] === 0xfe && begin[1] === 0xff))) ||
    utf16ZonderBom(begin) !== null;
  if (!utf16 && gelezen >= 3 && begin[0] === 0xef && begin[1] === 0xbb && begin[2] === 0xbf) {
    // Decoded past the byte-order mark: U+FEFF in the text would make it, and every cell cut from
    // it, two bytes per character; without it text that fits Latin-1 stays one byte (half the
    // memory, and a third less time to read a 100,000-row batch into a grid).
    const bytes = readFileSync(pad);
    const tekst = bytes.toString("utf8", 3);
    return tekst.includes("\ufffd") ? decodeerCsv(bytes) : tekst;
  }
  if (!utf16) {
    const tekst = readFileSync(pad, "utf8");
    if (!tekst.includes("\ufffd")) return tekst;
  }
  return decodeerCsv(readFileSync(pad));
}

/** Reads a CSV file into a grid; the sheet name defaults to "Betaalbatch". */
export function leesCsvBestand(pad: string, opties: CsvOpties = {}): Grid {
  return rijenNaarGrid(leesCsvRijen(pad, opties));
}

/** A CSV file's rows as a stream (CsvRijen); the sheet name defaults to "Betaalbatch". */
export function leesCsvRijen(pad: string, opties: CsvOpties = {}): CsvRijen {
  const tekst = leesCsvTekst(pad);
  return new CsvRijen(tekst, {
    blad: opties.blad ?? "Betaalbatch",
    scheiding: scheidingVan(tekst),
    ...opties,
  });
}

/** True for a path that ends in .csv or .txt. */
export function isCsvPad(pad: string): boolean {
  const ext = extname(pad).toLowerCase();
  return ext === ".csv" || ext === ".txt";
}

export function bestandsnaam(pad: string): string {
  return basename(pad);
}
