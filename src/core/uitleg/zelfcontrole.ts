// The self-check that proves an explanation cannot lie: every node's operation, recomputed over its
// children's values, gives the node's value exactly (Decimal, no tolerance); every leaf holds what
// the reader read at its cell, and that cell still holds the raw content the leaf shows.
import { parseAdres, waardeOp, zoekBlad, type Werkboek } from "../grid";
import { Decimal, isDecimal, rondAf, verdeelGrootsteRest } from "../money";
import { evalueerKpi, richtingVan, vervaldatum, wieBetaaltWie, type Richting } from "../settlement";
import type { Gevonden } from "../tabel";
import type { UitlegKnoop } from "./model";

export interface UitlegAfwijking {
  /** The labels from the root down to the node: "Saldo › Nacalculatie › …". */
  pad: string;
  bericht: string;
}

function getal(k: UitlegKnoop): Decimal | undefined {
  try {
    const d = new Decimal(k.waarde);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

/** What the node's operation gives over its children, or a Dutch reason it cannot be recomputed. */
function herreken(k: UitlegKnoop): { waarde: Decimal | string } | { reden: string } {
  const b = k.bewerking;
  const kinderen = k.kinderen;
  const getallen = kinderen.map(getal);
  const numeriek = (): Decimal[] | undefined =>
    getallen.every((g): g is Decimal => g !== undefined) ? getallen : undefined;
  const g = numeriek();
  switch (b.soort) {
    case "invoer":
    case "constante":
      return { reden: "geen bewerking" };
    case "som":
      return g
        ? { waarde: g.reduce((a, x) => a.plus(x), new Decimal(0)) }
        : { reden: "een kind is geen getal" };
    case "verschil":
      if (!g || g.length < 1) return { reden: "verschil zonder getallen" };
      return { waarde: g.slice(1).reduce((a, x) => a.minus(x), g[0]) };
    case "product":
      if (!g || g.length < 1) return { reden: "product zonder getallen" };
      return { waarde: g.slice(1).reduce((a, x) => a.times(x), g[0]) };
    case "quotient":
      if (!g || g.length !== 2) return { reden: "een quotiënt heeft precies twee getallen nodig" };
      if (g[1].isZero()) return { reden: "deling door nul" };
      return { waarde: g[0].div(g[1]) };
    case "afronding":
      if (!g || g.length !== 1) return { reden: "een afronding heeft precies één getal nodig" };
      return { waarde: rondAf(g[0], b.decimalen) };
    case "grootsteRest": {
      if (!g || b.totaalIndex < 0 || b.totaalIndex >= g.length)
        return { reden: "geen totaal om te verdelen" };
      const totaal = g[b.totaalIndex];
      const gewichten = g.filter((_, i) => i !== b.totaalIndex);
      const delen = verdeelGrootsteRest(totaal, b.delen ?? gewichten, Math.max(2, totaal.decimalPlaces()));
      return b.aandeel >= 0 && b.aandeel < delen.length
        ? { waarde: delen[b.aandeel] }
        : { reden: `aandeel ${b.aandeel} bestaat niet` };
    }
    case "keuze":
      return keuze(k);
  }
}

function keuze(k: UitlegKnoop): { waarde: Decimal | string } | { reden: string } {
  if (k.bewerking.soort !== "keuze") return { reden: "geen keuze" };
  const [a, b, c] = k.kinderen;
  switch (k.bewerking.regel) {
    case "richting": {
      const saldo = a && getal(a);
      return saldo ? { waarde: richtingVan(saldo) } : { reden: "richting zonder saldo" };
    }
    case "wieBetaalt": {
      if (!a || !b) return { reden: "wie betaalt wie zonder richting en gemeente" };
      // The sentence names the municipality as typed in its cell (the sheet's formula refers to it).
      const gemeente = typeof b.bron?.ruw === "string" ? b.bron.ruw : b.waarde;
      return { waarde: wieBetaaltWie(a.waarde as Richting, gemeente) };
    }
    case "vervaldatum": {
      const jaar = a && getal(a);
      return jaar?.isInteger() ? { waarde: vervaldatum(jaar.toNumber()) } : { reden: "geen jaar" };
    }
    case "geenOpslag": {
      const basis = a && getal(a);
      if (!basis) return { reden: "geen grondslag" };
      return basis.greaterThan(0) ? { reden: "de grondslag is positief" } : { waarde: new Decimal(0) };
    }
    case "kpi": {
      const doel = a && getal(a);
      if (!doel || !b || (b.waarde !== "hoger" && b.waarde !== "lager"))
        return { reden: "geen doel en richting" };
      if (!c) return { waarde: "geen realisatie" };
      const realisatie = getal(c);
      if (!realisatie) return { reden: "de realisatie is geen getal" };
      return {
        waarde: evalueerKpi({ doel, realisatie, richting: b.waarde }).behaald ? "behaald" : "niet behaald",
      };
    }
    case undefined:
      return { reden: "een keuze zonder regel is niet na te rekenen" };
  }
}

function gelijk(verwacht: Decimal | string, k: UitlegKnoop): boolean {
  if (typeof verwacht === "string") return verwacht === k.waarde;
  const d = getal(k);
  return d !== undefined && d.equals(verwacht);
}

/** Every node whose operation over its children does not give its value exactly. Empty: the tree holds. */
export function controleerBoom(wortel: UitlegKnoop): UitlegAfwijking[] {
  const uit: UitlegAfwijking[] = [];
  const gezien = new Set<UitlegKnoop>();
  const loop = (k: UitlegKnoop, pad: string[]) => {
    const hier = [...pad, k.label];
    const meld = (bericht: string) => uit.push({ pad: hier.join(" › "), bericht });
    if (k.soort !== "tekst" && k.soort !== "datum" && getal(k) === undefined)
      meld(`de waarde ${k.waarde} is geen getal`);
    const soort = k.bewerking.soort;
    if (soort === "invoer" || soort === "constante") {
      if (k.kinderen.length > 0) meld(`een ${soort} heeft geen kinderen`);
      if (soort === "invoer" && !k.bron) meld("invoer zonder cel");
    } else if (!gezien.has(k)) {
      const r = herreken(k);
      if ("reden" in r) meld(`niet na te rekenen: ${r.reden}`);
      else if (!gelijk(r.waarde, k))
        meld(
          `${soort} geeft ${isDecimal(r.waarde) ? r.waarde.toFixed() : r.waarde}, de knoop zegt ${k.waarde}`,
        );
    }
    if (gezien.has(k)) return;
    gezien.add(k);
    for (const kind of k.kinderen) loop(kind, hier);
  };
  loop(wortel, []);
  return uit;
}

export function bladen(wortel: UitlegKnoop): UitlegKnoop[] {
  const uit: UitlegKnoop[] = [];
  const gezien = new Set<UitlegKnoop>();
  const loop = (k: UitlegKnoop) => {
    if (gezien.has(k)) return;
    gezien.add(k);
    if (k.kinderen.length === 0) uit.push(k);
    k.kinderen.forEach(loop);
  };
  loop(wortel);
  return uit;
}

/** Every value a reader found, by "blad!cel": the Gevonden objects anywhere in a model. */
export function gelezenCellen(model: unknown): Map<string, Gevonden<unknown>> {
  const uit = new Map<string, Gevonden<unknown>>();
  const gezien = new Set<object>();
  const loop = (x: unknown) => {
    if (typeof x !== "object" || x === null || isDecimal(x) || gezien.has(x)) return;
    gezien.add(x);
    if (Array.isArray(x)) return x.forEach(loop);
    const o = x as Record<string, unknown>;
    if (typeof o.blad === "string" && typeof o.cel === "string" && "waarde" in o && "ruw" in o)
      uit.set(`${o.blad}!${o.cel}`, o as unknown as Gevonden<unknown>);
    Object.values(o).forEach(loop);
  };
  loop(model);
  return uit;
}

/**
 * Every input leaf that does not hold what the reader read at its cell (`gelezen`, e.g. from
 * `gelezenCellen(model)`), or whose cell in `werkboek` no longer holds the raw content it shows.
 */
export function controleerBladen(
  wortel: UitlegKnoop,
  gelezen: ReadonlyMap<string, Gevonden<unknown>>,
  werkboek?: Werkboek,
): UitlegAfwijking[] {
  const uit: UitlegAfwijking[] = [];
  for (const k of bladen(wortel)) {
    if (!k.bron) continue;
    const plek = `${k.bron.blad}!${k.bron.cel}`;
    const meld = (bericht: string) => uit.push({ pad: `${k.label} (${plek})`, bericht });
    const g = gelezen.get(plek);
    if (!g) {
      meld("de lezer las deze cel niet");
      continue;
    }
    if (g.ruw !== k.bron.ruw) meld(`de lezer vond ${String(g.ruw)}, de uitleg toont ${String(k.bron.ruw)}`);
    const goed = isDecimal(g.waarde) ? getal(k)?.equals(g.waarde) === true : String(g.waarde) === k.waarde;
    if (!goed) meld(`de lezer las ${String(g.waarde)}, de uitleg zegt ${k.waarde}`);
    if (werkboek) {
      const grid = werkboek.bladen.find((b) => b.blad === k.bron!.blad) ?? zoekBlad(werkboek, k.bron.blad);
      const p = parseAdres(k.bron.cel);
      const inCel = grid ? waardeOp(grid, p.rij, p.kolom) : undefined;
      if (inCel !== k.bron.ruw) meld(`de cel bevat ${String(inCel)}, de uitleg toont ${String(k.bron.ruw)}`);
    }
  }
  return uit;
}
