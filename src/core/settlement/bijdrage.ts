// Voorcalculatie and nacalculatie share one shape (DOMAIN.md §3.1, 3.2, 3.4): tariff × units per
// line, rounded to cents per line, plus the risk surcharge on the cost lines.
import type { DienstCode } from "../catalogue";
import { InvoerFout } from "../fouten";
import {
  Centensom,
  NUL,
  centenVanProduct,
  dec,
  decVanCenten,
  decVanSchaal,
  isDecimal,
  leesSchaal,
  rondCenten,
  schaalVanDecimal,
  som,
  type Decimal,
  type DecimalInvoer,
  type Schaalgetal,
} from "../money";

export interface Regel {
  code?: DienstCode;
  tarief: DecimalInvoer;
  aantal: DecimalInvoer;
}

export interface RegelBedrag {
  code?: DienstCode;
  tarief: Decimal;
  aantal: Decimal;
  /** tarief × aantal, rounded to cents half away from zero. */
  bedrag: Decimal;
  /** A cost line has a positive tariff: the municipality pays Ontplooj for it. */
  kosten: boolean;
}

export interface Calculatie {
  regels: RegelBedrag[];
  /** Sum of the cost lines (positive tariffs): the base of the risk surcharge. */
  kostenTotaal: Decimal;
  /** Sum of the revenue lines (negative tariffs), itself negative. */
  opbrengstenTotaal: Decimal;
  subtotaal: Decimal;
  risicoOpslagPercentage: Decimal;
  /** risicoOpslagPercentage × kostenTotaal, rounded to cents. */
  risicoOpslag: Decimal;
  totaal: Decimal;
}

export function regelBedrag(tarief: DecimalInvoer, aantal: DecimalInvoer): Decimal {
  return rondCenten(dec(tarief).times(dec(aantal)));
}

/** B(g) = Σ round(tarief × aantal) + round(risico_opslag × Σ cost lines). */
export function bijdrage(regels: readonly Regel[], risicoOpslag: DecimalInvoer = 0): Calculatie {
  const berekend: RegelBedrag[] = regels.map((r) => {
    const tarief = dec(r.tarief);
    const aantal = dec(r.aantal);
    return {
      code: r.code,
      tarief,
      aantal,
      bedrag: regelBedrag(tarief, aantal),
      kosten: tarief.greaterThan(0),
    };
  });
  return totaliseer(berekend, risicoOpslag);
}

/** Totals and surcharge over lines whose amounts are already fixed (rounded or split). */
export function totaliseer(regels: RegelBedrag[], risicoOpslag: DecimalInvoer): Calculatie {
  const kostenTotaal = som(regels.filter((r) => r.kosten).map((r) => r.bedrag));
  const opbrengstenTotaal = som(regels.filter((r) => !r.kosten).map((r) => r.bedrag));
  return { regels, ...totalen(kostenTotaal, opbrengstenTotaal, risicoOpslag) };
}

export type Totalen = Omit<Calculatie, "regels">;

const EEN: Schaalgetal = { cijfers: 1, schaal: 0 };

/**
 * totaliseer() for lines whose amounts are known in whole cents as well (the cost lines summing to
 * `kostenCenten`, the revenue lines to `opbrengstenCenten`): the totals and the surcharge in
 * integers, each Decimal built once, and the lines built when `regels` is first read (a
 * settlement of a thousand municipalities need not hold a Decimal per line to know its totals).
 * The Decimal path takes any value that does not fit, and refuses an invalid surcharge with its
 * own message.
 */
export function totaliseerCenten(
  regels: () => RegelBedrag[],
  kostenCenten: number,
  opbrengstenCenten: number,
  risicoOpslag: DecimalInvoer,
): Calculatie {
  const t = totalenInCenten(kostenCenten, opbrengstenCenten, risicoOpslag);
  return t ? metLuieRegels(regels, t) : totaliseer(regels(), risicoOpslag);
}

/**
 * A Calculatie whose `regels` is an own, enumerable property built on first read and then kept,
 * so it reads, compares and serialises like a plain one.
 */
function metLuieRegels(maak: () => RegelBedrag[], t: Totalen): Calculatie {
  return {
    get regels(): RegelBedrag[] {
      const regels = maak();
      Object.defineProperty(this, "regels", { value: regels, enumerable: true, writable: true });
      return regels;
    },
    kostenTotaal: t.kostenTotaal,
    opbrengstenTotaal: t.opbrengstenTotaal,
    subtotaal: t.subtotaal,
    risicoOpslagPercentage: t.risicoOpslagPercentage,
    risicoOpslag: t.risicoOpslag,
    totaal: t.totaal,
  };
}

/** The subtotal, surcharge and total in whole cents, with the surcharge rate as read. */
interface CentenTotalen {
  subtotaal: number;
  opslag: number;
  totaal: number;
  percentage: Schaalgetal;
}

