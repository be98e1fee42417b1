// Reads the workbook into the core's Werkboek: every sheet's used range (values, formulas, position,
// hidden rows) and the workbook names, in a constant number of syncs whatever the size:
//   sync 1: the sheet list, the names and the number notation of this Excel (its own decimal
//           separator when its options override the system's);
//   sync 2: the size and hidden-row and hidden-column state of every sheet's used range (and, for
//           a sheet about to be filled, its column widths, merged cells, comments, notes, and the
//           position of its shapes and charts);
//   sync 3: the values, formulas and number formats of all used ranges (dates are numbers with a
//           date format), and per-row and per-column hidden flags where mixed; for the sheet about
//           to be filled, where its comments and notes sit and the row heights its drawings span.
// Only a workbook whose content exceeds the request budget (about 4 MB, Excel on the web allows
// 5 MB per response) is read in more than one content sync, in bands of rows.
import { isDatumFormaat } from "../core/datumnotatie";
import { hoogteRijen, vlakNaarCellen, type Vlak } from "./bezetting";
import { adres, celSleutel, kolomLetters, type CelWaarde, type Grid, type Werkboek } from "../core/grid";
import { isEigenBlad, HERSTEL_BLAD, ondersteuntExcelApi } from "./omgeving";
import { STANDAARD_BUDGET } from "./payload";
import { adressen, type BekendeWerkmap } from "./schrijven";
import { sync } from "./syncs";

export type Notatie = "nl" | "en";

export interface GelezenWerkboek {
  werkboek: Werkboek;
  /** How this Excel writes numbers: decimal comma ("nl") or decimal point ("en"); for typed text. */
  notatie: Notatie;
  /** Excel's own decimal separator, when this Excel can say (ExcelApi 1.11): decides ambiguous text. */
  decimaalteken?: string;
  /** Whether a previous fill can be undone (the hidden backup sheet exists). */
  herstelpunt: boolean;
  /** Sheets and names as found, for a write in the same Excel.run (schrijfPlan's `bekend`). */
  bekend: BekendeWerkmap;
}

export interface LeesOpties {
  /** Read only these sheets (exact names); default: all sheets but the add-in's own. */
  bladen?: readonly string[];
  /** Bytes one response may carry; Excel on the web allows 5 MB. */
  budget?: number;
  /**
   * A sheet about to be filled (e.g. Eindafrekening): its column widths (A to AZ) are read along,
   * so the fill can back them up without a sync of its own.
   */
  breedtesVan?: string;
}

/** Columns whose widths `breedtesVan` reads: A to AZ. */
const BREEDTE_BEREIK = "A:AZ";

/** Estimated response bytes per cell for values, formulas and number format (labels appear twice). */
const BYTES_PER_CEL = 160;
/** Estimated response bytes per row for the per-row hidden flag. */
const BYTES_PER_RIJ = 48;

interface Bladmaat {
  naam: string;
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
  /** true: all rows hidden, false: none, null: mixed. */
  verborgen: boolean | null;
  /** The same for the columns. */
  kolommenVerborgen: boolean | null;
}

