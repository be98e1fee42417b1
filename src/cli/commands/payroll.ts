// `payroll <batch.xlsx|.csv> [--vorige <bestand>] [--bijlage1 <bestand.xlsx>] [--register <bestand>]
//  [--sepa <bestand.xml>] [--rekening <IBAN>] [--json]`
// Checks a payment batch (Loonbatch). Exit 0: no errors; 1: findings with errors; 2: a file
// cannot be read or the arguments are wrong. Output never contains a BSN, name or IBAN in clear:
// the core masks what it knows (the names of both batches), and every string printed here passes
// `veilig` on the way out (control characters, BSN and IBAN shapes), text and --json alike.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { zoekBlad, type Grid, type Werkboek } from "../../core/grid";
import {
  controleerBetaalbatch,
  samenvattingTekst,
  type LoonbatchOpties,
  type LoonbatchResultaat,
  type RijStroom,
} from "../../core/payroll";
import { Persoonsgegevens } from "../../core/privacy";
import type { Bevinding } from "../../core/findings";
import { isCsvPad, leesCsvBestand, leesCsvRijen } from "../csv-grid";
import { meldOpStderr } from "../grid-bouwer";
import { voortgang } from "../voortgang";
import { leesXlsx } from "../xlsx-grid";

export class LeesFout extends Error {}

/** A CSV file this large, or a batch this long, takes about a second: its progress line shows at once. */
const LANG_BESTAND_BYTES = 4 * 1024 * 1024;
const LANG_REGELS = 50_000;

interface Argumenten {
  batch: string;
  vorige?: string;
  bijlage1?: string;
  register?: string;
  sepa?: string;
  rekening?: string;
  json: boolean;
}

const WAARDE_OPTIES: Readonly<Record<string, "vorige" | "bijlage1" | "register" | "sepa" | "rekening">> = {
  "--vorige": "vorige",
  "--bijlage1": "bijlage1",
  "--register": "register",
  "--sepa": "sepa",
  "--rekening": "rekening",
};

function parseArgumenten(argv: string[]): Argumenten {
  const vrij: string[] = [];
  const a: Partial<Argumenten> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === "--json") a.json = true;
    else if (Object.hasOwn(WAARDE_OPTIES, x)) {
      const waarde = argv[++i];
      if (waarde === undefined || waarde.startsWith("--"))
        throw new LeesFout(`${x} verwacht ${x === "--rekening" ? "een IBAN" : "een bestandsnaam"}`);
      a[WAARDE_OPTIES[x]] = waarde;
    } else if (x.startsWith("--")) throw new LeesFout(`onbekende optie ${x}`);
    else vrij.push(x);
  }
  if (vrij.length !== 1) throw new LeesFout("geef precies één betaalbatch (.xlsx of .csv)");
  return { ...a, batch: vrij[0] } as Argumenten;
}

const werkboeken = new Map<string, Promise<Werkboek>>();

/** An .xlsx read once per run (the batch workbook may also hold the register). */
function werkboek(pad: string): Promise<Werkboek> {
  let wb = werkboeken.get(pad);
  if (!wb) {
    // The bounded reader's messages already name the file.
    wb = leesXlsx(pad, meldOpStderr).catch((e: unknown) => {
      throw new LeesFout(e instanceof Error ? e.message : String(e));
    });
    werkboeken.set(pad, wb);
  }
  return wb;
}

/** The register: a CSV file, or sheet 'Personeelsregister' (else the first sheet) of an .xlsx. */
async function leesRegisterBestand(pad: string): Promise<Grid> {
  if (!existsSync(pad)) throw new LeesFout(`bestand ${pad} bestaat niet`);
  if (isCsvPad(pad)) return leesBatchBestand(pad);
  const wb = await werkboek(pad);
  const blad = zoekBlad(wb, "Personeelsregister") ?? wb.bladen[0];
  if (!blad) throw new LeesFout(`${basename(pad)} heeft geen werkbladen`);
  return blad;
}

function onleesbareCsv(pad: string, e: unknown): LeesFout {
  return new LeesFout(
    `${basename(pad)} is geen leesbaar CSV-bestand (${e instanceof Error ? e.message : String(e)})`,
  );
}

/** Reads a CSV file as `lees` does, with the progress line and a LeesFout that names the file. */
function leesCsv<T>(pad: string, lees: (pad: string) => T): T {
  voortgang().stap(`Lezen van ${basename(pad)}`, statSync(pad).size >= LANG_BESTAND_BYTES);
  try {
    return lees(pad);
  } catch (e) {
    throw onleesbareCsv(pad, e);
  } finally {
    voortgang().klaar();
  }
}

