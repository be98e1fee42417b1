// Nacalculatie (DOMAIN.md §3.3, 3.4): realised tariffs from Ontplooj-wide realised costs and
// revenues, and the realised contribution of every municipality, with the conservation check.
import { dienst, type DienstCode, type DienstSoort, type GemeenteNaam } from "../catalogue";
import { InvoerFout } from "../fouten";
import {
  Centensom,
  NUL,
  dec,
  decVanCenten,
  decVanSchaal,
  isDecimal,
  leesSchalen,
  schalenOpEen,
  rondCenten,
  som,
  verdeelEenheden,
  verdeelGrootsteRest,
  type Decimal,
  type DecimalInvoer,
} from "../money";
import { centenVan, totaliseer, totaliseerCenten, type Calculatie, type RegelBedrag } from "./bijdrage";

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
 * One service split over the municipalities: its tariff, signed total and a part per municipality.
 * The parts and counts are read per municipality (`aantal(i)`, `deel(i)`): on the whole-cents path
 * their Decimals are built only when a line is read, not for every line of a large settlement.
 */
interface DienstVerdeling {
  tarief: Decimal;
  getekend: Decimal;
  /** The realised units of municipality i (0 where absent). */
  aantal(i: number): Decimal;
  /** The part of municipality i, signed like `getekend`. */
  deel(i: number): Decimal;
  /** The same in whole cents, when every value fitted the integer path. */
  centen?: { getekend: number; delen: number[] };
}

/** Σ over a service in Decimals: rondCenten, the tariff, the largest-remainder split. */
function verdeelDienstDecimaal(
  r: DienstRealisatie,
  soort: DienstSoort,
  gemeenten: readonly GemeenteRealisatie[],
): DienstVerdeling {
  const bedrag = rondCenten(r.bedrag);
  const aantallen = gemeenten.map((g) => dec(g.aantallen[r.code] ?? 0));
  const tarief = gerealiseerdTarief(soort, bedrag, som(aantallen));
  const getekend = soort === "kosten" ? bedrag : bedrag.negated();
  const delen = verdeelGrootsteRest(getekend, aantallen);
  return { tarief, getekend, aantal: (i) => aantallen[i], deel: (i) => delen[i] };
}

/**
 * The same in integers (money.ts's whole-cents path), when the amount, every count and every
 * product fit safe integers; otherwise the Decimal path, which also refuses what is invalid
 * (negative amounts or counts, no units) with its own message.
 */
function verdeelDienst(
  r: DienstRealisatie,
  soort: DienstSoort,
  gemeenten: readonly GemeenteRealisatie[],
): DienstVerdeling {
  const bedrag = centenVan(r.bedrag);
  const invoer = gemeenten.map((g) => g.aantallen[r.code] ?? 0);
  const gelezen = leesSchalen(invoer);
  const w = gelezen && schalenOpEen(gelezen.cijfers, gelezen.schalen);
  if (bedrag === undefined || bedrag < 0 || !w || w.som <= 0 || w.waarden.some((x) => x < 0))
    return verdeelDienstDecimaal(r, soort, gemeenten);
  const delen = verdeelEenheden(bedrag, w.waarden, w.som);
  if (!delen) return verdeelDienstDecimaal(r, soort, gemeenten);
  const tarief = gerealiseerdTarief(
    soort,
    decVanCenten(bedrag),
    decVanSchaal({ cijfers: w.som, schaal: w.schaal }),
  );
  const teken = soort === "kosten" ? 1 : -1;
  return {
    tarief,
    getekend: decVanCenten(teken * bedrag),
    aantal: (i) => {
      const a = invoer[i];
      return isDecimal(a)
        ? dec(a)
        : decVanSchaal({ cijfers: gelezen.cijfers[i], schaal: gelezen.schalen[i] });
    },
    deel: (i) => (delen[i] === 0 && teken < 0 ? NUL.negated() : decVanCenten(teken * delen[i])),
    centen: { getekend: teken * bedrag, delen: teken < 0 ? delen.map((d) => -d) : delen },
  };
}

/** A service of the nacalculatie with its split, in the order of the realisation. */
interface VerdeeldeDienst {
  code: DienstCode;
  kosten: boolean;
  verdeling: DienstVerdeling;
}

/** The lines of municipality i: one per service it has a count for, in the realisation's order. */
function regelsVan(i: number, g: GemeenteRealisatie, diensten: readonly VerdeeldeDienst[]): RegelBedrag[] {
  const regels: RegelBedrag[] = [];
  for (const { code, kosten, verdeling } of diensten) {
    if (g.aantallen[code] === undefined) continue;
    regels.push({
      code,
      tarief: verdeling.tarief,
      aantal: verdeling.aantal(i),
      bedrag: verdeling.deel(i),
      kosten,
    });
  }
  return regels;
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
  const diensten: VerdeeldeDienst[] = [];
  // Each municipality's cost and revenue lines in whole cents, while every line has them (NaN after).
  const kostenCenten = gemeenten.map(() => 0);
  const opbrengstenCenten = gemeenten.map(() => 0);
  const verwacht = new Centensom();

  for (const r of realisatie) {
    const d = dienst(r.code);
    const v = verdeelDienst(r, d.soort, gemeenten);
    tarieven[r.code] = v.tarief;
    if (v.centen) verwacht.telCenten(v.centen.getekend);
    else verwacht.telBedrag(v.getekend);
    const kosten = d.soort === "kosten";
    diensten.push({ code: r.code, kosten, verdeling: v });
    const centenTotaal = kosten ? kostenCenten : opbrengstenCenten;
    for (let i = 0; i < gemeenten.length; i++) {
      if (gemeenten[i].aantallen[r.code] === undefined) continue;
      centenTotaal[i] = v.centen ? centenTotaal[i] + v.centen.delen[i] : NaN;
    }
  }

  const gevonden = new Centensom();
  const perGemeente = gemeenten.map((g, i) => {
    const k = kostenCenten[i];
    const o = opbrengstenCenten[i];
    const regels = () => regelsVan(i, g, diensten);
    const calculatie =
      Number.isSafeInteger(k) && Number.isSafeInteger(o)
        ? totaliseerCenten(regels, k, o, g.risicoOpslag)
        : totaliseer(regels(), g.risicoOpslag);
    if (Number.isSafeInteger(k + o)) gevonden.telCenten(k + o);
    else gevonden.telBedrag(calculatie.subtotaal);
    return { gemeente: g.gemeente, calculatie };
  });
  const v = verwacht.totaal;
  const gv = gevonden.totaal;
  return { tarieven, perGemeente, conservatie: { verwacht: v, gevonden: gv, klopt: v.equals(gv) } };
}
