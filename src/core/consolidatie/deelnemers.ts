// Step 1 of the consolidation: which bijlagen take part (usable, of the year, each municipality
// once), and which municipality is missing.
import { berekenAfrekening, heeftRealisatie } from "../bijlage1/berekening";
import { GEMEENTEN, type DienstCode, type GemeenteNaam } from "../catalogue";
import { InvoerFout } from "../fouten";
import { NUL, type Decimal } from "../money";
import type { ConsolidatieBron, ConsolidatieOpties, Deelnemer } from "./model";
import { Meldingen, plek, waar, type Plek } from "./meldingen";

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
export function kiesDeelnemers(
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