/** The batch grid of a file: a CSV file, or the sheet 'Betaalbatch' (else the first sheet) of an .xlsx. */
export async function leesBatchBestand(pad: string): Promise<Grid> {
  if (!existsSync(pad)) throw new LeesFout(`bestand ${pad} bestaat niet`);
  if (isCsvPad(pad)) return leesCsv(pad, leesCsvBestand);
  const wb = await werkboek(pad);
  const blad = zoekBlad(wb, "Betaalbatch") ?? wb.bladen[0];
  if (!blad) throw new LeesFout(`${basename(pad)} heeft geen werkbladen`);
  return blad;
}

/**
 * A batch to check: of a CSV file its rows as a stream (a grid of 100,000 rows is never built),
 * else the grid leesBatchBestand reads. A CSV file found unreadable further on (a quote that is
 * never closed) throws the same LeesFout, from within the check.
 */
export async function leesBatchBron(pad: string): Promise<Grid | RijStroom> {
  if (!existsSync(pad) || !isCsvPad(pad)) return leesBatchBestand(pad);
  const rijen = leesCsv(pad, leesCsvRijen);
  return {
    blad: rijen.blad,
    startRij: rijen.startRij,
    startKolom: rijen.startKolom,
    volgende: () => {
      try {
        return rijen.volgende();
      } catch (e) {
        throw onleesbareCsv(pad, e);
      }
    },
  };
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
  if (b.ook) s += `\n  ${"".padEnd(12)} ${"".padEnd(18)} zie ook ${b.ook.blad}!${b.ook.cel}`;
  return s;
}

export async function run(argv: string[]): Promise<number> {
  let args: Argumenten;
  const opties: LoonbatchOpties = {};
  let batch: Grid | RijStroom;
  try {
    args = parseArgumenten(argv);
    batch = await leesBatchBron(args.batch);
    if (args.vorige) opties.vorige = await leesBatchBron(args.vorige);
    if (args.bijlage1) opties.bijlage1 = await leesBijlage1(args.bijlage1);
    if (args.register) opties.register = await leesRegisterBestand(args.register);
    else if (!isCsvPad(args.batch)) {
      const inBatch = zoekBlad(await werkboek(args.batch), "Personeelsregister");
      if (inBatch) opties.register = inBatch;
    }
    if (args.sepa) {
      if (!existsSync(args.sepa)) throw new LeesFout(`bestand ${args.sepa} bestaat niet`);
      opties.betaalbestand = { naam: basename(args.sepa), inhoud: new Uint8Array(readFileSync(args.sepa)) };
    }
    if (args.rekening !== undefined) opties.rekening = args.rekening;
  } catch (e) {
    process.stderr.write(`Fout: ${veilig(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
  if ("waarden" in batch) {
    const aantal = batch.waarden.length;
    voortgang().stap(`Controleren van ${aantal.toLocaleString("nl-NL")} rijen`, aantal >= LANG_REGELS);
  } else
    voortgang().stap(
      `Controleren van ${basename(args.batch)}`,
      statSync(args.batch).size >= LANG_BESTAND_BYTES,
    );
  let resultaat: LoonbatchResultaat;
  try {
    resultaat = controleerBetaalbatch(batch, opties);
  } catch (e) {
    // A CSV file is read while it is checked: one found unreadable halfway is a read error too.
    if (!(e instanceof LeesFout)) throw e;
    voortgang().klaar();
    process.stderr.write(`Fout: ${veilig(e.message)}\n`);
    return 2;
  }
  voortgang().klaar();
  const { samenvatting, bevindingen } = resultaat;
  if (args.json) {
    const uit = {
      bestand: basename(args.batch),
      vorige: args.vorige ? basename(args.vorige) : undefined,
      bijlage1: args.bijlage1 ? basename(args.bijlage1) : undefined,
      register: opties.register
        ? args.register
          ? basename(args.register)
          : opties.register.blad
        : undefined,
      betaalbestand: args.sepa ? basename(args.sepa) : undefined,
      samenvatting,
      bevindingen,
    };
    process.stdout.write(JSON.stringify(veiligJson(uit), null, 2) + "\n");
  } else {
    const regels = [`Loonbatch ${basename(args.batch)}`];
    if (args.vorige) regels.push(`Vorige batch: ${basename(args.vorige)}`);
    if (args.bijlage1) regels.push(`Bijlage 1: ${basename(args.bijlage1)}`);
    if (opties.register)
      regels.push(
        `Personeelsregister: ${args.register ? basename(args.register) : `blad ${opties.register.blad}`}`,
      );
    if (args.sepa) regels.push(`Betaalbestand: ${basename(args.sepa)}`);
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
