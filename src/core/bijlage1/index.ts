// The bijlage-1 API that the command line and the task pane call: check a workbook, and plan its
// Eindafrekening sheet. Pure: grids in, findings and a sheet plan out.
import type { DienstCode } from "../catalogue";
import { sorteerBevindingen, type Bevinding } from "../findings";
import { InvoerFout } from "../fouten";
import { eigenGebied, gebiedWeigering, toetsGebied, type Bezetting } from "../gebied";
import { adres, isLeeg, waardeOp, type Grid, type Werkboek } from "../grid";
import { labelIs } from "../labels";
import { NUL } from "../money";
import { bepaalNotatie } from "../notatie";
import type { Richting } from "../settlement";
import type { BladPlan } from "../sheetplan";
import { berekenAfrekening, heeftRealisatie, type Afrekening } from "./berekening";
import { vullenTegengehouden } from "./codes";
import { controleer, STANDAARD_OPTIES } from "./controle";
import {
  EINDAFREKENING_BLAD,
  LAATSTE_KOLOM,
  MARKERING,
  MINIMAAL_GEBIED_RIJEN,
  NAMEN,
  maakEindafrekeningPlan,
} from "./eindafrekening-plan";
import { leesBijlage1 } from "./lezer";
import { Melder } from "./melder";
import { meldNotatie } from "./notatie-melding";
import type { Bijlage1, ControleOpties } from "./model";

export {
  EINDAFREKENING_BLAD,
  MARKERING,
  NAMEN,
  maakEindafrekeningPlan,
  excelDatum,
} from "./eindafrekening-plan";
export { GRAFIEK_NAMEN, GRAFIEK_RIJEN, metGrafieken, type GrafiekRijen } from "./grafieken";
export { berekenAfrekening, type Afrekening, type RegelAfrekening, type TariefBron } from "./berekening";
export * from "./model";
export {
  BEVINDING_CODES,
  blokkeertVullen,
  codeTabelMarkdown,
  isBevindingCode,
  vullenTegengehouden,
  type BevindingCode,
  type CodeMetErnst,
  type CodeUitleg,
} from "./codes";
export {
  vergelijkMetTabel75,
  TABEL_7_5_REALISATIE_2023,
  TOLERANTIE as TABEL_7_5_TOLERANTIE,
  type Tabel75Invoer,
  type Tabel75Vergelijking,
  type Tabel75Regel,
} from "./tabel75";

export interface Controle {
  bevindingen: Bevinding[];
  /** Present when the sheet 'Bijlage 1' and its services table were found. */
  model?: Bijlage1;
}

export interface BijlageOpties extends ControleOpties {
  /**
   * The decimal separator of the Excel the user works in ("," or "."): decides the notation of
   * ambiguous text numbers when the workbook itself does not. `notatie`, when given, overrides both.
   */
  hostDecimaal?: string;
}

/** Reads and checks a bijlage-1 workbook. Findings are sorted: errors first, then by sheet and cell. */
export function controleerBijlage1(werkboek: Werkboek, opties: BijlageOpties = {}): Controle {
  const { hostDecimaal, ...controleOpties } = opties;
  const melder = new Melder();
  // Our own sheets (Eindafrekening; the panel's Ontplooj_Bevindingen and Ontplooj_Herstel, which
  // a saved workbook carries to the command line) are output, not how the user types numbers.
  const invoer = werkboek.bladen.filter(
    (b) => !labelIs(b.blad, EINDAFREKENING_BLAD) && !/^ontplooj_/i.test(b.blad),
  );
  const bepaling = bepaalNotatie({ bladen: invoer }, hostDecimaal);
  const notatie = controleOpties.notatie ?? bepaling.notatie;
  meldNotatie(bepaling, controleOpties.notatie, melder);
  const o = { ...STANDAARD_OPTIES, ...controleOpties, notatie };
  const model = leesBijlage1(werkboek, melder, notatie);
  if (model) controleer(model, melder, o);
  const bevindingen = sorteerBevindingen(melder.bevindingen);
  return model ? { bevindingen, model } : { bevindingen };
}

export interface AfrekeningRegel {
  code: DienstCode;
  dienst: string;
  eenheid: string;
  /** Exact decimal strings; null where the bijlage gives no value. */
  tariefBegroot: string | null;
  aantalBegroot: string | null;
  bedragBegroot: string | null;
  tariefGerealiseerd: string | null;
  aantalGerealiseerd: string | null;
  bedragGerealiseerd: string | null;
  /** bedragGerealiseerd − bedragBegroot. */
  verschil: string;
}

