// Nacalculatie (DOMAIN.md §3.3, 3.4): realised tariffs from Ontplooj-wide realised costs and
// revenues, and the realised contribution of every municipality, with the conservation check.
import { dienst, type DienstCode, type DienstSoort, type GemeenteNaam } from "../catalogue";
import { InvoerFout } from "../fouten";
import { NUL, dec, rondCenten, som, verdeelGrootsteRest, type Decimal, type DecimalInvoer } from "../money";
import { totaliseer, type Calculatie, type RegelBedrag } from "./bijdrage";

/**
 * tarief_gerealiseerd = kosten / eenheden for a cost service, −opbrengsten / eenheden for a
 * revenue service; `bedrag` is the realised costs or revenues as a positive amount. Exact
 * (not rounded): rounding happens once, on the line amount.
 */
export function gerealiseerdTarief(
  soort: DienstSoort,
  bedrag: DecimalInvoer,
  eenheden: DecimalInvoer,
): Decimal {
  const n = dec(eenheden);
  if (n.isZero())
    throw new InvoerFout("deling", "geen gerealiseerde eenheden: het tarief is niet te bepalen");
  if (n.isNegative())
    throw new InvoerFout("getal", "het aantal gerealiseerde eenheden kan niet negatief zijn");
  const b = dec(bedrag);
  if (b.isNegative())
    throw new InvoerFout(
      "getal",
      `de gerealiseerde ${soort === "kosten" ? "kosten" : "opbrengsten"} zijn negatief (${b.toString()}); vul ze als positief bedrag in, het teken volgt uit de soort`,
    );
  const t = b.div(n);
  return soort === "kosten" ? t : t.negated();
}

export interface DienstRealisatie {
  code: DienstCode;
  /** Realised costs (cost service) or revenues (revenue service), both as positive amounts. */
  bedrag: DecimalInvoer;
}

export interface GemeenteRealisatie {
  gemeente: GemeenteNaam;
  risicoOpslag: DecimalInvoer;
  aantallen: Partial<Record<DienstCode, DecimalInvoer>>;
}

export interface OntploojNacalculatie {
  /** Realised tariff per service: bedrag / Σ units of all municipalities. */
  tarieven: Partial<Record<DienstCode, Decimal>>;
  perGemeente: { gemeente: GemeenteNaam; calculatie: Calculatie }[];
  conservatie: { verwacht: Decimal; gevonden: Decimal; klopt: boolean };
}

/**
 * The Ontplooj-wide nacalculatie. Each service's realised total is split over the
 * municipalities by their realised units with the largest-remainder method, so that
 * Σ_g B_n(g) without surcharges equals costs − revenues to the cent (DOMAIN.md §3.4).
 * A line differs from round(tarief × aantal) by at most one cent.
 */
export function nacalculatieOntplooj(
  realisatie: readonly DienstRealisatie[],
  gemeenten: readonly GemeenteRealisatie[],
): OntploojNacalculatie {
  const tarieven: Partial<Record<DienstCode, Decimal>> = {};
  const regelsPerGemeente = gemeenten.map(() => [] as RegelBedrag[]);
  let verwacht = NUL;

  for (const r of realisatie) {
    const d = dienst(r.code);
    const bedrag = rondCenten(r.bedrag);
    const aantallen = gemeenten.map((g) => dec(g.aantallen[r.code] ?? 0));
    const totaalEenheden = som(aantallen);
    const tarief = gerealiseerdTarief(d.soort, bedrag, totaalEenheden);
    tarieven[r.code] = tarief;
    const getekend = d.soort === "kosten" ? bedrag : bedrag.negated();
    verwacht = verwacht.plus(getekend);
    const delen = verdeelGrootsteRest(getekend, aantallen);
    gemeenten.forEach((g, i) => {
      if (g.aantallen[r.code] === undefined) return;
      regelsPerGemeente[i].push({
        code: r.code,
        tarief,
        aantal: aantallen[i],
        bedrag: delen[i],
        kosten: d.soort === "kosten",
      });
    });
  }

  const perGemeente = gemeenten.map((g, i) => ({
    gemeente: g.gemeente,
    calculatie: totaliseer(regelsPerGemeente[i], g.risicoOpslag),
  }));
  const gevonden = som(perGemeente.map((p) => p.calculatie.subtotaal));
  return { tarieven, perGemeente, conservatie: { verwacht, gevonden, klopt: verwacht.equals(gevonden) } };
}
