// Child process of the payroll memory bench: checks one CSV batch file the way the CLI does
// (read, decode, parse, check) and prints its peak resident memory (maxRSS, KiB) on the last line.
import { readFileSync } from "node:fs";
import { csvNaarGrid, decodeerCsv, scheidingVan } from "../src/cli/csv-grid";
import { controleerBetaalbatch } from "../src/core/payroll";

const tekst = decodeerCsv(readFileSync(process.argv[2]));
const r = controleerBetaalbatch(csvNaarGrid(tekst, { scheiding: scheidingVan(tekst) }));
console.log(r.samenvatting.aantalRegels);
console.log(process.resourceUsage().maxRSS);
