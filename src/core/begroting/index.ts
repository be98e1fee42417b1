// Next year's bijlage 1 (issue 12 point 3), the API of the command line and the task pane: check
// last year's workbook, compute the new year, and say what to write: cell changes in the user's
// own layout, or the template layout when the workbook was mapped with Bijlage1_* names; plus the
// change table. Pure: grids in, data out.
import { EINDAFREKENING_BLAD, controleerBijlage1, type BijlageOpties } from "../bijlage1";
import { blokkeertVullen } from "../bijlage1/codes";
import { voorcalculatieVan } from "../bijlage1/berekening";
import { heeftFouten, type Bevinding } from "../findings";
import { InvoerFout } from "../fouten";
import type { Werkboek } from "../grid";
import { formatBedrag, formatPercentage, type Decimal } from "../money";
import type { BladPlan } from "../sheetplan";
import { NAAM_VOORVOEGSEL } from "../bijlage1/namen";
import { berekenBegroting, type Begroting, type BegrotingOpties } from "./berekening";
import { indexTekst } from "./indexatie";
import { paneelPlan, sjabloonPlannen, tariefwijzigingBlad, tariefwijzigingPlan } from "./plannen";
import { wijzigingenVoorIndeling, type Indelingswijziging } from "./wijzigingen";

export * from "./indexatie";
export * from "./berekening";
export * from "./plannen";
export * from "./wijzigingen";

/** Next year's figures as exact decimal strings (the CLI's --json, the panel's table). */
export interface BegrotingSamenvatting {
  gemeente: string;
  vanJaar: number;
  jaar: number;
  index: string;
  /** The factor from the old to the new tariffs, exact. */
  factor: string;
  aantallen: "realisatie" | "begroting";
  risicoOpslag: string;
  voorcalculatieOud: string;
  voorcalculatie: string;
  /** voorcalculatie − voorcalculatieOud. */
  voorcalculatieVerschil: string;
  /** voorcalculatie / voorcalculatieOud − 1, 4 decimals; null when the old one is 0. */
  voorcalculatieFractie: string | null;
  termijnen: 12 | 4;
  voorschotten: string[];
  regels: {
    code: string;
    dienst: string;
    tariefOud: string;
    tarief: string;
    verschil: string;
    /** new / old − 1 as a fraction, 4 decimals; null for an old tariff of 0. */
    verschilFractie: string | null;
    aantal: string;
    bedrag: string;
  }[];
}

export interface BegrotingUitkomst {
  bevindingen: Bevinding[];
  begroting?: Begroting;
  samenvatting?: BegrotingSamenvatting;
  /** "eigen": the input's own layout (cell changes); "sjabloon": the template layout (plans). */
  indeling?: "eigen" | "sjabloon";
  wijzigingen?: Indelingswijziging;
  /** The template's sheets (sjabloon) and the change table last; for the pane one sheet with both. */
  plannen?: BladPlan[];
  /** Dutch notes for the user about what stays as it was. */
  opmerkingen: string[];
  /** Dutch reason nothing is written. */
  geweigerd?: string;
}

export interface BegrotingPlanOpties extends BegrotingOpties, BijlageOpties {
  /**
   * For the task pane: one new sheet (paneelPlan) with the bijlage in the template layout and the
   * change table, never over last year's cells.
   */
  paneel?: boolean;
  /** The advances sheet of a template-layout workbook (the CLI's "Voorschotten"). */
  voorschottenBlad?: string;
}

/** True when the workbook says where its parts are with workbook-scoped Bijlage1_* names. */
export function metNamenGekoppeld(werkboek: Werkboek): boolean {
  return (werkboek.namen ?? []).some(
    (n) => n.blad === undefined && n.naam.toLowerCase().startsWith(NAAM_VOORVOEGSEL.toLowerCase()),
  );
}

