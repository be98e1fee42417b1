// Masking of personal data (BSN, IBAN, name) for the payroll check; the rules live in
// ../privacy.ts, so the payroll, the CLI and the panel mask the same way.
import type { Werksoort } from "../catalogue";
import { lijktGeenNaam, maskeer, maskeerNaam, Persoonsgegevens } from "../privacy";
import { centenTekst, miljoenstenTekst } from "./getallen";
import type { BatchRegel, Mutatie, Regeling } from "./model";

export { maskeer, maskeerNaam, Persoonsgegevens } from "../privacy";

/** "123456782" → "*****6782". */
export function maskeerBsn(bsn: string): string {
  return maskeer(bsn);
}

/** "NL91 ABNA 0417 1643 00" → "*****4300"; never the bank code or the rest of the account. */
export function maskeerIban(iban: string): string {
  return maskeer(iban);
}

/**
 * Cell text as a finding may repeat it (in `bericht` and `gevonden`): cleaned, cut, and masked
 * as a whole when it is or holds personal data (Persoonsgegevens.toonCel). Other text ('WSX',
 * 'ontslag') is shown. Every echo of cell text goes through here.
 */
export function toonCeltekst(tekst: string, persoonsgegevens: Persoonsgegevens, verschoven = false): string {
  return persoonsgegevens.toonCel(tekst, verschoven);
}

/**
 * A row whose Naam holds a BSN or IBAN has its columns shifted (one separator too many before
 * it): its own name then sits in a later column, where no comparison with the names would find it.
 */
export function lijktVerschoven(regel: Pick<BatchRegel, "naam">): boolean {
  return lijktGeenNaam(regel.naam);
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
    personeelsnummer: new Persoonsgegevens([r]).toonPersoneelsnummer(r.personeelsnummer),
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
