// Reads a grid (sheet Betaalbatch, or a CSV file) into a BetaalBatch. Columns and header fields
// are found by label, in any order; empty rows are skipped; the table ends at a row that starts
// with "Totaal". Problems with single cells (empty fields, text where a number belongs, unknown
// codes) are findings with the cell's address; the reader never throws on user data.
import type { Bevinding } from "../findings";
import { adres, isLeeg, type CelWaarde, type Grid } from "../grid";
import { normaliseerLabel } from "../labels";
import type { Werksoort } from "../catalogue";
import { kiesKolommen, zoekKop, type CelPlek, type KolomDef, type TabelSpec } from "../tabel";
import { normaliseerBsn } from "./bsn";
import { maakBevinding as bevinding, tabelBevinding, type ErnstVan, type LoonbatchCode } from "./codes";
import { normaliseerIban } from "./iban";
import { eenhedenUitTekst, naarCenten, naarMiljoensten } from "./getallen";
import { lijktVerschoven, Persoonsgegevens, toonCeltekst, vervangCeltekst } from "./masker";
import type { BatchRegel, BetaalBatch, KolomSleutel, KopVeld, Mutatie, Regeling, RijStroom } from "./model";

export const KOLOM_LABELS: Readonly<Record<KolomSleutel, readonly string[]>> = {
  personeelsnummer: ["Personeelsnummer", "Personeelsnr", "Pers.nr.", "Medewerkernummer"],
  bsn: ["BSN", "Burgerservicenummer"],
  naam: ["Naam", "Naam medewerker"],
  regeling: ["Regeling"],
  werksoort: ["Werksoort"],
  parttimefactor: ["Parttimefactor", "Deeltijdfactor", "Parttime-factor"],
  bruto: ["Bruto", "Brutoloon", "Bruto loon"],
  inhoudingen: ["Inhoudingen", "Inhouding"],
  netto: ["Netto", "Nettoloon", "Netto loon", "Uit te betalen"],
  iban: ["IBAN", "Rekeningnummer", "IBAN-nummer"],
  mutatie: ["Mutatie", "Mutatiesoort"],
  gemeente: ["Gemeente"],
};

/** Columns every batch must have; Mutatie and a per-row Gemeente are optional. */
export const VERPLICHTE_KOLOMMEN: readonly KolomSleutel[] = [
  "personeelsnummer",
  "bsn",
  "naam",
  "regeling",
  "werksoort",
  "parttimefactor",
  "bruto",
  "inhoudingen",
  "netto",
  "iban",
];

export const KOLOM_NAAM: Readonly<Record<KolomSleutel, string>> = {
  personeelsnummer: "Personeelsnummer",
  bsn: "BSN",
  naam: "Naam",
  regeling: "Regeling",
  werksoort: "Werksoort",
  parttimefactor: "Parttimefactor",
  bruto: "Bruto",
  inhoudingen: "Inhoudingen",
  netto: "Netto",
  iban: "IBAN",
  mutatie: "Mutatie",
  gemeente: "Gemeente",
};

type KopSleutel = "gemeente" | "periode" | "aantalRegels" | "totaalNetto";

export const KOP_LABELS: Readonly<Record<KopSleutel, readonly string[]>> = {
  gemeente: ["Gemeente"],
  periode: ["Periode", "Loonperiode"],
  aantalRegels: ["Aantal regels", "Aantal betalingen"],
  totaalNetto: ["Totaal netto", "Som netto", "Totaal nettobedrag"],
};

export const KOP_NAAM: Readonly<Record<KopSleutel, string>> = {
  gemeente: "Gemeente",
  periode: "Periode",
  aantalRegels: "Aantal regels",
  totaalNetto: "Totaal netto",
};

/** The batch columns for the core table reader: a required column is reported when absent, never fatal. */
const BATCH_KOLOMMEN: readonly KolomDef<KolomSleutel>[] = (Object.keys(KOLOM_LABELS) as KolomSleutel[]).map(
  (k) => ({
    sleutel: k,
    labels: KOLOM_LABELS[k],
    naam: KOLOM_NAAM[k],
    verplicht: false,
    meldAlsAfwezig: VERPLICHTE_KOLOMMEN.includes(k),
  }),
);

