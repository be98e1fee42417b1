// The five bijlagen settled together (DOMAIN.md §3.3–3.5, 3.7–3.9, 3.11, 3.13, 3.14): the checks
// across them, the Ontplooj-wide nacalculatie (settlement engine's nacalculatieOntplooj), and the
// comparisons. Pure: read bijlagen in, findings and the overview sheet plan out.
import { berekenAfrekening, heeftRealisatie, risicoOpslagVan } from "../bijlage1/berekening";
import { controleerBijlage1, type BijlageOpties, type Gevonden, type KostprijsRegel } from "../bijlage1";
import { vergelijkMetTabel75 } from "../bijlage1/tabel75";
import {
  GEMEENTEN,
  dienst,
  gemeente as gemeenteInfo,
  type DienstCode,
  type GemeenteNaam,
  type Werksoort,
} from "../catalogue";
import { sorteerBevindingen, heeftFouten, type Bevinding } from "../findings";
import { InvoerFout } from "../fouten";
import { bladVerwijzing, type Werkboek } from "../grid";
import { labelIs, normaliseerLabel } from "../labels";
import { NUL, formatBedrag, formatGetal, formatPercentage, som, type Decimal } from "../money";
import {
  KPI_DOELEN_2023,
  bijdragePerFte,
  eindafrekening,
  evalueerKpi,
  indexeer,
  nacalculatieOntplooj,
  quasiInbesteding,
  taakstellingGat,
  type DienstRealisatie,
} from "../settlement";
import { CONSOLIDATIE_CODES, type ConsolidatieCode } from "./codes";
import { groepeerBladen } from "./groepen";
import {
  CEDRIS_PER_FTE,
  WERKSOORT_DIENSTEN,
  type Consolidatie,
  type ConsolidatieBron,
  type ConsolidatieOpties,
  type ConsolidatieUitkomst,
  type Deelnemer,
  type GemeenteUitkomst,
  type InbestedingUitkomst,
  type KpiVergelijking,
  type OmzetRegel,
  type TaakstellingUitkomst,
  type TariefUitkomst,
  type VerdelingRegel,
  type WerksoortUitkomst,
} from "./model";
import { leesOmzet } from "./omzet";
import { maakOverzichtPlan } from "./overzicht-plan";

type Plek = { blad: string; cel: string };

class Meldingen {
  readonly lijst: Bevinding[] = [];
  meld(
    code: ConsolidatieCode,
    bericht: string,
    waar?: { werkmap?: string; plek?: Plek; ook?: Plek },
    verwacht?: string,
    gevonden?: string,
  ): void {
    const b: Bevinding = { ernst: CONSOLIDATIE_CODES[code].ernst, code, bericht };
    if (waar?.werkmap) b.werkmap = waar.werkmap;
    if (waar?.plek) {
      b.blad = waar.plek.blad;
      b.cel = waar.plek.cel;
    }
    if (waar?.ook) b.ook = waar.ook;
    if (verwacht !== undefined) b.verwacht = verwacht;
    if (gevonden !== undefined) b.gevonden = gevonden;
    this.lijst.push(b);
  }
}

/** "bijlage1-2023-almelo.xlsx, 'Kostprijzen'!B5": where a value is, for a message across workbooks. */
function waar(werkmap: string, p: Plek): string {
  return `${werkmap}, ${bladVerwijzing(p.blad, p.cel)}`;
}

function plek(g: Plek): Plek {
  return { blad: g.blad, cel: g.cel };
}

/** The year most bijlagen have; on a tie the earliest bijlage's. */
function meestVoorkomendJaar(jaren: number[]): number | undefined {
  let beste: number | undefined;
  let n = 0;
  for (const j of jaren) {
    const k = jaren.filter((x) => x === j).length;
    if (k > n) {
      beste = j;
      n = k;
    }
  }
  return beste;
}