/** totalen() in whole cents; undefined when a value does not fit or the surcharge is invalid. */
function centenTotalen(
  kostenCenten: number,
  opbrengstenCenten: number,
  risicoOpslag: DecimalInvoer,
): CentenTotalen | undefined {
  const p = leesSchaal(risicoOpslag);
  const subtotaal = kostenCenten + opbrengstenCenten;
  if (
    p === undefined ||
    p.cijfers < 0 ||
    p.schaal > 15 ||
    p.cijfers > 10 ** p.schaal ||
    !Number.isSafeInteger(subtotaal)
  )
    return undefined;
  const opslag = kostenCenten > 0 ? centenVanProduct(p, { cijfers: kostenCenten, schaal: 2 }) : 0;
  const totaal = typeof opslag === "number" ? subtotaal + opslag : NaN;
  if (typeof opslag !== "number" || !Number.isSafeInteger(totaal)) return undefined;
  return { subtotaal, opslag, totaal, percentage: p };
}

/** totalen() in integers, each Decimal built once; undefined where centenTotalen is. */
function totalenInCenten(
  kostenCenten: number,
  opbrengstenCenten: number,
  risicoOpslag: DecimalInvoer,
): Totalen | undefined {
  const c = centenTotalen(kostenCenten, opbrengstenCenten, risicoOpslag);
  if (!c) return undefined;
  return {
    kostenTotaal: decVanCenten(kostenCenten),
    opbrengstenTotaal: decVanCenten(opbrengstenCenten),
    subtotaal: decVanCenten(c.subtotaal),
    risicoOpslagPercentage: isDecimal(risicoOpslag) ? dec(risicoOpslag) : decVanSchaal(c.percentage),
    risicoOpslag: decVanCenten(c.opslag),
    totaal: decVanCenten(c.totaal),
  };
}

/** Whole cents of an amount (rondCenten's rule), when it is a Schaalgetal that fits; else undefined. */
export function centenVan(x: DecimalInvoer): number | undefined {
  const g = leesSchaal(x);
  if (g === undefined) return undefined;
  const c = centenVanProduct(g, EEN);
  return typeof c === "number" ? c : undefined;
}

/** The subtotal, the risk surcharge over the cost lines and the total. */
function totalen(kostenTotaal: Decimal, opbrengstenTotaal: Decimal, risicoOpslag: DecimalInvoer): Totalen {
  const pct = dec(risicoOpslag);
  if (pct.isNegative()) throw new InvoerFout("getal", "de risico-opslag kan niet negatief zijn");
  if (pct.greaterThan(1)) {
    throw new InvoerFout(
      "getal",
      `risico-opslag ${pct.toString()} is meer dan 100%; bedoelt u ${pct.toString()}%?`,
    );
  }
  const subtotaal = kostenTotaal.plus(opbrengstenTotaal);
  const opslag = kostenTotaal.greaterThan(0) ? rondCenten(pct.times(kostenTotaal)) : NUL;
  return {
    kostenTotaal,
    opbrengstenTotaal,
    subtotaal,
    risicoOpslagPercentage: pct,
    risicoOpslag: opslag,
    totaal: subtotaal.plus(opslag),
  };
}

/**
 * bijdrage() line by line without keeping the lines, for ranges of a million: a line whose tariff
 * and count fit a Schaalgetal is computed in whole cents (centenVanProduct, rondCenten's rule on
 * integers), any other with regelBedrag. The totals equal bijdrage()'s (a property test checks).
 */
export class Bijdragetelling {
  private readonly kosten = new Centensom();
  private readonly opbrengsten = new Centensom();

  regel(tarief: Schaalgetal | Decimal, aantal: Schaalgetal | Decimal): void {
    const t = isDecimal(tarief) ? schaalVanDecimal(tarief) : tarief;
    const a = isDecimal(aantal) ? schaalVanDecimal(aantal) : aantal;
    if (t === undefined || a === undefined) {
      const td = isDecimal(tarief) ? tarief : decVanSchaal(tarief);
      const bedrag = regelBedrag(td, isDecimal(aantal) ? aantal : decVanSchaal(aantal));
      (td.greaterThan(0) ? this.kosten : this.opbrengsten).telBedrag(bedrag);
      return;
    }
    (t.cijfers > 0 ? this.kosten : this.opbrengsten).telCenten(centenVanProduct(t, a));
  }

  totalen(risicoOpslag: DecimalInvoer = 0): Totalen {
    const k = this.kosten.centenGetal;
    const o = this.opbrengsten.centenGetal;
    const snel = k !== undefined && o !== undefined ? totalenInCenten(k, o, risicoOpslag) : undefined;
    return snel ?? totalen(this.kosten.totaal, this.opbrengsten.totaal, risicoOpslag);
  }

  /**
   * The total (lines plus surcharge) in whole cents, when every line and the surcharge fit the
   * integer path; undefined otherwise, and for an invalid surcharge (totalen() says why).
   */
  totaalInCenten(risicoOpslag: DecimalInvoer = 0): number | undefined {
    const k = this.kosten.centenGetal;
    const o = this.opbrengsten.centenGetal;
    return k !== undefined && o !== undefined ? centenTotalen(k, o, risicoOpslag)?.totaal : undefined;
  }
}
