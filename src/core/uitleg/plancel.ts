// Whether a cell of the Eindafrekening sheet still holds what the plan would write there now. The
// explanation follows the plan built from today's input; a sheet filled before the input changed
// (a service added, rows shifted) may show another number at that address, and the panel says so.
import type { CelWaarde } from "../grid";
import type { BladPlan } from "../sheetplan";

/** A formula as text to compare: without "=", "$", spaces outside quotes, and case. */
function kern(formule: string): string {
  return formule
    .replace(/^=/, "")
    .split('"')
    .map((deel, i) => (i % 2 === 0 ? deel.replace(/[\s$]/g, "").toUpperCase() : deel))
    .join('"');
}

/**
 * True when the sheet's cell at `adres` has the plan's formula (or, for a value the plan copies,
 * the same value; numbers to the cent, since Excel keeps binary floats). False for a cell the plan
 * does not write.
 */
export function planCelKlopt(
  plan: BladPlan,
  adres: string,
  gevonden: { formule: string | null; waarde: CelWaarde },
): boolean {
  const cel = plan.cellen.find((c) => c.adres === adres);
  if (!cel) return false;
  if (cel.formule) return gevonden.formule !== null && kern(cel.formule) === kern(gevonden.formule);
  if (gevonden.formule !== null) return false;
  if (typeof cel.waarde === "number" && typeof gevonden.waarde === "number")
    return Math.abs(cel.waarde - gevonden.waarde) < 0.005;
  return String(cel.waarde ?? "") === String(gevonden.waarde ?? "");
}
