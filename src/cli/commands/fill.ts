// `fill <file.xlsx> --out <out.xlsx> [--json] [--forceer] [--geen-backup]`: checks the workbook
// and writes it with its Eindafrekening sheet filled. Only the add-in's own parts of the package
// change (src/cli/pakket/); the output is written atomically, and an in-place fill (--out equal to
// the input) keeps the original as <file>.bak unless --geen-backup. Exit 0 filled without errors,
// 1 refused (or filled forced despite errors), 2 when a file cannot be read or written or the
// arguments are wrong.
import { basename, extname } from "node:path";
import JSZip from "jszip";
import { EINDAFREKENING_BLAD, type AfrekeningSamenvatting } from "../../core/bijlage1";
import { heeftFouten, telPerErnst } from "../../core/findings";
import {
  bedrag,
  bevindingenTekst,
  GebruiksFout,
  laadWerkmap,
  leesNotatie,
  leesOpties,
  metFoutafhandeling,
  opScherm,
  tellingTekst,
  vulWerkmap,
} from "../bijlage1-bestand";
import { SchrijfFout, schrijfVeilig, zelfdeBestand } from "../pakket/veilig-schrijven";

export function afrekeningTekst(a: AfrekeningSamenvatting): string {
  const r = (label: string, waarde: string) => `  ${label.padEnd(22)} ${waarde.padStart(18)}`;
  return [
    r("Voorcalculatie", bedrag(a.voorcalculatie)),
    r("Nacalculatie", bedrag(a.nacalculatie)),
    r("Voorschotten betaald", bedrag(a.voorschottenBetaald)),
    r("Saldo", bedrag(a.saldo)) + `  (${a.richting})`,
    `  ${a.toelichting}`,
  ].join("\n");
}

/**
 * Excel opens a package only when its name matches its kind: a workbook with macros (VBA) must
 * end in .xlsm, one without in .xlsx. Refused before anything is written.
 */
async function controleerExtensie(uitPad: string, inhoud: Uint8Array): Promise<void> {
  const typen = await (await JSZip.loadAsync(inhoud)).file("[Content_Types].xml")?.async("string");
  const macro = typen?.includes("application/vnd.ms-excel.sheet.macroEnabled.main+xml") ?? false;
  const ext = extname(uitPad).toLowerCase();
  if (macro && ext !== ".xlsm")
    throw new GebruiksFout(
      `de werkmap bevat macro's (VBA); Excel opent haar alleen als .xlsm. Geef bij --out een naam die eindigt op .xlsm; er is niets geschreven`,
    );
  if (!macro && ext === ".xlsm")
    throw new GebruiksFout(
      `de werkmap bevat geen macro's; Excel opent haar alleen als .xlsx. Geef bij --out een naam die eindigt op .xlsx; er is niets geschreven`,
    );
}

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden, aan } = leesOpties(
      argv,
      ["--out", "--notatie"],
      ["--json", "--forceer", "--geen-backup"],
    );
    const uitPad = waarden["--out"];
    if (vrij.length !== 1 || !uitPad)
      throw new GebruiksFout(
        "gebruik: fill <bestand.xlsx> --out <uit.xlsx> [--json] [--forceer] [--geen-backup] [--notatie nl|en]",
      );
    const pad = vrij[0];
    const geladen = await laadWerkmap(pad);
    const { uitkomst, inhoud, origineel } = await vulWerkmap(
      pad,
      geladen,
      aan.has("--forceer"),
      leesNotatie(waarden["--notatie"]),
    );
    const opZichzelf = zelfdeBestand(pad, uitPad);
    const backup = opZichzelf && !aan.has("--geen-backup");
    if (inhoud) {
      await controleerExtensie(uitPad, inhoud);
      try {
        schrijfVeilig(uitPad, inhoud, { backup, ...(opZichzelf && origineel ? { origineel } : {}) });
      } catch (e) {
        if (e instanceof SchrijfFout) throw new GebruiksFout(e.message);
        throw e;
      }
    }
    const { bevindingen, afrekening, geweigerd, forceerbaar, plan, geforceerd } = uitkomst;
    if (aan.has("--json")) {
      const uit = {
        bestand: basename(pad),
        uitvoer: plan ? uitPad : null,
        gevuld: plan !== undefined,
        ...(plan && backup ? { reservekopie: `${uitPad}.bak` } : {}),
        ...(geweigerd ? { geweigerd } : {}),
        ...(geforceerd ? { geforceerd } : {}),
        ...(afrekening ? { afrekening } : {}),
        telling: telPerErnst(bevindingen),
        bevindingen,
      };
      process.stdout.write(JSON.stringify(uit, null, 2) + "\n");
    } else {
      process.stdout.write(`Controle van ${opScherm(basename(pad))}: ${tellingTekst(bevindingen)}\n`);
      if (geweigerd || heeftFouten(bevindingen))
        process.stdout.write(bevindingenTekst(bevindingen.filter((b) => b.ernst !== "info")) + "\n");
      if (geweigerd) {
        process.stdout.write(
          `Niet gevuld: ${geweigerd}${forceerbaar ? " Gebruik --forceer om toch te vullen." : ""}\n`,
        );
      } else if (plan && afrekening) {
        process.stdout.write(
          `Eindafrekening ${afrekening.gemeente} ${afrekening.jaar} geschreven naar ${opScherm(uitPad)} (blad '${EINDAFREKENING_BLAD}', ${plan.gebied}).\n`,
        );
        process.stdout.write(afrekeningTekst(afrekening) + "\n");
        if (backup) process.stdout.write(`Het origineel staat in ${opScherm(uitPad)}.bak.\n`);
        if (geforceerd) process.stdout.write(`Let op: ${geforceerd}\n`);
      }
    }
    return geweigerd || heeftFouten(bevindingen) ? 1 : 0;
  });
}
