// The hand-written CSV reader (src/cli/csv-grid.ts) against papaparse on the same text: random
// records with separators, quotes and line breaks inside quoted fields, CRLF, LF and lone CR, ';'
// and tab. Both must read every field back as written; the bench chose the faster of the two.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { csvNaarGrid, decodeerCsv, leesCsvTekst } from "../../../src/cli/csv-grid";

/** Field text with the characters that make CSV hard. */
const veld = fc
  .array(fc.constantFrom("a", "B", "1", ",", ".", " ", ";", "\t", '"', "\n", "\r\n", "é", "€"), {
    maxLength: 8,
  })
  .map((t) => t.join(""));

/** A field as a CSV writer writes it: quoted (with "" inside) when it holds a quote, separator or break. */
function schrijf(v: string, sep: string): string {
  return v.includes('"') || v.includes(sep) || v.includes("\n") || v.includes("\r") || v === ""
    ? `"${v.replace(/"/g, '""')}"`
    : v;
}

const records = fc.array(fc.array(veld, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

describe("CSV-lezer: aanhalingstekens, regeleinden in velden en scheidingstekens", () => {
  test.each([";", "\t"])(
    "elk veld terug zoals geschreven, en zoals papaparse het leest (scheidingsteken %j)",
    (sep) => {
      fc.assert(
        fc.property(records, fc.constantFrom("\r\n", "\n"), (rs, eol) => {
          const tekst = rs.map((r) => r.map((v) => schrijf(v, sep)).join(sep)).join(eol);
          const grid = csvNaarGrid(tekst, { scheiding: sep });
          // Quoted empty fields stay "" (the writer quotes every empty field here).
          expect(grid.waarden).toEqual(rs);
          const papa = Papa.parse<string[]>(tekst, { delimiter: sep, newline: eol }).data;
          expect(papa).toEqual(rs);
        }),
        { numRuns: 500 },
      );
    },
  );

  test("een veld dat het veld erboven herhaalt, of er één teken van verschilt, komt terug zoals geschreven", () => {
    const grid = csvNaarGrid("Aa;BB;WSW;x\nAa;BC;WSW\nAb;BC;WSX;x\n;BC;WSX;xy");
    expect(grid.waarden).toEqual([
      ["Aa", "BB", "WSW", "x"],
      ["Aa", "BC", "WSW"],
      ["Ab", "BC", "WSX", "x"],
      [null, "BC", "WSX", "xy"],
    ]);
  });

  test("lege velden zonder aanhalingstekens zijn lege cellen; lege velden aan het eind vallen weg; een losse CR beëindigt een record", () => {
    expect(csvNaarGrid("a;;b;;\rc").waarden).toEqual([["a", null, "b"], ["c"]]);
    expect(csvNaarGrid('"x\r\ny";2\n\n3').waarden).toEqual([["x\r\ny", "2"], [], ["3"]]);
  });
});

describe("leesCsvTekst: het bestand als tekst, beslist zoals decodeerCsv beslist", () => {
  const map = mkdtempSync(join(tmpdir(), "csv-tekst-"));
  afterAll(() => rmSync(map, { recursive: true, force: true }));
  const bestand = (naam: string, bytes: Uint8Array) => {
    const pad = join(map, naam);
    writeFileSync(pad, bytes);
    return pad;
  };

  test("UTF-8 met en zonder BOM, een echte U+FFFD behouden, Windows-1252 en UTF-16 gedecodeerd", () => {
    expect(leesCsvTekst(bestand("bom.csv", Buffer.from("\ufeffNaam;€ 1,00", "utf8")))).toBe("Naam;€ 1,00");
    expect(leesCsvTekst(bestand("kaal.csv", Buffer.from("Naam;Zoë", "utf8")))).toBe("Naam;Zoë");
    expect(leesCsvTekst(bestand("fffd.csv", Buffer.from("a;\ufffd", "utf8")))).toBe("a;\ufffd");
    expect(leesCsvTekst(bestand("bom-fffd.csv", Buffer.from("\ufeffa;\ufffd", "utf8")))).toBe("a;\ufffd");
    // A byte-order mark before bytes that are no UTF-8: decodeerCsv decides (Windows-1252).
    expect(
      leesCsvTekst(bestand("bom-cp1252.csv", Uint8Array.from([0xef, 0xbb, 0xbf, 0x4e, 0x3b, 0x80]))),
    ).toBe(decodeerCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4e, 0x3b, 0x80])));
    expect(leesCsvTekst(bestand("alleen-bom.csv", Uint8Array.from([0xef, 0xbb, 0xbf])))).toBe("");
    // 0x80 is € in Windows-1252 and no valid UTF-8 on its own.
    expect(leesCsvTekst(bestand("cp1252.csv", Uint8Array.from([0x4e, 0x3b, 0x80, 0x20, 0x31])))).toBe(
      "N;€ 1",
    );
    const utf16 = Buffer.from("\ufeffNaam\tZoë", "utf16le");
    expect(leesCsvTekst(bestand("utf16.csv", utf16))).toBe("Naam\tZoë");
    expect(
      leesCsvTekst(bestand("utf16-zonder-bom.csv", Buffer.from("Naam\tBedrag\r\nA\t1", "utf16le"))),
    ).toBe("Naam\tBedrag\r\nA\t1");
  });
});