/** A header row names at least four of the required columns (a label/value line names one). */
const BATCH_SPEC: TabelSpec<typeof BATCH_KOLOMMEN> = {
  definities: BATCH_KOLOMMEN,
  minimum: 4,
  minimumNodig: 4,
};

function index<T extends string>(labels: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const m = new Map<string, T>();
  for (const sleutel of Object.keys(labels) as T[]) {
    for (const l of labels[sleutel]) m.set(normaliseerLabel(l), sleutel);
  }
  return m;
}

const KOP_INDEX = index(KOP_LABELS);

export const REGELING_INDEX = new Map<string, Regeling>([
  ["wsw", "WSW"],
  ["sw", "WSW"],
  ["nb", "NB"],
  ["nbw", "NB"],
  ["nieuwbeschut", "NB"],
  ["nieuwbeschutwerk", "NB"],
  ["pw", "PW"],
  ["participatiewet", "PW"],
]);

const WERKSOORT_INDEX = new Map<string, Werksoort>([
  ["beschut", "beschut"],
  ["beschutwerk", "beschut"],
  ["groepsdetachering", "groepsdetachering"],
  ["groepsdet", "groepsdetachering"],
  ["individueledetachering", "individuele detachering"],
  ["individueel", "individuele detachering"],
  ["inddet", "individuele detachering"],
  ["detacheringindividueel", "individuele detachering"],
]);

const MUTATIE_INDEX = new Map<string, Mutatie>([
  ["instroom", "instroom"],
  ["indienst", "instroom"],
  ["uitstroom", "uitstroom"],
  ["uitdienst", "uitstroom"],
  ["wijziging", "wijziging"],
]);

/**
 * Looks up a code through normaliseerLabel, remembering each distinct text (codes repeat a lot).
 * The last few texts are compared first: a fresh cell string is then never hashed.
 */
class CodeZoeker<T> {
  private readonly cache = new Map<string, T | null>();
  private readonly recent: { tekst: string; waarde: T | null }[] = [];
  constructor(private readonly index: ReadonlyMap<string, T>) {}
  zoek(tekst: string): T | null {
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) if (recent[i].tekst === tekst) return recent[i].waarde;
    let r = this.cache.get(tekst);
    if (r === undefined) {
      r = this.index.get(normaliseerLabel(tekst)) ?? null;
      this.cache.set(tekst, r);
    }
    if (recent.length < 8) recent.push({ tekst, waarde: r });
    return r;
  }
}

function veldVan(w: readonly CelWaarde[], c: number): CelWaarde {
  if (c < 0) return null;
  const v = w[c];
  return v === undefined ? null : v;
}

/**
 * Whether String.prototype.trim might remove this character: a superset (every control character,
 * and everything from U+1680 on) of the spaces it removes, so text that starts and ends with none
 * of these is trimmed already, and most cells are never copied or scanned by trim.
 */
function magWitZijn(c: number): boolean {
  return c <= 32 || c === 160 || c >= 0x1680;
}

/** `v.trim()`, without the call when the text neither starts nor ends with a possible space. */
function getrimd(v: string): string {
  const n = v.length;
  return n === 0 || (!magWitZijn(v.charCodeAt(0)) && !magWitZijn(v.charCodeAt(n - 1))) ? v : v.trim();
}

function tekst(v: CelWaarde): string {
  if (v === null) return "";
  if (typeof v === "string") return getrimd(v);
  return String(v);
}

/** Text of only spaces (or none), as `v.trim() === ""` says. */
function leegTekst(v: string): boolean {
  return v.length === 0 || (magWitZijn(v.charCodeAt(0)) && v.trim() === "");
}

/** Empty as a cell: null, or text of only spaces. */
function leegVeld(v: CelWaarde | undefined): boolean {
  return v === undefined || v === null || (typeof v === "string" && leegTekst(v));
}

const KOP_ZOEK_RIJEN = 100;

