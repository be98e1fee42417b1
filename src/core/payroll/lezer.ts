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
import { naarCenten, naarMiljoensten } from "./getallen";
import { lijktVerschoven, Persoonsgegevens, toonCeltekst, vervangCeltekst } from "./masker";
import type { BatchRegel, BetaalBatch, KolomSleutel, KopVeld, Mutatie, Regeling } from "./model";

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

/** Looks up a code through normaliseerLabel, remembering each distinct text (codes repeat a lot). */
class CodeZoeker<T> {
  private readonly cache = new Map<string, T | null>();
  constructor(private readonly index: ReadonlyMap<string, T>) {}
  zoek(tekst: string): T | null {
    let r = this.cache.get(tekst);
    if (r === undefined) {
      r = this.index.get(normaliseerLabel(tekst)) ?? null;
      this.cache.set(tekst, r);
    }
    return r;
  }
}

function veldVan(w: readonly CelWaarde[], c: number): CelWaarde {
  if (c < 0) return null;
  const v = w[c];
  return v === undefined ? null : v;
}

function tekst(v: CelWaarde): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
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

/** Reads a batch grid. Findings: TABEL_ONTBREEKT, KOLOM_ONTBREEKT, VELD_LEEG, BEDRAG_ONGELDIG, ... */
export function leesBetaalbatch(grid: Grid): LeesResultaat {
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
    return { batch, bevindingen, persoonsgegevens };
  }
  const kol = kopRij.kolommen;

  // Grid-relative column indices (-1 when absent), so the row loop indexes arrays directly.
  const rel = (k: KolomSleutel) => (kol[k] === undefined ? -1 : kol[k]! - grid.startKolom);
  const cPnr = rel("personeelsnummer");
  const cBsn = rel("bsn");
  const cNaam = rel("naam");
  const cReg = rel("regeling");
  const cWs = rel("werksoort");
  const cPt = rel("parttimefactor");
  const cBruto = rel("bruto");
  const cInh = rel("inhoudingen");
  const cNetto = rel("netto");
  const cIban = rel("iban");
  const cMut = rel("mutatie");
  const cGem = rel("gemeente");
  const gebruikt = [cPnr, cBsn, cNaam, cReg, cWs, cPt, cBruto, cInh, cNetto, cIban, cMut, cGem].filter(
    (c) => c >= 0,
  );
  const eersteKolom = Math.min(...gebruikt);

  const regelingen = new CodeZoeker(REGELING_INDEX);
  const werksoorten = new CodeZoeker(WERKSOORT_INDEX);
  const mutaties = new CodeZoeker(MUTATIE_INDEX);
  const kolomLetter = new Map<number, string>();
  const cel = (rij: number, c: number): string => {
    let letters = kolomLetter.get(c);
    if (letters === undefined) {
      letters = adres(0, grid.startKolom + c).replace(/[0-9]+$/, "");
      kolomLetter.set(c, letters);
    }
    return letters + String(rij + 1);
  };
  // A finding that repeats a cell's text is worded after the last row, when all names, BSNs and
  // IBANs of the batch are known: toonCeltekst masks the text when it could be one of them.
  const herhaald: {
    bevinding: Bevinding;
    /** Index in batch.regels of the row the text comes from. */
    regel: number;
    tekst: string;
    bericht: (getoond: string, verschoven: boolean) => string;
  }[] = [];
  const meldCeltekst = <C extends LoonbatchCode>(
    ernst: ErnstVan<C>,
    code: C,
    c: string,
    verwacht: string,
    tekst: string,
    bericht: (getoond: string, verschoven: boolean) => string,
  ) => {
    const b = bevinding(ernst, code, "", blad, c, verwacht, tekst);
    bevindingen.push(b);
    herhaald.push({ bevinding: b, regel: batch.regels.length, tekst, bericht });
  };
  const leeg = (rij: number, c: number, naam: string) =>
    bevindingen.push(bevinding("fout", "VELD_LEEG", `${naam} is leeg (rij ${rij + 1}).`, blad, cel(rij, c)));

  const bedrag = (v: CelWaarde, rij: number, c: number, naam: string): number | null => {
    if (c < 0) return null;
    if (v === null || (typeof v === "string" && v.trim() === "")) {
      leeg(rij, c, naam);
      return null;
    }
    const o = naarCenten(v);
    if (o.ok) return o.waarde;
    const tekst = String(v);
    meldCeltekst(
      "fout",
      "BEDRAG_ONGELDIG",
      cel(rij, c),
      "bedrag in euro's, bijvoorbeeld 1.234,56",
      tekst,
      (_, verschoven) =>
        `${naam} is geen geldig bedrag (${vervangCeltekst(o.reden, tekst, persoonsgegevens, verschoven)}).`,
    );
    return null;
  };

  const tekstVeld = (w: CelWaarde[], rij: number, c: number, naam: string): string => {
    if (c < 0) return "";
    const t = tekst(veldVan(w, c));
    if (t === "") leeg(rij, c, naam);
    return t;
  };

  const eerste = kopRij.rij - grid.startRij + 1;
  for (let r = eerste; r < grid.waarden.length; r++) {
    const w = grid.waarden[r];
    const rij = grid.startRij + r;
    let gevuld = false;
    for (const c of gebruikt) {
      const v = w[c];
      if (v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "")) {
        gevuld = true;
        break;
      }
    }
    if (!gevuld) continue; // empty rows are allowed between and after the rows
    const begin = w[eersteKolom];
    if (typeof begin === "string" && /^\s*totaal/i.test(begin)) break;

    const personeelsnummer = tekstVeld(w, rij, cPnr, "Personeelsnummer");
    const bsnWaarde = veldVan(w, cBsn);
    let bsn = "";
    if (cBsn >= 0) {
      if (bsnWaarde === null || (typeof bsnWaarde === "string" && bsnWaarde.trim() === ""))
        leeg(rij, cBsn, "BSN");
      else if (typeof bsnWaarde === "number" || typeof bsnWaarde === "string")
        bsn = normaliseerBsn(bsnWaarde) ?? tekst(bsnWaarde);
      else bsn = tekst(bsnWaarde);
    }
    const naam = tekstVeld(w, rij, cNaam, "Naam");

    const regelingTekst = tekstVeld(w, rij, cReg, "Regeling");
    let regeling: Regeling | null = null;
    if (regelingTekst !== "") {
      regeling = regelingen.zoek(regelingTekst);
      if (regeling === null) {
        meldCeltekst(
          "fout",
          "REGELING_ONBEKEND",
          cel(rij, cReg),
          "WSW, NB of PW",
          regelingTekst,
          (t) => `Regeling '${t}' is onbekend (rij ${rij + 1}).`,
        );
      }
    }
    const werksoortTekst = tekstVeld(w, rij, cWs, "Werksoort");
    let werksoort: Werksoort | null = null;
    if (werksoortTekst !== "") {
      werksoort = werksoorten.zoek(werksoortTekst);
      if (werksoort === null) {
        meldCeltekst(
          "waarschuwing",
          "WERKSOORT_ONBEKEND",
          cel(rij, cWs),
          "beschut, groepsdetachering of individuele detachering",
          werksoortTekst,
          (t) => `Werksoort '${t}' is onbekend (rij ${rij + 1}).`,
        );
      }
    }

    let parttimefactor: number | null = null;
    if (cPt >= 0) {
      const v = veldVan(w, cPt);
      if (isLeeg(v)) leeg(rij, cPt, "Parttimefactor");
      else {
        const o = naarMiljoensten(v);
        if (o.ok) parttimefactor = o.waarde;
        else {
          const tekst = String(v);
          meldCeltekst(
            "fout",
            "PARTTIMEFACTOR_ONGELDIG",
            cel(rij, cPt),
            "getal van 0 tot en met 1, bijvoorbeeld 0,8",
            tekst,
            (_, verschoven) =>
              `Parttimefactor is geen getal (${vervangCeltekst(o.reden, tekst, persoonsgegevens, verschoven)}).`,
          );
        }
      }
    }
    const bruto = bedrag(veldVan(w, cBruto), rij, cBruto, "Bruto");
    const inhoudingen = bedrag(veldVan(w, cInh), rij, cInh, "Inhoudingen");
    const netto = bedrag(veldVan(w, cNetto), rij, cNetto, "Netto");
    const iban = normaliseerIban(tekstVeld(w, rij, cIban, "IBAN"));

    let mutatie: Mutatie | null = null;
    const mutatieTekst = cMut < 0 ? "" : tekst(veldVan(w, cMut));
    if (mutatieTekst !== "" && mutatieTekst !== "-") {
      mutatie = mutaties.zoek(mutatieTekst);
      if (mutatie === null) {
        meldCeltekst(
          "fout",
          "MUTATIE_ONBEKEND",
          cel(rij, cMut),
          "leeg, instroom, uitstroom of wijziging",
          mutatieTekst,
          (t) => `Mutatie '${t}' is onbekend (rij ${rij + 1}).`,
        );
      }
    }
    const regel: BatchRegel = {
      rij,
      personeelsnummer,
      bsn,
      naam,
      regeling,
      werksoort,
      parttimefactor,
      bruto,
      inhoudingen,
      netto,
      iban,
      mutatie,
      gemeente: cGem < 0 ? "" : tekst(veldVan(w, cGem)),
    };
    batch.regels.push(regel);
  }
  for (const h of herhaald) {
    const verschoven = lijktVerschoven(batch.regels[h.regel]);
    const getoond = toonCeltekst(h.tekst, persoonsgegevens, verschoven);
    h.bevinding.bericht = h.bericht(getoond, verschoven);
    h.bevinding.gevonden = getoond;
  }
  return { batch, bevindingen, persoonsgegevens };
}

/** A1 address of a row's cell in a column, or undefined when the batch lacks that column. */
export function celVan(batch: BetaalBatch, rij: number, kolom: KolomSleutel): string | undefined {
  const k = batch.kolommen[kolom];
  return k === undefined ? undefined : adres(rij, k);
}
