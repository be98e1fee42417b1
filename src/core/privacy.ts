// Personal data (BSN, IBAN, names) is recognised by what the text is, not by the column it came
// from: a shifted export puts a BSN under Personeelsnummer, a name under Regeling, an IBAN under
// Bruto. One class knows the people of the batches at hand; every text a finding shows passes
// through it (see beveilig), so a new message cannot forget to mask.
import { GEMEENTEN } from "./catalogue";
import { ECHO_MAX, knip, schoneTekst, zonderStuurtekens } from "./echo";
import type { Bevinding } from "./findings";
import { elfproef } from "./payroll/bsn";
import { ibanRest } from "./payroll/iban";

export const STERREN = "*****";

/**
 * Last four characters after five stars, separators left out: "123456782" → "*****6782",
 * "522-426-839" → "*****6839"; empty stays empty.
 */
export function maskeer(tekst: string, zichtbaar = 4): string {
  const schoon = tekst.replace(/[\s.\-\u2010-\u2015]+/g, "");
  if (schoon === "") return "";
  if (schoon.length <= zichtbaar) return STERREN;
  return STERREN + schoon.slice(-zichtbaar);
}

/** A name shows only its first letter: "Jan de Vries" → "J*****". */
export function maskeerNaam(naam: string): string {
  const schoon = naam.trim();
  if (schoon === "") return "";
  return Array.from(schoon)[0].toUpperCase() + STERREN;
}

/** Lowercase, accents removed: "Hénnie" → "hennie". */
export function naamVorm(woord: string): string {
  const klein = woord.toLowerCase();
  return isAscii(klein) ? klein : klein.normalize("NFD").replace(/\p{M}+/gu, "");
}

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Eight digits with at most single separators between them: a text that may hold a BSN. */
const ACHT_CIJFERS = /\d(?:[ .\-\u00a0\u2009\u202f\u2010-\u2015]?\d){7}/;

/** Remembers up to `max` answers for short texts (codes and expected values repeat a lot). */
class Geheugen {
  private readonly kaart = new Map<string, string>();
  constructor(private readonly max = 20000) {}
  haal(sleutel: string, bereken: () => string): string {
    if (sleutel.length > 60) return bereken();
    let w = this.kaart.get(sleutel);
    if (w === undefined) {
      w = bereken();
      if (this.kaart.size >= this.max) this.kaart.clear();
      this.kaart.set(sleutel, w);
    }
    return w;
  }
  wis(): void {
    this.kaart.clear();
  }
}

/**
 * Words that are no name part on their own: Dutch name particles, and the batch's own codes and
 * municipalities (a shifted row can put 'WSW' or 'Almelo' where a name belongs; masking those
 * would hide the messages' own words, not a person).
 */
const GEEN_NAAMDEEL = new Set([
  ...["de", "der", "den", "des", "het", "in", "op", "te", "ten", "ter", "t", "van", "von", "vom", "zu"],
  ...["la", "le", "du", "da", "di", "del", "della", "dos", "das", "el", "al", "aan", "uit", "bij", "en"],
  ...["wsw", "sw", "nb", "nbw", "pw", "nieuw", "beschut", "werk", "participatiewet"],
  ...["groepsdetachering", "groepsdet", "individuele", "individueel", "detachering", "inddet"],
  ...["instroom", "uitstroom", "wijziging", "dienst", "totaal"],
  ...GEMEENTEN.map((g) => naamVorm(g.naam)),
]);

const WOORD = /[\p{L}\p{M}]+/gu;

/** Whether a word of the text (in naamVorm) is in `delen`; no allocation but for candidate words. */
function heeftWoordUit(tekst: string, delen: ReadonlySet<string>): boolean {
  const plat = naamVorm(tekst);
  if (!isAscii(plat)) return woorden(plat).some((w) => delen.has(w));
  let begin = -1;
  for (let i = 0; i <= plat.length; i++) {
    const c = i < plat.length ? plat.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (begin < 0) begin = i;
    } else if (begin >= 0) {
      if (i - begin >= 2 && delen.has(plat.slice(begin, i))) return true;
      begin = -1;
    }
  }
  return false;
}

/** The words of a text in naamVorm: "Hénnie Oude-Egberink" → hennie, oude, egberink. */
function woorden(tekst: string): string[] {
  const plat = naamVorm(tekst);
  return (isAscii(plat) ? plat.split(/[^a-z]+/) : plat.split(/[^\p{L}\p{M}]+/u)).filter((w) => w !== "");
}

const DRIE_LETTERS = /\p{L}{3}/u;

/** What a person row gives the register; any of these may be empty. */
export interface PersoonsVelden {
  personeelsnummer?: string;
  bsn: string;
  naam: string;
  iban: string;
}

