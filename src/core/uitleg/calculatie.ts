// The explanation of a voorcalculatie or nacalculatie (settlement/bijdrage.ts): line amounts,
// subtotal, cost base, risk surcharge and total, from the Calculatie the engine returned. Shared
// by the Eindafrekening sheet and the VOORCALC / NACALC functions.
import type { Calculatie, RegelBedrag } from "../settlement";
import { afronding, keuze, percentageTekst, product, som } from "./knoop";
import type { UitlegKnoop } from "./model";

/** One line: tarief × aantal (exact), rounded to cents, with the engine's own amount. */
export function regelUitleg(
  label: string,
  r: RegelBedrag,
  tarief: UitlegKnoop,
  aantal: UitlegKnoop,
): UitlegKnoop {
  const exact = product(
    `${label}, onafgerond`,
    r.tarief.times(r.aantal),
    [tarief, aantal],
    "tarief × aantal",
  );
  return afronding(label, r.bedrag, exact, "tarief × aantal, afgerond op centen");
}

export interface CalculatieLabels {
  subtotaal: string;
  kosten: string;
  opslag: string;
  totaal: string;
}

export interface CalculatieUitleg {
  subtotaal: UitlegKnoop;
  kosten: UitlegKnoop;
  opslag: UitlegKnoop;
  totaal: UitlegKnoop;
}

/**
 * Subtotal, cost base, surcharge and total of a calculation, over the trees of its lines
 * (`regels[i]` explains `c.regels[i].bedrag`) and the tree of the surcharge percentage.
 */
export function calculatieUitleg(
  c: Calculatie,
  regels: readonly UitlegKnoop[],
  percentage: UitlegKnoop,
  labels: CalculatieLabels,
): CalculatieUitleg {
  if (regels.length !== c.regels.length)
    throw new Error(`calculatieUitleg: ${regels.length} bomen voor ${c.regels.length} regels`);
  const subtotaal = som(labels.subtotaal, c.subtotaal, [...regels]);
  const kostenRegels = regels.filter((_, i) => c.regels[i].kosten);
  const kosten = som(
    labels.kosten,
    c.kostenTotaal,
    kostenRegels,
    `som van de ${kostenRegels.length} kostenregels (tarief > 0)`,
  );
  const pct = percentageTekst(c.risicoOpslagPercentage);
  const opslag = c.kostenTotaal.greaterThan(0)
    ? afronding(
        labels.opslag,
        c.risicoOpslag,
        product(
          `${labels.opslag}, onafgerond`,
          c.risicoOpslagPercentage.times(c.kostenTotaal),
          [percentage, kosten],
          `risico-opslag ${pct} × kostenregels`,
        ),
        `risico-opslag ${pct} over de kostenregels, afgerond op centen`,
      )
    : keuze(
        labels.opslag,
        c.risicoOpslag,
        "bedrag",
        "geenOpslag",
        "geen risico-opslag: de kostenregels zijn samen niet positief",
        [kosten],
      );
  const totaal = som(labels.totaal, c.totaal, [subtotaal, opslag], "subtotaal + risico-opslag");
  return { subtotaal, kosten, opslag, totaal };
}
