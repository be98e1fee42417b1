// Against the previous period: who is new, who is gone, whose pay or part-time factor changed,
// and whether a mutation explains it.
import type { Bevinding } from "../findings";
import { formatBedrag } from "../money";
import { elfproef } from "./bsn";
import { centenNaarDecimal, miljoenstenTekst } from "./getallen";
import { EersteVoorkomen } from "./eerste";
import { maakBevinding as bevinding } from "./codes";
import { celVan } from "./lezer";
import { Persoonsgegevens } from "./masker";
import type { BatchRegel, BetaalBatch } from "./model";

export interface Drempels {
  /** A change of bruto by more than this percentage of last period's bruto needs a mutation (default 5). */
  brutoProcent: number;
  /** A change of the part-time factor by more than this needs a mutation (default 0: any change). */
  parttimefactor: number;
  /** Persons paid may differ from the VERLONING units of bijlage 1 by this percentage (default 5). */
  verloningProcent: number;
}

export const STANDAARD_DREMPELS: Readonly<Drempels> = {
  brutoProcent: 5,
  parttimefactor: 0,
  verloningProcent: 5,
};

export interface VergelijkingTelling {
  /** Persons in this batch who were not in the previous one. */
  nieuw: number;
  /** Persons of the previous batch who are not in this one. */
  vertrokken: number;
  /** Persons whose bruto or part-time factor changed beyond the thresholds. */
  gewijzigd: number;
}

function zoekVorige(
  r: BatchRegel,
  vorige: readonly BatchRegel[],
  opBsn: EersteVoorkomen,
  opPnr: EersteVoorkomen,
): number | undefined {
  // A valid BSN identifies the person. The personnel number only stands in when one of the two
  // BSNs is missing or broken (a corrected BSN still finds last month's row); a valid BSN that
  // is new is a new person, even with a reused personnel number.
  const pnr = r.personeelsnummer !== "" ? opPnr.zoek(r.personeelsnummer) : undefined;
  if (r.bsn !== "" && elfproef(r.bsn)) {
    const i = opBsn.zoek(r.bsn);
    if (i !== undefined) return i;
    return pnr !== undefined && !elfproef(vorige[pnr].bsn) ? pnr : undefined;
  }
  return pnr;
}

