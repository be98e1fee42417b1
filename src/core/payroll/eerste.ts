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
 * Numeric keys in an open-addressing table of two typed arrays (key + 1, index), linear probing,
 * grown at half full: no object per entry, and a probe touches one cache line. Map<number, …>
 * with 100,000 entries was most of a batch's duplicate check.
 */
class GetalTabel {
  private sleutels = new Int32Array(1024);
  private waarden = new Int32Array(1024);
  private aantal = 0;

  /** The index stored for `sleutel` (0 … 999,999,999), or -1. */
  zoek(sleutel: number): number {
    const masker = this.sleutels.length - 1;
    const opgeslagen = sleutel + 1;
    for (let p = GetalTabel.spreid(sleutel) & masker; ; p = (p + 1) & masker) {
      const k = this.sleutels[p];
      if (k === opgeslagen) return this.waarden[p];
      if (k === 0) return -1;
    }
  }

  /** The index stored for `sleutel`; when there is none, stores `index` and returns -1. */
  zoekOfZet(sleutel: number, index: number): number {
    const masker = this.sleutels.length - 1;
    const opgeslagen = sleutel + 1;
    let p = GetalTabel.spreid(sleutel) & masker;
    for (; ; p = (p + 1) & masker) {
      const k = this.sleutels[p];
      if (k === opgeslagen) return this.waarden[p];
      if (k === 0) break;
    }
    this.sleutels[p] = opgeslagen;
    this.waarden[p] = index;
    if (++this.aantal * 2 > this.sleutels.length) this.groei();
    return -1;
  }

  private groei(): void {
    const oud = this.sleutels;
    const oudeWaarden = this.waarden;
    this.sleutels = new Int32Array(oud.length * 2);
    this.waarden = new Int32Array(oud.length * 2);
    const masker = this.sleutels.length - 1;
    for (let i = 0; i < oud.length; i++) {
      const k = oud[i];
      if (k === 0) continue;
      let p = GetalTabel.spreid(k - 1) & masker;
      while (this.sleutels[p] !== 0) p = (p + 1) & masker;
      this.sleutels[p] = k;
      this.waarden[p] = oudeWaarden[i];
    }
  }

  /** Mixes the digits, so that keys ending alike do not crowd one region of the table. */
  private static spreid(x: number): number {
    return Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
  }
}

export class EersteVoorkomen {
  private readonly getallen = new GetalTabel();
  private readonly teksten = new Map<string, number>();

  /** `tekstVan(index)` gives the key of an index recorded earlier, to confirm a numeric hit. */
  constructor(private readonly tekstVan: (index: number) => string) {}

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
