// One workbook holding the bijlage 1 of every municipality: its sheets grouped per municipality by
// the name in the sheet name ("Bijlage 1 Almelo", "Voorschotten Almelo", "KPI Almelo"). A sheet
// that names no municipality ("Kostprijzen") belongs to every group, unless a group has its own
// sheet of that role. Each group is read as a bijlage of its own, with the sheets' real names, so
// every cell a finding or a formula names is the cell in this workbook.
import { GEMEENTEN, type GemeenteNaam } from "../catalogue";
import type { Grid, Werkboek } from "../grid";
import { labelIs, normaliseerLabel } from "../labels";
import { zoekBladOpRol } from "../bijlage1/lezer";
import { EINDAFREKENING_BLAD } from "../bijlage1/eindafrekening-plan";

export const OVERZICHT_BLAD = "Overzicht Ontplooj";

const ROLLEN = ["hoofd", "realisatie", "voorschotten", "kostprijzen", "kpi"] as const;
type Rol = (typeof ROLLEN)[number];

export interface BladGroep {
  gemeente: GemeenteNaam;
  /** The group's main sheet: the name findings use for the bijlage. */
  hoofdblad: string;
  werkboek: Werkboek;
}

export interface Groepering {
  groepen: BladGroep[];
  /** The turnover sheet ("Omzet …"), when the workbook has one. */
  omzet?: Grid;
}

/** The municipality a sheet name carries, when exactly one. */
export function gemeenteInBladnaam(blad: string): GemeenteNaam | undefined {
  const n = normaliseerLabel(blad);
  const gevonden = GEMEENTEN.filter((g) => n.includes(normaliseerLabel(g.naam)));
  return gevonden.length === 1 ? gevonden[0].naam : undefined;
}

function rolVan(grid: Grid): Rol | undefined {
  return ROLLEN.find((r) => zoekBladOpRol({ bladen: [grid] }, r) === grid);
}

/** Sheets the add-in writes itself are output, never a bijlage's input. */
function isEigenUitvoer(blad: string): boolean {
  return (
    labelIs(blad, OVERZICHT_BLAD) ||
    normaliseerLabel(blad).startsWith(normaliseerLabel(EINDAFREKENING_BLAD)) ||
    /^ontplooj_/i.test(blad)
  );
}

export function isOmzetBlad(blad: string): boolean {
  return normaliseerLabel(blad).startsWith("omzet");
}

/**
 * Groups the sheets per municipality. Only municipalities with a main sheet of their own form a
 * group; the order is the catalogue's (Almelo first). Defined names are left out: a Bijlage1_*
 * name cannot say which of the five bijlagen it belongs to.
 */
export function groepeerBladen(werkboek: Werkboek): Groepering {
  const invoer = werkboek.bladen.filter((b) => !isEigenUitvoer(b.blad));
  const omzet = invoer.find((b) => isOmzetBlad(b.blad));
  const perGemeente = new Map<GemeenteNaam, Grid[]>();
  const gedeeld: Grid[] = [];
  for (const b of invoer) {
    if (b === omzet) continue;
    const g = gemeenteInBladnaam(b.blad);
    if (g) perGemeente.set(g, [...(perGemeente.get(g) ?? []), b]);
    else gedeeld.push(b);
  }
  const groepen: BladGroep[] = [];
  for (const { naam } of GEMEENTEN) {
    const eigen = perGemeente.get(naam) ?? [];
    const hoofd = eigen.find((b) => rolVan(b) === "hoofd");
    if (!hoofd) continue;
    const eigenRollen = new Set(eigen.map(rolVan));
    const aanvulling = gedeeld.filter((b) => {
      const r = rolVan(b);
      return r !== undefined && r !== "hoofd" && !eigenRollen.has(r);
    });
    groepen.push({ gemeente: naam, hoofdblad: hoofd.blad, werkboek: { bladen: [...eigen, ...aanvulling] } });
  }
  return omzet ? { groepen, omzet } : { groepen };
}
