// The service layer on Office.js: every call is one Excel.run that reads through src/excel,
// computes in src/core and writes through src/excel. No component touches Office.
// The Office.js adapter and the checks (bijlage 1, payroll) are loaded on first use, not with the
// pane: the first paint needs none of them.
import type { Bevinding } from "../core/findings";
import { zoekBlad, type Grid } from "../core/grid";
import type { Koppeling as ExcelKoppeling } from "../excel";
import { excelFoutCode, excelFoutTekst } from "../excel/fouten";
import { DienstFout, type Koppeling, type LoonbatchKeuze, type TaakvensterDienst } from "./dienst";
import type { UitlegCache } from "./uitlegZoeken";

/** Excel.run; with a context, a batch on that context (to remove event handlers registered in it). */
type ExcelRun = <T>(
  werk: (context: Excel.RequestContext) => Promise<T>,
  context?: OfficeExtension.ClientRequestContext,
) => Promise<T>;

const STANDAARD_RUN: ExcelRun = (werk, context) => (context ? Excel.run(context, werk) : Excel.run(werk));
type ExcelAdapter = typeof import("../excel");

/** What the panel shows of a name (not the raw formula). */
function koppeling({ formule: _formule, ...rest }: ExcelKoppeling): Koppeling {
  return rest;
}

/** The list shown is older than the workbook (a name added or removed in Excel meanwhile). */
const VEROUDERD = new Set(["ItemNotFound", "ItemAlreadyExists"]);

/** Payroll findings about the previous batch name their sheet "X (vorige batch)". */
const VORIGE_BATCH = / \(vorige batch\)$/;

