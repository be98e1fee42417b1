// .xlsx → Grids: a small generic reader any command can use (payroll, bijlage 1). Values as Excel
// reports them (numbers, text, booleans; dates as serial numbers, marked in `datumCellen`; formula
// cells give their cached result), formulas in English syntax with a leading "=", the used range's
// 0-based start row and column, hidden rows and columns, and the defined names. Merged cells hold
// their value only in the top-left cell, as Office.js reports them.
//
// Files are read bounded: the package is checked before anything is inflated (xlsx-pakket), the
// sheet XML is parsed as a stream (saxes) straight into cells, and the grid is bounded
// (grid-bouwer). The exceljs adapters below serve workbooks already in memory (tests, bench); they
// use exceljs's types only, so no command loads exceljs (half a second of start-up).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { WERKBOEK_OPNIEUW_OPSLAAN, xmlFoutBij } from "../core/xml-fout";
import { DATUM_FORMAAT_IDS, isDatumFormaat } from "../core/datumnotatie";
import { celSleutel, kolomLetters, parseAdres, type CelWaarde, type Grid, type Werkboek } from "../core/grid";
import { GridBouwer, type Melder } from "./grid-bouwer";
import { voortgang } from "./voortgang";
import { alsMegabytes, controleerWerkmapBytes, LEESLIMIETEN, type ZipDeel } from "./xlsx-pakket";

const MS_PER_DAG = 86400000;
/** Excel serial of 1970-01-01. */
const EPOCHE_SERIEEL = 25569;

/** A JavaScript Date (exceljs reads dates as UTC) as an Excel serial number. */
export function datumNaarSerieel(d: Date): number {
  return d.getTime() / MS_PER_DAG + EPOCHE_SERIEEL;
}

function lokaal(naam: string): string {
  const i = naam.indexOf(":");
  return i < 0 ? naam : naam.slice(i + 1);
}

interface StroomHelper {
  on(gebeurtenis: "data", f: (stuk: Uint8Array) => void): StroomHelper;
  on(gebeurtenis: "error", f: (e: unknown) => void): StroomHelper;
  on(gebeurtenis: "end", f: () => void): StroomHelper;
  resume(): StroomHelper;
  pause(): StroomHelper;
}

/** A refusal of ours (a limit), thrown from inside the parser's callbacks. */
class LeesWeigering extends Error {}

/** A parse error of saxes as a Dutch sentence with its position; our own refusals pass unchanged. */
function xmlFout(pad: string, e: unknown): Error {
  if (e instanceof LeesWeigering) return e;
  return new Error(`${pad} bevat geen geldige XML${xmlFoutBij(e)}; ${WERKBOEK_OPNIEUW_OPSLAAN}`);
}

/** Streams one part of the package through a SAX parser, counting the inflated bytes against `limiet`. */
async function stroomXml(
  zip: JSZip,
  pad: string,
  limiet: number,
  open: (tag: SaxesTagPlain, naam: string) => void,
  tekst: (t: string) => void,
  sluit: (naam: string) => void,
  opStuk?: (bytes: number) => void,
): Promise<boolean> {
  const bestand = zip.file(pad);
  if (!bestand) return false;
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => open(tag, lokaal(tag.name)));
  parser.on("text", tekst);
  parser.on("cdata", tekst);
  parser.on("closetag", (tag) => sluit(lokaal(tag.name)));
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  // jszip inflates in chunks of about 16 KB; each is parsed as it arrives, so no part is ever whole in memory.
  const stroom = (bestand as unknown as { internalStream(t: "uint8array"): StroomHelper }).internalStream(
    "uint8array",
  );
  await new Promise<void>((klaar, fout) => {
    let gestopt = false;
    const stop = (e: unknown) => {
      if (gestopt) return;
      gestopt = true;
      stroom.pause();
      fout(e);
    };
    stroom
      .on("data", (stuk: Uint8Array) => {
        if (gestopt) return;
        bytes += stuk.length;
        opStuk?.(stuk.length);
        if (bytes > limiet) {
          stop(new Error(`${pad} is uitgepakt groter dan ${alsMegabytes(limiet)}: te groot om te lezen`));
          return;
        }
        try {
          parser.write(decoder.decode(stuk, { stream: true }));
        } catch (e) {
          stop(xmlFout(pad, e));
        }
      })
      .on("error", stop)
      .on("end", () => {
        if (gestopt) return;
        try {
          parser.write(decoder.decode());
          parser.close();
          klaar();
        } catch (e) {
          stop(xmlFout(pad, e));
        }
      })
      .resume();
  });
  return true;
}

