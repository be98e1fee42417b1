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
