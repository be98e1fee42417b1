// KPIs (DOMAIN.md §3.13): realised against target in a direction, and the published 2023 targets.
import { InvoerFout } from "../fouten";
import { dec, type Decimal, type DecimalInvoer } from "../money";

export type KpiRichting = "hoger" | "lager";

export interface KpiUitkomst {
  behaald: boolean;
  /** realisatie − doel; positive is better when richting is "hoger". */
  verschil: Decimal;
}

export function evalueerKpi(invoer: {
  doel: DecimalInvoer;
  realisatie: DecimalInvoer;
  richting: KpiRichting;
}): KpiUitkomst {
  if (invoer.richting !== "hoger" && invoer.richting !== "lager") {
    throw new InvoerFout(
      "waarde",
      `richting moet "hoger" of "lager" zijn, niet "${String(invoer.richting)}"`,
    );
  }
  const doel = dec(invoer.doel);
  const realisatie = dec(invoer.realisatie);
  const behaald =
    invoer.richting === "hoger" ? realisatie.greaterThanOrEqualTo(doel) : realisatie.lessThanOrEqualTo(doel);
  return { behaald, verschil: realisatie.minus(doel) };
}

export interface KpiDoel {
  naam: string;
  doel: Decimal;
  richting: KpiRichting;
  eenheid: "percentage" | "cijfer";
}

/** Published 2023 targets; percentages as fractions (85 % = 0.85). */
export const KPI_DOELEN_2023: readonly KpiDoel[] = [
  { naam: "Ontwikkelplan hooguit een jaar oud", doel: dec("0.85"), richting: "hoger", eenheid: "percentage" },
  { naam: "Doorgestroomd naar detachering", doel: dec("0.5"), richting: "hoger", eenheid: "percentage" },
  {
    naam: "Detacheringen langer dan zes maanden",
    doel: dec("0.9"),
    richting: "hoger",
    eenheid: "percentage",
  },
  { naam: "Binnen drie maanden herplaatst", doel: dec("0.9"), richting: "hoger", eenheid: "percentage" },
  { naam: "Medewerkerstevredenheid", doel: dec("7.5"), richting: "hoger", eenheid: "cijfer" },
  { naam: "Ziekteverzuim SW Ontplooj", doel: dec("0.156"), richting: "lager", eenheid: "percentage" },
  { naam: "Ziekteverzuim nieuw beschut", doel: dec("0.142"), richting: "lager", eenheid: "percentage" },
];
