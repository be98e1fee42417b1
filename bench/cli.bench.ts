// Command-line start-up and a small job as whole processes, the way a user runs them: the built
// bin (dist-cli/ontplooj.js, rebuilt first when stale) against `node -e 0` as the floor, and the
// old way through tsx for reference. Rounds are interleaved (one run of each per round) so a busy
// machine slows every variant alike; medians per variant.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { registreerDoel } from "./doelen";

const ROOT = join(__dirname, "..");
const RONDES = 11;
const VOORBEELD = join(ROOT, "assets/bijlage1/bijlage1-2023-almelo.xlsx");

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Seconds for one whole process; throws when it does not end as expected. */
function proces(args: string[], code = 0): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== code) throw new Error(`node ${args.join(" ")}: afsluitcode ${r.status}, verwacht ${code}`);
  return s;
}

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundelActueel } = require("../scripts/bouw-cli.js") as { bundelActueel(): string };
  const bin = bundelActueel();
  const tsx = require.resolve("tsx/cli");
  const varianten: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["ontplooj --help", [bin, "--help"]],
    ["ontplooj validate (voorbeeld Almelo)", [bin, "validate", VOORBEELD]],
    ["tsx src/cli/main.ts --help (vroeger)", [tsx, "src/cli/main.ts", "--help"]],
    ["tsx src/cli/main.ts validate (vroeger)", [tsx, "src/cli/main.ts", "validate", VOORBEELD]],
  ];
  const tijden = varianten.map(() => [] as number[]);
  for (const [, args] of varianten) proces(args); // warm the file cache
  for (let r = 0; r < RONDES; r++) varianten.forEach(([, args], i) => tijden[i].push(proces(args)));
  const med = tijden.map(mediaan);
  varianten.forEach(([naam], i) =>
    console.log(`${naam.padEnd(60)} ${med[i].toFixed(3).padStart(8)} s   (mediaan van ${RONDES})`),
  );
  const [vloer, hulp, validate] = med;
  registreerDoel({
    maat: "CLI-start (--help) tegen node -e 0",
    nu: hulp,
    vloer,
    eenheid: "s",
    doel: { verhouding: 1.5 },
  });
  registreerDoel({
    maat: "CLI validate van een voorbeeldwerkmap, heel proces (vloer: node -e 0)",
    nu: validate,
    vloer,
    eenheid: "s",
    doel: { hoogstens: 0.6 },
  });
}
