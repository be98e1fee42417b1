// Throughput of the settlement core: a full nacalculatie (realised tariffs, largest-remainder
// split per service, conservation check) followed by the eindafrekening of every municipality.
// `npx tsx bench/run.ts core` (or `npm run bench`) prints operations per second.
import { DIENSTEN, GEMEENTEN, type DienstCode, type GemeenteNaam } from "../src/core/catalogue";
import { dec, type Decimal } from "../src/core/money";
import {
  eindafrekening,
  nacalculatieOntplooj,
  voorschotten,
  type DienstRealisatie,
  type GemeenteRealisatie,
} from "../src/core/settlement";
import { druk, meet } from "./meet";
import { prng } from "../src/voorbeelden/loonbatch";

interface Scenario {
  realisatie: DienstRealisatie[];
  gemeenten: GemeenteRealisatie[];
  /** The advances paid per municipality (12 monthly terms of its voorcalculatie). */
  betaald: Decimal[][];
}

/** n municipalities buying all 11 services, with awkward volumes (two decimals) and amounts. */
function scenario(aantalGemeenten: number): Scenario {
  const r = prng(20231 + aantalGemeenten);
  const namen: GemeenteNaam[] = GEMEENTEN.map((g) => g.naam);
  const gemeenten: GemeenteRealisatie[] = Array.from({ length: aantalGemeenten }, (_, i) => {
    const aantallen: Partial<Record<DienstCode, string>> = {};
    for (const d of DIENSTEN) aantallen[d.code] = (1 + r() * 300).toFixed(2);
    return { gemeente: namen[i % namen.length], risicoOpslag: i % 5 === 0 ? 0 : "0.035", aantallen };
  });
  const realisatie: DienstRealisatie[] = DIENSTEN.map((d) => {
    const eenheden = gemeenten.reduce((s, g) => s + Number(g.aantallen[d.code]), 0);
    const perEenheid = Math.abs(d.tarief2023) * (0.9 + r() * 0.2);
    return { code: d.code, bedrag: (eenheden * perEenheid).toFixed(2) };
  });
  const betaald = gemeenten.map((g) => {
    const voorcalculatie = DIENSTEN.reduce(
      (s, d) => s.plus(dec(d.tarief2023).times(g.aantallen[d.code]!)),
      dec(0),
    );
    return voorschotten(voorcalculatie.toDecimalPlaces(2), 12);
  });
  return { realisatie, gemeenten, betaald };
}

function nacalculatieEnEindafrekening(s: Scenario): number {
  const n = nacalculatieOntplooj(s.realisatie, s.gemeenten);
  if (!n.conservatie.klopt) throw new Error("behoudscontrole faalt");
  let bijbetalen = 0;
  n.perGemeente.forEach((p, i) => {
    const e = eindafrekening(p.calculatie.totaal, s.betaald[i], 2023, p.gemeente);
    if (e.richting === "bijbetalen") bijbetalen++;
  });
  return bijbetalen;
}

export async function run(): Promise<void> {
  const klein = scenario(5);
  const groot = scenario(1000);
  druk(
    meet("nacalculatie + eindafrekening, 5 gemeenten × 11 diensten", () =>
      nacalculatieEnEindafrekening(klein),
    ),
  );
  druk(
    meet(
      "nacalculatie + eindafrekening, 1.000 gemeenten × 11 diensten",
      () => nacalculatieEnEindafrekening(groot),
      3000,
    ),
  );
}