/** Step 1: who takes part. Unusable, other-year and duplicate bijlagen are reported and left out. */
function kiesDeelnemers(
  bronnen: readonly ConsolidatieBron[],
  opties: ConsolidatieOpties,
  m: Meldingen,
): { deelnemers: Deelnemer[]; jaar?: number } {
  const bruikbaar: { bron: ConsolidatieBron; model: NonNullable<ConsolidatieBron["model"]> }[] = [];
  for (const bron of bronnen) {
    const model = bron.model;
    const reden = !model
      ? "het blad 'Bijlage 1' of de dienstentabel is niet gevonden"
      : !model.gemeenteInfo
        ? "de gemeente is niet een van de vijf DVO-gemeenten"
        : !model.jaar
          ? "het jaar ontbreekt"
          : !heeftRealisatie(model)
            ? "de gerealiseerde aantallen ontbreken"
            : undefined;
    if (reden || !model) {
      m.meld(
        "CONS_BIJLAGE_ONBRUIKBAAR",
        `${bron.werkmap} telt niet mee in de consolidatie: ${reden}. Herstel de fouten die de controle van deze bijlage noemt.`,
        { werkmap: bron.werkmap, ...(model ? { plek: { blad: model.blad, cel: "A1" } } : {}) },
      );
      continue;
    }
    bruikbaar.push({ bron, model });
  }
  const jaar = opties.jaar ?? meestVoorkomendJaar(bruikbaar.map((b) => b.model.jaar!.waarde));
  const deelnemers: Deelnemer[] = [];
  const eerste = new Map<GemeenteNaam, { werkmap: string; plek: Plek }>();
  for (const { bron, model } of bruikbaar) {
    const j = model.jaar!;
    const g = model.gemeenteInfo!.naam;
    if (j.waarde !== jaar) {
      m.meld(
        "CONS_JAAR_AFWIJKEND",
        `De bijlage van ${g} (${waar(bron.werkmap, j)}) is van ${j.waarde}, de consolidatie van ${jaar}. Gebruik de bijlage van ${jaar} of zet het juiste jaar in ${j.cel}.`,
        { werkmap: bron.werkmap, plek: plek(j) },
        String(jaar),
        String(j.waarde),
      );
      continue;
    }
    const gPlek = model.gemeente ? plek(model.gemeente) : { blad: model.blad, cel: "A1" };
    const al = eerste.get(g);
    if (al) {
      m.meld(
        "CONS_GEMEENTE_DUBBEL",
        `${g} staat twee keer in de consolidatie: ${waar(bron.werkmap, gPlek)} en ${waar(al.werkmap, al.plek)}. Alleen de eerste telt; verwijder de dubbele bijlage of zet de juiste gemeente in ${gPlek.cel}.`,
        { werkmap: bron.werkmap, plek: gPlek, ook: al.plek },
        "elke gemeente één keer",
        g,
      );
      continue;
    }
    let eigen;
    try {
      eigen = berekenAfrekening(model);
    } catch (e) {
      if (!(e instanceof InvoerFout)) throw e;
      m.meld("CONS_BIJLAGE_ONBRUIKBAAR", `${bron.werkmap} telt niet mee in de consolidatie: ${e.message}.`, {
        werkmap: bron.werkmap,
        plek: { blad: model.blad, cel: "A1" },
      });
      continue;
    }
    eerste.set(g, { werkmap: bron.werkmap, plek: gPlek });
    const aantallen: Partial<Record<DienstCode, Decimal>> = {};
    for (const r of model.diensten.regels) {
      if (!r.dienst || !r.aantalGerealiseerd) continue;
      aantallen[r.dienst.code] = (aantallen[r.dienst.code] ?? NUL).plus(r.aantalGerealiseerd.waarde);
    }
    deelnemers.push({ werkmap: bron.werkmap, gemeente: g, model, eigen, aantallen });
  }
  for (const g of GEMEENTEN) {
    if (!eerste.has(g.naam))
      m.meld(
        "CONS_GEMEENTE_ONTBREEKT",
        `De bijlage 1 ${jaar ?? ""} van ${g.naam} ontbreekt in de consolidatie: voeg het bestand toe, of een blad 'Bijlage 1 ${g.naam}' in de werkmap.`.replace(
          "  ",
          " ",
        ),
        {},
        g.naam,
        "(geen bijlage)",
      );
  }
  // Catalogue order: Almelo first, the order of the overview and of the largest-remainder ties.
  const volgorde = GEMEENTEN.map((g) => g.naam);
  deelnemers.sort((a, b) => volgorde.indexOf(a.gemeente) - volgorde.indexOf(b.gemeente));
  return jaar === undefined ? { deelnemers } : { deelnemers, jaar };
}

