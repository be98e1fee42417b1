// Price indexation with the yearly wage increases of civil servants (DOMAIN.md §3.8).
import { InvoerFout } from "../fouten";
import { dec, type Decimal, type DecimalInvoer } from "../money";

/** Published increases: 2022 +3.5 %, 2023 +9.1 %, 2024 +6 %. */
export const LOONSTIJGING_AMBTENAREN: ReadonlyMap<number, Decimal> = new Map([
  [2022, dec("0.035")],
  [2023, dec("0.091")],
  [2024, dec("0.06")],
]);

/**
 * Expresses an amount of year `jaar` in prices of `basisjaar`: multiply by Π(1+i) for the years
 * after jaar up to basisjaar, or divide by Π(1+i) for the years after basisjaar up to jaar.
 */
export function indexeer(
  bedrag: DecimalInvoer,
  jaar: number,
  basisjaar: number,
  reeks: ReadonlyMap<number, DecimalInvoer> = LOONSTIJGING_AMBTENAREN,
): Decimal {
  for (const j of [jaar, basisjaar]) {
    if (!Number.isInteger(j)) throw new InvoerFout("getal", `jaar ${j} is geen geheel jaartal`);
  }
  const [van, tot] = jaar <= basisjaar ? [jaar, basisjaar] : [basisjaar, jaar];
  let factor = dec(1);
  for (let j = van + 1; j <= tot; j++) {
    const stijging = reeks.get(j);
    if (stijging === undefined)
      throw new InvoerFout("ontbreekt", `de indexreeks heeft geen stijging voor ${j}`);
    const f = dec(1).plus(dec(stijging));
    if (!f.isPositive())
      throw new InvoerFout("getal", `stijging ${dec(stijging).toString()} voor ${j} is niet mogelijk`);
    factor = factor.times(f);
  }
  return jaar <= basisjaar ? dec(bedrag).times(factor) : dec(bedrag).div(factor);
}
