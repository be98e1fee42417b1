// Operationeel resultaat (DOMAIN.md §3.6) and the contribution per fte of a work type (§3.7).
import { InvoerFout } from "../fouten";
import { dec, type Decimal, type DecimalInvoer } from "../money";

export interface OperationeelResultaat {
  /** bedrijfsopbrengsten − bedrijfskosten; negative is a loss the municipalities compensate. */
  resultaat: Decimal;
  /** The municipal contribution: −resultaat. */
  bijdrage: Decimal;
  perFte?: Decimal;
  perPersoon?: Decimal;
}

export function operationeelResultaat(invoer: {
  opbrengsten: DecimalInvoer;
  kosten: DecimalInvoer;
  fte?: DecimalInvoer;
  nominaal?: DecimalInvoer;
}): OperationeelResultaat {
  const resultaat = dec(invoer.opbrengsten).minus(dec(invoer.kosten));
  const uit: OperationeelResultaat = { resultaat, bijdrage: resultaat.negated() };
  if (invoer.fte !== undefined) uit.perFte = deel(resultaat, invoer.fte, "fte");
  if (invoer.nominaal !== undefined) uit.perPersoon = deel(resultaat, invoer.nominaal, "nominaal aantal");
  return uit;
}

function deel(teller: Decimal, noemer: DecimalInvoer, wat: string): Decimal {
  const n = dec(noemer);
  if (n.isZero()) throw new InvoerFout("deling", `delen door nul: ${wat} is 0`);
  if (n.isNegative()) throw new InvoerFout("getal", `${wat} kan niet negatief zijn`);
  return teller.div(n);
}

/**
 * Formula 7: bijdrage_per_fte(w) = (tarief_begeleiding(w) + tarief_werkgeverstaken + tarief_verloning)
 * × nominaal(w)/fte(w) + tarief_opbrengst(w). The guidance tariffs count people, revenue counts fte.
 */
export function bijdragePerFte(invoer: {
  tariefBegeleiding: DecimalInvoer;
  tariefWerkgeverstaken: DecimalInvoer;
  tariefVerloning: DecimalInvoer;
  tariefOpbrengst: DecimalInvoer;
  nominaal: DecimalInvoer;
  fte: DecimalInvoer;
}): Decimal {
  const fte = dec(invoer.fte);
  const nominaal = dec(invoer.nominaal);
  if (fte.isZero()) throw new InvoerFout("deling", "delen door nul: fte is 0");
  if (fte.isNegative() || nominaal.isNegative())
    throw new InvoerFout("getal", "nominaal en fte kunnen niet negatief zijn");
  const perPersoon = dec(invoer.tariefBegeleiding)
    .plus(dec(invoer.tariefWerkgeverstaken))
    .plus(dec(invoer.tariefVerloning));
  return perPersoon.times(nominaal).div(fte).plus(dec(invoer.tariefOpbrengst));
}