export interface AfrekeningSamenvatting {
  gemeente: string;
  jaar: number;
  /** As a fraction: "0.02" is 2 %. */
  risicoOpslag: string;
  voorcalculatie: string;
  nacalculatie: string;
  voorschottenBetaald: string;
  /** nacalculatie − voorschottenBetaald; positive: the municipality pays. */
  saldo: string;
  richting: Richting;
  toelichting: string;
  /** ISO date. */
  vervaldatum: string;
  subtotaalBegroot: string;
  risicoOpslagBegroot: string;
  subtotaalGerealiseerd: string;
  risicoOpslagGerealiseerd: string;
  regels: AfrekeningRegel[];
  voorschotten: { periode: string; bedrag: string }[];
  kpis: {
    kpi: string;
    doel: string | null;
    richting: string | null;
    realisatie: string | null;
    behaald: boolean | null;
  }[];
}

export function samenvatting(a: Afrekening): AfrekeningSamenvatting {
  if (!a.nacalculatie || !a.eindafrekening)
    throw new Error("samenvatting: de afrekening heeft geen nacalculatie");
  const e = a.eindafrekening;
  const geld = (d: { toFixed(n: number): string }) => d.toFixed(2);
  return {
    gemeente: a.gemeente,
    jaar: a.jaar,
    risicoOpslag: a.risicoOpslag.toFixed(),
    voorcalculatie: geld(a.voorcalculatie.totaal),
    nacalculatie: geld(a.nacalculatie.totaal),
    voorschottenBetaald: geld(e.voorschottenBetaald),
    saldo: geld(e.saldo),
    richting: e.richting,
    toelichting: e.toelichting,
    vervaldatum: e.vervaldatum,
    subtotaalBegroot: geld(a.voorcalculatie.subtotaal),
    risicoOpslagBegroot: geld(a.voorcalculatie.risicoOpslag),
    subtotaalGerealiseerd: geld(a.nacalculatie.subtotaal),
    risicoOpslagGerealiseerd: geld(a.nacalculatie.risicoOpslag),
    regels: a.regels.map((r) => {
      const b = r.begroot;
      const g = r.gerealiseerd;
      const verschil = (g?.bedrag ?? NUL).minus(b?.bedrag ?? NUL);
      return {
        code: r.dienst.code,
        dienst: r.dienst.label,
        eenheid: r.regel.eenheid?.waarde ?? "",
        tariefBegroot: b ? b.tarief.toFixed() : null,
        aantalBegroot: b ? b.aantal.toFixed() : null,
        bedragBegroot: b ? geld(b.bedrag) : null,
        tariefGerealiseerd: g ? g.tarief.toFixed() : null,
        aantalGerealiseerd: g ? g.aantal.toFixed() : null,
        bedragGerealiseerd: g ? geld(g.bedrag) : null,
        verschil: geld(verschil),
      };
    }),
    voorschotten: a.voorschotten.map((v) => ({
      periode: v.regel.periode?.waarde ?? "",
      bedrag: geld(v.bedrag.waarde),
    })),
    kpis: a.kpis.map((k) => ({
      kpi: k.regel.naam.waarde,
      doel: k.regel.doel ? k.regel.doel.waarde.toFixed() : null,
      richting: k.regel.richting?.waarde ?? null,
      realisatie: k.regel.realisatie ? k.regel.realisatie.waarde.toFixed() : null,
      behaald: k.uitkomst ? k.uitkomst.behaald : null,
    })),
  };
}

export interface PlanOpties extends BijlageOpties {
  /** Fill even when the check found errors, or when the sheet holds content that is not ours. */
  forceer?: boolean;
  /** The current Eindafrekening sheet, when the workbook has one. */
  bestaand?: Grid;
  /** What else the adapter found on that sheet (notes, merges, drawings): the area may not cover it. */
  bezetting?: Omit<Bezetting, "cellen">;
}

export interface PlanUitkomst {
  bevindingen: Bevinding[];
  plan?: BladPlan;
  afrekening?: AfrekeningSamenvatting;
  /** Dutch reason the sheet is not filled. */
  geweigerd?: string;
  /** True when the refusal is one that `forceer` would override (errors, a sheet with own data). */
  forceerbaar?: boolean;
  /** Dutch note when the sheet was filled with `forceer` despite errors in the check. */
  geforceerd?: string;
}

