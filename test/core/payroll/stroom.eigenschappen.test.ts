// A batch read as a stream of rows (the CLI's way with a CSV file) must give exactly what the same
// text read as a grid gives: the same summary and the same findings at the same cells, for random
// batches with odd cells, empty and extra rows, a header far down, and rows on both sides of the
// first rows the stream keeps for the header search.
import fc from "fast-check";
import { csvNaarGrid, CsvRijen } from "../../../src/cli/csv-grid";
import { batchNaarCsv, maakPersonen } from "../../../src/voorbeelden/loonbatch";
import { controleerBetaalbatch } from "../../../src/core/payroll";

/** Raw CSV field text a person or a payroll system might leave in a cell. */
const RAAR = [
  "",
  " ",
  "abc",
  "1.234,567",
  "-5,00",
  "€ 12,00",
  "1e3",
  "0,8",
  "WSX",
  "Totaal",
  "totaal netto",
  "NL00ONTP0000000000",
  "123456789",
  '"1.234,56"',
  '"a;b"',
  '"x""y"',
  '"regel\nbreuk"',
  "instroom",
];

type Wijziging =
  | { soort: "cel"; regel: number; kolom: number; tekst: string }
  | { soort: "leeg"; regel: number; tekst: string }
  | { soort: "dubbel"; regel: number };

const wijziging: fc.Arbitrary<Wijziging> = fc.oneof(
  fc.record({
    soort: fc.constant("cel" as const),
    regel: fc.nat(200),
    kolom: fc.nat(12),
    tekst: fc.constantFrom(...RAAR),
  }),
  fc.record({
    soort: fc.constant("leeg" as const),
    regel: fc.nat(200),
    tekst: fc.constantFrom("", ";;;", " ; "),
  }),
  fc.record({ soort: fc.constant("dubbel" as const), regel: fc.nat(200) }),
);

function batchTekst(
  aantal: number,
  zaad: number,
  voorloop: number,
  wijzigingen: readonly Wijziging[],
): string {
  const regels = batchNaarCsv({ gemeente: "Almelo", periode: "2026-10", regels: maakPersonen(aantal, zaad) })
    .replace(/\r?\n$/, "")
    .split(/\r?\n/);
  for (let i = 0; i < voorloop; i++) regels.splice(1, 0, i % 3 === 0 ? "" : `Toelichting ${i};x`);
  for (const w of wijzigingen) {
    const r = w.regel % regels.length;
    if (w.soort === "leeg") regels.splice(r, 0, w.tekst);
    else if (w.soort === "dubbel") regels.splice(r, 0, regels[r]);
    else {
      const velden = regels[r].split(";");
      velden[w.kolom % Math.max(1, velden.length)] = w.tekst;
      regels[r] = velden.join(";");
    }
  }
  return regels.join("\r\n");
}

/** What a check gives: its result, or the message it refused with. */
function uitkomst<T>(f: () => T): { uit: T } | { fout: string } {
  try {
    return { uit: f() };
  } catch (e) {
    return { fout: e instanceof Error ? e.message : String(e) };
  }
}

describe("een batch gelezen als stroom van rijen is gelijk aan dezelfde tekst gelezen als grid", () => {
  it("dezelfde samenvatting, dezelfde bevindingen, dezelfde cellen", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 130 }),
        fc.nat(1000),
        fc.constantFrom(0, 3, 60, 98, 120),
        fc.array(wijziging, { maxLength: 12 }),
        fc.boolean(),
        (aantal, zaad, voorloop, wijzigingen, metVorige) => {
          const tekst = batchTekst(aantal, zaad, voorloop, wijzigingen);
          const vorigeTekst = metVorige ? batchTekst(Math.max(0, aantal - 3), zaad, 0, []) : undefined;
          // A generated change can leave a quote open: then both must refuse with the same message.
          const uitGrid = uitkomst(() =>
            controleerBetaalbatch(
              csvNaarGrid(tekst),
              vorigeTekst === undefined ? {} : { vorige: csvNaarGrid(vorigeTekst) },
            ),
          );
          const uitStroom = uitkomst(() =>
            controleerBetaalbatch(
              new CsvRijen(tekst),
              vorigeTekst === undefined ? {} : { vorige: new CsvRijen(vorigeTekst) },
            ),
          );
          expect(uitStroom).toEqual(uitGrid);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("een aanhalingsteken dat nooit sluit: de stroom gooit de fout van het grid, vanuit de controle", () => {
    const tekst = batchTekst(150, 7, 0, []) + '\r\n100999;"123456782;Naam';
    expect(() => csvNaarGrid(tekst)).toThrow("CSV: aanhalingsteken niet gesloten (record 157)");
    expect(() => controleerBetaalbatch(new CsvRijen(tekst))).toThrow(
      "CSV: aanhalingsteken niet gesloten (record 157)",
    );
  });

  it("ook onder een Totaal-regel en zonder kopregel: de stroom leest het bestand uit en weigert zoals het grid", () => {
    const kapot = '\r\n100999;"123456782;Naam';
    for (const tekst of [
      batchTekst(5, 7, 0, []) + "\r\nTotaal;;;;;;;;;" + kapot,
      batchTekst(5, 7, 120, []) + kapot, // the header lies below the rows searched
    ]) {
      const grid = uitkomst(() => controleerBetaalbatch(csvNaarGrid(tekst)));
      expect(grid).toMatchObject({ fout: expect.stringMatching(/^CSV: aanhalingsteken niet gesloten/) });
      expect(uitkomst(() => controleerBetaalbatch(new CsvRijen(tekst)))).toEqual(grid);
    }
  });
});
