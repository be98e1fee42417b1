// Register and bank-file matching (issue 13): transactions per second at 10k and 100k people
// (1M with BENCH_MILJOEN=1: its pain.001 text is ~400 MB, near V8's string limit, too heavy for
// the shared 2-core machine by default), time per transaction per tenfold (linear growth: ratio
// ~1), the share of garbage collection, and the process's peak memory.
// The figures are what the register + bank file add to the plain batch check (the difference),
// next to two floors measured in the same run on the same data: the plain batch check, and saxes
// reading the same XML with empty handlers (the parser alone; no pain.001 reader can be faster).
// Wall-clock and CPU time both: on a shared machine wall-clock moves with the other processes.
import { PerformanceObserver } from "node:perf_hooks";
import { SaxesParser } from "saxes";
import { batchRijen, maakPersonen, type VoorbeeldBatch } from "../src/voorbeelden/loonbatch";
import { betalingenVan, painXml, REKENING_ALMELO } from "../src/voorbeelden/rechtmatigheid";
import { controleerBetaalbatch, dagVan, decodeerXml, leesSepa } from "../src/core/payroll";
import type { CelWaarde, Grid } from "../src/core/grid";

function registerGrid(b: VoorbeeldBatch): Grid {
  const rijen: CelWaarde[][] = [
    ["Rekening gemeente", REKENING_ALMELO],
    [],
    ["Personeelsnummer", "BSN", "Naam", "Regeling", "Gemeente", "Datum in dienst", "Parttimefactor"],
  ];
  const sinds = dagVan(2015, 3, 1)!;
  for (const r of b.regels)
    rijen.push([
      r.personeelsnummer,
      r.bsn,
      r.naam,
      r.regeling,
      "Almelo",
      sinds,
      (r.parttimefactor as number) / 1e6,
    ]);
  return { blad: "Personeelsregister", startRij: 0, startKolom: 0, waarden: rijen };
}

/** Garbage-collection time (ms) since start, from the runtime's own gc entries. */
let gcMs = 0;
const gcWaarnemer = new PerformanceObserver((lijst) => {
  for (const e of lijst.getEntries()) gcMs += e.duration;
});

interface Tijd {
  /** Per run, milliseconds: wall clock, CPU (all threads of the process), garbage collection. */
  wand: number;
  cpu: number;
  gc: number;
}