/** Separators people type inside a BSN or IBAN: spaces, dots, dashes. */
const SCHEIDING = /[\s.\-_/\u2010-\u2015]/g;

/** A digit run with single separators between digits: "3366.12.680", "522-426-839", "522 426 839". */
const CIJFERREEKS = /\d(?:[ .\-\u00a0\u2009\u202f\u2010-\u2015]?\d)*/g;

/**
 * Two letters, two digits, then letters and digits in runs split by single separators. Greedy
 * and without overlapping alternatives, so it never backtracks; ibanLengte decides where the
 * IBAN ends.
 */
const IBAN_KANDIDAAT =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[A-Za-z0-9]*(?:[ \-\u00a0\u2010-\u2015][A-Za-z0-9]+){0,12}/g;

const IS_CIJFER = /\d/;

/**
 * Where an IBAN at the start of `kandidaat` (a match of IBAN_KANDIDAAT) ends: the longest prefix
 * that passes mod-97, else the runs up to the first run without a digit (the bank code excepted),
 * so "NL91 ABNA 0417 1643 01 is fout" stops before "is". Returns the number of characters of
 * `kandidaat` that are the IBAN, or 0 when it is none (too short, too few digits).
 */
function ibanLengte(kandidaat: string): number {
  const eindVan: number[] = [];
  let kaal = "";
  for (let i = 0; i < kandidaat.length && kaal.length < 34; i++) {
    const c = kandidaat.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      kaal += kandidaat[i].toUpperCase();
      eindVan.push(i + 1);
    }
  }
  for (let n = kaal.length; n >= 15; n--) {
    if (ibanRest(kaal.slice(0, n)) === 1) return eindVan[n - 1];
  }
  const kop = /^[A-Za-z]{2}\d{2}/.exec(kandidaat);
  if (!kop) return 0;
  const groepen = kandidaat.slice(kop[0].length).split(/(?=[ \-\u00a0\u2010-\u2015])/);
  let eind = kop[0].length;
  let staart = "";
  for (let i = 0; i < groepen.length; i++) {
    const tekens = groepen[i].replace(/[^A-Za-z0-9]/g, "");
    if (!IS_CIJFER.test(tekens) && !(i === 0 && tekens.length <= 4)) break;
    staart += tekens;
    eind += groepen[i].length;
  }
  const cijfers = staart.replace(/\D/g, "").length;
  return staart.length >= 8 && staart.length <= 30 && cijfers >= 4 ? eind : 0;
}

/** Every IBAN in the text masked where it stands ("NL91-ABNA-0417-1643-00" → "*****4300"). */
function maskeerIbans(tekst: string): string {
  if (!/[A-Za-z]{2}\d{2}/.test(tekst)) return tekst;
  return tekst.replace(IBAN_KANDIDAAT, (m) => {
    const n = ibanLengte(m);
    if (n > 0) return maskeer(m.slice(0, n).replace(/[^A-Za-z0-9]/g, "")) + maskeerIbans(m.slice(n));
    // No IBAN here; one may still start after the first run.
    const k = m.slice(4).search(/[ \-\u00a0\u2010-\u2015]/);
    return k < 0 ? m : m.slice(0, 4 + k) + maskeerIbans(m.slice(4 + k));
  });
}

/**
 * The people of the batches at hand (batch, previous batch, or any register), and how to show
 * text without their data. Built on the first question, so a clean batch pays nothing.
 */
export class Persoonsgegevens {
  private readonly bronnen: (readonly PersoonsVelden[])[] = [];
  /** How many of `bronnen` the sets below hold: a source added later is added, not rebuilt. */
  private verwerkt = 0;
  /** The sets below once they hold every source; undefined: to be completed first. */
  private waarden: Set<string> | undefined;
  private delen: Set<string> | undefined;
  private bsns: Set<string> | undefined;
  /** Each distinct name text read, with its number of name parts. */
  private readonly gezien = new Map<string, number>();
  private readonly waardenSet = new Set<string>();
  private readonly delenSet = new Set<string>();
  private readonly bsnsSet = new Set<string>();
  private readonly cellen = new Geheugen();
  private readonly teksten = new Geheugen();

  constructor(regels: readonly PersoonsVelden[] = []) {
    this.bronnen.push(regels);
  }

  /** Adds the people of another batch or register (read lazily, like the first). */
  voegToe(regels: readonly PersoonsVelden[]): this {
    this.bronnen.push(regels);
    // The sets only grow (each row adds on its own), so they are completed on the next question;
    // the remembered answers may change and go.
    this.waarden = this.delen = this.bsns = undefined;
    this.cellen.wis();
    this.teksten.wis();
    return this;
  }

