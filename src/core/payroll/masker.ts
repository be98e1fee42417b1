// Masking of personal data (BSN, IBAN, name): everything the add-in shows goes through here.
import type { Werksoort } from "../catalogue";
import { centenTekst, miljoenstenTekst } from "./getallen";
import type { BatchRegel, Mutatie, Regeling } from "./model";

const STERREN = "*****";

/** Last four characters after five stars: "123456782" → "*****6782"; empty stays empty. */
export function maskeer(tekst: string, zichtbaar = 4): string {
  const schoon = tekst.replace(/\s+/g, "");
  if (schoon === "") return "";
  if (schoon.length <= zichtbaar) return STERREN;
  return STERREN + schoon.slice(-zichtbaar);
}

/** "123456782" → "*****6782". */
export function maskeerBsn(bsn: string): string {
  return maskeer(bsn);
}

/** "NL91 ABNA 0417 1643 00" → "*****4300"; never the bank code or the rest of the account. */
export function maskeerIban(iban: string): string {
  return maskeer(iban);
}

/** A name shows only its first letter: "Jan de Vries" → "J*****". */
export function maskeerNaam(naam: string): string {
  const schoon = naam.trim();
  if (schoon === "") return "";
  return schoon.charAt(0).toUpperCase() + STERREN;
}

const zonderSpaties = (t: string) => t.replace(/\s+/g, "");

/**
 * The names, BSNs and IBANs of one batch, compared case- and space-insensitively. The set is
 * built on the first question only, so a batch without echoed cell text pays nothing for it.
 */
export class Persoonsgegevens {
  private waarden: Set<string> | undefined;
  constructor(private readonly regels: readonly BatchRegel[]) {}

  bevat(tekst: string): boolean {
    if (this.waarden === undefined) {
      const w = new Set<string>();
      for (const r of this.regels) {
        if (r.naam !== "") w.add(zonderSpaties(r.naam).toLowerCase());
        if (r.bsn !== "") w.add(zonderSpaties(r.bsn).toLowerCase());
        if (r.iban !== "") w.add(r.iban.toLowerCase());
      }
      this.waarden = w;
    }
    return this.waarden.has(zonderSpaties(tekst).toLowerCase());
  }
}

const VIJF_CIJFERS = /[0-9]{5}/;
const IBAN_VORM = /[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}/;

const lijktNummer = (schoon: string) => VIJF_CIJFERS.test(schoon) || IBAN_VORM.test(schoon);

/**
 * Cell text as a finding may repeat it (in `bericht` and `gevonden`). A shifted column can put a
 * name, BSN or IBAN where a code or amount belongs, so the text is masked when it is one of the
 * batch's names, BSNs or IBANs, holds five or more digits in a row, or looks like an IBAN (spaces
 * ignored), and whatever it is when it comes from a `verschoven` row (see lijktVerschoven); other
 * text ('WSX', 'ontslag') is returned unchanged. Every echo of cell text goes through here.
 */
export function toonCeltekst(tekst: string, persoonsgegevens: Persoonsgegevens, verschoven = false): string {
  if (lijktNummer(zonderSpaties(tekst))) return maskeer(tekst);
  if (verschoven || persoonsgegevens.bevat(tekst)) return maskeerNaam(tekst);
  return tekst;
}

/**
 * A row whose Naam holds a BSN or IBAN has its columns shifted (one separator too many before
 * it): its own name then sits in a later column, where no comparison with the names would find it.
 */
export function lijktVerschoven(regel: Pick<BatchRegel, "naam">): boolean {
  return lijktNummer(zonderSpaties(regel.naam));
}

/** `zin` (e.g. a parse reason that quotes the cell) with the cell text shown as toonCeltekst shows it. */
export function vervangCeltekst(
  zin: string,
  tekst: string,
  persoonsgegevens: Persoonsgegevens,
  verschoven = false,
): string {
  const t = tekst.trim();
  if (t === "") return zin;
  const getoond = toonCeltekst(t, persoonsgegevens, verschoven);
  return getoond === t ? zin : zin.split(t).join(getoond);
}

/** A batch row as the panel may show it: BSN, name and IBAN masked, amounts as exact decimal text. */
export interface GemaskeerdeRegel {
  /** 0-based sheet row. */
  rij: number;
  personeelsnummer: string;
  bsn: string;
  naam: string;
  iban: string;
  regeling: Regeling | null;
  werksoort: Werksoort | null;
  /** "0.8"; null when missing or not a number. */
  parttimefactor: string | null;
  /** Euros as exact decimal text ("1234.56"); null when missing or not a number. */
  bruto: string | null;
  inhoudingen: string | null;
  netto: string | null;
  mutatie: Mutatie | null;
}

export function maskeerRegel(r: BatchRegel): GemaskeerdeRegel {
  const bedrag = (c: number | null) => (c === null ? null : centenTekst(c));
  return {
    rij: r.rij,
    personeelsnummer: r.personeelsnummer,
    bsn: maskeerBsn(r.bsn),
    naam: maskeerNaam(r.naam),
    iban: maskeerIban(r.iban),
    regeling: r.regeling,
    werksoort: r.werksoort,
    parttimefactor: r.parttimefactor === null ? null : miljoenstenTekst(r.parttimefactor),
    bruto: bedrag(r.bruto),
    inhoudingen: bedrag(r.inhoudingen),
    netto: bedrag(r.netto),
    mutatie: r.mutatie,
  };
}
