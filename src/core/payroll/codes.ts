// The payroll check's one catalogue of finding codes: every code with its severity, meaning and what
// to do, in the groups docs/loonbatch.md §2 shows (a test keeps each table there equal to its group,
// and the README's list to the whole). Codes are a union type: a finding is made with `maakBevinding`,
// whose severity argument the compiler checks against this table.
import type { Bevinding } from "../findings";
import type { KopCode } from "../tabel";
import { REGISTER_CODES, SEPA_CODES, type CodeDefinitie } from "./codes-rechtmatigheid";

/** De batch zelf. */
export const BATCH_CODES = {
  TABEL_ONTBREEKT: {
    ernst: "fout",
    betekenis: "geen kopregel met de kolommen gevonden",
    watTeDoen: "controleer of dit de betaalbatch is; zet de kolomkoppen in één rij",
  },
  KOLOM_ONTBREEKT: {
    ernst: "fout",
    betekenis: "een verplichte kolom ontbreekt (cel: begin van de kopregel)",
    watTeDoen: "vraag een export met alle kolommen",
  },
  KOLOM_DUBBEL: {
    ernst: "fout",
    betekenis:
      "een kolom staat meer dan eens in de kopregel (bijv. `Naam` en `Naam medewerker`); geen van beide wordt gebruikt",
    watTeDoen: "laat één kolom met die kop over",
  },
  KOLOM_VERBORGEN: {
    ernst: "waarschuwing",
    betekenis: "een gebruikte kolom is verborgen",
    watTeDoen: "maak de kolom zichtbaar en controleer haar",
  },
  KOLOM_VERBORGEN_GENEGEERD: {
    ernst: "waarschuwing",
    betekenis: "een kolom staat ook verborgen in de kopregel; de zichtbare telt",
    watTeDoen: "verwijder de verborgen oude kolom",
  },
  KOPVELD_ONTBREEKT: {
    ernst: "fout",
    betekenis: "`Gemeente`, `Periode`, `Aantal regels` of `Totaal netto` ontbreekt of is leeg",
    watTeDoen: "vul het kopveld in; zonder controletotalen is de batch niet te controleren",
  },
  KOPVELD_ONGELDIG: {
    ernst: "fout",
    betekenis: "een controletotaal is geen (geheel) getal",
    watTeDoen: "corrigeer het kopveld",
  },
  GEMEENTE_ONBEKEND: {
    ernst: "fout",
    betekenis: "de gemeente in de kop is geen DVO-gemeente",
    watTeDoen: "gebruik Almelo, Wierden, Twenterand, Dinkelland of Tubbergen",
  },
  PERIODE_ONGELDIG: {
    ernst: "fout",
    betekenis: "de periode is geen `jjjj-mm`",
    watTeDoen: "schrijf bijvoorbeeld `2026-10`",
  },
  AANTAL_REGELS_KLOPT_NIET: {
    ernst: "fout",
    betekenis: "het controletotaal noemt een ander aantal regels dan de tabel heeft",
    watTeDoen:
      "er ontbreken regels of er zijn er bijgekomen: vraag de salarisadministratie welke versie klopt",
  },
  TOTAAL_NETTO_KLOPT_NIET: {
    ernst: "fout",
    betekenis: "de som van de nettobedragen is niet het controletotaal",
    watTeDoen: "idem; keur niet goed tot het verschil verklaard is",
  },
} as const satisfies Record<string, CodeDefinitie>;

