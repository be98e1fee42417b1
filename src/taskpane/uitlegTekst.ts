// The explanation tree in Dutch words: each value exactly as computed (never rounded for display),
// and the whole tree as indented text for an e-mail or a memo.
import type { UitlegKnoop } from "../core/uitleg/model";
import { formatBedrag, formatGetal, formatPercentage } from "../core/money";
import { datumNl } from "./tekst";

/** Decimal places of an exact decimal string ("12.345" → 3). */
function decimalen(waarde: string): number {
  const m = /\.(\d+)$/.exec(waarde.trim());
  return m ? m[1].length : 0;
}

const GETAL = /^-?\d+(\.\d+)?$/;

/**
 * A node's value in Dutch notation: € 1.234,56 for amounts (more decimals when the exact value
 * has them, e.g. a realised tariff), 2% for a fraction 0.02, 30-04-2024 for a date.
 */
export function toonWaarde(knoop: Pick<UitlegKnoop, "waarde" | "soort">): string {
  const w = knoop.waarde;
  switch (knoop.soort) {
    case "bedrag":
      return GETAL.test(w) ? formatBedrag(w, Math.max(2, decimalen(w))) : w;
    case "getal":
      return GETAL.test(w) ? formatGetal(w, decimalen(w)) : w;
    case "percentage":
      return GETAL.test(w) ? formatPercentage(w, Math.max(0, decimalen(w) - 2)) : w;
    case "datum":
      return datumNl(w);
    default:
      return w;
  }
}

/** "Bijlage 1!D12"; a sheet name with a space or quote keeps Excel's own quoting out: it is read, not parsed. */
export function celNaam(blad: string, cel: string): string {
  return `${blad}!${cel}`;
}

/** The raw input as typed, quoted when it is text ("€ 7.150,-"). */
function ruwTekst(ruw: string | number | boolean | null): string {
  if (ruw === null) return "leeg";
  if (typeof ruw === "string") return `"${ruw}"`;
  if (typeof ruw === "boolean") return ruw ? "WAAR" : "ONWAAR";
  return formatGetal(ruw, decimalen(String(ruw)));
}

/** Where an input leaf was read: "Bijlage 1!D12, ingevoerd als "€ 7.150,-"". */
export function bronTekst(knoop: UitlegKnoop): string | undefined {
  if (!knoop.bron) return undefined;
  return `${celNaam(knoop.bron.blad, knoop.bron.cel)}, ingevoerd als ${ruwTekst(knoop.bron.ruw)}`;
}

/** One line of the tree: label, value, and how it came about or where it was read. */
export function regelTekst(knoop: UitlegKnoop): string {
  const bron = bronTekst(knoop);
  const hoe = [knoop.omschrijving, bron].filter((x): x is string => Boolean(x)).join("; ");
  return `${knoop.label}: ${toonWaarde(knoop)}${hoe ? ` (${hoe})` : ""}`;
}

/** The whole tree as indented plain text, two spaces per level, with a heading line. */
export function uitlegAlsTekst(kop: string, boom: UitlegKnoop): string {
  const regels = [kop];
  const loop = (k: UitlegKnoop, diepte: number) => {
    regels.push("  ".repeat(diepte) + regelTekst(k));
    for (const kind of k.kinderen) loop(kind, diepte + 1);
  };
  loop(boom, 0);
  return regels.join("\n") + "\n";
}
