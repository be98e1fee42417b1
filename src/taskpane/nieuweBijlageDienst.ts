// The service of the section "Nieuw jaar": next year's bijlage 1 from this workbook's, written as
// one new sheet (the bijlage in the template layout with the change table under it) through the
// Office.js adapter, with undo of that sheet only. Components know the interface; the Excel
// implementation reads, plans in src/core/begroting (loaded on first use) and writes in a constant
// number of syncs.
import type { AantallenBron, BegrotingSamenvatting } from "../core/begroting";
import type { Bevinding } from "../core/findings";
import { DienstFout } from "./dienst";
import type { MetExcel } from "./excelDienst";

export interface NieuweBijlageKeuze {
  jaar: number;
  /** "6%", "6,5%" or "reeks". */
  index: string;
  /** Default: the realisation when the bijlage has it. */
  aantallen?: AantallenBron;
}

export interface NieuweBijlageUitkomst {
  bevindingen: Bevinding[];
  begroting?: BegrotingSamenvatting;
  /** The sheet written. */
  blad?: string;
  geweigerd?: string;
  opmerkingen: string[];
  /** Whether this section's last sheet can be undone now. */
  herstelpunt: boolean;
}

export interface NieuweBijlageDienst {
  maakNieuweBijlage(keuze: NieuweBijlageKeuze): Promise<NieuweBijlageUitkomst>;
  /** Whether the add-in's backup holds a sheet of this section (a new bijlage). */
  kanNieuweBijlageOngedaanMaken(): Promise<boolean>;
  /** Removes the last new bijlage sheet (or restores it as it was); false when there was none. */
  maakNieuweBijlageOngedaan(): Promise<boolean>;
}

const EIGEN_BLAD = /^Nieuwe bijlage 1 \d{4}$/i;

const laadBegroting = () => import(/* webpackChunkName: "begroting" */ "../core/begroting");

export function maakExcelNieuweBijlageDienst(run: MetExcel): NieuweBijlageDienst {
  return {
    maakNieuweBijlage: (keuze) =>
      run(async (context, excel) => {
        const { leesIndex, nieuweBijlageBlad, planBegroting } = await laadBegroting();
        const index = leesIndex(keuze.index);
        if (!index)
          throw new DienstFout(`'${keuze.index}' is geen index: typ een percentage (6% of 6,5%) of 'reeks'.`);
        const blad = nieuweBijlageBlad(keuze.jaar);
        const gelezen = await excel.leesWerkboek(context, { breedtesVan: blad });
        const uitkomst = planBegroting(gelezen.werkboek, {
          jaar: keuze.jaar,
          index,
          paneel: true,
          hostDecimaal: gelezen.decimaalteken,
          ...(keuze.aantallen ? { aantallen: keuze.aantallen } : {}),
        });
        const plan = uitkomst.plannen?.[0];
        const basis = { bevindingen: uitkomst.bevindingen, opmerkingen: uitkomst.opmerkingen };
        if (!plan || !uitkomst.samenvatting)
          return {
            ...basis,
            geweigerd: uitkomst.geweigerd ?? "De nieuwe bijlage kon niet worden gepland.",
            herstelpunt: false,
          };
        try {
          await excel.schrijfPlan(context, plan, { bekend: gelezen.bekend, activeer: true });
        } catch (fout) {
          if (fout instanceof excel.GebiedFout || fout instanceof excel.PlanFout)
            return { ...basis, geweigerd: fout.message, herstelpunt: false };
          throw fout;
        }
        return { ...basis, begroting: uitkomst.samenvatting, blad: plan.blad, herstelpunt: true };
      }),

    kanNieuweBijlageOngedaanMaken: () =>
      run(async (context, excel) => EIGEN_BLAD.test((await excel.herstelpuntVan(context)) ?? "")),

    maakNieuweBijlageOngedaan: () =>
      run(async (context, excel) => {
        const blad = await excel.herstelpuntVan(context);
        if (!blad || !EIGEN_BLAD.test(blad)) return false;
        return (await excel.herstelVulling(context, { blad })).hersteld;
      }),
  };
}