/** A relationship target as a path inside the package. */
function doelPad(basisMap: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = (basisMap ? basisMap.split("/") : []).concat(doel.split("/"));
  const uit: string[] = [];
  for (const d of delen) {
    if (d === "..") uit.pop();
    else if (d !== "." && d !== "") uit.push(d);
  }
  return uit.join("/");
}

async function relaties(zip: JSZip, pad: string): Promise<Map<string, { type: string; doel: string }>> {
  const map = pad.includes("/") ? pad.slice(0, pad.lastIndexOf("/")) : "";
  const relPad = `${map ? map + "/" : ""}_rels/${pad.slice(pad.lastIndexOf("/") + 1)}.rels`;
  const uit = new Map<string, { type: string; doel: string }>();
  await stroomXml(
    zip,
    relPad,
    LEESLIMIETEN.deelBytes,
    (tag, naam) => {
      if (naam !== "Relationship" || tag.attributes.TargetMode === "External") return;
      uit.set(tag.attributes.Id, {
        type: tag.attributes.Type ?? "",
        doel: doelPad(map, tag.attributes.Target ?? ""),
      });
    },
    () => undefined,
    () => undefined,
  );
  return uit;
}

/** Text of <t> elements inside `element` (shared strings and inline strings), without phonetic runs. */
class TekstVerzamelaar {
  private inT = false;
  private inFonetisch = false;
  tekst = "";
  open(naam: string): void {
    if (naam === "rPh") this.inFonetisch = true;
    else if (naam === "t" && !this.inFonetisch) this.inT = true;
  }
  sluit(naam: string): void {
    if (naam === "rPh") this.inFonetisch = false;
    else if (naam === "t") this.inT = false;
  }
  voeg(t: string): void {
    if (this.inT) this.tekst += t;
  }
}

async function leesGedeeldeTeksten(zip: JSZip, pad: string | undefined): Promise<string[]> {
  const teksten: string[] = [];
  if (!pad) return teksten;
  let si: TekstVerzamelaar | undefined;
  await stroomXml(
    zip,
    pad,
    LEESLIMIETEN.bladXmlBytes,
    (_tag, naam) => {
      if (naam === "si") si = new TekstVerzamelaar();
      else si?.open(naam);
    },
    (t) => si?.voeg(t),
    (naam) => {
      if (naam === "si" && si) {
        teksten.push(si.tekst);
        si = undefined;
      } else si?.sluit(naam);
    },
  );
  return teksten;
}

/** Per cell style index: whether its number format shows a date. */
async function leesDatumStijlen(zip: JSZip, pad: string | undefined): Promise<boolean[]> {
  const eigen = new Map<number, string>();
  const stijlen: boolean[] = [];
  if (!pad) return stijlen;
  let inCellXfs = false;
  const ids: number[] = [];
  await stroomXml(
    zip,
    pad,
    LEESLIMIETEN.deelBytes,
    (tag, naam) => {
      if (naam === "numFmt") eigen.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
      else if (naam === "cellXfs") inCellXfs = true;
      else if (naam === "xf" && inCellXfs) ids.push(Number(tag.attributes.numFmtId ?? 0));
    },
    () => undefined,
    (naam) => {
      if (naam === "cellXfs") inCellXfs = false;
    },
  );
  for (const id of ids) {
    const code = eigen.get(id);
    stijlen.push(code !== undefined ? isDatumFormaat(code) : DATUM_FORMAAT_IDS.has(id));
  }
  return stijlen;
}

// Shifts the relative references of a shared formula from its master cell to another cell
// (as exceljs's slideFormula does): A1 moves, $A$1 stays, function names and sheet names stay.
const KANDIDAAT = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELREF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function kolomNummer(letters: string): number {
  let k = 0;
  for (const ch of letters.toUpperCase()) k = k * 26 + (ch.charCodeAt(0) - 64);
  return k - 1;
}

