// The bijlage-1 API that the command line and the task pane call: check a workbook, and plan its
// Eindafrekening sheet. Pure: grids in, findings and a sheet plan out.
import type { DienstCode } from "../catalogue";
import { sorteerBevindingen, heeftFouten, type Bevinding } from "../findings";
import { InvoerFout } from "../fouten";
import { adres, isLeeg, parseAdres, waardeOp, type Grid, type Werkboek } from "../grid";
import { NUL } from "../money";
import type { Richting } from "../settlement";
import type { BladPlan } from "../sheetplan";
import { berekenAfrekening, heeftRealisatie, type Afrekening } from "./berekening";
import { blokkeertVullen } from "./codes";
import { controleer, STANDAARD_OPTIES } from "./controle";
import { EINDAFREKENING_BLAD, MARKERING, maakEindafrekeningPlan } from "./eindafrekening-plan";
import { leesBijlage1 } from "./lezer";
import { Melder } from "./melder";
import type { Bijlage1, ControleOpties } from "./model";

export {
  EINDAFREKENING_BLAD,
  MARKERING,
  NAMEN,
  maakEindafrekeningPlan,
  excelDatum,
} from "./eindafrekening-plan";
export { berekenAfrekening, type Afrekening, type RegelAfrekening, type TariefBron } from "./berekening";
export * from "./model";
export {
  BEVINDING_CODES,
  blokkeertVullen,
  codeTabelMarkdown,
  type BevindingCode,
  type CodeUitleg,
} from "./codes";
export {
  vergelijkMetTabel75,
  somAfrekeningen,
  TABEL_7_5_REALISATIE_2023,
  TOLERANTIE as TABEL_7_5_TOLERANTIE,
  type Tabel75Vergelijking,
  type Tabel75Regel,
  type AfrekeningTotalen,
} from "./tabel75";

export interface Controle {
  bevindingen: Bevinding[];
  /** Present when the sheet 'Bijlage 1' and its services table were found. */
  model?: Bijlage1;
}

/** Reads and checks a bijlage-1 workbook. Findings are sorted: errors first, then by sheet and cell. */
export function controleerBijlage1(werkboek: Werkboek, opties: ControleOpties = {}): Controle {
  const o = { ...STANDAARD_OPTIES, ...opties };
  const melder = new Melder();
  const model = leesBijlage1(werkboek, melder, o.notatie);
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

export interface PlanOpties extends ControleOpties {
  /** Fill even when the check found errors, or when the sheet holds content that is not ours. */
  forceer?: boolean;
  /** The current Eindafrekening sheet, when the workbook has one. */
  bestaand?: Grid;
}

export interface PlanUitkomst {
  bevindingen: Bevinding[];
  plan?: BladPlan;
  afrekening?: AfrekeningSamenvatting;
  /** Dutch reason the sheet is not filled. */
  geweigerd?: string;
  /** True when the refusal is one that `forceer` would override (errors, a sheet with own data). */
  forceerbaar?: boolean;
}

/** The first cell in the area that holds something, when the sheet was not filled by us. */
function vreemdeInhoud(bestaand: Grid, gebied: string): string | undefined {
  if (waardeOp(bestaand, 1, 0) === MARKERING) return undefined;
  const [van, tot] = gebied.split(":").map(parseAdres);
  for (let i = 0; i < bestaand.waarden.length; i++) {
    const rij = bestaand.startRij + i;
    if (rij < van.rij || rij > tot.rij) continue;
    const r = bestaand.waarden[i];
    for (let j = 0; j < r.length; j++) {
      const kolom = bestaand.startKolom + j;
      if (kolom < van.kolom || kolom > tot.kolom) continue;
      if (!isLeeg(r[j])) return adres(rij, kolom);
    }
  }
  return undefined;
}

/**
 * Checks the workbook and plans its Eindafrekening sheet. Refuses (with `geweigerd`) when the
 * check finds errors, unless `forceer`; always refuses when municipality, year or the realised
 * counts are missing, since there is nothing to settle then.
 */
export function planEindafrekening(werkboek: Werkboek, opties: PlanOpties = {}): PlanUitkomst {
  const { forceer = false, bestaand, ...controleOpties } = opties;
  const { bevindingen, model } = controleerBijlage1(werkboek, controleOpties);
  if (!model) {
    return {
      bevindingen,
      geweigerd:
        "Het werkboek is niet als bijlage 1 te lezen: het blad 'Bijlage 1' of de dienstentabel ontbreekt.",
    };
  }
  const fouten = bevindingen.filter((b) => b.ernst === "fout").length;
  const blokkerend = bevindingen.filter((b) => b.ernst !== "fout" && blokkeertVullen(b)).length;
  if ((heeftFouten(bevindingen) || blokkerend > 0) && !forceer) {
    const wat = [
      fouten > 0 ? `${fouten} ${fouten === 1 ? "fout" : "fouten"}` : "",
      blokkerend > 0
        ? `${blokkerend} ${blokkerend === 1 ? "waarschuwing die" : "waarschuwingen die"} vullen tegenhoudt`
        : "",
    ].filter(Boolean);
    return {
      bevindingen,
      geweigerd: `De controle vond ${wat.join(" en ")}; de Eindafrekening is niet gevuld. Herstel de fouten of kies uitdrukkelijk voor geforceerd vullen.`,
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
  if (bestaand && !forceer) {
    const cel = vreemdeInhoud(bestaand, plan.gebied);
    if (cel) {
      const b: Bevinding = {
        ernst: "fout",
        code: "EINDAFREKENING_BEZET",
        bericht: `Blad '${bestaand.blad}' bevat al gegevens (${cel}) die niet door de Ontplooj-afrekening zijn gemaakt; vullen zou ze in ${plan.gebied} overschrijven.`,
        blad: bestaand.blad,
        cel,
      };
      return {
        bevindingen: [b, ...bevindingen],
        geweigerd: `Blad '${EINDAFREKENING_BLAD}' bevat al eigen gegevens (${cel}); hernoem dat blad of vul geforceerd.`,
        forceerbaar: true,
      };
    }
  }
  return { bevindingen, plan, afrekening: samenvatting(afrekening) };
}
