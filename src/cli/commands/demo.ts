// `demo [--out <dir>]`: validates and fills the five bundled 2023 bijlage-1 workbooks, prints a
// summary table and the Ontplooj-wide check against table 7.5 of the evaluation report.
// Exit 0 when every sample is clean and table 7.5 is reproduced, else 1.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { AfrekeningSamenvatting } from "../../core/bijlage1";
import { consolideer, leesBron, type ConsolidatieBron } from "../../core/consolidatie";
import { heeftFouten, telPerErnst } from "../../core/findings";
import {
  bedrag,
  bevindingenTekst,
  GebruiksFout,
  laadWerkmap,
  leesOpties,
  metFoutafhandeling,
  vulWerkmap,
} from "../bijlage1-bestand";
import { SchrijfFout, schrijfVeilig } from "../pakket/veilig-schrijven";
import { schrijfSamengevoegd, tabel75Tekst } from "./ontplooj";

/** The first `assets/bijlage1` above this file: found the same from src/cli/commands (tsx) and from the built dist-cli/. */
function zoekVoorbeelden(map: string): string {
  const kandidaat = join(map, "assets", "bijlage1");
  const boven = dirname(map);
  return existsSync(kandidaat) || boven === map ? kandidaat : zoekVoorbeelden(boven);
}

export const VOORBEELDEN_MAP = zoekVoorbeelden(__dirname);

/** The five good samples (bijlage1-2023-<gemeente>.xlsx); broken ones live in a subfolder. */
export function voorbeeldBestanden(map = VOORBEELDEN_MAP): string[] {
  return readdirSync(map)
    .filter((f) => /^bijlage1-\d{4}-[a-z]+\.xlsx$/.test(f))
    .sort()
    .map((f) => join(map, f));
}

function kolommen(cellen: string[], breedtes: number[]): string {
  return cellen
    .map((c, i) => (i === 0 ? c.padEnd(breedtes[i]) : c.padStart(breedtes[i])))
    .join("  ")
    .trimEnd();
}

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden } = leesOpties(argv, ["--out"], []);
    if (vrij.length > 0) throw new GebruiksFout("gebruik: demo [--out <map>]");
    const uitMap = resolve(waarden["--out"] ?? join("out", "demo"));
    const bestanden = voorbeeldBestanden();
    if (bestanden.length === 0) throw new GebruiksFout(`geen voorbeeldwerkboeken in ${VOORBEELDEN_MAP}`);
    try {
      mkdirSync(uitMap, { recursive: true });
    } catch (e) {
      throw new GebruiksFout(`kan map ${uitMap} niet maken (${e instanceof Error ? e.message : String(e)})`);
    }

    const out: string[] = [];
    out.push("Ontplooj-afrekening: demo met de meegeleverde bijlage-1-werkboeken 2023");
    out.push(
      "(landelijke volumes en tabel 7.5 zijn gepubliceerd; de verdeling over de gemeenten is illustratief)",
    );
    out.push("");
    const breedtes = [12, 18, 18, 18, 16, 13, 11];
    out.push(
      kolommen(
        ["Gemeente", "Voorcalculatie", "Nacalculatie", "Voorschotten", "Saldo", "Richting", "Bevindingen"],
        breedtes,
      ),
    );
    const afrekeningen: AfrekeningSamenvatting[] = [];
    const bronnen: ConsolidatieBron[] = [];
    let ok = true;
    const problemen: string[] = [];
    for (const pad of bestanden) {
      const geladen = await laadWerkmap(pad);
      const { uitkomst, inhoud } = await vulWerkmap(pad, geladen, false);
      const t = telPerErnst(uitkomst.bevindingen);
      const naam = pad.split(/[\\/]/).pop()!;
      bronnen.push(leesBron(naam, geladen.werkboek));
      if (heeftFouten(uitkomst.bevindingen) || !uitkomst.afrekening || !inhoud) {
        ok = false;
        problemen.push(
          `${naam}: ${uitkomst.geweigerd ?? "fouten"}\n${bevindingenTekst(uitkomst.bevindingen)}`,
        );
        out.push(
          kolommen(
            [naam, "-", "-", "-", "-", "niet gevuld", `${t.fout}/${t.waarschuwing}/${t.info}`],
            breedtes,
          ),
        );
        continue;
      }
      const a = uitkomst.afrekening;
      afrekeningen.push(a);
      try {
        schrijfVeilig(join(uitMap, naam), inhoud);
      } catch (e) {
        if (e instanceof SchrijfFout) throw new GebruiksFout(e.message);
        throw e;
      }
      out.push(
        kolommen(
          [
            a.gemeente,
            bedrag(a.voorcalculatie),
            bedrag(a.nacalculatie),
            bedrag(a.voorschottenBetaald),
            bedrag(a.saldo),
            a.richting,
            `${t.fout}/${t.waarschuwing}/${t.info}`,
          ],
          breedtes,
        ),
      );
    }
    // The Ontplooj-wide part: the five consolidated (src/core/consolidatie), totals and table 7.5.
    const consolidatie = consolideer(bronnen);
    const som = consolidatie.uitkomst?.totalen;
    if (heeftFouten(consolidatie.bevindingen)) {
      ok = false;
      problemen.push(`Ontplooj-breed:\n${bevindingenTekst(consolidatie.bevindingen)}`);
    }
    if (som)
      out.push(
        kolommen(
          [
            "Totaal",
            bedrag(som.voorcalculatie),
            bedrag(som.nacalculatie),
            bedrag(som.voorschottenBetaald),
            bedrag(som.saldo),
            "",
            "",
          ],
          breedtes,
        ),
      );
    out.push(
      "(bevindingen: fouten/waarschuwingen/meldingen; saldo + = gemeente betaalt bij, − = Ontplooj betaalt terug)",
    );
    out.push("");

    const u = consolidatie.uitkomst;
    const v = u?.tabel75;
    if (afrekeningen.length === bestanden.length && u && v) {
      out.push(...tabel75Tekst(v));
      if (!v.klopt) ok = false;
      out.push(
        `Behoud: Σ nacalculaties zonder opslag ${bedrag(u.behoud.gevonden)} = kosten − opbrengsten ${bedrag(u.behoud.verwacht)}: ${u.behoud.klopt ? "klopt tot op de cent" : "KLOPT NIET"}.`,
      );
      if (!u.behoud.klopt) ok = false;
      out.push("");
    }
    if (u && consolidatie.plan) {
      // The Ontplooj-wide overview: the five samples' sheets in one workbook with formulas.
      const overzicht = join(uitMap, `overzicht-ontplooj-${u.jaar}.xlsx`);
      const paden = new Map(bestanden.map((p) => [p.split(/[\\/]/).pop()!, p]));
      await schrijfSamengevoegd(u, (werkmap) => readFileSync(paden.get(werkmap)!), {}, overzicht);
      out.push(
        `Overzicht Ontplooj (vijf gemeenten samen, met formules): ${relative(process.cwd(), overzicht)}`,
      );
    }
    out.push(`Gevulde werkboeken: ${relative(process.cwd(), uitMap) || "."}`);
    for (const p of problemen) out.push("", p);
    process.stdout.write(out.join("\n") + "\n");
    return ok ? 0 : 1;
  });
}
