// End-to-end in Chromium for issue 12's two sections: "Ontplooj-breed" on a workbook with the five
// 2023 bijlagen ("Bijlage 1 Almelo", …, one "Kostprijzen") writes the Overzicht Ontplooj in a
// constant number of syncs, also when the workbook holds ten times the rows (50 bijlagen' worth),
// with formulas that recalculate (HyperFormula) to the consolidation core's values to the cent,
// a click-through on a finding, and undo. "Nieuw jaar" writes next year's bijlage as one sheet.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { leesIndex, nieuweBijlageBlad, planBegroting } from "../../src/core/begroting";
import { consolideerWerkboek, OVERZICHT_BLAD } from "../../src/core/consolidatie";
import type { Grid, Werkboek } from "../../src/core/grid";
import { formatBedrag } from "../../src/core/money";
import { HERSTEL_BLAD } from "../../src/excel";
import {
  ARTEFACTEN,
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  startServer,
  zorgVoorBuild,
  type Server2,
} from "./omgeving";
import { leesVoorbeeld, reken, vergroot, werkboekNaarJson, type HostBlad, type WerkmapJson } from "./werkmap";

jest.setTimeout(180_000);

const GEMEENTEN = ["Almelo", "Wierden", "Twenterand", "Dinkelland", "Tubbergen"];
const LIMIET_WEB = 5 * 1024 * 1024;

let browser: Browser;
let server: Server2;

beforeAll(async () => {
  zorgVoorBuild();
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.sluit();
});

function host<T>(page: Page, expressie: string): Promise<T> {
  return page.evaluate(`window.__ontploojHost.${expressie}`) as Promise<T>;
}
const hostBlad = (page: Page, naam: string) => host<HostBlad | null>(page, `blad(${JSON.stringify(naam)})`);

async function open(json: WerkmapJson): Promise<{ page: Page; paginaFouten: string[]; vreemd: string[] }> {
  const page = await browser.newPage({ viewport: { width: 400, height: 1100 } });
  const paginaFouten: string[] = [];
  const vreemd: string[] = [];
  page.on("pageerror", (e) => paginaFouten.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith(server.url + "/") && !r.url().startsWith("data:")) vreemd.push(r.url());
  });
  await page.addInitScript(
    ({ werkmap, instellingen }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__ONTPLOOJ_WERKMAP__ = werkmap;
      w.__ONTPLOOJ_HOST__ = instellingen;
    },
    { werkmap: json, instellingen: { payloadLimiet: LIMIET_WEB } },
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor({ timeout: 15_000 });
  return { page, paginaFouten, vreemd };
}

/** The five 2023 samples as one workbook: 'Bijlage 1 Almelo', 'Voorschotten Almelo', …, one 'Kostprijzen'. */
async function consolidatieWerkboek(): Promise<Werkboek> {
  const bladen: Grid[] = [];
  for (const g of GEMEENTEN) {
    const { werkboek } = await leesVoorbeeld(
      join(ROOT, `assets/bijlage1/bijlage1-2023-${g.toLowerCase()}.xlsx`),
    );
    for (const b of werkboek.bladen) {
      if (b.blad === "Kostprijzen") {
        if (g === GEMEENTEN[0]) bladen.push(b);
      } else bladen.push({ ...b, blad: `${b.blad} ${g}` });
    }
  }
  return { bladen, namen: [] };
}

async function maakOverzicht(page: Page): Promise<number> {
  await host(page, "resetTellers()");
  await page.getByRole("button", { name: "Overzicht Ontplooj maken" }).click();
  const paneel = page.locator("#paneel-ontplooj");
  try {
    await paneel.getByText(`Blad '${OVERZICHT_BLAD}' is geschreven.`).waitFor({ timeout: 20_000 });
    await paneel.getByRole("progressbar").waitFor({ state: "detached" });
  } catch {
    throw new Error(`Geen overzicht. Paneel: ${await paneel.innerText()}`);
  }
  return host<number>(page, "syncs");
}

