// Every finding code of the bijlage-1 check, with its severity and meaning. The codes are stable:
// tests, filters, the task pane and docs/werkboek.md refer to them.
import type { Ernst } from "../findings";
import type { TabelCode } from "../tabel";

export interface CodeUitleg {
  ernst: Ernst;
  betekenis: string;
  /** What the user does about it: one line, shown in docs/werkboek.md §2. */
  watTeDoen: string;
  /** A warning that stops a fill unless forced, like an error. */
  blokkeert?: true;
}

export const BEVINDING_CODES = {
  BLAD_ONTBREEKT: {
    ernst: "fout",
    betekenis:
      "Er is geen blad met de dienstentabel ('Bijlage 1', 'Begroting …'), of geen voorschotten (blad of label).",
    watTeDoen:
      "Hernoem het blad (bijv. 'Bijlage 1', 'Voorschotten'), of voeg het toe met de kolommen die de melding noemt; betaalde voorschotten mogen ook als één label 'Voorschotten betaald' met het bedrag op het hoofdblad staan.",
  },
  TABEL_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Op een blad staat geen kopregel van de verwachte tabel (bijv. Dienst, Eenheid, Tarief).",
    watTeDoen:
      "Zet boven de tabel één kopregel met de kolomkoppen uit §1 (bijv. Dienst, Eenheid, Tarief, Aantal begroot).",
  },
  KOLOM_DUBBEL: {
    ernst: "fout",
    betekenis:
      "Een kolom staat meer dan eens in de kopregel (twee jaarblokken, een oude kolom) en het jaar van het werkboek kiest niet.",
    watTeDoen:
      "Laat per rol één kolom over: zet het jaar in de kop ('Tarief 2023', 'Tarief 2024') zodat het jaar van het werkboek kiest, of verwijder of hernoem de oude kolom.",
  },
  KOLOM_VERBORGEN: {
    ernst: "waarschuwing",
    blokkeert: true,
    betekenis: "Een verborgen kolom wordt gebruikt; vullen gaat alleen geforceerd door.",
    watTeDoen:
      "Maak de kolom zichtbaar en controleer haar; verwijder haar als zij niet meer geldt. Vullen gaat pas door na herstel of geforceerd.",
  },
  KOLOM_VERBORGEN_GENEGEERD: {
    ernst: "waarschuwing",
    betekenis: "Een kolom staat ook verborgen in de kopregel; de zichtbare telt, de verborgen niet.",
    watTeDoen:
      "Controleer dat de zichtbare kolom de juiste is; verwijder de verborgen oude kolom om de melding kwijt te raken.",
  },
  KOLOM_ONTBREEKT: {
    ernst: "fout",
    betekenis: "De kopregel mist een verplichte kolom; de cel is het begin van de kopregel.",
    watTeDoen:
      "Voeg de genoemde kolom toe aan de kopregel, met die kop (een jaartal erbij mag: 'Tarief 2023').",
  },
  LABEL_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Het label 'Gemeente' of 'Jaar' staat nergens op 'Bijlage 1'.",
    watTeDoen:
      "Zet het label ('Gemeente:', 'Jaar:') in een cel met de waarde rechts ernaast of eronder; het jaar mag ook in de bladnaam of titel staan ('Begroting 2023').",
  },
  LABEL_DUBBEL: {
    ernst: "waarschuwing",
    betekenis: "Een label staat twee keer met verschillende waarden; de eerste telt.",
    watTeDoen: "Verwijder het tweede label of geef het dezelfde waarde.",
  },
  WAARDE_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Een verplichte cel is leeg (waarde naast een label, of een cel in een tabelregel).",
    watTeDoen: "Vul de genoemde cel in.",
  },
  GEMEENTE_ONBEKEND: {
    ernst: "fout",
    betekenis: "De gemeente is geen van de vijf DVO-gemeenten.",
    watTeDoen: "Schrijf de gemeente als Almelo, Wierden, Twenterand, Dinkelland of Tubbergen.",
  },
  JAAR_UIT_TITEL: {
    ernst: "info",
    betekenis: "Er is geen label 'Jaar'; het jaar komt uit de bladnaam of een titel ('Begroting 2023').",
    watTeDoen: "Niets, als het jaar klopt; anders een label 'Jaar' met het juiste jaar toevoegen.",
  },
  JAAR_ONGELDIG: {
    ernst: "fout",
    betekenis: "Het jaar is geen (geheel) getal.",
    watTeDoen: "Typ het jaar als geheel getal, bijv. 2023.",
  },
  JAAR_ONWAARSCHIJNLIJK: {
    ernst: "fout",
    betekenis: "Het jaar valt buiten de looptijd van de DVO (standaard 2021–2031).",
    watTeDoen: "Controleer het jaar; de DVO loopt van 2021 tot en met 2031.",
  },
  RISICO_OPSLAG_ONGELDIG: {
    ernst: "fout",
    betekenis: "De risico-opslag is geen getal of ligt niet tussen 0 en 100% (typ 2% of 0,02).",
    watTeDoen: "Typ de risico-opslag als percentage (2%) of als fractie (0,02).",
  },
  RISICO_OPSLAG_ALMELO: {
    ernst: "fout",
    betekenis: "Almelo betaalt geen risico-opslag, maar de bijlage noemt er een.",
    watTeDoen: "Zet de risico-opslag van Almelo op 0% of verwijder het label.",
  },
  RISICO_OPSLAG_ONTBREEKT: {
    ernst: "fout",
    betekenis:
      "Wierden, Twenterand, Dinkelland en Tubbergen betalen een risico-opslag; die ontbreekt of is 0.",
    watTeDoen: "Vul het label 'Risico-opslag' met het percentage uit de DVO (bijv. 2%).",
  },
  DIENST_ONBEKEND: {
    ernst: "fout",
    betekenis:
      "De dienst staat niet in de catalogus (ook niet onder een andere schrijfwijze), of de naam kan meer dan één dienst zijn (zoals 'Groepsdetachering').",
    watTeDoen:
      "Neem de voorgestelde naam over of kies een naam uit de lijst van §1.6; schrijf bij een dubbelzinnige naam voluit welke dienst het is (bijv. 'Begeleiding groepsdetacheringen').",
  },
  DIENST_DUBBEL: {
    ernst: "fout",
    betekenis: "Dezelfde dienst staat twee keer in de tabel.",
    watTeDoen: "Voeg de twee regels samen tot één regel per dienst.",
  },
  DIENST_NIET_AFGENOMEN: {
    ernst: "fout",
    betekenis:
      "De gemeente neemt deze DVO-dienst niet af (Dinkelland en Tubbergen: alleen beschut werk en verloning).",
    watTeDoen: "Verwijder de regel, of controleer of de gemeente klopt.",
  },
  DIENST_MAATWERK: {
    ernst: "waarschuwing",
    betekenis: "Maatwerk (werkfit, loonwaardemeting, dagbesteding) wordt buiten de DVO afgesproken.",
    watTeDoen: "Reken maatwerk af buiten de DVO-bijlage, of laat de regel staan als dat zo is afgesproken.",
  },
  DIENST_NA_EINDE: {
    ernst: "waarschuwing",
    // A service that silently does not count is a wrong number.
    blokkeert: true,
    betekenis:
      "Een dienst staat onder de twee lege rijen of de Totaal-regel die de tabel afsluiten en telt dus niet mee.",
    watTeDoen:
      "Verwijder de lege rijen boven de dienst (twee lege rijen sluiten de tabel af), noem een tussentelling 'Subtotaal …', of zet de dienst in de tabel.",
  },
  EENHEID_AFWIJKEND: {
    ernst: "fout",
    betekenis: "De eenheid is niet de eenheid van de catalogus voor deze dienst.",
    watTeDoen: "Zet de eenheid van de catalogus in de cel (de melding noemt haar).",
  },
  TARIEF_ONGELDIG: {
    ernst: "fout",
    betekenis: "Een tarief is geen getal.",
    watTeDoen: "Typ het tarief als getal, bijv. 7.150 of 7150,00.",
  },
  TARIEF_TEKEN: {
    ernst: "fout",
    betekenis: "Het teken van het tarief klopt niet: kosten positief, opbrengsten negatief.",
    watTeDoen: "Kosten positief, opbrengsten negatief: draai het teken om.",
  },
  TARIEF_NIET_GEHEEL: {
    ernst: "waarschuwing",
    betekenis:
      "Een begroot tarief (kolom `Tarief`) is geen heel bedrag in euro's; de tarieven van de DVO zijn hele euro's. Niet voor `Tarief gerealiseerd` (een exact quotiënt).",
    watTeDoen: "Rond het tarief af op hele euro's zoals in de DVO, of laat het zo als dat bewust is.",
  },
  TARIEF_ONWAARSCHIJNLIJK: {
    ernst: "fout",
    betekenis:
      "Het gerealiseerde tarief is meer dan twee keer zo groot of klein als het begrote, of heeft het andere teken.",
    watTeDoen:
      "Controleer het tarief: een factor 2 of een ander teken is meestal een tikfout of een getal in een andere notatie (7,150 tegenover 7.150).",
  },
  AANTAL_ONGELDIG: {
    ernst: "fout",
    betekenis: "Een aantal is geen getal.",
    watTeDoen: "Typ het aantal als getal, bijv. 12 of 11,5.",
  },
  AANTAL_NEGATIEF: {
    ernst: "fout",
    betekenis: "Een aantal is negatief.",
    watTeDoen: "Typ een aantal van 0 of meer.",
  },
  AANTAL_NIET_GEHEEL: {
    ernst: "fout",
    betekenis: "Een aantal trajecten, metingen of dagdelen is geen geheel getal.",
    watTeDoen: "Typ een geheel aantal trajecten, metingen of dagdelen.",
  },
  FTE_BOVEN_NOMINAAL: {
    ernst: "fout",
    betekenis: "Het aantal fte van een werksoort is groter dan het aantal medewerkers (nominaal).",
    watTeDoen: "Controleer fte en medewerkers; fte kan niet meer zijn dan het aantal medewerkers.",
  },
  BEDRAG_ONGELDIG: {
    ernst: "fout",
    betekenis: "Bedrag begroot is geen getal.",
    watTeDoen: "Typ het bedrag als getal of maak het een formule tarief × aantal.",
  },
  BEDRAG_AFWIJKEND: {
    ernst: "fout",
    betekenis:
      "Bedrag begroot wijkt af van tarief × aantal (hard getypt, of een formule die naar een andere rij wijst).",
    watTeDoen:
      "Maak Bedrag begroot de formule tarief × aantal van dezelfde rij, of herstel tarief of aantal.",
  },
  BEDRAG_FORMULE_RIJ: {
    ernst: "waarschuwing",
    betekenis: "De formule van Bedrag begroot wijst naar een andere rij; de uitkomst klopt toevallig.",
    watTeDoen: "Laat de formule naar de cellen van haar eigen rij wijzen.",
  },
  TOTAAL_AFWIJKEND: {
    ernst: "fout",
    betekenis: "Een Totaal- of Subtotaal-regel is niet de som van haar regels.",
    watTeDoen: "Maak de (sub)totaalregel een SUM over precies haar regels, of herstel de regels.",
  },
  TARIEF_GEREALISEERD_ONTBREEKT: {
    ernst: "fout",
    betekenis: "Er is een gerealiseerd aantal maar geen gerealiseerd tarief (kolom of Kostprijzen).",
    watTeDoen: "Vul 'Tarief gerealiseerd' in, of geef kosten of opbrengsten en eenheden op blad Kostprijzen.",
  },
  TARIEF_GEREALISEERD_STRIJDIG: {
    ernst: "waarschuwing",
    betekenis: "De kolom Tarief gerealiseerd en het blad Kostprijzen geven een ander tarief; de kolom telt.",
    watTeDoen: "Maak de kolom en blad Kostprijzen gelijk, of laat de kolom leeg zodat Kostprijzen telt.",
  },
  TARIEF_AFWIJKING_BEGROTING: {
    ernst: "info",
    betekenis: "Het gerealiseerde tarief wijkt meer dan 10% af van het begrote tarief.",
    watTeDoen: "Niets, als de afwijking klopt; anders het tarief controleren.",
  },
  TARIEF_AFWIJKING_BENCHMARK: {
    ernst: "info",
    betekenis: "Het tarief wijkt meer dan 25% af van de Cedris-benchmark 2023.",
    watTeDoen: "Niets, als het tarief klopt; de benchmark is alleen een ijkpunt.",
  },
  GEREALISEERD_ONTBREEKT: {
    ernst: "info",
    betekenis: "Er is geen kolom Aantal gerealiseerd: alleen de voorcalculatie is te controleren.",
    watTeDoen:
      "Voeg een kolom 'Aantal gerealiseerd' toe, of een blad 'Realisatie' met Dienst en Aantal, om af te rekenen.",
  },
  REALISATIE_ZONDER_BEGROTING: {
    ernst: "fout",
    betekenis: "Een dienst op het realisatieblad staat niet in de begroting, dus telt nergens mee.",
    watTeDoen:
      "Zet de dienst ook in de begroting (met tarief en aantal 0), of verwijder de regel op het realisatieblad.",
  },
  KOSTPRIJS_ONGELDIG: {
    ernst: "fout",
    betekenis: "Op Kostprijzen is een bedrag of aantal geen getal, negatief of (eenheden) 0.",
    watTeDoen: "Typ de bedragen als positieve getallen en het aantal eenheden groter dan 0.",
  },
  KOSTPRIJS_EENHEDEN_TE_LAAG: {
    ernst: "fout",
    betekenis: "Ontplooj-breed zijn minder eenheden gerealiseerd dan deze gemeente alleen.",
    watTeDoen: "Controleer de eenheden op Kostprijzen: Ontplooj-breed telt alle gemeenten samen.",
  },
  VOORSCHOT_NA_EINDE: {
    ernst: "waarschuwing",
    // An advance that silently does not count is a wrong saldo.
    blokkeert: true,
    betekenis:
      "Een voorschot staat onder de lege rijen of de Totaal-regel die de voorschottentabel afsluiten en telt dus niet mee.",
    watTeDoen:
      "Haal de lege rijen weg, noem een tussentelling 'Subtotaal …', of zet het voorschot boven de Totaal-regel.",
  },
  VOORSCHOT_NIET_BETAALD: {
    ernst: "fout",
    betekenis:
      "Een voorschot heeft een status die zegt dat het (nog) niet betaald is; de afrekening telt alleen betaalde voorschotten.",
    watTeDoen:
      "Haal het onbetaalde voorschot uit de tabel, of zet de status op 'betaald' als het wel betaald is.",
  },
  VOORSCHOT_ONGELDIG: {
    ernst: "fout",
    betekenis: "Een voorschotbedrag is geen getal.",
    watTeDoen: "Typ het voorschot als bedrag, bijv. 5.131,00.",
  },
  VOORSCHOT_CENTEN: {
    ernst: "fout",
    betekenis:
      "Een voorschotbedrag heeft meer dan twee decimalen; een fractie van een cent kan niet betaald zijn.",
    watTeDoen: "Vul het betaalde bedrag in hele centen in.",
  },
  VOORSCHOT_DUBBEL: {
    ernst: "waarschuwing",
    betekenis: "Dezelfde periode staat twee keer bij de voorschotten.",
    watTeDoen: "Verwijder de dubbele regel of geef de periode een eigen naam.",
  },
  VOORSCHOTTEN_LEEG: {
    ernst: "waarschuwing",
    betekenis: "Het blad Voorschotten heeft geen regels.",
    watTeDoen: "Vul de betaalde voorschotten in onder de kopregel.",
  },
  VOORSCHOTTEN_AFWIJKEND: {
    ernst: "waarschuwing",
    betekenis:
      "De voorschotten tellen niet op tot de voorcalculatie (alleen gemeld als het werkboek verder foutloos is); de eindafrekening rekent met wat betaald is.",
    watTeDoen: "Niets, als de betaalde bedragen kloppen: de eindafrekening rekent met wat betaald is.",
  },
  KPI_ONGELDIG: {
    ernst: "fout",
    betekenis: "Een doelwaarde of realisatie van een KPI is geen getal.",
    watTeDoen: "Typ doelwaarde en realisatie als getal (percentage mag: 80%).",
  },
  KPI_RICHTING_ONGELDIG: {
    ernst: "fout",
    betekenis: "De richting van een KPI is niet 'hoger' of 'lager'.",
    watTeDoen: "Typ 'hoger' of 'lager' (of ≥ / ≤).",
  },
  KPI_GEEN_REALISATIE: {
    ernst: "info",
    betekenis: "Een KPI heeft nog geen realisatie.",
    watTeDoen: "Vul de realisatie in zodra die bekend is.",
  },
  VERBORGEN_RIJ: {
    ernst: "info",
    betekenis: "Een verborgen rij telt mee in de afrekening.",
    watTeDoen: "Niets, als de regel mee moet tellen; verwijder de rij anders.",
  },
  NOTATIE_GEMENGD: {
    ernst: "waarschuwing",
    betekenis:
      "Het werkboek bevat getallen als tekst in Nederlandse én Engelse notatie; tekst die in beide iets anders betekent (zoals 1,442) wordt dan niet gelezen.",
    watTeDoen:
      "Typ getallen als echte getallen (niet als tekst), of overal in één notatie; of kies de notatie met --notatie nl|en (§1.7).",
  },
  NOTATIE_BEPAALD: {
    ernst: "info",
    betekenis:
      "Getallen als tekst die in beide notaties iets anders betekenen (zoals 7.150) zijn gelezen in de notatie van het werkboek of van Excel; de melding zegt waarom.",
    watTeDoen:
      "Niets, als die notatie klopt; anders --notatie nl|en, of typ de getallen als echte getallen (§1.7).",
  },
  // Defined names Bijlage1_* (namen.ts; docs/werkboek.md §1.8).
  NAAM_VERWIJZING_ONGELDIG: {
    ernst: "fout",
    betekenis:
      "Een naam Bijlage1_* wijst nergens naar (#REF!), naar een blad dat er niet is, naar meer dan één gebied of niet naar cellen.",
    watTeDoen:
      "Koppel de naam opnieuw aan de juiste cellen (taakvenster Koppelen, of Formules > Namen beheren).",
  },
  NAAM_VORM_ONGELDIG: {
    ernst: "fout",
    betekenis:
      "Een naam Bijlage1_* heeft de verkeerde vorm: een bereik waar één cel hoort, of meer kolommen waar één kolom hoort.",
    watTeDoen: "Selecteer één cel of één kolom zoals §1.8 voor deze naam zegt en koppel opnieuw.",
  },
  NAAM_HOOGTE_ONGELIJK: {
    ernst: "fout",
    betekenis: "Een kolom van de dienstentabel (naam Bijlage1_*) is niet even hoog als Bijlage1_Diensten.",
    watTeDoen: "Koppel alle kolommen over dezelfde rijen als Bijlage1_Diensten.",
  },
  NAAM_ONTBREEKT: {
    ernst: "fout",
    betekenis:
      "De dienstentabel is deels benoemd: Bijlage1_Diensten, Bijlage1_Tarieven of Bijlage1_AantallenBegroot ontbreekt.",
    watTeDoen:
      "Koppel de ontbrekende kolom, of verwijder de namen van de dienstentabel zodat op label gezocht wordt.",
  },
  NAAM_ONBEKEND: {
    ernst: "waarschuwing",
    betekenis:
      "Een naam begint met Bijlage1_ maar is geen van de namen die de add-in leest; hij telt niet mee.",
    watTeDoen: "Hernoem de naam naar een van de namen in §1.8 (let op de spelling), of verwijder hem.",
  },
  NAAM_BLADNIVEAU: {
    ernst: "info",
    betekenis:
      "Een naam Bijlage1_* geldt alleen op één blad; de add-in leest alleen namen van de hele werkmap.",
    watTeDoen: "Maak de naam opnieuw met bereik 'Werkmap' (Koppelen doet dat vanzelf).",
  },
  EINDAFREKENING_BEZET: {
    ernst: "fout",
    betekenis:
      "Het blad Eindafrekening bevat gegevens die niet door de add-in zijn gemaakt; vullen zou ze overschrijven.",
    watTeDoen: "Hernoem of verwijder het eigen blad 'Eindafrekening', of vul geforceerd.",
  },
} as const satisfies Record<string, CodeUitleg>;

