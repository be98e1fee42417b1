// The command line as a user runs it (tsx src/cli/main.ts): exit codes, stdout only what the
// command prints, Dutch errors without stack traces.
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EINDAFREKENING_BLAD, NAMEN } from "../../src/core/bijlage1";
import { ROOT, cli } from "./opdrachtregel";

const MAP = join(ROOT, "assets/bijlage1");

const werk = mkdtempSync(join(tmpdir(), "ontplooj-cli-"));

describe("validate", () => {
  test("een goed voorbeeld: exit 0 en een Nederlandse samenvatting", () => {
    const r = cli("validate", join(MAP, "bijlage1-2023-almelo.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /^Controle van bijlage1-2023-almelo\.xlsx \(Almelo 2023\): 0 fouten, 0 waarschuwingen, 2 meldingen\n/,
    );
    expect(r.stdout).toContain("TARIEF_AFWIJKING_BEGROTING");
  });

  test("fouten: exit 1, --json met codes en cellen", () => {
    const r = cli("validate", join(MAP, "kapot", "bijlage1-2023-wierden-rekenfouten.xlsx"), "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const uit = JSON.parse(r.stdout) as {
      gemeente: string;
      telling: { fout: number };
      bevindingen: { code: string; cel?: string; blad?: string }[];
    };
    expect(uit.gemeente).toBe("Wierden");
    expect(uit.telling.fout).toBe(4);
    expect(uit.bevindingen).toContainEqual(
      expect.objectContaining({ code: "BEDRAG_AFWIJKEND", blad: "Bijlage 1", cel: "E12" }),
    );
  });

  test("een waarschuwing die vullen tegenhoudt: exit 1 met de reden, zoals fill weigert", async () => {
    // Almelo's sample has no errors and no warnings; a hidden column it uses blocks a fill.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(MAP, "bijlage1-2023-almelo.xlsx"));
    wb.getWorksheet("Bijlage 1")!.getColumn("D").hidden = true;
    const pad = join(werk, "almelo-verborgen.xlsx");
    await wb.xlsx.writeFile(pad);
    const r = cli("validate", pad);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "Controle van almelo-verborgen.xlsx (Almelo 2023): 0 fouten, 1 waarschuwing, 2 meldingen",
      "Vullen zou worden geweigerd: 1 waarschuwing die vullen tegenhoudt (KOLOM_VERBORGEN). Herstel ze, of vul uitdrukkelijk met fill --forceer.",
    ]);
    const json = cli("validate", pad, "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      telling: { fout: 0, waarschuwing: 1 },
      vullenGeweigerd: expect.stringMatching(/^Vullen zou worden geweigerd: .*KOLOM_VERBORGEN/),
    });
    // fill agrees: refused without --forceer
    const f = cli("fill", pad, "--out", join(werk, "almelo-verborgen-uit.xlsx"));
    expect(f.code).toBe(1);
    expect(f.stdout).toContain("Niet gevuld: De controle vond 1 waarschuwing die vullen tegenhoudt");
    // and a workbook fill accepts says nothing of a refusal
    const goed = cli("validate", join(MAP, "bijlage1-2023-almelo.xlsx"), "--json");
    expect(goed.code).toBe(0);
    expect(JSON.parse(goed.stdout)).toMatchObject({ vullenGeweigerd: null });
  });

  test("onleesbaar of ontbrekend bestand: exit 2 met een melding, zonder stacktrace", () => {
    const nep = join(werk, "geen-excel.xlsx");
    writeFileSync(nep, "dit is geen xlsx");
    for (const pad of [nep, join(werk, "bestaat-niet.xlsx")]) {
      const r = cli("validate", pad);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^Fout: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cli("validate").code).toBe(2);
    expect(cli("validate", nep, "--onbekend").stderr).toBe("Fout: onbekende optie --onbekend\n");
  });
});

