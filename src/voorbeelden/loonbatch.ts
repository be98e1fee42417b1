// Synthetic payment batches for the samples in assets/loonbatch/, the tests and the bench.
// Deterministic (seeded PRNG); BSNs and IBANs are made valid by the core's own rules. No real
// people: names are combinations of common Dutch first names and surnames; IBANs use the
// fictitious bank code ONTP, so they cannot be a real Dutch account.
import ExcelJS from "exceljs";
import { bsnControleCijfer, maakIban, type Mutatie, type Regeling } from "../core/payroll";
import type { CelWaarde } from "../core/grid";

export interface VoorbeeldRegel {
  personeelsnummer: string;
  bsn: string;
  naam: string;
  regeling: Regeling | string;
  werksoort: string;
  /** Millionths, or text as a person might type it. */
  parttimefactor: number | string;
  /** Integer cents, or text as a person might type it. */
  bruto: number | string;
  inhoudingen: number | string;
  netto: number | string;
  iban: string;
  mutatie?: Mutatie | string;
  gemeente?: string;
}

export interface VoorbeeldBatch {
  gemeente: string;
  periode: string;
  /** Control totals; default: computed from the rows. */
  aantalRegels?: number | string;
  totaalNettoCenten?: number;
  regels: VoorbeeldRegel[];
  /** Other header labels for some columns, e.g. { IBAN: "Rekening" } (tests of missing columns). */
  kopLabels?: Record<string, string>;
  /** Add a per-row Gemeente column (default true). */
  gemeenteKolom?: boolean;
}

