// Input the core cannot compute with. Adapters turn it into a Dutch message or an Excel error:
// waarde → #VALUE!, deling → #DIV/0!, getal → #NUM!, ontbreekt → #N/A.
export type InvoerFoutSoort = "waarde" | "deling" | "getal" | "ontbreekt";

export class InvoerFout extends Error {
  constructor(
    readonly soort: InvoerFoutSoort,
    bericht: string,
  ) {
    super(bericht);
    this.name = "InvoerFout";
  }
}
