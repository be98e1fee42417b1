// The right answer of an "onbekend" workbook, from its plain data with decimal.js only
// (DOMAIN.md §3): line = tariff × count rounded to cents half away from zero; the surcharge on
// the cost lines (positive tariff), rounded; saldo = nacalculatie − advances paid.
import { D, type Data } from "./generator";

type Dec = InstanceType<typeof D>;
const centen = (x: Dec) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);

function som(regels: [string, string][], opslag: string): Dec {
  let totaal = new D(0);
  let kosten = new D(0);
  for (const [tarief, aantal] of regels) {
    const bedrag = centen(new D(tarief).times(aantal));
    totaal = totaal.plus(bedrag);
    if (new D(tarief).greaterThan(0)) kosten = kosten.plus(bedrag);
  }
  return totaal.plus(centen(new D(opslag).times(kosten)));
}

export const voorcalculatie = (d: Data): Dec =>
  som(
    d.regels.map((r) => [r.tarief, r.aantal]),
    d.opslag,
  );

export const nacalculatie = (d: Data): Dec =>
  som(
    d.regels.map((r) => [r.tariefGer, r.aantalGer]),
    d.opslag,
  );

export interface Antwoord {
  gemeente: string;
  jaar: number;
  voorcalculatie: string;
  nacalculatie: string;
  voorschottenBetaald: string;
  saldo: string;
}

export function antwoord(d: Data): Antwoord {
  const na = nacalculatie(d);
  const betaald = d.voorschotten.reduce((s, v) => s.plus(v), new D(0));
  return {
    gemeente: d.gemeente,
    jaar: d.jaar,
    voorcalculatie: voorcalculatie(d).toFixed(2),
    nacalculatie: na.toFixed(2),
    voorschottenBetaald: betaald.toFixed(2),
    saldo: na.minus(betaald).toFixed(2),
  };
}
