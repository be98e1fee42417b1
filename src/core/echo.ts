// Cell text as a message may repeat it. A cell can hold anything: terminal escape sequences
// (ESC[31m recolours or clears a terminal), bell and backspace characters, bidirectional
// overrides that reorder what a reader sees, line breaks, or a million characters. Every echo of
// a cell's text goes through veiligeTekst; whole messages through zonderStuurtekens.

/** Longest cell text a message repeats (in visible characters, "…" included). */
export const ECHO_MAX = 80;

const AFGEKAPT = "…";

/** Invisible format characters that change how text around them is shown (bidi, zero-width). */
function isOnzichtbaar(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

function isWitruimte(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Index just past the escape sequence that starts at `i` (ESC or a C1 introducer): CSI
 * (ESC[ … final byte), OSC/DCS/APC/PM/SOS strings (up to BEL or ST), or ESC plus one character.
 */
function naEscape(t: string, i: number): number {
  const n = t.length;
  let c = t.charCodeAt(i);
  let j = i + 1;
  if (c === 0x1b) {
    if (j >= n) return j;
    const volgend = t.charCodeAt(j);
    if (volgend === 0x5b)
      c = 0x9b; // ESC [ = CSI
    else if (volgend === 0x5d)
      c = 0x9d; // ESC ] = OSC
    else if (volgend === 0x50 || volgend === 0x58 || volgend === 0x5e || volgend === 0x5f)
      c = 0x90; // DCS, SOS, PM, APC
    else {
      // ESC followed by intermediates (0x20–0x2F) and one final character.
      while (j < n && t.charCodeAt(j) >= 0x20 && t.charCodeAt(j) <= 0x2f) j++;
      return j < n ? j + 1 : j;
    }
    j++;
  }
  if (c === 0x9b) {
    // Parameters and intermediates, then one final byte 0x40–0x7E.
    while (j < n) {
      const d = t.charCodeAt(j);
      j++;
      if (d >= 0x40 && d <= 0x7e) break;
      if (d < 0x20 || d > 0x3f) break;
    }
    return j;
  }
  if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
    // A string ends at BEL, ST (0x9C) or ESC \.
    while (j < n) {
      const d = t.charCodeAt(j);
      if (d === 0x07 || d === 0x9c) return j + 1;
      if (d === 0x1b) return j + 1 < n && t.charCodeAt(j + 1) === 0x5c ? j + 2 : j + 1;
      j++;
    }
    return j;
  }
  return j;
}

/**
 * The text without control characters, escape sequences and invisible format characters, runs
 * of white space as one space, trimmed. Stops reading once `max` visible characters are known
 * and more follow: then the result has `max` characters and `afgekapt` is true. Work is bounded
 * by what is kept, so a million-character cell costs no more than a short one.
 */
export function schoneTekst(tekst: string, max: number): { tekst: string; afgekapt: boolean } {
  let uit = "";
  let tekens = 0;
  let spatie = false;
  const n = tekst.length;
  let i = 0;
  while (i < n) {
    const c = tekst.charCodeAt(i);
    if (c === 0x1b || c === 0x9b || c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
      i = naEscape(tekst, i);
      continue;
    }
    if (isWitruimte(c)) {
      spatie = tekens > 0;
      i++;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isOnzichtbaar(c)) {
      i++;
      continue;
    }
    // A whole code point (a surrogate pair stays together; a lone half is dropped).
    let lengte = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? tekst.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) lengte = 2;
      else {
        i++;
        continue;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      i++;
      continue;
    }
    const nodig = spatie ? 2 : 1;
    if (tekens + nodig > max) return { tekst: uit, afgekapt: true };
    if (spatie) {
      uit += " ";
      tekens++;
      spatie = false;
    }
    uit += lengte === 1 ? tekst[i] : tekst.slice(i, i + 2);
    tekens++;
    i += lengte;
  }
  return { tekst: uit, afgekapt: false };
}

/** Cuts clean text to `max` visible characters, the last one "…" when anything was left out. */
export function knip(tekst: string, max = ECHO_MAX, afgekapt = false): string {
  const tekens = Array.from(tekst);
  if (tekens.length <= max && !afgekapt) return tekst;
  return (
    tekens
      .slice(0, Math.max(0, max - 1))
      .join("")
      .trimEnd() + AFGEKAPT
  );
}

/**
 * A cell's text as a message repeats it: no control characters or escape sequences, white space
 * as single spaces, at most `max` characters ("…" marks the cut). "\u001b[31mWSX\u0007" → "WSX".
 */
export function veiligeTekst(tekst: string, max = ECHO_MAX): string {
  const s = schoneTekst(tekst, max + 1);
  return knip(s.tekst, max, s.afgekapt);
}

/** Upper bound on a whole message (it repeats at most a few cut cell texts). */
export const BERICHT_MAX = 2000;

/** A whole message or field: control characters and escape sequences removed, nothing else cut. */
export function zonderStuurtekens(tekst: string, max = BERICHT_MAX): string {
  // Fast path: plain printable text (the common case) is returned as it is.
  let schoon = tekst.length <= max;
  for (let i = 0; schoon && i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isOnzichtbaar(c) || (c >= 0x2028 && c <= 0x2029))
      schoon = false;
  }
  if (schoon) return tekst;
  return veiligeTekst(tekst, max);
}
