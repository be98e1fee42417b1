// The task pane's sheet 'Nieuwe bijlage 1 <jaar>' (paneelPlan): on its own it reads as next year's
// bijlage with 0 errors and the engine's voorcalculatie; in last year's workbook it does not take
// the place of that workbook's bijlage; its formulas recalculate (HyperFormula) to its values.
import { HyperFormula } from "hyperformula";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { leesIndex, planBegroting } from "../../../src/core/begroting";
import { controleerBijlage1 } from "../../../src/core/bijlage1";
import { voorcalculatieVan } from "../../../src/core/bijlage1/berekening";
import { parseAdres, type CelWaarde, type Grid } from "../../../src/core/grid";
import type { BladPlan } from "../../../src/core/sheetplan";

function alsGrid(plan: BladPlan, metFormules = false): Grid {
  const w: CelWaarde[][] = [];
  for (const c of plan.cellen) {
    const p = parseAdres(c.adres);
    while (w.length <= p.rij) w.push([]);
    w[p.rij][p.kolom] = metFormules && c.formule ? c.formule : c.waarde;
  }
  return {
    blad: plan.blad,
    startRij: 0,
    startKolom: 0,
    waarden: w.map((r) => Array.from(r, (v) => v ?? null)),
  };
}

test("Wierden 2023 → 2024 met 6%: één blad dat als bijlage 2024 leest en narekent", async () => {
  const wb = await leesXlsx("assets/bijlage1/bijlage1-2023-wierden.xlsx");
  const u = planBegroting(wb, { jaar: 2024, index: leesIndex("6%")!, paneel: true });
  expect(u.plannen).toHaveLength(1);
  const plan = u.plannen![0];
  expect(plan.blad).toBe("Nieuwe bijlage 1 2024");
  expect(plan.namen).toEqual([{ naam: "Ontplooj_NieuweBijlage2024", adres: plan.gebied }]);

  const los = controleerBijlage1({ bladen: [alsGrid(plan)] });
  expect(los.bevindingen.filter((b) => b.ernst !== "info")).toEqual([]);
  expect(los.model?.jaar?.waarde).toBe(2024);
  expect(los.model?.gemeenteInfo?.naam).toBe("Wierden");
  expect(voorcalculatieVan(los.model!).totaal.toFixed(2)).toBe(u.samenvatting!.voorcalculatie);
  expect(los.model?.voorschotten?.regels).toHaveLength(12);

  const samen = controleerBijlage1({ bladen: [...wb.bladen, alsGrid(plan)] });
  expect(samen.model?.blad).toBe("Bijlage 1");
  expect(samen.model?.jaar?.waarde).toBe(2023);

  const hf = HyperFormula.buildFromSheets({ Blad: alsGrid(plan, true).waarden }, { licenseKey: "gpl-v3" });
  let formules = 0;
  for (const c of plan.cellen) {
    if (!c.formule) continue;
    const p = parseAdres(c.adres);
    const v = hf.getCellValue({ sheet: 0, row: p.rij, col: p.kolom });
    if (typeof c.waarde === "number") {
      expect([c.adres, Math.round(Number(v) * 1e8)]).toEqual([c.adres, Math.round(c.waarde * 1e8)]);
      formules++;
    }
  }
  hf.destroy();
  expect(formules).toBeGreaterThan(20);
});
