// Reading one number from a cell: the one rule every table reader uses, so a tariff, a count and
// an advance are read alike. Real numbers are numbers; text is read by the workbook's notation
// (money.ts parseGetal); a date, a logical value or text no cell can hold is refused with a
// Dutch reason that says what to type instead.
import { adres, formuleOp, isDatumCel, isLeeg, waardeOp, type CelWaarde, type Grid } from "./grid";
import { parseGetal, type Decimal, type Notatie } from "./money";
import type { CelPlek, Gevonden } from "./bijlage1/model";

export type GetalLezing =
  | { leeg: true }
  | { leeg: false; getal: Gevonden<Decimal> }
  | { leeg: false; reden: string; ruw: CelWaarde; plek: CelPlek };

/** A notation that always works, in the workbook's own notation. */
const VOORBEELD: Record<Notatie, string> = {
  nl: "typ bijv. 1.234,56 of 1234,56",
  auto: "typ bijv. 1.234,56 of 1234,56",
  en: "typ bijv. 1,234.56 of 1234.56",
};

const DAG_MS = 86_400_000;

/** An Excel serial date (1900 system) as dd-mm-jjjj; undefined outside Excel's dates. */
export function serieelNaarDatum(serieel: number): string | undefined {
  if (!Number.isFinite(serieel) || serieel < 1 || serieel >= 2_958_466) return undefined;
  // Excel counts 29-02-1900, which did not exist: from serial 61 on, day 0 is 30-12-1899.
  const basis = serieel < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(basis + Math.floor(serieel) * DAG_MS);
  const twee = (n: number) => String(n).padStart(2, "0");
  return `${twee(d.getUTCDate())}-${twee(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}

/**
 * The number in a cell. Empty: `{ leeg: true }`. Unreadable: the reason, to follow "… is geen
 * getal: " in a finding. Ambiguous text ("1,442") is read by `notatie`; under "auto" it is an
 * error whose reason gives both readings.
 */
export function leesGetalCel(grid: Grid, rij: number, kolom: number, notatie: Notatie): GetalLezing {
  const ruw = waardeOp(grid, rij, kolom);
  if (isLeeg(ruw)) return { leeg: true };
  const plek: CelPlek = { blad: grid.blad, cel: adres(rij, kolom), rij, kolom };
  const fout = (reden: string): GetalLezing => ({ leeg: false, reden, ruw, plek });
  if (typeof ruw === "boolean") return fout(`${ruw ? "WAAR" : "ONWAAR"} is een logische waarde, geen getal`);
  if (typeof ruw === "number" && isDatumCel(grid, rij, kolom)) {
    const datum = serieelNaarDatum(ruw);
    return fout(
      `de cel is een datum${datum ? ` (${datum})` : ""}, geen bedrag of aantal; geef de cel de celopmaak Getal en typ het getal opnieuw`,
    );
  }
  const r = parseGetal(ruw, { notatie });
  if (!r.ok) return fout(r.soort === "vorm" ? `${r.reden}; ${VOORBEELD[notatie]}` : r.reden);
  const f = formuleOp(grid, rij, kolom);
  return {
    leeg: false,
    getal: {
      ...plek,
      waarde: r.waarde,
      ruw,
      uitTekst: typeof ruw === "string",
      ...(f ? { formule: f } : {}),
    },
  };
}
