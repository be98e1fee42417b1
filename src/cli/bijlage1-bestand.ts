// Shared by validate, fill and demo: read a bijlage-1 .xlsx, fill its Eindafrekening, and render
// findings and settlements as Dutch text. No money is computed here; the core does that.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { EINDAFREKENING_BLAD, planEindafrekening, type PlanUitkomst } from "../core/bijlage1";
import { ERNST_VOLGORDE, telPerErnst, type Bevinding, type Ernst } from "../core/findings";
import type { Werkboek } from "../core/grid";
import { formatBedrag, type DecimalInvoer } from "../core/money";
import { leesGedefinieerdeNamen, werkbladNaarGrid, werkboekNaarGrids } from "./xlsx-grid";
import { schrijfPlan } from "./xlsx-plan";

/** A file that cannot be read, or arguments that make no sense: exit code 2. */
export class GebruiksFout extends Error {}

export interface GeladenWerkmap {
  wb: ExcelJS.Workbook;
  werkboek: Werkboek;
}

export async function laadWerkmap(pad: string): Promise<GeladenWerkmap> {
  if (!existsSync(pad)) throw new GebruiksFout(`bestand ${pad} bestaat niet`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(pad);
  } catch (e) {
    throw new GebruiksFout(
      `${basename(pad)} is geen leesbaar .xlsx-bestand (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  // The names from the file itself: exceljs drops #REF! names and their sheet scope (Bijlage1_*).
  const namen = await leesGedefinieerdeNamen(await readFile(pad));
  return { wb, werkboek: { ...werkboekNaarGrids(wb), namen } };
}

/** Checks, plans and (unless refused) writes the Eindafrekening into the loaded workbook. */
export function vulWerkmap(geladen: GeladenWerkmap, forceer: boolean): PlanUitkomst {
  const ws = geladen.wb.getWorksheet(EINDAFREKENING_BLAD);
  const bestaand = ws ? werkbladNaarGrid(ws) : undefined;
  const uitkomst = planEindafrekening(geladen.werkboek, { forceer, ...(bestaand ? { bestaand } : {}) });
  if (uitkomst.plan) schrijfPlan(geladen.wb, uitkomst.plan);
  return uitkomst;
}

const ERNST_TEKST: Record<Ernst, string> = { fout: "FOUT", waarschuwing: "WAARSCHUWING", info: "INFO" };

export function tellingTekst(bevindingen: readonly Bevinding[]): string {
  const t = telPerErnst(bevindingen);
  const meervoud = (n: number, een: string, veel: string) => `${n} ${n === 1 ? een : veel}`;
  return [
    meervoud(t.fout, "fout", "fouten"),
    meervoud(t.waarschuwing, "waarschuwing", "waarschuwingen"),
    meervoud(t.info, "melding", "meldingen"),
  ].join(", ");
}

export function bevindingenTekst(bevindingen: readonly Bevinding[]): string {
  const regels: string[] = [];
  for (const ernst of ERNST_VOLGORDE) {
    for (const b of bevindingen.filter((x) => x.ernst === ernst)) {
      const waar = b.blad ? `${b.blad}${b.cel ? "!" + b.cel : ""}` : "";
      regels.push(`  ${ERNST_TEKST[b.ernst].padEnd(12)} ${waar.padEnd(18)} ${b.code}`);
      regels.push(`  ${"".padEnd(12)} ${b.bericht}`);
    }
  }
  return regels.join("\n");
}

export function bedrag(s: DecimalInvoer): string {
  return formatBedrag(s);
}

export function leesOpties(argv: string[], metWaarde: readonly string[], vlaggen: readonly string[]) {
  const vrij: string[] = [];
  const waarden: Record<string, string> = {};
  const aan = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (metWaarde.includes(x)) {
      const w = argv[++i];
      if (w === undefined || w.startsWith("--")) throw new GebruiksFout(`${x} verwacht een waarde`);
      waarden[x] = w;
    } else if (vlaggen.includes(x)) {
      aan.add(x);
    } else if (x.startsWith("--")) {
      throw new GebruiksFout(`onbekende optie ${x}`);
    } else {
      vrij.push(x);
    }
  }
  return { vrij, waarden, aan };
}

/** Runs a command body; a GebruiksFout becomes a Dutch message on stderr and exit code 2. */
export async function metFoutafhandeling(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof GebruiksFout) {
      process.stderr.write(`Fout: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
