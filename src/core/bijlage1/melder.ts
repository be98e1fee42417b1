// Collects findings while reading and checking; every finding names its sheet and cell.
import { veiligeTekst } from "../echo";
import type { Bevinding, Ernst } from "../findings";
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

/** Shows a raw cell value in a message: control characters stripped, long text cut (veiligeTekst). */
export function toon(v: unknown): string {
  if (v === null || v === undefined) return "(leeg)";
  if (typeof v === "string") {
    const t = veiligeTekst(v);
    return t === "" ? "(leeg)" : `'${t}'`;
  }
  return veiligeTekst(String(v));
}