/** mulberry32: small, fast and the same on every machine. */
export function prng(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOORNAMEN = [
  "Jan",
  "Anouk",
  "Henk",
  "Fatima",
  "Gerrit",
  "Sanne",
  "Mehmet",
  "Ingrid",
  "Bart",
  "Yvonne",
  "Dirk",
  "Esra",
  "Wim",
  "Lotte",
  "Rik",
  "Marieke",
  "Kees",
  "Noor",
  "Tom",
  "Hennie",
];
const ACHTERNAMEN = [
  "Jansen",
  "Ten Brinke",
  "Nijhuis",
  "Oude Egberink",
  "Kamphuis",
  "Yilmaz",
  "Wessels",
  "Dijkhuis",
  "Lammers",
  "Bosch",
  "Hofstede",
  "Smit",
  "Kuipers",
  "Meijerink",
  "Snijders",
  "Boerrigter",
];

/** A valid BSN from the generator (retries the rare 8-digit prefixes without a check digit). */
export function maakBsn(rnd: () => number): string {
  for (;;) {
    let acht = String(1 + Math.floor(rnd() * 6)); // 1..6: looks like a modern BSN
    for (let i = 1; i < 8; i++) acht += String(Math.floor(rnd() * 10));
    const c = bsnControleCijfer(acht);
    if (c !== null) return acht + String(c);
  }
}

export function maakNlIban(rnd: () => number): string {
  let rekening = "";
  for (let i = 0; i < 10; i++) rekening += String(Math.floor(rnd() * 10));
  return maakIban("NL", "ONTP" + rekening);
}

/** `n` distinct synthetic people with pay for one month; bruto = schaal × factor, netto = bruto − inhoudingen. */
export function maakPersonen(n: number, zaad = 1, eerstePersoneelsnummer = 100001): VoorbeeldRegel[] {
  const rnd = prng(zaad);
  const bsns = new Set<string>();
  const ibans = new Set<string>();
  const regels: VoorbeeldRegel[] = [];
  const factoren = [1000000, 888889, 800000, 750000, 600000, 500000];
  const werksoorten = ["beschut", "groepsdetachering", "individuele detachering"];
  for (let i = 0; i < n; i++) {
    let bsn = maakBsn(rnd);
    while (bsns.has(bsn)) bsn = maakBsn(rnd);
    bsns.add(bsn);
    let iban = maakNlIban(rnd);
    while (ibans.has(iban)) iban = maakNlIban(rnd);
    ibans.add(iban);
    const regeling = rnd() < 0.85 ? "WSW" : rnd() < 0.9 ? "NB" : "PW";
    const factor = factoren[Math.floor(rnd() * factoren.length)];
    const schaal = 220000 + Math.floor(rnd() * 120000); // € 2.200 – € 3.400 full-time, in cents
    const bruto = Math.round((schaal * factor) / 1000000);
    const inhoudingen = Math.round((bruto * (22 + Math.floor(rnd() * 12))) / 100);
    regels.push({
      personeelsnummer: String(eerstePersoneelsnummer + i),
      bsn,
      naam: `${VOORNAMEN[Math.floor(rnd() * VOORNAMEN.length)]} ${ACHTERNAMEN[Math.floor(rnd() * ACHTERNAMEN.length)]}`,
      regeling,
      werksoort: regeling === "NB" ? "beschut" : werksoorten[Math.floor(rnd() * werksoorten.length)],
      parttimefactor: factor,
      bruto,
      inhoudingen,
      netto: bruto - inhoudingen,
      iban,
    });
  }
  return regels;
}

/** Integer cents as Dutch text without thousands points: 123456 → "1234,56". */
export function centenCsv(c: number): string {
  const teken = c < 0 ? "-" : "";
  const a = Math.abs(c);
  return `${teken}${Math.floor(a / 100)},${String(a % 100).padStart(2, "0")}`;
}

/** Integer cents with thousands points, as a header shows a total: 123456 → "1.234,56". */
export function centenNl(c: number): string {
  const [geheel, fractie] = centenCsv(c).split(",");
  return geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "," + fractie;
}

function factorCsv(m: number): string {
  return (m / 1000000).toString().replace(".", ",");
}

const KOLOMMEN = [
  "Personeelsnummer",
  "BSN",
  "Naam",
  "Regeling",
  "Werksoort",
  "Parttimefactor",
  "Bruto",
  "Inhoudingen",
  "Netto",
  "IBAN",
  "Mutatie",
];

function totalen(b: VoorbeeldBatch): { aantal: number | string; netto: number } {
  let netto = 0;
  for (const r of b.regels) if (typeof r.netto === "number") netto += r.netto;
  return { aantal: b.aantalRegels ?? b.regels.length, netto: b.totaalNettoCenten ?? netto };
}

/**
 * The batch as sheet rows: the four header fields, an empty row, the table header and the rows.
 * Amounts become numbers in euros for a sheet (`voor: "xlsx"`) or Dutch text for CSV.
 */
export function batchRijen(b: VoorbeeldBatch, voor: "xlsx" | "csv"): CelWaarde[][] {
  const t = totalen(b);
  const metGemeente = b.gemeenteKolom ?? true;
  const bedrag = (x: number | string): CelWaarde =>
    typeof x === "string" ? x : voor === "csv" ? centenCsv(x) : x / 100;
  const factor = (x: number | string): CelWaarde =>
    typeof x === "string" ? x : voor === "csv" ? factorCsv(x) : x / 1000000;
  const rijen: CelWaarde[][] = [
    ["Gemeente", b.gemeente],
    ["Periode", b.periode],
    ["Aantal regels", voor === "csv" ? String(t.aantal) : t.aantal],
    ["Totaal netto", voor === "csv" ? centenNl(t.netto) : t.netto / 100],
    [],
    (metGemeente ? [...KOLOMMEN, "Gemeente"] : KOLOMMEN).map((k) => b.kopLabels?.[k] ?? k),
  ];
  for (const r of b.regels) {
    const rij: CelWaarde[] = [
      r.personeelsnummer,
      r.bsn,
      r.naam,
      r.regeling,
      r.werksoort,
      factor(r.parttimefactor),
      bedrag(r.bruto),
      bedrag(r.inhoudingen),
      bedrag(r.netto),
      r.iban,
      r.mutatie ?? null,
    ];
    if (metGemeente) rij.push(r.gemeente ?? b.gemeente);
    rijen.push(rij);
  }
  return rijen;
}

function csvVeld(v: CelWaarde): string {
  if (v === null) return "";
  const s = String(v);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text as Dutch payroll exports write it: ';', decimal comma, CRLF, with a UTF-8 BOM. */
export function batchNaarCsv(b: VoorbeeldBatch): string {
  return (
    "\ufeff" +
    batchRijen(b, "csv")
      .map((r) => r.map(csvVeld).join(";"))
      .join("\r\n") +
    "\r\n"
  );
}

/** Adds sheet 'Betaalbatch' with the batch (BSN and personnel numbers as text, amounts as numbers). */
export function voegBatchToe(
  wb: ExcelJS.Workbook,
  b: VoorbeeldBatch,
  blad = "Betaalbatch",
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(blad);
  const rijen = batchRijen(b, "xlsx");
  for (const rij of rijen) ws.addRow(rij);
  ws.getColumn(2).numFmt = "@";
  for (const k of [7, 8, 9]) ws.getColumn(k).numFmt = "#,##0.00";
  ws.getCell("B4").numFmt = "#,##0.00";
  ws.getRow(6).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [16, 12, 22, 10, 24, 14, 12, 12, 12, 22, 12, 12][i] ?? 12));
  return ws;
}