export type BevindingCode = keyof typeof BEVINDING_CODES;

/** The codes whose severity in the table is `E`: Melder.fout takes only errors, and so on. */
export type CodeMetErnst<E extends Ernst> = {
  [C in BevindingCode]: (typeof BEVINDING_CODES)[C]["ernst"] extends E ? C : never;
}[BevindingCode];

// The generic header reader reports these codes; the compiler checks this table defines them all.
const _TABELCODES_BEKEND: Record<TabelCode, CodeUitleg> = BEVINDING_CODES;
void _TABELCODES_BEKEND;

export function isBevindingCode(code: string): code is BevindingCode {
  return Object.prototype.hasOwnProperty.call(BEVINDING_CODES, code);
}

/** True when the finding stops a fill unless forced: every error, and the warnings marked so. */
export function blokkeertVullen(b: { ernst: Ernst; code: string }): boolean {
  if (b.ernst === "fout") return true;
  const uitleg: CodeUitleg | undefined = (BEVINDING_CODES as Record<string, CodeUitleg>)[b.code];
  return uitleg?.blokkeert === true;
}

/**
 * Why a fill would be refused, in Dutch ("2 fouten en 1 waarschuwing die vullen tegenhoudt"), or
 * undefined when no finding stops it. The fill's refusal and `validate` say the same.
 */
