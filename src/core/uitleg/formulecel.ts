// A cell whose formula is one =ONTPLOOJ.* call: which function, and for each argument the cells it
// refers to (or the literal typed in the formula), read from the workbook the adapter handed in.
// Only what can be explained exactly is accepted: plain references (A1, B5:B12, 'Blad 2'!$C$3, a
// workbook name for one area), numbers, text and TRUE/FALSE. Anything else (a nested formula, an
// operator, a whole column) gets a Dutch reason instead of a guess.
import { parseVerwijzing } from "../bijlage1/namen";
import { adres, parseAdres, waardeOp, type Werkboek } from "../grid";
import { uitlegFunctie, type FunctieUitleg, type FunctieWaarde } from "./functies";

export interface FunctieFormule {
  /** The function without namespace, upper case: "VOORCALC". */
  functie: string;
  /** Per argument its values, row by row; undefined where the argument was left out. */
  argumenten: (FunctieWaarde[] | undefined)[];
}

/** More cells than this in one argument are not read into an explanation. */
export const MAX_ARGUMENT_CELLEN = 10_000;

const AANROEP = /^=\s*(?:_xldudf_)?ONTPLOOJ\.([A-Za-z][A-Za-z0-9]*)\s*\(([\s\S]*)\)\s*$/i;
const VERWIJZING =
  /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?(\$?[A-Za-z]{1,3}\$?[0-9]{1,7})(?::(\$?[A-Za-z]{1,3}\$?[0-9]{1,7}))?$/;
const GETAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?$/;
const NAAM = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

/** Whether a formula is a call of one of the add-in's functions (explained or refused with a reason). */
export function isFunctieFormule(formule: string | null | undefined): formule is string {
  return typeof formule === "string" && AANROEP.test(formule.trim());
}

/** Splits the argument list at commas outside quotes, quoted sheet names and parentheses. */
function splitsArgumenten(lijst: string): string[] | undefined {
  const uit: string[] = [];
  let diepte = 0;
  let huidig = "";
  for (let i = 0; i < lijst.length; i++) {
    const t = lijst[i];
    if (t === '"' || t === "'") {
      // Up to the closing quote; a doubled quote is one quote inside.
      let j = i + 1;
      for (; j < lijst.length; j++) {
        if (lijst[j] === t) {
          if (lijst[j + 1] === t) j++;
          else break;
        }
      }
      if (j >= lijst.length) return undefined;
      huidig += lijst.slice(i, j + 1);
      i = j;
      continue;
    }
    if (t === "(" || t === "{") diepte++;
    if (t === ")" || t === "}") diepte--;
    if (diepte < 0) return undefined;
    if (t === "," && diepte === 0) {
      uit.push(huidig.trim());
      huidig = "";
    } else huidig += t;
  }
  if (diepte !== 0) return undefined;
  uit.push(huidig.trim());
  return uit.length === 1 && uit[0] === "" ? [] : uit;
}

/** The cells of an area of the workbook, row by row; a reason when the sheet is missing or the area too big. */
function cellenVan(
  werkboek: Werkboek,
  blad: string,
  van: string,
  tot: string,
): FunctieWaarde[] | { reden: string } {
  const grid = werkboek.bladen.find((g) => g.blad.toLowerCase() === blad.toLowerCase());
  if (!grid) return { reden: `het blad '${blad}' is niet gelezen of bestaat niet` };
  const a = parseAdres(van.replace(/\$/g, "").toUpperCase());
  const b = parseAdres(tot.replace(/\$/g, "").toUpperCase());
  const r0 = Math.min(a.rij, b.rij);
  const r1 = Math.max(a.rij, b.rij);
  const k0 = Math.min(a.kolom, b.kolom);
  const k1 = Math.max(a.kolom, b.kolom);
  if ((r1 - r0 + 1) * (k1 - k0 + 1) > MAX_ARGUMENT_CELLEN)
    return {
      reden: `het bereik ${adres(r0, k0)}:${adres(r1, k1)} heeft meer dan ${MAX_ARGUMENT_CELLEN} cellen`,
    };
  const uit: FunctieWaarde[] = [];
  for (let r = r0; r <= r1; r++)
    for (let k = k0; k <= k1; k++) uit.push({ ruw: waardeOp(grid, r, k), blad: grid.blad, cel: adres(r, k) });
  return uit;
}

