// The findings of the register check and the bank-file check: one definition per code (severity,
// meaning, what to do). docs/loonbatch.md and the README show these rows (a test compares them),
// and every finding of these checks is made through `maak`, so its severity comes from here.
import type { Bevinding, Ernst } from "../findings";

export interface CodeDefinitie {
  ernst: Ernst;
  betekenis: string;
  watTeDoen: string;
}

export const REGISTER_CODES = {
  REGISTER_ONLEESBAAR: {
    ernst: "fout",
    betekenis:
      "geen personeelsregister: geen kopregel met `Personeelsnummer`, `BSN`, `Naam`, `Regeling`, `Datum in dienst` en `Parttimefactor`",
    watTeDoen: "kies het juiste bestand of blad `Personeelsregister`",
  },
  REGISTER_KOLOM_ONTBREEKT: {
    ernst: "fout",
    betekenis: "een verplichte kolom van het register ontbreekt",
    watTeDoen: "voeg de kolom toe; zonder haar wordt dat punt niet gecontroleerd",
  },
  REGISTER_VELD_ONGELDIG: {
    ernst: "fout",
    betekenis: "een cel van het register is leeg of onleesbaar (datum, parttimefactor, regeling, BSN)",
    watTeDoen: "laat het register verbeteren; datums als 31-12-2026 of als Excel-datum",
  },
  REGISTER_DUBBEL_BSN: {
    ernst: "fout",
    betekenis: "hetzelfde BSN staat twee keer in het register (cel: de tweede)",
    watTeDoen: "een persoon hoort één keer in het register; laat het verbeteren",
  },
  NIET_IN_REGISTER: {
    ernst: "fout",
    betekenis: "betaald, maar niet in het personeelsregister (niet op BSN en niet op personeelsnummer)",
    watTeDoen: "niet goedkeuren zonder bewijs van het dienstverband",
  },
  REGISTER_ANDERE_PERSOON: {
    ernst: "fout",
    betekenis: "BSN en personeelsnummer van de batchregel wijzen in het register naar verschillende personen",
    watTeDoen: "een van beide nummers is fout of hoort bij iemand anders: vraag na",
  },
  REGISTER_ANDERE_GEMEENTE: {
    ernst: "fout",
    betekenis: "volgens het register is de persoon in dienst voor een andere gemeente",
    watTeDoen: "deze betaling hoort niet in deze batch",
  },
  BETAALD_BUITEN_DIENSTVERBAND: {
    ernst: "fout",
    betekenis: "betaald voor een maand die helemaal voor de datum in dienst of na de datum uit dienst ligt",
    watTeDoen: "niet goedkeuren: er was die maand geen dienstverband",
  },
  DIENSTVERBAND_DEEL_MAAND: {
    ernst: "waarschuwing",
    betekenis: "in dienst of uit dienst binnen de maand: alleen een deel van de maand is loon verschuldigd",
    watTeDoen: "controleer dat het loon naar rato is berekend",
  },
  REGISTER_REGELING_ANDERS: {
    ernst: "fout",
    betekenis: "de regeling in de batch is niet die in het register",
    watTeDoen: "laat de regeling in batch of register verbeteren; de afrekening per regeling hangt ervan af",
  },
  REGISTER_PARTTIMEFACTOR_ANDERS: {
    ernst: "fout",
    betekenis: "de parttimefactor in de batch is niet die in het register",
    watTeDoen: "loon voor een andere omvang dan het contract: vraag de contractwijziging op",
  },
  INDICATIE_VERLOPEN: {
    ernst: "fout",
    betekenis: "de indicatie (WSW-indicatie of beschut-beschikking) was al verlopen vóór de periode",
    watTeDoen: "vraag de herindicatie op voordat je goedkeurt",
  },
  IN_DIENST_NIET_BETAALD: {
    ernst: "waarschuwing",
    betekenis: "volgens het register in dienst in de periode, maar niet in de batch (cel: in het register)",
    watTeDoen: "iemand krijgt misschien geen loon: vraag na",
  },
} as const satisfies Record<string, CodeDefinitie>;

