// The one lookup the task pane and the command line share: the explanation of every value of the
// Eindafrekening sheet, by cell address and by defined name (Ontplooj_Saldo, …). The trees come
// from the plan builder itself (bijlage1/eindafrekening-plan.ts), so they explain the very values
// the sheet is filled with.
import {
  berekenAfrekening,
  controleerBijlage1,
  EINDAFREKENING_BLAD,
  NAMEN,
  type Afrekening,
  type Bijlage1,
  type BijlageOpties,
} from "../bijlage1";
import { heeftRealisatie } from "../bijlage1/berekening";
import { maakEindafrekeningPlanMetUitleg } from "../bijlage1/eindafrekening-plan";
import type { Bevinding } from "../findings";
import { InvoerFout } from "../fouten";
import type { Werkboek } from "../grid";
import type { BladPlan } from "../sheetplan";
import type { UitlegKnoop } from "./model";

export interface EindafrekeningUitleg {
  /** The sheet the addresses are on: "Eindafrekening". */
  blad: string;
  /** The plan the trees explain (the same one a fill writes). */
  plan: BladPlan;
  /** Tree per A1 address (without "$") of the sheet, in the plan's order. */
  cellen: ReadonlyMap<string, UitlegKnoop>;
  /** Tree per defined name of the plan that points at one cell (Ontplooj_Saldo → F40). */
  namen: ReadonlyMap<string, { adres: string; knoop: UitlegKnoop }>;
}

/** Every explained value of the Eindafrekening of a computed settlement (needs the nacalculatie). */
export function uitlegEindafrekening(model: Bijlage1, afrekening: Afrekening): EindafrekeningUitleg {
  const { plan, uitleg } = maakEindafrekeningPlanMetUitleg(model, afrekening);
  const namen = new Map<string, { adres: string; knoop: UitlegKnoop }>();
  for (const n of plan.namen) {
    const knoop = uitleg.get(n.adres);
    if (knoop) namen.set(n.naam, { adres: n.adres, knoop });
  }
  return { blad: plan.blad, plan, cellen: uitleg, namen };
}

export type UitlegUitkomst =
  { uitleg: EindafrekeningUitleg; bevindingen: Bevinding[] } | { reden: string; bevindingen: Bevinding[] };

/**
 * Reads, checks and computes a workbook, and explains its Eindafrekening. Explains also when the
 * check found errors (the caller says so beside the tree); refuses with a Dutch `reden` when there
 * is nothing to settle.
 */
export function uitlegVanWerkboek(werkboek: Werkboek, opties: BijlageOpties = {}): UitlegUitkomst {
  const { bevindingen, model } = controleerBijlage1(werkboek, opties);
  if (!model)
    return {
      bevindingen,
      reden:
        "Het werkboek is niet als bijlage 1 te lezen: het blad 'Bijlage 1' of de dienstentabel ontbreekt.",
    };
  if (!heeftRealisatie(model))
    return {
      bevindingen,
      reden:
        "De dienstentabel heeft geen kolom 'Aantal gerealiseerd': er is nog geen eindafrekening om uit te leggen.",
    };
  try {
    return { uitleg: uitlegEindafrekening(model, berekenAfrekening(model)), bevindingen };
  } catch (e) {
    if (e instanceof InvoerFout)
      return { bevindingen, reden: `De afrekening kan niet worden berekend: ${e.message}.` };
    throw e;
  }
}

/** A found explanation: the cell on the sheet, the defined name pointing at it (if any), the tree. */
export interface GevondenUitleg {
  adres: string;
  naam?: string;
  knoop: UitlegKnoop;
}

/**
 * The explanation of a cell or name: "F40", "$F$40", "Eindafrekening!F40", "'Eindafrekening'!$F$40",
 * or a defined name such as "Ontplooj_Saldo" (any case). Undefined for anything else.
 */
export function vindUitleg(u: EindafrekeningUitleg, celOfNaam: string): GevondenUitleg | undefined {
  const tekst = celOfNaam.trim();
  const naam = [...u.namen.keys()].find((n) => n.toLowerCase() === tekst.toLowerCase());
  if (naam) return { adres: u.namen.get(naam)!.adres, naam, knoop: u.namen.get(naam)!.knoop };
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!'"]+))!)?\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(tekst);
  if (!m) return undefined;
  const blad = m[1]?.replace(/''/g, "'") ?? m[2];
  if (blad !== undefined && blad.trim().toLowerCase() !== u.blad.toLowerCase()) return undefined;
  const adres = `${m[3].toUpperCase()}${m[4]}`;
  const knoop = u.cellen.get(adres);
  if (!knoop) return undefined;
  const bijNaam = [...u.namen.entries()].find(([, n]) => n.adres === adres)?.[0];
  return bijNaam ? { adres, naam: bijNaam, knoop } : { adres, knoop };
}

/** The tree of a cell or name (see vindUitleg), or undefined. */
export function zoekUitleg(u: EindafrekeningUitleg, celOfNaam: string): UitlegKnoop | undefined {
  return vindUitleg(u, celOfNaam)?.knoop;
}

/** What can be explained, in Dutch: the names and the cells, for a message beside "onbekende cel". */
export function uitlegbaar(u: EindafrekeningUitleg): string {
  const namen = [...u.namen.entries()].map(([n, { adres }]) => `${n} (${adres})`);
  const cellen = [...u.cellen.keys()];
  return [
    `Uit te leggen namen: ${namen.join(", ")}.`,
    `Uit te leggen cellen op het blad '${u.blad}': ${cellen.join(", ")}.`,
  ].join("\n");
}

export { EINDAFREKENING_BLAD, NAMEN };