/** A workbook with fixed metadata dates, so generated files are the same on every run. */
export function nieuwWerkboek(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ontplooj loonbatch-voorbeelden";
  wb.created = new Date(Date.UTC(2026, 10, 1));
  wb.modified = new Date(Date.UTC(2026, 10, 1));
  return wb;
}

export async function batchNaarXlsx(b: VoorbeeldBatch): Promise<Buffer> {
  const wb = nieuwWerkboek();
  voegBatchToe(wb, b);
  return vasteZipDatums(Buffer.from(await wb.xlsx.writeBuffer()));
}

/**
 * exceljs stamps every zip entry with the current time; set them all to 2026-11-01 00:00 (DOS
 * time) through the central directory, so a regenerated sample is byte-identical.
 */
export function vasteZipDatums(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return zip;
  const aantal = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const dosDatum = ((2026 - 1980) << 9) | (11 << 5) | 1;
  for (let i = 0; i < aantal && zip.readUInt32LE(p) === 0x02014b50; i++) {
    zip.writeUInt16LE(0, p + 12);
    zip.writeUInt16LE(dosDatum, p + 14);
    const lokaal = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(lokaal) === 0x04034b50) {
      zip.writeUInt16LE(0, lokaal + 10);
      zip.writeUInt16LE(dosDatum, lokaal + 12);
    }
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

/** A minimal bijlage-1 workbook: sheet 'Bijlage 1' with Gemeente, Jaar and a VERLONING row. */
export async function minimaleBijlage1(
  gemeente: string,
  jaar: number,
  verloningBegroot: number,
  verloningGerealiseerd?: number,
): Promise<Buffer> {
  const wb = nieuwWerkboek();
  const ws = wb.addWorksheet("Bijlage 1");
  ws.addRow(["Gemeente", gemeente]);
  ws.addRow(["Jaar", jaar]);
  ws.addRow(["Risico-opslag", gemeente === "Almelo" ? 0 : 0.02]);
  ws.addRow([]);
  ws.addRow(["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd"]);
  ws.addRow([
    "Uitvoeren werkgeverstaken",
    "nominaal aantal medewerkers",
    1271,
    verloningBegroot,
    verloningGerealiseerd ?? null,
  ]);
  ws.addRow([
    "Uitvoeren verloning",
    "nominaal aantal medewerkers",
    321,
    verloningBegroot,
    verloningGerealiseerd ?? null,
  ]);
  ws.addRow(["Totaal"]);
  return vasteZipDatums(Buffer.from(await wb.xlsx.writeBuffer()));
}

export interface VoorbeeldScenario {
  vorige: VoorbeeldBatch;
  schoon: VoorbeeldBatch;
  afwijkingen: VoorbeeldBatch;
  /** VERLONING units of the sample bijlage 1, equal to the persons in the clean batch. */
  verloningBegroot: number;
}

/**
 * The samples of assets/loonbatch/: Almelo, September 2026 (vorige) and October 2026, clean and
 * with every kind of anomaly. 40 people in September; in October one left (uitstroom in
 * September), one joined (instroom), one changed hours (wijziging): 40 people again.
 */
export function voorbeeldScenario(): VoorbeeldScenario {
  const mensen = maakPersonen(43, 2026);
  const sept = mensen.slice(0, 40).map((p) => ({ ...p }));
  sept[39].mutatie = "uitstroom";
  const vorige: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-09", regels: sept };

  const okt = mensen.slice(0, 39).map((p) => ({ ...p }));
  // Person 5 goes from 0,8 to full-time, with a mutation.
  okt[4] = herbereken({ ...okt[4], parttimefactor: 1000000, mutatie: "wijziging" }, 1000000);
  okt.push({ ...mensen[40], mutatie: "instroom" });
  const schoon: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: okt };

  const a = okt.map((p) => ({ ...p }));
  const p = (nr: number) => a[nr - 1];
  // BSN_ONGELDIG: one digit changed.
  p(3).bsn = p(3).bsn.slice(0, 4) + String((Number(p(3).bsn[4]) + 1) % 10) + p(3).bsn.slice(5);
  // IBAN_ONGELDIG: one digit of the account changed.
  p(4).iban = p(4).iban.slice(0, 17) + String((Number(p(4).iban[17]) + 3) % 10);
  // IBAN_FORMAAT: too short for a Dutch IBAN.
  p(6).iban = p(6).iban.slice(0, 14);
  // IBAN_BUITENLAND: a valid German IBAN.
  p(7).iban = maakIban("DE", "370400440532013000");
  // IBAN_GEDEELD: person 8 is paid into person 9's account.
  p(8).iban = p(9).iban;
  // GEMEENTE_ANDERS.
  p(12).gemeente = "Wierden";
  // NETTO_KLOPT_NIET: netto ten euros too high.
  p(13).netto = (p(13).netto as number) + 1000;
  // NETTO_NEGATIEF: a correction larger than the pay (netto = bruto − inhoudingen still holds).
  p(14).inhoudingen = (p(14).bruto as number) + 12345;
  p(14).netto = -12345;
  // PARTTIMEFACTOR_BUITEN_BEREIK (and a part-time change without mutation).
  p(15).parttimefactor = 1200000;
  // VELD_LEEG: no name.
  p(16).naam = "";
  // REGELING_ONBEKEND, WERKSOORT_ONBEKEND, MUTATIE_ONBEKEND.
  p(17).regeling = "WSX";
  p(18).werksoort = "kantoor";
  p(19).mutatie = "ontslag";
  // BEDRAG_ONGELDIG and PARTTIMEFACTOR_ONGELDIG: text that is no number.
  p(20).bruto = "twaalfhonderd";
  p(21).parttimefactor = "ca. 0,5";
  // BRUTO_GEWIJZIGD_ZONDER_MUTATIE: 15 % more bruto, no mutation.
  a[21] = herbereken(p(22), p(22).parttimefactor as number, 1.15);
  // PARTTIME_GEWIJZIGD_ZONDER_MUTATIE: 0,x → 0,5 without mutation, bruto follows.
  a[22] = herbereken(p(23), 500000);
  // INSTROOM_MAAR_AL_IN_DIENST.
  p(25).mutatie = "instroom";
  // VERTROKKEN_ZONDER_UITSTROOM: person 24 disappears.
  a.splice(23, 1);
  // UITSTROOM_TOCH_BETAALD: person 40 left in September and is paid again.
  a.push({ ...mensen[39] });
  // NIEUW_ZONDER_INSTROOM: two new people without instroom.
  a.push({ ...mensen[41] }, { ...mensen[42] });
  // DUBBEL_BSN: person 10 twice (another personnel number); DUBBEL_PERSONEELSNUMMER: 11's number reused.
  a.push({ ...mensen[9], personeelsnummer: "100910" });
  const extra = maakPersonen(1, 77, 0)[0];
  a.push({ ...extra, personeelsnummer: mensen[10].personeelsnummer, mutatie: "instroom" });
  const afwijkingen: VoorbeeldBatch = {
    gemeente: "Almelo",
    periode: "2026-10",
    regels: a,
    // AANTAL_REGELS_KLOPT_NIET and TOTAAL_NETTO_KLOPT_NIET: control totals of an earlier draft.
    aantalRegels: a.length - 1,
    totaalNettoCenten: a.reduce((s, r) => s + (typeof r.netto === "number" ? r.netto : 0), 0) - 250000,
  };
  return { vorige, schoon, afwijkingen, verloningBegroot: 40 };
}

/** Same person with another part-time factor (and optionally a raise), pay recomputed consistently. */
function herbereken(p: VoorbeeldRegel, factor: number, verhoging = 1): VoorbeeldRegel {
  const oudFactor = p.parttimefactor as number;
  const bruto = Math.round((((p.bruto as number) * factor) / oudFactor) * verhoging);
  const inhoudingen = Math.round(bruto * ((p.inhoudingen as number) / (p.bruto as number)));
  return { ...p, parttimefactor: factor, bruto, inhoudingen, netto: bruto - inhoudingen };
}
