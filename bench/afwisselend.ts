// Interleaved timing for the goal table (issue 14): the measured path and its floor run in turn,
// round after round, so a busy machine slows both alike; each reports the median of its rounds.
import { spawnSync } from "node:child_process";

export interface Paar {
  /** Median milliseconds per call of the measured path and of its floor. */
  nu: number;
  vloer: number;
}

export function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function keer(fn: () => unknown, n: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / n;
}

/**
 * Runs `nu` and `vloer` in turn for `rondes` rounds (after a warm-up), each round `perRonde`
 * calls of one then the other (many calls for a path of microseconds), and returns the medians.
 */
export function afwisselend(
  nu: () => unknown,
  vloer: () => unknown,
  { rondes = 15, perRonde = 1, opwarmen = 3 }: { rondes?: number; perRonde?: number; opwarmen?: number } = {},
): Paar {
  keer(nu, opwarmen * perRonde);
  keer(vloer, opwarmen * perRonde);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rondes; r++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    if (r % 2 === 0) {
      a.push(keer(nu, perRonde));
      b.push(keer(vloer, perRonde));
    } else {
      b.push(keer(vloer, perRonde));
      a.push(keer(nu, perRonde));
    }
  }
  return { nu: mediaan(a), vloer: mediaan(b) };
}

/**
 * Peak resident memory (maxRSS, MiB) of two child processes run in turn, `rondes` times each:
 * `node <args>` for both; the medians. A child that fails stops the bench with its stderr.
 */
export function geheugenAfwisselend(nu: string[], vloer: string[], rondes = 5): Paar {
  const a: number[] = [];
  const b: number[] = [];
  const piek = (args: string[]): number => {
    const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`kindproces ${args.join(" ")} faalde: ${r.stderr}`);
    // The child prints its own process.resourceUsage().maxRSS (KiB) on the last line.
    const regels = r.stdout.trim().split("\n");
    const kib = Number(regels[regels.length - 1]);
    if (!Number.isFinite(kib)) throw new Error(`kindproces ${args.join(" ")} gaf geen maxRSS: ${r.stdout}`);
    return kib / 1024;
  };
  for (let r = 0; r < rondes; r++) {
    if (r % 2 === 0) {
      a.push(piek(nu));
      b.push(piek(vloer));
    } else {
      b.push(piek(vloer));
      a.push(piek(nu));
    }
  }
  return { nu: mediaan(a), vloer: mediaan(b) };
}
