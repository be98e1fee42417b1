// The Bijlage1_* names contract from the command line: a workbook the label search cannot read
// fills right to the cent once it has the names; every bad name is a finding at the name.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { hfVan, hfWaarde } from "../core/bijlage1/hulp";
import { EINDAFREKENING_BLAD, NAMEN } from "../../src/core/bijlage1";
import {
  alleNamen,
  BEGROTING,
  bouwEigenWerkmap,
  metNamen,
  REALISATIE,
  verwachteAfrekening,
} from "../core/bijlage1/namen-werkmap";

const ROOT = join(__dirname, "../..");
const TSX = require.resolve("tsx/cli");
const werk = mkdtempSync(join(tmpdir(), "ontplooj-namen-"));

interface Uitvoer {
  gevuld: boolean;
  afrekening?: Record<string, string>;
  bevindingen: { ernst: string; code: string; blad?: string; cel?: string; bericht: string }[];
}

let teller = 0;
async function vul(
  namen: readonly { naam: string; verwijzing: string; blad?: string }[],
): Promise<{ code: number | null; uit: Uitvoer; uitPad: string }> {
  const pad = join(werk, `eigen-${++teller}.xlsx`);
  writeFileSync(pad, await metNamen(bouwEigenWerkmap(), namen));
  const uitPad = join(werk, `gevuld-${teller}.xlsx`);
  const r = spawnSync(process.execPath, [TSX, "src/cli/main.ts", "fill", pad, "--out", uitPad, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.stderr).toBe("");
  return { code: r.status, uit: JSON.parse(r.stdout) as Uitvoer, uitPad };
}

/** All names, with one replaced (or removed when `verwijzing` is null). */
function namenMet(naam: string, verwijzing: string | null) {
  const rest = alleNamen().filter((n) => n.naam.toLowerCase() !== naam.toLowerCase());
  return verwijzing === null ? rest : [...rest, { naam, verwijzing }];
}

const fouten = (u: Uitvoer) => u.bevindingen.filter((b) => b.ernst === "fout");

describe("fill met Bijlage1_*-namen", () => {
  test("zonder namen: geweigerd, de kopregel is niet te lezen", async () => {
    const { code, uit } = await vul([]);
    expect(code).toBe(1);
    expect(uit.gevuld).toBe(false);
    // 'Begroting 2023' is the main sheet by its name, but no header row names the columns.
    expect(fouten(uit).map((b) => b.code)).toContain("TABEL_ONTBREEKT");
  });

  test("met namen: gevuld, voorcalculatie, nacalculatie en saldo op de cent", async () => {
    const { code, uit, uitPad } = await vul(alleNamen());
    expect(fouten(uit)).toEqual([]);
    expect(code).toBe(0);
    expect(uit.gevuld).toBe(true);
    const verwacht = verwachteAfrekening();
    expect(uit.afrekening).toMatchObject({ gemeente: "Wierden", jaar: 2023, ...verwacht });

    // The Eindafrekening refers to the real cells on both sheets; recomputed, it gives the same saldo.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uitPad);
    const ws = wb.getWorksheet(EINDAFREKENING_BLAD)!;
    const formules: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.formula && formules.push(c.formula)));
    expect(formules).toContain(`'${BEGROTING}'!D8`);
    expect(formules).toContain(`'${REALISATIE}'!C5`);
    const saldo = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(
      NAMEN.saldo,
    ).ranges[0];
    const hf = hfVan(wb);
    const berekend = hfWaarde(hf, EINDAFREKENING_BLAD, saldo.split("!")[1].replace(/\$/g, ""));
    expect(Math.round((berekend as number) * 100)).toBe(Math.round(Number(verwacht.saldo) * 100));
  });

  test("één cel met het totaal van de voorschotten", async () => {
    const namen = namenMet("Bijlage1_Voorschotten", `'${BEGROTING}'!$H$3`);
    const wb = bouwEigenWerkmap();
    wb.getWorksheet(BEGROTING)!.getCell("H3").value = Number(verwachteAfrekening().voorschottenBetaald);
    const pad = join(werk, "totaal.xlsx");
    writeFileSync(pad, await metNamen(wb, namen));
    const r = spawnSync(
      process.execPath,
      [TSX, "src/cli/main.ts", "fill", pad, "--out", join(werk, "totaal-uit.xlsx"), "--json"],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    const uit = JSON.parse(r.stdout) as Uitvoer;
    expect(r.status).toBe(0);
    expect(uit.afrekening).toMatchObject(verwachteAfrekening());
  });

  test.each([
    {
      geval: "#REF!",
      naam: "Bijlage1_Tarieven",
      verwijzing: "#REF!",
      code: "NAAM_VERWIJZING_ONGELDIG",
      plek: {},
    },
    {
      geval: "een verwijderd blad",
      naam: "Bijlage1_AantallenGerealiseerd",
      verwijzing: "'Realisatie 2022'!$C$5:$C$9",
      code: "NAAM_VERWIJZING_ONGELDIG",
      plek: { blad: "Realisatie 2022" },
    },
    {
      geval: "twee gebieden",
      naam: "Bijlage1_Tarieven",
      verwijzing: `'${BEGROTING}'!$D$8:$D$9,'${BEGROTING}'!$D$10:$D$12`,
      code: "NAAM_VERWIJZING_ONGELDIG",
      plek: {},
    },
    {
      geval: "ongelijke hoogte",
      naam: "Bijlage1_AantallenGerealiseerd",
      verwijzing: `'${REALISATIE}'!$C$5:$C$8`,
      code: "NAAM_HOOGTE_ONGELIJK",
      plek: { blad: REALISATIE, cel: "C5" },
    },
    {
      geval: "twee kolommen waar één hoort",
      naam: "Bijlage1_Tarieven",
      verwijzing: `'${BEGROTING}'!$D$8:$E$12`,
      code: "NAAM_VORM_ONGELDIG",
      plek: { blad: BEGROTING, cel: "D8" },
    },
    {
      geval: "een bereik waar één cel hoort",
      naam: "Bijlage1_Jaar",
      verwijzing: `'${BEGROTING}'!$D$4:$D$5`,
      code: "NAAM_VORM_ONGELDIG",
      plek: { blad: BEGROTING, cel: "D4" },
    },
    {
      geval: "geen Diensten bij de kolommen",
      naam: "Bijlage1_Diensten",
      verwijzing: null,
      code: "NAAM_ONTBREEKT",
      plek: {},
    },
    {
      geval: "Diensten zonder Tarieven",
      naam: "Bijlage1_Tarieven",
      verwijzing: null,
      code: "NAAM_ONTBREEKT",
      plek: { blad: BEGROTING, cel: "B8" },
    },
  ])("$geval: $code, niet gevuld", async ({ naam, verwijzing, code, plek }) => {
    const { code: exit, uit } = await vul(namenMet(naam, verwijzing));
    expect(exit).toBe(1);
    expect(uit.gevuld).toBe(false);
    const b = fouten(uit).find((x) => x.code === code);
    expect(b).toMatchObject(plek);
    if (!("blad" in plek)) expect(b?.blad).toBeUndefined();
    expect(b!.bericht).toContain(verwijzing === null ? "Koppel" : naam);
  });

  test("een naam op bladniveau telt niet mee en wordt gemeld; een onbekende naam ook", async () => {
    const namen = [
      ...namenMet("Bijlage1_RisicoOpslag", null),
      { naam: "Bijlage1_RisicoOpslag", verwijzing: `'${BEGROTING}'!$D$5`, blad: BEGROTING },
      { naam: "Bijlage1_Tarief", verwijzing: `'${BEGROTING}'!$D$8:$D$12` },
    ];
    const { uit } = await vul(namen);
    expect(uit.bevindingen).toContainEqual(
      expect.objectContaining({ code: "NAAM_BLADNIVEAU", ernst: "info", blad: BEGROTING }),
    );
    expect(uit.bevindingen).toContainEqual(
      expect.objectContaining({ code: "NAAM_ONBEKEND", ernst: "waarschuwing" }),
    );
    // Without the (ignored) risk surcharge, Wierden's settlement is refused: nothing silently 0.
    expect(fouten(uit).map((b) => b.code)).toContain("RISICO_OPSLAG_ONTBREEKT");
  });
});
