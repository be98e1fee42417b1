// The self-check over generated workbooks: random services, counts, realised tariffs (column or
// Kostprijzen, with quotients that do not terminate), surcharges, advances and notations. For
// every one, every tree of the Eindafrekening recomputes exactly and ends at the cells read.
import fc from "fast-check";
import {
  STANDAARD_KOLOMMEN,
  bouwWerkmap,
  voorbeeldData,
  type VoorbeeldData,
} from "../../../src/voorbeelden/bijlage1";
import { GEMEENTEN } from "../../../src/core/catalogue";
import { werkboekVan } from "../bijlage1/hulp";
import { afwijkingen } from "./hulp";

const centen = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
const aantal = fc.oneof(fc.integer({ min: 0, max: 400 }).map(String), centen(40_000));

const werkmap = fc.record({
  gemeente: fc.constantFrom(...GEMEENTEN.map((g) => g.naam)),
  keuze: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  aantallen: fc.array(fc.tuple(aantal, aantal), { minLength: 8, maxLength: 8 }),
  risicoOpslag: fc.constantFrom("0", "0.02", "0.015", "0.035"),
  voorschotten: fc.array(centen(20_000_000), { maxLength: 12 }),
  tekstGetallen: fc.boolean(),
  tariefKolom: fc.boolean(),
  tarieven: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 8, maxLength: 8 }),
  kostprijzen: fc.array(fc.tuple(centen(300_000_000), fc.integer({ min: 1, max: 300_000 })), {
    minLength: 8,
    maxLength: 8,
  }),
});

describe("zelfcontrole over gegenereerde werkmappen", () => {
  test("elke knoop rekent exact na, elk blad is wat de lezer in zijn cel las", async () => {
    await fc.assert(
      fc.asyncProperty(werkmap, async (w) => {
        const basis = voorbeeldData(w.gemeente);
        const diensten = basis.diensten
          .map((d, i) => ({ ...d, aantalBegroot: w.aantallen[i][0], aantalGerealiseerd: w.aantallen[i][1] }))
          .filter((_, i) => w.keuze[i]);
        const data: VoorbeeldData = {
          ...basis,
          diensten: diensten.length > 0 ? diensten : basis.diensten.slice(0, 1),
          risicoOpslag: w.gemeente === "Almelo" ? "0" : w.risicoOpslag,
          voorschotten: w.voorschotten,
        };
        const { wb, indeling } = bouwWerkmap(data, {
          tekstGetallen: w.tekstGetallen,
          kolommen: w.tariefKolom ? [...STANDAARD_KOLOMMEN, "tariefGerealiseerd"] : STANDAARD_KOLOMMEN,
        });
        // Realised tariffs and Kostprijzen of our own, so quotients need not terminate.
        const bijlage = wb.getWorksheet("Bijlage 1")!;
        const kp = wb.getWorksheet("Kostprijzen");
        data.diensten.forEach((d, i) => {
          const rij = indeling.rij[d.code];
          const kolom = indeling.kolom.tariefGerealiseerd;
          const opbrengst = d.code.startsWith("OPBR");
          if (rij && kolom && !w.tekstGetallen)
            bijlage.getCell(`${kolom}${rij}`).value = ((opbrengst ? -1 : 1) * w.tarieven[i]) / 100;
          const kpRij = indeling.kostprijsRij[d.code];
          if (kp && kpRij) {
            kp.getCell(`${opbrengst ? "C" : "B"}${kpRij}`).value = Number(w.kostprijzen[i][0]);
            kp.getCell(`D${kpRij}`).value = w.kostprijzen[i][1] / 100;
          }
        });
        const { afwijkingen: fout } = afwijkingen(await werkboekVan(wb));
        expect(fout).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
