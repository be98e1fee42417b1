// Workbooks for the test host: an .xlsx sample (read with exceljs through the CLI's reader) as the
// JSON the host script loads, a workbook ten times larger, and a check of written formulas with an
// independent formula engine (HyperFormula, GPL, test-only).
import { hfWaarde, rekenmachine, zetInhoud, type HfInhoud } from "../hyperformula";
import { leesXlsx } from "../../src/cli/xlsx-grid";
import { adres, isDatumCel, parseAdres, type CelWaarde, type Grid, type Werkboek } from "../../src/core/grid";

export type Cel = [number, number, CelWaarde, string?, string?];

export interface WerkmapJson {
  bladen: {
    naam: string;
    zichtbaarheid?: string;
    cellen: Cel[];
    verborgenRijen?: number[];
    verborgenKolommen?: number[];
  }[];
  namen?: { naam: string; formule: string }[];
}

/** What the host reports of a sheet (window.__ontploojHost.blad(naam)). */
export interface HostBlad {
  naam: string;
  zichtbaarheid: string;
  cellen: {
    adres: string;
    waarde: CelWaarde;
    formule?: string;
    notatie?: string;
    stijl?: Record<string, unknown>;
  }[];
  breedtes: Record<string, number>;
}

export function gridNaarCellen(g: Grid): Cel[] {
  const cellen: Cel[] = [];
  g.waarden.forEach((rij, i) => {
    const formules = g.formules?.[i] ?? [];
    for (let j = 0; j < Math.max(rij.length, formules.length); j++) {
      const waarde = rij[j] ?? null;
      const formule = formules[j] ?? undefined;
      if (waarde === null && !formule) continue;
      const r = g.startRij + i;
      const k = g.startKolom + j;
      // A date cell keeps a date format in the host, so the adapter can see it is one.
      if (isDatumCel(g, r, k)) cellen.push([r, k, waarde, formule ?? undefined, "d-m-yyyy"]);
      else cellen.push(formule ? [r, k, waarde, formule] : [r, k, waarde]);
    }
  });
  return cellen;
}

export function werkboekNaarJson(w: Werkboek): WerkmapJson {
  return {
    bladen: w.bladen.map((g) => ({
      naam: g.blad,
      cellen: gridNaarCellen(g),
      ...(g.verborgenRijen?.length ? { verborgenRijen: [...g.verborgenRijen] } : {}),
      ...(g.verborgenKolommen?.length ? { verborgenKolommen: [...g.verborgenKolommen] } : {}),
    })),
    namen: (w.namen ?? []).map((n) => ({ naam: n.naam, formule: "=" + n.verwijzing })),
  };
}

export async function leesVoorbeeld(pad: string): Promise<{ werkboek: Werkboek; json: WerkmapJson }> {
  const werkboek = await leesXlsx(pad);
  return { werkboek, json: werkboekNaarJson(werkboek) };
}

/** Adds archive copies of every sheet, so the workbook holds `factor` times the cells. */
export function vergroot(json: WerkmapJson, factor: number): WerkmapJson {
  const kopieen = [];
  for (let i = 2; i <= factor; i++) {
    for (const b of json.bladen) kopieen.push({ ...b, naam: `Archief ${i} ${b.naam}`.slice(0, 31) });
  }
  return { ...json, bladen: [...json.bladen, ...kopieen] };
}

export function aantalCellen(json: WerkmapJson): number {
  return json.bladen.reduce((s, b) => s + b.cellen.length, 0);
}

/**
 * Evaluates every sheet of the host's workbook with HyperFormula and returns the value of each
 * formula cell of `blad`, keyed by address.
 */
export function reken(bladen: HostBlad[], blad: string): Map<string, CelWaarde> {
  const data: Record<string, HfInhoud[][]> = {};
  for (const b of bladen) {
    const rijen: HfInhoud[][] = [];
    for (const c of b.cellen) {
      const { rij, kolom } = parseAdres(c.adres);
      zetInhoud(rijen, rij, kolom, c.formule ?? c.waarde);
    }
    data[b.naam] = rijen;
  }
  const hf = rekenmachine(data);
  const uit = new Map<string, CelWaarde>();
  for (const c of bladen.find((x) => x.naam === blad)!.cellen) {
    if (c.formule) uit.set(c.adres, hfWaarde(hf, blad, c.adres) as CelWaarde);
  }
  hf.destroy();
  return uit;
}

export { adres };
