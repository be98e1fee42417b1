// CSV files in every encoding Excel and payroll systems write (issue 10, part 4): UTF-16 with and
// without byte-order mark, little- and big-endian, tab-separated as Excel's "Unicode-tekst";
// UTF-8 with BOM; Windows-1252 only when the bytes are not UTF-8. Each is read from a real file
// and must give exactly the findings of the original UTF-8 file (283 bogus findings before).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { leesCsvBestand } from "../../../src/cli/csv-grid";
import { controleerBetaalbatch } from "../../../src/core/payroll";
import { metLibreOffice } from "../bijlage1/libreoffice";

const BRON = join(__dirname, "..", "..", "..", "assets", "loonbatch", "almelo-2026-10-afwijkingen.csv");
const werk = mkdtempSync(join(tmpdir(), "csv-codering-"));
const tekst = readFileSync(BRON, "utf-8").replace(/^\ufeff/, "");
const verwacht = controleerBetaalbatch(leesCsvBestand(BRON));

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

test.each<[string, Buffer]>([
  ["UTF-16LE met BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tekst, "utf16le")])],
  ["UTF-16LE zonder BOM", Buffer.from(tekst, "utf16le")],
  ["UTF-16BE met BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(tekst)])],
  ["UTF-16BE zonder BOM", utf16be(tekst)],
  ["UTF-8 met BOM", Buffer.from("\ufeff" + tekst, "utf-8")],
  ["UTF-16LE met tabs (Unicode-tekst)", Buffer.from("\ufeff" + tekst.replace(/;/g, "\t"), "utf16le")],
])("%s geeft dezelfde bevindingen als het origineel", (naam, bytes) => {
  const pad = join(werk, naam.replace(/\W+/g, "-") + ".csv");
  writeFileSync(pad, bytes);
  const r = controleerBetaalbatch(leesCsvBestand(pad));
  expect(r.samenvatting).toEqual(verwacht.samenvatting);
  expect(r.bevindingen).toEqual(verwacht.bevindingen);
});

test("een naam met é in Windows-1252 wordt niet als UTF-8 of UTF-16 gelezen", () => {
  const pad = join(werk, "cp1252.csv");
  writeFileSync(pad, Buffer.from("Naam;Bedrag\r\nRen\xe9e;\x80 1,00\r\n", "latin1"));
  expect(leesCsvBestand(pad).waarden).toEqual([
    ["Naam", "Bedrag"],
    ["Renée", "€ 1,00"],
  ]);
});

metLibreOffice("UTF-16-CSV van LibreOffice")("UTF-16 CSV geschreven door LibreOffice", () => {
  const profiel = join(werk, "profiel");
  execFileSync(
    "libreoffice",
    [
      `-env:UserInstallation=file://${profiel}`,
      "--headless",
      "--infilter=CSV:59,34,76",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):59,34,65535",
      "--outdir",
      join(werk, "lo"),
      BRON,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const pad = join(werk, "lo", "almelo-2026-10-afwijkingen.csv");
  const bytes = readFileSync(pad);
  expect(bytes.subarray(0, 2).toString("hex")).toBe("fffe");
  const r = controleerBetaalbatch(leesCsvBestand(pad));
  expect(r.samenvatting).toEqual(verwacht.samenvatting);
  expect(r.bevindingen).toEqual(verwacht.bevindingen);
});