const KOSTPRIJS_VELDEN = [
  ["kosten", "de kosten"],
  ["opbrengsten", "de opbrengsten"],
  ["eenheden", "de eenheden"],
] as const;

/** Step 2: the same Kostprijzen in every bijlage; the first that has them is the reference. */
function vergelijkKostprijzen(deelnemers: readonly Deelnemer[], m: Meldingen) {
  const ref = deelnemers.find((d) => d.model.kostprijzen);
  if (!ref) return undefined;
  const refTabel = ref.model.kostprijzen!;
  const refRij = (code: DienstCode) => refTabel.regels.find((r) => r.dienst?.code === code);
  for (const d of deelnemers) {
    const tabel = d.model.kostprijzen;
    if (d === ref || !tabel) continue;
    const codes = new Set<DienstCode>();
    for (const r of [...refTabel.regels, ...tabel.regels]) if (r.dienst) codes.add(r.dienst.code);
    for (const code of codes) {
      const a = refRij(code);
      const b = tabel.regels.find((r) => r.dienst?.code === code);
      const label = dienst(code).label;
      if (!a || !b) {
        const er = (a ?? b)!;
        const bij = a ? ref : d;
        const zonder = a ? d : ref;
        m.meld(
          "CONS_KOSTPRIJZEN_VERSCHILLEN",
          `'${label}' staat in de Kostprijzen van ${waar(bij.werkmap, er.omschrijving)} maar niet in die van ${zonder.werkmap} (blad '${(zonder === ref ? refTabel : tabel).blad}'). Neem in elke bijlage dezelfde Kostprijzen over.`,
          { werkmap: d.werkmap, plek: b ? plek(b.omschrijving) : { blad: tabel.blad, cel: "A1" } },
          label,
          a ? "(ontbreekt)" : label,
        );
        continue;
      }
      for (const [veld, naam] of KOSTPRIJS_VELDEN) {
        const va = a[veld];
        const vb = b[veld];
        const gelijk = va && vb ? va.waarde.equals(vb.waarde) : !va && !vb;
        if (gelijk) continue;
        const cel = vb ?? b.omschrijving;
        m.meld(
          "CONS_KOSTPRIJZEN_VERSCHILLEN",
          `De Kostprijzen verschillen: ${naam} van '${label}' zijn ${vb ? formatGetal(vb.waarde) : "leeg"} in ${waar(d.werkmap, cel)}, maar ${va ? formatGetal(va.waarde) : "leeg"} in ${waar(ref.werkmap, va ?? a.omschrijving)}. Het gerealiseerde tarief is Ontplooj-breed één tarief; neem dezelfde Kostprijzen over (die van de jaarrekening van Ontplooj).`,
          { werkmap: d.werkmap, plek: plek(cel), ook: plek(va ?? a.omschrijving) },
          va ? va.waarde.toFixed() : "(leeg)",
          vb ? vb.waarde.toFixed() : "(leeg)",
        );
      }
    }
  }
  return { werkmap: ref.werkmap, tabel: refTabel };
}

/** The amount a Kostprijzen row gives a service: costs for a cost service, revenues for a revenue service. */
function bedragVan(code: DienstCode, r: KostprijsRegel): Gevonden<Decimal> | undefined {
  return dienst(code).soort === "kosten" ? r.kosten : r.opbrengsten;
}

