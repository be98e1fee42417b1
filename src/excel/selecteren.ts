// Shows a finding's cell: activates its sheet and selects the cell, in one sync.
import { sync } from "./syncs";

export async function selecteerCel(context: Excel.RequestContext, blad: string, cel: string): Promise<void> {
  const werkblad = context.workbook.worksheets.getItem(blad);
  werkblad.activate();
  werkblad.getRange(cel).select();
  await sync(context);
}
