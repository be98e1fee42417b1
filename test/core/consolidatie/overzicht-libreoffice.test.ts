// The "Overzicht Ontplooj" the command line writes, recomputed by LibreOffice headless with every
// cached result removed: every formula cell equals the engine to the cent. Both inputs: the one
// workbook with a sheet per municipality, and the five separate files (merged into a new workbook).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { run } from "../../../src/cli/commands/ontplooj";
import { CONSOLIDATIE_BESTAND, CONSOLIDATIE_KAPOT_BESTAND } from "../../../src/voorbeelden/consolidatie";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { OVERZICHT_BLAD, consolideerWerkboek } from "../../../src/core/consolidatie";
import { bladXml, herberekenInLibreOffice, metLibreOffice, xmlWaarden } from "../bijlage1/libreoffice";
import { vergelijkMetPlan } from "../bijlage1/hulp";
import { structuurFouten } from "../../cli/pakket/structuur";

const BIJLAGEN = join(__dirname, "../../../assets/bijlage1");
const CONSOLIDATIE = join(__dirname, "../../../assets/consolidatie");

interface OntploojJson {
  uitvoer: string | null;
  geweigerd?: string;
  telling: { fout: number };
  bevindingen: { code: string; werkmap?: string; blad?: string; cel?: string }[];
  uitkomst?: { gemeenten: { gemeente: string; saldo: string }[]; behoud: { klopt: boolean } };
}

async function ontplooj(argumenten: string[]): Promise<{ exit: number; json: OntploojJson }> {
  let stdout = "";
  const spion = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    return true;
  });
  const spionFout = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const exit = await run([...argumenten, "--json"]);
    return { exit, json: JSON.parse(stdout) as OntploojJson };
  } finally {
    spion.mockRestore();
    spionFout.mockRestore();
  }
}

/** The overview sheet without any cached formula result: only a recalculation can fill it. */
async function zonderUitkomsten(pad: string): Promise<number> {
  const bytes = readFileSync(pad);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await bladXml(bytes, OVERZICHT_BLAD);
  let gewist = 0;
  for (const naam of Object.keys(zip.files)) {
    if (!/worksheets\/sheet\d+\.xml$/.test(naam) || (await zip.file(naam)!.async("string")) !== xml) continue;
    const kaal = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, f: string) => {
      gewist++;
      return f;
    });
    zip.file(naam, kaal.replace(/ t="str"/g, ""));
  }
  writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer" }));
  return gewist;
}

async function vergelijkNaHerberekening(pad: string, werk: string): Promise<number> {
  const plan = consolideerWerkboek(await leesXlsx(pad)).plan!;
  const formules = plan.cellen.filter((c) => c.formule);
  expect(await zonderUitkomsten(pad)).toBe(formules.length);
  const uit = herberekenInLibreOffice([pad], werk);
  const waarden = await xmlWaarden(readFileSync(join(uit, pad.split("/").pop()!)), OVERZICHT_BLAD);
  expect(vergelijkMetPlan({ ...plan, cellen: formules }, (a) => waarden.get(a) ?? null)).toEqual([]);
  return formules.length;
}

describe("ontplooj op de opdrachtregel", () => {
  test("het kapotte voorbeeld: exit 1, de fouten bij werkmap en cel, niets geschreven", async () => {
    const werk = mkdtempSync(join(tmpdir(), "ontplooj-kapot-"));
    const uit = join(werk, "overzicht.xlsx");
    const { exit, json } = await ontplooj([
      join(CONSOLIDATIE, "kapot", CONSOLIDATIE_KAPOT_BESTAND),
      "--out",
      uit,
    ]);
    expect(exit).toBe(1);
    expect(json.uitvoer).toBeNull();
    expect(existsSync(uit)).toBe(false);
    expect(json.bevindingen.filter((b) => b.code.startsWith("CONS_") && b.cel && b.werkmap)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "CONS_KOSTPRIJZEN_VERSCHILLEN",
          blad: "Kostprijzen Wierden",
          cel: "B5",
        }),
        expect.objectContaining({ code: "CONS_EENHEDEN_TELLEN_NIET_OP", blad: "Kostprijzen" }),
      ]),
    );
  });

  metLibreOffice("het herberekenen van het Overzicht Ontplooj")(
    "één werkmap: het overzicht in een kopie, in LibreOffice herberekend gelijk aan de engine",
    async () => {
      const werk = mkdtempSync(join(tmpdir(), "ontplooj-een-"));
      const uit = join(werk, "overzicht.xlsx");
      const { exit, json } = await ontplooj([join(CONSOLIDATIE, CONSOLIDATIE_BESTAND), "--out", uit]);
      expect(exit).toBe(0);
      expect(json.uitvoer).toBe(uit);
      expect(json.uitkomst!.behoud.klopt).toBe(true);
      // The chart of the plan stands in the package (the package writer of the charts issue),
      // reading the overview's own cells, and the package is sound.
      const bytes = readFileSync(uit);
      expect(await structuurFouten(bytes)).toEqual([]);
      const zip = await JSZip.loadAsync(bytes);
      const grafiek = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      expect(grafiek).toHaveLength(1);
      const verwijzingen = [
        ...(await zip.file(grafiek[0])!.async("string")).matchAll(/<c:f>([^<]*)<\/c:f>/g),
      ];
      expect(verwijzingen).toHaveLength(9);
      for (const v of verwijzingen)
        expect(v[1]).toMatch(/^'Overzicht Ontplooj'!\$[A-G]\$\d+(:\$[A-G]\$\d+)?$/);
      expect(await vergelijkNaHerberekening(uit, werk)).toBeGreaterThan(400);
      // Refilling the filled workbook in place: its own area, so no refusal; the original as .bak.
      const opnieuw = await ontplooj([uit, "--out", uit]);
      expect(opnieuw.exit).toBe(0);
      expect(opnieuw.json.uitvoer).toBe(uit);
      expect(existsSync(`${uit}.bak`)).toBe(true);
    },
    180_000,
  );

  metLibreOffice("het herberekenen van het Overzicht Ontplooj")(
    "vijf losse bestanden (een map): een nieuwe werkmap met hun bladen en het overzicht, gelijk aan de engine",
    async () => {
      const werk = mkdtempSync(join(tmpdir(), "ontplooj-vijf-"));
      const uit = join(werk, "vijf.xlsx");
      const { exit, json } = await ontplooj([BIJLAGEN, "--out", uit]);
      expect(exit).toBe(0);
      expect(json.uitkomst!.gemeenten.map((g) => g.gemeente)).toEqual([
        "Almelo",
        "Wierden",
        "Twenterand",
        "Dinkelland",
        "Tubbergen",
      ]);
      const samen = await leesXlsx(uit);
      expect(samen.bladen.map((b) => b.blad)).toEqual(
        expect.arrayContaining(["Bijlage 1 Almelo", "Kostprijzen Tubbergen"]),
      );
      expect(await vergelijkNaHerberekening(uit, werk)).toBeGreaterThan(400);
    },
    180_000,
  );
});
