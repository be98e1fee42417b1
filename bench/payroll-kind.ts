// Child process of the payroll memory bench: checks one CSV batch file the way the CLI does
// (read, decode, parse, check) and prints its peak resident memory (maxRSS, KiB) on the last line.
import { leesCsvBestand } from "../src/cli/csv-grid";
import { controleerBetaalbatch } from "../src/core/payroll";

const r = controleerBetaalbatch(leesCsvBestand(process.argv[2]));
console.log(r.samenvatting.aantalRegels);
console.log(process.resourceUsage().maxRSS);
