// The =ONTPLOOJ.* custom functions. Each is a thin adapter: read Excel's arguments with
// ./argumenten, compute with src/core (exact decimals), convert to a number only at the end.
// custom-functions-metadata-plugin reads the JSDoc below into functions.json and appends the
// CustomFunctions.associate calls; the Dutch texts are what Excel shows in its formula help.
// Parameters are typed `unknown` (metadata "any") so text arrives unconverted and Dutch notation
// is parsed here; `unknown[][]` parameters accept a range or a single value.
import { elfproef, normaliseerBsn } from "../core/payroll/bsn";
import { controleerIban, normaliseerIban } from "../core/payroll/iban";
import { zoekGemeente } from "../core/catalogue";
import {
  LOONSTIJGING_AMBTENAREN,
  Bijdragetelling,
  begrotingsverschil,
  bijdragePerFte,
  currentRatio as berekenCurrentRatio,
  saldoCenten,
  saldoEindafrekening,
  evalueerKpi,
  gerealiseerdTarief,
  indexeer as berekenIndexatie,
  operationeelResultaat,
  quasiInbesteding,
  solvabiliteit as berekenSolvabiliteit,
  verdeelKader,
  voorschotTermijn,
  type KpiRichting,
  type Totalen,
} from "../core/settlement";
import {
  bedragVanCenten,
  beschrijf,
  bereiksomAlsDecimal,
  bereiksomAlsSchaal,
  centenBedrag,
  deelDoorNul,
  getal,
  geheelGetal,
  isLeegOfNul,
  leesIndexreeks,
  metFouten,
  naarBedrag,
  naarGetal,
  ongeldig,
  ontbreekt,
  optioneelGetal,
  optioneelPercentage,
  kortTekst,
  leesBereiksom,
  perRegel,
  somVan,
  teLang,
  tekst,
} from "./argumenten";

/**
 * Operationeel resultaat: bedrijfsopbrengsten min bedrijfskosten (bereiken worden opgeteld). Negatief is een verlies dat de gemeenten aanvullen. Met fte: het resultaat per fte.
 * @customfunction OPRESULT
 * @param opbrengsten Bedrijfsopbrengsten in euro's: een getal of een bereik dat wordt opgeteld.
 * @param kosten Bedrijfskosten in euro's: een getal of een bereik dat wordt opgeteld.
 * @param [fte] Optioneel: aantal fte; dan is de uitkomst het resultaat per fte. Leeg of 0: het totaal.
 * @returns Het operationeel resultaat in euro's (afgerond op centen), of per fte.
 */
export function opresult(opbrengsten: unknown[][], kosten: unknown[][], fte?: unknown): number {
  return metFouten("OPRESULT", () => {
    const aantalFte = optioneelGetal(fte, "fte");
    const or = operationeelResultaat({
      opbrengsten: somVan(opbrengsten, "opbrengsten"),
      kosten: somVan(kosten, "kosten"),
      ...(aantalFte === null ? {} : { fte: aantalFte }),
    });
    if (aantalFte === null) return naarBedrag(or.resultaat);
    if (or.perFte === undefined) throw ontbreekt("OPRESULT: resultaat per fte niet berekend");
    return naarBedrag(or.perFte);
  });
}

/**
 * Voorcalculatie: de begrote bijdrage van een gemeente, tarief maal aantal per regel (afgerond op centen) plus de risico-opslag over de kostenregels.
 * @customfunction VOORCALC
 * @param tarieven Begrote tarieven per eenheid, één per regel (plus: de gemeente betaalt; min: opbrengst die terugvloeit).
 * @param aantallen Begrote aantallen eenheden, rij voor rij naast de tarieven.
 * @param [risico_opslag] Optioneel: risico-opslag over de kostenregels, bijvoorbeeld 2% of 0,02 (Almelo: geen).
 * @returns De begrote bijdrage in euro's.
 */
export function voorcalc(tarieven: unknown[][], aantallen: unknown[][], risico_opslag?: unknown): number {
  return metFouten("VOORCALC", () => {
    const calculatie = berekenBijdrage(tarieven, aantallen, risico_opslag);
    return naarBedrag(calculatie.totaal);
  });
}

