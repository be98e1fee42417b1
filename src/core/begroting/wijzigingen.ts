// Next year's bijlage 1 in the user's own layout: the cells to change, found through the reader's
// model (every value keeps its sheet and cell), so the adapter writes new values into a copy and
// leaves everything else as it was. Formulas the reader computed from (a line amount, a total)
// stay, with the new result cached; an input cell that held a formula gets the new value.
import { InvoerFout } from "../fouten";
import { adres, formuleOp, isLeeg, waardeOp, zoekBlad, type CelWaarde, type Werkboek } from "../grid";
import { NUL, som, type Decimal } from "../money";
import type { Bijlage1, CelPlek, Gevonden } from "../bijlage1/model";
import type { Begroting } from "./berekening";

export interface CelWijziging {
  blad: string;
  cel: string;
  /** The new value; null empties the cell. */
  waarde: number | string | null;
  /** Keep the cell's formula and cache `waarde` as its result (a line amount or a total). */
  alsResultaat?: boolean;
}

/** "2023" as a whole number in text, not part of "20231" or "DVO-12023". */
function jaarPatroon(jaar: number): RegExp {
  return new RegExp(`(?<!\\d)${jaar}(?!\\d)`, "g");
}

/** An Excel serial date moved by whole years (29 February becomes 28 February). */
export function verschuifDatum(serieel: number, jaren: number): number {
  const basis = Date.UTC(1899, 11, 30);
  const dagen = Math.floor(serieel);
  const d = new Date(basis + dagen * 86_400_000);
  const maand = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + jaren);
  if (d.getUTCMonth() !== maand) d.setUTCDate(0);
  return Math.round((d.getTime() - basis) / 86_400_000) + (serieel - dagen);
}

class Wijzigingen {
  readonly lijst = new Map<string, CelWijziging>();
  constructor(private readonly werkboek: Werkboek) {}

  private grid(blad: string) {
    return zoekBlad(this.werkboek, blad);
  }

  formule(p: CelPlek): string | null {
    const g = this.grid(p.blad);
    return g ? formuleOp(g, p.rij, p.kolom) : null;
  }

  waarde(p: CelPlek): CelWaarde {
    const g = this.grid(p.blad);
    return g ? waardeOp(g, p.rij, p.kolom) : null;
  }

  zet(p: CelPlek, waarde: number | string | null): void {
    this.lijst.set(`${p.blad}!${p.cel}`, { blad: p.blad, cel: p.cel, waarde });
  }

  /** A computed cell (line amount, total): its formula stays, with the new result; a constant is replaced. */
  resultaat(p: CelPlek, waarde: Decimal): void {
    const w = waarde.toNumber();
    if (this.formule(p))
      this.lijst.set(`${p.blad}!${p.cel}`, { blad: p.blad, cel: p.cel, waarde: w, alsResultaat: true });
    else this.zet(p, w);
  }

  /** Text with last year's number as a year in it gets the new year; a cell with a formula is left alone. */
  jaarInTekst(p: CelPlek, van: number, naar: number): void {
    const w = this.waarde(p);
    if (typeof w !== "string" || this.formule(p)) return;
    const nieuw = w.replace(jaarPatroon(van), String(naar));
    if (nieuw !== w) this.zet(p, nieuw);
  }
}

function plekOp(blad: string, rij: number, kolom: number): CelPlek {
  return { blad, cel: adres(rij, kolom), rij, kolom };
}

/** Next year's bijlage in the input's layout: changed cells (by last year's sheet names), then sheets to rename. */
export interface Indelingswijziging {
  cellen: CelWijziging[];
  /** Sheets whose name carries last year ("Begroting 2023" → "Begroting 2025"): the bijlage, realisation and advances sheets. */
  hernoemd: { van: string; naar: string }[];
}

/**
 * The cells that make `model`'s workbook next year's bijlage: year, tariffs, counts, line amounts
 * and totals, zero realised counts, the new advance schedule with its periods and dates one year
 * on; and the sheets of those parts renamed where their name carries the year. Kostprijzen, KPI
 * and realised tariffs stay last year's (nothing is invented for next year).
 */