/** Elke regel. */
export const REGEL_CODES = {
  VELD_LEEG: {
    ernst: "fout",
    betekenis: "een verplicht veld van de regel is leeg",
    watTeDoen: "laat de regel aanvullen",
  },
  BSN_ONGELDIG: {
    ernst: "fout",
    betekenis: "het BSN heeft geen 9 cijfers of doorstaat de elfproef niet",
    watTeDoen: "vermoedelijk een tikfout: laat het BSN controleren in de personeelsadministratie",
  },
  IBAN_FORMAAT: {
    ernst: "fout",
    betekenis: "geen IBAN, of een Nederlands IBAN dat niet de vorm `NLkk BBBB 0123456789` heeft",
    watTeDoen: "laat het rekeningnummer corrigeren",
  },
  IBAN_ONGELDIG: {
    ernst: "fout",
    betekenis: "het controlegetal klopt niet (mod-97): een tikfout in het nummer",
    watTeDoen: "laat het rekeningnummer corrigeren; de bank zou de betaling weigeren of verkeerd boeken",
  },
  IBAN_BUITENLAND: {
    ernst: "waarschuwing",
    betekenis: "een geldig buitenlands IBAN",
    watTeDoen: "kan kloppen (grensstreek), maar vraag na of dit de rekening van de medewerker is",
  },
  IBAN_GEDEELD: {
    ernst: "waarschuwing",
    betekenis: "twee personen krijgen loon op dezelfde rekening (cel: de tweede)",
    watTeDoen: "kan kloppen (partners), maar is ook een bekend fraudesignaal: vraag na",
  },
  DUBBEL_BSN: {
    ernst: "fout",
    betekenis: "hetzelfde BSN staat twee keer in de periode (cel: de tweede)",
    watTeDoen: "dubbele betaling: laat een van de regels vervallen",
  },
  DUBBEL_PERSONEELSNUMMER: {
    ernst: "fout",
    betekenis: "hetzelfde personeelsnummer staat twee keer in de periode",
    watTeDoen: "idem, of een verkeerd nummer",
  },
  GEMEENTE_ANDERS: {
    ernst: "fout",
    betekenis: "de regel hoort bij een andere gemeente dan de batch",
    watTeDoen: "deze persoon hoort niet in deze batch",
  },
  REGELING_ONBEKEND: {
    ernst: "fout",
    betekenis: "regeling is niet WSW, NB of PW",
    watTeDoen: "corrigeer de regeling",
  },
  WERKSOORT_ONBEKEND: {
    ernst: "waarschuwing",
    betekenis: "werksoort is geen beschut, groeps- of individuele detachering",
    watTeDoen: "corrigeer de werksoort",
  },
  WERKSOORT_NIET_AFGENOMEN: {
    ernst: "waarschuwing",
    betekenis:
      "Dinkelland/Tubbergen nemen via SPN alleen verloning voor beschut werk af, deze regel is een detachering",
    watTeDoen: "vraag na of deze persoon in deze batch hoort",
  },
  MUTATIE_ONBEKEND: {
    ernst: "fout",
    betekenis: "mutatie is niet leeg, instroom, uitstroom of wijziging",
    watTeDoen: "corrigeer de mutatie",
  },
  PARTTIMEFACTOR_ONGELDIG: {
    ernst: "fout",
    betekenis: "parttimefactor is geen getal",
    watTeDoen: "corrigeer de factor",
  },
  PARTTIMEFACTOR_BUITEN_BEREIK: {
    ernst: "fout",
    betekenis: "parttimefactor kleiner dan 0 of groter dan 1",
    watTeDoen: "corrigeer de factor; meer dan voltijd kan niet",
  },
  BEDRAG_ONGELDIG: {
    ernst: "fout",
    betekenis: "bruto, inhoudingen of netto is geen bedrag (of heeft meer dan twee decimalen)",
    watTeDoen: "corrigeer het bedrag",
  },
  NETTO_KLOPT_NIET: {
    ernst: "fout",
    betekenis: "netto is niet bruto − inhoudingen (verwacht en gevonden in euro's)",
    watTeDoen: "de betaling klopt niet met de loonstrook: laat herberekenen",
  },
  REGEL_VERBORGEN: {
    ernst: "waarschuwing",
    betekenis: "de rij is verborgen in het werkblad (alleen bij .xlsx en in Excel)",
    watTeDoen: "ook een verborgen betaling wordt goedgekeurd: maak de rij zichtbaar en controleer haar",
  },
  NETTO_NEGATIEF: {
    ernst: "fout",
    betekenis: "netto is negatief",
    watTeDoen: "er valt niets te betalen; een vordering op de medewerker hoort niet in de betaalbatch",
  },
} as const satisfies Record<string, CodeDefinitie>;

