// Building blocks of an explanation tree. Every builder takes the value the calculation itself
// produced (never recomputes it), so the tree carries the calculation's own numbers; the
// self-check (zelfcontrole.ts) then proves the operation over the children gives that value.
import { bladVerwijzing } from "../grid";
import { formatPercentage, isDecimal, type Decimal } from "../money";
import type { Gevonden } from "../tabel";
import type { KeuzeRegel, UitlegBewerking, UitlegKnoop, UitlegSoort } from "./model";

/** The exact decimal text of a value: no exponent, no "-0". */
export function waardeTekst(d: Decimal): string {
  return d.isZero() ? "0" : d.toFixed();
}

export function knoop(
  label: string,
  waarde: Decimal | string,
  soort: UitlegSoort,
  bewerking: UitlegBewerking,
  omschrijving: string,
  kinderen: UitlegKnoop[] = [],
): UitlegKnoop {
  return {
    label,
    waarde: isDecimal(waarde) ? waardeTekst(waarde) : waarde,
    soort,
    bewerking,
    omschrijving,
    kinderen,
  };
}

/** How an input cell was read: as a number, or as text that reads as one. */
function leesWijze(g: Gevonden<unknown>): string {
  const waar = bladVerwijzing(g.blad, g.cel);
  if (g.formule) return `uit ${waar} (formule =${g.formule.replace(/^=/, "")})`;
  return g.uitTekst && isDecimal(g.waarde) ? `als tekst ingevuld in ${waar}` : `ingevuld in ${waar}`;
}

/** A leaf read from a cell: the reader's value, with the sheet, cell and raw content it came from. */
export function invoer(
  label: string,
  g: Gevonden<Decimal | string | number>,
  soort: UitlegSoort,
): UitlegKnoop {
  const waarde = isDecimal(g.waarde) ? waardeTekst(g.waarde) : String(g.waarde);
  return {
    ...knoop(label, waarde, soort, { soort: "invoer" }, leesWijze(g)),
    bron: { blad: g.blad, cel: g.cel, ruw: g.ruw },
  };
}

export function constante(label: string, waarde: Decimal | string, soort: UitlegSoort, omschrijving: string) {
  return knoop(label, waarde, soort, { soort: "constante" }, omschrijving);
}

export function som(label: string, waarde: Decimal, kinderen: UitlegKnoop[], omschrijving?: string) {
  const wat = kinderen.length === 1 ? "1 regel" : `${kinderen.length} regels`;
  return knoop(label, waarde, "bedrag", { soort: "som" }, omschrijving ?? `som van ${wat}`, kinderen);
}

export function verschil(
  label: string,
  waarde: Decimal,
  van: UitlegKnoop,
  min: UitlegKnoop,
  omschrijving: string,
  soort: UitlegSoort = "bedrag",
) {
  return knoop(label, waarde, soort, { soort: "verschil" }, omschrijving, [van, min]);
}

export function product(
  label: string,
  waarde: Decimal,
  kinderen: UitlegKnoop[],
  omschrijving: string,
  soort: UitlegSoort = "bedrag",
) {
  return knoop(label, waarde, soort, { soort: "product" }, omschrijving, kinderen);
}

export function quotient(
  label: string,
  waarde: Decimal,
  teller: UitlegKnoop,
  noemer: UitlegKnoop,
  omschrijving: string,
  soort: UitlegSoort = "bedrag",
) {
  return knoop(label, waarde, soort, { soort: "quotient" }, omschrijving, [teller, noemer]);
}

/** Rounds the only child to cents (or `decimalen`), half away from zero. */
export function afronding(
  label: string,
  waarde: Decimal,
  kind: UitlegKnoop,
  omschrijving: string,
  decimalen = 2,
  soort: UitlegSoort = "bedrag",
) {
  return knoop(label, waarde, soort, { soort: "afronding", decimalen }, omschrijving, [kind]);
}

export function keuze(
  label: string,
  waarde: Decimal | string,
  soort: UitlegSoort,
  regel: KeuzeRegel,
  omschrijving: string,
  kinderen: UitlegKnoop[],
) {
  return knoop(label, waarde, soort, { soort: "keuze", regel }, omschrijving, kinderen);
}

export function percentageTekst(d: Decimal): string {
  // "2 %" rather than "2,00%": the surcharge is read, not typeset.
  return formatPercentage(d, d.times(100).decimalPlaces()).replace("%", " %");
}
