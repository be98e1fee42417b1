// Review of the money paths of a filled bijlage 1: the risk surcharge is never charged to Almelo
// (also not in a forced fill), and the Eindafrekening's ROUND formulas give the engine's cents on
// lines that land exactly on a half cent, recalculated by LibreOffice headless.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EINDAFREKENING_BLAD, NAMEN, planEindafrekening } from "../../../src/core/bijlage1";
import { werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import { STANDAARD_KOLOMMEN, bouwWerkmap, voorbeeldData } from "../../../src/voorbeelden/bijlage1";
import type { BladPlan } from "../../../src/core/sheetplan";
import { gevuld, hfVan, hfWaarde, rondreis, vergelijkMetPlan, werkmapMetNegatieveKosten } from "./hulp";
import { herberekenInLibreOffice, metLibreOffice, wisUitkomsten, xmlWaarden } from "./libreoffice";

describe("risico-opslag: Almelo betaalt er nooit een", () => {
  test("geforceerd gevuld met 2% bij Almelo: fout gemeld, maar opslag 0 in de afrekening en op het blad", async () => {
    const { wb, indeling } = bouwWerkmap(voorbeeldData("Almelo"));
    wb.getWorksheet("Bijlage 1")!.getCell(indeling.risicoOpslag).value = 0.02;
    const terug = await rondreis(wb);
    const u = planEindafrekening(werkboekNaarGrids(terug), { forceer: true });
    expect(u.bevindingen.map((b) => b.code)).toContain("RISICO_OPSLAG_ALMELO");
    const a = u.afrekening!;
    expect(a.risicoOpslag).toBe("0");
    expect(a.risicoOpslagBegroot).toBe("0.00");
    expect(a.risicoOpslagGerealiseerd).toBe("0.00");
    expect(a.voorcalculatie).toBe(a.subtotaalBegroot);
    // the sheet recalculates to the same numbers
    const hf = hfVan(await gevuld(terug, u.plan!));
    expect(vergelijkMetPlan(u.plan!, (c) => hfWaarde(hf, EINDAFREKENING_BLAD, c))).toEqual([]);
    const opslagCel = u.plan!.namen.find((n) => n.naam === NAMEN.risicoOpslag)!.adres;
    expect(hfWaarde(hf, EINDAFREKENING_BLAD, opslagCel)).toBe(0);
  });
});

/**
 * Wierden 2023 with lines that land exactly on half a cent: a realised tariff ending in ,01 times
 * 0,5 fte (plus and minus), 0,01 × 1,5, budget counts with three or four decimals, and the 2%
 * surcharge over a cost total ending in ,25 / ,75 (2% of it ends in 5 tenths of a cent).
 */
async function werkmapMetHalveCenten(): Promise<{ wb: ExcelJS.Workbook; plan: BladPlan }> {
  const { wb, indeling } = bouwWerkmap(voorbeeldData("Wierden"), {
    kolommen: [...STANDAARD_KOLOMMEN, "tariefGerealiseerd"],
  });
  const ws = wb.getWorksheet("Bijlage 1")!;
  const zet = (code: keyof typeof indeling.rij, kolom: keyof typeof indeling.kolom, v: number) =>
    (ws.getCell(`${indeling.kolom[kolom]}${indeling.rij[code]}`).value = v);
  zet("BEG_BESCHUT", "tariefGerealiseerd", 6396.91);
  zet("BEG_BESCHUT", "aantalGerealiseerd", 0.5); // 3198.455
  zet("OPBR_BESCHUT", "tariefGerealiseerd", -4133.01);
  zet("OPBR_BESCHUT", "aantalGerealiseerd", 0.5); // −2066.505
  zet("BEG_GROEPSDET", "tariefGerealiseerd", 0.01);
  zet("BEG_GROEPSDET", "aantalGerealiseerd", 29); // cost total realised ends in ,75
  zet("OPBR_GROEPSDET", "aantalGerealiseerd", 1.5);
  zet("OPBR_GROEPSDET", "tariefGerealiseerd", -0.01); // −0.015
  zet("VERLONING", "aantalBegroot", 1.005); // 322.605
  zet("WERKGEVERSTAKEN", "tarief", 1.01);
  zet("WERKGEVERSTAKEN", "aantalBegroot", 14); // 14.14: budget cost total ends in ,75
  const terug = await rondreis(wb);
  const u = planEindafrekening(werkboekNaarGrids(terug), { forceer: true });
  if (!u.plan) throw new Error(u.geweigerd);
  return { wb: await gevuld(terug, u.plan), plan: u.plan };
}

/**
 * The filled workbook without cached results, recalculated by LibreOffice headless: every number
 * of the plan must come out to the engine's cent. Returns the Eindafrekening's values.
 */
async function zoalsLibreOfficeRekent(wb: ExcelJS.Workbook, plan: BladPlan, naam: string) {
  wisUitkomsten(wb);
  const werk = mkdtempSync(join(tmpdir(), `ontplooj-${naam}-`));
  const pad = join(werk, `${naam}.xlsx`);
  await wb.xlsx.writeFile(pad);
  const uit = herberekenInLibreOffice([pad], werk);
  const waarden = await xmlWaarden(readFileSync(join(uit, `${naam}.xlsx`)), EINDAFREKENING_BLAD);
  // Only the numbers: LibreOffice writes text results through the shared-strings table.
  const getallen = plan.cellen.filter((c) => typeof c.waarde === "number");
  expect(getallen.length).toBeGreaterThan(50);
  expect(vergelijkMetPlan({ ...plan, cellen: getallen }, (c) => waarden.get(c) ?? null)).toEqual([]);
  return waarden;
}

function waardeVan(plan: BladPlan, formule: RegExp): number[] {
  return plan.cellen.filter((c) => c.formule && formule.test(c.formule)).map((c) => c.waarde as number);
}

describe("halve centen: de formules van het blad ronden zoals de engine (half van nul af)", () => {
  test("de engine rondt de halve centen van nul af", async () => {
    const { plan } = await werkmapMetHalveCenten();
    const regels = waardeVan(plan, /^=ROUND\([DG]\d+\*[EH]\d+,2\)$/);
    expect(regels).toEqual(expect.arrayContaining([3198.46, -2066.51, -0.02, 322.61, 14.14]));
    const opslag = waardeVan(plan, /^=IF\([FI]\d+>0,ROUND\(\$B\$6\*[FI]\d+,2\),0\)$/);
    // 2% of 253,931.75 = 5,078.635 and 2% of 150,726.75 = 3,014.535
    expect(opslag).toEqual([5078.64, 3014.54]);
  });

  // No HyperFormula here: its ROUND works on the binary double (321 × 1,005 = 322,60499… → 322,60),
  // unlike Excel and LibreOffice, which round the decimal value the cell shows (322,605 → 322,61).

  metLibreOffice("de test met halve centen in LibreOffice")(
    "LibreOffice (headless, zonder opgeslagen uitkomsten) geeft dezelfde centen",
    async () => {
      const { wb, plan } = await werkmapMetHalveCenten();
      await zoalsLibreOfficeRekent(wb, plan, "halvecent");
    },
    180_000,
  );
});

describe("kostenregels samen niet positief: geen risico-opslag, ook niet in de formule van het blad", () => {
  metLibreOffice("de test met negatieve kosten in LibreOffice")(
    "LibreOffice (headless, zonder opgeslagen uitkomsten) rekent de opslag 0 zoals de engine",
    async () => {
      const invoer = await werkmapMetNegatieveKosten();
      const u = planEindafrekening(werkboekNaarGrids(invoer), { forceer: true });
      if (!u.plan) throw new Error(u.geweigerd);
      const a = u.afrekening!;
      expect(a.risicoOpslag).toBe("0.02");
      // the cost base, budgeted (F) and realised (I): the two SUMIF cells of the totals block
      const kosten = waardeVan(u.plan, /^=SUMIF\([DG]\d+:[DG]\d+,">0",[FI]\d+:[FI]\d+\)$/);
      expect(kosten).toEqual([-7150, expect.any(Number)]);
      expect(kosten[1]).toBeLessThan(0);
      expect([a.risicoOpslagBegroot, a.risicoOpslagGerealiseerd]).toEqual(["0.00", "0.00"]);
      const waarden = await zoalsLibreOfficeRekent(await gevuld(invoer, u.plan), u.plan, "negatief");
      const opslagCel = u.plan.namen.find((n) => n.naam === NAMEN.risicoOpslag)!.adres;
      expect(waarden.get(opslagCel)).toBe(0);
    },
    180_000,
  );
});
