// `demo [--out <dir>]`: validates and fills the five bundled 2023 bijlage-1 workbooks, prints a
// summary table and the Ontplooj-wide check against table 7.5 of the evaluation report.
// Exit 0 when every sample is clean and table 7.5 is reproduced, else 1.
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { AfrekeningSamenvatting } from "../../core/bijlage1";
import { consolideer, leesBron, type ConsolidatieBron } from "../../core/consolidatie";
import { heeftFouten, telPerErnst } from "../../core/findings";
import { formatGetal } from "../../core/money";
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

export const VOORBEELDEN_MAP = resolve(__dirname, "../../../assets/bijlage1");

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

    const v = consolidatie.uitkomst?.tabel75;
    if (afrekeningen.length === bestanden.length && v) {
      out.push(
        "Ontplooj-breed tegen tabel 7.5 (realisatie 2023, bijdrage gemeenten = −operationeel resultaat, × € 1.000):",
      );
      const b2 = [26, 10, 13, 10, 11, 4];
      out.push(kolommen(["Post", "Berekend", "Gepubliceerd", "Verschil", "Tolerantie", ""], b2));
      for (const r of v.regels) {
        out.push(
          kolommen(
            [
              r.naam,
              formatGetal(r.berekendDuizenden, 1),
              formatGetal(r.gepubliceerd, 0),
              formatGetal(r.verschilDuizenden, 1),
              `±${r.tolerantie}`,
              r.klopt ? "ok" : "AFWIJKING",
            ],
            b2,
          ),
        );
      }
      out.push(
        v.klopt
          ? "Tabel 7.5 wordt binnen de tolerantie gereproduceerd."
          : "Tabel 7.5 wordt NIET gereproduceerd.",
      );
      if (!v.klopt) ok = false;
      out.push("");
    }
    out.push(`Gevulde werkboeken: ${relative(process.cwd(), uitMap) || "."}`);
    for (const p of problemen) out.push("", p);
    process.stdout.write(out.join("\n") + "\n");
    return ok ? 0 : 1;
  });
}
