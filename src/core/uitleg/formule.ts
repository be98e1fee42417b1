// A cell's formula as one call of an explainable =ONTPLOOJ.* function with plain arguments: cell
// references (a cell or a range, on this or another sheet), literals, or nothing. The task pane
// reads the referenced cells in one sync and hands them to `uitlegFormule`.
import { adres, parseAdres, type CelWaarde } from "../grid";
import { uitlegFunctie, UITLEGBARE_FUNCTIES, type FunctieArgument, type FunctieUitleg } from "./functies";
import type { UitlegbareFunctie } from "./functies";

export type FormuleArgument =
  /** A1 corners without "$"; `blad` when the reference names a sheet. */
  | { soort: "verwijzing"; blad?: string; van: string; tot: string }
  | { soort: "waarde"; waarde: string | number | boolean }
  | { soort: "weggelaten" };

export interface FunctieFormule {
  naam: UitlegbareFunctie;
  argumenten: FormuleArgument[];
}

/** A range larger than this is not explained cell by cell. */
export const MAX_UITLEG_CELLEN = 10_000;

const CEL = String.raw`\$?([A-Za-z]{1,3})\$?([0-9]{1,7})`;
const VERWIJZING = new RegExp(String.raw`^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?${CEL}(?::${CEL})?$`);

/** Splits the argument list at top-level commas (not inside quotes or parentheses). */
function splits(lijst: string): string[] | undefined {
  const uit: string[] = [];
  let diepte = 0;
  let tekst = false;
  let blad = false;
  let begin = 0;
  for (let i = 0; i < lijst.length; i++) {
    const c = lijst[i];
    // Inside "text" or a 'sheet name' a doubled quote is one quote; the single one closes it.
    if (tekst || blad) {
      const sluit = tekst ? '"' : "'";
      if (c === sluit && lijst[i + 1] === sluit) i++;
      else if (c === sluit) tekst = blad = false;
      continue;
    }
    if (c === '"') tekst = true;
    else if (c === "'") blad = true;
    else if (c === "(") diepte++;
    else if (c === ")") diepte--;
    else if (c === "," && diepte === 0) {
      uit.push(lijst.slice(begin, i));
      begin = i + 1;
    }
    if (diepte < 0) return undefined;
  }
  if (tekst || blad || diepte !== 0) return undefined;
  uit.push(lijst.slice(begin));
  return uit;
}

function argument(a: string): FormuleArgument | undefined {
  const t = a.trim();
  if (t === "") return { soort: "weggelaten" };
  const v = VERWIJZING.exec(t);
  if (v) {
    const blad = v[1]?.replace(/''/g, "'") ?? v[2];
    const van = `${v[3].toUpperCase()}${v[4]}`;
    const tot = v[5] ? `${v[5].toUpperCase()}${v[6]}` : van;
    return blad === undefined ? { soort: "verwijzing", van, tot } : { soort: "verwijzing", blad, van, tot };
  }
  if (/^"(?:[^"]|"")*"$/.test(t)) return { soort: "waarde", waarde: t.slice(1, -1).replace(/""/g, '"') };
  const getal = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(%?)$/.exec(t);
  if (getal) {
    const n = Number(getal[1]);
    // Excel keeps 2% as 0.02; dividing the literal's digits keeps that exact.
    return { soort: "waarde", waarde: getal[2] ? Number((n / 100).toPrecision(15)) : n };
  }
  if (/^(TRUE|FALSE|WAAR|ONWAAR)$/i.test(t)) return { soort: "waarde", waarde: /^(TRUE|WAAR)$/i.test(t) };
  return undefined;
}

/**
 * The function and its arguments when `formule` is exactly one call of VOORCALC, NACALC,
 * VOORSCHOT, TARIEF or OPRESULT (with or without "ONTPLOOJ.") whose arguments are references,
 * literals or omitted; undefined for anything else (nested calls, arithmetic, other functions).
 */
export function ontleedFunctieFormule(formule: string): FunctieFormule | undefined {
  const m = /^\s*=\s*(?:ONTPLOOJ\.)?([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/i.exec(formule);
  if (!m) return undefined;
  const naam = m[1].toUpperCase() as UitlegbareFunctie;
  if (!UITLEGBARE_FUNCTIES.includes(naam)) return undefined;
  const delen = m[2].trim() === "" ? [] : splits(m[2]);
  if (!delen) return undefined;
  const argumenten = delen.map(argument);
  if (argumenten.some((a) => a === undefined)) return undefined;
  return { naam, argumenten: argumenten as FormuleArgument[] };
}

/** The cells of a range, row by row ("A1:B2" → A1, B1, A2, B2). */
export function cellenVanBereik(van: string, tot: string): string[] {
  const a = parseAdres(van);
  const b = parseAdres(tot);
  const uit: string[] = [];
  for (let r = Math.min(a.rij, b.rij); r <= Math.max(a.rij, b.rij); r++)
    for (let k = Math.min(a.kolom, b.kolom); k <= Math.max(a.kolom, b.kolom); k++) uit.push(adres(r, k));
  return uit;
}

function aantalCellen(a: FormuleArgument): number {
  if (a.soort !== "verwijzing") return 1;
  const p = parseAdres(a.van);
  const q = parseAdres(a.tot);
  return (Math.abs(p.rij - q.rij) + 1) * (Math.abs(p.kolom - q.kolom) + 1);
}

/**
 * The tree of the formula in cell `plek`, reading each referenced cell with `lees` (the cell's
 * value as Excel reports it; a reference without a sheet is on `plek.blad`). A Dutch `reden` when
 * the formula is not one plain call of an explainable function, or its arguments give an error.
 */
export function uitlegFormule(
  formule: string,
  plek: { blad: string; cel: string },
  lees: (blad: string, cel: string) => CelWaarde,
): FunctieUitleg {
  const f = ontleedFunctieFormule(formule);
  if (!f)
    return {
      reden: `De formule in ${plek.cel} is geen enkele aanroep van ${UITLEGBARE_FUNCTIES.join(", ")} met celverwijzingen of getallen als argumenten; alleen zulke formules zijn uit te leggen.`,
    };
  const cellen = f.argumenten.reduce((n, a) => n + aantalCellen(a), 0);
  if (cellen > MAX_UITLEG_CELLEN)
    return {
      reden: `De formule in ${plek.cel} verwijst naar ${cellen.toLocaleString("nl-NL")} cellen; meer dan ${MAX_UITLEG_CELLEN.toLocaleString("nl-NL")} worden niet stap voor stap uitgelegd.`,
    };
  const argumenten: FunctieArgument[] = f.argumenten.map((a) => {
    if (a.soort === "weggelaten") return undefined;
    if (a.soort === "waarde") return [{ ruw: a.waarde }];
    const blad = a.blad ?? plek.blad;
    return cellenVanBereik(a.van, a.tot).map((cel) => ({ ruw: lees(blad, cel), blad, cel }));
  });
  return uitlegFunctie(f.naam, argumenten, plek);
}
