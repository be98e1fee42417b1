// The batch against bijlage 1: people paid against the VERLONING units billed for the
// municipality. The sheet is read by the one bijlage-1 reader (src/core/bijlage1/lezer.ts).
import type { Bevinding } from "../findings";
import type { Gemeente } from "../catalogue";
import { adres, zoekBlad, type Grid } from "../grid";
import { Decimal, formatGetal, type Decimal as DecimalT } from "../money";
import { leesBijlage1 } from "../bijlage1/lezer";
import { bepaalNotatie } from "../notatie";
import { Melder } from "../bijlage1/melder";
import { BLAD_BIJLAGE1, type CelPlek } from "../bijlage1/model";
import { maakBevinding as bevinding } from "./codes";
import { toonCeltekst, type Persoonsgegevens } from "./masker";
import type { Regeling } from "./model";

export interface Bijlage1Samenvatting {
  /** The catalogue name, or the sheet's text when it names no known municipality. */
  gemeente: string | null;
  /** Exact decimal text; null when the VERLONING row or its count is missing or unreadable. */
  verloningBegroot: string | null;
  verloningGerealiseerd: string | null;
}

/**
 * Reads the 'Bijlage 1' grid (any sheet name: the panel lets the user pick one) and compares.
 * The reader's findings about the rest of a bijlage-1 workbook (Jaar, Voorschotten, ...) are not
 * the payroll check's concern; only its verdict on the two counts is used. Units are a yearly
 * average of nominal employees, so a month may differ a little: more than `procent` % is a
 * warning. Returns null when the sheet has no services table with 'Aantal begroot'.
 */
export function vergelijkMetBijlage1(
  grid: Grid,
  batchGemeente: Gemeente | null,
  personenPerRegeling: ReadonlyMap<Regeling | "onbekend", number>,
  procent: number,
  persoonsgegevens: Persoonsgegevens,
  bevindingen: Bevinding[],
): Bijlage1Samenvatting | null {
  const blad = grid.blad;
  const melder = new Melder();
  const alsBijlage1 = zoekBlad({ bladen: [grid] }, BLAD_BIJLAGE1) ? grid : { ...grid, blad: BLAD_BIJLAGE1 };
  const model = leesBijlage1(
    { bladen: [alsBijlage1] },
    melder,
    bepaalNotatie({ bladen: [alsBijlage1] }).notatie,
  );
  const kolommen = model?.diensten.kolommen;
  if (!model || !kolommen?.aantalBegroot) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_ONLEESBAAR",
        `Bijlage 1 is niet te lezen: blad '${blad}' heeft geen dienstentabel met 'Dienst' en 'Aantal begroot'.`,
        blad,
      ),
    );
    return null;
  }

  const personen = [...personenPerRegeling.values()].reduce((a, b) => a + b, 0);
  const uitsplitsing = [...personenPerRegeling.entries()].map(([r, n]) => `${r} ${n}`).join(", ");
  const gemeente = model.gemeenteInfo ?? null;
  const gemeenteTekst = model.gemeente ? toonCeltekst(model.gemeente.waarde, persoonsgegevens) : null;
  if (gemeente === null) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_GEMEENTE_ONBEKEND",
        `Bijlage 1 noemt geen bekende gemeente${gemeenteTekst ? ` ('${gemeenteTekst}')` : ""}.`,
        blad,
        model.gemeente?.cel,
        batchGemeente?.naam,
        gemeenteTekst ?? "leeg",
      ),
    );
  } else if (batchGemeente !== null && gemeente !== batchGemeente) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_ANDERE_GEMEENTE",
        `Bijlage 1 is van ${gemeente.naam}, de betaalbatch van ${batchGemeente.naam}.`,
        blad,
        model.gemeente?.cel,
        batchGemeente.naam,
        gemeente.naam,
      ),
    );
  }
  const samenvatting: Bijlage1Samenvatting = {
    gemeente: gemeente?.naam ?? gemeenteTekst,
    verloningBegroot: null,
    verloningGerealiseerd: null,
  };

  const regel = model.diensten.regels.find((r) => r.dienst?.code === "VERLONING");
  if (!regel) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_GEEN_VERLONING",
        `Bijlage 1 bevat geen dienst 'Uitvoeren verloning', maar de batch betaalt ${personen} personen (${uitsplitsing}).`,
        blad,
        undefined,
        "een regel VERLONING",
        "geen",
      ),
    );
    return samenvatting;
  }
  const vergelijk = (kolom: CelPlek, soort: "begroot" | "gerealiseerd"): DecimalT | null => {
    const cel = adres(regel.rij, kolom.kolom);
    const aantal = soort === "begroot" ? regel.aantalBegroot?.waarde : regel.aantalGerealiseerd?.waarde;
    if (aantal === undefined) {
      // The reader leaves out a count it cannot use, with AANTAL_ONGELDIG when the cell holds no
      // number. An empty 'Aantal gerealiseerd' is fine: a budget-year bijlage 1 has no realisation.
      const leeg = !melder.bevindingen.some((b) => b.code === "AANTAL_ONGELDIG" && b.cel === cel);
      if (leeg && soort === "gerealiseerd") return null;
      bevindingen.push(
        bevinding(
          "fout",
          "BIJLAGE1_AANTAL_ONGELDIG",
          `Aantal ${soort} van de verloning in bijlage 1 is ${leeg ? "leeg" : "geen getal"}.`,
          blad,
          cel,
          "aantal medewerkers",
          leeg ? "leeg" : "geen getal",
        ),
      );
      return null;
    }
    const verschil = new Decimal(personen).minus(aantal);
    if (verschil.abs().greaterThan(aantal.abs().times(procent).div(100))) {
      bevindingen.push(
        bevinding(
          "waarschuwing",
          "VERLONING_AANTAL_WIJKT_AF",
          `De batch betaalt ${personen} personen (${uitsplitsing}); bijlage 1 rekent verloning voor ${formatGetal(aantal, aantal.decimalPlaces())} medewerkers (${soort}): ${verschil.isPositive() ? "+" : ""}${formatGetal(verschil, verschil.decimalPlaces())}, meer dan ${String(procent).replace(".", ",")}% verschil.`,
          blad,
          cel,
          formatGetal(aantal, aantal.decimalPlaces()),
          String(personen),
        ),
      );
    }
    return aantal;
  };
  samenvatting.verloningBegroot = vergelijk(kolommen.aantalBegroot, "begroot")?.toString() ?? null;
  if (kolommen.aantalGerealiseerd)
    samenvatting.verloningGerealiseerd =
      vergelijk(kolommen.aantalGerealiseerd, "gerealiseerd")?.toString() ?? null;
  return samenvatting;
}
