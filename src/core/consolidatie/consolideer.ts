// The five bijlagen settled together (DOMAIN.md §3.3–3.5, 3.7–3.9, 3.11, 3.13, 3.14): the checks
// across them, the Ontplooj-wide nacalculatie (settlement engine's nacalculatieOntplooj), and the
// comparisons. Pure: read bijlagen in, findings and the overview sheet plan out.
import { risicoOpslagVan } from "../bijlage1/berekening";
import { controleerBijlage1, gevuldeCellen, type BijlageOpties, type Gevonden } from "../bijlage1";
import { vergelijkMetTabel75 } from "../bijlage1/tabel75";
import { dienst, type DienstCode } from "../catalogue";
import { sorteerBevindingen, heeftFouten, type Bevinding } from "../findings";
import { eigenGebied, gebiedWeigering, toetsGebied, type Bezetting } from "../gebied";
import { waardeOp, zoekBlad, type Werkboek } from "../grid";
import { NUL, formatBedrag, formatGetal, som, type Decimal } from "../money";
import { eindafrekening, nacalculatieOntplooj } from "../settlement";
import { CONSOLIDATIE_CODES } from "./codes";
import { OVERZICHT_BLAD, groepeerBladen } from "./groepen";
import type {
  Consolidatie,
  ConsolidatieBron,
  ConsolidatieOpties,
  ConsolidatieUitkomst,
  Deelnemer,
  GemeenteUitkomst,
  OmzetRegel,
  TariefUitkomst,
  VerdelingRegel,
} from "./model";
import { leesOmzet } from "./omzet";
import {
  OVERZICHT_MARKERING,
  OVERZICHT_MINIMAAL_GEBIED,
  OVERZICHT_NAMEN,
  maakOverzichtPlan,
} from "./overzicht-plan";
import { Meldingen, plek, waar } from "./meldingen";
import { kiesDeelnemers } from "./deelnemers";
import { realisatieUitKostprijzen, vergelijkKostprijzen, type Realisatie } from "./kostprijzen";
import { inbesteding, kpis, taakstelling, werksoorten } from "./vergelijkingen";

/** The decimals a number has as typed, for comparing a tariff cell at its own precision. */
function decimalen(d: Decimal): number {
  return d.decimalPlaces();
}

type Nacalculatie = ReturnType<typeof nacalculatieOntplooj>;
type TariefBegroot = Map<DienstCode, { werkmap: string; cel: Gevonden<Decimal> }>;

/** Step 4: the engine's Ontplooj-wide nacalculatie (largest remainder per service). */
function nacalculatie(deelnemers: readonly Deelnemer[], r: Realisatie, m: Meldingen): Nacalculatie {
  const nacalc = nacalculatieOntplooj(
    r.realisatie,
    deelnemers.map((d) => ({
      gemeente: d.gemeente,
      risicoOpslag: risicoOpslagVan(d.model),
      aantallen: Object.fromEntries(
        r.volgorde.filter((c) => d.aantallen[c]).map((c) => [c, d.aantallen[c]!]),
      ),
    })),
  );
  if (!nacalc.conservatie.klopt)
    m.meld(
      "CONS_BEHOUD_KLOPT_NIET",
      `De nacalculaties samen zonder opslag (${formatBedrag(nacalc.conservatie.gevonden)}) zijn niet de gerealiseerde kosten min opbrengsten (${formatBedrag(nacalc.conservatie.verwacht)}).`,
    );
  return nacalc;
}

/** Step 5: the bijlagen's own realised-tariff column and budget tariffs against the Ontplooj-wide ones. */
function vergelijkTarieven(
  deelnemers: readonly Deelnemer[],
  nacalc: Nacalculatie,
  realisatie: Realisatie,
  m: Meldingen,
): TariefBegroot {
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
          `Het gerealiseerde tarief van '${r.dienst.label}' in ${waar(d.werkmap, eigen)} is ${formatGetal(eigen.waarde)}, maar Ontplooj-breed is het ${formatGetal(t)} (${dienst(code).soort === "kosten" ? "kosten" : "−opbrengsten"} ${formatBedrag(realisatie.bronnen.get(code)!.bedrag.waarde)} / ${formatGetal(som(deelnemers.map((x) => x.aantallen[code] ?? NUL)))} eenheden van alle gemeenten). Neem dat tarief over of laat de cel leeg.`,
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
  return tariefBegroot;
}