export function wijzigingenVoorIndeling(
  werkboek: Werkboek,
  model: Bijlage1,
  b: Begroting,
): Indelingswijziging {
  const w = new Wijzigingen(werkboek);
  const { vanJaar, jaar } = b;

  // The year: a number in its cell, or text (a title) that names it, or the sheet name (renamed below).
  const j = model.jaar!;
  const inCel = w.waarde(j);
  if (typeof inCel === "number" && inCel === vanJaar) w.zet(j, jaar);
  else if (typeof inCel === "string" && inCel === j.ruw) w.jaarInTekst(j, vanJaar, jaar);
  else if (j.ruw !== j.blad)
    throw new InvoerFout("waarde", `het jaar in ${j.blad}!${j.cel} is niet te vervangen; zet er ${jaar} in`);

  // The title: the first filled cell of the main sheet, when it is text naming the year.
  const hoofd = zoekBlad(werkboek, model.blad);
  if (hoofd) {
    const eerste = hoofd.waarden.findIndex((r) => r.some((v) => !isLeeg(v)));
    if (eerste >= 0 && eerste + hoofd.startRij < model.diensten.kopRij) {
      const k = hoofd.waarden[eerste].findIndex((v) => !isLeeg(v));
      w.jaarInTekst(plekOp(hoofd.blad, hoofd.startRij + eerste, hoofd.startKolom + k), vanJaar, jaar);
    }
  }

  // Headers of the services table ("Tarief 2023"), and the group row above them ("Begroting
  // 2023" merged over a year block, or a bare 2023), across the table's columns.
  const d = model.diensten;
  const koppen = Object.values(d.kolommen) as CelPlek[];
  for (const kop of koppen) w.jaarInTekst(kop, vanJaar, jaar);
  const opHoofdblad = koppen.filter((k) => k.blad === d.blad);
  if (hoofd && d.kopRij > 0 && opHoofdblad.length > 0) {
    const kolommen = opHoofdblad.map((k) => k.kolom);
    for (let k = Math.min(...kolommen); k <= Math.max(...kolommen); k++) {
      const boven = plekOp(d.blad, d.kopRij - 1, k);
      const v = w.waarde(boven);
      if (typeof v === "number" && v === vanJaar && !w.formule(boven)) w.zet(boven, jaar);
      else w.jaarInTekst(boven, vanJaar, jaar);
    }
  }

  // Service rows: new tariff, count and amount; no realisation yet.
  const perRij = new Map(b.regels.map((r) => [r.regel, r]));
  for (const r of d.regels) {
    const nieuw = perRij.get(r);
    if (nieuw) {
      w.zet(r.tarief!, nieuw.nieuwTarief.toNumber());
      w.zet(r.aantalBegroot!, nieuw.aantal.toNumber());
      if (r.bedragBegroot) w.resultaat(r.bedragBegroot, nieuw.bedrag);
    }
    // Last year's realised tariffs stay (like Kostprijzen): nothing is invented for next year.
    if (r.aantalGerealiseerd) w.zet(r.aantalGerealiseerd, 0);
  }
  // A realisation sheet's own header may name the year too.
  if (model.realisatieBlad) {
    for (const r of d.regels) {
      if (r.aantalGerealiseerd && r.aantalGerealiseerd.blad === model.realisatieBlad) {
        const g = zoekBlad(werkboek, model.realisatieBlad);
        for (let rij = g ? g.startRij : 0; g && rij < r.aantalGerealiseerd.rij; rij++)
          for (let k = g.startKolom; k < g.startKolom + (g.waarden[rij - g.startRij]?.length ?? 0); k++)
            w.jaarInTekst(plekOp(g.blad, rij, k), vanJaar, jaar);
        break;
      }
    }
  }

  // Totals and subtotals of the services table.
  const waarden = (rijen: ReadonlySet<number> | undefined) => {
    const in_ = b.regels.filter((r) => !rijen || rijen.has(r.regel.rij));
    return {
      bedragBegroot: som(in_.map((r) => r.bedrag)),
      aantalBegroot: som(in_.map((r) => r.aantal)),
      aantalGerealiseerd: NUL,
    };
  };
  const totalen: { cellen: Partial<Record<string, Gevonden<Decimal>>>; rijen?: Set<number> }[] = [];
  if (d.totaal) totalen.push({ cellen: d.totaal.cellen });
  for (const s of d.subtotalen ?? []) totalen.push({ cellen: s.cellen, rijen: new Set(s.regels) });
  for (const t of totalen) {
    const v = waarden(t.rijen);
    for (const veld of ["bedragBegroot", "aantalBegroot", "aantalGerealiseerd"] as const) {
      const cel = t.cellen[veld];
      if (cel) w.resultaat(cel, v[veld]);
    }
  }

  // Advances: the new schedule in last year's rows, periods and dates one year on.
  const v = model.voorschotten;
  if (v && "soort" in v) {
    w.resultaat(v.regels[0].bedrag!, b.voorcalculatie.totaal);
  } else if (v) {
    const kol = "kolommen" in v ? (v.kolommen as Partial<Record<string, CelPlek>>) : {};
    v.regels.forEach((r, i) => {
      const bedrag = r.bedrag ?? (kol.bedrag ? plekOp(v.blad, r.rij, kol.bedrag.kolom) : undefined);
      if (bedrag) w.zet(bedrag, b.voorschotten[i].toNumber());
      for (const p of [r.periode, r.datum]) {
        if (!p) continue;
        const ruw = w.waarde(p);
        if (typeof ruw === "number" && !w.formule(p)) w.zet(p, verschuifDatum(ruw, jaar - vanJaar));
        else w.jaarInTekst(p, vanJaar, jaar);
      }
      // Next year's invoices have no number yet, and nothing is paid: no status.
      if (r.factuurnummer) w.zet(r.factuurnummer, null);
      if (kol.status) {
        const s = plekOp(v.blad, r.rij, kol.status.kolom);
        if (!isLeeg(w.waarde(s))) w.zet(s, null);
      }
    });
    const vt = v.totaal?.cellen.bedrag;
    if (vt) w.resultaat(vt, b.voorcalculatie.totaal);
    if (kol.periode) w.jaarInTekst(kol.periode, vanJaar, jaar);
    if (kol.bedrag) w.jaarInTekst(kol.bedrag, vanJaar, jaar);
  }
  const patroon = jaarPatroon(vanJaar);
  const bladen = new Set([model.blad, model.realisatieBlad, v?.blad].filter((x): x is string => !!x));
  const hernoemd = [...bladen]
    .filter((naam) => new RegExp(patroon.source).test(naam))
    .map((van) => ({ van, naar: van.replace(patroon, String(jaar)) }));
  const bestaand = new Set(werkboek.bladen.map((g) => g.blad.toLowerCase()));
  for (const h of hernoemd)
    if (bestaand.has(h.naar.toLowerCase()))
      throw new InvoerFout("waarde", `het blad '${h.van}' kan niet '${h.naar}' heten: dat blad bestaat al`);
  return { cellen: [...w.lijst.values()], hernoemd };
}
