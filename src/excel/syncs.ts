// Every round trip to Excel goes through `sync`, so tests (and the panel) can count them.
// The adapter's rule: a constant number of syncs per operation, never one per row or cell.

let teller = 0;

/** The part of a request context the counter needs; Excel.RequestContext and the mocks have it. */
export interface Synchroniseerbaar {
  sync(): Promise<unknown>;
}

/** context.sync(), counted. */
export async function sync(context: Synchroniseerbaar): Promise<void> {
  teller += 1;
  await context.sync();
}

/** Syncs since the last reset (all operations of this page together). */
export function aantalSyncs(): number {
  return teller;
}

export function resetSyncs(): void {
  teller = 0;
}

/** Runs `werk` and returns its result with the number of syncs it made. */
export async function telSyncs<T>(werk: () => Promise<T>): Promise<{ resultaat: T; syncs: number }> {
  const voor = teller;
  const resultaat = await werk();
  return { resultaat, syncs: teller - voor };
}
