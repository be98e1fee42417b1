// The Bijlage1_* defined names in Excel (the Koppelen step): list them, write one for the
// current selection, remove one. Each operation is one sync. The names are workbook-scoped, so
// the reader (lezen.ts → core/bijlage1/namen.ts) and the command line see the same mapping.
import {
  NAAM_VOORVOEGSEL,
  definitieVanRol,
  naamDefinitie,
  parseVerwijzing,
  toonVerwijzing,
  vormProbleem,
  type NaamRol,
} from "../core/bijlage1/namen";
import { sync } from "./syncs";

export interface Koppeling {
  /** The name as the workbook spells it. */
  naam: string;
  /** The part it names; absent for a Bijlage1_* name the add-in does not know. */
  rol?: NaamRol;
  /** "Begroting 2023!B8:B12"; absent when the name points at nothing usable (#REF!, two areas). */
  adres?: string;
  /** The reference as Excel gives it ("='Begroting 2023'!$B$8:$B$12"). */
  formule: string;
  /** What is wrong with it, in Dutch (wrong shape, #REF!, unknown name); absent when usable. */
  probleem?: string;
}

function naarKoppeling(naam: string, formule: string): Koppeling {
  const v = parseVerwijzing(formule);
  const definitie = naamDefinitie(naam);
  const probleem = definitie ? vormProbleem(definitie, formule) : "is geen naam die de add-in leest";
  return {
    naam,
    ...(definitie ? { rol: definitie.rol } : {}),
    ...(v.ok ? { adres: toonVerwijzing(v) } : {}),
    formule,
    ...(probleem ? { probleem } : {}),
  };
}

function isBijlage1Naam(naam: string): boolean {
  return naam.toLowerCase().startsWith(NAAM_VOORVOEGSEL.toLowerCase());
}

/** The workbook's Bijlage1_* names (one sync). */
export async function leesKoppelingen(context: Excel.RequestContext): Promise<Koppeling[]> {
  const namen = context.workbook.names;
  namen.load("items/name,items/formula");
  await sync(context);
  return namen.items
    .filter((n) => isBijlage1Naam(n.name))
    .map((n) => naarKoppeling(n.name, String(n.formula)));
}

/**
 * Names the current selection as `rol` (one sync). `bestaande` are the names the workbook has now
 * (from leesKoppelingen): a name equal but for case is replaced, since Excel would refuse a second.
 */
export async function koppelSelectie(
  context: Excel.RequestContext,
  rol: NaamRol,
  bestaande: readonly string[],
): Promise<Koppeling> {
  const naam = definitieVanRol(rol).naam;
  const namen = context.workbook.names;
  for (const oud of bestaande.filter((n) => n.toLowerCase() === naam.toLowerCase()))
    namen.getItem(oud).delete();
  const item = namen.add(naam, context.workbook.getSelectedRange());
  item.load("name,formula");
  await sync(context);
  return naarKoppeling(item.name, String(item.formula));
}

/** Removes one name (one sync). */
export async function verwijderKoppeling(context: Excel.RequestContext, naam: string): Promise<void> {
  context.workbook.names.getItem(naam).delete();
  await sync(context);
}
