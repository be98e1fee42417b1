// Throughput of the custom functions as Excel calls them (2-D ranges in, a number out), for a
// bijlage 1 of 11 service lines and for a synthetic range of 10,000 rows; and seconds per million
// cells for ranges of 1,000,000 cells (issue 10: under a second per million cells).
// `npx tsx bench/run.ts functions` (or `npm run bench` for all benches).
import "../test/functions/customfunctions-dubbel"; // Excel's CustomFunctions global, outside Excel
import { cellen, isLeeg, metFouten } from "../src/functions/argumenten";
import { nacalc, opresult, verschil, voorcalc } from "../src/functions/functions";
import { druk, meet } from "./meet";
import { afwisselend } from "./afwisselend";
import { registreerDoel } from "./doelen";

const TARIEVEN_2023 = [7150, 4121, 5420, -4110, -8530, -13727, 1271, 321, 2223, 700, 47];

/** Half away from zero, like rondCenten, in binary floats. */
function rondFloat(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

/** A cell as a float: a number as is, an empty cell 0, plain Dutch text by its decimal comma. */
function floatVan(c: unknown): number {
  if (typeof c === "number") return c;
  if (isLeeg(c)) return 0;
  const n = Number(String(c).replace(",", "."));
  if (!Number.isFinite(n)) throw new Error("geen getal");
  return n;
}

/**
 * The floor: NACALC as the same adapter in plain JS floats: the same argument handling (ranges
 * flattened and checked by `cellen`, empty rows skipped, errors through metFouten), then tariff ×
 * count rounded per line, cost and revenue totals, surcharge, advances, in doubles.
 */
function nacalcFloat(
  tarieven: unknown[][],
  aantallen: unknown[][],
  voorschotten: unknown[][],
  opslag: unknown,
) {
  return metFouten("NACALC", () => {
    const t = cellen(tarieven, "tarieven").waarden;
    const a = cellen(aantallen, "aantallen").waarden;
    if (t.length !== a.length) throw new Error("ongelijke bereiken");
    let kosten = 0;
    let opbrengsten = 0;
    for (let i = 0; i < t.length; i++) {
      if (isLeeg(t[i]) && isLeeg(a[i])) continue;
      const tarief = floatVan(t[i]);
      const b = rondFloat(tarief * floatVan(a[i]));
      if (tarief > 0) kosten += b;
      else opbrengsten += b;
    }
    let betaald = 0;
    for (const v of cellen(voorschotten, "voorschotten").waarden) betaald += floatVan(v);
    const pct =
      typeof opslag === "string" && opslag.endsWith("%")
        ? floatVan(opslag.slice(0, -1)) / 100
        : floatVan(opslag);
    const totaal = kosten + opbrengsten + (kosten > 0 ? rondFloat(pct * kosten) : 0);
    return rondFloat(totaal - betaald);
  });
}

/** A column range of n rows as Excel passes it: cycles the 2023 tariffs, volumes with decimals. */
function bijlage(n: number): { tarieven: unknown[][]; aantallen: unknown[][]; bedragen: unknown[][] } {
  const tarieven: unknown[][] = [];
  const aantallen: unknown[][] = [];
  const bedragen: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const tarief = TARIEVEN_2023[i % TARIEVEN_2023.length];
    const aantal = 1 + ((i * 37) % 400) / 4; // 1 … 100.75 in quarters
    tarieven.push([tarief]);
    aantallen.push([aantal]);
    bedragen.push([Math.round(Math.abs(tarief) * aantal * 100) / 100]);
  }
  return { tarieven, aantallen, bedragen };
}

