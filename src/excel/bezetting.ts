// Where notes, comments and drawings sit on the sheet a fill will write, for the area check
// (src/core/gebied.ts). Comments (ExcelApi 1.10) and notes (1.18) say their cell through
// getLocation(); shapes (1.9) and charts only say their position in points, which is turned into
// cells with the column widths and row heights read along (A:AZ; beyond them, and beyond the rows
// read, Excel's default sizes are assumed). A host without an API set simply has fewer sources.
import { adres } from "../core/grid";

/** A drawing's position in points, as Shape and Chart give it. */
export interface Vlak {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Excel's default column width (8.43 characters) and row height, in points. */
export const STANDAARD_BREEDTE = 48;
export const STANDAARD_HOOGTE = 15;
/** Row heights read for drawings reach at most this far (about 50 bytes per row in the response). */
export const MAX_HOOGTE_RIJEN = 10000;
const LAATSTE_RIJ = 1048575;
const LAATSTE_KOLOM = 16383;

/** How many rows of heights to read so that drawings ending at `onderkant` points are placed. */
export function hoogteRijen(onderkant: number): number {
  // Twice the rows at default height: room for lower and hidden rows above a drawing.
  return Math.min(MAX_HOOGTE_RIJEN, Math.ceil(onderkant / STANDAARD_HOOGTE) * 2 + 1);
}

/** The 0-based index of the row or column that holds the point `pos` (the end: that ends at or after it). */
function index(
  pos: number,
  maten: readonly number[],
  standaard: number,
  einde: boolean,
  max: number,
): number {
  let rand = 0;
  for (let i = 0; i < maten.length; i++) {
    const volgende = rand + maten[i];
    if (einde ? pos <= volgende && maten[i] > 0 : pos < volgende) return i;
    rand = volgende;
  }
  const verder = (pos - rand) / standaard;
  const i = maten.length + (einde ? Math.max(0, Math.ceil(verder) - 1) : Math.floor(verder));
  return Math.min(max, i);
}

/** The cells a drawing covers ("D5:H20"), from column widths and row heights in points. */
export function vlakNaarCellen(v: Vlak, breedtes: readonly number[], hoogtes: readonly number[]): string {
  const k0 = index(Math.max(0, v.left), breedtes, STANDAARD_BREEDTE, false, LAATSTE_KOLOM);
  const r0 = index(Math.max(0, v.top), hoogtes, STANDAARD_HOOGTE, false, LAATSTE_RIJ);
  const k1 = Math.max(k0, index(v.left + v.width, breedtes, STANDAARD_BREEDTE, true, LAATSTE_KOLOM));
  const r1 = Math.max(r0, index(v.top + v.height, hoogtes, STANDAARD_HOOGTE, true, LAATSTE_RIJ));
  const van = adres(r0, k0);
  const tot = adres(r1, k1);
  return van === tot ? van : `${van}:${tot}`;
}