/** The header row (searched in the first rows) and its columns; reports missing and doubtful columns. */
function zoekKopRij(
  grid: Grid,
  bevindingen: Bevinding[],
): { rij: number; kolommen: Partial<Record<KolomSleutel, number>> } | null {
  const begin = { ...grid, waarden: grid.waarden.slice(0, KOP_ZOEK_RIJEN) };
  const kop = zoekKop(begin, BATCH_SPEC);
  if (!kop) return null;
  const meld = (code: string, bericht: string, p: CelPlek, verwacht?: string, gevonden?: string) =>
    bevindingen.push(tabelBevinding(code, bericht, grid.blad, p.cel, verwacht, gevonden));
  const gekozen = kiesKolommen(grid, BATCH_SPEC, kop, undefined, meld) ?? {};
  const kolommen: Partial<Record<KolomSleutel, number>> = {};
  for (const [k, p] of Object.entries(gekozen) as [KolomSleutel, CelPlek | undefined][])
    if (p) kolommen[k] = p.kolom;
  return { rij: kop.kopRij, kolommen };
}

function leesKop(grid: Grid, totRij: number): Record<KopSleutel, KopVeld> {
  const kop: Record<KopSleutel, KopVeld> = {
    gemeente: { waarde: null, cel: null },
    periode: { waarde: null, cel: null },
    aantalRegels: { waarde: null, cel: null },
    totaalNetto: { waarde: null, cel: null },
  };
  const max = Math.min(grid.waarden.length, totRij - grid.startRij);
  for (let r = 0; r < max; r++) {
    const rij = grid.waarden[r];
    for (let k = 0; k < rij.length; k++) {
      const v = rij[k];
      if (typeof v !== "string") continue;
      const sleutel = KOP_INDEX.get(normaliseerLabel(v));
      if (sleutel === undefined || kop[sleutel].cel !== null) continue;
      // The value is the first filled cell to the right (within two cells); else the cell next to it.
      let waardeKolom = k + 1;
      for (let j = k + 1; j <= k + 2 && j < rij.length; j++) {
        const buur = rij[j];
        if (isLeeg(buur)) continue;
        // The next label on the same line is no value ("Aantal regels;;Totaal netto;…").
        if (j > k + 1 && typeof buur === "string" && KOP_INDEX.has(normaliseerLabel(buur))) break;
        waardeKolom = j;
        break;
      }
      const w = rij[waardeKolom];
      kop[sleutel] = {
        waarde: w === undefined || isLeeg(w) ? null : w,
        cel: adres(grid.startRij + r, grid.startKolom + waardeKolom),
      };
    }
  }
  return kop;
}

export interface LeesResultaat {
  batch: BetaalBatch;
  bevindingen: Bevinding[];
  /** The batch's names, BSNs and IBANs, for the checks that repeat cell text (toonCeltekst). */
  persoonsgegevens: Persoonsgegevens;
}

/** Grid-relative column indices of the batch columns (-1 when absent). */
type Kolommen = Record<KolomSleutel, number>;

/** A finding that repeats a cell's text, worded once every person of the batch is known. */
interface HerhaaldeTekst {
  bevinding: Bevinding;
  /** Index in batch.regels of the row the text comes from. */
  regel: number;
  tekst: string;
  bericht: (getoond: string, verschoven: boolean) => string;
}

/**
 * Reads the rows of the batch table into BatchRegels, one row at a time in a single pass: each
 * field by its own step (text, BSN, code, part-time factor, amount), each problem a finding.
 */
class RijLezer {
  private readonly regelingen = new CodeZoeker(REGELING_INDEX);
  private readonly werksoorten = new CodeZoeker(WERKSOORT_INDEX);
  private readonly mutaties = new CodeZoeker(MUTATIE_INDEX);
  private readonly kolomLetter = new Map<number, string>();
  /** Columns used, to tell an empty row; the first of them, where "Totaal" ends the table. */
  private readonly gebruikt: number[];
  private readonly eersteKolom: number;
  readonly herhaald: HerhaaldeTekst[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly k: Kolommen,
    private readonly batch: BetaalBatch,
    private readonly bevindingen: Bevinding[],
    private readonly persoonsgegevens: Persoonsgegevens,
  ) {
    this.gebruikt = Object.values(k).filter((c) => c >= 0);
    this.eersteKolom = Math.min(...this.gebruikt);
  }

