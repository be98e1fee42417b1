// Collects findings while reading and checking; every finding names its sheet and cell.
import type { Bevinding, Ernst } from "../findings";
import {
  BEVINDING_CODES,
  blokkeertVullen,
  isBevindingCode,
  type BevindingCode,
  type CodeMetErnst,
} from "./codes";
import type { CelPlek } from "./model";

export class Melder {
  readonly bevindingen: Bevinding[] = [];

  /** A finding whose code has severity `ernst` in codes.ts (the compiler checks the pair). */
  meld<E extends Ernst>(
    ernst: E,
    code: CodeMetErnst<E>,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.voegToe(ernst, code, bericht, plek, verwacht, gevonden);
  }

  /**
   * A finding with the severity its code has in codes.ts. The generic table reader reports this
   * way: its codes arrive as text, so an unknown one is a programmer's error.
   */
  readonly meldCode = (
    code: string,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void => {
    if (!isBevindingCode(code)) throw new Error(`onbekende bevindingcode ${code}`);
    this.voegToe(BEVINDING_CODES[code].ernst, code, bericht, plek, verwacht, gevonden);
  };

  private voegToe(
    ernst: Ernst,
    code: BevindingCode,
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

  /** True when something that stops a fill (an error, a blocking warning) has been reported so far. */
  heeftBlokkerende(): boolean {
    return this.bevindingen.some(blokkeertVullen);
  }

  fout(
    code: CodeMetErnst<"fout">,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.meld("fout", code, bericht, plek, verwacht, gevonden);
  }

  waarschuwing(
    code: CodeMetErnst<"waarschuwing">,
    bericht: string,
    plek?: Pick<CelPlek, "blad"> & Partial<Pick<CelPlek, "cel">>,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.meld("waarschuwing", code, bericht, plek, verwacht, gevonden);
  }

  info(
    code: CodeMetErnst<"info">,
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
