// One progress line on stderr for work that takes longer than about a second (reading a large
// workbook, checking 100k payroll rows), so a user at a terminal sees the tool is busy. Silent
// with --json and whenever stderr is not a terminal (pipes, files, tests), so no output changes
// for scripts. One instance per process, switched on by main(): readers and commands report
// steps without passing it around. The line is cleared before the command's own output.

/** Where the line goes: process.stderr, or a test's stand-in. */
export interface VoortgangStroom {
  isTTY?: boolean;
  write(tekst: string): unknown;
}

/** After this many milliseconds since the process started, a step is shown. */
export const TOON_NA_MS = 1000;
/** At most one redraw per this many milliseconds. */
const HERTEKEN_MS = 100;

export class Voortgang {
  private tekst = "";
  private getoond = false;
  private laatst = -Infinity;

  constructor(
    private readonly stroom: VoortgangStroom | undefined,
    private readonly nu: () => number = () => performance.now(),
  ) {}

  /** A new step ("Lezen van batch.xlsx"). `lang`: the caller knows it takes a while, show at once. */
  stap(tekst: string, lang = false): void {
    this.tekst = tekst;
    this.teken("", lang);
  }

  /** How far the current step is. */
  deel(gedaan: number, totaal: number): void {
    if (totaal <= 0) return;
    this.teken(`: ${Math.min(99, Math.floor((gedaan / totaal) * 100))} %`, false);
  }

  /** Clears the line for a message of its own; the step goes on and is drawn again on its next report. */
  wis(): void {
    if (this.getoond) this.stroom?.write("\r\x1b[K");
    this.getoond = false;
    this.laatst = -Infinity;
  }

  /** Ends the step and clears the line (call before writing the result). */
  klaar(): void {
    this.wis();
    this.tekst = "";
  }

  private teken(achter: string, meteen: boolean): void {
    if (!this.stroom || this.tekst === "") return;
    const t = this.nu();
    if (!meteen && t < TOON_NA_MS) return;
    if (achter !== "" && t - this.laatst < HERTEKEN_MS) return;
    this.laatst = t;
    this.getoond = true;
    this.stroom.write(`\r\x1b[K${this.tekst} …${achter}`);
  }
}

let huidige = new Voortgang(undefined);

/** The process's progress line; silent until main() switches it on. */
export function voortgang(): Voortgang {
  return huidige;
}

/** Switches the line on for a terminal on stderr, unless the command was asked for --json. */
export function zetVoortgang(argv: readonly string[], stroom: VoortgangStroom = process.stderr): void {
  huidige = new Voortgang(stroom.isTTY === true && !argv.includes("--json") ? stroom : undefined);
}
