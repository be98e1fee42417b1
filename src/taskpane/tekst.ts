// Dutch words and notations the panel shows.
import type { Ernst } from "../core/findings";
import { formatBedrag } from "../core/money";

export const ERNST_ENKELVOUD: Record<Ernst, string> = {
  fout: "Fout",
  waarschuwing: "Waarschuwing",
  info: "Info",
};
export const ERNST_MEERVOUD: Record<Ernst, string> = {
  fout: "Fouten",
  waarschuwing: "Waarschuwingen",
  info: "Info",
};

/** "2024-04-30" → "30-04-2024". */
export function datumNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** An exact decimal string from the core in Dutch notation; "—" when absent. */
export function bedrag(x: string | null | undefined): string {
  return x === null || x === undefined ? "—" : formatBedrag(x);
}

/** A count or number from the core ("12.5") in Dutch notation ("12,5"). */
export function getal(x: string | null | undefined): string {
  if (x === null || x === undefined) return "—";
  const [geheel, fractie] = x.split(".");
  const teken = geheel.startsWith("-") ? "-" : "";
  const cijfers = geheel.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return teken + cijfers + (fractie ? "," + fractie : "");
}

export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