/**
 * Saldo van de eindafrekening: de nacalculatie (gerealiseerde tarieven maal gerealiseerde aantallen plus risico-opslag) min de betaalde voorschotten. Positief: de gemeente betaalt bij; negatief: Ontplooj betaalt terug.
 * @customfunction NACALC
 * @param tarieven Gerealiseerde tarieven per eenheid, één per regel.
 * @param aantallen Gerealiseerde aantallen eenheden van de gemeente, rij voor rij naast de tarieven.
 * @param voorschotten Betaalde voorschotten in euro's: een getal of een bereik dat wordt opgeteld.
 * @param [risico_opslag] Optioneel: risico-opslag over de kostenregels, bijvoorbeeld 2% of 0,02.
 * @returns Het saldo in euro's: positief bijbetalen, negatief terugbetalen.
 */
export function nacalc(
  tarieven: unknown[][],
  aantallen: unknown[][],
  voorschotten: unknown[][],
  risico_opslag?: unknown,
): number {
  return metFouten("NACALC", () => {
    const telling = telRegels(tarieven, aantallen);
    const opslag = optioneelPercentage(risico_opslag, "risico_opslag") ?? 0;
    // The advances only count as their sum: read without a Decimal per cell (a range may be large).
    const betaald = leesBereiksom(voorschotten, "voorschotten");
    // Whole cents from the cells to the saldo where everything fits; the Decimal path otherwise.
    const totaal = telling.totaalInCenten(opslag);
    const b = bereiksomAlsSchaal(betaald);
    const saldo = totaal !== undefined && b ? saldoCenten({ cijfers: totaal, schaal: 2 }, b) : undefined;
    if (saldo) return bedragVanCenten(saldo.centen);
    const t = telling.totalen(opslag).totaal;
    return naarBedrag(saldoEindafrekening(t, [bereiksomAlsDecimal(betaald)]).saldo);
  });
}

/**
 * Het k-de voorschot: het jaarbedrag verdeeld over de termijnen volgens de grootste-restmethode, zodat de termijnen samen precies het jaarbedrag zijn.
 * @customfunction VOORSCHOT
 * @param jaarbedrag Het jaarbedrag (de voorcalculatie) in euro's, hooguit twee decimalen.
 * @param aantal_termijnen Aantal termijnen: 12 (maanden) of 4 (kwartalen), of een ander geheel getal.
 * @param termijn Welke termijn, van 1 tot en met het aantal termijnen.
 * @returns Het voorschot van die termijn in euro's.
 */
export function voorschot(jaarbedrag: unknown, aantal_termijnen: unknown, termijn: unknown): number {
  return metFouten("VOORSCHOT", () => {
    const bedrag = centenBedrag(jaarbedrag, "jaarbedrag");
    const n = geheelGetal(aantal_termijnen, "aantal_termijnen");
    // The split is computed in full; a cap keeps a mistyped count from stalling Excel.
    if (n > MAX_TERMIJNEN) throw ongeldig(`aantal_termijnen mag hooguit ${MAX_TERMIJNEN} zijn`);
    const k = geheelGetal(termijn, "termijn");
    return naarBedrag(voorschotTermijn(bedrag, n, k));
  });
}

/**
 * Gerealiseerd tarief van een dienst: gerealiseerde kosten (of opbrengsten) gedeeld door het totaal aantal gerealiseerde eenheden van alle gemeenten. Niet afgerond.
 * @customfunction TARIEF
 * @param bedrag Gerealiseerde kosten of opbrengsten in euro's (positief): een getal of een bereik dat wordt opgeteld.
 * @param eenheden Gerealiseerde eenheden van alle gemeenten: een getal of een bereik dat wordt opgeteld.
 * @param [soort] Optioneel: "kosten" (standaard, tarief positief) of "opbrengst" (tarief negatief).
 * @returns Het gerealiseerde tarief per eenheid.
 */
export function tarief(bedrag: unknown[][], eenheden: unknown[][], soort?: unknown): number {
  return metFouten("TARIEF", () => {
    const s = tekst(soort ?? "", "soort").toLowerCase();
    if (s !== "" && s !== "kosten" && s !== "opbrengst" && s !== "opbrengsten") {
      throw ongeldig(`soort moet "kosten" of "opbrengst" zijn, niet ${kortTekst(s, '"')}`);
    }
    const dienstSoort = s.startsWith("opbrengst") ? "opbrengst" : "kosten";
    const t = gerealiseerdTarief(dienstSoort, somVan(bedrag, "bedrag"), somVan(eenheden, "eenheden"));
    return naarGetal(t);
  });
}

