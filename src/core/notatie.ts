// The number notation of a workbook, for text numbers whose form does not decide ("1,442",
// "7.150"). Never a guess: the workbook's own unambiguous text numbers decide ("314,600.00" is
// English, "15,95" Dutch); without them the host's decimal separator (the Excel the user works
// in); without that, nothing does, and ambiguous text is an error at its cell.
import { adres, type Werkboek } from "./grid";
import { vormVan, type Notatie } from "./money";

export interface NotatieVoorbeeld {
  blad: string;
  cel: string;
  tekst: string;
}

export interface NotatieBepaling {
  /** How ambiguous text is read; "auto" when nothing decides (such text is then refused). */
  notatie: Notatie;
  /** What decided: the workbook's own text numbers, the host's decimal separator, or nothing. */
  bron: "werkboek" | "host" | "geen";
  /** A text number whose form decided it (bron "werkboek"). */
  bewijs?: NotatieVoorbeeld;
  /** The workbook holds both notations: one example of each; the notation is then "auto". */
  conflict?: { nl: NotatieVoorbeeld; en: NotatieVoorbeeld };
  /** The first text number only the notation can read, and how many such texts there are. */
  dubbelzinnig?: NotatieVoorbeeld;
  aantalDubbelzinnig: number;
}

/** Longer text is no cell a person typed a plain number in; it is not looked at as evidence. */
const MAX_BEWIJS = 60;

/**
 * Infers the notation from every text cell of the workbook and, where the workbook does not
 * decide, from `hostDecimaal` ("," Dutch, "." English): Excel's own decimal separator.
 */
export function bepaalNotatie(werkboek: Werkboek, hostDecimaal?: string): NotatieBepaling {
  const eerste: Partial<Record<"nl" | "en" | "dubbelzinnig", NotatieVoorbeeld>> = {};
  let aantalDubbelzinnig = 0;
  for (const grid of werkboek.bladen) {
    for (let i = 0; i < grid.waarden.length; i++) {
      const r = grid.waarden[i];
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (typeof v !== "string" || v.length > MAX_BEWIJS || !/[0-9]/.test(v)) continue;
        const vorm = vormVan(v);
        if (vorm === undefined || vorm === "neutraal") continue;
        if (vorm === "dubbelzinnig") aantalDubbelzinnig++;
        eerste[vorm] ??= {
          blad: grid.blad,
          cel: adres(grid.startRij + i, grid.startKolom + j),
          tekst: v.trim(),
        };
      }
    }
  }
  const basis = {
    aantalDubbelzinnig,
    ...(eerste.dubbelzinnig ? { dubbelzinnig: eerste.dubbelzinnig } : {}),
  };
  if (eerste.nl && eerste.en)
    return { notatie: "auto", bron: "werkboek", conflict: { nl: eerste.nl, en: eerste.en }, ...basis };
  if (eerste.nl) return { notatie: "nl", bron: "werkboek", bewijs: eerste.nl, ...basis };
  if (eerste.en) return { notatie: "en", bron: "werkboek", bewijs: eerste.en, ...basis };
  if (hostDecimaal === ",") return { notatie: "nl", bron: "host", ...basis };
  if (hostDecimaal === ".") return { notatie: "en", bron: "host", ...basis };
  return { notatie: "auto", bron: "geen", ...basis };
}
