// The cell the user works in, and Office's events that say when the selection or the workbook
// changes. Reading the active cell rides along with whatever else the caller syncs.
import { parseVerwijzing } from "../core/bijlage1/namen";
import { adres, formuleOp, parseAdres, waardeOp, type CelWaarde, type Werkboek } from "../core/grid";
import { naarCelWaarde, naarFormule } from "./lezen";
import { ondersteuntExcelApi } from "./omgeving";
import { sync } from "./syncs";

export interface ActieveCel {
  blad: string;
  /** A1 without "$". */
  cel: string;
  formule: string | null;
  waarde: CelWaarde;
}

/**
 * Queues a read of the active cell (the one cell Excel edits in a selection); the returned function
 * gives it after the caller's next sync. Costs no sync of its own.
 */
export function vraagActieveCel(context: Excel.RequestContext): () => ActieveCel {
  const r = context.workbook.getActiveCell();
  r.load("address,formulas,values");
  return () => {
    const v = parseVerwijzing(r.address);
    if (!v.ok) throw new Error(`Onverwacht adres van de actieve cel: ${r.address}`);
    return {
      blad: v.blad,
      cel: adres(v.van.rij, v.van.kolom),
      formule: naarFormule(r.formulas[0]?.[0]),
      waarde: naarCelWaarde(r.values[0]?.[0]),
    };
  };
}

/**
 * Whether a workbook read earlier still holds what Excel shows at the active cell: the formula for
 * a formula cell (its result may recalculate without an edit), the value otherwise. A sheet the
 * read did not hold (the add-in's own) gives true: there is nothing to compare.
 */
export function kloptMetWerkboek(werkboek: Werkboek, cel: ActieveCel): boolean {
  const grid = werkboek.bladen.find((g) => g.blad.toLowerCase() === cel.blad.toLowerCase());
  if (!grid) return true;
  const p = parseAdres(cel.cel);
  const formule = formuleOp(grid, p.rij, p.kolom);
  if (formule !== null || cel.formule !== null) return formule === cel.formule;
  return waardeOp(grid, p.rij, p.kolom) === cel.waarde;
}

/** Office's selection and change events of all sheets: ExcelApi 1.9 (WorksheetCollection). */
export function kanSelectieVolgen(): boolean {
  return ondersteuntExcelApi("1.9");
}

export interface WerkmapVolgers {
  /** The user (or the add-in) selected other cells. */
  bijSelectie: () => void;
  /** Cells were edited, or a sheet added or removed: what was read may be outdated. */
  bijWijziging: () => void;
}

export type Registratie = OfficeExtension.EventHandlerResult<unknown>;

/** Registers the handlers (one sync); remove them with `stopVolgen` in a run on their context. */
export async function volgWerkmap(
  context: Excel.RequestContext,
  volgers: WerkmapVolgers,
): Promise<Registratie[]> {
  const bladen = context.workbook.worksheets;
  const selectie = async () => volgers.bijSelectie();
  const wijziging = async () => volgers.bijWijziging();
  const registraties: Registratie[] = [
    bladen.onSelectionChanged.add(selectie),
    bladen.onChanged.add(wijziging),
    bladen.onAdded.add(wijziging),
    bladen.onDeleted.add(wijziging),
  ];
  await sync(context);
  return registraties;
}

/** Removes the handlers `volgWerkmap` registered (one sync). */
export async function stopVolgen(
  context: Excel.RequestContext,
  registraties: readonly Registratie[],
): Promise<void> {
  for (const r of registraties) r.remove();
  await sync(context);
}
