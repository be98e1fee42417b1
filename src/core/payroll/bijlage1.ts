// Just enough of a bijlage-1 sheet for the payroll check: the municipality and the VERLONING
// row's units. Deliberately small and self-contained; src/core/bijlage1 is the full reader.
import type { Bevinding } from "../findings";
import { zoekDienst, zoekGemeente, type Gemeente } from "../catalogue";
import { adres, isLeeg, type Grid } from "../grid";
import { labelIs } from "../labels";
import { Decimal, formatGetal, parseGetal, type Decimal as DecimalT } from "../money";
import { maakBevinding as bevinding } from "./lezer";
import type { Regeling } from "./model";

export interface VerloningUitBijlage1 {
  blad: string;
  gemeente: Gemeente | null;
  gemeenteTekst: string | null;
  gemeenteCel: string | null;
  /** The VERLONING row; null when the services table has none. */
  verloning: {
    rij: number;
    /** The units, "leeg" for an empty cell, "ongeldig" for a cell that holds no number. */
    aantalBegroot: Aantal;
    celBegroot: string;
    aantalGerealiseerd: Aantal;
    celGerealiseerd: string | null;
  } | null;
}

export type Aantal = DecimalT | "leeg" | "ongeldig";

export type Bijlage1Lezing = { ok: true; waarde: VerloningUitBijlage1 } | { ok: false; reden: string };

/** Reads the 'Bijlage 1' grid: label 'Gemeente' (value to its right) and the services table. */
export function leesVerloningUitBijlage1(grid: Grid): Bijlage1Lezing {
  let kop: { r: number; dienst: number; begroot: number; gerealiseerd: number } | null = null;
  let gemeenteTekst: string | null = null;
  let gemeenteCel: string | null = null;
  for (let r = 0; r < grid.waarden.length && kop === null; r++) {
    const rij = grid.waarden[r];
    let dienst = -1;
    let begroot = -1;
    let gerealiseerd = -1;
    for (let k = 0; k < rij.length; k++) {
      const v = rij[k];
      if (labelIs(v, "Dienst")) dienst = k;
      else if (labelIs(v, "Aantal begroot")) begroot = k;
      else if (labelIs(v, "Aantal gerealiseerd")) gerealiseerd = k;
      else if (gemeenteCel === null && labelIs(v, "Gemeente")) {
        for (let j = k + 1; j < rij.length && j <= k + 2; j++) {
          if (!isLeeg(rij[j])) {
            gemeenteTekst = String(rij[j]).trim();
            gemeenteCel = adres(grid.startRij + r, grid.startKolom + j);
            break;
          }
        }
      }
    }
    if (dienst >= 0 && begroot >= 0) kop = { r, dienst, begroot, gerealiseerd };
  }
  if (kop === null) {
    return {
      ok: false,
      reden: `blad '${grid.blad}' heeft geen dienstentabel met 'Dienst' en 'Aantal begroot'`,
    };
  }
  const gemeente = gemeenteTekst === null ? null : (zoekGemeente(gemeenteTekst) ?? null);
  const resultaat: VerloningUitBijlage1 = {
    blad: grid.blad,
    gemeente,
    gemeenteTekst,
    gemeenteCel,
    verloning: null,
  };
  for (let r = kop.r + 1; r < grid.waarden.length; r++) {
    const rij = grid.waarden[r];
    const d = rij[kop.dienst];
    if (rij.every((v) => isLeeg(v))) break; // the table ends at the first empty row
    if (typeof d !== "string") continue;
    if (/^\s*totaal/i.test(d)) break;
    if (zoekDienst(d)?.code !== "VERLONING") continue;
    const lees = (k: number): Aantal => {
      const w = k < 0 ? null : (rij[k] ?? null);
      if (isLeeg(w)) return "leeg";
      const p = parseGetal(w, { notatie: "nl" });
      return p.ok ? p.waarde : "ongeldig";
    };
    const sheetRij = grid.startRij + r;
    resultaat.verloning = {
      rij: sheetRij,
      aantalBegroot: lees(kop.begroot),
      celBegroot: adres(sheetRij, grid.startKolom + kop.begroot),
      aantalGerealiseerd: lees(kop.gerealiseerd),
      celGerealiseerd: kop.gerealiseerd >= 0 ? adres(sheetRij, grid.startKolom + kop.gerealiseerd) : null,
    };
    break;
  }
  return { ok: true, waarde: resultaat };
}

