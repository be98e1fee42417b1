// The exceljs writer: fills in place, twice gives the same sheet, leaves everything outside its
// area alone, writes the names; and LibreOffice recalculates the filled sheet to the engine's values.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EINDAFREKENING_BLAD, NAMEN, planEindafrekening } from "../../src/core/bijlage1";
import { parseAdres } from "../../src/core/grid";
import type { BladPlan } from "../../src/core/sheetplan";
import { werkbladNaarGrid, werkboekNaarGrids } from "../../src/cli/xlsx-grid";
import { schrijfPlan } from "../../src/cli/xlsx-plan";
import { synthetischeWerkmap, voorbeeldBestandsnaam } from "../../src/cli/voorbeelden";
import { laad, rondreis, vergelijkMetPlan } from "../bijlage1/hulp";
import {
  bladXml,
  herberekenInLibreOffice,
  metLibreOffice,
  wisUitkomsten,
  xmlWaarden,
} from "../bijlage1/libreoffice";

const MAP = join(__dirname, "../../assets/bijlage1");

function vul(wb: ExcelJS.Workbook, forceer = false): BladPlan {
  const ws = wb.getWorksheet(EINDAFREKENING_BLAD);
  const u = planEindafrekening(werkboekNaarGrids(wb), {
    forceer,
    ...(ws ? { bestaand: werkbladNaarGrid(ws) } : {}),
  });
  if (!u.plan) throw new Error(u.geweigerd);
  schrijfPlan(wb, u.plan);
  return u.plan;
}

/** Everything a cell shows: value (incl. formula and result), number format and style. */
function celModel(c: ExcelJS.Cell): string {
  return JSON.stringify({ v: c.value, s: c.style ?? {} });
}

function cellenVan(ws: ExcelJS.Worksheet): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      if (c.value !== null || Object.keys(c.style ?? {}).length > 0) m.set(c.address, celModel(c));
    }),
  );
  return m;
}

function binnen(adres: string, gebied: string): boolean {
  const [van, tot] = gebied.split(":").map(parseAdres);
  const p = parseAdres(adres);
  return p.rij >= van.rij && p.rij <= tot.rij && p.kolom >= van.kolom && p.kolom <= tot.kolom;
}

