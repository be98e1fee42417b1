// Every finding code of the bijlage-1 check, with its severity and meaning. The codes are stable:
// tests, filters, the task pane and docs/werkboek.md refer to them.
import type { Ernst } from "../findings";

export interface CodeUitleg {
  ernst: Ernst;
  betekenis: string;
}

export const BEVINDING_CODES = {
  BLAD_ONTBREEKT: { ernst: "fout", betekenis: "Het blad 'Bijlage 1' of 'Voorschotten' ontbreekt." },
  TABEL_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Op een blad staat geen kopregel van de verwachte tabel (bijv. Dienst, Eenheid, Tarief).",
  },
  KOLOM_ONTBREEKT: {
    ernst: "fout",
    betekenis: "De kopregel mist een verplichte kolom; de cel is het begin van de kopregel.",
  },
  LABEL_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Het label 'Gemeente' of 'Jaar' staat nergens op 'Bijlage 1'.",
  },
  LABEL_DUBBEL: {
    ernst: "waarschuwing",
    betekenis: "Een label staat twee keer met verschillende waarden; de eerste telt.",
  },
  WAARDE_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Een verplichte cel is leeg (waarde naast een label, of een cel in een tabelregel).",
  },
  GEMEENTE_ONBEKEND: { ernst: "fout", betekenis: "De gemeente is geen van de vijf DVO-gemeenten." },
  JAAR_ONGELDIG: { ernst: "fout", betekenis: "Het jaar is geen (geheel) getal." },
  JAAR_ONWAARSCHIJNLIJK: {
    ernst: "fout",
    betekenis: "Het jaar valt buiten de looptijd van de DVO (standaard 2021–2031).",
  },
  RISICO_OPSLAG_ONGELDIG: {
    ernst: "fout",
    betekenis: "De risico-opslag is geen getal of ligt niet tussen 0 en 100% (typ 2% of 0,02).",
  },
  RISICO_OPSLAG_ALMELO: {
    ernst: "fout",
    betekenis: "Almelo betaalt geen risico-opslag, maar de bijlage noemt er een.",
  },
  RISICO_OPSLAG_ONTBREEKT: {
    ernst: "fout",
    betekenis:
      "Wierden, Twenterand, Dinkelland en Tubbergen betalen een risico-opslag; die ontbreekt of is 0.",
  },
  DIENST_ONBEKEND: {
    ernst: "fout",
    betekenis:
      "De dienst staat niet in de catalogus (ook niet onder een andere schrijfwijze), of de naam kan meer dan één dienst zijn (zoals 'Groepsdetachering').",
  },
  DIENST_DUBBEL: { ernst: "fout", betekenis: "Dezelfde dienst staat twee keer in de tabel." },
  DIENST_NIET_AFGENOMEN: {
    ernst: "fout",
    betekenis:
      "De gemeente neemt deze DVO-dienst niet af (Dinkelland en Tubbergen: alleen beschut werk en verloning).",
  },
  DIENST_MAATWERK: {
    ernst: "waarschuwing",
    betekenis: "Maatwerk (werkfit, loonwaardemeting, dagbesteding) wordt buiten de DVO afgesproken.",
  },
  DIENST_NA_EINDE: {
    ernst: "waarschuwing",
    betekenis: "Een dienst staat onder de lege rij die de tabel afsluit en telt dus niet mee.",
  },
  EENHEID_AFWIJKEND: {
    ernst: "fout",
    betekenis: "De eenheid is niet de eenheid van de catalogus voor deze dienst.",
  },
  TARIEF_ONGELDIG: { ernst: "fout", betekenis: "Een tarief is geen getal." },
  TARIEF_TEKEN: {
    ernst: "fout",
    betekenis: "Het teken van het tarief klopt niet: kosten positief, opbrengsten negatief.",
  },
  TARIEF_NIET_GEHEEL: {
    ernst: "waarschuwing",
    betekenis: "Een begroot tarief is geen heel bedrag in euro's (tarieven zijn hele euro's).",
  },
  AANTAL_ONGELDIG: { ernst: "fout", betekenis: "Een aantal is geen getal." },
  AANTAL_NEGATIEF: { ernst: "fout", betekenis: "Een aantal is negatief." },
  AANTAL_NIET_GEHEEL: {
    ernst: "fout",
    betekenis: "Een aantal trajecten, metingen of dagdelen is geen geheel getal.",
  },
  FTE_BOVEN_NOMINAAL: {
    ernst: "fout",
    betekenis: "Het aantal fte van een werksoort is groter dan het aantal medewerkers (nominaal).",
  },
  BEDRAG_ONGELDIG: { ernst: "fout", betekenis: "Bedrag begroot is geen getal." },
  BEDRAG_AFWIJKEND: {
    ernst: "fout",
    betekenis:
      "Bedrag begroot wijkt af van tarief × aantal (hard getypt, of een formule die naar een andere rij wijst).",
  },
  BEDRAG_FORMULE_RIJ: {
    ernst: "waarschuwing",
    betekenis: "De formule van Bedrag begroot wijst naar een andere rij; de uitkomst klopt toevallig.",
  },
  TOTAAL_AFWIJKEND: { ernst: "fout", betekenis: "Een Totaal-regel is niet de som van de regels erboven." },
  TARIEF_GEREALISEERD_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Er is een gerealiseerd aantal maar geen gerealiseerd tarief (kolom of Kostprijzen).",
  },
  TARIEF_GEREALISEERD_STRIJDIG: {
    ernst: "waarschuwing",
    betekenis: "De kolom Tarief gerealiseerd en het blad Kostprijzen geven een ander tarief; de kolom telt.",
  },
  TARIEF_AFWIJKING_BEGROTING: {
    ernst: "info",
    betekenis: "Het gerealiseerde tarief wijkt meer dan 10% af van het begrote tarief.",
  },
  TARIEF_AFWIJKING_BENCHMARK: {
    ernst: "info",
    betekenis: "Het tarief wijkt meer dan 25% af van de Cedris-benchmark 2023.",
  },
  GEREALISEERD_ONTBREEKT: {
    ernst: "info",
    betekenis: "Er is geen kolom Aantal gerealiseerd: alleen de voorcalculatie is te controleren.",
  },
  KOSTPRIJS_ONGELDIG: {
    ernst: "fout",
    betekenis: "Op Kostprijzen is een bedrag of aantal geen getal, negatief of (eenheden) 0.",
  },
  KOSTPRIJS_EENHEDEN_TE_LAAG: {
    ernst: "fout",
    betekenis: "Ontplooj-breed zijn minder eenheden gerealiseerd dan deze gemeente alleen.",
  },
  VOORSCHOT_ONGELDIG: { ernst: "fout", betekenis: "Een voorschotbedrag is geen getal." },
  VOORSCHOT_CENTEN: {
    ernst: "fout",
    betekenis:
      "Een voorschotbedrag heeft meer dan twee decimalen; een fractie van een cent kan niet betaald zijn.",
  },
  VOORSCHOT_DUBBEL: {
    ernst: "waarschuwing",
    betekenis: "Dezelfde periode staat twee keer bij de voorschotten.",
  },
  VOORSCHOTTEN_LEEG: { ernst: "waarschuwing", betekenis: "Het blad Voorschotten heeft geen regels." },
  VOORSCHOTTEN_AFWIJKEND: {
    ernst: "waarschuwing",
    betekenis:
      "De voorschotten tellen niet op tot de voorcalculatie; de eindafrekening rekent met wat betaald is.",
  },
  KPI_ONGELDIG: { ernst: "fout", betekenis: "Een doelwaarde of realisatie van een KPI is geen getal." },
  KPI_RICHTING_ONGELDIG: { ernst: "fout", betekenis: "De richting van een KPI is niet 'hoger' of 'lager'." },
  KPI_GEEN_REALISATIE: { ernst: "info", betekenis: "Een KPI heeft nog geen realisatie." },
  VERBORGEN_RIJ: { ernst: "info", betekenis: "Een verborgen rij telt mee in de afrekening." },
  NOTATIE_GEMENGD: {
    ernst: "waarschuwing",
    betekenis:
      "Het werkboek bevat getallen als tekst in Nederlandse én Engelse notatie; tekst die in beide iets anders betekent (zoals 1,442) wordt dan niet gelezen.",
  },
  NOTATIE_BEPAALD: {
    ernst: "info",
    betekenis:
      "Getallen als tekst die in beide notaties iets anders betekenen (zoals 7.150) zijn gelezen in de notatie van het werkboek of van Excel; de melding zegt waarom.",
  },
  // Defined names Bijlage1_* (namen.ts; docs/werkboek.md §1.8).
  NAAM_VERWIJZING_ONGELDIG: {
    ernst: "fout",
    betekenis:
      "Een naam Bijlage1_* wijst nergens naar (#REF!), naar een blad dat er niet is, naar meer dan één gebied of niet naar cellen.",
  },
  NAAM_VORM_ONGELDIG: {
    ernst: "fout",
    betekenis:
      "Een naam Bijlage1_* heeft de verkeerde vorm: een bereik waar één cel hoort, of meer kolommen waar één kolom hoort.",
  },
  NAAM_HOOGTE_ONGELIJK: {
    ernst: "fout",
    betekenis: "Een kolom van de dienstentabel (naam Bijlage1_*) is niet even hoog als Bijlage1_Diensten.",
  },
  NAAM_ONTBREEKT: {
    ernst: "fout",
    betekenis:
      "De dienstentabel is deels benoemd: Bijlage1_Diensten, Bijlage1_Tarieven of Bijlage1_AantallenBegroot ontbreekt.",
  },
  NAAM_ONBEKEND: {
    ernst: "waarschuwing",
    betekenis:
      "Een naam begint met Bijlage1_ maar is geen van de namen die de add-in leest; hij telt niet mee.",
  },
  NAAM_BLADNIVEAU: {
    ernst: "info",
    betekenis:
      "Een naam Bijlage1_* geldt alleen op één blad; de add-in leest alleen namen van de hele werkmap.",
  },
  EINDAFREKENING_BEZET: {
    ernst: "fout",
    betekenis:
      "Het blad Eindafrekening bevat gegevens die niet door de add-in zijn gemaakt; vullen zou ze overschrijven.",
  },
} as const satisfies Record<string, CodeUitleg>;

export type BevindingCode = keyof typeof BEVINDING_CODES;