/** Tegen de vorige periode (`--vorige`). */
export const VORIGE_CODES = {
  NIEUW_ZONDER_INSTROOM: {
    ernst: "fout",
    betekenis: "nieuw in deze batch, zonder mutatie `instroom`",
    watTeDoen: "vraag het dienstverband (de instroommutatie) op voordat je goedkeurt",
  },
  VERTROKKEN_ZONDER_UITSTROOM: {
    ernst: "fout",
    betekenis: "stond in de vorige batch, nu niet, zonder `uitstroom` daar (cel: in de vorige batch)",
    watTeDoen: "iemand krijgt misschien geen loon: vraag na",
  },
  UITSTROOM_TOCH_BETAALD: {
    ernst: "fout",
    betekenis: "vorige periode uitgestroomd, nu toch weer betaald zonder `instroom`",
    watTeDoen: "betaling na einde dienstverband: niet goedkeuren zonder uitleg",
  },
  INSTROOM_MAAR_AL_IN_DIENST: {
    ernst: "waarschuwing",
    betekenis: "mutatie `instroom` voor iemand die vorige periode al betaald werd",
    watTeDoen: "mutatie of batch klopt niet: vraag na",
  },
  BRUTO_GEWIJZIGD_ZONDER_MUTATIE: {
    ernst: "waarschuwing",
    betekenis: "bruto meer dan 5 % veranderd zonder mutatie (verwacht = vorige bruto)",
    watTeDoen: "vraag naar de reden (in mei kan dat het vakantiegeld zijn)",
  },
  PARTTIME_GEWIJZIGD_ZONDER_MUTATIE: {
    ernst: "waarschuwing",
    betekenis: "parttimefactor veranderd zonder mutatie",
    watTeDoen: "een contractwijziging hoort een mutatie `wijziging` te hebben",
  },
  VORIGE_PERIODE_ONVERWACHT: {
    ernst: "waarschuwing",
    betekenis: "de vorige batch is niet van de maand ervoor",
    watTeDoen: "vergelijk met de juiste maand",
  },
  VORIGE_ANDERE_GEMEENTE: {
    ernst: "fout",
    betekenis: "de vorige batch is van een andere gemeente",
    watTeDoen: "vergelijk batches van dezelfde gemeente",
  },
  VORIGE_ONLEESBAAR: {
    ernst: "fout",
    betekenis: "de vorige batch heeft geen tabel of geen BSN/personeelsnummer",
    watTeDoen: "kies het juiste bestand",
  },
} as const satisfies Record<string, CodeDefinitie>;

