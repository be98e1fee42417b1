// What section Uitleg shows for the active cell, from the workbook the service read and keeps:
// the core's tree of an Eindafrekening cell or named result, or of an =ONTPLOOJ.* cell, else a
// Dutch message saying what can be explained. Pure (no Excel); loaded with the section's first use.
import { EINDAFREKENING_BLAD } from "../core/bijlage1";
import { bladVerwijzing } from "../core/grid";
import { uitlegVanWerkboek, vindUitleg, type UitlegUitkomst as KernUitleg } from "../core/uitleg";
import { isFunctieFormule, uitlegFormuleCel } from "../core/uitleg/formulecel";
import { planCelKlopt } from "../core/uitleg/plancel";
import type { ActieveCel, GelezenWerkboek } from "../excel";
import type { UitlegUitkomst } from "./dienst";

const UITLEGBAAR =
  "Uitleg is er bij de bedragen van het blad Eindafrekening (vul het via Afrekenen), bij de namen van de afrekening (zoals Ontplooj_Saldo) en bij cellen met =ONTPLOOJ.VOORCALC, NACALC, VOORSCHOT, TARIEF of OPRESULT met celverwijzingen als argumenten.";

/** The workbook as last read for section Uitleg, and its settlement's explanation once computed. */
export interface UitlegCache {
  gelezen: GelezenWerkboek;
  kern?: KernUitleg;
}

/** What the panel shows for the active cell, from the cached workbook (pure, no Excel). */
export function uitlegVoor(cache: UitlegCache, cel: ActieveCel): UitlegUitkomst {
  const { blad, cel: adres } = cel;
  const hier = bladVerwijzing(blad, adres);
  if (isFunctieFormule(cel.formule)) {
    const f = uitlegFormuleCel(cache.gelezen.werkboek, blad, adres, cel.formule);
    if (f && "knoop" in f) return { soort: "uitleg", blad, cel: adres, namen: [], boom: f.knoop };
    if (f) return { soort: "geen", blad, cel: adres, bericht: `${hier} is niet uit te leggen: ${f.reden}.` };
  }
  const werkboek = cache.gelezen.werkboek;
  if (blad.toLowerCase() === EINDAFREKENING_BLAD.toLowerCase()) {
    cache.kern ??= uitlegVanWerkboek(werkboek, { hostDecimaal: cache.gelezen.decimaalteken });
    const kern = cache.kern;
    if ("reden" in kern)
      return {
        soort: "geen",
        blad,
        cel: adres,
        bericht: `De Eindafrekening is niet uit te leggen: ${kern.reden}`,
      };
    const gevonden = vindUitleg(kern.uitleg, `${EINDAFREKENING_BLAD}!${adres}`);
    if (gevonden) {
      const namen = [...kern.uitleg.namen].filter(([, n]) => n.adres === adres).map(([naam]) => naam);
      const waarschuwingen: string[] = [];
      if (!planCelKlopt(kern.uitleg.plan, adres, cel))
        waarschuwingen.push(
          `In ${hier} staat niet meer wat de afrekening er nu zou schrijven: de invoer is gewijzigd sinds het vullen. De uitleg hoort bij de invoer van nu; vul de Eindafrekening opnieuw (Afrekenen).`,
        );
      const fouten = kern.bevindingen.filter((b) => b.ernst === "fout").length;
      if (fouten > 0)
        waarschuwingen.push(
          `De controle vond ${fouten} ${fouten === 1 ? "fout" : "fouten"} in bijlage 1 (zie Controleren): de uitleg volgt de invoer zoals die nu is.`,
        );
      return {
        soort: "uitleg",
        blad,
        cel: adres,
        namen,
        boom: gevonden.knoop,
        ...(waarschuwingen.length > 0 ? { waarschuwing: waarschuwingen.join(" ") } : {}),
      };
    }
  }
  return { soort: "geen", blad, cel: adres, bericht: `${hier} heeft geen uitleg. ${UITLEGBAAR}` };
}