export function schuifFormule(formule: string, dr: number, dk: number): string {
  return formule.replace(KANDIDAAT, (geheel: string, blad: string | undefined, _b, deel: string, haakje) => {
    if (haakje) return geheel;
    const m = CELREF.exec(deel);
    if (!m) return geheel;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return geheel;
    const k = kolomNummer(letters) + (m[1] ? 0 : dk);
    const r = Number(m[4]) + (m[3] ? 0 : dr);
    if (k < 0 || r < 1) return "#REF!";
    return `${blad ?? ""}${m[1] ?? ""}${kolomLetters(k)}${m[3] ?? ""}${r}`;
  });
}

/** Hidden merged positions kept in a set (about 40 MB at most); beyond that merges are checked one by one. */
const SAMENVOEGING_SET = 1_000_000;

interface Tellers {
  cellen: number;
  /** Sheet XML bytes inflated so far, of `bladBytes` in all, for the progress line. */
  gelezen: number;
  bladBytes: number;
}

/** One worksheet part, streamed into a grid. */
async function leesBlad(
  zip: JSZip,
  pad: string,
  naam: string,
  gedeeld: readonly string[],
  datumStijl: readonly boolean[],
  tellers: Tellers,
  meld?: Melder,
): Promise<Grid> {
  const bouwer = new GridBouwer(naam);
  const samenvoegingen: { r1: number; k1: number; r2: number; k2: number }[] = [];
  const gedeeldeFormules = new Map<string, { formule: string; rij: number; kolom: number }>();
  let rij = -1;
  let kolom = -1;
  let inCel = false;
  let celType = "n";
  let celStijl = 0;
  let v = "";
  let inV = false;
  let f = "";
  let inF = false;
  let fAttr: Record<string, string> = {};
  let inline: TekstVerzamelaar | undefined;
  await stroomXml(
    zip,
    pad,
    LEESLIMIETEN.bladXmlBytes,
    (tag, el) => {
      const a = tag.attributes;
      if (el === "c") {
        inCel = true;
        if (a.r) {
          const p = parseAdres(a.r);
          rij = p.rij;
          kolom = p.kolom;
        } else kolom++;
        celType = a.t ?? "n";
        celStijl = Number(a.s ?? 0);
        v = "";
        f = "";
        fAttr = {};
        inline = undefined;
      } else if (!inCel) {
        if (el === "row") {
          rij = a.r ? Number(a.r) - 1 : rij + 1;
          kolom = -1;
          if (a.hidden === "1" || a.hidden === "true") bouwer.verborgenRijen.push(rij);
        } else if (el === "col" && (a.hidden === "1" || a.hidden === "true")) {
          const van = Number(a.min) - 1;
          const tot = Math.min(Number(a.max) - 1, 16383);
          for (let k = van; k <= tot; k++) bouwer.verborgenKolommen.add(k);
        } else if (el === "mergeCell" && a.ref?.includes(":")) {
          const [van, tot] = a.ref.split(":").map(parseAdres);
          samenvoegingen.push({ r1: van.rij, k1: van.kolom, r2: tot.rij, k2: tot.kolom });
        }
      } else if (el === "v") inV = true;
      else if (el === "f") {
        inF = true;
        fAttr = a;
      } else if (el === "is") inline = new TekstVerzamelaar();
      else inline?.open(el);
    },
    (t) => {
      if (inV) v += t;
      else if (inF) f += t;
      else inline?.voeg(t);
    },
    (el) => {
      if (el === "v") inV = false;
      else if (el === "f") inF = false;
      else if (el === "c") {
        inCel = false;
        // Only cells with content count: a formatted empty cell costs nothing here.
        if ((v !== "" || f !== "" || inline !== undefined) && ++tellers.cellen > LEESLIMIETEN.cellen) {
          throw new LeesWeigering(
            `de werkmap heeft meer dan ${LEESLIMIETEN.cellen.toLocaleString("nl-NL")} gevulde cellen: te groot om te lezen; splits de werkmap`,
          );
        }
        let formule: string | null = f !== "" ? f : null;
        if (fAttr.t === "shared" && fAttr.si !== undefined) {
          const meester = gedeeldeFormules.get(fAttr.si);
          if (formule !== null) gedeeldeFormules.set(fAttr.si, { formule, rij, kolom });
          else if (meester)
            formule = schuifFormule(meester.formule, rij - meester.rij, kolom - meester.kolom);
        }
        let waarde: CelWaarde = null;
        let datum = false;
        if (celType === "inlineStr") waarde = inline?.tekst ?? null;
        else if (v !== "") {
          if (celType === "s") waarde = gedeeld[Number(v)] ?? null;
          else if (celType === "b") waarde = v === "1" || v === "true";
          else if (celType === "str" || celType === "e") waarde = v;
          else if (celType === "d") {
            // ISO 8601 without a zone is read as UTC, as exceljs and Excel's serials do.
            const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(v) || !v.includes("T") ? v : v + "Z");
            waarde = Number.isNaN(d.getTime()) ? v : datumNaarSerieel(d);
            datum = typeof waarde === "number";
          } else {
            const n = Number(v);
            waarde = Number.isFinite(n) ? n : v;
            datum = datumStijl[celStijl] === true;
          }
        }
        if (waarde === "") waarde = null;
        bouwer.cel(rij, kolom, waarde, formule === null ? null : "=" + formule, datum);
      } else inline?.sluit(el);
    },
    (bytes) => voortgang().deel((tellers.gelezen += bytes), tellers.bladBytes),
  );
  if (samenvoegingen.length > 0) {
    // The hidden parts of merged cells, as a set where that is small; huge merges are checked one by one.
    const verborgen = new Set<number>();
    const groot: typeof samenvoegingen = [];
    let ruimte = SAMENVOEGING_SET;
    for (const m of samenvoegingen) {
      const oppervlak = (m.r2 - m.r1 + 1) * (m.k2 - m.k1 + 1);
      if (oppervlak > ruimte) {
        groot.push(m);
        continue;
      }
      ruimte -= oppervlak;
      for (let r = m.r1; r <= m.r2; r++)
        for (let k = m.k1; k <= m.k2; k++) if (r !== m.r1 || k !== m.k1) verborgen.add(celSleutel(r, k));
    }
    bouwer.filter(
      (r, k) =>
        verborgen.has(celSleutel(r, k)) ||
        groot.some((m) => r >= m.r1 && r <= m.r2 && k >= m.k1 && k <= m.k2 && (r !== m.r1 || k !== m.k1)),
    );
  }
  return bouwer.bouw(meld);
}

