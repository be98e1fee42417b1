// .xlsx → Grids with exceljs: a small generic reader any command can use (payroll, bijlage 1).
// Values as Excel reports them (numbers, text, booleans; dates as serial numbers; formula cells
// give their cached result), formulas in English syntax with a leading "=", the used range's
// 0-based start row and column, and hidden rows. Merged cells hold their value only in the
// top-left cell, as Office.js reports them.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CelWaarde, Grid, Werkboek } from "../core/grid";

const MS_PER_DAG = 86400000;
/** Excel serial of 1970-01-01. */
const EPOCHE_SERIEEL = 25569;

/** A JavaScript Date (exceljs reads dates as UTC) as an Excel serial number. */
export function datumNaarSerieel(d: Date): number {
  return d.getTime() / MS_PER_DAG + EPOCHE_SERIEEL;
}

function enkeleWaarde(v: unknown): CelWaarde {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return datumNaarSerieel(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((d) => d.text).join("");
    if ("error" in o) return String(o.error);
    if ("formula" in o || "sharedFormula" in o) return enkeleWaarde(o.result);
    if ("text" in o) return enkeleWaarde(o.text); // hyperlink
  }
  return String(v);
}

/** One worksheet as a Grid (empty sheet: one empty row at A1). */
export function werkbladNaarGrid(ws: ExcelJS.Worksheet): Grid {
  let minRij = Infinity;
  let minKolom = Infinity;
  const cellen: { r: number; k: number; waarde: CelWaarde; formule: string | null }[] = [];
  const verborgen: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rijNummer) => {
    if (row.hidden) verborgen.push(rijNummer - 1);
    row.eachCell({ includeEmpty: false }, (cell, kolomNummer) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const waarde = enkeleWaarde(cell.value);
      const f = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      const formule = typeof f === "string" && f !== "" ? (f.startsWith("=") ? f : "=" + f) : null;
      if (waarde === null && formule === null) return;
      const r = rijNummer - 1;
      const k = kolomNummer - 1;
      if (r < minRij) minRij = r;
      if (k < minKolom) minKolom = k;
      cellen.push({ r, k, waarde, formule });
    });
  });
  if (cellen.length === 0) {
    return {
      blad: ws.name,
      startRij: 0,
      startKolom: 0,
      waarden: [[]],
      formules: [[]],
      verborgenRijen: verborgen,
    };
  }
  const maxRij = cellen.reduce((m, c) => Math.max(m, c.r), 0);
  const waarden: CelWaarde[][] = Array.from({ length: maxRij - minRij + 1 }, () => []);
  const formules: (string | null)[][] = Array.from({ length: maxRij - minRij + 1 }, () => []);
  for (const c of cellen) {
    const rij = waarden[c.r - minRij];
    const fRij = formules[c.r - minRij];
    const k = c.k - minKolom;
    while (rij.length < k) rij.push(null);
    while (fRij.length < k) fRij.push(null);
    rij[k] = c.waarde;
    fRij[k] = c.formule;
  }
  for (let r = 0; r < waarden.length; r++) {
    while (formules[r].length < waarden[r].length) formules[r].push(null);
  }
  return {
    blad: ws.name,
    startRij: minRij,
    startKolom: minKolom,
    waarden,
    formules,
    verborgenRijen: verborgen,
  };
}

/** Every worksheet of a workbook, plus its defined names. */
export function werkboekNaarGrids(wb: ExcelJS.Workbook): Werkboek {
  const bladen = wb.worksheets.map(werkbladNaarGrid);
  const namen: { naam: string; verwijzing: string }[] = [];
  const model = (wb.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  for (const d of model) namen.push({ naam: d.name, verwijzing: d.ranges.join(",") });
  return { bladen, namen };
}

const XML_TEKENS: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function xmlTekst(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : XML_TEKENS[e],
  );
}

function xmlAttribuut(tag: string, naam: string): string | undefined {
  const m = new RegExp(`\\s${naam}="([^"]*)"`).exec(tag);
  return m ? xmlTekst(m[1]) : undefined;
}

/**
 * The defined names as the file holds them (xl/workbook.xml), with their scope. exceljs drops names
 * that point at #REF! and forgets which sheet a name belongs to; the Bijlage1_* contract needs both.
 */
export async function leesGedefinieerdeNamen(
  bytes: Buffer | Uint8Array,
): Promise<NonNullable<Werkboek["namen"]>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")?.async("string");
  if (!xml) return [];
  const bladen = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => xmlAttribuut(m[0], "name") ?? "");
  const namen: NonNullable<Werkboek["namen"]> = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName(\s[^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g)) {
    const naam = xmlAttribuut(m[1], "name");
    if (!naam) continue;
    const lokaal = xmlAttribuut(m[1], "localSheetId");
    const blad = lokaal !== undefined ? bladen[Number(lokaal)] : undefined;
    namen.push({ naam, verwijzing: xmlTekst(m[2]), ...(blad !== undefined ? { blad } : {}) });
  }
  return namen;
}

/** Reads an .xlsx file (path or bytes) into grids. Throws with a Dutch message when it cannot. */
export async function leesXlsx(bron: string | Buffer): Promise<Werkboek> {
  const wb = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = typeof bron === "string" ? await readFile(bron) : bron;
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(`geen leesbaar .xlsx-bestand (${e instanceof Error ? e.message : String(e)})`);
  }
  return { ...werkboekNaarGrids(wb), namen: await leesGedefinieerdeNamen(bytes) };
}
