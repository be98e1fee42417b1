// Child process of xlsx.bench.ts: reads one .xlsx with the CLI's reader and prints, as JSON, the
// peak resident memory of this process (so the figure is the reader's own, not the bench's).
import { leesXlsx } from "../src/cli/xlsx-grid";

async function main(): Promise<void> {
  const start = process.hrtime.bigint();
  let gemeld = 0;
  const wb = await leesXlsx(process.argv[2], () => gemeld++);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const g = wb.bladen[0];
  process.stdout.write(
    JSON.stringify({
      ms,
      piekMb: process.resourceUsage().maxRSS / 1024,
      rijen: g.waarden.length,
      breedte: Math.max(...g.waarden.map((r) => r.length)),
      meldingen: gemeld,
    }),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
