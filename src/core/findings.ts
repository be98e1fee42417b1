// A finding is data: the panel, the CLI's --json and a report sheet all render the same list.

export type Ernst = "fout" | "waarschuwing" | "info";

export interface Bevinding {
  ernst: Ernst;
  /** Stable code (e.g. "DIENST_ONBEKEND") that tests, filters and documentation refer to. */
  code: string;
  /** Dutch message for the user; never contains personal data unmasked. */
  bericht: string;
  /** The workbook (file) the cell is in, when findings span several workbooks (consolidation). */
  werkmap?: string;
  blad?: string;
  /** A1 address of the cell the finding points at ("C12"), when there is one. */
  cel?: string;
  verwacht?: string;
  gevonden?: string;
  /** A second cell the finding is about (the register row of a batch row), for click-through. */
  ook?: { blad: string; cel: string };
}

export const ERNST_VOLGORDE: readonly Ernst[] = ["fout", "waarschuwing", "info"];

export function telPerErnst(bevindingen: readonly Bevinding[]): Record<Ernst, number> {
  const telling: Record<Ernst, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const b of bevindingen) telling[b.ernst] += 1;
  return telling;
}

export function heeftFouten(bevindingen: readonly Bevinding[]): boolean {
  return bevindingen.some((b) => b.ernst === "fout");
}

/** Sorted for people: errors first, then by sheet and row order of the cell. */
export function sorteerBevindingen(bevindingen: readonly Bevinding[]): Bevinding[] {
  const rijVan = (cel?: string) => {
    const m = cel ? /([A-Z]+)([0-9]+)/.exec(cel) : null;
    return m ? Number(m[2]) * 1000 + m[1].length * 100 + m[1].charCodeAt(0) : Number.MAX_SAFE_INTEGER;
  };
  return [...bevindingen].sort(
    (a, b) =>
      ERNST_VOLGORDE.indexOf(a.ernst) - ERNST_VOLGORDE.indexOf(b.ernst) ||
      (a.blad ?? "").localeCompare(b.blad ?? "") ||
      rijVan(a.cel) - rijVan(b.cel),
  );
}
