// Command line: `npx ontplooj <opdracht> ...` (dist-cli/ontplooj.js, built by scripts/bouw-cli.js)
// or `npm run -s cli -- ...`. Each command lives in src/cli/commands/ and exports
// `run(argumenten): Promise<number>` returning the exit code (0 no errors, 1 findings with errors or
// a refusal, 2 cannot read / wrong use; gebruik() lists them for --help). Adding a command is one line in OPDRACHTEN.
import { zonderStuurtekens } from "../core/echo";
import { zetVoortgang } from "./voortgang";

export interface Opdracht {
  run(argumenten: string[]): Promise<number>;
}

const OPDRACHTEN: Record<string, { uitleg: string; laad: () => Promise<Opdracht> }> = {
  payroll: {
    uitleg:
      "payroll <batch.xlsx|.csv> [--vorige <bestand>] [--bijlage1 <bestand.xlsx>] [--register <bestand>] [--sepa <bestand.xml>] [--rekening <IBAN>] [--json]   controleer een betaalbatch",
    laad: () => import("./commands/payroll"),
  },
  validate: {
    uitleg: "validate <bijlage1.xlsx> [--json] [--notatie nl|en]   controleer een bijlage-1-werkboek",
    laad: () => import("./commands/validate"),
  },
  fill: {
    uitleg:
      "fill <bijlage1.xlsx> --out <uit.xlsx> [--json] [--forceer] [--notatie nl|en]   vul het blad Eindafrekening",
    laad: () => import("./commands/fill"),
  },
  ontplooj: {
    uitleg:
      "ontplooj <bestanden.xlsx…|map> [--out <overzicht.xlsx>] [--json] [--forceer] [--jaar J] [--basisjaar J] [--omzet <bestand.xlsx>]   de vijf gemeenten samen: Ontplooj-breed afrekenen en controleren",
    laad: () => import("./commands/ontplooj"),
  },
  begroting: {
    uitleg:
      "begroting <bijlage1.xlsx> --jaar <jaar> [--index 6%|reeks] [--aantallen realisatie|begroting] [--out <uit.xlsx>] [--json]   maak de bijlage 1 van een nieuw jaar",
    laad: () => import("./commands/begroting"),
  },
  uitleg: {
    uitleg:
      "uitleg <bijlage1.xlsx> [CEL|NAAM] [--json] [--notatie nl|en]   leg een getal van de Eindafrekening uit tot op de invoercellen (standaard het saldo)",
    laad: () => import("./commands/uitleg"),
  },
  demo: {
    uitleg:
      "demo [--out <map>]   controleer en vul de meegeleverde voorbeelden 2023 (standaard naar out/demo)",
    laad: () => import("./commands/demo"),
  },
};

function gebruik(): string {
  return (
    [
      "Gebruik: npx ontplooj <opdracht> [argumenten]   (of: npm run -s cli -- <opdracht> [argumenten])",
      "",
      ...Object.values(OPDRACHTEN).map((o) => "  " + o.uitleg),
      "",
      "Exitcodes:",
      "  0  in orde (validate: vullen zou doorgaan)",
      "  1  fouten of geweigerd (validate: vullen zou worden geweigerd, door een fout of een waarschuwing die vullen tegenhoudt)",
      "  2  een bestand is niet te lezen of te schrijven, of de aanroep klopt niet",
    ].join("\n") + "\n"
  );
}

export async function main(argv: string[]): Promise<number> {
  const [naam, ...rest] = argv;
  if (naam === undefined || naam === "--help" || naam === "-h" || naam === "help") {
    process.stdout.write(gebruik());
    return naam === undefined ? 2 : 0;
  }
  const opdracht = OPDRACHTEN[naam];
  if (!opdracht) {
    process.stderr.write(`Onbekende opdracht '${naam}'.\n` + gebruik());
    return 2;
  }
  zetVoortgang(rest);
  return (await opdracht.laad()).run(rest);
}

/**
 * Output errors end quietly: a reader that closes the pipe early (`| head -1`: EPIPE) is normal use,
 * so further output is dropped and the command finishes with its own exit code; any other write
 * error (a full disk behind `> bestand`) is one Dutch line on stderr and exit code 2.
 */
export function vangUitvoerfouten(): void {
  let gemeld = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED" || gemeld) return;
    gemeld = true;
    process.exitCode = 2;
    try {
      process.stderr.write(
        `Fout: de uitvoer kan niet worden geschreven (${e.code ?? e.message}); controleer de schijf of het doel van de uitvoer\n`,
      );
    } catch {
      // stderr is gone too: nothing left to tell.
    }
  });
  process.stderr.on("error", () => undefined);
}

/** Runs the command line as a process: exit code in process.exitCode, errors as one Dutch line. */
export function start(argv: string[]): void {
  vangUitvoerfouten();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Never a stack trace for the user: a Dutch message and exit code 2.
      process.stderr.write(
        `Fout: ${(e instanceof Error ? e.message : String(e))
          .split("\n")
          .map((r) => zonderStuurtekens(r))
          .join("\n")}\n`,
      );
      process.exitCode = 2;
    },
  );
}

if (require.main === module) start(process.argv.slice(2));
