// `payroll <batch.xlsx|.csv> [--vorige <bestand>] [--bijlage1 <bestand.xlsx>] [--json]`
// Checks a payment batch (Loonbatch). Exit 0: no errors; 1: findings with errors; 2: a file
// cannot be read or the arguments are wrong. Output never contains a BSN, name or IBAN in clear:
// the core masks what it knows (the names of both batches), and every string printed here passes
// `veilig` on the way out (control characters, BSN and IBAN shapes), text and --json alike.
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { zoekBlad, type Grid } from "../../core/grid";
import { controleerBetaalbatch, samenvattingTekst, type LoonbatchOpties } from "../../core/payroll";
import { Persoonsgegevens } from "../../core/privacy";
import type { Bevinding } from "../../core/findings";
import { isCsvPad, leesCsvBestand } from "../csv-grid";
import { meldOpStderr } from "../grid-bouwer";
import { leesXlsx } from "../xlsx-grid";

export class LeesFout extends Error {}

interface Argumenten {
  batch: string;
  vorige?: string;
  bijlage1?: string;
  json: boolean;
}

function parseArgumenten(argv: string[]): Argumenten {
  const vrij: string[] = [];
  const a: Partial<Argumenten> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--json") a.json = true;
    else if (x === "--vorige" || x === "--bijlage1") {
      const waarde = argv[++i];
      if (waarde === undefined || waarde.startsWith("--"))
        throw new LeesFout(`${x} verwacht een bestandsnaam`);
      if (x === "--vorige") a.vorige = waarde;
      else a.bijlage1 = waarde;
    } else if (x.startsWith("--")) throw new LeesFout(`onbekende optie ${x}`);
    else vrij.push(x);
  }
  if (vrij.length !== 1) throw new LeesFout("geef precies één betaalbatch (.xlsx of .csv)");
  return { ...a, batch: vrij[0] } as Argumenten;
}

/** The batch grid of a file: a CSV file, or the sheet 'Betaalbatch' (else the first sheet) of an .xlsx. */
export async function leesBatchBestand(pad: string): Promise<Grid> {
  if (!existsSync(pad)) throw new LeesFout(`bestand ${pad} bestaat niet`);
  if (isCsvPad(pad)) {
    try {
      return leesCsvBestand(pad);
    } catch (e) {
      throw new LeesFout(
        `${basename(pad)} is geen leesbaar CSV-bestand (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  }
  const wb = await leesXlsx(pad, meldOpStderr).catch((e: unknown) => {
    throw new LeesFout(e instanceof Error ? e.message : String(e));
  });
  const blad = zoekBlad(wb, "Betaalbatch") ?? wb.bladen[0];
  if (!blad) throw new LeesFout(`${basename(pad)} heeft geen werkbladen`);
  return blad;
}

async function leesBijlage1(pad: string): Promise<Grid> {
  if (!existsSync(pad)) throw new LeesFout(`bestand ${pad} bestaat niet`);
  const wb = await leesXlsx(pad, meldOpStderr).catch((e: unknown) => {
    throw new LeesFout(e instanceof Error ? e.message : String(e));
  });
  const blad = zoekBlad(wb, "Bijlage 1", "Bijlage1");
  if (!blad) throw new LeesFout(`${basename(pad)} heeft geen blad 'Bijlage 1'`);
  return blad;
}

const uitvoerMasker = new Persoonsgegevens();

/** A printed string: no control characters, no BSN or IBAN in clear (amounts in € stay). */
function veilig(tekst: string): string {
  return uitvoerMasker.maskeerTekst(tekst);
}

/** Every string in a JSON value through `veilig`; plain decimal text ("1234.56", the core's amounts) as is. */
function veiligJson(waarde: unknown): unknown {
  if (typeof waarde === "string") return /^-?\d+(\.\d+)?$/.test(waarde) ? waarde : veilig(waarde);
  if (Array.isArray(waarde)) return waarde.map(veiligJson);
  if (waarde !== null && typeof waarde === "object") {
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, veiligJson(v)]));
  }
  return waarde;
}

function bevindingRegel(b: Bevinding): string {
  const plek = b.blad ? (b.cel ? `${b.blad}!${b.cel}` : b.blad) : "";
  let s = `  ${b.ernst.toUpperCase().padEnd(12)} ${plek.padEnd(18)} ${b.code}: ${b.bericht}`;
  if (b.verwacht !== undefined || b.gevonden !== undefined) {
    s += `\n  ${"".padEnd(12)} ${"".padEnd(18)} verwacht: ${b.verwacht ?? "-"}; gevonden: ${b.gevonden ?? "-"}`;
  }
  return s;
}

export async function run(argv: string[]): Promise<number> {
  let args: Argumenten;
  const opties: LoonbatchOpties = {};
  let batch: Grid;
  try {
    args = parseArgumenten(argv);
    batch = await leesBatchBestand(args.batch);
    if (args.vorige) opties.vorige = await leesBatchBestand(args.vorige);
    if (args.bijlage1) opties.bijlage1 = await leesBijlage1(args.bijlage1);
  } catch (e) {
    process.stderr.write(`Fout: ${veilig(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
  const { samenvatting, bevindingen } = controleerBetaalbatch(batch, opties);
  if (args.json) {
    const uit = {
      bestand: basename(args.batch),
      vorige: args.vorige ? basename(args.vorige) : undefined,
      bijlage1: args.bijlage1 ? basename(args.bijlage1) : undefined,
      samenvatting,
      bevindingen,
    };
    process.stdout.write(JSON.stringify(veiligJson(uit), null, 2) + "\n");
  } else {
    const regels = [`Loonbatch ${basename(args.batch)}`];
    if (args.vorige) regels.push(`Vorige batch: ${basename(args.vorige)}`);
    if (args.bijlage1) regels.push(`Bijlage 1: ${basename(args.bijlage1)}`);
    regels.push("", ...samenvattingTekst(samenvatting), "");
    if (bevindingen.length === 0) regels.push("Geen bevindingen: de batch is in orde.");
    else {
      regels.push("Bevindingen:");
      for (const b of bevindingen) regels.push(bevindingRegel(b));
    }
    process.stdout.write(
      regels
        .flatMap((r) => r.split("\n"))
        .map(veilig)
        .join("\n") + "\n",
    );
  }
  return samenvatting.bevindingen.fout > 0 ? 1 : 0;
}
