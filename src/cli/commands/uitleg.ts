// `uitleg <file.xlsx> [CEL|NAAM] [--json] [--notatie nl|en]`: explains a value of the workbook's
// Eindafrekening step by step down to the input cells (the saldo when no cell is given). The
// trees come from the core (src/core/uitleg), the same lookup the task pane uses. Exit 0
// explained, 1 explained despite errors in the check (said beside the tree) or nothing to explain
// (no settlement can be computed), 2 an unknown cell or name, a file that cannot be read, or wrong
// arguments.
import { basename } from "node:path";
import { NAMEN } from "../../core/bijlage1";
import { bladVerwijzing } from "../../core/grid";
import { uitlegbaar, uitlegTekst, uitlegVanWerkboek, vindUitleg } from "../../core/uitleg";
import {
  GebruiksFout,
  leesNotatie,
  leesOpties,
  leesWerkmap,
  metFoutafhandeling,
  opScherm,
} from "../bijlage1-bestand";

const GEBRUIK = "gebruik: uitleg <bestand.xlsx> [CEL|NAAM] [--json] [--notatie nl|en]";

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden, aan } = leesOpties(argv, ["--notatie"], ["--json"]);
    if (vrij.length < 1 || vrij.length > 2) throw new GebruiksFout(GEBRUIK);
    const notatie = leesNotatie(waarden["--notatie"]);
    const [pad, gevraagd = NAMEN.saldo] = vrij;
    const werkboek = await leesWerkmap(pad);
    const u = uitlegVanWerkboek(werkboek, notatie ? { notatie } : {});
    if ("reden" in u) {
      process.stderr.write(`Niets uit te leggen in ${opScherm(basename(pad))}: ${u.reden}\n`);
      return 1;
    }
    const gevonden = vindUitleg(u.uitleg, gevraagd);
    if (!gevonden) {
      process.stderr.write(
        opScherm(
          `Onbekende cel of naam '${gevraagd}': de uitleg kent de waarden van het blad '${u.uitleg.blad}' en de namen van de afrekening. Geef een van deze:\n${uitlegbaar(u.uitleg)}`,
        ) + "\n",
      );
      return 2;
    }
    const { adres, naam, knoop } = gevonden;
    const fouten = u.bevindingen.filter((b) => b.ernst === "fout").length;
    const waarschuwing =
      fouten > 0
        ? `De controle vond ${fouten} ${fouten === 1 ? "fout" : "fouten"} (zie 'validate'): de uitleg volgt de invoer zoals die nu is, maar de afrekening wordt zo niet gevuld.`
        : undefined;
    if (aan.has("--json")) {
      const uit = {
        bestand: basename(pad),
        blad: u.uitleg.blad,
        cel: adres,
        naam: naam ?? null,
        ...(waarschuwing ? { waarschuwing } : {}),
        uitleg: knoop,
      };
      process.stdout.write(JSON.stringify(uit, null, 2) + "\n");
      return fouten > 0 ? 1 : 0;
    }
    const waar = bladVerwijzing(u.uitleg.blad, adres);
    process.stdout.write(
      opScherm(`Uitleg van ${waar}${naam ? ` (${naam})` : ""} in ${basename(pad)}:`) +
        "\n" +
        opScherm(uitlegTekst(knoop)) +
        "\n",
    );
    if (waarschuwing) process.stdout.write(`Let op — ${waarschuwing}\n`);
    return fouten > 0 ? 1 : 0;
  });
}