/** One argument as typed in the formula: its values, undefined when left out, or a reason. */
function leesArgument(
  tekst: string,
  werkboek: Werkboek,
  blad: string,
): FunctieWaarde[] | undefined | { reden: string } {
  if (tekst === "") return undefined;
  if (/^"(?:[^"]|"")*"$/.test(tekst)) return [{ ruw: tekst.slice(1, -1).replace(/""/g, '"') }];
  if (GETAL.test(tekst)) {
    const procent = tekst.endsWith("%");
    const n = Number(procent ? tekst.slice(0, -1) : tekst);
    // Excel hands a typed 2% to the function as the number 0.02.
    return [{ ruw: procent ? n / 100 : n }];
  }
  if (/^(TRUE|FALSE|WAAR|ONWAAR)$/i.test(tekst)) return [{ ruw: /^(TRUE|WAAR)$/i.test(tekst) }];
  const m = VERWIJZING.exec(tekst);
  if (m) return cellenVan(werkboek, m[1]?.replace(/''/g, "'") ?? m[2] ?? blad, m[3], m[4] ?? m[3]);
  if (NAAM.test(tekst)) {
    const naam = werkboek.namen?.find((n) => n.naam.toLowerCase() === tekst.toLowerCase());
    if (!naam) return { reden: `${tekst} is geen naam in deze werkmap` };
    const v = parseVerwijzing(naam.verwijzing);
    if (!v.ok) return { reden: `de naam ${naam.naam} ${v.reden}` };
    return cellenVan(werkboek, v.blad, adres(v.van.rij, v.van.kolom), adres(v.tot.rij, v.tot.kolom));
  }
  return { reden: `${tekst} is geen celverwijzing, naam of getal` };
}

/**
 * Reads a formula of the form =ONTPLOOJ.FUNCTIE(arg; …) in cell `blad`!… : undefined when it is no
 * such call, a Dutch reason when an argument is not a plain reference or literal.
 */
export function leesFunctieFormule(
  formule: string,
  werkboek: Werkboek,
  blad: string,
): FunctieFormule | { reden: string } | undefined {
  const m = AANROEP.exec(formule.trim());
  if (!m) return undefined;
  const functie = m[1].toUpperCase();
  const delen = splitsArgumenten(m[2]);
  if (!delen) return { reden: `de formule ${formule.trim()} is niet te lezen` };
  const argumenten: (FunctieWaarde[] | undefined)[] = [];
  for (let i = 0; i < delen.length; i++) {
    const a = leesArgument(delen[i], werkboek, blad);
    if (a && "reden" in a)
      return {
        reden: `argument ${i + 1} van ${functie}: ${a.reden}. Alleen een formule met celverwijzingen, namen of getallen als argumenten is uit te leggen`,
      };
    argumenten.push(a);
  }
  return { functie, argumenten };
}

/**
 * The explanation of a cell holding one =ONTPLOOJ.* call (`blad`!`cel`, its formula as Excel gives
 * it): the tree the core builds from the argument cells, or a Dutch reason; undefined when the
 * formula is no such call.
 */
export function uitlegFormuleCel(
  werkboek: Werkboek,
  blad: string,
  cel: string,
  formule: string,
): FunctieUitleg | undefined {
  const f = leesFunctieFormule(formule, werkboek, blad);
  if (!f || "reden" in f) return f;
  return uitlegFunctie(f.functie, f.argumenten, { blad, cel });
}
