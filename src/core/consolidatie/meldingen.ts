// Findings of the consolidation: one constructor with the catalogue's severity, and how a
// message names a cell in another workbook.
import type { Bevinding } from "../findings";
import { bladVerwijzing } from "../grid";
import { CONSOLIDATIE_CODES, type ConsolidatieCode } from "./codes";

export type Plek = { blad: string; cel: string };

export class Meldingen {
  readonly lijst: Bevinding[] = [];
  meld(
    code: ConsolidatieCode,
    bericht: string,
    waar?: { werkmap?: string; plek?: Plek; ook?: Plek },
    verwacht?: string,
    gevonden?: string,
  ): void {
    const b: Bevinding = { ernst: CONSOLIDATIE_CODES[code].ernst, code, bericht };
    if (waar?.werkmap) b.werkmap = waar.werkmap;
    if (waar?.plek) {
      b.blad = waar.plek.blad;
      b.cel = waar.plek.cel;
    }
    if (waar?.ook) b.ook = waar.ook;
    if (verwacht !== undefined) b.verwacht = verwacht;
    if (gevonden !== undefined) b.gevonden = gevonden;
    this.lijst.push(b);
  }
}

/** "bijlage1-2023-almelo.xlsx, 'Kostprijzen'!B5": where a value is, for a message across workbooks. */
export function waar(werkmap: string, p: Plek): string {
  return `${werkmap}, ${bladVerwijzing(p.blad, p.cel)}`;
}

export function plek(g: Plek): Plek {
  return { blad: g.blad, cel: g.cel };
}