  /** No used column of the row holds anything: allowed between and after the rows. */
  isLeeg(w: readonly CelWaarde[]): boolean {
    for (const c of this.gebruikt) if (!leegVeld(w[c])) return false;
    return true;
  }

  /** A row that starts with "Totaal" ends the table. */
  isTotaal(w: readonly CelWaarde[]): boolean {
    const begin = w[this.eersteKolom];
    if (typeof begin !== "string") return false;
    // Only text that starts with a T or a space can match: most rows start with a digit.
    const c = begin.charCodeAt(0);
    return (c === 84 || c === 116 || magWitZijn(c)) && /^\s*totaal/i.test(begin);
  }

  leesRij(w: readonly CelWaarde[], rij: number): BatchRegel {
    const k = this.k;
    return {
      rij,
      personeelsnummer: this.tekstVeld(w, rij, k.personeelsnummer, "Personeelsnummer"),
      bsn: this.bsn(w, rij),
      naam: this.tekstVeld(w, rij, k.naam, "Naam"),
      regeling: this.regeling(w, rij),
      werksoort: this.werksoort(w, rij),
      parttimefactor: this.parttimefactor(w, rij),
      bruto: this.bedrag(w, rij, k.bruto, "Bruto"),
      inhoudingen: this.bedrag(w, rij, k.inhoudingen, "Inhoudingen"),
      netto: this.bedrag(w, rij, k.netto, "Netto"),
      iban: normaliseerIban(this.tekstVeld(w, rij, k.iban, "IBAN")),
      mutatie: this.mutatie(w, rij),
      gemeente: k.gemeente < 0 ? "" : tekst(veldVan(w, k.gemeente)),
    };
  }

  private cel(rij: number, c: number): string {
    let letters = this.kolomLetter.get(c);
    if (letters === undefined) {
      letters = adres(0, this.grid.startKolom + c).replace(/[0-9]+$/, "");
      this.kolomLetter.set(c, letters);
    }
    return letters + String(rij + 1);
  }

  private leeg(rij: number, c: number, naam: string): void {
    this.bevindingen.push(
      bevinding("fout", "VELD_LEEG", `${naam} is leeg (rij ${rij + 1}).`, this.grid.blad, this.cel(rij, c)),
    );
  }

  /** A finding that repeats cell text: worded after the last row (see leesBetaalbatch). */
  private meldCeltekst<C extends LoonbatchCode>(
    ernst: ErnstVan<C>,
    code: C,
    cel: string,
    verwacht: string,
    tekst: string,
    bericht: (getoond: string, verschoven: boolean) => string,
  ): void {
    const b = bevinding(ernst, code, "", this.grid.blad, cel, verwacht, tekst);
    this.bevindingen.push(b);
    this.herhaald.push({ bevinding: b, regel: this.batch.regels.length, tekst, bericht });
  }

  private tekstVeld(w: readonly CelWaarde[], rij: number, c: number, naam: string): string {
    if (c < 0) return "";
    const t = tekst(veldVan(w, c));
    if (t === "") this.leeg(rij, c, naam);
    return t;
  }

  private bsn(w: readonly CelWaarde[], rij: number): string {
    const c = this.k.bsn;
    if (c < 0) return "";
    const v = veldVan(w, c);
    if (leegVeld(v)) {
      this.leeg(rij, c, "BSN");
      return "";
    }
    if (typeof v === "number" || typeof v === "string") return normaliseerBsn(v) ?? tekst(v);
    return tekst(v);
  }

  private regeling(w: readonly CelWaarde[], rij: number): Regeling | null {
    const t = this.tekstVeld(w, rij, this.k.regeling, "Regeling");
    if (t === "") return null;
    const regeling = this.regelingen.zoek(t);
    if (regeling === null)
      this.meldCeltekst(
        "fout",
        "REGELING_ONBEKEND",
        this.cel(rij, this.k.regeling),
        "WSW, NB of PW",
        t,
        (getoond) => `Regeling '${getoond}' is onbekend (rij ${rij + 1}).`,
      );
    return regeling;
  }

