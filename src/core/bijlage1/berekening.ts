// Model → settlement, through the settlement engine only: voorcalculatie and nacalculatie with
// bijdrage(), realised tariffs with gerealiseerdTarief(), the saldo with eindafrekening().
import type { Dienst } from "../catalogue";
import { InvoerFout } from "../fouten";
import { NUL, som, type Decimal } from "../money";
import {
  bijdrage,
  eindafrekening,
  evalueerKpi,
  gerealiseerdTarief,
  type Calculatie,
  type Eindafrekening,
  type KpiUitkomst,
  type RegelBedrag,
} from "../settlement";
import type { Bijlage1, DienstRegel, Gevonden, KostprijsRegel, KpiRegel, VoorschotRegel } from "./model";

/** Where a realised tariff comes from: the bijlage's own column or Ontplooj-wide Kostprijzen. */
export type TariefBron =
  | { soort: "kolom"; cel: Gevonden<Decimal> }
  | { soort: "kostprijzen"; regel: KostprijsRegel; bedrag: Gevonden<Decimal>; eenheden: Gevonden<Decimal> };

export interface GerealiseerdTarief {
  tarief: Decimal;
  bron: TariefBron;
}

/** The Kostprijzen row of a service, when there is exactly one usable. */
export function kostprijsVan(model: Bijlage1, dienst: Dienst): KostprijsRegel | undefined {
  return model.kostprijzen?.regels.find((k) => k.dienst?.code === dienst.code);
}

/** The realised tariff derived from Kostprijzen: kosten / eenheden or −opbrengsten / eenheden. */
export function tariefUitKostprijzen(dienst: Dienst, k: KostprijsRegel): GerealiseerdTarief | undefined {
  const bedrag = dienst.soort === "kosten" ? k.kosten : k.opbrengsten;
  if (!bedrag || !k.eenheden || !k.eenheden.waarde.isPositive() || k.eenheden.waarde.isZero())
    return undefined;
  try {
    return {
      tarief: gerealiseerdTarief(dienst.soort, bedrag.waarde, k.eenheden.waarde),
      bron: { soort: "kostprijzen", regel: k, bedrag, eenheden: k.eenheden },
    };
  } catch (e) {
    if (e instanceof InvoerFout) return undefined;
    throw e;
  }
}

/** The column wins over Kostprijzen: it is what the municipality's own bijlage says. */
export function gerealiseerdTariefVan(model: Bijlage1, regel: DienstRegel): GerealiseerdTarief | undefined {
  if (regel.tariefGerealiseerd)
    return {
      tarief: regel.tariefGerealiseerd.waarde,
      bron: { soort: "kolom", cel: regel.tariefGerealiseerd },
    };
  if (!regel.dienst) return undefined;
  const k = kostprijsVan(model, regel.dienst);
  return k ? tariefUitKostprijzen(regel.dienst, k) : undefined;
}

export interface RegelAfrekening {
  regel: DienstRegel;
  dienst: Dienst;
  begroot?: RegelBedrag;
  gerealiseerd?: RegelBedrag;
  tariefBron?: TariefBron;
}

export interface VoorschotBedrag {
  regel: VoorschotRegel;
  bedrag: Gevonden<Decimal>;
}

export interface KpiAfrekening {
  regel: KpiRegel;
  uitkomst?: KpiUitkomst;
}

export interface Afrekening {
  gemeente: string;
  jaar: number;
  risicoOpslag: Decimal;
  /** The service rows that can be computed, in sheet order. */
  regels: RegelAfrekening[];
  voorcalculatie: Calculatie;
  /** Absent when the bijlage has no realised counts. */
  nacalculatie?: Calculatie;
  voorschotten: VoorschotBedrag[];
  voorschottenBetaald: Decimal;
  eindafrekening?: Eindafrekening;
  kpis: KpiAfrekening[];
}

/** Usable budget lines: a known service with a tariff and a budgeted count. */
export function begrootbareRegels(
  model: Bijlage1,
): (DienstRegel & { dienst: Dienst; tarief: Gevonden<Decimal>; aantalBegroot: Gevonden<Decimal> })[] {
  return model.diensten.regels.filter(
    (r): r is DienstRegel & { dienst: Dienst; tarief: Gevonden<Decimal>; aantalBegroot: Gevonden<Decimal> } =>
      r.dienst !== undefined && r.tarief !== undefined && r.aantalBegroot !== undefined,
  );
}

