// The privacy scan: looks for every personal value of the input (BSN, IBAN, name) in output, in
// every form a person or a shifted export could give it. The output is normalised rather than
// the values enumerated: digit runs are read across any separators (3366.12.680, 522-426-839,
// 522 426 839), IBANs across spaces, dashes and dots and in any case, words lowercased without
// accents (Hénnie → hennie), so each form is found. A finding names only the kind, the position
// in the output and a short hash of the value: the report never prints personal data itself.
import { createHash } from "node:crypto";
import type { VoorbeeldRegel } from "../../../src/voorbeelden/loonbatch";

export type Soort = "bsn" | "iban" | "naam" | "stuurteken";

export interface Lek {
  soort: Soort;
  /** Character offset in the scanned output. */
  plek: number;
  /** First 12 hex digits of the value's SHA-256: enough to tell values apart, nothing to read. */
  hash: string;
}

const hash = (w: string) => createHash("sha256").update(w).digest("hex").slice(0, 12);

/** Name particles: no name on their own (they are everyday words in the messages too). */
const PARTIKELS = new Set(["de", "der", "den", "het", "in", "op", "te", "ten", "ter", "van", "von"]);

export const naamVorm = (t: string) =>
  t
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** The personal values of the input rows, as the scan compares them. */
export interface Gezocht {
  bsns: Set<string>;
  /** IBANs uppercase without separators, and their account digits (8 or more). */
  ibans: Set<string>;
  rekeningen: Set<string>;
  /** Name parts of three letters or more (no particles), and whole names letters-only. */
  naamdelen: Set<string>;
  namen: Set<string>;
}

export function gezocht(regels: readonly VoorbeeldRegel[]): Gezocht {
  const g: Gezocht = {
    bsns: new Set(),
    ibans: new Set(),
    rekeningen: new Set(),
    naamdelen: new Set(),
    namen: new Set(),
  };
  for (const r of regels) {
    const bsn = r.bsn.replace(/\D/g, "");
    if (bsn.length >= 8) g.bsns.add(bsn.padStart(9, "0"));
    const iban = r.iban.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
    if (iban.length >= 10) {
      g.ibans.add(iban);
      const rekening = iban.slice(8).replace(/\D/g, "");
      if (rekening.length >= 8) g.rekeningen.add(rekening);
    }
    const woorden = naamVorm(r.naam).match(/\p{L}+/gu) ?? [];
    for (const w of woorden) if (w.length >= 3 && !PARTIKELS.has(w)) g.naamdelen.add(w);
    if (woorden.length > 1) g.namen.add(woorden.join(""));
  }
  return g;
}

/** Control characters a terminal acts on (ESC, BEL, backspace, …) and bidi overrides; not \n, \r, \t. */
// eslint-disable-next-line no-control-regex
const STUURTEKEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Every place where `uitvoer` shows a personal value of `g`, or a control character. */
export function scan(uitvoer: string, g: Gezocht): Lek[] {
  const lekken: Lek[] = [];
  // Digits across separators: a BSN (or one that lost its leading zero), an account number.
  for (const m of uitvoer.matchAll(/\d(?:[\s.\-_/\u2010-\u2015]{0,2}\d)*/g)) {
    const cijfers = m[0].replace(/\D/g, "");
    if (cijfers.length < 8) continue;
    for (const b of g.bsns) {
      if (cijfers.includes(b) || (b.startsWith("0") && cijfers.includes(b.slice(1))))
        lekken.push({ soort: "bsn", plek: m.index, hash: hash(b) });
    }
    for (const r of g.rekeningen)
      if (cijfers.includes(r)) lekken.push({ soort: "iban", plek: m.index, hash: hash(r) });
  }
  // IBANs across spaces, dashes and dots, in any case.
  for (const m of uitvoer.matchAll(/[A-Za-z0-9](?:[\s.\-_\u2010-\u2015]{0,2}[A-Za-z0-9])*/g)) {
    const kaal = m[0].replace(/[^A-Za-z0-9]/g, "").toUpperCase();
    if (kaal.length < 10) continue;
    for (const i of g.ibans)
      if (kaal.includes(i)) lekken.push({ soort: "iban", plek: m.index, hash: hash(i) });
  }
  // Names: each part as a word, lowercased without accents; whole names also written together.
  const plat = naamVorm(uitvoer);
  for (const m of plat.matchAll(/\p{L}+/gu)) {
    if (g.naamdelen.has(m[0]) || g.namen.has(m[0]))
      lekken.push({ soort: "naam", plek: m.index, hash: hash(m[0]) });
  }
  for (const m of uitvoer.matchAll(STUURTEKEN))
    lekken.push({ soort: "stuurteken", plek: m.index, hash: m[0].charCodeAt(0).toString(16) });
  return lekken;
}

/** A count per kind, for a readable failure that shows no value: { bsn: 20, naam: 19 }. */
export function telling(lekken: readonly Lek[]): Partial<Record<Soort, number>> {
  const t: Partial<Record<Soort, number>> = {};
  for (const l of lekken) t[l.soort] = (t[l.soort] ?? 0) + 1;
  return t;
}