  private werksoort(w: readonly CelWaarde[], rij: number): Werksoort | null {
    const t = this.tekstVeld(w, rij, this.k.werksoort, "Werksoort");
    if (t === "") return null;
    const werksoort = this.werksoorten.zoek(t);
    if (werksoort === null)
      this.meldCeltekst(
        "waarschuwing",
        "WERKSOORT_ONBEKEND",
        this.cel(rij, this.k.werksoort),
        "beschut, groepsdetachering of individuele detachering",
        t,
        (getoond) => `Werksoort '${getoond}' is onbekend (rij ${rij + 1}).`,
      );
    return werksoort;
  }

  private parttimefactor(w: readonly CelWaarde[], rij: number): number | null {
    const c = this.k.parttimefactor;
    if (c < 0) return null;
    const v = veldVan(w, c);
    if (leegVeld(v)) {
      this.leeg(rij, c, "Parttimefactor");
      return null;
    }
    // Plain Dutch text without a result object (the common case); anything else as naarMiljoensten reads it.
    const snel = typeof v === "string" ? eenhedenUitTekst(v, 6) : null;
    if (snel !== null) return snel;
    const o = naarMiljoensten(v);
    if (o.ok) return o.waarde;
    const t = String(v);
    this.meldCeltekst(
      "fout",
      "PARTTIMEFACTOR_ONGELDIG",
      this.cel(rij, c),
      "getal van 0 tot en met 1, bijvoorbeeld 0,8",
      t,
      (_, verschoven) =>
        `Parttimefactor is geen getal (${vervangCeltekst(o.reden, t, this.persoonsgegevens, verschoven)}).`,
    );
    return null;
  }

  private bedrag(w: readonly CelWaarde[], rij: number, c: number, naam: string): number | null {
    if (c < 0) return null;
    const v = veldVan(w, c);
    if (leegVeld(v)) {
      this.leeg(rij, c, naam);
      return null;
    }
    const snel = typeof v === "string" ? eenhedenUitTekst(v, 2) : null;
    if (snel !== null) return snel;
    const o = naarCenten(v);
    if (o.ok) return o.waarde;
    const t = String(v);
    this.meldCeltekst(
      "fout",
      "BEDRAG_ONGELDIG",
      this.cel(rij, c),
      "bedrag in euro's, bijvoorbeeld 1.234,56",
      t,
      (_, verschoven) =>
        `${naam} is geen geldig bedrag (${vervangCeltekst(o.reden, t, this.persoonsgegevens, verschoven)}).`,
    );
    return null;
  }

  private mutatie(w: readonly CelWaarde[], rij: number): Mutatie | null {
    const c = this.k.mutatie;
    const t = c < 0 ? "" : tekst(veldVan(w, c));
    if (t === "" || t === "-") return null;
    const mutatie = this.mutaties.zoek(t);
    if (mutatie === null)
      this.meldCeltekst(
        "fout",
        "MUTATIE_ONBEKEND",
        this.cel(rij, c),
        "leeg, instroom, uitstroom of wijziging",
        t,
        (getoond) => `Mutatie '${getoond}' is onbekend (rij ${rij + 1}).`,
      );
    return mutatie;
  }
}

/** The batch columns relative to the grid (-1 when absent), so the row loop indexes arrays directly. */
function kolomIndices(grid: Grid, kolommen: Partial<Record<KolomSleutel, number>>): Kolommen {
  const k = {} as Kolommen;
  for (const sleutel of Object.keys(KOLOM_LABELS) as KolomSleutel[]) {
    const c = kolommen[sleutel];
    k[sleutel] = c === undefined ? -1 : c - grid.startKolom;
  }
  return k;
}

/**
 * Words the findings that repeat cell text, now that every name, BSN and IBAN of the batch is
 * known: toonCeltekst masks the text when it could be one of them.
 */
