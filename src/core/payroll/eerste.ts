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

export class EersteVoorkomen {
  private readonly getallen = new Map<number, number>();
  private readonly teksten = new Map<string, number>();

  /** `tekstVan(index)` gives the key of an index recorded earlier, to confirm a numeric hit. */
  constructor(private readonly tekstVan: (index: number) => string) {}

  /** The index first recorded for `sleutel`, or undefined. */
  zoek(sleutel: string): number | undefined {
    const g = cijferSleutel(sleutel);
    if (g >= 0) {
      const i = this.getallen.get(g);
      if (i === undefined) return undefined;
      if (this.tekstVan(i) === sleutel) return i;
    }
    return this.teksten.get(sleutel);
  }

  /** The index first recorded for `sleutel`; when there is none, records `index` and returns undefined. */
  eerderOfZet(sleutel: string, index: number): number | undefined {
    const g = cijferSleutel(sleutel);
    if (g >= 0) {
      const i = this.getallen.get(g);
      if (i === undefined) {
        this.getallen.set(g, index);
        return undefined;
      }
      if (this.tekstVan(i) === sleutel) return i;
    }
    const i = this.teksten.get(sleutel);
    if (i === undefined) this.teksten.set(sleutel, index);
    return i;
  }
}
