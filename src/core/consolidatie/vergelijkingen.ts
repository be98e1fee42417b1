// The comparisons of the consolidation: result per fte per work type (tables 7.6/7.7), the KPIs
// side by side, quasi-inbesteding and the taakstelling beschut werk.
import type { Gevonden } from "../bijlage1";
import { gemeente as gemeenteInfo, type DienstCode, type Werksoort } from "../catalogue";
import { InvoerFout } from "../fouten";
import { labelIs, normaliseerLabel } from "../labels";
import { NUL, formatBedrag, formatGetal, formatPercentage, som, type Decimal } from "../money";
import {
  KPI_DOELEN_2023,
  bijdragePerFte,
  evalueerKpi,
  indexeer,
  quasiInbesteding,
  taakstellingGat,
} from "../settlement";
import {
  CEDRIS_PER_FTE,
  WERKSOORT_DIENSTEN,
  type Deelnemer,
  type GemeenteUitkomst,
  type InbestedingUitkomst,
  type KpiVergelijking,
  type OmzetRegel,
  type TaakstellingUitkomst,
  type WerksoortUitkomst,
} from "./model";
import { Meldingen, plek, waar } from "./meldingen";

/** Table 7.7's form: the contribution per fte per work type (formula 7), realised and budgeted. */
export function werksoorten(
  deelnemers: readonly Deelnemer[],
  jaar: number,
  basisjaar: number,
  tarieven: Partial<Record<DienstCode, Decimal>>,
  begroot: ReadonlyMap<DienstCode, { cel: Gevonden<Decimal> }>,
): WerksoortUitkomst[] {
  let indexfactor: Decimal | undefined;
  try {
    indexfactor = indexeer(1, jaar, basisjaar);
  } catch (e) {
    if (!(e instanceof InvoerFout)) throw e;
  }
  const somBegroot = (code: DienstCode) =>
    som(
      deelnemers.flatMap((d) =>
        d.model.diensten.regels
          .filter((r) => r.dienst?.code === code && r.aantalBegroot)
          .map((r) => r.aantalBegroot!.waarde),
      ),
    );
  const somGerealiseerd = (code: DienstCode) => som(deelnemers.map((d) => d.aantallen[code] ?? NUL));
  const uit: WerksoortUitkomst[] = [];
  for (const [ws, { begeleiding, opbrengst }] of Object.entries(WERKSOORT_DIENSTEN) as [
    Werksoort,
    (typeof WERKSOORT_DIENSTEN)[Werksoort],
  ][]) {
    const t = (c: DienstCode) => tarieven[c];
    const nominaal = somGerealiseerd(begeleiding);
    const fte = somGerealiseerd(opbrengst);
    const [tb, to, tw, tv] = [t(begeleiding), t(opbrengst), t("WERKGEVERSTAKEN"), t("VERLONING")];
    if (!tb || !to || !tw || !tv || fte.isZero()) continue;
    const r: WerksoortUitkomst = {
      werksoort: ws,
      nominaal,
      fte,
      bijdragePerFte: bijdragePerFte({
        tariefBegeleiding: tb,
        tariefWerkgeverstaken: tw,
        tariefVerloning: tv,
        tariefOpbrengst: to,
        nominaal,
        fte,
      }),
      nominaalBegroot: somBegroot(begeleiding),
      fteBegroot: somBegroot(opbrengst),
    };
    const b = (c: DienstCode) => begroot.get(c)?.cel.waarde;
    const [bb, bo, bw, bv] = [b(begeleiding), b(opbrengst), b("WERKGEVERSTAKEN"), b("VERLONING")];
    if (bb && bo && bw && bv && !r.fteBegroot.isZero())
      r.bijdragePerFteBegroot = bijdragePerFte({
        tariefBegeleiding: bb,
        tariefWerkgeverstaken: bw,
        tariefVerloning: bv,
        tariefOpbrengst: bo,
        nominaal: r.nominaalBegroot,
        fte: r.fteBegroot,
      });
    const bench = CEDRIS_PER_FTE[jaar]?.[ws];
    if (bench) r.benchmarkPerFte = bench;
    if (indexfactor) r.indexfactor = indexfactor;
    uit.push(r);
  }
  return uit;
}

/** The KPIs of the five side by side, against the published targets of the year. */
export function kpis(deelnemers: readonly Deelnemer[], jaar: number, m: Meldingen): KpiVergelijking[] {
  const uit: KpiVergelijking[] = [];
  const gepubliceerd = jaar === 2023 ? KPI_DOELEN_2023 : [];
  const zoek = (naam: string) => uit.find((k) => normaliseerLabel(k.naam) === normaliseerLabel(naam));
  for (const p of gepubliceerd)
    uit.push({ naam: p.naam, doel: p.doel, richting: p.richting, perGemeente: [] });
  for (const d of deelnemers) {
    for (const k of d.eigen.kpis) {
      const naam = k.regel.naam.waarde;
      let v = zoek(naam);
      if (!v) {
        v = { naam, perGemeente: [] };
        if (k.regel.richting) v.richting = k.regel.richting.waarde;
        uit.push(v);
      }
      const regel: KpiVergelijking["perGemeente"][number] = { gemeente: d.gemeente };
      if (k.regel.realisatie) regel.realisatie = k.regel.realisatie;
      if (k.regel.doel) regel.doel = k.regel.doel;
      const doel = v.doel ?? k.regel.doel?.waarde;
      const richting = v.richting ?? k.regel.richting?.waarde;
      if (doel && richting && k.regel.realisatie)
        regel.behaald = evalueerKpi({ doel, richting, realisatie: k.regel.realisatie.waarde }).behaald;
      if (v.doel && k.regel.doel && !k.regel.doel.waarde.equals(v.doel))
        m.meld(
          "CONS_KPI_DOEL_AFWIJKEND",
          `De doelwaarde van '${naam}' is ${formatGetal(k.regel.doel.waarde, 3)} in ${waar(d.werkmap, k.regel.doel)}, maar gepubliceerd is ${formatGetal(v.doel, 3)}. De vergelijking gebruikt de gepubliceerde; controleer de DVO.`,
          { werkmap: d.werkmap, plek: plek(k.regel.doel) },
          v.doel.toFixed(),
          k.regel.doel.waarde.toFixed(),
        );
      v.perGemeente.push(regel);
    }
  }
  return uit.filter((k) => k.perGemeente.length > 0 || labelIs(k.naam, ...gepubliceerd.map((p) => p.naam)));
}