/** Sheets (in workbook order) and defined names of a package that passed the byte checks. */
async function leesPakket(zip: JSZip, delen: readonly ZipDeel[], meld?: Melder): Promise<Werkboek> {
  const hoofd = [...(await relaties(zip, "")).values()].find((r) => r.type.endsWith("/officeDocument"));
  const boekPad =
    hoofd?.doel ?? delen.find((d) => /(^|\/)workbook\.xml$/i.test(d.naam))?.naam ?? "xl/workbook.xml";
  const rels = await relaties(zip, boekPad);
  const bladen: { naam: string; id: string }[] = [];
  const namen: { naam: string; verwijzing: string; blad?: string; bladIndex?: number }[] = [];
  let naamIn: { naam: string; verwijzing: string; bladIndex?: number } | undefined;
  await stroomXml(
    zip,
    boekPad,
    LEESLIMIETEN.deelBytes,
    (tag, el) => {
      const a = tag.attributes;
      if (el === "sheet") bladen.push({ naam: a.name ?? "", id: a["r:id"] ?? a.id ?? "" });
      else if (el === "definedName") {
        naamIn = { naam: a.name ?? "", verwijzing: "" };
        if (a.localSheetId !== undefined) naamIn.bladIndex = Number(a.localSheetId);
      }
    },
    (t) => {
      if (naamIn) naamIn.verwijzing += t;
    },
    (el) => {
      if (el === "definedName" && naamIn) {
        namen.push(naamIn);
        naamIn = undefined;
      }
    },
  );
  const vanType = (soort: string) => [...rels.values()].find((r) => r.type.endsWith("/" + soort))?.doel;
  const gedeeld = await leesGedeeldeTeksten(zip, vanType("sharedStrings"));
  const datumStijl = await leesDatumStijlen(zip, vanType("styles"));
  const bladDelen = new Set(bladen.map((b) => rels.get(b.id)?.doel));
  const bladBytes = delen.filter((d) => bladDelen.has(d.naam)).reduce((n, d) => n + d.grootte, 0);
  const tellers: Tellers = { cellen: 0, gelezen: 0, bladBytes };
  const grids: Grid[] = [];
  for (const b of bladen) {
    const rel = rels.get(b.id);
    if (!rel || !rel.type.endsWith("/worksheet")) continue; // chart sheets and dialog sheets hold no cells
    grids.push(await leesBlad(zip, rel.doel, b.naam, gedeeld, datumStijl, tellers, meld));
  }
  return {
    bladen: grids,
    // Built-in names (_xlnm.Print_Area, _xlnm._FilterDatabase) are print and filter settings.
    namen: namen
      .filter((n) => !n.naam.startsWith("_xlnm."))
      .map((n) => {
        const blad = n.bladIndex === undefined ? undefined : bladen[n.bladIndex]?.naam;
        return { naam: n.naam, verwijzing: n.verwijzing, ...(blad !== undefined ? { blad } : {}) };
      }),
  };
}