describe("het Eindafrekening-blad schrijven", () => {
  test("tweemaal vullen geeft hetzelfde blad, byte voor byte in het blad-XML", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam("Wierden")));
    vul(wb);
    const eerste = await wb.xlsx.writeBuffer();
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(eerste);
    vul(wb2);
    const tweede = await wb2.xlsx.writeBuffer();
    // The cells (sheetData) are byte-identical; exceljs itself varies page-setup attributes on a re-read.
    const cellenXml = async (buf: ArrayBuffer | Buffer) =>
      /<sheetData>.*<\/sheetData>/s.exec(await bladXml(buf, EINDAFREKENING_BLAD))![0];
    expect(await cellenXml(tweede)).toBe(await cellenXml(eerste));
    const a = cellenVan((await rondreis(wb)).getWorksheet(EINDAFREKENING_BLAD)!);
    const b = cellenVan((await rondreis(wb2)).getWorksheet(EINDAFREKENING_BLAD)!);
    expect(b).toEqual(a);
    expect(a.size).toBeGreaterThan(150);
  });

  test("alles buiten het eigen gebied blijft ongewijzigd, ook op het Eindafrekening-blad zelf", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam("Twenterand")));
    const plan = vul(wb);
    // the user adds notes outside the area and formats input cells
    const ws = wb.getWorksheet(EINDAFREKENING_BLAD)!;
    ws.getCell("M3").value = "mijn notitie";
    ws.getCell("M3").font = { bold: true, color: { argb: "FFFF0000" } };
    ws.getCell(`A${parseAdres(plan.gebied.split(":")[1]).rij + 3}`).value = 42;
    wb.getWorksheet("Bijlage 1")!.getCell("B4").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    };
    const voor = await rondreis(wb);
    const momentopname = new Map(voor.worksheets.map((w) => [w.name, cellenVan(w)]));
    vul(voor);
    const na = await rondreis(voor);
    for (const w of na.worksheets) {
      const oud = momentopname.get(w.name)!;
      const nieuw = cellenVan(w);
      for (const [adres, model] of oud) {
        if (w.name === EINDAFREKENING_BLAD && binnen(adres, plan.gebied)) continue;
        expect([w.name, adres, nieuw.get(adres)]).toEqual([w.name, adres, model]);
      }
      for (const adres of nieuw.keys()) {
        if (w.name !== EINDAFREKENING_BLAD || !binnen(adres, plan.gebied)) expect(oud.has(adres)).toBe(true);
      }
    }
    expect(na.getWorksheet(EINDAFREKENING_BLAD)!.getCell("M3").value).toBe("mijn notitie");
  });

  test("een eerder groter gebied wordt gewist; samengevoegde cellen in het gebied worden gesplitst", async () => {
    const groot = synthetischeWerkmap(200);
    const grootPlan = vul(groot, true);
    expect(grootPlan.gebied).toMatch(/^A1:K2\d\d$/);
    const ws = groot.getWorksheet(EINDAFREKENING_BLAD)!;
    ws.mergeCells("A20:C22");
    // now a normal bijlage in the same workbook: swap its input sheets in
    const klein = await laad(join(MAP, voorbeeldBestandsnaam("Almelo")));
    for (const naam of ["Bijlage 1", "Voorschotten"]) {
      const doel = groot.getWorksheet(naam)!;
      doel.eachRow((row) => row.eachCell({ includeEmpty: true }, (c) => (c.value = null)));
      klein
        .getWorksheet(naam)!
        .eachRow((row, r) => row.eachCell((c, k) => (doel.getCell(r, k).value = c.value)));
    }
    const terug = await rondreis(groot);
    const plan = vul(terug);
    expect(plan.gebied).toBe("A1:K150");
    const na = await rondreis(terug);
    const eind = na.getWorksheet(EINDAFREKENING_BLAD)!;
    expect(eind.getCell("A20").isMerged).toBe(false);
    for (const [adres] of cellenVan(eind)) {
      expect(binnen(adres, plan.gebied) || adres === "M3").toBe(true);
    }
    const gebied = werkboekNaarGrids(na).namen!.find((n) => n.naam === NAMEN.gebied)!;
    expect(gebied.verwijzing).toBe("Eindafrekening!$A$1:$K$150");
  });

  test("werkboeknamen wijzen naar de sleutelcellen", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam("Dinkelland")));
    const plan = vul(wb);
    const namen = werkboekNaarGrids(await rondreis(wb)).namen!;
    for (const n of [
      NAMEN.saldo,
      NAMEN.voorcalculatie,
      NAMEN.nacalculatie,
      NAMEN.voorschottenBetaald,
      NAMEN.vervaldatum,
    ]) {
      const adres = plan.namen.find((p) => p.naam === n)!.adres;
      const [, kolom, rij] = /^([A-Z]+)(\d+)$/.exec(adres)!;
      expect(namen).toContainEqual({ naam: n, verwijzing: `Eindafrekening!$${kolom}$${rij}` });
    }
  });
});

describe("LibreOffice (headless) rekent het gevulde blad na", () => {
  metLibreOffice("de herberekeningstest met LibreOffice")(
    "zonder opgeslagen uitkomsten berekent LibreOffice dezelfde waarden als de engine, tot op de cent",
    async () => {
      const werk = mkdtempSync(join(tmpdir(), "ontplooj-lo-"));
      const plannen = new Map<string, BladPlan>();
      const invoer: string[] = [];
      for (const naam of ["Almelo", "Tubbergen"] as const) {
        const wb = await laad(join(MAP, voorbeeldBestandsnaam(naam)));
        plannen.set(naam, vul(wb));
        wisUitkomsten(wb);
        const pad = join(werk, `${naam}.xlsx`);
        await wb.xlsx.writeFile(pad);
        invoer.push(pad);
      }
      const kaal = await laad(invoer[0]);
      const saldoAdres = plannen.get("Almelo")!.namen.find((n) => n.naam === NAMEN.saldo)!.adres;
      expect(
        (kaal.getWorksheet(EINDAFREKENING_BLAD)!.getCell(saldoAdres).value as ExcelJS.CellFormulaValue)
          .result,
      ).toBeUndefined();

      const uit = herberekenInLibreOffice(invoer, werk);
      for (const [naam, plan] of plannen) {
        // Read LibreOffice's cached results straight from the sheet XML (exceljs drops a result of 0).
        const waarden = await xmlWaarden(readFileSync(join(uit, `${naam}.xlsx`)), EINDAFREKENING_BLAD);
        expect(waarden.size).toBeGreaterThan(100);
        const afwijkingen = vergelijkMetPlan(plan, (adres) => waarden.get(adres) ?? null);
        expect([naam, afwijkingen]).toEqual([naam, []]);
      }
    },
    180_000,
  );
});
