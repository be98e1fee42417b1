// The service of the section "Ontplooj-breed": the five bijlage-1 sheets of this workbook
// consolidated by src/core/consolidatie, and its sheet 'Overzicht Ontplooj' written through the
// Office.js adapter (constant syncs, chunked, with undo of that sheet only). The consolidation core
// is loaded on first use.
import type { Bevinding } from "../core/findings";
import type { MetExcel } from "./excelDienst";

/** One municipality's line of the overview, as exact decimal strings. */
export interface OntploojGemeente {
  gemeente: string;
  voorcalculatie: string;
  nacalculatie: string;
  voorschottenBetaald: string;
  saldo: string;
  richting: "bijbetalen" | "terugbetalen" | "nihil";
}

export interface OntploojUitkomst {
  bevindingen: Bevinding[];
  jaar?: number;
  gemeenten?: OntploojGemeente[];
  totaal?: Omit<OntploojGemeente, "gemeente" | "richting">;
  /** Σ nacalculatie without surcharges equals realised costs − revenues, to the cent. */
  behoud?: { verwacht: string; gevonden: string; klopt: boolean };
  /** The sheet written. */
  blad?: string;
  geweigerd?: string;
  /** Whether the refusal is one that forcing would override (errors in the checks). */
  forceerbaar?: boolean;
  herstelpunt: boolean;
}

export interface OntploojDienst {
  maakOverzicht(opties: { forceer: boolean }): Promise<OntploojUitkomst>;
  kanOverzichtOngedaanMaken(): Promise<boolean>;
  /** Restores the sheet as it was before the last overview (or removes it); false when there was none. */
  maakOverzichtOngedaan(): Promise<boolean>;
}

/** The sheet the consolidation core writes (its OVERZICHT_BLAD; the e2e undo test holds them equal), known without loading the core. */
const OVERZICHT = "Overzicht Ontplooj";
const isOverzicht = (blad: string | null) => blad !== null && blad.toLowerCase() === OVERZICHT.toLowerCase();

const laadConsolidatie = () => import(/* webpackChunkName: "consolidatie" */ "../core/consolidatie");

export function maakExcelOntploojDienst(run: MetExcel): OntploojDienst {
  return {
    maakOverzicht: ({ forceer }) =>
      run(async (context, excel) => {
        const [{ consolideerWerkboek }, gelezen] = await Promise.all([
          laadConsolidatie(),
          excel.leesWerkboek(context, { breedtesVan: OVERZICHT }),
        ]);
        const c = consolideerWerkboek(gelezen.werkboek, {
          forceer,
          ...(gelezen.decimaalteken ? { hostDecimaal: gelezen.decimaalteken } : {}),
        });
        const u = c.uitkomst;
        const geld = (d: { toFixed(n: number): string }) => d.toFixed(2);
        const basis: OntploojUitkomst = { bevindingen: c.bevindingen, herstelpunt: false };
        if (u) {
          basis.jaar = u.jaar;
          basis.gemeenten = u.gemeenten.map((g) => ({
            gemeente: g.gemeente,
            voorcalculatie: geld(g.voorcalculatie),
            nacalculatie: geld(g.nacalculatie),
            voorschottenBetaald: geld(g.eindafrekening.voorschottenBetaald),
            saldo: geld(g.eindafrekening.saldo),
            richting: g.eindafrekening.richting,
          }));
          basis.totaal = {
            voorcalculatie: geld(u.totalen.voorcalculatie),
            nacalculatie: geld(u.totalen.nacalculatie),
            voorschottenBetaald: geld(u.totalen.voorschottenBetaald),
            saldo: geld(u.totalen.saldo),
          };
          basis.behoud = {
            verwacht: geld(u.behoud.verwacht),
            gevonden: geld(u.behoud.gevonden),
            klopt: u.behoud.klopt,
          };
        }
        if (!c.plan)
          return {
            ...basis,
            geweigerd: c.geweigerd ?? "Het Overzicht Ontplooj kon niet worden gepland.",
            forceerbaar: u !== undefined,
          };
        try {
          await excel.schrijfPlan(context, c.plan, { bekend: gelezen.bekend, activeer: true });
        } catch (fout) {
          // The area would cover the user's own work, or a value no workbook can hold: nothing written.
          if (fout instanceof excel.GebiedFout || fout instanceof excel.PlanFout)
            return { ...basis, geweigerd: fout.message, forceerbaar: false };
          throw fout;
        }
        return { ...basis, blad: c.plan.blad, herstelpunt: true };
      }),

    kanOverzichtOngedaanMaken: () =>
      run(async (context, excel) => isOverzicht(await excel.herstelpuntVan(context))),

    maakOverzichtOngedaan: () =>
      run(async (context, excel) => {
        const blad = await excel.herstelpuntVan(context);
        if (!isOverzicht(blad)) return false;
        return (await excel.herstelVulling(context, { blad: blad! })).hersteld;
      }),
  };
}