/** Per municipality: the Ontplooj-wide nacalculatie and the saldo against its advances. */
function gemeenteUitkomsten(
  deelnemers: readonly Deelnemer[],
  nacalc: Nacalculatie,
  jaar: number,
): GemeenteUitkomst[] {
  return deelnemers.map((d, i) => {
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
}

/** Per service: the realised tariff, and its largest-remainder split line by line as the overview shows it. */
function tariefUitkomsten(
  deelnemers: readonly Deelnemer[],
  nacalc: Nacalculatie,
  r: Realisatie,
  tariefBegroot: TariefBegroot,
): { tarieven: TariefUitkomst[]; verdeling: VerdelingRegel[] } {
  const verdeling: VerdelingRegel[] = [];
  const tarieven: TariefUitkomst[] = r.volgorde.map((code) => {
    const b = r.bronnen.get(code)!;
    const totaalEenheden = som(deelnemers.map((d) => d.aantallen[code] ?? NUL));
    const centen = b.bedrag.waarde.times(100).toDecimalPlaces(0);
    let verdeeld = NUL;
    deelnemers.forEach((d, i) => {
      const aantal = d.aantallen[code];
      if (!aantal) return;
      const regel = nacalc.perGemeente[i].calculatie.regels.find((x) => x.code === code)!;
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
  return { tarieven, verdeling };
}

/** Steps 3–6: the engine over the participants, and every comparison. */
function reken(
  deelnemers: Deelnemer[],
  jaar: number,
  kostprijzen: NonNullable<ReturnType<typeof vergelijkKostprijzen>>,
  opties: ConsolidatieOpties,
  omzet: { werkmap: string; regels: OmzetRegel[] } | undefined,
  m: Meldingen,
): ConsolidatieUitkomst {
  const r = realisatieUitKostprijzen(deelnemers, kostprijzen, m);
  const nacalc = nacalculatie(deelnemers, r, m);
  const tariefBegroot = vergelijkTarieven(deelnemers, nacalc, r, m);
  const gemeenten = gemeenteUitkomsten(deelnemers, nacalc, jaar);
  const { tarieven, verdeling } = tariefUitkomsten(deelnemers, nacalc, r, tariefBegroot);
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

/** Findings name at most this many occupied places; the refusal counts them all. */
const MAX_BEZET_BEVINDINGEN = 50;

/**
 * The overview's area is a promise like the Eindafrekening's (src/core/gebied.ts): an existing
 * "Overzicht Ontplooj" sheet may only be refilled where the previous fill owned the cells, or
 * where it is empty. `bezetting`: notes, merges and drawings the adapter found on that sheet.
 */
function toetsOverzichtGebied(
  werkboek: Werkboek,
  c: Consolidatie,
  werkmap: string,
  bezetting: Omit<Bezetting, "cellen"> | undefined,
): Consolidatie {
  const bestaand = zoekBlad(werkboek, OVERZICHT_BLAD);
  if (!c.plan || !bestaand) return c;
  const naam = werkboek.namen?.find((n) => n.naam.toLowerCase() === OVERZICHT_NAMEN.gebied.toLowerCase());
  const vorig =
    (naam && eigenGebied(naam.verwijzing, bestaand.blad, c.plan.gebied)) ||
    (waardeOp(bestaand, 1, 0) === OVERZICHT_MARKERING ? OVERZICHT_MINIMAAL_GEBIED : undefined);
  const bezet = toetsGebied(vorig, c.plan.gebied, { ...bezetting, cellen: gevuldeCellen(bestaand) });
  if (bezet.length === 0) return c;
  const gevonden: Bevinding[] = bezet.slice(0, MAX_BEZET_BEVINDINGEN).map((b) => ({
    ernst: CONSOLIDATIE_CODES.CONS_OVERZICHT_BEZET.ernst,
    code: "CONS_OVERZICHT_BEZET",
    bericht: `${b.adres} op blad '${bestaand.blad}' is niet door de Ontplooj-afrekening gemaakt en ligt in het gebied ${c.plan!.gebied} dat het overzicht nodig heeft; vullen zou het overschrijven.`,
    werkmap,
    blad: bestaand.blad,
    cel: b.cel,
  }));
  const { plan: _plan, ...rest } = c;
  return {
    ...rest,
    bevindingen: [...gevonden, ...c.bevindingen],
    geweigerd: gebiedWeigering(bestaand.blad, vorig, c.plan.gebied, bezet),
  };
}

/**
 * One workbook with one bijlage-1 sheet per municipality ("Bijlage 1 Almelo", …; groepen.ts),
 * optionally an "Omzet" sheet: read, checked and consolidated. `werkmap` names the workbook in
 * findings (the file name, or "deze werkmap" in the task pane).
 */
export function consolideerWerkboek(
  werkboek: Werkboek,
  opties: ConsolidatieOpties &
    BijlageOpties & { werkmap?: string; bezetting?: Omit<Bezetting, "cellen"> } = {},
): Consolidatie {
  const { werkmap = "deze werkmap", notatie, hostDecimaal, forceer, jaar, basisjaar, bezetting } = opties;
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
  return toetsOverzichtGebied(werkboek, consolideer(bronnen, c), werkmap, bezetting);
}
