// Shared timing helper for the benches: runs a function repeatedly for about `ms` and reports ops/s.
export interface Meting {
  naam: string;
  opsPerSec: number;
  gemiddeldMs: number;
  runs: number;
}

export function meet(naam: string, fn: () => unknown, ms = 1000): Meting {
  for (let i = 0; i < 3; i++) fn(); // warm-up so the JIT has seen the code
  let runs = 0;
  const start = process.hrtime.bigint();
  let verstreken = 0;
  while (verstreken < ms) {
    fn();
    runs++;
    verstreken = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { naam, opsPerSec: (runs / verstreken) * 1000, gemiddeldMs: verstreken / runs, runs };
}

export async function meetAsync(naam: string, fn: () => Promise<unknown>, ms = 1000): Promise<Meting> {
  await fn();
  let runs = 0;
  const start = process.hrtime.bigint();
  let verstreken = 0;
  while (verstreken < ms) {
    await fn();
    runs++;
    verstreken = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { naam, opsPerSec: (runs / verstreken) * 1000, gemiddeldMs: verstreken / runs, runs };
}

export function druk(m: Meting, eenheid = "ops/s"): void {
  const ops = m.opsPerSec >= 100 ? Math.round(m.opsPerSec).toLocaleString("nl-NL") : m.opsPerSec.toFixed(2);
  console.log(
    `${m.naam.padEnd(60)} ${ops.padStart(14)} ${eenheid}   (${m.gemiddeldMs.toFixed(3)} ms/run, ${m.runs} runs)`,
  );
}
