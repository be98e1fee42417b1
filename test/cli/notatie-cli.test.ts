// `--notatie nl|en` on the command line: the user decides how ambiguous text numbers are read
// when the workbook does not say; without it such text is an error at its cell (exit 1).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bouwWerkmap, voorbeeldData } from "../../src/voorbeelden/bijlage1";
import { cli } from "./opdrachtregel";

const werk = mkdtempSync(join(tmpdir(), "ontplooj-notatie-"));
const bestand = join(werk, "engels.xlsx");

beforeAll(async () => {
  const { wb } = bouwWerkmap(voorbeeldData("Wierden"));
  const ws = wb.getWorksheet("Bijlage 1")!;
  ws.getCell("C10").value = "7,150"; // English text, nothing else in the workbook decides
  await wb.xlsx.writeFile(bestand);
});

test("zonder --notatie: een fout in de cel met beide lezingen, exit 1", () => {
  const r = cli("validate", bestand);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Bijlage 1!C10");
  expect(r.stdout).toContain("'7,150' is dubbelzinnig: 7150 als de komma duizendtallen scheidt");
});

test("--notatie en: gelezen als 7150, geen fouten; fill vult", () => {
  expect(cli("validate", bestand, "--notatie", "en").code).toBe(0);
  const r = cli("fill", bestand, "--out", join(werk, "uit.xlsx"), "--notatie", "en", "--json");
  expect(r.code).toBe(0);
  const uit = JSON.parse(r.stdout) as {
    gevuld: boolean;
    afrekening: { regels: { tariefBegroot: string }[] };
  };
  expect(uit.gevuld).toBe(true);
  expect(uit.afrekening.regels[0].tariefBegroot).toBe("7150");
});

test("--notatie nl: de gebruiker koos Nederlands, dus 7,15 (en de controle ziet het verschil met het bedrag)", () => {
  const r = cli("validate", bestand, "--notatie", "nl", "--json");
  const uit = JSON.parse(r.stdout) as { bevindingen: { code: string; cel?: string }[] };
  expect(uit.bevindingen.some((b) => b.code === "TARIEF_ONGELDIG")).toBe(false);
  expect(uit.bevindingen.find((b) => b.cel === "E10")?.code).toBe("BEDRAG_AFWIJKEND");
});

test("een onbekende notatie is een gebruiksfout in het Nederlands, exit 2", () => {
  const r = cli("validate", bestand, "--notatie", "de");
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("Fout: --notatie verwacht nl (1.234,56) of en (1,234.56), niet 'de'\n");
});