/**
 * Bijdrage per fte van een werksoort (formule 7): (tarief begeleiding + werkgeverstaken + verloning) maal nominaal/fte plus het opbrengsttarief.
 * @customfunction TARIEFFTE
 * @param begeleiding Tarief begeleiding van de werksoort per nominale medewerker, bijvoorbeeld 7150.
 * @param werkgeverstaken Tarief werkgeverstaken per nominale medewerker, bijvoorbeeld 1271.
 * @param verloning Tarief verloning per nominale medewerker, bijvoorbeeld 321.
 * @param opbrengst Opbrengsttarief per fte (negatief), bijvoorbeeld -4110.
 * @param nominaal Nominaal aantal medewerkers van de werksoort (of de verhouding nominaal/fte met fte 1).
 * @param fte Aantal fte van de werksoort.
 * @returns De bijdrage per fte in euro's (afgerond op centen).
 */
export function tarieffte(
  begeleiding: unknown,
  werkgeverstaken: unknown,
  verloning: unknown,
  opbrengst: unknown,
  nominaal: unknown,
  fte: unknown,
): number {
  return metFouten("TARIEFFTE", () => {
    const perFte = bijdragePerFte({
      tariefBegeleiding: getal(begeleiding, "begeleiding"),
      tariefWerkgeverstaken: getal(werkgeverstaken, "werkgeverstaken"),
      tariefVerloning: getal(verloning, "verloning"),
      tariefOpbrengst: getal(opbrengst, "opbrengst"),
      nominaal: getal(nominaal, "nominaal"),
      fte: getal(fte, "fte"),
    });
    return naarBedrag(perFte);
  });
}

/**
 * Prijsindexatie: een bedrag uit een jaar uitgedrukt in prijzen van een basisjaar, met de loonstijging van ambtenaren (2022 3,5%, 2023 9,1%, 2024 6%) of een eigen reeks.
 * @customfunction INDEXEER
 * @param bedrag Het bedrag in euro's in prijzen van het jaar.
 * @param jaar Het jaar waarin het bedrag is uitgedrukt, bijvoorbeeld 2021.
 * @param basisjaar Het jaar naar wiens prijzen wordt omgerekend, bijvoorbeeld 2023.
 * @param [reeks] Optioneel: bereik van twee kolommen (jaar, stijging als 9,1% of 0,091) dat de gepubliceerde reeks vervangt.
 * @returns Het bedrag in prijzen van het basisjaar, in euro's.
 */
export function indexeer(bedrag: unknown, jaar: unknown, basisjaar: unknown, reeks?: unknown[][]): number {
  return metFouten("INDEXEER", () => {
    const eigenReeks = reeks === null || reeks === undefined ? null : leesIndexreeks(reeks, "reeks");
    const uitkomst = berekenIndexatie(
      getal(bedrag, "bedrag"),
      geheelGetal(jaar, "jaar"),
      geheelGetal(basisjaar, "basisjaar"),
      eigenReeks ?? LOONSTIJGING_AMBTENAREN,
    );
    return naarBedrag(uitkomst);
  });
}

/**
 * Begroting tegenover realisatie: het verschil realisatie min begroting (bereiken worden opgeteld), of met relatief WAAR het verschil gedeeld door de absolute begroting.
 * @customfunction VERSCHIL
 * @param begroting Begroot bedrag in euro's: een getal of een bereik dat wordt opgeteld.
 * @param realisatie Gerealiseerd bedrag in euro's: een getal of een bereik dat wordt opgeteld.
 * @param [relatief] Optioneel: WAAR voor het relatieve verschil (fractie), ONWAAR of weggelaten voor het verschil in euro's.
 * @returns Het verschil in euro's (afgerond op centen) of als fractie van de begroting.
 */
export function verschil(begroting: unknown[][], realisatie: unknown[][], relatief?: unknown): number {
  return metFouten("VERSCHIL", () => {
    const v = begrotingsverschil(somVan(begroting, "begroting"), somVan(realisatie, "realisatie"));
    if (!waarOfOnwaar(relatief, "relatief")) return naarBedrag(v.verschil);
    if (v.relatief === null) throw deelDoorNul(); // the budget is 0
    return naarGetal(v.relatief);
  });
}