  private bouw(): void {
    const waarden = this.waardenSet;
    const delen = this.delenSet;
    const bsns = this.bsnsSet;
    const gezien = this.gezien;
    const naam = (t: string): number => {
      let n = gezien.get(t);
      if (n !== undefined) return n;
      const alle = woorden(t);
      const d = alle.filter((w) => w.length >= 2 && !GEEN_NAAMDEEL.has(w));
      for (const x of d) delen.add(x);
      if (d.length > 1) {
        delen.add(d.join("")); // "JanJansen"
        delen.add(alle.join("")); // "JandeVries"
      }
      n = d.length;
      gezien.set(t, n);
      return n;
    };
    for (; this.verwerkt < this.bronnen.length; this.verwerkt++) {
      for (const r of this.bronnen[this.verwerkt]) {
        const delenInNaam = r.naam === "" ? 0 : naam(r.naam);
        const bsn = r.bsn;
        if (bsn.length === 9 && /^\d{9}$/.test(bsn)) bsns.add(bsn);
        else if (bsn !== "") {
          // Not the reader's nine digits: remembered as written too ('12X4').
          waarden.add(plat(bsn));
          const cijfers = bsn.replace(SCHEIDING, "");
          if (/^\d{8,9}$/.test(cijfers)) bsns.add(cijfers.padStart(9, "0"));
        }
        if (r.iban !== "" && !/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(r.iban)) waarden.add(plat(r.iban));
        // A row whose Naam holds no name is shifted: its name sits in another column, and a
        // word in its BSN, IBAN or personnel number is taken for that name.
        const pnr = r.personeelsnummer ?? "";
        if (delenInNaam === 0) {
          for (const t of [bsn, r.iban, pnr]) {
            if (DRIE_LETTERS.test(t) && maskeerIbans(t) === t) naam(t);
          }
        }
        if (pnr.length >= 9) {
          const pnrCijfers = pnr.replace(SCHEIDING, "");
          if (/^\d{9}$/.test(pnrCijfers) && elfproef(pnrCijfers)) bsns.add(pnrCijfers);
        }
      }
    }
    this.waarden = waarden;
    this.delen = delen;
    this.bsns = bsns;
  }

  /**
   * Whether the text is one of the BSNs or IBANs as a whole (case and spaces ignored), or a name:
   * names by their parts (heeftNaamdeel), BSNs and IBANs in the reader's form by their shape.
   */
  bevat(tekst: string): boolean {
    if (this.waarden === undefined) this.bouw();
    const p = plat(tekst);
    return this.waarden!.has(p) || this.bsns!.has(p) || this.heeftNaamdeel(tekst);
  }

  /** Whether any word of the text is part of a known name (accents and case ignored). */
  heeftNaamdeel(tekst: string): boolean {
    if (this.delen === undefined) this.bouw();
    if (this.delen!.size === 0) return false;
    const w = woorden(tekst);
    return w.some((x) => this.delen!.has(x)) || (w.length > 1 && this.delen!.has(w.join("")));
  }

  /** Whether nine digits are a BSN: they pass the elfproef, or one of the batches has them. */
  isBsn(cijfers: string): boolean {
    if (this.bsns === undefined) this.bouw();
    return elfproef(cijfers) || this.bsns!.has(cijfers);
  }

  /**
   * A cell's text as a message repeats it (Regeling 'WSX' is onbekend): cleaned and cut by
   * veiligeTekst, and masked as a whole when it is or holds personal data: a number ("*****6782")
   * when it has five digits in a row, a BSN with separators or an IBAN; a name ("J*****") when a
   * word of it is part of a known name, it is a known BSN or IBAN, or the row is `verschoven`.
   */
  toonCel(tekst: string, verschoven = false): string {
    return this.cellen.haal((verschoven ? "1" : "0") + tekst, () => this.toonCelNieuw(tekst, verschoven));
  }

  private toonCelNieuw(tekst: string, verschoven: boolean): string {
    // Read a margin past the cut, so a value straddling the cut is still recognised whole.
    const s = schoneTekst(tekst, ECHO_MAX + 64);
    if (s.tekst === "") return "";
    if (lijktNummer(s.tekst, this)) return maskeer(s.tekst);
    if (verschoven || this.bevat(s.tekst) || this.heeftNaamdeel(s.tekst)) return maskeerNaam(s.tekst);
    return knip(s.tekst, ECHO_MAX, s.afgekapt);
  }

