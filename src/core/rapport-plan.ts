// The findings as a report sheet: one row per finding, with a link that jumps to its cell.
// The report is a sheet plan like the settlement; the adapters write it with the same writer
// (src/excel without a backup).
import { sorteerBevindingen, type Bevinding, type Ernst } from "./findings";
import { adres, bladVerwijzing } from "./grid";
import type { BladPlan, CelStijl, PlanCel } from "./sheetplan";

/** The report sheet with the findings of the last check (one of the add-in's own sheets). */
export const RAPPORT_BLAD = "Ontplooj_Bevindingen";

export const ERNST_LABEL: Record<Ernst, string> = {
  fout: "Fout",
  waarschuwing: "Waarschuwing",
  info: "Info",
};

const KOPPEN = ["Ernst", "Code", "Blad", "Cel", "Bericht", "Verwacht", "Gevonden"] as const;
const KOP_STIJL: CelStijl = { vet: true, achtergrond: "#D9E2F3", randOnder: true };
const ERNST_KLEUR: Record<Ernst, string> = { fout: "#A4262C", waarschuwing: "#8A5300", info: "#605E5C" };

/** Text in a formula string literal: double the quotes. */
function tekstInFormule(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** =HYPERLINK("#'Bijlage 1'!C12";"C12") in English syntax: a link to a cell of this workbook. */
export function celLink(blad: string, cel: string): string {
  return `=HYPERLINK(${tekstInFormule("#" + bladVerwijzing(blad, cel))},${tekstInFormule(cel)})`;
}

export function rapportPlan(bevindingen: readonly Bevinding[], blad = RAPPORT_BLAD): BladPlan {
  const cellen: PlanCel[] = KOPPEN.map((kop, k) => ({ adres: adres(0, k), waarde: kop, stijl: KOP_STIJL }));
  sorteerBevindingen(bevindingen).forEach((b, i) => {
    const rij = i + 1;
    const rijCellen: PlanCel[] = [
      {
        adres: adres(rij, 0),
        waarde: ERNST_LABEL[b.ernst],
        stijl: { vet: true, tekstkleur: ERNST_KLEUR[b.ernst] },
      },
      { adres: adres(rij, 1), waarde: b.code },
      { adres: adres(rij, 2), waarde: b.blad ?? null },
      b.blad && b.cel
        ? {
            adres: adres(rij, 3),
            formule: celLink(b.blad, b.cel),
            waarde: b.cel,
            stijl: { tekstkleur: "#0F6CBD" },
          }
        : { adres: adres(rij, 3), waarde: b.cel ?? null },
      { adres: adres(rij, 4), waarde: b.bericht },
      { adres: adres(rij, 5), waarde: b.verwacht ?? null, getalnotatie: "@" },
      { adres: adres(rij, 6), waarde: b.gevonden ?? null, getalnotatie: "@" },
    ];
    cellen.push(...rijCellen);
  });
  return {
    blad,
    gebied: `A1:G${Math.max(1, bevindingen.length + 1)}`,
    cellen,
    namen: [],
    kolombreedtes: { A: 14, B: 26, C: 16, D: 10, E: 70, F: 18, G: 18 },
  };
}