/**
 * Kaderverdeling: het deel van een gemeente in een bedrag dat naar rato van de gepubliceerde kaderpercentages wordt verdeeld (Almelo 57,1%, Twenterand 20,7%, Wierden 11,5%, Tubbergen 10,8%, genormaliseerd), met de grootste-restmethode.
 * @customfunction KADER
 * @param totaal Het te verdelen bedrag in euro's.
 * @param gemeente Naam van de gemeente, bijvoorbeeld Almelo.
 * @returns Het deel van die gemeente in euro's (0 voor een gemeente zonder kaderaandeel).
 */
export function kader(totaal: unknown, gemeente: unknown): number {
  return metFouten("KADER", () => {
    const naam = tekst(gemeente, "gemeente");
    if (naam === "") throw ontbreekt("gemeente ontbreekt (lege cel of 0)");
    const g = zoekGemeente(naam);
    if (!g)
      throw ongeldig(
        `gemeente ${kortTekst(naam, '"')} is geen DVO-gemeente (Almelo, Wierden, Twenterand, Dinkelland, Tubbergen)`,
      );
    const delen = verdeelKader(getal(totaal, "totaal"));
    const deel = delen[g.naam];
    return deel === undefined ? 0 : naarBedrag(deel);
  });
}

/**
 * Solvabiliteit: eigen vermogen gedeeld door het balanstotaal (gemeentelijke norm: minstens 20%).
 * @customfunction SOLVABILITEIT
 * @param eigen_vermogen Eigen vermogen in euro's.
 * @param balanstotaal Balanstotaal in euro's.
 * @returns De solvabiliteit als fractie (0,1165 = 11,65%); maak de cel op als percentage.
 */
export function solvabiliteit(eigen_vermogen: unknown, balanstotaal: unknown): number {
  return metFouten("SOLVABILITEIT", () => {
    const s = berekenSolvabiliteit(
      getal(eigen_vermogen, "eigen_vermogen"),
      getal(balanstotaal, "balanstotaal"),
    );
    return naarGetal(s.ratio);
  });
}

/**
 * Current ratio: vlottende activa gedeeld door kortlopende schulden.
 * @customfunction CURRENTRATIO
 * @param vlottende_activa Vlottende activa in euro's: een getal of een bereik dat wordt opgeteld.
 * @param kortlopende_schulden Kortlopende schulden in euro's: een getal of een bereik dat wordt opgeteld.
 * @returns De current ratio, bijvoorbeeld 1,13.
 */
export function currentratio(vlottende_activa: unknown[][], kortlopende_schulden: unknown[][]): number {
  return metFouten("CURRENTRATIO", () =>
    naarGetal(
      berekenCurrentRatio(
        somVan(vlottende_activa, "vlottende_activa"),
        somVan(kortlopende_schulden, "kortlopende_schulden"),
      ),
    ),
  );
}

/**
 * Quasi-inbesteding: het aandeel van Almelo in de omzet van Ontplooj (DVO plus maatwerk) en of het 80%-criterium wordt gehaald. Geeft twee cellen naast elkaar: aandeel en WAAR/ONWAAR.
 * @customfunction INBESTEDING
 * @param omzet_almelo Omzet uit Almelo in euro's: een getal of een bereik dat wordt opgeteld.
 * @param omzet_totaal Totale omzet van Ontplooj in euro's: een getal of een bereik dat wordt opgeteld.
 * @returns Eén rij: het aandeel (fractie) en WAAR als het minstens 80% is.
 */
export function inbesteding(omzet_almelo: unknown[][], omzet_totaal: unknown[][]): unknown[][] {
  return metFouten("INBESTEDING", () => {
    const q = quasiInbesteding(somVan(omzet_almelo, "omzet_almelo"), somVan(omzet_totaal, "omzet_totaal"));
    return [[naarGetal(q.aandeel), q.voldoet]];
  });
}

/**
 * KPI: is de realisatie het doel gehaald? Met richting "hoger" (hoger is beter, standaard) of "lager" (lager is beter, zoals ziekteverzuim).
 * @customfunction KPI
 * @param realisatie Gerealiseerde waarde, bijvoorbeeld 87% of 7,8.
 * @param doel Het doel, bijvoorbeeld 85% of 7,5.
 * @param [richting] Optioneel: "hoger" (standaard) of "lager".
 * @returns WAAR als het doel is gehaald, anders ONWAAR.
 */