/** Compares `batch` with `vorige` (already read); pushes findings, returns the counts. */
export function vergelijkMetVorige(
  batch: BetaalBatch,
  vorige: BetaalBatch,
  drempels: Drempels,
  bevindingen: Bevinding[],
  persoonsgegevens = new Persoonsgegevens(batch.regels).voegToe(vorige.regels),
): VergelijkingTelling {
  const blad = batch.blad;
  const opBsn = new EersteVoorkomen((i) => vorige.regels[i].bsn, vorige.regels.length);
  const opPnr = new EersteVoorkomen((i) => vorige.regels[i].personeelsnummer, vorige.regels.length);
  const gevonden = new Uint8Array(vorige.regels.length);
  vorige.regels.forEach((v, i) => {
    // A second row of the same person last month is not someone who is "gone".
    if (v.bsn !== "" && elfproef(v.bsn) && opBsn.eerderOfZet(v.bsn, i) !== undefined) gevonden[i] = 1;
    if (v.personeelsnummer !== "") opPnr.eerderOfZet(v.personeelsnummer, i);
  });
  const telling: VergelijkingTelling = { nieuw: 0, vertrokken: 0, gewijzigd: 0 };
  const mutatieCel = (r: BatchRegel) =>
    celVan(batch, r.rij, "mutatie") ?? celVan(batch, r.rij, "personeelsnummer");

  for (const r of batch.regels) {
    const i = zoekVorige(r, vorige.regels, opBsn, opPnr);
    if (i === undefined) {
      telling.nieuw++;
      if (r.mutatie !== "instroom") {
        bevindingen.push(
          bevinding(
            "fout",
            "NIEUW_ZONDER_INSTROOM",
            `Deze persoon stond niet in de vorige batch en heeft geen mutatie 'instroom' (rij ${r.rij + 1}).`,
            blad,
            mutatieCel(r),
            "instroom",
            r.mutatie ?? "geen mutatie",
          ),
        );
      }
      continue;
    }
    gevonden[i] = 1;
    const v = vorige.regels[i];
    if (v.mutatie === "uitstroom" && r.mutatie !== "instroom") {
      bevindingen.push(
        bevinding(
          "fout",
          "UITSTROOM_TOCH_BETAALD",
          `Deze persoon is vorige periode uitgestroomd (daar rij ${v.rij + 1}) en wordt op rij ${r.rij + 1} toch weer betaald.`,
          blad,
          mutatieCel(r),
          "geen betaling, of mutatie 'instroom'",
          r.mutatie ?? "geen mutatie",
        ),
      );
    } else if (r.mutatie === "instroom" && v.mutatie !== "uitstroom") {
      bevindingen.push(
        bevinding(
          "waarschuwing",
          "INSTROOM_MAAR_AL_IN_DIENST",
          `Mutatie 'instroom' op rij ${r.rij + 1}, maar deze persoon stond al in de vorige batch (daar rij ${v.rij + 1}).`,
          blad,
          mutatieCel(r),
          "geen instroom",
          "instroom",
        ),
      );
    }
    if (r.mutatie !== null) continue; // a mutation explains the change
    let gewijzigd = false;
    if (r.bruto !== null && v.bruto !== null && r.bruto !== v.bruto) {
      const verschil = Math.abs(r.bruto - v.bruto);
      // |Δ| > p% of |vorige|, in integers: |Δ|·100 > p·|vorige| (exact for cents below 2^46).
      if (verschil * 100 > drempels.brutoProcent * Math.abs(v.bruto)) {
        gewijzigd = true;
        const oud = formatBedrag(centenNaarDecimal(v.bruto));
        const nieuw = formatBedrag(centenNaarDecimal(r.bruto));
        bevindingen.push(
          bevinding(
            "waarschuwing",
            "BRUTO_GEWIJZIGD_ZONDER_MUTATIE",
            `Bruto veranderde van ${oud} naar ${nieuw} (meer dan ${String(drempels.brutoProcent).replace(".", ",")}%) zonder mutatie 'wijziging' (rij ${r.rij + 1}).`,
            blad,
            celVan(batch, r.rij, "bruto"),
            oud,
            nieuw,
          ),
        );
      }
    }
    if (r.parttimefactor !== null && v.parttimefactor !== null) {
      const verschil = Math.abs(r.parttimefactor - v.parttimefactor);
      if (verschil > Math.round(drempels.parttimefactor * 1000000)) {
        gewijzigd = true;
        const oud = miljoenstenTekst(v.parttimefactor).replace(".", ",");
        const nieuw = miljoenstenTekst(r.parttimefactor).replace(".", ",");
        bevindingen.push(
          bevinding(
            "waarschuwing",
            "PARTTIME_GEWIJZIGD_ZONDER_MUTATIE",
            `Parttimefactor veranderde van ${oud} naar ${nieuw} zonder mutatie 'wijziging' (rij ${r.rij + 1}).`,
            blad,
            celVan(batch, r.rij, "parttimefactor"),
            oud,
            nieuw,
          ),
        );
      }
    }
    if (gewijzigd) telling.gewijzigd++;
  }

  vorige.regels.forEach((v, i) => {
    if (gevonden[i]) return;
    telling.vertrokken++;
    if (v.mutatie === "uitstroom") return;
    bevindingen.push(
      bevinding(
        "fout",
        "VERTROKKEN_ZONDER_UITSTROOM",
        `Een persoon uit de vorige batch (rij ${v.rij + 1}, personeelsnummer ${persoonsgegevens.toonPersoneelsnummer(v.personeelsnummer) || "onbekend"}) ontbreekt in deze batch zonder mutatie 'uitstroom'.`,
        vorige.blad + " (vorige batch)",
        celVan(vorige, v.rij, "personeelsnummer"),
        "uitstroom in de vorige batch, of een betaling in deze",
        "ontbreekt",
      ),
    );
  });
  return telling;
}