export const SEPA_CODES = {
  SEPA_ONLEESBAAR: {
    ernst: "fout",
    betekenis: "het betaalbestand is geen leesbaar SEPA-overboekingsbestand (pain.001.001.03 of .09)",
    watTeDoen: "vraag het juiste betaalbestand op bij de salarisadministratie",
  },
  SEPA_ZONDER_REGEL: {
    ernst: "fout",
    betekenis: "een betaling in het bestand hoort bij geen regel van de batch",
    watTeDoen: "een betaling die niet is goedgekeurd: laat haar uit het bestand halen",
  },
  SEPA_REGEL_NIET_BETAALD: {
    ernst: "fout",
    betekenis: "een goedgekeurde regel van de batch heeft geen betaling in het bestand",
    watTeDoen: "iemand krijgt geen loon: laat het bestand aanvullen",
  },
  SEPA_BEDRAG_ANDERS: {
    ernst: "fout",
    betekenis: "het bedrag van de betaling is niet het netto van de regel (tot op de cent)",
    watTeDoen: "laat het betaalbestand opnieuw aanmaken uit de goedgekeurde batch",
  },
  SEPA_IBAN_ANDERS: {
    ernst: "fout",
    betekenis: "de betaling gaat naar een andere rekening dan de goedgekeurde rekening van de regel",
    watTeDoen: "niet versturen: vraag na wie de rekening heeft gewijzigd (bekend fraudesignaal)",
  },
  SEPA_NAAM_ANDERS: {
    ernst: "waarschuwing",
    betekenis:
      "rekening en bedrag kloppen, maar de naam van de begunstigde lijkt niet op de naam in de batch",
    watTeDoen: "vraag na of de rekening van de medewerker is",
  },
  SEPA_DUBBEL_BETAALD: {
    ernst: "fout",
    betekenis: "dezelfde regel (persoon) wordt twee keer betaald",
    watTeDoen: "laat de tweede betaling uit het bestand halen",
  },
  SEPA_DUBBEL_ENDTOENDID: {
    ernst: "fout",
    betekenis: "twee betalingen hebben dezelfde EndToEndId",
    watTeDoen: "de bank kan betalingen niet uit elkaar houden: laat het bestand opnieuw aanmaken",
  },
  SEPA_AANTAL_KLOPT_NIET: {
    ernst: "fout",
    betekenis: "`NbOfTxs` in de groepskop of een betaalblok is niet het aantal betalingen",
    watTeDoen: "het bestand is onvolledig of gewijzigd: laat het opnieuw aanmaken",
  },
  SEPA_CONTROLESOM_KLOPT_NIET: {
    ernst: "fout",
    betekenis: "`CtrlSum` in de groepskop of een betaalblok is niet de som van de bedragen",
    watTeDoen: "het bestand is onvolledig of gewijzigd: laat het opnieuw aanmaken",
  },
  SEPA_BEDRAG_ONGELDIG: {
    ernst: "fout",
    betekenis: "een bedrag is niet positief of heeft meer dan twee decimalen",
    watTeDoen: "de bank weigert het bestand: laat het opnieuw aanmaken",
  },
  SEPA_VALUTA: {
    ernst: "fout",
    betekenis: "een betaling is niet in euro (EUR)",
    watTeDoen: "loon wordt in euro betaald: laat het bestand verbeteren",
  },
  SEPA_DEBITEUR_ANDERS: {
    ernst: "fout",
    betekenis: "de betalende rekening is niet de rekening van de gemeente",
    watTeDoen: "niet versturen: het bestand hoort bij een andere rekening",
  },
  SEPA_DEBITEUR_NIET_GECONTROLEERD: {
    ernst: "info",
    betekenis:
      "de rekening van de gemeente is niet opgegeven (`--rekening` of `Rekening gemeente` in het register)",
    watTeDoen: "geef de eigen rekening op, dan wordt de betalende rekening gecontroleerd",
  },
  SEPA_UITVOERDATUM: {
    ernst: "waarschuwing",
    betekenis: "de uitvoeringsdatum ligt niet in de periode of de tien dagen erna",
    watTeDoen: "controleer of het bestand bij deze periode hoort",
  },
  SEPA_IBAN_ONGELDIG: {
    ernst: "fout",
    betekenis: "een IBAN in het bestand is niet goed gevormd of het controlegetal klopt niet",
    watTeDoen: "de bank weigert of misboekt de betaling: laat het bestand verbeteren",
  },
  SEPA_BIC_ONGELDIG: {
    ernst: "fout",
    betekenis: "een BIC in het bestand heeft niet de vorm van 8 of 11 letters en cijfers",
    watTeDoen: "laat het bestand verbeteren",
  },
  SEPA_IBAN_GEDEELD: {
    ernst: "waarschuwing",
    betekenis: "twee personen worden op dezelfde rekening betaald",
    watTeDoen: "kan kloppen (partners), maar is ook een bekend fraudesignaal: vraag na",
  },
  SEPA_IBAN_GEWIJZIGD: {
    ernst: "waarschuwing",
    betekenis: "de rekening is anders dan vorige maand, zonder mutatie (alleen met `--vorige`)",
    watTeDoen: "vraag het verzoek tot wijziging van de rekening op",
  },
} as const satisfies Record<string, CodeDefinitie>;

export type RegisterCode = keyof typeof REGISTER_CODES;
export type SepaCode = keyof typeof SEPA_CODES;

export const RECHTMATIGHEID_CODES: Readonly<Record<RegisterCode | SepaCode, CodeDefinitie>> = {
  ...REGISTER_CODES,
  ...SEPA_CODES,
};

/** A finding of these checks; its severity is the code's. `ook` is a second cell (the register row). */
export function maak(
  code: RegisterCode | SepaCode,
  bericht: string,
  plek: { blad: string; cel?: string; ook?: { blad: string; cel: string } },
  verwacht?: string,
  gevonden?: string,
): Bevinding {
  const b: Bevinding = { ernst: RECHTMATIGHEID_CODES[code].ernst, code, bericht, blad: plek.blad };
  if (plek.cel !== undefined) b.cel = plek.cel;
  if (plek.ook !== undefined) b.ook = plek.ook;
  if (verwacht !== undefined) b.verwacht = verwacht;
  if (gevonden !== undefined) b.gevonden = gevonden;
  return b;
}

/** The table rows for the docs: | `CODE` | ernst | betekenis | wat te doen |. */
export function codeTabel(codes: Readonly<Record<string, CodeDefinitie>>): string[] {
  return Object.entries(codes).map(
    ([code, d]) => `| \`${code}\` | ${d.ernst} | ${d.betekenis} | ${d.watTeDoen} |`,
  );
}
