// First occurrence of a key (BSN, personnel number, IBAN) among 100,000 rows, fast.
// Maps keyed by freshly read strings are the slowest part of a batch check (every string is
// hashed and compared in cold memory). Most keys end in digits, so the last nine digits serve
// as a small-integer key; a hit is confirmed by comparing the full text, and the rare key that
// shares its digits with another (or has no digits at the end) goes to an ordinary string map.

/** Last nine characters as a number when they are all digits, else -1. */
function cijferSleutel(s: string): number {
  const n = s.length;
  if (n === 0) return -1;
  const van = n > 9 ? n - 9 : 0;
  let v = 0;
  for (let i = van; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Numeric keys in an open-addressing table: one Int32Array of pairs (key + 1, index), linear
 * probing, at most 5/8 full (the size need not be a power of two: a batch of 100,000 rows needs
 * 1.3 MB, not 2). No object per entry, and a probe reads one cache line; a Map<number, …> of
 * 100,000 entries was most of a batch's duplicate check.
 */
class GetalTabel {
  private paren: Int32Array;
  private plaatsen: number;
  private aantal = 0;

  /** Room for `verwacht` keys without growing. */
  constructor(verwacht: number) {
    this.plaatsen = Math.max(1024, Math.ceil((verwacht * 8) / 5) + 1);
    this.paren = new Int32Array(2 * this.plaatsen);
  }

  /** The index stored for `sleutel` (0 … 999,999,999), or -1. */
  zoek(sleutel: number): number {
    const paren = this.paren;
    const n = this.plaatsen;
    const opgeslagen = sleutel + 1;
    for (let p = GetalTabel.plaats(sleutel, n); ; p = p + 1 < n ? p + 1 : 0) {
      const k = paren[2 * p];
      if (k === opgeslagen) return paren[2 * p + 1];
      if (k === 0) return -1;
    }
  }

  /** The index stored for `sleutel`; when there is none, stores `index` and returns -1. */
  zoekOfZet(sleutel: number, index: number): number {
    const paren = this.paren;
    const n = this.plaatsen;
    const opgeslagen = sleutel + 1;
    let p = GetalTabel.plaats(sleutel, n);
    for (; ; p = p + 1 < n ? p + 1 : 0) {
      const k = paren[2 * p];
      if (k === opgeslagen) return paren[2 * p + 1];
      if (k === 0) break;
    }
    paren[2 * p] = opgeslagen;
    paren[2 * p + 1] = index;
    if (++this.aantal * 8 > n * 5) this.groei();
    return -1;
  }

  private groei(): void {
    const oud = this.paren;
    const n = this.plaatsen * 2;
    const paren = new Int32Array(2 * n);
    for (let i = 0; i < oud.length; i += 2) {
      const k = oud[i];
      if (k === 0) continue;
      let p = GetalTabel.plaats(k - 1, n);
      while (paren[2 * p] !== 0) p = p + 1 < n ? p + 1 : 0;
      paren[2 * p] = k;
      paren[2 * p + 1] = oud[i + 1];
    }
    this.paren = paren;
    this.plaatsen = n;
  }

  /** The key's place among `n`: its digits mixed (keys ending alike spread), scaled to 0 … n − 1. */
  private static plaats(x: number, n: number): number {
    const h = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    return Math.floor((h / 4294967296) * n);
  }
}

export class EersteVoorkomen {
  private readonly getallen: GetalTabel;
  private readonly teksten = new Map<string, number>();

  /**
   * `tekstVan(index)` gives the key of an index recorded earlier, to confirm a numeric hit;
   * `verwacht`, the number of keys to expect, sizes the table once.
   */
  constructor(
    private readonly tekstVan: (index: number) => string,
    verwacht = 0,
  ) {
    this.getallen = new GetalTabel(verwacht);
  }

  /** The index first recorded for `sleutel`, or undefined. */
  zoek(sleutel: string): number | undefined {
    const g = cijferSleutel(sleutel);
    if (g >= 0) {
      const i = this.getallen.zoek(g);
      if (i < 0) return undefined;
      if (this.tekstVan(i) === sleutel) return i;
    }
    return this.teksten.get(sleutel);
  }

  /** The index first recorded for `sleutel`; when there is none, records `index` and returns undefined. */
  eerderOfZet(sleutel: string, index: number): number | undefined {
    const g = cijferSleutel(sleutel);
    if (g >= 0) {
      const i = this.getallen.zoekOfZet(g, index);
      if (i < 0) return undefined;
      if (this.tekstVan(i) === sleutel) return i;
    }
    const i = this.teksten.get(sleutel);
    if (i === undefined) this.teksten.set(sleutel, index);
    return i;
  }
}