interface Band {
  blad: number;
  vanRij: number;
  rijen: number;
  bereik: Excel.Range;
  rijInfo?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  kolomInfo?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

export async function leesWerkboek(
  context: Excel.RequestContext,
  opties: LeesOpties = {},
): Promise<GelezenWerkboek> {
  const budget = opties.budget ?? STANDAARD_BUDGET;

  // Sync 1: which sheets, which names, which notation.
  const werkbladen = context.workbook.worksheets;
  werkbladen.load("items/name");
  const namen = context.workbook.names;
  namen.load("items/name,items/formula");
  // The system's separator (cultureInfo), unless Excel's options override it (ExcelApi 1.11).
  const toepassing = ondersteuntExcelApi("1.11") ? context.application : null;
  toepassing?.load("decimalSeparator,useSystemSeparators");
  const cultuur = toepassing ? toepassing.cultureInfo.numberFormat : null;
  cultuur?.load("numberDecimalSeparator");
  await sync(context);
  const decimaalteken =
    toepassing && toepassing.useSystemSeparators === false
      ? toepassing.decimalSeparator
      : cultuur?.numberDecimalSeparator;

  const alleNamen = werkbladen.items.map((w) => w.name);
  const herstelpunt = alleNamen.includes(HERSTEL_BLAD);
  const gevraagd = opties.bladen;
  const teLezen = alleNamen.filter((n) => !isEigenBlad(n) && (!gevraagd || gevraagd.includes(n)));

  // Sync 2: the size of every used range.
  const gebruikt = teLezen.map((naam) => {
    const r = werkbladen.getItem(naam).getUsedRange(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    return r;
  });
  // Sheet names are case-insensitive in Excel: "eindafrekening" is the sheet a fill will write.
  const doel = opties.breedtesVan
    ? alleNamen.find((n) => n.toLowerCase() === opties.breedtesVan?.toLowerCase())
    : undefined;
  const kolomInfo = doel
    ? werkbladen
        .getItem(doel)
        .getRange(BREEDTE_BEREIK)
        .getColumnProperties({ columnIndex: true, format: { columnWidth: true } })
    : undefined;
  // Its merged cells too (ExcelApi 1.13), so the fill's area check needs no sync of its own.
  const samengevoegd =
    doel && ondersteuntExcelApi("1.13")
      ? werkbladen.getItem(doel).getRange().getMergedAreasOrNullObject()
      : undefined;
  samengevoegd?.load("address");
  // Its comments and notes (their cells follow in sync 3, once the items are known) and its
  // drawings, each where this Excel has the API; older hosts check fewer sources.
  const doelBlad = doel ? werkbladen.getItem(doel) : undefined;
  const opmerkingen = doelBlad && ondersteuntExcelApi("1.10") ? doelBlad.comments : undefined;
  opmerkingen?.load("items/id");
  const notities = doelBlad && ondersteuntExcelApi("1.18") ? doelBlad.notes : undefined;
  notities?.load("items/visible");
  const plaats = "items/top,items/left,items/width,items/height";
  // Charts also by name: a refill replaces the add-in's own charts (src/excel/grafieken.ts).
  const vormen = doelBlad && ondersteuntExcelApi("1.9") ? doelBlad.shapes : undefined;
  vormen?.load(plaats);
  const grafieken = doelBlad && ondersteuntExcelApi("1.9") ? doelBlad.charts : undefined;
  grafieken?.load(`${plaats},items/name`);
  await sync(context);
  const breedtes =
    doel && kolomInfo
      ? {
          blad: doel,
          perKolom: Object.fromEntries(
            kolomInfo.value
              .filter((k) => typeof k.columnIndex === "number" && typeof k.format?.columnWidth === "number")
              .map((k) => [kolomLetters(k.columnIndex as number), k.format?.columnWidth as number]),
          ),
        }
      : undefined;
  const maten: Bladmaat[] = gebruikt.map((r, i) => ({
    naam: teLezen[i],
    rij: r.rowIndex,
    kolom: r.columnIndex,
    rijen: r.rowCount,
    kolommen: r.columnCount,
    verborgen: typeof r.rowHidden === "boolean" ? r.rowHidden : null,
    kolommenVerborgen: typeof r.columnHidden === "boolean" ? r.columnHidden : null,
  }));

  // Sync 3 (and more only for workbooks above the budget): the content, in bands of rows; with the
  // first, the cells of the comments and notes and the row heights under the drawings.
  const locaties = [...(opmerkingen?.items ?? []), ...(notities?.items ?? [])].map((item) =>
    item.getLocation().load("address"),
  );
  const vlakken: Vlak[] = [...(vormen?.items ?? []), ...(grafieken?.items ?? [])].map((t) => ({
    top: t.top,
    left: t.left,
    width: t.width,
    height: t.height,
  }));
  const hoogteAantal =
    vlakken.length > 0 ? hoogteRijen(Math.max(...vlakken.map((v) => v.top + v.height))) : 0;
  const rijHoogtes =
    doelBlad && hoogteAantal > 0
      ? doelBlad
          .getRangeByIndexes(0, 0, hoogteAantal, 1)
          .getRowProperties({ rowIndex: true, format: { rowHeight: true } })
      : undefined;
  const banden: Band[] = [];
  // The row heights ride along in the first content sync and count against its budget.
  let inDezeSync = (rijHoogtes ? hoogteAantal : 0) * BYTES_PER_RIJ;
  const wachtrij: Band[] = [];
  const verstuur = async () => {
    if (wachtrij.length === 0) return;
    await sync(context);
    banden.push(...wachtrij.splice(0));
    inDezeSync = 0;
  };
  for (let b = 0; b < maten.length; b++) {
    const m = maten[b];
    const perRij = m.kolommen * BYTES_PER_CEL + (m.verborgen === null ? BYTES_PER_RIJ : 0);
    const rijenPerBand = Math.max(1, Math.floor(budget / perRij));
    for (let van = 0; van < m.rijen; van += rijenPerBand) {
      const rijen = Math.min(rijenPerBand, m.rijen - van);
      if (inDezeSync + rijen * perRij > budget) await verstuur();
      const bereik = werkbladen.getItem(m.naam).getRangeByIndexes(m.rij + van, m.kolom, rijen, m.kolommen);
      bereik.load("values,formulas,numberFormat");
      const band: Band = { blad: b, vanRij: van, rijen, bereik };
      if (m.verborgen === null) band.rijInfo = bereik.getRowProperties({ rowIndex: true, rowHidden: true });
      // Columns span every band of a sheet: their hidden flags are asked once, with its first band.
      if (m.kolommenVerborgen === null && van === 0) {
        band.kolomInfo = bereik.getColumnProperties({ columnIndex: true, columnHidden: true });
      }
      wachtrij.push(band);
      inDezeSync += rijen * perRij;
    }
  }
  await verstuur();
  // No content to read (no sheet asked for): what was queued for the area check still needs its sync.
  if (banden.length === 0 && (locaties.length > 0 || rijHoogtes)) await sync(context);

  const bladen: Grid[] = maten.map((m, b) => {
    const waarden: CelWaarde[][] = [];
    const formules: (string | null)[][] = [];
    const verborgenRijen: number[] = [];
    const verborgenKolommen: number[] = [];
    const datumCellen = new Set<number>();
    for (const band of banden.filter((x) => x.blad === b)) {
      const eerste = waarden.length;
      band.bereik.values.forEach((rij) => waarden.push(rij.map(naarCelWaarde)));
      band.bereik.formulas.forEach((rij) => formules.push(rij.map(naarFormule)));
      // A date arrives as its serial number; only its number format says it is one.
      band.bereik.numberFormat.forEach((rij, i) =>
        rij.forEach((notatie, k) => {
          if (
            typeof waarden[eerste + i][k] === "number" &&
            typeof notatie === "string" &&
            isDatumFormaat(notatie)
          ) {
            datumCellen.add(celSleutel(m.rij + eerste + i, m.kolom + k));
          }
        }),
      );
      for (const info of band.rijInfo?.value ?? []) {
        if (info.rowHidden && typeof info.rowIndex === "number") verborgenRijen.push(info.rowIndex);
      }
      for (const info of band.kolomInfo?.value ?? []) {
        if (info.columnHidden && typeof info.columnIndex === "number")
          verborgenKolommen.push(info.columnIndex);
      }
    }
    if (m.verborgen === true) for (let r = 0; r < m.rijen; r++) verborgenRijen.push(m.rij + r);
    if (m.kolommenVerborgen === true)
      for (let k = 0; k < m.kolommen; k++) verborgenKolommen.push(m.kolom + k);
    const grid: Grid = { blad: m.naam, startRij: m.rij, startKolom: m.kolom, waarden, formules };
    if (verborgenRijen.length > 0) grid.verborgenRijen = verborgenRijen;
    if (verborgenKolommen.length > 0) grid.verborgenKolommen = verborgenKolommen;
    if (datumCellen.size > 0) grid.datumCellen = datumCellen;
    return grid;
  });

  const doelGrid = doel ? bladen.find((g) => g.blad === doel) : undefined;
  const bezetting = doelGrid
    ? {
        blad: doelGrid.blad,
        cellen: gevuldeCellen(doelGrid),
        ...(samengevoegd
          ? { samenvoegingen: samengevoegd.isNullObject ? [] : adressen(samengevoegd.address) }
          : {}),
        ...(opmerkingen || notities
          ? { notities: locaties.flatMap((l) => adressen(l.address).slice(0, 1)) }
          : {}),
        ...(vormen || grafieken ? { tekeningen: tekeningCellen(vlakken, breedtes, rijHoogtes?.value) } : {}),
      }
    : undefined;

  const naamFormules = namen.items
    .filter((n) => typeof n.formula === "string")
    .map((n) => ({ naam: n.name, formule: String(n.formula) }));
  return {
    werkboek: {
      bladen,
      namen: naamFormules.map((n) => ({ naam: n.naam, verwijzing: n.formule.replace(/^=/, "") })),
    },
    notatie: decimaalteken === "." ? "en" : "nl",
    ...(decimaalteken ? { decimaalteken } : {}),
    herstelpunt,
    bekend: {
      bladen: alleNamen,
      namen: naamFormules,
      ...(breedtes ? { breedtes } : {}),
      ...(bezetting ? { bezetting } : {}),
      ...(doel && grafieken ? { grafieken: { blad: doel, namen: grafieken.items.map((g) => g.name) } } : {}),
    },
  };
}

/** The cells the drawings cover, from the widths of A:AZ and the heights of the rows read. */
function tekeningCellen(
  vlakken: readonly Vlak[],
  breedtes: { perKolom: Readonly<Record<string, number>> } | undefined,
  rijen: readonly Excel.RowProperties[] | undefined,
): string[] {
  const kolomBreedtes: number[] = [];
  for (let k = 0; k < 52; k++) {
    const b = breedtes?.perKolom[kolomLetters(k)];
    if (typeof b !== "number") break;
    kolomBreedtes.push(b);
  }
  const rijHoogtes: number[] = [];
  for (const r of rijen ?? []) {
    if (typeof r.format?.rowHeight !== "number") break;
    rijHoogtes.push(r.format.rowHeight);
  }
  return vlakken.map((v) => vlakNaarCellen(v, kolomBreedtes, rijHoogtes));
}

/** The cells of a grid with a value or a formula. */
function gevuldeCellen(g: Grid): string[] {
  const uit: string[] = [];
  g.waarden.forEach((rij, i) =>
    rij.forEach((w, j) => {
      if (w !== null || g.formules?.[i]?.[j]) uit.push(adres(g.startRij + i, g.startKolom + j));
    }),
  );
  return uit;
}

export function naarCelWaarde(v: unknown): CelWaarde {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

export function naarFormule(f: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

/** The workbook's sheet names, without the add-in's own (one sync). */
export async function leesBladnamen(context: Excel.RequestContext): Promise<string[]> {
  const werkbladen = context.workbook.worksheets;
  werkbladen.load("items/name");
  await sync(context);
  return werkbladen.items.map((w) => w.name).filter((n) => !isEigenBlad(n));
}
