// `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own figures.
// Benchmarks measure and print; they never fail on a time (tests check behaviour, not speed).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { doelTabel } from "./doelen";

async function main(): Promise<void> {
  const filter = process.argv[2];
  const bestanden = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  for (const f of bestanden) {
    const mod = (await import(join(__dirname, f))) as { run: () => Promise<void> };
    console.log(`\n== ${f.replace(".bench.ts", "")}`);
    await mod.run();
  }
  const tabel = doelTabel();
  if (tabel.length > 0)
    console.log(["", "== doelen (issue 14): medianen, vloer gemeten in dezelfde run", ...tabel].join("\n"));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
