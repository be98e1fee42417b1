// `validate <file.xlsx> [--json]`: checks a bijlage-1 workbook. Exit 0 when a fill would go ahead,
// 1 when it would be refused (an error, or a warning that stops a fill: blokkeertVullen), 2 when
// the file cannot be read or the arguments are wrong.
import { basename } from "node:path";
import { blokkeertVullen, controleerBijlage1, vullenTegengehouden } from "../../core/bijlage1";
import { telPerErnst, type Bevinding } from "../../core/findings";
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
    const tegengehouden = vullenTegengehouden(bevindingen);
    const weigering = tegengehouden && weigeringTekst(tegengehouden, bevindingen);
    if (aan.has("--json")) {
      const uit = {
        bestand: basename(pad),
        gemeente: model?.gemeenteInfo?.naam ?? model?.gemeente?.waarde ?? null,
        jaar: model?.jaar?.waarde ?? null,
        telling: telPerErnst(bevindingen),
        /** Dutch reason a fill would be refused, or null. */
        vullenGeweigerd: weigering ?? null,
        bevindingen,
      };
      process.stdout.write(JSON.stringify(uit, null, 2) + "\n");
    } else {
      const wie = model?.gemeente
        ? ` (${model.gemeenteInfo?.naam ?? model.gemeente.waarde}${model.jaar ? " " + model.jaar.waarde : ""})`
        : "";
      process.stdout.write(`Controle van ${opScherm(basename(pad))}${wie}: ${tellingTekst(bevindingen)}\n`);
      if (weigering) process.stdout.write(opScherm(weigering) + "\n");
      if (bevindingen.length > 0) process.stdout.write(bevindingenTekst(bevindingen) + "\n");
    }
    return tegengehouden ? 1 : 0;
  });
}

/** The summary line: a fill would be refused, why (the counts and codes), and what to do. */
function weigeringTekst(tegengehouden: string, bevindingen: readonly Bevinding[]): string {
  const codes = [...new Set(bevindingen.filter(blokkeertVullen).map((b) => b.code))];
  return `Vullen zou worden geweigerd: ${tegengehouden} (${codes.join(", ")}). Herstel ze, of vul uitdrukkelijk met fill --forceer.`;
}