test("Ontplooj-breed schrijft het Overzicht Ontplooj in evenveel syncs voor 10× de rijen, herberekent tot op de cent, klikt door en maakt ongedaan", async () => {
  const werkboek = await consolidatieWerkboek();
  const c = consolideerWerkboek(werkboek);
  expect(c.plan).toBeDefined();
  const plan = c.plan!;
  const json = werkboekNaarJson(werkboek);

  const { page, paginaFouten, vreemd } = await open(json);
  const voorBladen = await host<{ naam: string }[]>(page, "bladen()");
  await page.getByRole("tab", { name: "Ontplooj-breed" }).click();
  const syncs = await maakOverzicht(page);
  // Read (3) and write (1) in one Excel.run, as Afrekenen.
  expect(syncs).toBe(4);

  // The plan's chart (result per fte per work type) is placed by the adapter from the sheet's cells.
  expect(plan.grafieken?.length).toBeGreaterThan(0);
  expect(await host(page, "grafiekAanroepen")).toEqual(
    plan.grafieken!.map((g) => ({
      soort: "add",
      blad: OVERZICHT_BLAD,
      type: g.soort === "staafGegroepeerd" ? "BarClustered" : "ColumnClustered",
      bron: g.reeksen[0].waarden,
    })),
  );

  // Every planned cell is in the sheet, and the formulas recalculate to the core's values.
  const na = (await hostBlad(page, OVERZICHT_BLAD))!;
  const cel = new Map(na.cellen.map((x) => [x.adres, x]));
  for (const p of plan.cellen) {
    if (p.formule)
      expect({ adres: p.adres, formule: cel.get(p.adres)?.formule }).toEqual({
        adres: p.adres,
        formule: p.formule,
      });
    else if (p.waarde !== null && p.waarde !== "")
      expect({ adres: p.adres, waarde: cel.get(p.adres)?.waarde }).toEqual({
        adres: p.adres,
        waarde: p.waarde,
      });
  }
  const bladen = await Promise.all(
    (await host<{ naam: string }[]>(page, "bladen()")).map(async (b) => (await hostBlad(page, b.naam))!),
  );
  const uitkomst = reken(bladen, OVERZICHT_BLAD);
  let vergeleken = 0;
  for (const p of plan.cellen) {
    if (!p.formule || typeof p.waarde !== "number") continue;
    expect({ adres: p.adres, cent: Math.round(Number(uitkomst.get(p.adres)) * 100) }).toEqual({
      adres: p.adres,
      cent: Math.round(p.waarde * 100),
    });
    vergeleken++;
  }
  expect(vergeleken).toBeGreaterThan(50);

  // The panel: who pays whom per municipality, the conservation check, the findings.
  const paneel = page.locator("#paneel-ontplooj");
  for (const g of c.uitkomst!.gemeenten)
    await expect(paneel.getByRole("row", { name: `Saldo ${g.gemeente}` }).innerText()).resolves.toContain(
      formatBedrag(g.eindafrekening.saldo),
    );
  await paneel.getByText(/Behoud klopt tot op de cent/).waitFor();
  await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-ontplooj.png"), fullPage: true });
  if (process.env.SCREENSHOT_README === "1")
    copyFileSync(
      join(ARTEFACTEN, "taakvenster-ontplooj.png"),
      join(ROOT, "docs", "img", "ontplooj-breed.png"),
    );

  // Click-through: a finding with a cell selects it in the workbook.
  const metCel = c.bevindingen.filter((b) => b.blad && b.cel);
  expect(metCel.length).toBeGreaterThan(0);
  {
    const b = metCel[0];
    await paneel.getByRole("button", { name: `Ga naar ${b.blad}!${b.cel}: ${b.bericht}` }).click();
    await page.waitForFunction(
      (a) =>
        (window as unknown as { __ontploojHost: { selectie: { adres: string } | null } }).__ontploojHost
          .selectie?.adres === a,
      b.cel!,
    );
    expect(await host(page, "selectie")).toEqual({ blad: b.blad, adres: b.cel });
  }

  // Undo: the sheet, its names and the backup are gone again.
  await paneel.getByRole("button", { name: "Ongedaan maken" }).click();
  await paneel.getByText("Het overzicht is ongedaan gemaakt.").waitFor();
  expect(await hostBlad(page, OVERZICHT_BLAD)).toBeNull();
  expect((await host<{ naam: string }[]>(page, "bladen()")).map((b) => b.naam)).toEqual(
    voorBladen.map((b) => b.naam),
  );
  expect(Object.keys(await host<Record<string, string>>(page, "namen()"))).toEqual([]);
  expect(paginaFouten).toEqual([]);
  expect(vreemd).toEqual([]);
  await page.close();

  // Ten times the rows (every sheet again as an archive copy: 50 bijlagen' worth): the same syncs.
  const groot = vergroot(json, 10);
  const g = await open(groot);
  await g.page.getByRole("tab", { name: "Ontplooj-breed" }).click();
  expect(await maakOverzicht(g.page)).toBe(syncs);
  const verzoeken = await host<{ bytes: number }[]>(g.page, "verzoeken");
  expect(Math.max(...verzoeken.map((v) => v.bytes))).toBeLessThan(LIMIET_WEB);
  expect(g.paginaFouten).toEqual([]);
  await g.page.close();
});

