// Budget versus realisation (DOMAIN.md §3.9) and the balance ratios (§3.10, §3.11).
import { InvoerFout } from "../fouten";
import { dec, som, type Decimal, type DecimalInvoer } from "../money";

export interface Verschil {
  begroting: Decimal;
  realisatie: Decimal;
  /** realisatie − begroting. */
  verschil: Decimal;
  /** verschil / |begroting|; null when the budget is zero. */
  relatief: Decimal | null;
}

export function begrotingsverschil(begroting: DecimalInvoer, realisatie: DecimalInvoer): Verschil {
  const b = dec(begroting);
  const r = dec(realisatie);
  const verschil = r.minus(b);
  return { begroting: b, realisatie: r, verschil, relatief: b.isZero() ? null : verschil.div(b.abs()) };
}

/** Per work type and in total; the total is the sum of the rows, never a separate figure. */
export function begrotingsvergelijking<K extends string>(
  rijen: readonly { naam: K; begroting: DecimalInvoer; realisatie: DecimalInvoer }[],
): { rijen: (Verschil & { naam: K })[]; totaal: Verschil } {
  const uit = rijen.map((r) => ({ naam: r.naam, ...begrotingsverschil(r.begroting, r.realisatie) }));
  const totaal = begrotingsverschil(som(uit.map((r) => r.begroting)), som(uit.map((r) => r.realisatie)));
  return { rijen: uit, totaal };
}

export const SOLVABILITEIT_NORM = dec("0.2");
export const INBESTEDING_NORM = dec("0.8");

function verhouding(teller: DecimalInvoer, noemer: DecimalInvoer, wat: string): Decimal {
  const n = dec(noemer);
  if (n.isZero()) throw new InvoerFout("deling", `delen door nul: ${wat} is 0`);
  return dec(teller).div(n);
}

/** eigen vermogen / balanstotaal, against the municipal norm of at least 20 %. */
export function solvabiliteit(eigenVermogen: DecimalInvoer, balanstotaal: DecimalInvoer) {
  if (dec(balanstotaal).isNegative())
    throw new InvoerFout("getal", "het balanstotaal kan niet negatief zijn");
  const ratio = verhouding(eigenVermogen, balanstotaal, "het balanstotaal");
  return { ratio, norm: SOLVABILITEIT_NORM, voldoetAanNorm: ratio.greaterThanOrEqualTo(SOLVABILITEIT_NORM) };
}

export function currentRatio(vlottendeActiva: DecimalInvoer, kortlopendeSchulden: DecimalInvoer): Decimal {
  return verhouding(vlottendeActiva, kortlopendeSchulden, "de kortlopende schulden");
}

/** Almelo may contract Ontplooj without tender while ≥ 80 % of its turnover comes from Almelo. */
export function quasiInbesteding(omzetAlmelo: DecimalInvoer, omzetTotaal: DecimalInvoer) {
  const a = dec(omzetAlmelo);
  const t = dec(omzetTotaal);
  if (a.isNegative() || t.isNegative()) throw new InvoerFout("getal", "omzet kan niet negatief zijn");
  if (a.greaterThan(t)) throw new InvoerFout("waarde", "de omzet uit Almelo is groter dan de totale omzet");
  const aandeel = verhouding(a, t, "de totale omzet");
  return { aandeel, norm: INBESTEDING_NORM, voldoet: aandeel.greaterThanOrEqualTo(INBESTEDING_NORM) };
}
