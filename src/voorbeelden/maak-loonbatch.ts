// Writes the sample payment batches of assets/loonbatch/ (deterministic: same files every run).
//   npx tsx src/voorbeelden/maak-loonbatch.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { batchNaarCsv, batchNaarXlsx, minimaleBijlage1, voorbeeldScenario } from "./loonbatch";
import { painBytes, rechtmatigheidScenario, registerNaarXlsx } from "./rechtmatigheid";

async function main(): Promise<void> {
  const map = join(__dirname, "..", "..", "assets", "loonbatch");
  mkdirSync(map, { recursive: true });
  const s = voorbeeldScenario();
  const r = rechtmatigheidScenario();
  const bestanden: [string, Buffer | string][] = [
    ["almelo-2026-09-vorige.xlsx", await batchNaarXlsx(s.vorige)],
    ["almelo-2026-09-vorige.csv", batchNaarCsv(s.vorige)],
    ["almelo-2026-10-schoon.xlsx", await batchNaarXlsx(s.schoon)],
    ["almelo-2026-10-schoon.csv", batchNaarCsv(s.schoon)],
    ["almelo-2026-10-afwijkingen.xlsx", await batchNaarXlsx(s.afwijkingen)],
    ["almelo-2026-10-afwijkingen.csv", batchNaarCsv(s.afwijkingen)],
    ["almelo-2026-bijlage1-verloning.xlsx", await minimaleBijlage1("Almelo", 2026, s.verloningBegroot)],
    ["almelo-personeelsregister.xlsx", await registerNaarXlsx(r.registerSchoon)],
    ["almelo-personeelsregister-afwijkingen.xlsx", await registerNaarXlsx(r.registerAfwijkingen)],
    ["almelo-2026-10-betaalbestand.xml", painBytes(r.sepaSchoon)],
    ["almelo-2026-10-betaalbestand-afwijkingen.xml", painBytes(r.sepaAfwijkingen)],
  ];
  for (const [naam, inhoud] of bestanden) {
    writeFileSync(join(map, naam), inhoud);
    console.log(`geschreven: assets/loonbatch/${naam}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