/** Runs `fn` at least twice and for about `ms` after one warm-up; mean times per run. */
async function tijd(fn: () => unknown, ms: number): Promise<Tijd> {
  fn();
  await new Promise((r) => setImmediate(r)); // let the gc entries of the warm-up arrive
  const gc0 = gcMs;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let runs = 0;
  let wand = 0;
  while (runs < 2 || wand < ms) {
    fn();
    runs++;
    wand = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const cpu = process.cpuUsage(cpu0);
  await new Promise((r) => setImmediate(r));
  return { wand: wand / runs, cpu: (cpu.user + cpu.system) / 1000 / runs, gc: (gcMs - gc0) / runs };
}

/** saxes over the text with handlers that do nothing: the parser's own cost, the reader's floor. */
function kaleSaxes(xml: string): void {
  const p = new SaxesParser({ xmlns: false, position: true });
  let n = 0;
  p.on("opentag", () => n++);
  p.on("closetag", () => n++);
  p.on("text", () => n++);
  p.write(xml).close();
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const f = (x: number) => Math.round(x).toLocaleString("nl-NL");
const us = (ms: number, n: number) => ((ms * 1000) / n).toFixed(2);

function painVoor(batch: VoorbeeldBatch, eenCentAnders: boolean): Uint8Array {
  const betalingen = betalingenVan(batch);
  if (eenCentAnders) betalingen[0] = { ...betalingen[0], bedrag: (betalingen[0].bedrag as number) + 1 };
  return new TextEncoder().encode(
    painXml({
      versie: "pain.001.001.09",
      berichtId: "BENCH",
      aangemaakt: "2026-10-20T09:00:00",
      debiteur: { naam: "Gemeente Almelo", iban: REKENING_ALMELO, bic: "ONTPNL2A" },
      uitvoerdatum: "2026-10-23",
      betalingen,
    }),
  );
}

export async function run(): Promise<void> {
  gcWaarnemer.observe({ entryTypes: ["gc"] });
  const groottes = process.env.BENCH_MILJOEN === "1" ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  console.log(
    `(wand = wandkloktijd, cpu = processortijd van het proces; de machine wordt gedeeld, vergelijk verhoudingen in één run)`,
  );
  let vorige: { n: number; extra: Tijd; lees: Tijd; vloer: Tijd } | null = null;
  for (const n of groottes) {
    const batch: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: maakPersonen(n, 42) };
    const grid: Grid = {
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: batchRijen(batch, "xlsx"),
    };
    const register = registerGrid(batch);
    const xml = painVoor(batch, false);
    const opties = { register, betaalbestand: { naam: "bench.xml", inhoud: xml } };
    // Sanity: a clean batch, register and bank file, so the normal path is measured.
    const controle = controleerBetaalbatch(grid, opties);
    if (controle.bevindingen.length !== 0 || controle.samenvatting.betaalbestand?.gekoppeld !== n)
      throw new Error(`bench onverwacht: ${controle.bevindingen.length} bevindingen`);
    // One payment a cent off: one finding, so the exit mask builds its set of people once.
    const opties1 = { register, betaalbestand: { naam: "bench.xml", inhoud: painVoor(batch, true) } };
    const een = controleerBetaalbatch(grid, opties1).bevindingen.map((b) => b.code);
    if (een.length !== 1 || een[0] !== "SEPA_BEDRAG_ANDERS")
      throw new Error(`bench onverwacht: ${een.join(", ")}`);

    const ms = n >= 1_000_000 ? 1 : 3000;
    const kaal = await tijd(() => controleerBetaalbatch(grid), ms);
    const vol = await tijd(() => controleerBetaalbatch(grid, opties), ms);
    const met1 = await tijd(() => controleerBetaalbatch(grid, opties1), ms);
    const lees = await tijd(() => leesSepa(xml), ms);
    const tekst = decodeerXml(xml);
    const vloer = await tijd(() => kaleSaxes(tekst), ms);
    const extra: Tijd = { wand: vol.wand - kaal.wand, cpu: vol.cpu - kaal.cpu, gc: vol.gc - kaal.gc };

    console.log(
      `${n.toLocaleString("nl-NL").padStart(9)} personen (${mb(xml.length)} XML): register + betaalbestand ` +
        `${f((n / extra.wand) * 1000)} transacties/s wand, ${f((n / extra.cpu) * 1000)} cpu ` +
        `(${extra.wand.toFixed(0)} ms bovenop ${kaal.wand.toFixed(0)} ms batch; ${us(extra.wand, n)} µs per transactie; ` +
        `gc ${Math.round((vol.gc / vol.wand) * 100)} % van de volle controle)`,
    );
    console.log(
      `${"".padStart(9)}  pain.001 lezen ${f((n / lees.wand) * 1000)} tx/s (${us(lees.wand, n)} µs/tx, cpu ${us(lees.cpu, n)}); ` +
        `vloer saxes zonder verwerking ${f((n / vloer.wand) * 1000)} tx/s (${us(vloer.wand, n)} µs/tx, cpu ${us(vloer.cpu, n)}); ` +
        `lezen = ${(lees.cpu / vloer.cpu).toFixed(1)} × vloer (cpu)`,
    );
    console.log(
      `${"".padStart(9)}  met één bevinding (uitgangsmasker bouwt zijn personen): ${(met1.wand - vol.wand).toFixed(0)} ms extra wand, ` +
        `${(met1.cpu - vol.cpu).toFixed(0)} ms cpu (${us(met1.cpu - vol.cpu, n)} µs per transactie)`,
    );
    if (vorige) {
      const r = (a: number, b: number) => ((a / n) * vorige!.n) / b;
      console.log(
        `${"".padStart(9)}  groei ×${n / vorige.n} transacties: tijd per transactie ×${r(extra.wand, vorige.extra.wand).toFixed(2)} wand, ` +
          `×${r(extra.cpu, vorige.extra.cpu).toFixed(2)} cpu (lineair: ×1,00); pain.001 lezen ×${r(lees.cpu, vorige.lees.cpu).toFixed(2)} cpu, ` +
          `vloer saxes ×${r(vloer.cpu, vorige.vloer.cpu).toFixed(2)} cpu`,
      );
    }
    console.log(
      `${"".padStart(9)}  piekgeheugen van het proces tot nu: ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    vorige = { n, extra, lees, vloer };
  }
  gcWaarnemer.disconnect();
}