export async function run(): Promise<void> {
  const voorschotten = [Array.from({ length: 12 }, () => 4000)];
  // Goal rows: NACALC exact against the same in floats, interleaved, medians.
  for (const [rijen, perRonde, doel] of [
    [10_000, 5, 3],
    [11, 2000, 5],
  ] as const) {
    const b = bijlage(rijen);
    const p = afwisselend(
      () => nacalc(b.tarieven, b.aantallen, voorschotten, "2%"),
      () => nacalcFloat(b.tarieven, b.aantallen, voorschotten, "2%"),
      { rondes: 21, perRonde },
    );
    registreerDoel({
      maat: `NACALC, ${rijen.toLocaleString("nl-NL")} regels, exact tegen JS-floats`,
      nu: p.nu,
      vloer: p.vloer,
      eenheid: "ms",
      doel: { verhouding: doel },
    });
  }
  for (const rijen of [11, 10_000]) {
    const b = bijlage(rijen);
    const ms = rijen > 100 ? 2000 : 1000;
    druk(
      meet(
        `OPRESULT, ${rijen.toLocaleString("nl-NL")} rijen opbrengsten en kosten`,
        () => opresult(b.bedragen, b.bedragen, 443),
        ms,
      ),
      "aanroepen/s",
    );
    druk(
      meet(
        `NACALC, ${rijen.toLocaleString("nl-NL")} regels, 12 voorschotten, 2% opslag`,
        () => nacalc(b.tarieven, b.aantallen, voorschotten, "2%"),
        ms,
      ),
      "aanroepen/s",
    );
  }
  // Numbers stored as Dutch text cost a parse per cell: the same 11 lines as text.
  const tekst = bijlage(11);
  const alsTekst = (r: unknown[][]) => r.map(([x]) => [String(x).replace(".", ",")]);
  const tarieven = alsTekst(tekst.tarieven);
  const aantallen = alsTekst(tekst.aantallen);
  druk(
    meet("NACALC, 11 regels als Nederlandse tekst", () => nacalc(tarieven, aantallen, voorschotten, "2%")),
    "aanroepen/s",
  );

  // A million cells per range: one call each, as seconds per million cells.
  const miljoen = bijlage(1_000_000);
  const alsTekstM = alsTekst(miljoen.aantallen);
  const tarievenTekstM = alsTekst(miljoen.tarieven);
  const perMiljoen = (naam: string, cellen: number, fn: () => unknown) => {
    const start = process.hrtime.bigint();
    fn();
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`${naam.padEnd(60)} ${(s / (cellen / 1e6)).toFixed(2).padStart(14)} s per miljoen cellen`);
  };
  // The floor on this machine at this moment: only flattening the two ranges, no number read.
  perMiljoen("ondergrens: 2 × 1.000.000 cellen alleen doorlopen", 2e6, () => [
    cellen(miljoen.tarieven, "tarieven"),
    cellen(miljoen.aantallen, "aantallen"),
  ]);
  perMiljoen("OPRESULT, 2 × 1.000.000 cellen (getallen)", 2e6, () =>
    opresult(miljoen.bedragen, miljoen.bedragen),
  );
  perMiljoen("OPRESULT, 2 × 1.000.000 cellen (Nederlandse tekst)", 2e6, () => opresult(alsTekstM, alsTekstM));
  perMiljoen("VERSCHIL, 2 × 1.000.000 cellen", 2e6, () => verschil(miljoen.bedragen, miljoen.aantallen));
  perMiljoen("NACALC, 1.000.000 regels (tarief × aantal per regel)", 2e6, () =>
    nacalc(miljoen.tarieven, miljoen.aantallen, voorschotten, "2%"),
  );
  perMiljoen("VOORCALC, 1.000.000 regels (tarief × aantal per regel)", 2e6, () =>
    voorcalc(miljoen.tarieven, miljoen.aantallen, "2%"),
  );
  perMiljoen("NACALC, 11 regels, 1.000.000 voorschotten", 1e6, () =>
    nacalc(tekst.tarieven, tekst.aantallen, miljoen.bedragen, "2%"),
  );
  perMiljoen("NACALC, 1.000.000 regels als Nederlandse tekst", 2e6, () =>
    nacalc(tarievenTekstM, alsTekstM, voorschotten, "2%"),
  );
}
