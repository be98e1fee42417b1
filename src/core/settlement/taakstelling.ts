// Taakstelling beschut werk (DOMAIN.md §3.14): places still to realise against the state quota.
import { InvoerFout } from "../fouten";
import { dec, type DecimalInvoer } from "../money";

export function taakstellingGat(taakstelling: DecimalInvoer, gerealiseerd: DecimalInvoer) {
  const t = dec(taakstelling);
  const r = dec(gerealiseerd);
  if (t.isNegative() || r.isNegative())
    throw new InvoerFout("getal", "taakstelling en realisatie kunnen niet negatief zijn");
  return {
    gat: t.minus(r),
    realisatiegraad: t.isZero() ? null : r.div(t),
    gehaald: r.greaterThanOrEqualTo(t),
  };
}
