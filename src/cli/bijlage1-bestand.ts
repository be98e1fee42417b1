// Shared by validate, fill and demo: read a bijlage-1 .xlsx, fill its Eindafrekening, and render
// findings and settlements as Dutch text. No money is computed here; the core does that.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { EINDAFREKENING_BLAD, planEindafrekening, type PlanUitkomst } from "../core/bijlage1";
import { ERNST_VOLGORDE, telPerErnst, type Bevinding, type Ernst } from "../core/findings";
import { zoekBlad, type Werkboek } from "../core/grid";
import { formatBedrag, type DecimalInvoer, type Notatie } from "../core/money";
import { zonderStuurtekens } from "../core/echo";
import { meldOpStderr } from "./grid-bouwer";
import type { Pakket } from "./pakket/pakket";
import { leesXlsx } from "./xlsx-grid";

/** A file that cannot be read, or arguments that make no sense: exit code 2. */
export class GebruiksFout extends Error {}

export interface GeladenWerkmap {
  werkboek: Werkboek;
}

/** The grids of a bijlage-1 .xlsx, read bounded; refuses (GebruiksFout) what it cannot read. */
export async function leesWerkmap(pad: string): Promise<Werkboek> {
  if (!existsSync(pad)) throw new GebruiksFout(`bestand ${pad} bestaat niet`);
  try {
    return await leesXlsx(pad, meldOpStderr);
  } catch (e) {
    throw new GebruiksFout(e instanceof Error ? e.message : String(e));
  }
}

/** The grids, read bounded; the fill itself works on the original package bytes (pakket/). */
export async function laadWerkmap(pad: string): Promise<GeladenWerkmap> {
  return { werkboek: await leesWerkmap(pad) };
}

/**
 * `--notatie nl|en`: the user decides how ambiguous text numbers ("1,442") are read; without it
 * the workbook's own text numbers decide, or nothing does (such text is then an error).
 */
export function leesNotatie(waarde: string | undefined): Notatie | undefined {
  if (waarde === undefined) return undefined;
  if (waarde === "nl" || waarde === "en") return waarde;
  throw new GebruiksFout(`--notatie verwacht nl (1.234,56) of en (1,234.56), niet '${waarde}'`);
}

export interface GevuldeWerkmap {
  uitkomst: PlanUitkomst;
  /** The filled workbook (the original package with only the add-in's parts changed). */
  inhoud?: Buffer;
  /** The bytes the fill was made from: the backup of an in-place fill, and the check that nobody changed the file meanwhile. */
  origineel?: Uint8Array;
}

/**
 * Checks and plans the Eindafrekening of the workbook at `pad`, and (unless refused) builds the
 * filled package from the original bytes. Writes nothing to disk.
 */
export async function vulWerkmap(
  pad: string,
  geladen: GeladenWerkmap,
  forceer: boolean,
  notatie?: Notatie,
): Promise<GevuldeWerkmap> {
  // The package writer (and its XML library) loads only here, so `validate` starts without it.
  const { Pakket, SchrijfWeigering } = await import("./pakket/pakket");
  const { PakketFout } = await import("./pakket/xml");
  let pakket: Pakket;
  let origineel: Uint8Array;
  try {
    origineel = await readFile(pad);
    pakket = await Pakket.open(origineel);
  } catch (e) {
    throw new GebruiksFout(`${basename(pad)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const blad = pakket.zoekBlad(EINDAFREKENING_BLAD);
    const bestaand = zoekBlad(geladen.werkboek, blad?.naam ?? EINDAFREKENING_BLAD);
    const bezetting = blad ? await pakket.bezetting(blad) : undefined;
    const uitkomst = planEindafrekening(geladen.werkboek, {
      forceer,
      ...(bestaand ? { bestaand } : {}),
      ...(bezetting ? { bezetting } : {}),
      ...(notatie ? { notatie } : {}),
    });
    if (!uitkomst.plan) return { uitkomst };
    try {
      return { uitkomst, inhoud: await pakket.schrijfPlan(uitkomst.plan), origineel };
    } catch (e) {
      // A number no workbook can hold: a refusal like any other, and no file.
      if (!(e instanceof SchrijfWeigering)) throw e;
      const { plan: _plan, afrekening: _afrekening, geforceerd: _geforceerd, ...rest } = uitkomst;
      return { uitkomst: { ...rest, geweigerd: `${e.message} Er is niets geschreven.`, forceerbaar: false } };
    }
  } catch (e) {
    if (e instanceof PakketFout)
      throw new GebruiksFout(`${basename(pad)} is niet gevuld: ${e.message}. Er is niets geschreven.`);
    throw e;
  }
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
      regels.push(`  ${"".padEnd(12)} ${b.werkmap ? `[${b.werkmap}] ` : ""}${b.bericht}`);
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
/** Text for the terminal: per line without control characters or escape sequences (a file name may hold them). */
export function opScherm(tekst: string): string {
  return tekst
    .split("\n")
    .map((regel) => zonderStuurtekens(regel))
    .join("\n");
}

export async function metFoutafhandeling(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof GebruiksFout) {
      process.stderr.write(`Fout: ${opScherm(e.message)}\n`);
      return 2;
    }
    throw e;
  }
}