test("Nieuw jaar schrijft de bijlage van volgend jaar met haar wijzigingstabel als één blad, in een vast aantal syncs, en maakt het ongedaan", async () => {
  const { werkboek, json } = await leesVoorbeeld(join(ROOT, "assets/bijlage1/bijlage1-2023-wierden.xlsx"));
  const verwacht = planBegroting(werkboek, { jaar: 2024, index: leesIndex("6%")!, paneel: true });
  const plan = verwacht.plannen![0];
  const blad = nieuweBijlageBlad(2024);
  expect(plan.blad).toBe(blad);

  const { page, paginaFouten } = await open(json);
  const paneel = page.locator("#paneel-nieuwjaar");
  await page.getByRole("tab", { name: "Nieuw jaar" }).click();
  await paneel.getByLabel("Nieuw jaar").fill("2024");
  await paneel.getByLabel("Index").fill("6%");
  await host(page, "resetTellers()");
  await paneel.getByRole("button", { name: "Nieuwe bijlage 1 maken" }).click();
  await paneel.getByText(`Blad '${blad}' is geschreven`).waitFor({ timeout: 20_000 });
  await paneel.getByRole("progressbar").waitFor({ state: "detached" });
  const syncs = await host<number>(page, "syncs");
  expect(syncs).toBe(4);

  const na = (await hostBlad(page, blad))!;
  const cel = new Map(na.cellen.map((x) => [x.adres, x]));
  for (const p of plan.cellen) {
    if (p.formule)
      expect({ adres: p.adres, formule: cel.get(p.adres)?.formule }).toEqual({
        adres: p.adres,
        formule: p.formule,
      });
    else if (p.waarde !== null && p.waarde !== "")
      expect({ adres: p.adres, waarde: cel.get(p.adres)?.waarde }).toEqual({
        adres: p.adres,
        waarde: p.waarde,
      });
  }
  const s = verwacht.samenvatting!;
  await expect(
    paneel.getByRole("row", { name: "Tarieven Uitvoeren begeleiding beschut werk" }).innerText(),
  ).resolves.toMatch(/€ 7\.150\s+€ 7\.579\s+€ 429\s+6,0%/);
  await expect(
    paneel.getByRole("row", { name: "Voorcalculatie", exact: true }).innerText(),
  ).resolves.toContain(formatBedrag(s.voorcalculatie));
  await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-nieuw-jaar.png"), fullPage: true });
  if (process.env.SCREENSHOT_README === "1")
    copyFileSync(join(ARTEFACTEN, "taakvenster-nieuw-jaar.png"), join(ROOT, "docs", "img", "nieuw-jaar.png"));

  // The same again in a workbook ten times larger: the same number of syncs.
  await paneel.getByRole("button", { name: "Ongedaan maken" }).click();
  await paneel.getByText("De nieuwe bijlage is ongedaan gemaakt.").waitFor();
  expect(await hostBlad(page, blad)).toBeNull();
  expect((await host<{ naam: string }[]>(page, "bladen()")).map((b) => b.naam)).not.toContain(HERSTEL_BLAD);
  expect(paginaFouten).toEqual([]);
  await page.close();

  const g = await open(vergroot(json, 10));
  const p2 = g.page.locator("#paneel-nieuwjaar");
  await g.page.getByRole("tab", { name: "Nieuw jaar" }).click();
  await p2.getByLabel("Nieuw jaar").fill("2024");
  await p2.getByLabel("Index").fill("6%");
  await host(g.page, "resetTellers()");
  await p2.getByRole("button", { name: "Nieuwe bijlage 1 maken" }).click();
  await p2.getByText(`Blad '${blad}' is geschreven`).waitFor({ timeout: 20_000 });
  await p2.getByRole("progressbar").waitFor({ state: "detached" });
  expect(await host<number>(g.page, "syncs")).toBe(syncs);
  await g.page.close();
});
