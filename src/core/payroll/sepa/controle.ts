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
import { EersteVoorkomen } from "../eerste";
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

  // Rows by approved account: the first row of each IBAN, then a chain to the next row with the
  // same IBAN in row order. Indices, not a Map of arrays: no allocation per row or per payment.
  const regels = batch.regels.filter((r) => r.netto !== null && r.netto > 0);
  const ibanKop = new EersteVoorkomen((i) => regels[i].iban);
  const volgende = new Int32Array(regels.length).fill(-1);
  const staart = new Int32Array(regels.length);
  for (let i = 0; i < regels.length; i++) {
    if (regels[i].iban === "") continue;
    const kop = ibanKop.eerderOfZet(regels[i].iban, i);
    if (kop === undefined) staart[i] = i;
    else staart[kop] = volgende[staart[kop]] = i;
  }
  // A row's name as a key (words sorted), computed when first asked; an equal key is a plausible
  // name. The same text gives the same key, so equal names need no key at all.
  const naamSleutels: (string | undefined)[] = new Array<string | undefined>(regels.length);
  const sleutelVan = (i: number) => (naamSleutels[i] ??= naamWoorden(regels[i].naam).sort().join(" "));
  let perNaam: Map<string, number[]> | undefined;
  const opNaam = (sleutel: string): number[] => {
    if (perNaam === undefined) {
      perNaam = new Map();
      for (let i = 0; i < regels.length; i++) {
        const n = sleutelVan(i);
        if (n !== "") (perNaam.get(n) ?? perNaam.set(n, []).get(n)!).push(i);
      }
    }
    return perNaam.get(sleutel) ?? [];
  };
  const vorigeIban = new Map<string, string>();
  for (const r of opties.vorige?.regels ?? [])
    if (r.bsn !== "" && r.iban !== "") vorigeIban.set(r.bsn, r.iban);

  const txs = bestand.transacties;
  /** Per row index: the index of the transaction that paid it, or -1. */
  const betaaldDoor = new Int32Array(regels.length).fill(-1);
  /** Per transaction index: the row it paid (set once matched). */
  const regelVanTx = new Int32Array(txs.length).fill(-1);
  const eindId = new EersteVoorkomen((i) => txs[i].endToEndId);
  /** The first matched payment to each account; its row is the account's person. */
  const ibanEerste = new EersteVoorkomen((i) => txs[i].iban);
  /** Of candidate rows: the first with the payment's amount, else the first. */
  const kies = (eerste: number, zelfdeBedrag: number) => (zelfdeBedrag >= 0 ? zelfdeBedrag : eerste);
  /**
   * The row a payment is for: an unpaid row with its account and a plausible name; else an
   * unpaid row with its name (the account then differs); else an unpaid row with its account
   * (the name then differs); else a paid row with its account (paid twice).
   */
  const zoekRegel = (
    t: SepaTransactie,
    sleutel: () => string,
  ): { regel: number; viaNaam: boolean } | undefined => {
    const kop = ibanKop.zoek(t.iban);
    let metNaam = -1;
    let metNaamBedrag = -1;
    let open = -1;
    let openBedrag = -1;
    for (let i = kop ?? -1; i >= 0; i = volgende[i]) {
      if (betaaldDoor[i] >= 0) continue;
      const bedrag = regels[i].netto === t.centen;
      if (open < 0) open = i;
      if (openBedrag < 0 && bedrag) openBedrag = i;
      const r = regels[i];
      if (metNaam >= 0 && (metNaamBedrag >= 0 || !bedrag)) continue;
      if (r.naam === t.naam || sleutelVan(i) === sleutel() || naamLijktOp(t.naam, r.naam)) {
        if (metNaam < 0) metNaam = i;
        if (bedrag) metNaamBedrag = i;
      }
    }
    if (metNaam >= 0) return { regel: kies(metNaam, metNaamBedrag), viaNaam: false };
    if (sleutel() !== "") {
      let eerste = -1;
      let bedrag = -1;
      for (const i of opNaam(sleutel())) {
        if (betaaldDoor[i] >= 0) continue;
        if (eerste < 0) eerste = i;
        if (regels[i].netto === t.centen) {
          bedrag = i;
          break;
        }
      }
      if (eerste >= 0) return { regel: kies(eerste, bedrag), viaNaam: true };
    }
    if (open >= 0) return { regel: kies(open, openBedrag), viaNaam: false };
    if (kop === undefined) return undefined;
    let bedrag = -1;
    for (let i = kop; i >= 0 && bedrag < 0; i = volgende[i]) if (regels[i].netto === t.centen) bedrag = i;
    return { regel: kies(kop, bedrag), viaNaam: false };
  };
  let gekoppeld = 0;

  for (let ti = 0; ti < txs.length; ti++) {
    const t = txs[ti];
    // Lazily: the EndToEndId is shown through the privacy mask, whose set of people is built
    // on the first question; a clean file asks none.
    const wie = () => txNaam(t);
    if (t.endToEndId !== "") {
      const eerder = eindId.eerderOfZet(t.endToEndId, ti);
      if (eerder !== undefined)
        nieuw(
          "SEPA_DUBBEL_ENDTOENDID",
          `${wie()} heeft dezelfde EndToEndId als transactie ${txs[eerder].positie}.`,
          inBestand,
        );
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

    let txSleutel: string | undefined;
    const sleutel = () => (txSleutel ??= naamWoorden(t.naam).sort().join(" "));
    const gevonden = zoekRegel(t, sleutel);
    if (!gevonden) {
      nieuw(
        "SEPA_ZONDER_REGEL",
        `${wie()} van ${euro(t.centen, t.bedragTekst)} hoort bij geen regel van de batch.`,
        inBestand,
      );
      continue;
    }
    const ri = gevonden.regel;
    const regel = regels[ri];
    const viaNaam = gevonden.viaNaam;
    if (betaaldDoor[ri] >= 0) {
      nieuw(
        "SEPA_DUBBEL_BETAALD",
        `${wie()} betaalt ${rijNaam(regel)} nog een keer (ook transactie ${txs[betaaldDoor[ri]].positie}).`,
        opRegel(regel, "netto"),
      );
      continue;
    }
    betaaldDoor[ri] = ti;
    regelVanTx[ti] = ri;
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
    if (!viaNaam && regel.naam !== t.naam && sleutelVan(ri) !== sleutel() && !naamLijktOp(t.naam, regel.naam))
      nieuw(
        "SEPA_NAAM_ANDERS",
        `${wie()}: de naam van de begunstigde lijkt niet op de naam in ${rijNaam(regel)}.`,
        opRegel(regel, "naam"),
      );
    const eerderNaarIban = ibanEerste.eerderOfZet(t.iban, ti);
    const ander = eerderNaarIban === undefined ? undefined : regels[regelVanTx[eerderNaarIban]];
    if (ander && ander.bsn !== regel.bsn)
      nieuw(
        "SEPA_IBAN_GEDEELD",
        `${wie()} gaat naar dezelfde rekening als de betaling van ${rijNaam(ander)}, voor een andere persoon.`,
        opRegel(regel, "iban"),
      );
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
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i];
    if (betaaldDoor[i] < 0)
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
