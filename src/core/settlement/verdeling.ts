// Pro-rata allocation (DOMAIN.md §3.12): published shares that sum to 100.1 % are normalised,
// and the amount is split by largest remainder so the parts add up to the cent.
import { GEMEENTEN, type GemeenteNaam } from "../catalogue";
import { InvoerFout } from "../fouten";
import { dec, rondCenten, verdeelGrootsteRest, type Decimal, type DecimalInvoer } from "../money";

export const KADER_VERDELING: Readonly<Partial<Record<GemeenteNaam, number>>> = Object.fromEntries(
  GEMEENTEN.filter((g) => g.kaderPercentage !== undefined).map((g) => [g.naam, g.kaderPercentage as number]),
);

export function verdeelNaarRato<K extends string>(
  totaal: DecimalInvoer,
  aandelen: Readonly<Partial<Record<K, DecimalInvoer>>>,
): Record<K, Decimal> {
  const sleutels = Object.keys(aandelen) as K[];
  if (sleutels.length === 0) throw new InvoerFout("waarde", "geen verdeelsleutel opgegeven");
  const gewichten = sleutels.map((k) => dec(aandelen[k] as DecimalInvoer));
  if (gewichten.some((g) => g.isNegative()))
    throw new InvoerFout("getal", "een aandeel kan niet negatief zijn");
  if (gewichten.every((g) => g.isZero())) throw new InvoerFout("deling", "alle aandelen zijn 0");
  const delen = verdeelGrootsteRest(rondCenten(totaal), gewichten);
  return Object.fromEntries(sleutels.map((k, i) => [k, delen[i]])) as Record<K, Decimal>;
}

export function verdeelKader(totaal: DecimalInvoer): Partial<Record<GemeenteNaam, Decimal>> {
  return verdeelNaarRato(totaal, KADER_VERDELING);
}
