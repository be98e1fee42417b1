// `begroting <bijlage1.xlsx> --jaar 2025 [--index 6%|reeks] [--aantallen realisatie|begroting]
// [--out <uit.xlsx>] [--json]`: writes next year's bijlage 1. In the input's own layout the new
// values go into a copy of the package (src/cli/pakket/, every other part byte for byte); a
// workbook mapped with Bijlage1_* names gets the template layout. Both get the sheet
// 'Tariefwijziging <jaar>'. Exit 0 written, 1 refused, 2 unreadable file or wrong arguments.
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import {
  leesIndex,
  planBegroting,
  wijzigingsRegels,
  type AantallenBron,
  type BegrotingUitkomst,
  type CelWijziging,
} from "../../core/begroting";
import { heeftFouten, telPerErnst } from "../../core/findings";
import {
  bedrag,
  bevindingenTekst,
  GebruiksFout,
  leesNotatie,
  leesOpties,
  leesWerkmap,
  metFoutafhandeling,
  opScherm,
  tellingTekst,
} from "../bijlage1-bestand";
import { Pakket, SchrijfWeigering } from "../pakket/pakket";
import { PakketFout } from "../pakket/xml";
import { SchrijfFout, schrijfVeilig, zelfdeBestand } from "../pakket/veilig-schrijven";

const GEBRUIK =
  "gebruik: begroting <bijlage1.xlsx> --jaar <jaar> [--index 6%|reeks] [--aantallen realisatie|begroting] [--out <uit.xlsx>] [--json] [--notatie nl|en]";

/** bijlage1-2023-wierden.xlsx → bijlage1-2025-wierden.xlsx; without a year in the name: …-2025.xlsx. */
export function standaardUitvoer(pad: string, vanJaar: number | undefined, jaar: number): string {
  const ext = extname(pad);
  const naam = basename(pad, ext);
  const patroon = vanJaar ? new RegExp(`(?<!\\d)${vanJaar}(?!\\d)`) : undefined;
  const nieuw = patroon?.test(naam) ? naam.replace(patroon, String(jaar)) : `${naam}-${jaar}`;
  return join(dirname(pad), nieuw + (ext || ".xlsx"));
}

function leesJaar(tekst: string | undefined): number {
  const jaar = Number(tekst);
  if (!tekst || !Number.isInteger(jaar) || jaar < 2000 || jaar > 2100)
    throw new GebruiksFout(`--jaar verwacht een jaartal zoals 2025${tekst ? `, niet '${tekst}'` : ""}`);
  return jaar;
}

function leesAantallen(tekst: string | undefined): AantallenBron | undefined {
  if (tekst === undefined) return undefined;
  if (tekst === "realisatie" || tekst === "begroting") return tekst;
  throw new GebruiksFout(`--aantallen verwacht realisatie of begroting, niet '${tekst}'`);
}

