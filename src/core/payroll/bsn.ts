// The burgerservicenummer and its eleven test (elfproef).

/**
 * The BSN as nine digits: strips spaces and dots, pads an 8-digit number with a leading zero (as
 * a cell that held a number loses it). Returns null when it is not 8 or 9 digits.
 */
export function normaliseerBsn(invoer: string | number): string | null {
  if (typeof invoer === "number") {
    // A number lost its leading zeros; nine digits at most.
    if (!Number.isInteger(invoer) || invoer <= 0 || invoer > 999999999) return null;
    return String(invoer).padStart(9, "0");
  }
  if (invoer.length === 9 && alleenCijfers(invoer)) return invoer; // the common case, no regex
  const s = invoer.replace(/[\s.]/g, "");
  if (!alleenCijfers(s)) return null;
  if (s.length === 8) return "0" + s;
  return s.length === 9 ? s : null;
}

function alleenCijfers(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and the number is not all zeros.
 * Every weight is 1..9 modulo 11, and 11 is prime, so any single changed digit breaks the sum.
 */
export function elfproef(bsn: string): boolean {
  if (bsn.length !== 9) return false;
  let som = 0;
  for (let i = 0; i < 9; i++) {
    const c = bsn.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    som += i === 8 ? -c : (9 - i) * c;
  }
  return som % 11 === 0 && bsn !== "000000000";
}

/** The ninth digit that makes eight digits pass the elfproef, or null when none does (remainder 10). */
export function bsnControleCijfer(acht: string): number | null {
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * (acht.charCodeAt(i) - 48);
  const cijfer = som % 11;
  return cijfer === 10 ? null : cijfer;
}