function woordHerhaaldeTeksten(
  herhaald: readonly HerhaaldeTekst[],
  batch: BetaalBatch,
  p: Persoonsgegevens,
): void {
  for (const h of herhaald) {
    const verschoven = lijktVerschoven(batch.regels[h.regel]);
    const getoond = toonCeltekst(h.tekst, p, verschoven);
    h.bevinding.bericht = h.bericht(getoond, verschoven);
    h.bevinding.gevonden = getoond;
  }
}

/**
 * Reads what is left of a stream without keeping it: a file broken below the table (a quote never
 * closed) is refused as the whole file read into a grid refuses it, not checked as if it were whole.
 */
function leesUit(stroom: RijStroom): void {
  while (stroom.volgende() !== null);
}

/** The first rows of a stream as a grid (copies: the stream reuses its row). */
function eersteRijen(stroom: RijStroom, aantal: number): Grid {
  const waarden: CelWaarde[][] = [];
  for (let r = 0; r < aantal; r++) {
    const rij = stroom.volgende();
    if (rij === null) break;
    waarden.push(rij.slice());
  }
  return { blad: stroom.blad, startRij: stroom.startRij, startKolom: stroom.startKolom, waarden };
}

/**
 * Reads a batch from a grid, or from a stream of rows (the header and the fields above it are
 * found among its first rows, the rest is read one row at a time and kept as BatchRegels only).
 * Findings: TABEL_ONTBREEKT, KOLOM_ONTBREEKT, VELD_LEEG, BEDRAG_ONGELDIG, ...
 */
export function leesBetaalbatch(bron: Grid | RijStroom): LeesResultaat {
  const stroom = "volgende" in bron ? bron : null;
  // The header is searched among the first rows only: of a stream, only those are kept.
  const grid = stroom === null ? (bron as Grid) : eersteRijen(stroom, KOP_ZOEK_RIJEN);
  const blad = grid.blad;
  const bevindingen: Bevinding[] = [];
  const kopRij = zoekKopRij(grid, bevindingen);
  const kopVelden = leesKop(
    grid,
    kopRij ? kopRij.rij : grid.startRij + Math.min(grid.waarden.length, KOP_ZOEK_RIJEN),
  );
  const batch: BetaalBatch = {
    blad,
    ...kopVelden,
    kopRij: kopRij ? kopRij.rij : -1,
    kolommen: kopRij ? kopRij.kolommen : {},
    regels: [],
  };
  const persoonsgegevens = new Persoonsgegevens(batch.regels);
  if (!kopRij) {
    bevindingen.push(
      bevinding(
        "fout",
        "TABEL_ONTBREEKT",
        `Geen betaaltabel gevonden: verwacht een kopregel met ${VERPLICHTE_KOLOMMEN.map((k) => KOLOM_NAAM[k]).join(", ")}.`,
        blad,
      ),
    );
    if (stroom) leesUit(stroom);
    return { batch, bevindingen, persoonsgegevens };
  }
  const lezer = new RijLezer(grid, kolomIndices(grid, kopRij.kolommen), batch, bevindingen, persoonsgegevens);
  const waarden = grid.waarden;
  // The rows below the header: those of the grid, then (of a stream) the ones still to come.
  for (let r = kopRij.rij - grid.startRij + 1; ; r++) {
    const w = r < waarden.length ? waarden[r] : stroom === null ? null : stroom.volgende();
    if (w === null) break;
    if (lezer.isLeeg(w)) continue;
    if (lezer.isTotaal(w)) break;
    batch.regels.push(lezer.leesRij(w, grid.startRij + r));
  }
  if (stroom) leesUit(stroom);
  woordHerhaaldeTeksten(lezer.herhaald, batch, persoonsgegevens);
  return { batch, bevindingen, persoonsgegevens };
}

/** A1 address of a row's cell in a column, or undefined when the batch lacks that column. */
export function celVan(batch: BetaalBatch, rij: number, kolom: KolomSleutel): string | undefined {
  const k = batch.kolommen[kolom];
  return k === undefined ? undefined : adres(rij, k);
}