/**
 * Reads an .xlsx file (path or bytes) into grids, bounded. Throws with a Dutch message when it
 * cannot or may not (encrypted, .xls, .ods, not a workbook, above LEESLIMIETEN). `meld` hears
 * about cells set aside far from the tables (see grid-bouwer).
 */
export async function leesXlsx(bron: string | Uint8Array, meld?: Melder): Promise<Werkboek> {
  const naam = typeof bron === "string" ? basename(bron) : "het bestand";
  voortgang().stap(`Lezen van ${naam}`);
  try {
    return await leesXlsxBytes(naam, typeof bron === "string" ? await readFile(bron) : bron, meld);
  } finally {
    voortgang().klaar();
  }
}

async function leesXlsxBytes(naam: string, bytes: Uint8Array, meld?: Melder): Promise<Werkboek> {
  const delen = controleerWerkmapBytes(bytes, naam);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new Error(`${naam} is geen leesbaar .xlsx-bestand (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return await leesPakket(zip, delen, meld);
  } catch (e) {
    throw new Error(`${naam} is geen leesbaar .xlsx-bestand: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export { isDatumFormaat };

// ---- exceljs objects already in memory (tests and bench) --------------------------------------

/** exceljs's `ValueType.Merge` and `ValueType.Formula`, as values without loading exceljs (a test checks them). */
export const EXCELJS_TYPE = { merge: 1, formule: 6 } as const;

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

function isDatumWaarde(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (typeof v === "object" && v !== null && "result" in v)
    return (v as { result: unknown }).result instanceof Date;
  return false;
}

/** One worksheet as a Grid (empty sheet: one empty row at A1). */
export function werkbladNaarGrid(ws: ExcelJS.Worksheet, meld?: Melder): Grid {
  const bouwer = new GridBouwer(ws.name);
  ws.eachRow({ includeEmpty: true }, (row, rijNummer) => {
    if (row.hidden) bouwer.verborgenRijen.push(rijNummer - 1);
    row.eachCell({ includeEmpty: false }, (cell, kolomNummer) => {
      if (cell.type === (EXCELJS_TYPE.merge as ExcelJS.ValueType)) return;
      const waarde = enkeleWaarde(cell.value);
      const f = cell.type === (EXCELJS_TYPE.formule as ExcelJS.ValueType) ? cell.formula : undefined;
      const formule = typeof f === "string" && f !== "" ? (f.startsWith("=") ? f : "=" + f) : null;
      const datum =
        isDatumWaarde(cell.value) || (typeof cell.numFmt === "string" && isDatumFormaat(cell.numFmt));
      bouwer.cel(rijNummer - 1, kolomNummer - 1, waarde, formule, datum);
    });
  });
  (ws.columns ?? []).forEach((c, i) => {
    if (c?.hidden) bouwer.verborgenKolommen.add(i);
  });
  return bouwer.bouw(meld);
}

/** Every worksheet of a workbook, plus its defined names. */
export function werkboekNaarGrids(wb: ExcelJS.Workbook, meld?: Melder): Werkboek {
  const bladen = wb.worksheets.map((ws) => werkbladNaarGrid(ws, meld));
  const namen: { naam: string; verwijzing: string; blad?: string }[] = [];
  const model =
    (wb.definedNames as unknown as { model?: { name: string; ranges: string[]; localSheetId?: number }[] })
      .model ?? [];
  for (const d of model) {
    const blad = d.localSheetId === undefined ? undefined : wb.worksheets[d.localSheetId]?.name;
    namen.push({ naam: d.name, verwijzing: d.ranges.join(","), ...(blad !== undefined ? { blad } : {}) });
  }
  return { bladen, namen };
}