/** Findings name at most this many occupied places; the refusal counts them all. */
const MAX_BEZET_BEVINDINGEN = 50;

/** The area the previous fill owned: its Ontplooj_Gebied name, or the minimal area when only the marker is left. */
export function vorigGebied(werkboek: Werkboek, bestaand: Grid, nieuw: string): string | undefined {
  const naam = werkboek.namen?.find((n) => n.naam.toLowerCase() === NAMEN.gebied.toLowerCase());
  const gebied = naam && eigenGebied(naam.verwijzing, bestaand.blad, nieuw);
  if (gebied) return gebied;
  if (waardeOp(bestaand, 1, 0) === MARKERING) return `A1:${LAATSTE_KOLOM}${MINIMAAL_GEBIED_RIJEN}`;
  return undefined;
}

export function gevuldeCellen(grid: Grid): string[] {
  const uit: string[] = [];
  grid.waarden.forEach((r, i) =>
    r.forEach((w, j) => {
      const f = grid.formules?.[i]?.[j];
      if (!isLeeg(w) || (typeof f === "string" && f !== ""))
        uit.push(adres(grid.startRij + i, grid.startKolom + j));
    }),
  );
  return uit;
}

/**
 * Checks the workbook and plans its Eindafrekening sheet. Refuses (with `geweigerd`) when the
 * check finds errors, unless `forceer`; always refuses when municipality, year or the realised
 * counts are missing, since there is nothing to settle then.
 */
export function planEindafrekening(werkboek: Werkboek, opties: PlanOpties = {}): PlanUitkomst {
  const { forceer = false, bestaand, bezetting, ...controleOpties } = opties;
  const { bevindingen, model } = controleerBijlage1(werkboek, controleOpties);
  if (!model) {
    return {
      bevindingen,
      geweigerd:
        "Het werkboek is niet als bijlage 1 te lezen: het blad 'Bijlage 1' of de dienstentabel ontbreekt.",
    };
  }
  const fouten = bevindingen.filter((b) => b.ernst === "fout").length;
  const tegengehouden = vullenTegengehouden(bevindingen);
  if (tegengehouden && !forceer) {
    return {
      bevindingen,
      geweigerd: `De controle vond ${tegengehouden}; de Eindafrekening is niet gevuld. Herstel de fouten of kies uitdrukkelijk voor geforceerd vullen.`,
      forceerbaar: true,
    };
  }
  if (!heeftRealisatie(model)) {
    return {
      bevindingen,
      geweigerd: "De dienstentabel heeft geen kolom 'Aantal gerealiseerd': er is nog niets af te rekenen.",
    };
  }
  let afrekening: Afrekening;
  try {
    afrekening = berekenAfrekening(model);
  } catch (e) {
    if (e instanceof InvoerFout)
      return { bevindingen, geweigerd: `De afrekening kan niet worden berekend: ${e.message}.` };
    throw e;
  }
  const plan = maakEindafrekeningPlan(model, afrekening);
  if (bestaand) {
    // The area is a promise (src/core/gebied.ts): forcing never overwrites the user's own work.
    const vorig = vorigGebied(werkboek, bestaand, plan.gebied);
    const bezet = toetsGebied(vorig, plan.gebied, { ...bezetting, cellen: gevuldeCellen(bestaand) });
    if (bezet.length > 0) {
      const melding = gebiedWeigering(bestaand.blad, vorig, plan.gebied, bezet);
      const gevonden = new Melder();
      for (const b of bezet.slice(0, MAX_BEZET_BEVINDINGEN))
        gevonden.fout(
          "EINDAFREKENING_BEZET",
          `${b.adres} op blad '${bestaand.blad}' is niet door de Ontplooj-afrekening gemaakt en ligt in het gebied ${plan.gebied} dat de afrekening nodig heeft; vullen zou het overschrijven.`,
          { blad: bestaand.blad, cel: b.cel },
        );
      return {
        bevindingen: [...gevonden.bevindingen, ...bevindingen],
        geweigerd: melding,
        forceerbaar: false,
      };
    }
  }
  if (forceer && fouten > 0) {
    return {
      bevindingen,
      plan,
      afrekening: samenvatting(afrekening),
      geforceerd: `Geforceerd gevuld ondanks ${fouten} ${fouten === 1 ? "fout" : "fouten"} in de controle: controleer de afrekening voordat u haar gebruikt.`,
    };
  }
  return { bevindingen, plan, afrekening: samenvatting(afrekening) };
}
