// Every finding code of the Ontplooj-wide consolidation, with its severity and meaning, in the
// same shape as the bijlage-1 codes (../bijlage1/codes.ts). The findings of each bijlage's own
// check pass through with their own codes; these are the checks across the five.
import type { CodeUitleg } from "../bijlage1/codes";
import type { Ernst } from "../findings";

export const CONSOLIDATIE_CODES = {
  CONS_BIJLAGE_ONBRUIKBAAR: {
    ernst: "fout",
    betekenis:
      "Een bijlage 1 is niet mee te nemen: het blad of de dienstentabel ontbreekt, of gemeente, jaar of gerealiseerde aantallen ontbreken.",
    watTeDoen: "Herstel de fouten die de controle van die bijlage noemt en consolideer opnieuw.",
  },
  CONS_GEMEENTE_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Een van de vijf DVO-gemeenten heeft geen bijlage 1 in de consolidatie.",
    watTeDoen:
      "Voeg de bijlage 1 van die gemeente toe (bestand, of een blad 'Bijlage 1 <gemeente>' in de werkmap).",
  },
  CONS_GEMEENTE_DUBBEL: {
    ernst: "fout",
    betekenis: "Twee bijlagen noemen dezelfde gemeente.",
    watTeDoen: "Verwijder de dubbele bijlage, of zet de juiste gemeente in de cel die de melding noemt.",
  },
  CONS_JAAR_AFWIJKEND: {
    ernst: "fout",
    betekenis: "Een bijlage is van een ander jaar dan de andere (of dan het gevraagde jaar).",
    watTeDoen: "Gebruik de bijlagen van één jaar, of zet het juiste jaar in de cel die de melding noemt.",
  },
  CONS_KOSTPRIJZEN_ONTBREKEN: {
    ernst: "fout",
    betekenis:
      "Geen enkele bijlage heeft een blad Kostprijzen: de gerealiseerde tarieven zijn niet te bepalen.",
    watTeDoen:
      "Voeg het blad 'Kostprijzen' toe met Dienst, Kosten, Opbrengsten en Eenheden (de realisatie van Ontplooj).",
  },
  CONS_KOSTPRIJZEN_VERSCHILLEN: {
    ernst: "fout",
    betekenis:
      "Twee bijlagen rekenen met verschillende Kostprijzen (kosten, opbrengsten of eenheden): hun gerealiseerde tarieven verschillen.",
    watTeDoen:
      "Neem in elke bijlage dezelfde Kostprijzen over, die van de jaarrekening van Ontplooj; de melding noemt beide cellen.",
  },
  CONS_KOSTPRIJS_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Een dienst heeft gerealiseerde aantallen maar geen bruikbare regel in Kostprijzen.",
    watTeDoen: "Voeg de dienst met kosten of opbrengsten en eenheden toe aan Kostprijzen.",
  },
  CONS_EENHEDEN_TELLEN_NIET_OP: {
    ernst: "fout",
    betekenis:
      "De gerealiseerde aantallen van de gemeenten samen zijn niet de eenheden die Kostprijzen voor de dienst noemt.",
    watTeDoen:
      "Controleer de gerealiseerde aantallen van elke gemeente (de melding noemt de cellen) en de eenheden in Kostprijzen.",
  },
  CONS_TARIEF_GEREALISEERD_AFWIJKEND: {
    ernst: "fout",
    betekenis:
      "Een bijlage noemt een gerealiseerd tarief dat niet het Ontplooj-brede is (kosten of opbrengsten gedeeld door de aantallen van alle gemeenten).",
    watTeDoen: "Neem het Ontplooj-brede tarief over dat de melding noemt, of laat de cel leeg.",
  },
  CONS_TARIEF_BEGROOT_VERSCHILT: {
    ernst: "waarschuwing",
    betekenis: "Twee bijlagen hebben voor dezelfde dienst een ander begroot tarief.",
    watTeDoen: "Controleer welk tarief de DVO voor dat jaar vastlegt en pas de andere bijlage aan.",
  },
  CONS_BEHOUD_KLOPT_NIET: {
    ernst: "fout",
    betekenis:
      "De nacalculaties samen (zonder risico-opslag) zijn niet de gerealiseerde kosten min opbrengsten.",
    watTeDoen: "Meld dit aan de beheerder van de invoegtoepassing: de verdeling hoort altijd te sluiten.",
  },
  CONS_OMZET_ONGELDIG: {
    ernst: "fout",
    betekenis: "Een omzet of aantal plaatsen in de omzettabel is geen getal.",
    watTeDoen: "Typ de omzet in euro's en de plaatsen als getal.",
  },
  CONS_OMZET_KLANT_ONBEKEND: {
    ernst: "waarschuwing",
    betekenis:
      "Een klant in de omzettabel is geen DVO-gemeente; de omzet telt mee in het totaal, niet bij een gemeente.",
    watTeDoen: "Niets, als het een andere klant is (derden); schrijf anders de gemeente zoals in de DVO.",
  },
  CONS_INBESTEDING_ONDER_NORM: {
    ernst: "waarschuwing",
    betekenis:
      "Minder dan 80% van de omzet van Ontplooj komt van Almelo: Almelo voldoet niet aan het criterium voor quasi-inbesteding.",
    watTeDoen: "Bespreek met de jurist van Almelo of opdrachten zonder aanbesteding nog mogen.",
  },
  CONS_INBESTEDING_ALLEEN_DVO: {
    ernst: "info",
    betekenis:
      "Er is geen omzettabel (DVO en maatwerk per klant); het aandeel van Almelo is berekend uit de nacalculaties van de DVO alleen.",
    watTeDoen: "Voeg een blad 'Omzet' toe met Klant, Omzet DVO en Omzet maatwerk voor de volledige toets.",
  },
  CONS_TAAKSTELLING_NIET_GEHAALD: {
    ernst: "info",
    betekenis: "Een gemeente heeft minder beschut-werkplaatsen gerealiseerd dan haar taakstelling.",
    watTeDoen: "Niets voor de afrekening; bespreek het gat met de gemeente.",
  },
  CONS_TAAKSTELLING_ZONDER_REALISATIE: {
    ernst: "info",
    betekenis:
      "De gerealiseerde plaatsen beschut werk per gemeente ontbreken (kolom 'Plaatsen beschut' van de omzettabel); de taakstelling staat zonder realisatie.",
    watTeDoen: "Vul per gemeente de gerealiseerde plaatsen nieuw beschut werk in.",
  },
  CONS_KPI_DOEL_AFWIJKEND: {
    ernst: "waarschuwing",
    betekenis: "Een bijlage noemt voor een KPI een andere doelwaarde dan de gepubliceerde.",
    watTeDoen: "Controleer de doelwaarde in de DVO en neem de gepubliceerde over als die geldt.",
  },
} as const satisfies Record<string, CodeUitleg>;

export type ConsolidatieCode = keyof typeof CONSOLIDATIE_CODES;

export function ernstVan(code: ConsolidatieCode): Ernst {
  return CONSOLIDATIE_CODES[code].ernst;
}

/** The code table for the docs, generated from the codes (like codeTabelMarkdown of bijlage 1). */
export function consolidatieCodeTabelMarkdown(): string {
  const cel = (t: string) => t.replace(/\|/g, "\\|");
  const regels = Object.entries(CONSOLIDATIE_CODES as Record<string, CodeUitleg>).map(
    ([code, u]) => `| \`${code}\` | ${u.ernst} | ${cel(u.betekenis)} | ${cel(u.watTeDoen)} |`,
  );
  return ["| Code | Ernst | Betekenis | Wat te doen |", "|---|---|---|---|", ...regels].join("\n");
}
