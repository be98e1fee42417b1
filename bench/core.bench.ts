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
import { afwisselend } from "./afwisselend";
import { registreerDoel } from "./doelen";
import { prng } from "../src/voorbeelden/loonbatch";

interface Scenario {
  realisatie: DienstRealisatie[];
  gemeenten: GemeenteRealisatie[];
  /** The advances paid per municipality (12 monthly terms of its voorcalculatie). */
  betaald: Decimal[][];
  /** The same advances as doubles, for the float floor. */
  betaaldFloat: number[][];
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
  return { realisatie, gemeenten, betaald, betaaldFloat: betaald.map((b) => b.map((x) => x.toNumber())) };
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

/**
 * The same, then every line of every municipality read as a fill writes it (amount and count as
 * Decimals): the lines' Decimals are built on first read, so this shows what reading them costs.
 */
function metElkeRegelGelezen(s: Scenario): number {
  const n = nacalculatieOntplooj(s.realisatie, s.gemeenten);
  let regels = 0;
  for (const p of n.perGemeente)
    for (const r of p.calculatie.regels) if (!r.bedrag.isNaN() && r.aantal) regels++;
  return regels;
}

/** Half away from zero, like rondCenten, in binary floats. */
function rondFloat(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

/**
 * The floor: the same nacalculatie and eindafrekening in plain JS floats on the same inputs —
 * realised tariffs, the largest-remainder split per service in cents, a line object per
 * municipality and service, totals, surcharge, conservation check, saldo and its sentence.
 */
function nacalculatieEnEindafrekeningFloat(s: Scenario): number {
  const n = s.gemeenten.length;
  const regels: { code: string; tarief: number; aantal: number; bedrag: number; kosten: boolean }[][] =
    s.gemeenten.map(() => []);
  let verwacht = 0;
  for (const r of s.realisatie) {
    const kosten = DIENSTEN.find((d) => d.code === r.code)!.soort === "kosten";
    const bedrag = rondFloat(Number(r.bedrag));
    const aantallen = s.gemeenten.map((g) => Number(g.aantallen[r.code] ?? 0));
    const eenheden = aantallen.reduce((a, b) => a + b, 0);
    const tarief = (kosten ? bedrag : -bedrag) / eenheden;
    const centen = Math.round(bedrag * 100);
    verwacht += kosten ? centen : -centen;
    const exact = aantallen.map((a) => (centen * a) / eenheden);
    const delen = exact.map(Math.floor);
    let rest = centen - delen.reduce((a, b) => a + b, 0);
    const volgorde = exact
      .map((_, i) => i)
      .sort((a, b) => exact[b] - delen[b] - (exact[a] - delen[a]) || a - b);
    for (const i of volgorde) {
      if (rest <= 0) break;
      delen[i]++;
      rest--;
    }
    for (let i = 0; i < n; i++)
      regels[i].push({
        code: r.code,
        tarief,
        aantal: aantallen[i],
        bedrag: (kosten ? delen[i] : -delen[i]) / 100,
        kosten,
      });
  }
  let gevonden = 0;
  let bijbetalen = 0;
  s.gemeenten.forEach((g, i) => {
    let k = 0;
    let o = 0;
    for (const r of regels[i]) {
      if (r.kosten) k += r.bedrag;
      else o += r.bedrag;
    }
    const opslag = k > 0 ? rondFloat(Number(g.risicoOpslag) * k) : 0;
    gevonden += Math.round((k + o) * 100);
    const saldo = rondFloat(k + o + opslag - s.betaaldFloat[i].reduce((a, b) => a + b, 0));
    const zin =
      saldo > 0 ? `${g.gemeente} betaalt Ontplooj € ${saldo.toFixed(2)} bij.` : `€ ${saldo.toFixed(2)}`;
    if (zin.length > 0 && saldo > 0) bijbetalen++;
  });
  if (gevonden !== verwacht) throw new Error("behoudscontrole faalt (floats)");
  return bijbetalen;
}

export async function run(): Promise<void> {
  {
    const groot = scenario(1000);
    const p = afwisselend(
      () => nacalculatieEnEindafrekening(groot),
      () => nacalculatieEnEindafrekeningFloat(groot),
      { rondes: 15 },
    );
    registreerDoel({
      maat: "core nacalculatie + eindafrekening, 1.000 gemeenten × 11, exact tegen JS-floats",
      nu: p.nu,
      vloer: p.vloer,
      eenheid: "ms",
      doel: { verhouding: 2 },
    });
  }
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
  druk(
    meet(
      "nacalculatie, 1.000 gemeenten × 11 diensten, en elke regel als Decimal gelezen",
      () => metElkeRegelGelezen(groot),
      3000,
    ),
  );
}
