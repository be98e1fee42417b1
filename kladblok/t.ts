import { readFileSync } from "node:fs";
import { leesXlsx } from "../src/cli/xlsx-grid";
import { planBegroting, leesIndex, sjabloonPlannen, tariefwijzigingPlan } from "../src/core/begroting";
import { controleerBijlage1 } from "../src/core/bijlage1";
import { parseAdres, type Grid, type Werkboek } from "../src/core/grid";
import type { BladPlan } from "../src/core/sheetplan";
function grid(p: BladPlan, blad = p.blad, verschuif = 0): Grid {
  const w: (string|number|boolean|null)[][] = [];
  for (const c of p.cellen) { const a = parseAdres(c.adres); const r = a.rij + verschuif; while (w.length <= r) w.push([]); w[r][a.kolom] = c.waarde; }
  return { blad, startRij: 0, startKolom: 0, waarden: w.map(r => Array.from(r, v => v ?? null)) };
}
(async () => {
  const wb = await leesXlsx("assets/bijlage1/bijlage1-2023-wierden.xlsx");
  const u = planBegroting(wb, { jaar: 2024, index: leesIndex("6%")!, sjabloon: true, blad: "Nieuwe bijlage 1 2024" });
  const [bijl, tw] = u.plannen!;
  const g1 = grid(bijl);
  const eind = g1.waarden.length + 3;
  const g2 = grid(tw, tw.blad, eind);
  const samen: Grid = { ...g1, waarden: [...g1.waarden, ...g2.waarden.slice(g1.waarden.length)] };
  for (const [naam, werkboek] of [["los", { bladen: [g1] }], ["samen", { bladen: [samen] }], ["in werkmap", { bladen: [...wb.bladen, samen] }]] as [string, Werkboek][]) {
    const c = controleerBijlage1(werkboek);
    console.log(naam, c.model?.blad, c.model?.jaar?.waarde, c.bevindingen.filter(b => b.ernst !== "info").map(b => `${b.code} ${b.cel} ${b.bericht}`));
  }
})();
