// Labels are matched the way people read them: case, spaces, accents and punctuation do not count.

/** "  Risico–opslag (%) " and "risico opslag" both become "risicoopslag". */
export function normaliseerLabel(tekst: string): string {
  return tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]/g, "")
    .replace(/%/g, "");
}

export function labelIs(tekst: unknown, ...kandidaten: string[]): boolean {
  if (typeof tekst !== "string") return false;
  const n = normaliseerLabel(tekst);
  return n !== "" && kandidaten.some((k) => normaliseerLabel(k) === n);
}