/** The cells of a service's realised units in every bijlage, for a message. */
function aantalCellen(deelnemers: readonly Deelnemer[], code: DienstCode): string {
  const delen: string[] = [];
  for (const d of deelnemers) {
    for (const r of d.model.diensten.regels) {
      if (r.dienst?.code === code && r.aantalGerealiseerd)
        delen.push(
          `${d.gemeente} ${formatGetal(r.aantalGerealiseerd.waarde)} (${bladVerwijzing(r.aantalGerealiseerd.blad, r.aantalGerealiseerd.cel)})`,
        );
    }
  }
  return delen.join(", ");
}

/** The decimals a number has as typed, for comparing a tariff cell at its own precision. */
function decimalen(d: Decimal): number {
  return d.decimalPlaces();
}

/** Werkt de gemeenten door de engine en verzamelt de vergelijkingen. */
function reken(
  deelnemers: Deelnemer[],
  jaar: number,
  kostprijzen: NonNullable<ReturnType<typeof vergelijkKostprijzen>>,
  opties: ConsolidatieOpties,
  omzet: { werkmap: string; regels: OmzetRegel[] } | undefined,
  m: Meldingen,
): ConsolidatieUitkomst {
  const { werkmap: kpWerkmap, tabel } = kostprijzen;
  // Services: every service with realised units somewhere, or a Kostprijzen row.
  const gebruikt = new Set<DienstCode>();
  for (const d of deelnemers) for (const c of Object.keys(d.aantallen) as DienstCode[]) gebruikt.add(c);
  const realisatie: DienstRealisatie[] = [];
  const bronnen = new Map<DienstCode, { bedrag: Gevonden<Decimal>; eenheden: Gevonden<Decimal> }>();
  const volgorde: DienstCode[] = [];
  for (const r of tabel.regels) {
    if (!r.dienst || volgorde.includes(r.dienst.code)) continue;
    const code = r.dienst.code;
    const bedrag = bedragVan(code, r);
    const totaal = som(deelnemers.map((d) => d.aantallen[code] ?? NUL));
    if (!bedrag || !r.eenheden) {
      if (gebruikt.has(code))
        m.meld(
          "CONS_KOSTPRIJS_ONTBREEKT",
          `'${dienst(code).label}' heeft gerealiseerde aantallen, maar de Kostprijzen (${waar(kpWerkmap, r.omschrijving)}) noemen geen ${dienst(code).soort === "kosten" ? "kosten" : "opbrengsten"} of eenheden. Vul ze in.`,
          { werkmap: kpWerkmap, plek: plek(r.omschrijving) },
        );
      continue;
    }
    if (!totaal.equals(r.eenheden.waarde)) {
      m.meld(
        "CONS_EENHEDEN_TELLEN_NIET_OP",
        `De gerealiseerde aantallen '${dienst(code).label}' van de gemeenten tellen op tot ${formatGetal(totaal)} (${aantalCellen(deelnemers, code) || "geen"}), maar de Kostprijzen noemen ${formatGetal(r.eenheden.waarde)} eenheden in ${waar(kpWerkmap, r.eenheden)}. Controleer de aantallen van elke gemeente en de eenheden in Kostprijzen.`,
        { werkmap: kpWerkmap, plek: plek(r.eenheden) },
        formatGetal(r.eenheden.waarde),
        formatGetal(totaal),
      );
    }
    if (totaal.isZero()) continue;
    volgorde.push(code);
    realisatie.push({ code, bedrag: bedrag.waarde });
    bronnen.set(code, { bedrag, eenheden: r.eenheden });
  }
  for (const code of gebruikt) {
    if (bronnen.has(code) || tabel.regels.some((r) => r.dienst?.code === code)) continue;
    m.meld(
      "CONS_KOSTPRIJS_ONTBREEKT",
      `'${dienst(code).label}' heeft gerealiseerde aantallen (${aantalCellen(deelnemers, code)}), maar staat niet in de Kostprijzen (${kpWerkmap}, blad '${tabel.blad}'). Voeg de dienst met kosten of opbrengsten en eenheden toe.`,
      { werkmap: kpWerkmap, plek: { blad: tabel.blad, cel: "A1" } },
    );
  }

  const nacalc = nacalculatieOntplooj(
    realisatie,
    deelnemers.map((d) => ({
      gemeente: d.gemeente,
      risicoOpslag: risicoOpslagVan(d.model),
      aantallen: Object.fromEntries(volgorde.filter((c) => d.aantallen[c]).map((c) => [c, d.aantallen[c]!])),
    })),
  );
  if (!nacalc.conservatie.klopt)
    m.meld(
      "CONS_BEHOUD_KLOPT_NIET",
      `De nacalculaties samen zonder opslag (${formatBedrag(nacalc.conservatie.gevonden)}) zijn niet de gerealiseerde kosten min opbrengsten (${formatBedrag(nacalc.conservatie.verwacht)}).`,
    );

  // The bijlagen's own realised-tariff column and budget tariffs against the Ontplooj-wide ones.
  const tariefBegroot = new Map<DienstCode, { werkmap: string; cel: Gevonden<Decimal> }>();
  for (const d of deelnemers) {
    for (const r of d.model.diensten.regels) {
      if (!r.dienst) continue;
      const code = r.dienst.code;
      const t = nacalc.tarieven[code];
      const eigen = r.tariefGerealiseerd;
      if (t && eigen && !t.toDecimalPlaces(decimalen(eigen.waarde)).equals(eigen.waarde)) {
        m.meld(
          "CONS_TARIEF_GEREALISEERD_AFWIJKEND",
          `Het gerealiseerde tarief van '${r.dienst.label}' in ${waar(d.werkmap, eigen)} is ${formatGetal(eigen.waarde)}, maar Ontplooj-breed is het ${formatGetal(t)} (${dienst(code).soort === "kosten" ? "kosten" : "−opbrengsten"} ${formatBedrag(bronnen.get(code)!.bedrag.waarde)} / ${formatGetal(som(deelnemers.map((x) => x.aantallen[code] ?? NUL)))} eenheden van alle gemeenten). Neem dat tarief over of laat de cel leeg.`,
          { werkmap: d.werkmap, plek: plek(eigen) },
          t.toDecimalPlaces(2).toFixed(),
          eigen.waarde.toFixed(),
        );
      }
      if (r.tarief) {
        const al = tariefBegroot.get(code);
        if (!al) tariefBegroot.set(code, { werkmap: d.werkmap, cel: r.tarief });
        else if (!al.cel.waarde.equals(r.tarief.waarde))
          m.meld(
            "CONS_TARIEF_BEGROOT_VERSCHILT",
            `Het begrote tarief van '${r.dienst.label}' is ${formatGetal(r.tarief.waarde)} in ${waar(d.werkmap, r.tarief)}, maar ${formatGetal(al.cel.waarde)} in ${waar(al.werkmap, al.cel)}. Controleer welk tarief de DVO vastlegt.`,
            { werkmap: d.werkmap, plek: plek(r.tarief), ook: plek(al.cel) },
            al.cel.waarde.toFixed(),
            r.tarief.waarde.toFixed(),
          );
      }
    }
  }

  // Per municipality: the Ontplooj-wide nacalculatie and the saldo against its advances.
  const gemeenten: GemeenteUitkomst[] = deelnemers.map((d, i) => {
    const c = nacalc.perGemeente[i].calculatie;
    const e = eindafrekening(
      c.totaal,
      d.eigen.voorschotten.map((v) => v.bedrag.waarde),
      jaar,
      `gemeente ${d.gemeente}`,
    );
    const uit: GemeenteUitkomst = {
      werkmap: d.werkmap,
      gemeente: d.gemeente,
      voorcalculatie: d.eigen.voorcalculatie.totaal,
      nacalculatieSubtotaal: c.subtotaal,
      risicoOpslagPercentage: c.risicoOpslagPercentage,
      risicoOpslag: c.risicoOpslag,
      nacalculatie: c.totaal,
      eindafrekening: e,
    };
    if (d.eigen.nacalculatie) uit.nacalculatieEigen = d.eigen.nacalculatie.totaal;
    return uit;
  });

  // The largest-remainder split, line by line, as the overview shows it.
  const verdeling: VerdelingRegel[] = [];
  const tarieven: TariefUitkomst[] = volgorde.map((code) => {
    const b = bronnen.get(code)!;
    const totaalEenheden = som(deelnemers.map((d) => d.aantallen[code] ?? NUL));
    const centen = b.bedrag.waarde.times(100).toDecimalPlaces(0);
    let verdeeld = NUL;
    deelnemers.forEach((d, i) => {
      const aantal = d.aantallen[code];
      if (!aantal) return;
      const regel = nacalc.perGemeente[i].calculatie.regels.find((r) => r.code === code)!;
      const exactCenten = centen.times(aantal).div(totaalEenheden);
      const basisCenten = exactCenten.floor();
      const extra = regel.bedrag.abs().times(100).minus(basisCenten);
      verdeling.push({
        code,
        gemeente: d.gemeente,
        aantal,
        exactCenten,
        basisCenten,
        extraCent: extra.isZero() ? 0 : 1,
        bedrag: regel.bedrag,
      });
      verdeeld = verdeeld.plus(regel.bedrag);
    });
    const uit: TariefUitkomst = {
      code,
      bedrag: b.bedrag,
      eenhedenKostprijzen: b.eenheden,
      eenhedenGemeenten: totaalEenheden,
      tarief: nacalc.tarieven[code]!,
      verdeeld,
    };
    const begroot = tariefBegroot.get(code);
    if (begroot) uit.tariefBegroot = begroot.cel;
    return uit;
  });

  const basisjaar = opties.basisjaar ?? jaar;
  const uitkomst: ConsolidatieUitkomst = {
    jaar,
    basisjaar,
    deelnemers,
    gemeenten,
    totalen: {
      voorcalculatie: som(gemeenten.map((g) => g.voorcalculatie)),
      nacalculatie: som(gemeenten.map((g) => g.nacalculatie)),
      voorschottenBetaald: som(gemeenten.map((g) => g.eindafrekening.voorschottenBetaald)),
      saldo: som(gemeenten.map((g) => g.eindafrekening.saldo)),
    },
    kostprijzen,
    tarieven,
    verdeling,
    behoud: nacalc.conservatie,
    werksoorten: werksoorten(deelnemers, jaar, basisjaar, nacalc.tarieven, tariefBegroot),
    kpis: kpis(deelnemers, jaar, m),
    taakstelling: taakstelling(deelnemers, jaar, omzet, m),
  };
  if (jaar === 2023) uitkomst.tabel75 = vergelijkMetTabel75(nacalc.perGemeente.map((p) => p.calculatie));
  if (omzet) uitkomst.omzet = omzet;
  const inb = inbesteding(gemeenten, omzet, m);
  if (inb) uitkomst.inbesteding = inb;
  return uitkomst;
}

