// `validate <file.xlsx> [--json]`: checks a bijlage-1 workbook. Exit 0 without errors, 1 with
// errors, 2 when the file cannot be read or the arguments are wrong.
import { basename } from "node:path";
import { controleerBijlage1 } from "../../core/bijlage1";
import { heeftFouten, telPerErnst } from "../../core/findings";
import {
  bevindingenTekst,
  GebruiksFout,
  leesNotatie,
  leesOpties,
  leesWerkmap,
  metFoutafhandeling,
  opScherm,
  tellingTekst,
} from "../bijlage1-bestand";

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden, aan } = leesOpties(argv, ["--notatie"], ["--json"]);
    if (vrij.length !== 1)
      throw new GebruiksFout("gebruik: validate <bestand.xlsx> [--json] [--notatie nl|en]");
    const notatie = leesNotatie(waarden["--notatie"]);
    const pad = vrij[0];
    const werkboek = await leesWerkmap(pad);
    const { bevindingen, model } = controleerBijlage1(werkboek, notatie ? { notatie } : {});
    if (aan.has("--json")) {
      const uit = {
        bestand: basename(pad),
        gemeente: model?.gemeenteInfo?.naam ?? model?.gemeente?.waarde ?? null,
        jaar: model?.jaar?.waarde ?? null,
        telling: telPerErnst(bevindingen),
        bevindingen,
      };
      process.stdout.write(JSON.stringify(uit, null, 2) + "\n");
    } else {
      const wie = model?.gemeente
        ? ` (${model.gemeenteInfo?.naam ?? model.gemeente.waarde}${model.jaar ? " " + model.jaar.waarde : ""})`
        : "";
      process.stdout.write(`Controle van ${opScherm(basename(pad))}${wie}: ${tellingTekst(bevindingen)}\n`);
      if (bevindingen.length > 0) process.stdout.write(bevindingenTekst(bevindingen) + "\n");
    }
    return heeftFouten(bevindingen) ? 1 : 0;
  });
}
