// The right answer of a corpus workbook, computed straight from its data with decimal.js (not
// through src/core): DOMAIN.md §3. Lines are tariff × units rounded to cents half away from zero;
// the risk surcharge is the rounded percentage of the sum of the cost lines (positive tariff);
// saldo = nacalculatie − advances paid.
import DecimalJs from "decimal.js";
import type { Gegevens } from "./gegevens";

/** Own Decimal: 60 digits, half away from zero (decimal.js ROUND_HALF_UP rounds ties away from 0). */
export const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

const centen = (x: Dec) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);

function calculatie(regels: { tarief: Dec; aantal: Dec }[], opslag: Dec): Dec {
  let subtotaal = new D(0);
  let kosten = new D(0);
  for (const r of regels) {
    const bedrag = centen(r.tarief.times(r.aantal));
    subtotaal = subtotaal.plus(bedrag);
    if (r.tarief.greaterThan(0)) kosten = kosten.plus(bedrag);
  }
  return subtotaal.plus(kosten.greaterThan(0) ? centen(opslag.times(kosten)) : 0);
}

export function voorcalculatie(g: Gegevens): Dec {
  return calculatie(
    g.regels.map((r) => ({ tarief: r.tarief, aantal: r.aantalBegroot })),
    g.risicoOpslag,
  );
}

export function nacalculatie(g: Gegevens): Dec {
  return calculatie(
    g.regels.map((r) => ({ tarief: r.tariefGerealiseerd, aantal: r.aantalGerealiseerd })),
    g.risicoOpslag,
  );
}

export interface Antwoord {
  gemeente: string;
  jaar: number;
  /** Exact amounts with two decimals, as the CLI's --json writes them. */
  voorcalculatie: string;
  nacalculatie: string;
  voorschottenBetaald: string;
  saldo: string;
}

export function antwoord(g: Gegevens): Antwoord {
  const na = nacalculatie(g);
  const betaald = g.voorschotten.reduce((s, v) => s.plus(v.bedrag), new D(0));
  return {
    gemeente: g.gemeente,
    jaar: g.jaar,
    voorcalculatie: voorcalculatie(g).toFixed(2),
    nacalculatie: na.toFixed(2),
    voorschottenBetaald: betaald.toFixed(2),
    saldo: na.minus(betaald).toFixed(2),
  };
}