/**
 * The surcharge the settlement charges: the bijlage's percentage when it is valid, and never any
 * for a municipality that pays none (Almelo), also when a forced fill goes past that error.
 */
export function risicoOpslagVan(model: Bijlage1): Decimal {
  if (model.gemeenteInfo && !model.gemeenteInfo.risicoOpslag) return NUL;
  const r = model.risicoOpslag?.waarde;
  return r && !r.isNegative() && r.lessThan(1) ? r : NUL;
}

export function voorcalculatieVan(model: Bijlage1): Calculatie {
  return bijdrage(
    begrootbareRegels(model).map((r) => ({
      code: r.dienst.code,
      tarief: r.tarief.waarde,
      aantal: r.aantalBegroot.waarde,
    })),
    risicoOpslagVan(model),
  );
}

export function heeftRealisatie(model: Bijlage1): boolean {
  return model.diensten.kolommen.aantalGerealiseerd !== undefined;
}

/**
 * Computes the whole settlement from a model. Rows that cannot be computed (unknown service,
 * missing numbers) are left out; the validator reports them, and a fill refuses them unless forced.
 * Needs a municipality and a year; throws InvoerFout without them.
 */
export function berekenAfrekening(model: Bijlage1): Afrekening {
  if (!model.gemeente) throw new InvoerFout("ontbreekt", "de gemeente ontbreekt of is onleesbaar");
  if (!model.jaar) throw new InvoerFout("ontbreekt", "het jaar ontbreekt of is onleesbaar");
  const gemeente = model.gemeenteInfo?.naam ?? model.gemeente.waarde;
  const risicoOpslag = risicoOpslagVan(model);

  const begroot = begrootbareRegels(model);
  const voorcalculatie = voorcalculatieVan(model);
  const perRegel = new Map<DienstRegel, RegelAfrekening>();
  const regels: RegelAfrekening[] = [];
  for (const r of model.diensten.regels) {
    if (!r.dienst) continue;
    const ra: RegelAfrekening = { regel: r, dienst: r.dienst };
    const i = begroot.indexOf(r as (typeof begroot)[number]);
    if (i >= 0) ra.begroot = voorcalculatie.regels[i];
    perRegel.set(r, ra);
    regels.push(ra);
  }

  let nacalculatie: Calculatie | undefined;
  if (heeftRealisatie(model)) {
    const nacalcRegels: { regel: RegelAfrekening; tarief: GerealiseerdTarief; aantal: Decimal }[] = [];
    for (const ra of regels) {
      const t = gerealiseerdTariefVan(model, ra.regel);
      if (t) ra.tariefBron = t.bron;
      if (t && ra.regel.aantalGerealiseerd)
        nacalcRegels.push({ regel: ra, tarief: t, aantal: ra.regel.aantalGerealiseerd.waarde });
    }
    nacalculatie = bijdrage(
      nacalcRegels.map((n) => ({ code: n.regel.dienst.code, tarief: n.tarief.tarief, aantal: n.aantal })),
      risicoOpslag,
    );
    nacalcRegels.forEach((n, i) => (n.regel.gerealiseerd = nacalculatie!.regels[i]));
  }

  const voorschotten: VoorschotBedrag[] = (model.voorschotten?.regels ?? [])
    .filter((v): v is VoorschotRegel & { bedrag: Gevonden<Decimal> } => v.bedrag !== undefined)
    .map((v) => ({ regel: v, bedrag: v.bedrag }));
  const bedragen = voorschotten.map((v) => v.bedrag.waarde);
  const voorschottenBetaald = som(bedragen);

  const kpis: KpiAfrekening[] = (model.kpis?.regels ?? []).map((k) => {
    if (!k.doel || !k.richting || !k.realisatie) return { regel: k };
    return {
      regel: k,
      uitkomst: evalueerKpi({
        doel: k.doel.waarde,
        realisatie: k.realisatie.waarde,
        richting: k.richting.waarde,
      }),
    };
  });

  const uit: Afrekening = {
    gemeente,
    jaar: model.jaar.waarde,
    risicoOpslag,
    regels,
    voorcalculatie,
    voorschotten,
    voorschottenBetaald,
    kpis,
  };
  if (nacalculatie) {
    uit.nacalculatie = nacalculatie;
    uit.eindafrekening = eindafrekening(
      nacalculatie.totaal,
      bedragen,
      model.jaar.waarde,
      `gemeente ${gemeente}`,
    );
  }
  return uit;
}
