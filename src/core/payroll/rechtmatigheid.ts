// Issue 13's two checks in one call for controleerBetaalbatch: the starting position (the batch
// against the personnel register) and the final payment (the bank file against the batch).
import type { Bevinding } from "../findings";
import type { Grid } from "../grid";
import type { Persoonsgegevens } from "../privacy";
import { maak } from "./codes-rechtmatigheid";
import type { KopOordeel } from "./controle";
import { controleerIban, normaliseerIban } from "./iban";
import type { BetaalBatch } from "./model";
import { leesRegister } from "./register";
import { vergelijkMetRegister, type RegisterTelling } from "./registercontrole";
import { vergelijkMetBetaalbestand, type SepaTelling } from "./sepa/controle";
import { leesSepa } from "./sepa/lees";
import { formatBedrag } from "../money";

export {
  leesRegister,
  REGISTER_LABELS,
  REKENING_LABELS,
  type Register,
  type RegisterRegel,
} from "./register";
export { leesSepa, decodeerXml, bedragInCenten } from "./sepa/lees";
export { naamLijktOp, UITVOER_MARGE_DAGEN } from "./sepa/controle";
export type { SepaBestand, SepaTransactie, SepaBlok, PainVersie } from "./sepa/model";
export {
  REGISTER_CODES,
  SEPA_CODES,
  RECHTMATIGHEID_CODES,
  codeTabel,
  type CodeDefinitie,
} from "./codes-rechtmatigheid";
export { leesDatum, datumTekst, datumLang, isoDatum, dagVan, periodeDagen } from "./datum";
export type { RegisterTelling, SepaTelling };

export interface RechtmatigheidOpties {
  /** The personnel register grid (sheet Personeelsregister, or a CSV/.xlsx sheet). */
  register?: Grid;
  /** The bank file (pain.001) as its bytes on disk (or decoded text), with the name the user knows. */
  betaalbestand?: { naam: string; inhoud: Uint8Array | string };
  /** The municipality's own account (the debtor of the bank file); overrides the register's. */
  rekening?: string;
}

export interface RechtmatigheidSamenvatting {
  register?: RegisterTelling;
  betaalbestand?: SepaTelling;
}

export function controleerRechtmatigheid(
  batch: BetaalBatch,
  kop: KopOordeel,
  opties: RechtmatigheidOpties,
  vorige: BetaalBatch | undefined,
  persoonsgegevens: Persoonsgegevens,
  bevindingen: Bevinding[],
): RechtmatigheidSamenvatting {
  const uit: RechtmatigheidSamenvatting = {};
  let rekening: { iban: string; bron: string } | null = null;
  if (opties.register) {
    const gelezen = leesRegister(opties.register, persoonsgegevens);
    persoonsgegevens.voegToe(gelezen.register.regels);
    bevindingen.push(...gelezen.bevindingen);
    if (gelezen.register.regels.length > 0 || gelezen.bevindingen.length === 0)
      uit.register = vergelijkMetRegister(
        batch,
        gelezen.register,
        kop.periode,
        kop.gemeente,
        persoonsgegevens,
        bevindingen,
      );
    const r = gelezen.register.rekening;
    if (r) rekening = { iban: r.iban, bron: `${opties.register.blad}!${r.cel}` };
  }
  if (opties.rekening !== undefined)
    rekening = { iban: normaliseerIban(opties.rekening), bron: "--rekening" };
  if (rekening && !controleerIban(rekening.iban).ok) {
    bevindingen.push(
      maak(
        "SEPA_IBAN_ONGELDIG",
        `De rekening van de gemeente (${rekening.bron}) is geen geldig IBAN; de betalende rekening is niet gecontroleerd.`,
        { blad: rekening.bron.includes("!") ? rekening.bron.split("!")[0] : rekening.bron },
      ),
    );
    rekening = null;
  }
  if (opties.betaalbestand) {
    const naam = opties.betaalbestand.naam;
    const gelezen = leesSepa(opties.betaalbestand.inhoud);
    if (!gelezen.ok) {
      bevindingen.push(
        maak("SEPA_ONLEESBAAR", `${naam} is niet te controleren: ${gelezen.reden}.`, { blad: naam }),
      );
    } else {
      persoonsgegevens.voegToe(
        gelezen.bestand.transacties.map((t) => ({ naam: t.naam, bsn: "", iban: t.iban })),
      );
      uit.betaalbestand = vergelijkMetBetaalbestand(
        batch,
        gelezen.bestand,
        { bestandsnaam: naam, periode: kop.periode, rekening, vorige },
        persoonsgegevens,
        bevindingen,
      );
    }
  }
  return uit;
}

/** The summary lines of the two checks, for the CLI's text output. */
export function rechtmatigheidTekst(s: RechtmatigheidSamenvatting): string[] {
  const regels: string[] = [];
  if (s.register)
    regels.push(
      `Personeelsregister (blad ${s.register.blad}): ${s.register.personen} personen, ${s.register.inDienstInPeriode} in dienst in de periode; ${s.register.gekoppeld} batchregels gevonden in het register`,
    );
  if (s.betaalbestand)
    regels.push(
      `Betaalbestand ${s.betaalbestand.bestand} (pain.001 versie ${s.betaalbestand.versie}): ${s.betaalbestand.transacties} betalingen, totaal ${formatBedrag(s.betaalbestand.totaal)}; ${s.betaalbestand.gekoppeld} gekoppeld aan een batchregel`,
    );
  return regels;
}
