// An explanation tree as indented Dutch text, for the command line and for pasting into an e-mail
// or a memo from the task pane. Amounts in Dutch notation (€ 1.234,56); each input with its cell
// and the content as typed.
import { bladVerwijzing } from "../grid";
import { Decimal, formatBedrag, formatGetal, formatPercentage } from "../money";
import type { UitlegBron, UitlegKnoop } from "./model";

/** More decimals than this are shown rounded, marked "≈" (the exact value is in `waarde`). */
const MAX_DECIMALEN = 6;

function decimalen(d: Decimal, minimum: number): { n: number; afgerond: boolean } {
  const dp = d.decimalPlaces();
  return { n: Math.max(minimum, Math.min(dp, MAX_DECIMALEN)), afgerond: dp > MAX_DECIMALEN };
}

/** A node's value as a Dutch reader reads it: "€ 1.234,56", "2 %", "30-04-2024", "12,5". */
export function toonWaarde(k: Pick<UitlegKnoop, "waarde" | "soort">): string {
  if (k.soort === "tekst") return `"${k.waarde}"`;
  if (k.soort === "datum") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(k.waarde);
    return m ? `${m[3]}-${m[2]}-${m[1]}` : k.waarde;
  }
  let d: Decimal;
  try {
    d = new Decimal(k.waarde);
  } catch {
    return k.waarde;
  }
  if (k.soort === "percentage") {
    const { n, afgerond } = decimalen(d.times(100), 0);
    return (afgerond ? "≈ " : "") + formatPercentage(d, n).replace("%", " %");
  }
  const { n, afgerond } = decimalen(d, k.soort === "bedrag" ? 2 : 0);
  if (k.soort === "bedrag") return (afgerond ? "≈ " : "") + formatBedrag(d, n);
  return (afgerond ? "≈ " : "") + getalTekst(d, n);
}

/** A count or a year: Dutch notation, where four digits stand without a dot (2023, 1500; 12.500). */
function getalTekst(d: Decimal, n: number): string {
  return d.isInteger() && d.abs().lessThan(10_000) ? d.toFixed(0) : formatGetal(d, n);
}

/** The content of an input cell as typed: text in quotes, a number in Dutch notation, WAAR/ONWAAR. */
export function toonRuw(ruw: UitlegBron["ruw"]): string {
  if (ruw === null) return "(leeg)";
  if (typeof ruw === "boolean") return ruw ? "WAAR" : "ONWAAR";
  if (typeof ruw === "number") {
    const d = new Decimal(String(ruw));
    return getalTekst(d, d.decimalPlaces());
  }
  return `"${ruw}"`;
}

function regel(k: UitlegKnoop, herhaling: boolean): string {
  const delen = [`${k.label}: ${toonWaarde(k)}`];
  if (k.bron) {
    delen.push(`— ${bladVerwijzing(k.bron.blad, k.bron.cel)}, ingevuld: ${toonRuw(k.bron.ruw)}`);
    if (k.omschrijving.startsWith("uit ")) delen.push(`(${k.omschrijving})`);
  } else {
    delen.push(`— ${k.omschrijving}`);
    if (k.plek) delen.push(`[${bladVerwijzing(k.plek.blad, k.plek.cel)}]`);
  }
  if (herhaling) delen.push("(zie hierboven)");
  return delen.join(" ");
}

/**
 * The tree as indented text, two spaces per level. A subtree that appears twice (a line counted
 * in the subtotal and in the cost base) is written out once; later it says "zie hierboven".
 */
export function uitlegTekst(wortel: UitlegKnoop): string {
  const gezien = new Set<UitlegKnoop>();
  const uit: string[] = [];
  const loop = (k: UitlegKnoop, diepte: number) => {
    const herhaling = k.kinderen.length > 0 && gezien.has(k);
    uit.push("  ".repeat(diepte) + regel(k, herhaling));
    if (herhaling) return;
    gezien.add(k);
    for (const kind of k.kinderen) loop(kind, diepte + 1);
  };
  loop(wortel, 0);
  return uit.join("\n");
}
