// Next year's tariffs (DOMAIN.md §3.8 and issue 12): last year's tariff times an index factor,
// rounded to whole euros, half away from zero (DOMAIN §3: tariffs are whole euros).
import { InvoerFout } from "../fouten";
import { Decimal, dec, rondAf } from "../money";
import { indexeer, LOONSTIJGING_AMBTENAREN } from "../settlement";

/** One percentage for every year, or the published series of wage increases (DOMAIN §3.8). */
export type Index = { soort: "percentage"; stijging: Decimal } | { soort: "reeks" };

/**
 * The factor that takes a tariff of `vanJaar` to `naarJaar`: (1 + p) per year for a percentage
 * (compounded when a year is skipped), Π(1 + i) over the years after vanJaar up to naarJaar for
 * the series. Throws InvoerFout (Dutch) for a year the series lacks.
 */
export function indexFactor(
  index: Index,
  vanJaar: number,
  naarJaar: number,
  reeks: ReadonlyMap<number, Decimal> = LOONSTIJGING_AMBTENAREN,
): Decimal {
  if (!Number.isInteger(vanJaar) || !Number.isInteger(naarJaar) || naarJaar <= vanJaar)
    throw new InvoerFout(
      "waarde",
      `het nieuwe jaar (${naarJaar}) moet na het jaar van de bijlage (${vanJaar}) liggen`,
    );
  if (index.soort === "percentage") {
    const f = dec(1).plus(index.stijging);
    if (f.lessThanOrEqualTo(0))
      throw new InvoerFout("getal", `een index van ${index.stijging.times(100).toFixed()}% kan niet`);
    return f.pow(naarJaar - vanJaar);
  }
  for (let j = vanJaar + 1; j <= naarJaar; j++) {
    if (!reeks.has(j))
      throw new InvoerFout(
        "ontbreekt",
        `de indexreeks (loonstijging ambtenaren) heeft geen stijging voor ${j}; geef de index zelf op, bijv. --index 6%`,
      );
  }
  return indexeer(1, vanJaar, naarJaar, reeks);
}

/** The rounding rule of a new tariff: whole euros, half away from zero (−4.356,5 → −4.357). */
export function rondTarief(x: Decimal): Decimal {
  return rondAf(x, 0);
}

export function indexeerTarief(tarief: Decimal, factor: Decimal): Decimal {
  return rondTarief(tarief.times(factor));
}

/** "6%", "6,5%", "0,06", "reeks": the --index argument and the panel's field; undefined when unclear. */
export function leesIndex(tekst: string): Index | undefined {
  const t = tekst.trim().toLowerCase();
  if (t === "reeks") return { soort: "reeks" };
  const m = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(t);
  if (!m) return undefined;
  const getal = dec(m[1].replace(",", "."));
  // Without "%" only a fraction (0,06) is clear; "6" could be 6 % or 600 %.
  if (!m[2] && getal.abs().greaterThanOrEqualTo(1)) return undefined;
  return { soort: "percentage", stijging: m[2] ? getal.div(100) : getal };
}

export function indexTekst(index: Index): string {
  return index.soort === "reeks"
    ? "de reeks loonstijging ambtenaren"
    : `${index.stijging.times(100).toDecimalPlaces(4).toFixed().replace(".", ",")}% per jaar`;
}