export function samenvattingBegroting(b: Begroting, oud: Decimal): BegrotingSamenvatting {
  const nieuw = b.voorcalculatie.totaal;
  return {
    gemeente: b.gemeente,
    vanJaar: b.vanJaar,
    jaar: b.jaar,
    index: indexTekst(b.index),
    factor: b.factor.toFixed(),
    aantallen: b.aantallen,
    risicoOpslag: b.risicoOpslag.toFixed(),
    voorcalculatieOud: oud.toFixed(2),
    voorcalculatie: nieuw.toFixed(2),
    voorcalculatieVerschil: nieuw.minus(oud).toFixed(2),
    voorcalculatieFractie: oud.isZero() ? null : nieuw.div(oud).minus(1).toDecimalPlaces(4).toFixed(),
    termijnen: b.termijnen,
    voorschotten: b.voorschotten.map((v) => v.toFixed(2)),
    regels: b.regels.map((r) => ({
      code: r.dienst.code,
      dienst: r.dienst.label,
      tariefOud: r.oudTarief.waarde.toFixed(),
      tarief: r.nieuwTarief.toFixed(),
      verschil: r.verschil.toFixed(),
      verschilFractie: r.verschilFractie === null ? null : r.verschilFractie.toDecimalPlaces(4).toFixed(),
      aantal: r.aantal.toFixed(),
      bedrag: r.bedrag.toFixed(2),
    })),
  };
}

/**
 * Checks last year's bijlage and plans next year's. Refuses (geweigerd) when the check finds
 * errors or warnings that block a fill: a new bijlage from a wrong one would carry the error on.
 */
