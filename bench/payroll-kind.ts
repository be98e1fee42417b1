// Child process of the payroll memory bench: checks one CSV batch file the way the CLI does (read,
// decode, then parse and check with the rows streamed) and prints its peak resident memory
// (maxRSS, KiB) on the last line.
import { leesCsvRijen } from "../src/cli/csv-grid";
import { controleerBetaalbatch } from "../src/core/payroll";

const r = controleerBetaalbatch(leesCsvRijen(process.argv[2]));
console.log(r.samenvatting.aantalRegels);
console.log(process.resourceUsage().maxRSS);
