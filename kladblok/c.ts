import { leesXlsx } from "../src/cli/xlsx-grid";
import { consolideerWerkboek } from "../src/core/consolidatie";
import type { Werkboek, Grid } from "../src/core/grid";
(async () => {
  const bladen: Grid[] = [];
  for (const g of ["Almelo", "Wierden", "Twenterand", "Dinkelland", "Tubbergen"]) {
    const wb = await leesXlsx(`assets/bijlage1/bijlage1-2023-${g.toLowerCase()}.xlsx`);
    for (const b of wb.bladen) {
      if (b.blad === "Kostprijzen") { if (g === "Almelo") bladen.push(b); continue; }
      bladen.push({ ...b, blad: `${b.blad} ${g}` });
    }
  }
  const c = consolideerWerkboek({ bladen } as Werkboek);
  console.log(bladen.map(b=>b.blad), c.geweigerd, c.bevindingen.filter(b=>b.ernst!=="info").map(b=>b.code+" "+b.blad+"!"+b.cel+" "+b.bericht).slice(0,8), c.plan?.cellen.length, c.plan?.gebied, c.plan?.grafieken?.length);
})();
