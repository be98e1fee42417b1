// The Eindafrekening plan carries two charts that read its own cells: every series range lies on
// plan cells with numbers (names and categories on text), the anchors stand inside the plan's area
// and over no cell the plan fills, and the area grows with them when the table is long.
import { join } from "node:path";
import { GRAFIEK_NAMEN, metGrafieken, NAMEN, planEindafrekening } from "../../../src/core/bijlage1";
import { GEMEENTEN } from "../../../src/core/catalogue";
import { bevat, leesRechthoek, overlapt } from "../../../src/core/gebied";
import { adres } from "../../../src/core/grid";
import type { BladPlan } from "../../../src/core/sheetplan";
import { werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { laad } from "./hulp";

const MAP = join(__dirname, "../../../assets/bijlage1");

function cellenVan(a1: string): string[] {
  const r = leesRechthoek(a1);
  const uit: string[] = [];
  for (let rij = r.van.rij; rij <= r.tot.rij; rij++)
    for (let k = r.van.kolom; k <= r.tot.kolom; k++) uit.push(adres(rij, k));
  return uit;
}

/** Every way a chart of the plan could fail to be what it says; empty when all is well. */
function gebreken(plan: BladPlan): string[] {
  const uit: string[] = [];
  const cel = new Map(plan.cellen.map((c) => [c.adres, c]));
  const gebied = leesRechthoek(plan.gebied);
  for (const g of plan.grafieken ?? []) {
    const anker = leesRechthoek(`${g.anker.van}:${g.anker.tot}`);
    if (!bevat(gebied, anker.van) || !bevat(gebied, anker.tot)) uit.push(`${g.naam}: buiten het gebied`);
    for (const c of plan.cellen)
      if (overlapt(anker, leesRechthoek(c.adres))) uit.push(`${g.naam}: staat over ${c.adres}`);
    for (const r of g.reeksen) {
      const cats = cellenVan(r.categorieen);
      const vals = cellenVan(r.waarden);
      if (cats.length !== vals.length) uit.push(`${g.naam}: ${r.categorieen} en ${r.waarden} verschillen`);
      for (const a of vals)
        if (typeof cel.get(a)?.waarde !== "number") uit.push(`${g.naam}: ${a} is geen getal`);
      for (const a of cats)
        if (typeof cel.get(a)?.waarde !== "string") uit.push(`${g.naam}: ${a} is geen tekst`);
      if (typeof cel.get(r.naam)?.waarde !== "string")
        uit.push(`${g.naam}: reeksnaam ${r.naam} is geen tekst`);
    }
  }
  return uit;
}

describe.each(GEMEENTEN.map((g) => g.naam))("grafieken van voorbeeld %s", (naam) => {
  test("twee grafieken over de eigen cellen, binnen het gebied, over geen gevulde cel", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam(naam)));
    const plan = planEindafrekening(werkboekNaarGrids(wb)).plan!;
    expect(plan.grafieken?.map((g) => [g.naam, g.soort])).toEqual([
      [GRAFIEK_NAMEN.diensten, "staafGegroepeerd"],
      [GRAFIEK_NAMEN.afrekening, "kolomGegroepeerd"],
    ]);
    expect(gebreken(plan)).toEqual([]);
    const cel = new Map(plan.cellen.map((c) => [c.adres, c]));
    // The second chart's four numbers are formulas to the totals, with the same cached values.
    const vier = cellenVan(plan.grafieken![1].reeksen[0].waarden).map((a) => cel.get(a)!);
    const naar = (n: string) => cel.get(plan.namen.find((x) => x.naam === n)!.adres)!.waarde;
    expect(vier.map((c) => c.waarde)).toEqual([
      naar(NAMEN.voorcalculatie),
      naar(NAMEN.nacalculatie),
      naar(NAMEN.voorschottenBetaald),
      naar(NAMEN.saldo),
    ]);
    expect(vier.every((c) => /^=[FI]\d+$/.test(c.formule ?? ""))).toBe(true);
  });
});

test("het gebied en de naam ervan groeien mee als de grafieken eronder uitkomen", () => {
  const cellen = [
    { adres: "A9", waarde: "Dienst" },
    { adres: "F9", waarde: "Bedrag begroot" },
    { adres: "I9", waarde: "Bedrag gerealiseerd" },
    { adres: "A10", waarde: "Verloning" },
    { adres: "F10", waarde: 10 },
    { adres: "I10", waarde: 12 },
    { adres: "F12", waarde: 10 },
    { adres: "I12", waarde: 12 },
    { adres: "F14", waarde: 5 },
    { adres: "F15", waarde: 7 },
  ];
  const plan = metGrafieken(
    { blad: "Eindafrekening", gebied: "A1:K20", cellen, namen: [{ naam: NAMEN.gebied, adres: "A1:K20" }] },
    { eersteRegel: 10, laatsteRegel: 10, bijdrageRij: 12, voorschottenRij: 14, saldoRij: 15, vrijVanaf: 16 },
  );
  expect(plan.gebied).toBe("A1:K42");
  expect(plan.namen).toEqual([{ naam: NAMEN.gebied, adres: "A1:K42" }]);
  expect(gebreken(plan)).toEqual([]);
  expect(plan.grafieken!.map((g) => g.anker)).toEqual([
    { van: "A23", tot: "C42" },
    { van: "D23", tot: "I42" },
  ]);
});