describe("fill", () => {
  test("vult het werkboek; --json geeft exacte decimale strings", async () => {
    const uitPad = join(werk, "wierden-gevuld.xlsx");
    const r = cli("fill", join(MAP, "bijlage1-2023-wierden.xlsx"), "--out", uitPad, "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const uit = JSON.parse(r.stdout) as {
      gevuld: boolean;
      afrekening: Record<string, unknown> & { regels: Record<string, unknown>[] };
    };
    expect(uit.gevuld).toBe(true);
    const a = uit.afrekening;
    expect(a).toMatchObject({
      gemeente: "Wierden",
      jaar: 2023,
      risicoOpslag: "0.02",
      richting: "terugbetalen",
      vervaldatum: "2024-04-30",
    });
    for (const k of ["voorcalculatie", "nacalculatie", "voorschottenBetaald", "saldo"])
      expect(a[k]).toMatch(/^-?\d+\.\d{2}$/);
    expect(a.toelichting).toMatch(
      /^Ontplooj betaalt gemeente Wierden € [\d.]+,\d{2} terug, uiterlijk 30-04-2024\.$/,
    );
    expect(a.regels[0]).toMatchObject({
      code: "BEG_BESCHUT",
      tariefBegroot: "7150",
      aantalBegroot: "20",
      bedragBegroot: "143000.00",
      tariefGerealiseerd: "6396.9",
      bedragGerealiseerd: "127938.00",
      verschil: "-15062.00",
    });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uitPad);
    const ws = wb.getWorksheet(EINDAFREKENING_BLAD)!;
    expect(ws.getCell("F10").formula).toBe("ROUND(D10*E10,2)");
    expect(ws.getCell("D10").formula).toBe("'Bijlage 1'!C10");
    const saldo = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(
      NAMEN.saldo,
    ).ranges[0];
    const adres = saldo.split("!")[1].replace(/\$/g, "");
    expect((ws.getCell(adres).value as ExcelJS.CellFormulaValue).result).toBe(Number(a.saldo));
  });

  test("tekstuitvoer en in-place vullen van hetzelfde bestand", () => {
    const pad = join(werk, "tubbergen.xlsx");
    copyFileSync(join(MAP, "bijlage1-2023-tubbergen.xlsx"), pad);
    const r = cli("fill", pad, "--out", pad);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Eindafrekening Tubbergen 2023 geschreven naar");
    expect(r.stdout).toMatch(/Saldo\s+€ -[\d.]+,\d{2}\s+\(terugbetalen\)/);
    const nogmaals = cli("fill", pad, "--out", pad);
    expect(nogmaals.code).toBe(0);
    expect(nogmaals.stdout.split("\n").slice(1)).toEqual(r.stdout.split("\n").slice(1));
  });

  test("fouten: niet gevuld, exit 1, met de reden; --forceer vult wel (exit 1 blijft)", () => {
    const uitPad = join(werk, "kapot.xlsx");
    const bron = join(MAP, "kapot", "bijlage1-2023-tubbergen-diensten.xlsx");
    const r = cli("fill", bron, "--out", uitPad);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Niet gevuld: De controle vond 4 fouten");
    expect(r.stdout).toContain("Gebruik --forceer om toch te vullen.");
    expect(r.stdout).toContain("DIENST_NIET_AFGENOMEN");
    expect(existsSync(uitPad)).toBe(false);
    const f = cli("fill", bron, "--out", uitPad, "--forceer", "--json");
    expect(f.code).toBe(1);
    expect(JSON.parse(f.stdout)).toMatchObject({
      gevuld: true,
      geforceerd: expect.stringContaining("Geforceerd gevuld ondanks 4 fouten"),
    });
    expect(existsSync(uitPad)).toBe(true);
    // The text says so as well.
    const t = cli("fill", bron, "--out", uitPad, "--forceer");
    expect(t.code).toBe(1);
    expect(t.stdout).toContain("Let op: Geforceerd gevuld ondanks 4 fouten");
  });

  test("zonder --out: exit 2", () => {
    const r = cli("fill", join(MAP, "bijlage1-2023-tubbergen.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Fout: gebruik: fill/);
  });
});

describe("demo", () => {
  test("controleert en vult de vijf voorbeelden en reproduceert tabel 7.5", () => {
    const uitMap = join(werk, "demo");
    const r = cli("demo", "--out", uitMap);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const g of ["Almelo", "Wierden", "Twenterand", "Dinkelland", "Tubbergen"]) {
      expect(r.stdout).toMatch(
        new RegExp(
          `^${g}\\s+€ [\\d.]+,\\d{2}\\s+€ [\\d.]+,\\d{2}\\s+€ [\\d.]+,\\d{2}\\s+€ -?[\\d.]+,\\d{2}`,
          "m",
        ),
      );
      expect(existsSync(join(uitMap, `bijlage1-2023-${g.toLowerCase()}.xlsx`))).toBe(true);
    }
    expect(r.stdout).toMatch(/^Beschut\s+1\.579,0\s+1\.579\s+0,0/m);
    expect(r.stdout).toContain("Tabel 7.5 wordt binnen de tolerantie gereproduceerd.");
    // The Ontplooj-wide part comes from the consolidation (src/core/consolidatie).
    expect(r.stdout).toMatch(/^Behoud: .* klopt tot op de cent\.$/m);
    expect(existsSync(join(uitMap, "overzicht-ontplooj-2023.xlsx"))).toBe(true);
  });

  test("de hoofdopdracht noemt de bijlage-1-opdrachten", () => {
    const r = cli("--help");
    expect(r.code).toBe(0);
    for (const o of ["validate", "fill", "demo"]) expect(r.stdout).toContain(`  ${o} `);
    // the exit codes, with what validate's 1 means
    expect(r.stdout).toMatch(
      /^Exitcodes:\n {2}0 .+\n {2}1 .*validate: vullen zou worden geweigerd.+\n {2}2 /m,
    );
  });
});

describe("fill: de --forceer-hint alleen waar forceren helpt", () => {
  test("zonder jaar: geen hint, want ook geforceerd valt er niets af te rekenen", async () => {
    const werkMap = mkdtempSync(join(tmpdir(), "ontplooj-hint-"));
    // No Jaar label; the titles that name 2023 go too, since a title now gives the year (issue 9).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(MAP, "kapot", "bijlage1-2023-almelo-structuur.xlsx"));
    for (const a of ["A1", "A2"]) wb.getWorksheet("Bijlage 1")!.getCell(a).value = null;
    const zonderJaar = join(werkMap, "zonder-jaar.xlsx");
    await wb.xlsx.writeFile(zonderJaar);
    const r = cli("fill", zonderJaar, "--out", join(werkMap, "x.xlsx"), "--forceer");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Niet gevuld: De afrekening kan niet worden berekend");
    expect(r.stdout).not.toContain("--forceer");
  });
});
