// Excel on the web refuses a request (or response) larger than 5 MB; the adapter keeps every
// request under a budget below that by writing large ranges in bands of rows.

/** Excel on the web's payload limit per request and per response. */
export const PAYLOAD_LIMIET_WEB = 5 * 1024 * 1024;

/** What the adapter allows itself per request, leaving room for the request's own envelope. */
export const STANDAARD_BUDGET = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Size in bytes of a value as it travels in a request (JSON, UTF-8). */
export function jsonBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x)).length;
}

/**
 * Groups consecutive rows into bands whose summed cost stays within `budget`; the first band has
 * `eersteBudget` (what is left after the other work of the first request). A row above the budget
 * gets a band of its own (the request may then fail; a plan's rows are far smaller).
 */
export function verdeelInBanden(
  kosten: readonly number[],
  budget: number,
  eersteBudget = budget,
): number[][] {
  const banden: number[][] = [];
  let huidig: number[] = [];
  let som = 0;
  let ruimte = eersteBudget;
  kosten.forEach((k, i) => {
    if (huidig.length > 0 && som + k > ruimte) {
      banden.push(huidig);
      huidig = [];
      som = 0;
      ruimte = budget;
    }
    huidig.push(i);
    som += k;
  });
  if (huidig.length > 0) banden.push(huidig);
  return banden;
}