export function vullenTegengehouden(
  bevindingen: readonly { ernst: Ernst; code: string }[],
): string | undefined {
  const fouten = bevindingen.filter((b) => b.ernst === "fout").length;
  const blokkerend = bevindingen.filter((b) => b.ernst !== "fout" && blokkeertVullen(b)).length;
  const wat = [
    fouten > 0 ? `${fouten} ${fouten === 1 ? "fout" : "fouten"}` : "",
    blokkerend > 0
      ? `${blokkerend} ${blokkerend === 1 ? "waarschuwing die" : "waarschuwingen die"} vullen tegenhoudt`
      : "",
  ].filter(Boolean);
  return wat.length > 0 ? wat.join(" en ") : undefined;
}

/** The table of docs/werkboek.md §2, generated from the codes (a test keeps the doc equal to it). */
export function codeTabelMarkdown(): string {
  const cel = (t: string) => t.replace(/\|/g, "\\|");
  const regels = Object.entries(BEVINDING_CODES as Record<string, CodeUitleg>).map(
    ([code, u]) =>
      `| \`${code}\` | ${u.ernst}${u.blokkeert ? " (blokkeert)" : ""} | ${cel(u.betekenis)} | ${cel(u.watTeDoen)} |`,
  );
  return ["| Code | Ernst | Betekenis | Wat te doen |", "|---|---|---|---|", ...regels].join("\n");
}
