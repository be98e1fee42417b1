// Input the core cannot compute with. Adapters turn it into a Dutch message or an Excel error:
// waarde and getal → #VALUE! with the message, deling → #DIV/0! (Excel shows no message with it),
// ontbreekt → #N/A with the message.
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
