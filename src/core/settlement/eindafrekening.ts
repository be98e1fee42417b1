// Eindafrekening (DOMAIN.md §3.5): realised contribution minus the advances paid, due by
// 30 April of the year after the settled year.
import { InvoerFout } from "../fouten";
import {
  NUL,
  centenVanProduct,
  dec,
  decVanCenten,
  decVanSchaal,
  formatBedrag,
  leesSchaal,
  opEenSchaal,
  rondCenten,
  som,
  somSchaal,
  type Decimal,
  type DecimalInvoer,
  type Schaalgetal,
} from "../money";

export type Richting = "bijbetalen" | "terugbetalen" | "nihil";

export interface Eindafrekening {
  nacalculatie: Decimal;
  voorschottenBetaald: Decimal;
  /** Positive: the municipality pays the difference; negative: Ontplooj repays. */
  saldo: Decimal;
  richting: Richting;
  /** Dutch sentence saying who pays whom how much, for people. */
  toelichting: string;
  /** ISO date, 30 April of the next year. */
  vervaldatum: string;
}

export function vervaldatum(jaar: number): string {
  if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2099) {
    throw new InvoerFout("getal", `jaar ${jaar} is geen plausibel afrekenjaar`);
  }
  return `${jaar + 1}-04-30`;
}

/** Which way the money goes for a saldo: positive, the municipality pays; negative, Ontplooj repays. */
export function richtingVan(saldo: Decimal): Richting {
  return saldo.isZero() ? "nihil" : saldo.isPositive() ? "bijbetalen" : "terugbetalen";
}

/** "Wierden betaalt Ontplooj bij": who pays whom, with the municipality as the bijlage spells it. */
export function wieBetaaltWie(richting: Richting, gemeente: string): string {
  return richting === "bijbetalen"
    ? `${gemeente} betaalt Ontplooj bij`
    : richting === "terugbetalen"
      ? `Ontplooj betaalt ${gemeente} terug`
      : "Niets te betalen";
}

/** saldo(g) = B_n(g) − Σ voorschotten betaald(g), and which way the money goes. */
export function saldoEindafrekening(
  nacalculatie: DecimalInvoer,
  voorschottenBetaald: readonly DecimalInvoer[],
): { saldo: Decimal; richting: Richting; voorschottenBetaald: Decimal } {
  const snel = saldoInCenten(nacalculatie, voorschottenBetaald);
  if (snel) return snel;
  const betaald = som(voorschottenBetaald);
  // In cents, like every amount that is paid: advances with a fraction of a cent must not make
  // "€ 0,00 bij" out of a saldo of 0,004 (the sheet's =ROUND(…,2) says nihil).
  const saldo = rondCenten(dec(nacalculatie).minus(betaald));
  return { saldo, richting: richtingVan(saldo), voorschottenBetaald: betaald };
}

/**
 * The saldo in integers on one scale, when the amounts are Schaalgetallen that fit: the same sum,
 * difference and rounding as the Decimal path, without a Decimal per advance. Undefined otherwise.
 */
function saldoInCenten(
  nacalculatie: DecimalInvoer,
  voorschottenBetaald: readonly DecimalInvoer[],
): { saldo: Decimal; richting: Richting; voorschottenBetaald: Decimal } | undefined {
  const n = leesSchaal(nacalculatie);
  const betaald = somSchaal(voorschottenBetaald);
  const saldo = n && betaald && saldoCenten(n, betaald);
  if (!saldo) return undefined;
  // A negative difference that rounds to nothing stays a negative zero, as rondCenten leaves it.
  const s = saldo.centen === 0 && saldo.negatief ? NUL.negated() : decVanCenten(saldo.centen);
  return { saldo: s, richting: richtingVan(s), voorschottenBetaald: decVanSchaal(betaald) };
}

/**
 * round(nacalculatie − betaald) in whole cents (rondCenten's rule), for two Schaalgetallen; with
 * whether the exact difference was negative (a saldo of −0,004 is a negative zero). Undefined when
 * the difference does not fit the safe integers.
 */
export function saldoCenten(
  nacalculatie: Schaalgetal,
  betaald: Schaalgetal,
): { centen: number; negatief: boolean } | undefined {
  const verschil = opEenSchaal([nacalculatie, { cijfers: -betaald.cijfers, schaal: betaald.schaal }]);
  if (!verschil) return undefined;
  const centen = centenVanProduct(
    { cijfers: verschil.som, schaal: verschil.schaal },
    { cijfers: 1, schaal: 0 },
  );
  return typeof centen === "number" ? { centen, negatief: verschil.som < 0 } : undefined;
}

export function eindafrekening(
  nacalculatie: DecimalInvoer,
  voorschottenBetaald: readonly DecimalInvoer[],
  jaar: number,
  gemeente = "de gemeente",
): Eindafrekening {
  const {
    saldo,
    richting,
    voorschottenBetaald: betaald,
  } = saldoEindafrekening(nacalculatie, voorschottenBetaald);
  const datum = vervaldatum(jaar);
  const [j, m, d] = datum.split("-");
  const wanneer = `uiterlijk ${d}-${m}-${j}`;
  const toelichting =
    richting === "nihil"
      ? `De voorschotten dekken de nacalculatie precies; er hoeft niets betaald te worden.`
      : richting === "bijbetalen"
        ? `${hoofdletter(gemeente)} betaalt Ontplooj ${formatBedrag(saldo)} bij, ${wanneer}.`
        : `Ontplooj betaalt ${gemeente} ${formatBedrag(saldo.abs())} terug, ${wanneer}.`;
  return {
    nacalculatie: dec(nacalculatie),
    voorschottenBetaald: betaald,
    saldo,
    richting,
    toelichting,
    vervaldatum: datum,
  };
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
