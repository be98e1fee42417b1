// Collects findings while reading and checking; every finding names its sheet and cell.
import type { Bevinding, Ernst } from "../findings";
import { BEVINDING_CODES, blokkeertVullen, type BevindingCode } from "./codes";
import type { CelPlek } from "./model";

export class Melder {
  readonly bevindingen: Bevinding[] = [];

  meld(
    ernst: Ernst,
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    const b: Bevinding = { ernst, code, bericht };
    if (plek) {
      b.blad = plek.blad;
      if (plek.cel) b.cel = plek.cel;
    }
    if (verwacht !== undefined) b.verwacht = verwacht;
    if (gevonden !== undefined) b.gevonden = gevonden;
    this.bevindingen.push(b);
  }

  /** A finding with the severity its code has in codes.ts (the table reader reports this way). */
  readonly meldCode = (
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void => {
    const uitleg = BEVINDING_CODES[code as BevindingCode] as { ernst: Ernst } | undefined;
    if (!uitleg) throw new Error(`onbekende bevindingcode ${code}`);
    this.meld(uitleg.ernst, code, bericht, plek, verwacht, gevonden);
  };

  /** True when something that stops a fill (an error, a blocking warning) has been reported so far. */
  heeftBlokkerende(): boolean {
    return this.bevindingen.some(blokkeertVullen);
  }

  fout(
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.meld("fout", code, bericht, plek, verwacht, gevonden);
  }

  waarschuwing(
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.meld("waarschuwing", code, bericht, plek, verwacht, gevonden);
  }

  info(
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.meld("info", code, bericht, plek, verwacht, gevonden);
  }
}

/** Shows a raw cell value in a message. */
export { toonWaarde as toon } from "../tabel";
