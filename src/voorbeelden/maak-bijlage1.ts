// Writes the bundled bijlage-1 sample workbooks: `npx tsx src/voorbeelden/maak-bijlage1.ts`.
// Deterministic: the same bytes on every run (fixed dates in the zip and the properties); the data and the
// builder live in src/voorbeelden/bijlage1.ts, where their sources are documented.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  GEMEENTE_NAMEN,
  KAPOTTE_VOORBEELDEN,
  bouwWerkmap,
  vasteBytes,
  voorbeeldBestandsnaam,
  voorbeeldData,
} from "./bijlage1";

async function main(): Promise<void> {
  const map = resolve(__dirname, "../../assets/bijlage1");
  const kapot = join(map, "kapot");
  mkdirSync(kapot, { recursive: true });
  for (const naam of GEMEENTE_NAMEN) {
    const { wb } = bouwWerkmap(voorbeeldData(naam));
    const pad = join(map, voorbeeldBestandsnaam(naam));
    writeFileSync(pad, await vasteBytes(wb));
    console.log(`geschreven: ${pad}`);
  }
  for (const k of KAPOTTE_VOORBEELDEN) {
    const pad = join(kapot, k.bestand);
    writeFileSync(pad, await vasteBytes(k.bouw()));
    console.log(`geschreven: ${pad}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
