// Advances (DOMAIN.md §3.2): the voorcalculatie split over 12 months or 4 quarters so the terms
// add up to the year amount to the cent.
import { InvoerFout } from "../fouten";
import { dec, rondCenten, verdeelGrootsteRest, type Decimal, type DecimalInvoer } from "../money";

export function voorschotten(jaarbedrag: DecimalInvoer, termijnen: number): Decimal[] {
  if (!Number.isInteger(termijnen) || termijnen < 1) {
    throw new InvoerFout(
      "getal",
      `het aantal termijnen moet een geheel getal van minstens 1 zijn (niet ${termijnen})`,
    );
  }
  const totaal = dec(jaarbedrag);
  if (!rondCenten(totaal).equals(totaal)) {
    throw new InvoerFout("waarde", `het jaarbedrag ${totaal.toString()} heeft meer dan twee decimalen`);
  }
  return verdeelGrootsteRest(totaal, termijnen, 2);
}

/** The k-th of n advances (1-based). */
export function voorschotTermijn(jaarbedrag: DecimalInvoer, termijnen: number, termijn: number): Decimal {
  if (!Number.isInteger(termijn) || termijn < 1 || termijn > termijnen) {
    throw new InvoerFout("getal", `termijn ${termijn} ligt niet tussen 1 en ${termijnen}`);
  }
  return voorschotten(jaarbedrag, termijnen)[termijn - 1];
}