/** The new package: the input's own with changed cells, or a new one in the template layout. */
async function bouwPakket(pad: string, uitkomst: BegrotingUitkomst): Promise<Buffer> {
  const pakket = uitkomst.indeling === "eigen" ? await Pakket.open(await readFile(pad)) : await Pakket.leeg();
  const perBlad = new Map<string, CelWijziging[]>();
  for (const w of uitkomst.wijzigingen?.cellen ?? [])
    perBlad.set(w.blad, [...(perBlad.get(w.blad) ?? []), w]);
  for (const [blad, lijst] of perBlad) await pakket.wijzigCellen(blad, lijst);
  for (const h of uitkomst.wijzigingen?.hernoemd ?? []) await pakket.hernoemBlad(h.van, h.naar);
  let inhoud: Buffer | undefined;
  for (const plan of uitkomst.plannen ?? []) inhoud = await pakket.schrijfPlan(plan);
  if (!inhoud) throw new Error("begroting: geen bladplan om te schrijven");
  return inhoud;
}

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden, aan } = leesOpties(
      argv,
      ["--jaar", "--index", "--aantallen", "--out", "--notatie"],
      ["--json"],
    );
    if (vrij.length !== 1) throw new GebruiksFout(GEBRUIK);
    const jaar = leesJaar(waarden["--jaar"]);
    const indexTekst = waarden["--index"] ?? "reeks";
    const index = leesIndex(indexTekst);
    if (!index)
      throw new GebruiksFout(`--index verwacht een percentage (6% of 6,5%) of 'reeks', niet '${indexTekst}'`);
    const aantallen = leesAantallen(waarden["--aantallen"]);
    const notatie = leesNotatie(waarden["--notatie"]);
    const pad = vrij[0];
    const werkboek = await leesWerkmap(pad);
    const uitkomst = planBegroting(werkboek, {
      jaar,
      index,
      ...(aantallen ? { aantallen } : {}),
      ...(notatie ? { notatie } : {}),
      voorschottenBlad: "Voorschotten",
    });
    const { bevindingen, samenvatting: s } = uitkomst;
    let { geweigerd } = uitkomst;
    const uitPad = waarden["--out"] ?? standaardUitvoer(pad, uitkomst.begroting?.vanJaar, jaar);
    if (!geweigerd && zelfdeBestand(pad, uitPad))
      throw new GebruiksFout(
        `--out is het invoerbestand; de bijlage van vorig jaar blijft bewaard: kies een andere naam`,
      );
    let geschreven = false;
    if (!geweigerd) {
      try {
        schrijfVeilig(uitPad, await bouwPakket(pad, uitkomst));
        geschreven = true;
      } catch (e) {
        if (e instanceof SchrijfFout) throw new GebruiksFout(e.message);
        if (e instanceof SchrijfWeigering || e instanceof PakketFout)
          geweigerd = `${e.message}. Er is niets geschreven.`;
        else throw e;
      }
    }
    if (aan.has("--json")) {
      const uit = {
        bestand: basename(pad),
        uitvoer: geschreven ? uitPad : null,
        geschreven,
        ...(geweigerd ? { geweigerd } : {}),
        ...(s ? { indeling: uitkomst.indeling, begroting: s } : {}),
        opmerkingen: uitkomst.opmerkingen,
        telling: telPerErnst(bevindingen),
        bevindingen,
      };
      process.stdout.write(JSON.stringify(uit, null, 2) + "\n");
      return geweigerd ? 1 : 0;
    }
    const uit: string[] = [`Controle van ${opScherm(basename(pad))}: ${tellingTekst(bevindingen)}`];
    const teMelden = bevindingen.filter((b) => b.ernst !== "info");
    if ((geweigerd || heeftFouten(bevindingen)) && teMelden.length > 0) uit.push(bevindingenTekst(teMelden));
    if (geweigerd || !s) {
      uit.push(`Niet geschreven: ${geweigerd ?? "geen begroting"}`);
      process.stdout.write(uit.join("\n") + "\n");
      return 1;
    }
    const blad = `Tariefwijziging ${s.jaar}`;
    uit.push(
      `Bijlage 1 ${s.gemeente} ${s.jaar} geschreven naar ${opScherm(uitPad)} (${uitkomst.indeling === "eigen" ? "zelfde indeling als de invoer" : "indeling van het sjabloon"}; wijzigingstabel op blad '${blad}').`,
      `Tarieven ${s.vanJaar} geïndexeerd met ${s.index} (factor ${s.factor}), afgerond op hele euro's, half van nul af; aantallen ${s.aantallen === "realisatie" ? `gerealiseerd in ${s.vanJaar}` : `begroot voor ${s.vanJaar}`}.`,
      "",
      `${"Dienst".padEnd(48)} ${`Tarief ${s.vanJaar}`.padStart(11)} ${`Tarief ${s.jaar}`.padStart(11)} ${"Verschil".padStart(9)} ${"%".padStart(7)}`,
      ...wijzigingsRegels(s),
      "",
      `  ${`Voorcalculatie ${s.vanJaar}`.padEnd(22)} ${bedrag(s.voorcalculatieOud).padStart(18)}`,
      `  ${`Voorcalculatie ${s.jaar}`.padEnd(22)} ${bedrag(s.voorcalculatie).padStart(18)}`,
      `  Voorschotten ${s.jaar}: ${s.termijnen} ${s.termijnen === 12 ? "maanden" : "kwartalen"}, ${bedrag(s.voorschotten[s.voorschotten.length - 1])} tot ${bedrag(s.voorschotten[0])} (grootsterestmethode)`,
      ...uitkomst.opmerkingen.map((o) => `Let op: ${o}`),
    );
    process.stdout.write(uit.join("\n") + "\n");
    return 0;
  });
}
