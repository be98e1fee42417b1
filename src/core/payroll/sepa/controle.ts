// The final payment: does the bank file pay exactly the approved rows, to the approved accounts,
// no more? Each payment is matched to one batch row: by IBAN (the approved account), else by
// name (then the account differs). Findings name the transaction (position, EndToEndId) and,
// where there is one, the batch cell.
import type { Bevinding } from "../../findings";
import { formatBedrag } from "../../money";
import { maskeer, naamVorm, type Persoonsgegevens } from "../../privacy";
import { maak, type SepaCode } from "../codes-rechtmatigheid";
import { leesDatum, periodeDagen } from "../datum";
import { centenNaarDecimal, centenTekst } from "../getallen";
import { controleerIban, normaliseerIban } from "../iban";
import { celVan } from "../lezer";
import type { BatchRegel, BetaalBatch } from "../model";
import type { SepaBestand, SepaTransactie } from "./model";

/** Days after the period's last day a salary payment may still be executed. */
export const UITVOER_MARGE_DAGEN = 10;

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/** Words that say nothing about who someone is: particles, and initials (one letter). */
const GEEN_NAAMWOORD = new Set([
  "de",
  "der",
  "den",
  "van",
  "het",
  "ten",
  "ter",
  "te",
  "op",
  "in",
  "von",
  "la",
  "le",
  "du",
]);

function naamWoorden(naam: string): string[] {
  return naamVorm(naam)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2 && !GEEN_NAAMWOORD.has(w));
}

/**
 * Whether the bank file's name is plausibly the batch's name: normalised (case, accents), initials
 * and particles aside, every remaining word of the shorter name occurs in the other
 * ("J. ten Brinke" ~ "Jan ten Brinke", "BRINKE J" ~ "Jan ten Brinke").
 */
export function naamLijktOp(a: string, b: string): boolean {
  const x = naamWoorden(a);
  const y = naamWoorden(b);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  const [kort, lang] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return kort.every((w) => lang.has(w));
}

export interface SepaOpties {
  /** The file name as the user knows it; findings without a batch cell point at it. */
  bestandsnaam: string;
  periode: string | null;
  /** The municipality's own account (debtor); null: not checked (info). */
  rekening: { iban: string; bron: string } | null;
  /** The previous batch, to see an account changed since last month without a mutation. */
  vorige?: BetaalBatch;
}

export interface SepaTelling {
  bestand: string;
  /** "03" or "09" (pain.001.001.03/.09); the full name reads to the output mask as a number. */
  versie: string;
  transacties: number;
  /** Exact decimal euros of the readable amounts ("1234.56"). */
  totaal: string;
  gekoppeld: number;
}

