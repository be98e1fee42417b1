// The service layer on Office.js: every call is one Excel.run that reads through src/excel,
// computes in src/core and writes through src/excel. No component touches Office.
import { EINDAFREKENING_BLAD, controleerBijlage1, planEindafrekening } from "../core/bijlage1";
import type { Bevinding } from "../core/findings";
import { bladVerwijzing, zoekBlad, type Grid } from "../core/grid";
import { controleerBetaalbatch } from "../core/payroll";
import { uitlegVanWerkboek, vindUitleg, type UitlegUitkomst as KernUitleg } from "../core/uitleg";
import { isFunctieFormule, uitlegFormuleCel } from "../core/uitleg/formulecel";
import { planCelKlopt } from "../core/uitleg/plancel";
import {
  excelFoutCode,
  excelFoutTekst,
  GebiedFout,
  kanSelectieVolgen,
  kloptMetWerkboek,
  stopVolgen,
  sync,
  volgWerkmap,
  vraagActieveCel,
  type ActieveCel,
  type GelezenWerkboek,
  type Registratie,
  heeftHerstelpunt,
  herstelVulling,
  koppelSelectie,
  leesBladnamen,
  leesKoppelingen,
  leesWerkboek,
  PlanFout,
  rapportPlan,
  schrijfPlan,
  selecteerCel,
  verwijderKoppeling,
  type Koppeling as ExcelKoppeling,
} from "../excel";
import {
  DienstFout,
  type Koppeling,
  type LoonbatchKeuze,
  type TaakvensterDienst,
  type UitlegUitkomst,
} from "./dienst";

/** Excel.run; with a context, a batch on that context (to remove event handlers registered in it). */
type ExcelRun = <T>(
  werk: (context: Excel.RequestContext) => Promise<T>,
  context?: OfficeExtension.ClientRequestContext,
) => Promise<T>;

const STANDAARD_RUN: ExcelRun = (werk, context) => (context ? Excel.run(context, werk) : Excel.run(werk));

const UITLEGBAAR =
  "Uitleg is er bij de bedragen van het blad Eindafrekening (vul het via Afrekenen), bij de namen van de afrekening (zoals Ontplooj_Saldo) en bij cellen met =ONTPLOOJ.VOORCALC, NACALC, VOORSCHOT, TARIEF of OPRESULT met celverwijzingen als argumenten.";

/** The workbook as last read for section Uitleg, and its settlement's explanation once computed. */
interface UitlegCache {
  gelezen: GelezenWerkboek;
  kern?: KernUitleg;
}

/** What the panel shows for the active cell, from the cached workbook (pure, no Excel). */
function uitlegVoor(cache: UitlegCache, cel: ActieveCel): UitlegUitkomst {
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
    werk: (context: Excel.RequestContext) => Promise<T>,
    context?: OfficeExtension.ClientRequestContext,
  ): Promise<T> => {
    try {
      return await run(werk, context);
    } catch (fout) {
      if (fout instanceof DienstFout) throw fout;
      if (excelFoutCode(fout)) throw new DienstFout(excelFoutTekst(fout));
      // Not from Excel: a fault of the add-in itself; say so, without a stack trace.
      throw new DienstFout(
        `Er ging iets mis in de invoegtoepassing${fout instanceof Error && fout.message ? `: ${fout.message}` : ""}. Uw werkmap is niet gewijzigd, of wordt bij een half geschreven vulling hersteld.`,
      );
    }
  };

  return {
    controleer: () =>
      metExcel(async (context) => {
        const { werkboek, decimaalteken } = await leesWerkboek(context);
        // Excel's separator decides ambiguous text only where the workbook itself does not.
        const { bevindingen, model } = controleerBijlage1(werkboek, { hostDecimaal: decimaalteken });
        return {
          bevindingen,
          gemeente: model?.gemeenteInfo?.naam ?? model?.gemeente?.waarde,
          jaar: model?.jaar?.waarde,
        };
      }),

    toonCel: (bevinding: Bevinding) =>
      metExcel(async (context) => {
        if (!bevinding.blad || !bevinding.cel)
          throw new DienstFout("Deze bevinding wijst niet naar een cel.");
        await selecteerCel(context, bevinding.blad.replace(VORIGE_BATCH, ""), bevinding.cel);
      }),

    schrijfRapport: (bevindingen) =>
      metExcel(async (context) => {
        vergeet();
        const plan = rapportPlan(bevindingen);
        await schrijfPlan(context, plan, { herstelpunt: false, wisBlad: true, activeer: true });
        return plan.blad;
      }),

    vulEindafrekening: ({ forceer }) =>
      metExcel(async (context) => {
        vergeet();
        const gelezen = await leesWerkboek(context, { breedtesVan: EINDAFREKENING_BLAD });
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
        try {
          await schrijfPlan(context, uitkomst.plan, { bekend: gelezen.bekend, activeer: true });
        } catch (fout) {
          // The area would cover the user's own work (or the plan holds an invalid number):
          // a refusal like the core's, nothing written; forcing does not change it.
          if (fout instanceof GebiedFout || fout instanceof PlanFout)
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
        };
      }),

    kanOngedaanMaken: () => metExcel((context) => heeftHerstelpunt(context)),

    maakOngedaan: () =>
      metExcel(async (context) => {
        vergeet();
        return (await herstelVulling(context)).hersteld;
      }),

    bladen: () => metExcel((context) => leesBladnamen(context)),

    controleerLoonbatch: (keuze: LoonbatchKeuze) =>
      metExcel(async (context) => {
        const namen = [keuze.batch, keuze.vorige, keuze.bijlage1, keuze.register].filter((n): n is string =>
          Boolean(n),
        );
        const { werkboek } = await leesWerkboek(context, { bladen: namen });
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

    koppelingen: () => metExcel(async (context) => (await leesKoppelingen(context)).map(koppeling)),

    koppel: (rol, huidige) =>
      metExcel(async (context) => {
        vergeet();
        try {
          return koppeling(
            await koppelSelectie(
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
      metExcel((context) => {
        vergeet();
        return verwijderKoppeling(context, naam);
      }),

    uitlegBijSelectie: () =>
      metExcel(async (context) => {
        // The active cell rides along with the first sync of a read, or has the one sync alone.
        const actieve = vraagActieveCel(context);
        let cache = uitlegCache;
        if (cache) await sync(context);
        else cache = { gelezen: await leesWerkboek(context) };
        const cel = actieve();
        // An edit the events did not report (or not yet): read again, still a fixed number of syncs.
        if (uitlegCache && !kloptMetWerkboek(cache.gelezen.werkboek, cel))
          cache = { gelezen: await leesWerkboek(context) };
        uitlegCache = cache;
        return uitlegVoor(cache, cel);
      }),

    volgSelectie: async (bijWissel) => {
      if (!kanSelectieVolgen()) return null;
      let registraties: Registratie[];
      try {
        registraties = await run((context) =>
          volgWerkmap(context, { bijSelectie: bijWissel, bijWijziging: vergeet }),
        );
      } catch (fout) {
        // This Excel refuses the events after all: the panel offers its button instead.
        if (excelFoutCode(fout)) return null;
        throw fout;
      }
      return () => metExcel((context) => stopVolgen(context, registraties), registraties[0].context);
    },

    selecteer: (blad, cel) => metExcel((context) => selecteerCel(context, blad, cel)),
  };
}