/** Almelo's share of Ontplooj's turnover against the 80 % of quasi-inbesteding (DOMAIN.md §3.11). */
export function inbesteding(
  gemeenten: readonly GemeenteUitkomst[],
  omzet: { werkmap: string; regels: OmzetRegel[] } | undefined,
  m: Meldingen,
): InbestedingUitkomst | undefined {
  let bron: InbestedingUitkomst["bron"];
  let almelo: Decimal;
  let totaal: Decimal;
  if (omzet && omzet.regels.length > 0) {
    bron = "omzet";
    const van = (r: OmzetRegel) => r.dvo.waarde.plus(r.maatwerk?.waarde ?? NUL);
    almelo = som(omzet.regels.filter((r) => r.gemeente === "Almelo").map(van));
    totaal = som(omzet.regels.map(van));
  } else {
    bron = "dvo";
    almelo = som(gemeenten.filter((g) => g.gemeente === "Almelo").map((g) => g.nacalculatie));
    totaal = som(gemeenten.map((g) => g.nacalculatie));
    m.meld(
      "CONS_INBESTEDING_ALLEEN_DVO",
      `Er is geen omzettabel; het aandeel van Almelo in de omzet (${totaal.isPositive() ? formatPercentage(almelo.div(totaal)) : "onbekend"}) is berekend uit de nacalculaties van de DVO alleen, zonder maatwerk. Voeg een blad 'Omzet' toe met Klant, Omzet DVO en Omzet maatwerk.`,
    );
  }
  if (!totaal.isPositive() || almelo.isNegative() || almelo.greaterThan(totaal)) return undefined;
  const q = quasiInbesteding(almelo, totaal);
  if (!q.voldoet)
    m.meld(
      "CONS_INBESTEDING_ONDER_NORM",
      `Van de omzet van Ontplooj komt ${formatPercentage(q.aandeel)} van Almelo (${formatBedrag(almelo)} van ${formatBedrag(totaal)}${bron === "dvo" ? ", alleen DVO" : ""}); het criterium voor quasi-inbesteding is ten minste 80%.`,
      omzet ? { werkmap: omzet.werkmap } : {},
      "≥ 80%",
      formatPercentage(q.aandeel),
    );
  return { bron, omzetAlmelo: almelo, omzetTotaal: totaal, aandeel: q.aandeel, voldoet: q.voldoet };
}

/** The state quota of sheltered places per municipality against the realised places (§3.14). */
export function taakstelling(
  deelnemers: readonly Deelnemer[],
  jaar: number,
  omzet: { werkmap: string; regels: OmzetRegel[] } | undefined,
  m: Meldingen,
): TaakstellingUitkomst[] {
  if (jaar !== 2023) return [];
  const uit: TaakstellingUitkomst[] = [];
  let zonder = 0;
  for (const d of deelnemers) {
    const t = gemeenteInfo(d.gemeente).taakstellingBeschut2023;
    const r = omzet?.regels.find((o) => o.gemeente === d.gemeente)?.plaatsenBeschut;
    const regel: TaakstellingUitkomst = { gemeente: d.gemeente, taakstelling: t };
    if (r) {
      const gat = taakstellingGat(t, r.waarde);
      regel.gerealiseerd = r;
      regel.gat = gat.gat;
      regel.gehaald = gat.gehaald;
      if (!gat.gehaald)
        m.meld(
          "CONS_TAAKSTELLING_NIET_GEHAALD",
          `${d.gemeente} realiseerde ${formatGetal(r.waarde, 0)} plaatsen beschut werk (${waar(omzet!.werkmap, r)}) tegen een taakstelling ${jaar} van ${t}: ${formatGetal(gat.gat, 0)} te weinig.`,
          { werkmap: omzet!.werkmap, plek: plek(r) },
          String(t),
          r.waarde.toFixed(),
        );
    } else zonder++;
    uit.push(regel);
  }
  if (zonder > 0)
    m.meld(
      "CONS_TAAKSTELLING_ZONDER_REALISATIE",
      `Voor ${zonder} ${zonder === 1 ? "gemeente" : "gemeenten"} ontbreken de gerealiseerde plaatsen beschut werk; zet ze in de kolom 'Plaatsen beschut' van de omzettabel.`,
    );
  return uit;
}