export function maakExcelDienst(run: ExcelRun = STANDAARD_RUN): TaakvensterDienst {
  // Section Uitleg reads the workbook once and keeps it until Excel reports a change (or the panel
  // itself writes); a selection then costs one sync.
  let uitlegCache: UitlegCache | null = null;
  const vergeet = () => {
    uitlegCache = null;
  };

  const metExcel = async <T>(
    werk: (context: Excel.RequestContext, excel: ExcelAdapter) => Promise<T>,
    context?: OfficeExtension.ClientRequestContext,
  ): Promise<T> => {
    try {
      const excel = await import("../excel");
      return await run((c) => werk(c, excel), context);
    } catch (fout) {
      if (fout instanceof DienstFout) throw fout;
      if (fout instanceof Error && fout.name === "ChunkLoadError")
        throw new DienstFout(
          "Een deel van de invoegtoepassing kon niet worden geladen. Controleer de verbinding en probeer het opnieuw; uw werkmap is niet gewijzigd.",
        );
      if (excelFoutCode(fout)) throw new DienstFout(excelFoutTekst(fout));
      // Not from Excel: a fault of the add-in itself; say so, without a stack trace.
      throw new DienstFout(
        `Er ging iets mis in de invoegtoepassing${fout instanceof Error && fout.message ? `: ${fout.message}` : ""}. Uw werkmap is niet gewijzigd, of wordt bij een half geschreven vulling hersteld.`,
      );
    }
  };

  return {
    controleer: () =>
      metExcel(async (context, excel) => {
        const [{ controleerBijlage1 }, { werkboek, decimaalteken }] = await Promise.all([
          import(/* webpackChunkName: "controle-bijlage1" */ "../core/bijlage1"),
          excel.leesWerkboek(context),
        ]);
        // Excel's separator decides ambiguous text only where the workbook itself does not.
        const { bevindingen, model } = controleerBijlage1(werkboek, { hostDecimaal: decimaalteken });
        return {
          bevindingen,
          gemeente: model?.gemeenteInfo?.naam ?? model?.gemeente?.waarde,
          jaar: model?.jaar?.waarde,
        };
      }),

    toonCel: (bevinding: Bevinding) =>
      metExcel(async (context, excel) => {
        if (!bevinding.blad || !bevinding.cel)
          throw new DienstFout("Deze bevinding wijst niet naar een cel.");
        await excel.selecteerCel(context, bevinding.blad.replace(VORIGE_BATCH, ""), bevinding.cel);
      }),

    schrijfRapport: (bevindingen) =>
      metExcel(async (context, excel) => {
        vergeet();
        const { rapportPlan } = await import(/* webpackChunkName: "rapport" */ "../core/rapport-plan");
        const plan = rapportPlan(bevindingen);
        await excel.schrijfPlan(context, plan, { herstelpunt: false, wisBlad: true, activeer: true });
        return plan.blad;
      }),

    vulEindafrekening: ({ forceer }) =>
      metExcel(async (context, excel) => {
        vergeet();
        const { EINDAFREKENING_BLAD, planEindafrekening } = await import(
          /* webpackChunkName: "controle-bijlage1" */ "../core/bijlage1"
        );
        const gelezen = await excel.leesWerkboek(context, { breedtesVan: EINDAFREKENING_BLAD });
        const bestaand = zoekBlad(gelezen.werkboek, EINDAFREKENING_BLAD);
        // What the read found on the sheet besides its cells (merges, notes, drawings).
        const { blad: _blad, cellen: _cellen, ...bezetting } = gelezen.bekend.bezetting ?? {};
        const uitkomst = planEindafrekening(gelezen.werkboek, {
          forceer,
          bestaand,
          hostDecimaal: gelezen.decimaalteken,
          ...(gelezen.bekend.bezetting ? { bezetting } : {}),
        });
        if (!uitkomst.plan) {
          return {
            bevindingen: uitkomst.bevindingen,
            geweigerd:
              (uitkomst.geweigerd ?? "De Eindafrekening kon niet worden gepland.") +
              // Where forcing would help, the panel names its own checkbox for it.
              (uitkomst.forceerbaar ? " Vink 'Ook vullen als…' aan om toch te vullen." : ""),
            herstelpunt: gelezen.herstelpunt,
          };
        }
        let geschreven;
        try {
          geschreven = await excel.schrijfPlan(context, uitkomst.plan, {
            bekend: gelezen.bekend,
            activeer: true,
          });
        } catch (fout) {
          // The area would cover the user's own work (or the plan holds an invalid number):
          // a refusal like the core's, nothing written; forcing does not change it.
          if (fout instanceof excel.GebiedFout || fout instanceof excel.PlanFout)
            return {
              bevindingen: uitkomst.bevindingen,
              geweigerd: fout.message,
              herstelpunt: gelezen.herstelpunt,
            };
          throw fout;
        }
        return {
          bevindingen: uitkomst.bevindingen,
          afrekening: uitkomst.afrekening,
          blad: uitkomst.plan.blad,
          herstelpunt: true,
          ...(geschreven.grafiekenOvergeslagen
            ? { grafiekenOvergeslagen: geschreven.grafiekenOvergeslagen }
            : {}),
        };
      }),

    kanOngedaanMaken: () => metExcel((context, excel) => excel.heeftHerstelpunt(context)),

    maakOngedaan: () =>
      metExcel(async (context, excel) => {
        vergeet();
        return (await excel.herstelVulling(context)).hersteld;
      }),

    bladen: () => metExcel((context, excel) => excel.leesBladnamen(context)),

    controleerLoonbatch: (keuze: LoonbatchKeuze) =>
      metExcel(async (context, excel) => {
        const namen = [keuze.batch, keuze.vorige, keuze.bijlage1, keuze.register].filter((n): n is string =>
          Boolean(n),
        );
        const [{ controleerBetaalbatch }, { werkboek }] = await Promise.all([
          import(/* webpackChunkName: "controle-loonbatch" */ "../core/payroll"),
          excel.leesWerkboek(context, { bladen: namen }),
        ]);
        const grid = (naam?: string): Grid | undefined =>
          naam ? werkboek.bladen.find((b) => b.blad === naam) : undefined;
        const batch = grid(keuze.batch);
        if (!batch) throw new DienstFout(`Het blad '${keuze.batch}' bestaat niet (meer) in deze werkmap.`);
        return controleerBetaalbatch(batch, {
          vorige: grid(keuze.vorige),
          bijlage1: grid(keuze.bijlage1),
          register: grid(keuze.register),
          betaalbestand: keuze.betaalbestand,
          rekening: keuze.rekening || undefined,
        });
      }),

    koppelingen: () =>
      metExcel(async (context, excel) => (await excel.leesKoppelingen(context)).map(koppeling)),

    koppel: (rol, huidige) =>
      metExcel(async (context, excel) => {
        vergeet();
        try {
          return koppeling(
            await excel.koppelSelectie(
              context,
              rol,
              huidige.map((k) => k.naam),
            ),
          );
        } catch (fout) {
          if (VEROUDERD.has(excelFoutCode(fout) ?? ""))
            throw new DienstFout(
              "De namen in de werkmap zijn intussen gewijzigd. Klik op 'Vernieuwen' en koppel opnieuw.",
            );
          throw fout;
        }
      }),

    ontkoppel: (naam) =>
      metExcel((context, excel) => {
        vergeet();
        return excel.verwijderKoppeling(context, naam);
      }),

    uitlegBijSelectie: () =>
      metExcel(async (context, excel) => {
        const zoeken = import(/* webpackChunkName: "uitleg" */ "./uitlegZoeken");
        // The active cell rides along with the first sync of a read, or has the one sync alone.
        const actieve = excel.vraagActieveCel(context);
        let cache = uitlegCache;
        if (cache) await excel.sync(context);
        else cache = { gelezen: await excel.leesWerkboek(context) };
        const cel = actieve();
        // An edit the events did not report (or not yet): read again, still a fixed number of syncs.
        if (uitlegCache && !excel.kloptMetWerkboek(cache.gelezen.werkboek, cel))
          cache = { gelezen: await excel.leesWerkboek(context) };
        uitlegCache = cache;
        return (await zoeken).uitlegVoor(cache, cel);
      }),

    volgSelectie: (bijWissel) =>
      metExcel(async (context, excel) => {
        if (!excel.kanSelectieVolgen()) return null;
        let registraties: Awaited<ReturnType<ExcelAdapter["volgWerkmap"]>>;
        try {
          registraties = await excel.volgWerkmap(context, { bijSelectie: bijWissel, bijWijziging: vergeet });
        } catch (fout) {
          // This Excel refuses the events after all: the panel offers its button instead.
          if (excelFoutCode(fout)) return null;
          throw fout;
        }
        return () => metExcel((c, ex) => ex.stopVolgen(c, registraties), registraties[0].context);
      }),

    selecteer: (blad, cel) => metExcel((context, excel) => excel.selecteerCel(context, blad, cel)),
  };
}