/** Tegen bijlage 1 (`--bijlage1`). */
export const BIJLAGE1_CODES = {
  VERLONING_AANTAL_WIJKT_AF: {
    ernst: "waarschuwing",
    betekenis:
      "aantal betaalde personen (per regeling uitgesplitst) wijkt meer dan 5 % af van de verloningseenheden",
    watTeDoen: "de gemeente betaalt verloning voor een ander aantal mensen dan er worden betaald: vraag na",
  },
  BIJLAGE1_ANDERE_GEMEENTE: {
    ernst: "fout",
    betekenis: "bijlage 1 is van een andere gemeente dan de batch",
    watTeDoen: "kies de juiste bijlage 1",
  },
  BIJLAGE1_GEMEENTE_ONBEKEND: {
    ernst: "fout",
    betekenis: "bijlage 1 noemt geen DVO-gemeente",
    watTeDoen: "vul de gemeente in bijlage 1 in",
  },
  BIJLAGE1_GEEN_VERLONING: {
    ernst: "fout",
    betekenis: "bijlage 1 heeft geen regel verloning, maar er worden mensen betaald",
    watTeDoen: "de verloning is niet afgesproken of de bijlage is onvolledig",
  },
  BIJLAGE1_AANTAL_ONGELDIG: {
    ernst: "fout",
    betekenis: "het aantal verloning in bijlage 1 is leeg of geen getal",
    watTeDoen: "corrigeer bijlage 1",
  },
  BIJLAGE1_ONLEESBAAR: {
    ernst: "fout",
    betekenis: "geen dienstentabel met `Dienst` en `Aantal begroot`",
    watTeDoen: "kies het juiste werkboek",
  },
} as const satisfies Record<string, CodeDefinitie>;
/** The groups in the order and with the titles of docs/loonbatch.md §2. */
export const LOONBATCH_GROEPEN = [
  { titel: "De batch zelf", codes: BATCH_CODES },
  { titel: "Elke regel", codes: REGEL_CODES },
  { titel: "Tegen de vorige periode (`--vorige`)", codes: VORIGE_CODES },
  { titel: "Tegen bijlage 1 (`--bijlage1`)", codes: BIJLAGE1_CODES },
  { titel: "Tegen het personeelsregister (`--register`)", codes: REGISTER_CODES },
  { titel: "Tegen het betaalbestand (`--sepa`)", codes: SEPA_CODES },
] as const;

export const LOONBATCH_CODES = {
  ...BATCH_CODES,
  ...REGEL_CODES,
  ...VORIGE_CODES,
  ...BIJLAGE1_CODES,
  ...REGISTER_CODES,
  ...SEPA_CODES,
} as const satisfies Record<string, CodeDefinitie>;

export type LoonbatchCode = keyof typeof LOONBATCH_CODES;

/** The severity a code has in the table. */
export type ErnstVan<C extends LoonbatchCode> = (typeof LOONBATCH_CODES)[C]["ernst"];

// The generic header reader reports these codes; the compiler checks this table defines them all.
const _KOPCODES_BEKEND: Record<KopCode, CodeDefinitie> = LOONBATCH_CODES;
void _KOPCODES_BEKEND;

export function isLoonbatchCode(code: string): code is LoonbatchCode {
  return Object.prototype.hasOwnProperty.call(LOONBATCH_CODES, code);
}

/**
 * A finding. The severity is the code's own: the type allows only the table's, so a call site
 * reads as what it reports and cannot disagree with the catalogue.
 */
export function maakBevinding<C extends LoonbatchCode>(
  ernst: ErnstVan<C>,
  code: C,
  bericht: string,
  blad: string,
  cel?: string,
  verwacht?: string,
  gevonden?: string,
): Bevinding {
  const b: Bevinding = { ernst, code, bericht, blad };
  if (cel !== undefined) b.cel = cel;
  if (verwacht !== undefined) b.verwacht = verwacht;
  if (gevonden !== undefined) b.gevonden = gevonden;
  return b;
}

/** A finding of the generic table reader (its codes arrive as text): severity from the table. */
export function tabelBevinding(
  code: string,
  bericht: string,
  blad: string,
  cel?: string,
  verwacht?: string,
  gevonden?: string,
): Bevinding {
  if (!isLoonbatchCode(code)) throw new Error(`onbekende bevindingcode ${code}`);
  return maakBevinding(LOONBATCH_CODES[code].ernst, code, bericht, blad, cel, verwacht, gevonden);
}

/** The Markdown table of one group, as docs/loonbatch.md §2 shows it. */
export function loonbatchCodeTabel(codes: Readonly<Record<string, CodeDefinitie>>): string {
  return [
    "| code | ernst | betekenis | wat te doen |",
    "|---|---|---|---|",
    ...Object.entries(codes).map(
      ([code, d]) => `| \`${code}\` | ${d.ernst} | ${d.betekenis} | ${d.watTeDoen} |`,
    ),
  ].join("\n");
}