/**
 * People paid (per regulation, and in all) against the VERLONING units billed for the
 * municipality. Units are a yearly average of nominal employees, so a month may differ a little:
 * more than `procent` % is a warning.
 */
export function vergelijkMetBijlage1(
  b1: VerloningUitBijlage1,
  batchGemeente: Gemeente | null,
  personenPerRegeling: ReadonlyMap<Regeling | "onbekend", number>,
  procent: number,
  bevindingen: Bevinding[],
): void {
  const personen = [...personenPerRegeling.values()].reduce((a, b) => a + b, 0);
  const uitsplitsing = [...personenPerRegeling.entries()].map(([r, n]) => `${r} ${n}`).join(", ");
  if (b1.gemeente === null) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_GEMEENTE_ONBEKEND",
        `Bijlage 1 noemt geen bekende gemeente${b1.gemeenteTekst ? ` ('${b1.gemeenteTekst}')` : ""}.`,
        b1.blad,
        b1.gemeenteCel ?? undefined,
        batchGemeente?.naam,
        b1.gemeenteTekst ?? "leeg",
      ),
    );
  } else if (batchGemeente !== null && b1.gemeente !== batchGemeente) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_ANDERE_GEMEENTE",
        `Bijlage 1 is van ${b1.gemeente.naam}, de betaalbatch van ${batchGemeente.naam}.`,
        b1.blad,
        b1.gemeenteCel ?? undefined,
        batchGemeente.naam,
        b1.gemeente.naam,
      ),
    );
  }
  if (b1.verloning === null) {
    bevindingen.push(
      bevinding(
        "fout",
        "BIJLAGE1_GEEN_VERLONING",
        `Bijlage 1 bevat geen dienst 'Uitvoeren verloning', maar de batch betaalt ${personen} personen (${uitsplitsing}).`,
        b1.blad,
        undefined,
        "een regel VERLONING",
        "geen",
      ),
    );
    return;
  }
  const v = b1.verloning;
  const vergelijk = (aantal: Aantal, cel: string | null, soort: "begroot" | "gerealiseerd") => {
    if (cel === null) return;
    if (aantal === "leeg" || aantal === "ongeldig") {
      // A budget-year bijlage 1 has no realised figures yet: an empty 'Aantal gerealiseerd' is fine.
      if (aantal === "leeg" && soort === "gerealiseerd") return;
      bevindingen.push(
        bevinding(
          "fout",
          "BIJLAGE1_AANTAL_ONGELDIG",
          `Aantal ${soort} van de verloning in bijlage 1 is ${aantal === "leeg" ? "leeg" : "geen getal"}.`,
          b1.blad,
          cel,
          "aantal medewerkers",
          aantal === "leeg" ? "leeg" : "geen getal",
        ),
      );
      return;
    }
    const verschil = new Decimal(personen).minus(aantal);
    if (verschil.abs().greaterThan(aantal.abs().times(procent).div(100))) {
      bevindingen.push(
        bevinding(
          "waarschuwing",
          "VERLONING_AANTAL_WIJKT_AF",
          `De batch betaalt ${personen} personen (${uitsplitsing}); bijlage 1 rekent verloning voor ${formatGetal(aantal, aantal.decimalPlaces())} medewerkers (${soort}): ${verschil.isPositive() ? "+" : ""}${formatGetal(verschil, verschil.decimalPlaces())}, meer dan ${String(procent).replace(".", ",")}% verschil.`,
          b1.blad,
          cel,
          formatGetal(aantal, aantal.decimalPlaces()),
          String(personen),
        ),
      );
    }
  };
  vergelijk(v.aantalBegroot, v.celBegroot, "begroot");
  vergelijk(v.aantalGerealiseerd, v.celGerealiseerd, "gerealiseerd");
}
