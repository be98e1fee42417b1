// Shared helpers for the payroll tests: build a batch, turn it into a grid through the real
// adapters (CSV text → csvNaarGrid; .xlsx bytes written with exceljs → leesXlsx).
import ExcelJS from "exceljs";
import { csvNaarGrid } from "../../../src/cli/csv-grid";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import {
  batchNaarCsv,
  batchNaarXlsx,
  maakPersonen,
  type VoorbeeldBatch,
  type VoorbeeldRegel,
} from "../../../src/voorbeelden/loonbatch";
import { zoekBlad, type Grid } from "../../../src/core/grid";
import type { Bevinding } from "../../../src/core/findings";

export type Formaat = "csv" | "xlsx";
export const FORMATEN: Formaat[] = ["csv", "xlsx"];

/** A clean Almelo batch of `n` people (same people for the same seed). */
export function schoneBatch(n = 10, zaad = 5, periode = "2026-10"): VoorbeeldBatch {
  return { gemeente: "Almelo", periode, regels: maakPersonen(n, zaad) };
}

export function kopie(b: VoorbeeldBatch): VoorbeeldBatch {
  return { ...b, regels: b.regels.map((r) => ({ ...r })) };
}

export async function naarGrid(b: VoorbeeldBatch, formaat: Formaat): Promise<Grid> {
  if (formaat === "csv") return csvNaarGrid(batchNaarCsv(b));
  const wb = await leesXlsx(await batchNaarXlsx(b));
  return zoekBlad(wb, "Betaalbatch")!;
}

/** Writes arbitrary rows to a sheet (row 1 = first array) and reads the sheet back as a grid. */
export async function xlsxGrid(
  vul: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  blad = "Betaalbatch",
): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(blad);
  vul(ws, wb);
  const gelezen = await leesXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
  return zoekBlad(gelezen, blad)!;
}

/** Row of person `i` (0-based) in the standard layout: four header rows, a blank row, header in row 6. */
export function rijVan(i: number): number {
  return 7 + i;
}

export function metCode(bevindingen: readonly Bevinding[], code: string): Bevinding[] {
  return bevindingen.filter((b) => b.code === code);
}

export function codes(bevindingen: readonly Bevinding[]): string[] {
  return [...new Set(bevindingen.map((b) => b.code))].sort();
}

/** Every kind of anomaly the afwijkingen sample is built to show (see docs/loonbatch.md). */
export const AFWIJKINGEN_CODES = [
  "AANTAL_REGELS_KLOPT_NIET",
  "BEDRAG_ONGELDIG",
  "BRUTO_GEWIJZIGD_ZONDER_MUTATIE",
  "BSN_ONGELDIG",
  "DUBBEL_BSN",
  "DUBBEL_PERSONEELSNUMMER",
  "GEMEENTE_ANDERS",
  "IBAN_BUITENLAND",
  "IBAN_FORMAAT",
  "IBAN_GEDEELD",
  "IBAN_ONGELDIG",
  "INSTROOM_MAAR_AL_IN_DIENST",
  "MUTATIE_ONBEKEND",
  "NETTO_KLOPT_NIET",
  "NETTO_NEGATIEF",
  "NIEUW_ZONDER_INSTROOM",
  "PARTTIMEFACTOR_BUITEN_BEREIK",
  "PARTTIMEFACTOR_ONGELDIG",
  "PARTTIME_GEWIJZIGD_ZONDER_MUTATIE",
  "REGELING_ONBEKEND",
  "TOTAAL_NETTO_KLOPT_NIET",
  "UITSTROOM_TOCH_BETAALD",
  "VELD_LEEG",
  "VERLONING_AANTAL_WIJKT_AF",
  "VERTROKKEN_ZONDER_UITSTROOM",
  "WERKSOORT_ONBEKEND",
];

export type { VoorbeeldBatch, VoorbeeldRegel };

/** "NL14ONTP9277604382" → "NL14 ONTP 9277 6043 82", as people type it. */
export function ibanMetSpaties(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * A clean batch whose columns hold other people's data, as a shifted export would: the name of
 * row 7 in the Regeling column of row 3, the BSN of row 1 in the Mutatie column of row 4, the
 * IBAN of row 2 (with spaces) in the Bruto column of row 5, the name of row 0 in capitals with
 * extra spaces as Werksoort of row 8; and 'WSX', which may be shown, as Regeling of row 6.
 */
export function lekkendeBatch(
  n = 10,
  zaad = 5,
): {
  batch: VoorbeeldBatch;
  naam: string;
  bsn: string;
  iban: string;
  naamHoofdletters: string;
} {
  const batch = schoneBatch(n, zaad);
  const naam = batch.regels[7].naam;
  const bsn = batch.regels[1].bsn;
  const iban = batch.regels[2].iban;
  const naamHoofdletters = batch.regels[0].naam;
  batch.regels[3].regeling = naam;
  batch.regels[4].mutatie = bsn;
  batch.regels[5].bruto = ibanMetSpaties(iban);
  batch.regels[6].regeling = "WSX";
  batch.regels[8].werksoort = `  ${naamHoofdletters.toUpperCase().replace(/ /g, "  ")} `;
  return { batch, naam, bsn, iban, naamHoofdletters };
}
