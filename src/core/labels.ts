// Labels are matched the way people read them: case, spaces, accents and punctuation do not count.

/** Lower case without accents: "RÍSICO–Opslag" → "risico–opslag". */
function vereenvoudig(tekst: string): string {
  return tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** "  Risico–opslag (%) " and "risico opslag" both become "risicoopslag". */
export function normaliseerLabel(tekst: string): string {
  return vereenvoudig(tekst).replace(/[^a-z0-9]/g, "");
}

/** The words of a label, compared alike: "Begeleiding  BW (incl. …)" → ["begeleiding", "bw", "incl", …]. */
export function labelWoorden(tekst: string): string[] {
  return vereenvoudig(tekst)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

export function labelIs(tekst: unknown, ...kandidaten: string[]): boolean {
  if (typeof tekst !== "string") return false;
  const n = normaliseerLabel(tekst);
  return n !== "" && kandidaten.some((k) => normaliseerLabel(k) === n);
}