export function kpi(realisatie: unknown, doel: unknown, richting?: unknown): boolean {
  return metFouten("KPI", () => {
    const r = tekst(richting ?? "", "richting").toLowerCase();
    if (r !== "" && r !== "hoger" && r !== "lager") {
      throw ongeldig(`richting moet "hoger" of "lager" zijn, niet ${kortTekst(r, '"')}`);
    }
    const kpiRichting: KpiRichting = r === "lager" ? "lager" : "hoger";
    return evalueerKpi({
      realisatie: getal(realisatie, "realisatie"),
      doel: getal(doel, "doel"),
      richting: kpiRichting,
    }).behaald;
  });
}

/**
 * BSN-controle: voldoet het burgerservicenummer aan de elfproef? Een getal dat zijn voorloopnul kwijt is, telt met die nul.
 * @customfunction BSN
 * @param bsn Het burgerservicenummer: 9 cijfers, als tekst of getal (spaties en punten mogen).
 * @returns WAAR als het nummer de elfproef doorstaat, anders ONWAAR.
 */
export function bsnControle(bsn: unknown): boolean {
  return metFouten("BSN", () => {
    const waarde = enkeleWaarde(bsn, "bsn");
    if (typeof waarde === "number") {
      const genormaliseerd = normaliseerBsn(waarde);
      return genormaliseerd !== null && elfproef(genormaliseerd);
    }
    const genormaliseerd = normaliseerBsn(tekst(waarde, "bsn"));
    return genormaliseerd !== null && elfproef(genormaliseerd);
  });
}

/**
 * IBAN-controle: klopt het rekeningnummer volgens de mod-97-proef (en, voor NL, het Nederlandse formaat)?
 * @customfunction IBAN
 * @param iban Het IBAN, met of zonder spaties, bijvoorbeeld NL91 ABNA 0417 1643 00.
 * @returns WAAR als het IBAN klopt, anders ONWAAR.
 */
export function ibanControle(iban: unknown): boolean {
  return metFouten("IBAN", () => {
    const waarde = enkeleWaarde(iban, "iban");
    if (typeof waarde !== "string")
      throw ongeldig(`iban moet tekst zijn, zoals NL91 ABNA 0417 1643 00, niet ${beschrijf(waarde)}`);
    return controleerIban(normaliseerIban(waarde.trim())).ok;
  });
}

// ---------------------------------------------------------------------------------------------

/** More terms than days in a year is no advance schedule. */
const MAX_TERMIJNEN = 366;

/** bijdrage() over a tariff and a count range, line by line (a range may hold a million lines). */
function berekenBijdrage(tarieven: unknown, aantallen: unknown, risicoOpslag: unknown): Totalen {
  return telRegels(tarieven, aantallen).totalen(optioneelPercentage(risicoOpslag, "risico_opslag") ?? 0);
}

/** Every line of the tariffs and units ranges counted, in whole cents where they fit. */
function telRegels(tarieven: unknown, aantallen: unknown): Bijdragetelling {
  const telling = new Bijdragetelling();
  perRegel(tarieven, "tarieven", aantallen, "aantallen", (t, a) => telling.regel(t, a), true);
  return telling;
}

/** An optional WAAR/ONWAAR argument; omitted or empty is ONWAAR; 1/0 and "waar"/"onwaar" are accepted. */
function waarOfOnwaar(a: unknown, naam: string): boolean {
  const waarde = Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : a;
  if (waarde === null || waarde === undefined || waarde === "") return false;
  if (typeof waarde === "boolean") return waarde;
  teLang(waarde, () => naam);
  if (waarde === 1 || waarde === 0) return waarde === 1;
  const t = typeof waarde === "string" ? waarde.trim().toLowerCase() : "";
  if (t === "waar" || t === "true") return true;
  if (t === "onwaar" || t === "false") return false;
  throw ongeldig(`${naam} moet WAAR of ONWAAR zijn, niet ${beschrijf(waarde)}`);
}

/** The one cell of an argument that must be a single value; an empty cell (0 on Windows) is #N/A. */
function enkeleWaarde(a: unknown, naam: string): unknown {
  const waarde = Array.isArray(a)
    ? a.length === 1 && Array.isArray(a[0]) && a[0].length === 1
      ? a[0][0]
      : a
    : a;
  if (Array.isArray(waarde)) throw ongeldig(`${naam} moet één waarde zijn, geen bereik`);
  teLang(waarde, () => naam);
  if (isLeegOfNul(waarde)) throw ontbreekt(`${naam} ontbreekt (lege cel of 0)`);
  if (typeof waarde === "boolean") throw ongeldig(`${naam} is een logische waarde, geen nummer`);
  return waarde;
}