  /**
   * A personnel number as a message shows it: only when it is no BSN, IBAN or name. A word of
   * three letters or more may be a name a shifted column put there, so it is masked too.
   */
  toonPersoneelsnummer(pnr: string): string {
    if (pnr.length < 8 && /^\d*$/.test(pnr)) return pnr; // the common case: a short number
    const s = schoneTekst(pnr, ECHO_MAX + 64);
    if (s.tekst === "") return "";
    const cijfers = s.tekst.replace(SCHEIDING, "");
    if (/^\d+$/.test(cijfers) && cijfers.length >= 9) return maskeer(s.tekst);
    if (lijktNummer(s.tekst, this, false)) return maskeer(s.tekst);
    if (DRIE_LETTERS.test(s.tekst) || this.bevat(s.tekst) || this.heeftNaamdeel(s.tekst))
      return maskeerNaam(s.tekst);
    return knip(s.tekst, ECHO_MAX, s.afgekapt);
  }

  /**
   * Any text shown to a user (a whole message), with every BSN, IBAN and name part in it masked
   * where it stands: "… personeelsnummer 522-426-839 …" → "… personeelsnummer *****6839 …",
   * "M. Boerrigter" → "M. B*****". Amounts written as "€ 1.234,56" are left alone.
   */
  maskeerTekst(tekst: string): string {
    return this.teksten.haal(tekst, () => this.maskeerTekstNieuw(tekst));
  }

  private maskeerTekstNieuw(tekst: string): string {
    if (this.delen === undefined) this.bouw();
    let t = zonderStuurtekens(tekst);
    t = maskeerIbans(t);
    if (ACHT_CIJFERS.test(t))
      t = t.replace(CIJFERREEKS, (m, plek: number, geheel: string) => {
        const cijfers = m.replace(/\D/g, "");
        if (cijfers.length < 8) return m;
        // An amount ("€ 1.234.567,89") is shown, unless it is a BSN of the batch read as an amount
        // (a shifted row puts the BSN under Bruto).
        if (/€\s?[-\u2212]?$/.test(geheel.slice(Math.max(0, plek - 3), plek)))
          return this.bsns!.has(cijfers.padStart(9, "0")) ? maskeer(cijfers) : m;
        return this.bevatBsn(cijfers) ? maskeer(cijfers) : m;
      });
    if (this.delen === undefined) this.bouw();
    // Replace words only when one is a name part (the common message has none).
    if (this.delen!.size > 0 && heeftWoordUit(t, this.delen!)) {
      t = t.replace(WOORD, (w) => (this.delen!.has(naamVorm(w)) ? maskeerNaam(w) : w));
    }
    return t;
  }

  /** Eight or more digits that are, or hold, a BSN (eight: one lost its leading zero). */
  private bevatBsn(cijfers: string): boolean {
    if (this.bsns === undefined) this.bouw();
    if (cijfers.length === 8) return this.isBsn("0" + cijfers);
    for (let i = 0; i + 9 <= cijfers.length; i++) {
      const venster = cijfers.slice(i, i + 9);
      if (cijfers.length === 9 ? this.isBsn(venster) : this.bsns!.has(venster)) return true;
    }
    return false;
  }

  /**
   * A finding as it may be shown: message, expected and found value through maskeerTekst.
   * Sheet, cell and code are the add-in's own (and the panel needs them to select the cell).
   */
  beveilig(b: Bevinding): Bevinding {
    const uit: Bevinding = { ...b, bericht: this.maskeerTekst(b.bericht) };
    if (b.verwacht !== undefined) uit.verwacht = this.maskeerTekst(b.verwacht);
    if (b.gevonden !== undefined) uit.gevonden = this.maskeerTekst(b.gevonden);
    return uit;
  }
}

const plat = (t: string) => t.replace(/\s+/g, "").toLowerCase();

/**
 * Whether text looks like a number that may identify someone: five digits in a row (spaces
 * ignored), a BSN written with dots, dashes or spaces (eight or nine digits that pass the
 * elfproef, or nine or more digits), or an IBAN with or without separators.
 */
function lijktNummer(tekst: string, p: Persoonsgegevens, vijfCijfers = true): boolean {
  if (vijfCijfers && /\d{5}/.test(tekst.replace(/\s+/g, ""))) return true;
  for (const m of tekst.matchAll(CIJFERREEKS)) {
    const cijfers = m[0].replace(/\D/g, "");
    if (cijfers.length >= 9) return true;
    if (cijfers.length === 8 && p.isBsn("0" + cijfers)) return true;
  }
  const kaal = tekst.replace(SCHEIDING, "");
  if (/[A-Z]{2}\d{2}[A-Z0-9]{11,30}/.test(kaal)) return true;
  return maskeerIbans(tekst) !== tekst;
}

/** Whether a row's Naam holds a number or IBAN: its columns are shifted. */
export function lijktGeenNaam(naam: string): boolean {
  const s = schoneTekst(naam, ECHO_MAX + 64).tekst;
  return s !== "" && lijktNummer(s, new Persoonsgegevens());
}
