// Shared helpers for the core tests: tolerance checks on exact Decimals.
import { dec, type Decimal, type DecimalInvoer } from "../../src/core/money";

/**
 * Asserts |gevonden − verwacht| ≤ tolerantie, all exact decimals, with a message that names the
 * figure so a failing reference test says which published number it missed and by how much.
 */
export function verwachtBinnen(
  gevonden: DecimalInvoer,
  verwacht: DecimalInvoer,
  tolerantie: DecimalInvoer,
  wat = "waarde",
): void {
  const g = dec(gevonden);
  const v = dec(verwacht);
  const afwijking = g.minus(v).abs();
  if (afwijking.greaterThan(dec(tolerantie))) {
    throw new Error(
      `${wat}: gevonden ${g.toString()}, gepubliceerd ${v.toString()}, afwijking ${afwijking.toString()} > tolerantie ${dec(tolerantie).toString()}`,
    );
  }
}

/** Euros to thousands of euros (the unit of tables 7.5 and 7.6). */
export function inDuizenden(x: DecimalInvoer): Decimal {
  return dec(x).div(1000);
}
