// A SEPA credit transfer file (ISO 20022 pain.001) as data: what the reader makes of the XML.

export const PAIN_VERSIES = ["pain.001.001.03", "pain.001.001.09"] as const;
export type PainVersie = (typeof PAIN_VERSIES)[number];

export interface SepaTransactie {
  /** 1-based position in the file (over all payment blocks), as a person counts. */
  positie: number;
  /** 1-based payment block (PmtInf) it belongs to. */
  blok: number;
  endToEndId: string;
  /** InstdAmt as written ("1234.56"). */
  bedragTekst: string;
  /** Integer cents; null when the amount is not a positive number with at most two decimals. */
  centen: number | null;
  valuta: string;
  naam: string;
  /** Creditor IBAN, uppercase without spaces. */
  iban: string;
  /** Creditor BIC ("" when absent: optional within SEPA). */
  bic: string;
}

export interface SepaBlok {
  positie: number;
  pmtInfId: string;
  /** Header values as written; null when absent. */
  aantal: string | null;
  controlesom: string | null;
  /** Requested execution date "2026-10-23" as written (.03: ReqdExctnDt, .09: ReqdExctnDt/Dt). */
  uitvoerdatum: string | null;
  debiteurIban: string;
  debiteurBic: string;
  /** Index range in SepaBestand.transacties: [van, tot). */
  van: number;
  tot: number;
}

export interface SepaBestand {
  versie: PainVersie;
  berichtId: string;
  aantal: string | null;
  controlesom: string | null;
  blokken: SepaBlok[];
  transacties: SepaTransactie[];
}