export function planBegroting(werkboek: Werkboek, opties: BegrotingPlanOpties): BegrotingUitkomst {
  const { jaar, index, aantallen, paneel, voorschottenBlad, ...controle } = opties;
  const { bevindingen, model } = controleerBijlage1(werkboek, controle);
  const opmerkingen: string[] = [];
  if (!model)
    return {
      bevindingen,
      opmerkingen,
      geweigerd:
        "Het werkboek is niet als bijlage 1 te lezen: het blad 'Bijlage 1' of de dienstentabel ontbreekt.",
    };
  const blokkerend = bevindingen.filter((b) => b.ernst !== "fout" && blokkeertVullen(b)).length;
  if (heeftFouten(bevindingen) || blokkerend > 0) {
    const fouten = bevindingen.filter((b) => b.ernst === "fout").length;
    return {
      bevindingen,
      opmerkingen,
      geweigerd: `De controle van bijlage 1 vond ${fouten} ${fouten === 1 ? "fout" : "fouten"}${blokkerend > 0 ? ` en ${blokkerend} blokkerende ${blokkerend === 1 ? "waarschuwing" : "waarschuwingen"}` : ""}; herstel die eerst, anders neemt de nieuwe bijlage ze over.`,
    };
  }
  let begroting: Begroting;
  let wijzigingen: Indelingswijziging | undefined;
  const gekoppeld = metNamenGekoppeld(werkboek);
  const alsSjabloon = paneel === true || gekoppeld;
  try {
    begroting = berekenBegroting(model, { jaar, index, ...(aantallen ? { aantallen } : {}) });
    if (!alsSjabloon) wijzigingen = wijzigingenVoorIndeling(werkboek, model, begroting);
  } catch (e) {
    if (e instanceof InvoerFout)
      return {
        bevindingen,
        opmerkingen,
        geweigerd: `De nieuwe bijlage kan niet worden gemaakt: ${e.message}.`,
      };
    throw e;
  }
  const oud = voorcalculatieVan(model).totaal;
  const tabelBlad = tariefwijzigingBlad(jaar);
  if (!paneel && werkboek.bladen.some((g) => g.blad.toLowerCase() === tabelBlad.toLowerCase()))
    return {
      bevindingen,
      opmerkingen,
      geweigerd: `Het werkboek heeft al een blad '${tabelBlad}'; hernoem of verwijder het, dan kan de wijzigingstabel erin.`,
    };
  const kenmerk = model.dvoKenmerk?.waarde;
  const plannen = paneel
    ? [paneelPlan(begroting, oud, kenmerk)]
    : [
        ...(alsSjabloon
          ? sjabloonPlannen(begroting, {
              ...(voorschottenBlad ? { voorschottenBlad } : {}),
              ...(kenmerk ? { dvoKenmerk: kenmerk } : {}),
            })
          : []),
        tariefwijzigingPlan(begroting, oud),
      ];
  if (gekoppeld && !paneel)
    opmerkingen.push(
      "Het werkboek is met namen Bijlage1_* gekoppeld; de nieuwe bijlage staat in de indeling van het sjabloon (docs/werkboek.md §1).",
    );
  if (!alsSjabloon) {
    const eind = werkboek.bladen.find((g) => g.blad.toLowerCase() === EINDAFREKENING_BLAD.toLowerCase());
    if (eind)
      opmerkingen.push(
        `Blad '${eind.blad}' is de afrekening van ${begroting.vanJaar}; Excel rekent de formules opnieuw met de cijfers van ${begroting.jaar}: vul het opnieuw (fill of Afrekenen) voordat u het gebruikt.`,
      );
    const tg = model.diensten.regels.find((r) => r.tariefGerealiseerd)?.tariefGerealiseerd;
    if (tg)
      opmerkingen.push(
        `De kolom 'Tarief gerealiseerd' (${tg.blad}) houdt de tarieven van ${begroting.vanJaar}; de gerealiseerde aantallen zijn 0. Vul beide in zodra de realisatie ${begroting.jaar} bekend is.`,
      );
    if (model.kostprijzen)
      opmerkingen.push(
        `Blad '${model.kostprijzen.blad}' houdt de Kostprijzen van ${begroting.vanJaar}: vervang ze door die van ${begroting.jaar} zodra de realisatie bekend is.`,
      );
    if (model.kpis)
      opmerkingen.push(
        `Blad '${model.kpis.blad}' houdt de KPI-realisaties van ${begroting.vanJaar}: werk doelen en realisaties bij voor ${begroting.jaar}.`,
      );
    const hernoemd = new Set(wijzigingen?.hernoemd.map((h) => h.van));
    const oudeNamen = werkboek.bladen
      .map((g) => g.blad)
      .filter((n) => !hernoemd.has(n) && new RegExp(`(?<!\\d)${begroting.vanJaar}(?!\\d)`).test(n));
    if (oudeNamen.length > 0)
      opmerkingen.push(
        `${oudeNamen.length === 1 ? "Blad" : "De bladen"} ${oudeNamen.map((n) => `'${n}'`).join(", ")} ${oudeNamen.length === 1 ? "noemt" : "noemen"} ${begroting.vanJaar} en ${oudeNamen.length === 1 ? "is" : "zijn"} niet hernoemd: ${oudeNamen.length === 1 ? "het houdt" : "ze houden"} gegevens van ${begroting.vanJaar}.`,
      );
  }
  return {
    bevindingen,
    begroting,
    samenvatting: samenvattingBegroting(begroting, oud),
    indeling: alsSjabloon ? "sjabloon" : "eigen",
    ...(wijzigingen ? { wijzigingen } : {}),
    plannen,
    opmerkingen,
  };
}

/** One line per service for the terminal and the panel: old → new tariff, change in € and %. */
export function wijzigingsRegels(s: BegrotingSamenvatting): string[] {
  return s.regels.map(
    (r) =>
      `${r.dienst.padEnd(48)} ${formatBedrag(r.tariefOud, 0).padStart(11)} ${formatBedrag(r.tarief, 0).padStart(11)} ${formatBedrag(r.verschil, 0).padStart(9)} ${(r.verschilFractie === null ? "" : formatPercentage(r.verschilFractie, 1)).padStart(7)}`,
  );
}