/** Matches a parsed bank file against the batch; findings are pushed to `bevindingen`. */
export function vergelijkMetBetaalbestand(
  batch: BetaalBatch,
  bestand: SepaBestand,
  opties: SepaOpties,
  persoonsgegevens: Persoonsgegevens,
  bevindingen: Bevinding[],
): SepaTelling {
  const bb = opties.bestandsnaam;
  const toon = (t: string) => persoonsgegevens.toonCel(t);
  const txNaam = (t: SepaTransactie) =>
    `transactie ${t.positie}` + (t.endToEndId === "" ? "" : ` (EndToEndId ${toon(t.endToEndId)})`);
  const rijNaam = (r: BatchRegel) => `batch rij ${r.rij + 1}`;
  const opRegel = (r: BatchRegel, k: Parameters<typeof celVan>[2]) => ({
    blad: batch.blad,
    cel: celVan(batch, r.rij, k),
  });
  const inBestand = { blad: bb };
  const nieuw = (
    code: SepaCode,
    bericht: string,
    plek: { blad: string; cel?: string },
    verwacht?: string,
    gevonden?: string,
  ) => bevindingen.push(maak(code, bericht, plek, verwacht, gevonden));

  // Header counts and sums, of the group and of each block.
  let totaal = 0;
  for (const t of bestand.transacties) if (t.centen !== null) totaal += t.centen;
  const controleerKop = (
    wie: string,
    aantal: string | null,
    som: string | null,
    n: number,
    centen: number,
  ) => {
    if (aantal === null || aantal !== String(n))
      nieuw(
        "SEPA_AANTAL_KLOPT_NIET",
        `NbOfTxs van ${wie} is ${aantal === null ? "leeg" : toon(aantal)}, het bestand heeft ${n} betalingen.`,
        inBestand,
        String(n),
        aantal === null ? "" : toon(aantal),
      );
    const somCenten = som === null ? null : somInCenten(som);
    if (som !== null && somCenten !== centen)
      nieuw(
        "SEPA_CONTROLESOM_KLOPT_NIET",
        `CtrlSum van ${wie} is ${somCenten === null ? toon(som) : euro(somCenten, som)}, de bedragen tellen op tot ${euro(centen, "")}.`,
        inBestand,
        bedragWaarde(centen),
        somCenten === null ? toon(som) : bedragWaarde(somCenten),
      );
  };
  controleerKop("de groepskop", bestand.aantal, bestand.controlesom, bestand.transacties.length, totaal);
  for (const b of bestand.blokken) {
    let som = 0;
    for (let i = b.van; i < b.tot; i++) som += bestand.transacties[i].centen ?? 0;
    controleerKop(`betaalblok ${b.positie}`, b.aantal, b.controlesom, b.tot - b.van, som);
    const rekening = opties.rekening;
    if (rekening && b.debiteurIban !== rekening.iban)
      nieuw(
        "SEPA_DEBITEUR_ANDERS",
        `Betaalblok ${b.positie} betaalt van rekening ${b.debiteurIban || "(leeg)"}, niet van de rekening van de gemeente (${rekening.bron}).`,
        inBestand,
        rekening.iban,
        b.debiteurIban,
      );
    if (b.debiteurIban !== "" && !controleerIban(b.debiteurIban).ok)
      nieuw(
        "SEPA_IBAN_ONGELDIG",
        `De betalende rekening van betaalblok ${b.positie} is geen geldig IBAN.`,
        inBestand,
      );
    if (b.debiteurBic !== "" && !BIC.test(b.debiteurBic))
      nieuw(
        "SEPA_BIC_ONGELDIG",
        `De BIC van de betalende bank in betaalblok ${b.positie} is '${toon(b.debiteurBic)}'.`,
        inBestand,
      );
    if (opties.periode !== null) {
      const d = b.uitvoerdatum === null ? null : leesDatum(b.uitvoerdatum);
      const { eerste, laatste } = periodeDagen(opties.periode);
      if (!d?.ok || d.dag < eerste || d.dag > laatste + UITVOER_MARGE_DAGEN)
        nieuw(
          "SEPA_UITVOERDATUM",
          `Betaalblok ${b.positie} wordt uitgevoerd op ${b.uitvoerdatum === null ? "(geen datum)" : toon(b.uitvoerdatum)}, niet in ${opties.periode} of de ${UITVOER_MARGE_DAGEN} dagen erna.`,
          inBestand,
        );
    }
  }
  if (!opties.rekening)
    nieuw(
      "SEPA_DEBITEUR_NIET_GECONTROLEERD",
      "De rekening van de gemeente is niet opgegeven; de betalende rekening is niet gecontroleerd. Geef --rekening of 'Rekening gemeente' in het register.",
      inBestand,
    );

  // Rows by approved account and by name.
  const regels = batch.regels.filter((r) => r.netto !== null && r.netto > 0);
  const perIban = new Map<string, BatchRegel[]>();
  const perNaam = new Map<string, BatchRegel[]>();
  // A row's name as a key (words sorted): computed once; an equal key is a plausible name.
  const naamSleutel = new Map<BatchRegel, string>();
  for (const r of regels) {
    if (r.iban !== "") (perIban.get(r.iban) ?? perIban.set(r.iban, []).get(r.iban)!).push(r);
    const n = naamWoorden(r.naam).sort().join(" ");
    naamSleutel.set(r, n);
    if (n !== "") (perNaam.get(n) ?? perNaam.set(n, []).get(n)!).push(r);
  }
  const vorigeIban = new Map<string, string>();
  for (const r of opties.vorige?.regels ?? [])
    if (r.bsn !== "" && r.iban !== "") vorigeIban.set(r.bsn, r.iban);

  const betaald = new Map<BatchRegel, SepaTransactie>();
  const eindId = new Map<string, SepaTransactie>();
  const ibanPersoon = new Map<string, BatchRegel>();
  const open = (rs: BatchRegel[] | undefined) => (rs ?? []).filter((r) => !betaald.has(r));
  const zelfdeBedrag = (rs: BatchRegel[], t: SepaTransactie) => rs.find((r) => r.netto === t.centen) ?? rs[0];
  /**
   * The row a payment is for: an unpaid row with its account and a plausible name; else an
   * unpaid row with its name (the account then differs); else an unpaid row with its account
   * (the name then differs); else a paid row with its account (paid twice).
   */
  const zoekRegel = (
    t: SepaTransactie,
    sleutel: string,
  ): { regel: BatchRegel; viaNaam: boolean } | undefined => {
    const opIban = open(perIban.get(t.iban));
    const metNaam = opIban.filter((r) => naamSleutel.get(r) === sleutel || naamLijktOp(t.naam, r.naam));
    if (metNaam.length > 0) return { regel: zelfdeBedrag(metNaam, t), viaNaam: false };
    const opNaam = open(perNaam.get(sleutel));
    if (opNaam.length > 0) return { regel: zelfdeBedrag(opNaam, t), viaNaam: true };
    if (opIban.length > 0) return { regel: zelfdeBedrag(opIban, t), viaNaam: false };
    const al = perIban.get(t.iban);
    return al ? { regel: zelfdeBedrag(al, t), viaNaam: false } : undefined;
  };
  let gekoppeld = 0;

  for (const t of bestand.transacties) {
    // Lazily: the EndToEndId is shown through the privacy mask, whose set of people is built
    // on the first question; a clean file asks none.
    const wie = () => txNaam(t);
    if (t.endToEndId !== "") {
      const eerder = eindId.get(t.endToEndId);
      if (eerder)
        nieuw(
          "SEPA_DUBBEL_ENDTOENDID",
          `${wie()} heeft dezelfde EndToEndId als transactie ${eerder.positie}.`,
          inBestand,
        );
      else eindId.set(t.endToEndId, t);
    }
    if (t.valuta !== "EUR")
      nieuw(
        "SEPA_VALUTA",
        `${wie()} is in '${toon(t.valuta)}', niet in EUR.`,
        inBestand,
        "EUR",
        toon(t.valuta),
      );
    if (t.centen === null)
      nieuw(
        "SEPA_BEDRAG_ONGELDIG",
        `${wie()}: bedrag '${toon(t.bedragTekst)}' is geen positief bedrag met ten hoogste twee decimalen.`,
        inBestand,
      );
    const ibanOordeel = controleerIban(t.iban);
    if (!ibanOordeel.ok)
      nieuw(
        "SEPA_IBAN_ONGELDIG",
        `${wie()}: de rekening van de begunstigde is ${ibanOordeel.reden}.`,
        inBestand,
      );
    if (t.bic !== "" && !BIC.test(t.bic))
      nieuw("SEPA_BIC_ONGELDIG", `${wie()}: BIC '${toon(t.bic)}' heeft niet de vorm van een BIC.`, inBestand);

    const sleutel = naamWoorden(t.naam).sort().join(" ");
    const gevonden = zoekRegel(t, sleutel);
    const regel = gevonden?.regel;
    const viaNaam = gevonden?.viaNaam ?? false;
    if (!regel) {
      nieuw(
        "SEPA_ZONDER_REGEL",
        `${wie()} van ${euro(t.centen, t.bedragTekst)} hoort bij geen regel van de batch.`,
        inBestand,
      );
      continue;
    }
    if (betaald.has(regel)) {
      nieuw(
        "SEPA_DUBBEL_BETAALD",
        `${wie()} betaalt ${rijNaam(regel)} nog een keer (ook transactie ${betaald.get(regel)!.positie}).`,
        opRegel(regel, "netto"),
      );
      continue;
    }
    betaald.set(regel, t);
    gekoppeld++;
    if (viaNaam)
      nieuw(
        "SEPA_IBAN_ANDERS",
        `${wie()} gaat naar rekening ${maskeer(t.iban)}, niet naar de goedgekeurde rekening van ${rijNaam(regel)}.`,
        opRegel(regel, "iban"),
        maskeer(regel.iban),
        maskeer(t.iban),
      );
    if (t.centen !== null && t.centen !== regel.netto)
      nieuw(
        "SEPA_BEDRAG_ANDERS",
        `${wie()} betaalt ${euro(t.centen, t.bedragTekst)}, het netto van ${rijNaam(regel)} is ${euro(regel.netto, "")}.`,
        opRegel(regel, "netto"),
        bedragWaarde(regel.netto!),
        bedragWaarde(t.centen),
      );
    if (!viaNaam && naamSleutel.get(regel) !== sleutel && !naamLijktOp(t.naam, regel.naam))
      nieuw(
        "SEPA_NAAM_ANDERS",
        `${wie()}: de naam van de begunstigde lijkt niet op de naam in ${rijNaam(regel)}.`,
        opRegel(regel, "naam"),
      );
    const ander = ibanPersoon.get(t.iban);
    if (ander && ander.bsn !== regel.bsn)
      nieuw(
        "SEPA_IBAN_GEDEELD",
        `${wie()} gaat naar dezelfde rekening als de betaling van ${rijNaam(ander)}, voor een andere persoon.`,
        opRegel(regel, "iban"),
      );
    else if (!ander) ibanPersoon.set(t.iban, regel);
    const oud = vorigeIban.get(regel.bsn);
    if (oud !== undefined && oud !== t.iban && regel.mutatie === null)
      nieuw(
        "SEPA_IBAN_GEWIJZIGD",
        `${wie()} gaat naar een andere rekening dan vorige maand, zonder mutatie (${rijNaam(regel)}).`,
        opRegel(regel, "iban"),
        maskeer(normaliseerIban(oud)),
        maskeer(t.iban),
      );
  }
  for (const r of regels) {
    if (!betaald.has(r))
      nieuw(
        "SEPA_REGEL_NIET_BETAALD",
        `${rijNaam(r)} (netto ${euro(r.netto, "")}) heeft geen betaling in ${bb}.`,
        opRegel(r, "netto"),
      );
  }
  return {
    bestand: bb,
    versie: bestand.versie.slice(-2),
    transacties: bestand.transacties.length,
    totaal: centenTekst(totaal),
    gekoppeld,
  };
}

/**
 * Ten million euros or more is no salary but, far more likely, a BSN or account number in the
 * amount field of the XML: shown masked like one, never in full.
 */
const ONWAARSCHIJNLIJK = 1_000_000_000;

function euro(centen: number | null, tekst: string): string {
  if (centen === null) return `'${maskeerGroot(tekst)}'`;
  return centen >= ONWAARSCHIJNLIJK ? maskeer(String(centen)) : formatBedrag(centenNaarDecimal(centen));
}

function bedragWaarde(centen: number): string {
  return centen >= ONWAARSCHIJNLIJK ? maskeer(String(centen)) : centenTekst(centen);
}

function maskeerGroot(tekst: string): string {
  return /\d{8}/.test(tekst.replace(/\D/g, "")) ? maskeer(tekst) : tekst;
}

/** CtrlSum "1234.5" → 123450; more than two decimals only when they are zeros. */
function somInCenten(som: string): number | null {
  const m = /^(\d{1,15})(?:\.(\d+))?$/.exec(som);
  if (!m) return null;
  const fractie = m[2] ?? "";
  if (/[1-9]/.test(fractie.slice(2))) return null;
  return Number(m[1]) * 100 + Number(fractie.slice(0, 2).padEnd(2, "0"));
}
