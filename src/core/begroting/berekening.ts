// Next year's bijlage 1 as numbers (issue 12 point 3): per service the indexed tariff, the count
// (realised last year or carried over), the line amount; the surcharge carried; the voorcalculatie;
// the advances split over 12 months or 4 quarters with the largest remainder. Pure: model in.
import type { Dienst } from "../catalogue";
import { InvoerFout } from "../fouten";
import type { Decimal } from "../money";
import { bijdrage, voorschotten, type Calculatie } from "../settlement";
import { begrootbareRegels, gerealiseerdTariefVan, risicoOpslagVan } from "../bijlage1/berekening";
import type { Bijlage1, DienstRegel, Gevonden } from "../bijlage1/model";
import { indexeerTarief, indexFactor, type Index } from "./indexatie";

/** Where next year's counts come from: last year's realisation, or last year's budget carried over. */
export type AantallenBron = "realisatie" | "begroting";

export interface BegrotingOpties {
  jaar: number;
  index: Index;
  /** Default: "realisatie" when the bijlage has realised counts, else "begroting". */
  aantallen?: AantallenBron;
}

export interface BegrotingRegel {
  regel: DienstRegel;
  dienst: Dienst;
  oudTarief: Gevonden<Decimal>;
  nieuwTarief: Decimal;
  /** nieuwTarief − oudTarief, in euros. */
  verschil: Decimal;
  /** nieuwTarief / oudTarief − 1 (the same sign for costs and revenues); null for a tariff of 0. */
  verschilFractie: Decimal | null;
  /** The cell the count was taken from. */
  aantalBron: Gevonden<Decimal>;
  aantal: Decimal;
  /** nieuwTarief × aantal, rounded to cents. */
  bedrag: Decimal;
  /** Last year's realised tariff (its column or Kostprijzen), carried until next year's is known. */
  tariefGerealiseerdOud?: Decimal;
}

export interface Begroting {
  gemeente: string;
  vanJaar: number;
  jaar: number;
  index: Index;
  factor: Decimal;
  aantallen: AantallenBron;
  risicoOpslag: Decimal;
  regels: BegrotingRegel[];
  voorcalculatie: Calculatie;
  /** 12 (months) or 4 (quarters), as last year's advances were. */
  termijnen: 12 | 4;
  voorschotten: Decimal[];
}

/** 12 or 4 terms, from the rows of last year's advances; one total counts as monthly. */
export function termijnenVan(model: Bijlage1): 12 | 4 {
  const v = model.voorschotten;
  if (!v || ("soort" in v && v.soort === "totaal")) return 12;
  const n = v.regels.length;
  if (n === 12 || n === 4) return n;
  throw new InvoerFout(
    "waarde",
    `de voorschotten op blad '${v.blad}' hebben ${n} regels; een nieuwe bijlage betaalt in 12 maanden of 4 kwartalen. Maak er 12 of 4 regels van`,
  );
}

export function berekenBegroting(model: Bijlage1, opties: BegrotingOpties): Begroting {
  if (!model.gemeente) throw new InvoerFout("ontbreekt", "de gemeente ontbreekt of is onleesbaar");
  if (!model.jaar) throw new InvoerFout("ontbreekt", "het jaar ontbreekt of is onleesbaar");
  const vanJaar = model.jaar.waarde;
  const factor = indexFactor(opties.index, vanJaar, opties.jaar);
  const heeftRealisatie = model.diensten.kolommen.aantalGerealiseerd !== undefined;
  const aantallen = opties.aantallen ?? (heeftRealisatie ? "realisatie" : "begroting");
  if (aantallen === "realisatie" && !heeftRealisatie)
    throw new InvoerFout(
      "ontbreekt",
      "de bijlage heeft geen kolom 'Aantal gerealiseerd'; kies de begrote aantallen (--aantallen begroting)",
    );
  const regels: BegrotingRegel[] = begrootbareRegels(model).map((r) => {
    const bron = aantallen === "realisatie" ? r.aantalGerealiseerd : r.aantalBegroot;
    if (!bron)
      throw new InvoerFout(
        "ontbreekt",
        `het gerealiseerde aantal van '${r.omschrijving.waarde}' (rij ${r.rij + 1}) ontbreekt; vul het in of kies de begrote aantallen`,
      );
    const nieuwTarief = indexeerTarief(r.tarief.waarde, factor);
    const gerealiseerd = gerealiseerdTariefVan(model, r)?.tarief;
    return {
      ...(gerealiseerd ? { tariefGerealiseerdOud: gerealiseerd } : {}),
      regel: r,
      dienst: r.dienst,
      oudTarief: r.tarief,
      nieuwTarief,
      verschil: nieuwTarief.minus(r.tarief.waarde),
      verschilFractie: r.tarief.waarde.isZero() ? null : nieuwTarief.div(r.tarief.waarde).minus(1),
      aantalBron: bron,
      aantal: bron.waarde,
      bedrag: nieuwTarief.times(bron.waarde),
    };
  });
  const risicoOpslag = risicoOpslagVan(model);
  const voorcalculatie = bijdrage(
    regels.map((r) => ({ code: r.dienst.code, tarief: r.nieuwTarief, aantal: r.aantal })),
    risicoOpslag,
  );
  regels.forEach((r, i) => (r.bedrag = voorcalculatie.regels[i].bedrag));
  const termijnen = termijnenVan(model);
  return {
    gemeente: model.gemeenteInfo?.naam ?? model.gemeente.waarde,
    vanJaar,
    jaar: opties.jaar,
    index: opties.index,
    factor,
    aantallen,
    risicoOpslag,
    regels,
    voorcalculatie,
    termijnen,
    voorschotten: voorschotten(voorcalculatie.totaal, termijnen),
  };
}