/** Table 7.7's form: the contribution per fte per work type (formula 7), realised and budgeted. */
function werksoorten(
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
function kpis(deelnemers: readonly Deelnemer[], jaar: number, m: Meldingen): KpiVergelijking[] {
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
function inbesteding(
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
function taakstelling(
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

/**
 * Consolidates the read bijlagen: checks across them, the Ontplooj-wide nacalculatie and the
 * comparisons, and the overview sheet plan (unless a check found errors and `forceer` is off).
 */
export function consolideer(
  bronnen: readonly ConsolidatieBron[],
  opties: ConsolidatieOpties = {},
): Consolidatie {
  const m = new Meldingen();
  const doorgegeven: Bevinding[] = bronnen.flatMap((b) =>
    b.bevindingen.map((x) => ({ ...x, werkmap: b.werkmap })),
  );
  const { deelnemers, jaar } = kiesDeelnemers(bronnen, opties, m);
  let omzet: { werkmap: string; regels: OmzetRegel[] } | undefined;
  if (opties.omzet) {
    const regels = leesOmzet(opties.omzet.grid, opties.omzet.werkmap, opties.notatie ?? "nl", doorgegeven);
    if (regels) omzet = { werkmap: opties.omzet.werkmap, regels };
  }
  const klaar = (geweigerd?: string, uitkomst?: ConsolidatieUitkomst): Consolidatie => {
    const bevindingen = sorteerBevindingen([...m.lijst, ...doorgegeven]);
    const uit: Consolidatie = { bevindingen };
    if (uitkomst) uit.uitkomst = uitkomst;
    if (geweigerd) {
      uit.geweigerd = geweigerd;
      return uit;
    }
    if (uitkomst && (!heeftFouten(bevindingen) || opties.forceer)) uit.plan = maakOverzichtPlan(uitkomst);
    else if (uitkomst)
      uit.geweigerd = `De controle vond ${bevindingen.filter((b) => b.ernst === "fout").length} fout(en); het Overzicht Ontplooj is niet gemaakt. Herstel de fouten of kies uitdrukkelijk voor geforceerd.`;
    return uit;
  };
  if (jaar === undefined || deelnemers.length === 0)
    return klaar("Geen enkele bijlage 1 is bruikbaar: er is niets te consolideren.");
  const kostprijzen = vergelijkKostprijzen(deelnemers, m);
  if (!kostprijzen) {
    m.meld(
      "CONS_KOSTPRIJZEN_ONTBREKEN",
      "Geen enkele bijlage heeft een blad 'Kostprijzen' (Dienst, Kosten, Opbrengsten, Eenheden): de gerealiseerde tarieven van Ontplooj zijn niet te bepalen. Voeg het blad toe.",
    );
    return klaar("De Kostprijzen van Ontplooj ontbreken: de gerealiseerde tarieven zijn niet te bepalen.");
  }
  return klaar(undefined, reken(deelnemers, jaar, kostprijzen, opties, omzet, m));
}

/** Reads one bijlage into a source for consolideer(): its check and, when readable, its model. */
export function leesBron(werkmap: string, werkboek: Werkboek, opties: BijlageOpties = {}): ConsolidatieBron {
  const { bevindingen, model } = controleerBijlage1(werkboek, opties);
  return model ? { werkmap, model, bevindingen } : { werkmap, bevindingen };
}

/**
 * One workbook with one bijlage-1 sheet per municipality ("Bijlage 1 Almelo", …; groepen.ts),
 * optionally an "Omzet" sheet: read, checked and consolidated. `werkmap` names the workbook in
 * findings (the file name, or "deze werkmap" in the task pane).
 */
export function consolideerWerkboek(
  werkboek: Werkboek,
  opties: ConsolidatieOpties & BijlageOpties & { werkmap?: string } = {},
): Consolidatie {
  const { werkmap = "deze werkmap", notatie, hostDecimaal, forceer, jaar, basisjaar } = opties;
  const bijlageOpties: BijlageOpties = {};
  if (notatie) bijlageOpties.notatie = notatie;
  if (hostDecimaal) bijlageOpties.hostDecimaal = hostDecimaal;
  const { groepen, omzet } = groepeerBladen(werkboek);
  if (groepen.length === 0)
    return {
      bevindingen: [],
      geweigerd:
        "De werkmap heeft geen bladen 'Bijlage 1 <gemeente>' (bijvoorbeeld 'Bijlage 1 Almelo'): er is niets te consolideren. Geef elke gemeente een eigen blad met haar naam erin.",
    };
  const bronnen = groepen.map((g) => leesBron(werkmap, g.werkboek, bijlageOpties));
  const c: ConsolidatieOpties = {};
  if (jaar !== undefined) c.jaar = jaar;
  if (basisjaar !== undefined) c.basisjaar = basisjaar;
  if (forceer) c.forceer = forceer;
  if (notatie) c.notatie = notatie;
  if (omzet) c.omzet = { werkmap, grid: omzet };
  return consolideer(bronnen, c);
}
