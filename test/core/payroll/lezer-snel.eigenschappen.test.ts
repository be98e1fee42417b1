// The batch reader's shortcuts against their definitions: a cell is trimmed as String.prototype.trim
// trims it, empty as `trim() === ""` says, and a row ends the table when /^\s*totaal/i matches
// its first cell, also for every kind of space trim knows (tab, no-break space, U+2003, U+FEFF, ...).
import fc from "fast-check";
import { batchRijen, maakPersonen } from "../../../src/voorbeelden/loonbatch";
import { leesBetaalbatch, naarCenten, naarMiljoensten, normaliseerBsn } from "../../../src/core/payroll";
import type { CelWaarde, Grid } from "../../../src/core/grid";

/** Characters trim removes, some it keeps (control characters, U+200B), and plain ones. */
const teken = fc.constantFrom(
  " ",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u0001",
  "\u001f",
  "\u200b",
  "a",
  "T",
  "t",
  "otaal",
  "W",
  "1",
  ",",
);
const celTekst = fc.array(teken, { maxLength: 6 }).map((a) => a.join(""));

/** A batch of two people as an .xlsx-shaped grid, with `vul` changing cells of the first data row. */
function grid(vul: (rij: CelWaarde[], volgende: CelWaarde[]) => void): Grid {
  const waarden = batchRijen({ gemeente: "Almelo", periode: "2026-10", regels: maakPersonen(2, 3) }, "xlsx");
  vul(waarden[6], waarden[7]);
  return { blad: "Betaalbatch", startRij: 0, startKolom: 0, waarden };
}

describe("snelle wegen van de batchlezer", () => {
  it("tekstcellen worden ingekort zoals trim() doet, en zijn leeg zoals trim() === '' zegt", () => {
    fc.assert(
      fc.property(celTekst, celTekst, (naam, iban) => {
        const { batch, bevindingen } = leesBetaalbatch(
          grid((rij) => {
            rij[2] = naam;
            rij[9] = iban;
          }),
        );
        expect(batch.regels[0].naam).toBe(naam.trim());
        const leeg = bevindingen.filter((b) => b.code === "VELD_LEEG").map((b) => b.cel);
        expect(leeg).toEqual([...(naam.trim() === "" ? ["C7"] : []), ...(iban.trim() === "" ? ["J7"] : [])]);
      }),
      { numRuns: 1000 },
    );
  });

  it("een rij waarvan de eerste cel past op /^\\s*totaal/i sluit de tabel af, en geen andere", () => {
    fc.assert(
      fc.property(celTekst, (begin) => {
        const { batch } = leesBetaalbatch(
          grid((rij) => {
            rij[0] = begin;
          }),
        );
        const einde = /^\s*totaal/i.test(begin);
        expect(batch.regels.length).toBe(einde ? 0 : 2);
      }),
      { numRuns: 1000 },
    );
  });

  it("BSN, deeltijdfactor en bedragen met spaties eromheen: leeg alleen als trim() dat zegt", () => {
    fc.assert(
      fc.property(celTekst, celTekst, (voor, na) => {
        const bsn = `${voor}123456782${na}`;
        const factor = `${voor}0,8${na}`;
        const bruto = `${voor}1.234,56${na}`;
        const niets = `${voor}${na}`;
        const { batch, bevindingen } = leesBetaalbatch(
          grid((rij, volgende) => {
            rij[1] = bsn;
            rij[5] = factor;
            rij[6] = bruto;
            volgende[6] = niets;
          }),
        );
        const waarde = (o: ReturnType<typeof naarCenten>) => (o.ok ? o.waarde : null);
        expect(batch.regels[0].bsn).toBe(normaliseerBsn(bsn) ?? bsn.trim());
        expect(batch.regels[0].parttimefactor).toBe(waarde(naarMiljoensten(factor)));
        expect(batch.regels[0].bruto).toBe(waarde(naarCenten(bruto)));
        expect(batch.regels[1].bruto).toBe(niets.trim() === "" ? null : waarde(naarCenten(niets)));
        const leeg = bevindingen.filter((b) => b.code === "VELD_LEEG").map((b) => b.cel);
        expect(leeg).toEqual(niets.trim() === "" ? ["G8"] : []);
      }),
      { numRuns: 1000 },
    );
  });
});
