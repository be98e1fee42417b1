// End-to-end in Chromium: section Uitleg follows the selection in the test host (Office's
// selection event), shows the tree of the selected settlement number or =ONTPLOOJ.* cell, selects
// an input's cell when its leaf is clicked, copies the tree as text, and costs a constant number of
// syncs per selection, whatever the workbook's size. Expected trees and values come from the core
// and the settlement computed here, not from the panel.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { berekenAfrekening, controleerBijlage1, EINDAFREKENING_BLAD } from "../../src/core/bijlage1";
import { bladVerwijzing } from "../../src/core/grid";
import { formatBedrag } from "../../src/core/money";
import {
  toonWaarde,
  uitlegTekst,
  uitlegVanWerkboek,
  vindUitleg,
  type UitlegKnoop,
} from "../../src/core/uitleg";
import { ARTEFACTEN, ROOT, host, metBrowser } from "./omgeving";
import { leesVoorbeeld, vergroot, type WerkmapJson } from "./werkmap";

jest.setTimeout(180_000);

const GOED = join(ROOT, "assets/bijlage1/bijlage1-2023-wierden.xlsx");
/** A sheet of the user's own with a VOORCALC over the bijlage's tariffs, counts and surcharge. */
const REKENBLAD = "Rekenblad";
const VOORCALC = "=ONTPLOOJ.VOORCALC('Bijlage 1'!C10:C17,'Bijlage 1'!D10:D17,'Bijlage 1'!B6)";

const omgeving = metBrowser();

interface Venster {
  context: BrowserContext;
  page: Page;
  paginaFouten: string[];
  vreemd: string[];
}

async function open(json: WerkmapJson, instellingen: Record<string, unknown> = {}): Promise<Venster> {
  const context = await omgeving.browser.newContext({ viewport: { width: 400, height: 1000 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: omgeving.server.url });
  const page = await context.newPage();
  const v: Venster = { context, page, paginaFouten: [], vreemd: [] };
  page.on("pageerror", (e) => v.paginaFouten.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith(omgeving.server.url + "/") && !r.url().startsWith("data:"))
      v.vreemd.push(r.url());
  });
  await page.addInitScript(
    ({ werkmap, config }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__ONTPLOOJ_WERKMAP__ = werkmap;
      w.__ONTPLOOJ_HOST__ = config;
    },
    { werkmap: json, config: instellingen },
  );
  await page.goto(`${omgeving.server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor({ timeout: 15_000 });
  return v;
}

/** The sample with a sheet holding a VOORCALC cell (B1) beside its label. */
async function werkmapMetVoorcalc(): Promise<{
  json: WerkmapJson;
  werkboek: Awaited<ReturnType<typeof leesVoorbeeld>>["werkboek"];
}> {
  const { json, werkboek } = await leesVoorbeeld(GOED);
  json.bladen.push({
    naam: REKENBLAD,
    cellen: [
      [0, 0, "Voorcalculatie"],
      [0, 1, 61572.4, VOORCALC],
      [1, 0, "Opmerking"],
    ],
  });
  return { json, werkboek };
}

/** The user selects a cell in Excel; resolves when the panel shows its tree (heading) or message. */
async function selecteer(page: Page, blad: string, cel: string, verwacht: "boom" | "geen" = "boom") {
  await host(page, `selecteer(${JSON.stringify(blad)}, ${JSON.stringify(cel)})`);
  if (verwacht === "boom")
    await page
      .getByRole("heading", { name: bladVerwijzing(blad, cel), exact: true })
      .waitFor({ timeout: 15_000 });
  else
    await page
      .locator("#paneel-uitleg")
      .getByText(`${bladVerwijzing(blad, cel)} heeft geen uitleg`)
      .waitFor({ timeout: 15_000 });
}

/** The value the panel shows on the tree's root. */
function wortelTekst(page: Page): Promise<string> {
  return page
    .locator('#paneel-uitleg [role="tree"] > [role="treeitem"]')
    .first()
    .locator(":scope > div")
    .innerText();
}

/** axe-core's WCAG 2.1 A/AA rules on the page, serious and critical violations only (as taakvenster.test.ts). */
async function ernstigeSchendingen(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        ...v,
        // Fluent's focus manager's aria-hidden dummies (see taakvenster.test.ts) are the one known false positive.
        nodes: v.nodes.filter(
          (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")),
        ),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

async function naarUitleg(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Uitleg" }).click();
  await page.getByText("Het venster volgt de selectie in Excel.").waitFor();
}

describe("taakvenster: Uitleg", () => {
  it("legt het geselecteerde saldo uit, selecteert een aangeklikte invoer, legt een VOORCALC-cel uit en kopieert de boom", async () => {
    const { json, werkboek } = await werkmapMetVoorcalc();
    const kern = uitlegVanWerkboek(werkboek);
    if (!("uitleg" in kern)) throw new Error(kern.reden);
    const { model } = controleerBijlage1(werkboek, { notatie: "nl" });
    const afrekening = berekenAfrekening(model!);
    const { context, page, paginaFouten, vreemd } = await open(json);

    // Fill the Eindafrekening first (section Afrekenen), as a user does.
    await page.getByRole("tab", { name: "Afrekenen" }).click();
    await page.getByRole("button", { name: "Eindafrekening vullen" }).click();
    await page.getByText(/is gevuld\./).waitFor({ timeout: 15_000 });

    await naarUitleg(page);
    // Selection, change, sheet added and sheet removed: four handlers while the section is shown.
    expect(await host<number>(page, "luisteraars")).toBe(4);

    // The saldo cell: its tree, named Ontplooj_Saldo, with the saldo the settlement computes.
    const saldo = vindUitleg(kern.uitleg, "Ontplooj_Saldo")!;
    await selecteer(page, EINDAFREKENING_BLAD, saldo.adres);
    await page.locator("#paneel-uitleg").getByText("Ontplooj_Saldo", { exact: true }).waitFor();
    expect(toonWaarde(saldo.knoop)).toBe(formatBedrag(afrekening.eindafrekening!.saldo));
    const wortel = await wortelTekst(page);
    expect(wortel).toContain(saldo.knoop.label);
    expect(wortel).toContain(toonWaarde(saldo.knoop));
    const tree = page.locator("#paneel-uitleg").getByRole("tree");
    await expect(tree.getAttribute("aria-label")).resolves.toBe(
      `Uitleg bij ${bladVerwijzing(EINDAFREKENING_BLAD, saldo.adres)} (Ontplooj_Saldo)`,
    );

    // Copy as text: the heading and the core's text of the same tree.
    await page.getByRole("button", { name: "Kopiëren als tekst" }).click();
    await page.getByText("De uitleg staat als tekst op het klembord").waitFor();
    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-uitleg.png"), fullPage: true });
    // WCAG 2.1 A/AA (axe-core) with the tree shown: no serious or critical violations.
    expect(await ernstigeSchendingen(page)).toEqual([]);
    const geplakt = await page.evaluate(() => navigator.clipboard.readText());
    expect(geplakt).toBe(
      `Uitleg bij ${bladVerwijzing(EINDAFREKENING_BLAD, saldo.adres)} (Ontplooj_Saldo)\n${uitlegTekst(saldo.knoop)}\n`,
    );

    // All levels open; a leaf read from a cell is a link that selects that cell in the host.
    await page.getByRole("button", { name: "Alles uitklappen" }).click();
    const bladen: UitlegKnoop[] = [];
    const verzamel = (k: UitlegKnoop) => (k.bron ? bladen.push(k) : k.kinderen.forEach(verzamel));
    verzamel(saldo.knoop);
    const invoer = bladen.find((k) => k.bron!.blad === "Bijlage 1")!;
    const bron = invoer.bron!;
    expect(await tree.getByRole("treeitem").count()).toBeGreaterThan(10);
    await host(page, "resetTellers()");
    await tree
      .getByRole("button", { name: bladVerwijzing(bron.blad, bron.cel), exact: true })
      .first()
      .click();
    await page.waitForFunction(
      (a) =>
        (window as unknown as { __ontploojHost: { selectie: { adres: string } | null } }).__ontploojHost
          .selectie?.adres === a,
      bron.cel,
    );
    expect(await host(page, "selectie")).toEqual({ blad: bron.blad, adres: bron.cel });
    // Selecting the input fires the selection event; the tree stays and says what is selected.
    await page
      .getByText(`${bladVerwijzing(bron.blad, bron.cel)} is geselecteerd: een invoercel van deze uitleg.`)
      .waitFor();
    expect(await host(page, "gebeurtenissen")).toMatchObject({ selectie: 1 });
    expect(await host<number>(page, "syncs")).toBe(2); // the select, and the explanation of the new cell

    // The keyboard: one tab stop in the tree; Home, End and the arrows move; Enter on a leaf selects.
    await tree.getByRole("treeitem").first().focus();
    await page.keyboard.press("End");
    const laatste = tree.getByRole("treeitem").last();
    await expect(laatste.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowLeft");
    await expect(tree.getByRole("treeitem").first().getAttribute("aria-expanded")).resolves.toBe("false");
    expect(await tree.getByRole("treeitem").count()).toBe(1);
    await page.keyboard.press("ArrowRight");
    await expect(tree.getByRole("treeitem").first().getAttribute("aria-expanded")).resolves.toBe("true");
    expect(await tree.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);

    // A cell with =ONTPLOOJ.VOORCALC over plain references: its tree, ending at the bijlage's cells,
    // with the voorcalculatie the settlement computes (tariffs × counts, rounded, plus surcharge).
    await selecteer(page, REKENBLAD, "B1");
    expect(await wortelTekst(page)).toContain(formatBedrag(afrekening.voorcalculatie.totaal));
    await page.getByRole("button", { name: "Alles uitklappen" }).click();
    for (const cel of ["C10", "D17", "B6"])
      await tree
        .getByRole("button", { name: `'Bijlage 1'!${cel}`, exact: true })
        .first()
        .waitFor();

    // Outside a known cell it says what it can explain.
    await selecteer(page, REKENBLAD, "A2", "geen");
    await page
      .locator("#paneel-uitleg")
      .getByText(/Uitleg is er bij de bedragen van het blad Eindafrekening/)
      .waitFor();
    expect(await page.locator("#paneel-uitleg").getByRole("tree").count()).toBe(0);

    // A user's edit (reported by Excel's change event) is seen at the next selection.
    await host(page, `typ("Bijlage 1", "F10", 999)`);
    await selecteer(page, EINDAFREKENING_BLAD, saldo.adres);
    const gewijzigd = uitlegVanWerkboek({
      ...werkboek,
      bladen: werkboek.bladen.map((g) =>
        g.blad === "Bijlage 1"
          ? {
              ...g,
              waarden: g.waarden.map((r, i) =>
                g.startRij + i === 9 ? r.map((w, k) => (g.startKolom + k === 5 ? 999 : w)) : r,
              ),
            }
          : g,
      ),
    });
    if (!("uitleg" in gewijzigd)) throw new Error(gewijzigd.reden);
    const nieuw = vindUitleg(gewijzigd.uitleg, "Ontplooj_Saldo")!.knoop;
    expect(toonWaarde(nieuw)).not.toBe(toonWaarde(saldo.knoop));
    await page.locator("#paneel-uitleg").getByText(toonWaarde(nieuw), { exact: true }).first().waitFor();

    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-uitleg-gewijzigd.png"), fullPage: true });

    // Hidden, the section stops following the selection.
    await page.getByRole("tab", { name: "Controleren" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __ontploojHost: { luisteraars: number } }).__ontploojHost.luisteraars === 0,
    );
    expect(paginaFouten).toEqual([]);
    expect(vreemd).toEqual([]);
    await context.close();
  });

  it("kost één sync per selectie zodra de werkmap gelezen is, ook voor een werkmap die tien keer zo groot is", async () => {
    const { json } = await werkmapMetVoorcalc();
    const tellingen: Record<string, number[]> = {};
    for (const [naam, werkmap] of [
      ["gewoon", json],
      ["tien keer zo groot", vergroot(json, 10)],
    ] as const) {
      const { context, page, paginaFouten } = await open(werkmap);
      await naarUitleg(page);
      // Wait for the first explanation (of A1 of the first sheet) before counting.
      await page
        .locator("#paneel-uitleg")
        .getByText(/heeft geen uitleg/)
        .waitFor({ timeout: 30_000 });
      const perSelectie: number[] = [];
      for (const [blad, cel, verwacht] of [
        [REKENBLAD, "B1", "boom"],
        [REKENBLAD, "A2", "geen"],
        ["Bijlage 1", "C10", "geen"],
        [REKENBLAD, "B1", "boom"],
      ] as const) {
        await host(page, "resetTellers()");
        await selecteer(page, blad, cel, verwacht);
        perSelectie.push(await host<number>(page, "syncs"));
      }
      tellingen[naam] = perSelectie;
      expect(paginaFouten).toEqual([]);
      await context.close();
    }
    expect(tellingen).toEqual({ gewoon: [1, 1, 1, 1], "tien keer zo groot": [1, 1, 1, 1] });
  });
});

describe("taakvenster: Uitleg zonder selectiegebeurtenissen", () => {
  it("zegt dat en legt in plaats daarvan de selectie uit via de knop", async () => {
    const { json } = await werkmapMetVoorcalc();
    const { context, page, paginaFouten } = await open(json, { geenGebeurtenissen: true });
    await page.getByRole("tab", { name: "Uitleg" }).click();
    await page.getByText(/Deze Excel meldt geen selectiewissel/).waitFor();
    expect(await host<number>(page, "luisteraars")).toBe(0);
    await host(page, `selecteer(${JSON.stringify(REKENBLAD)}, "B1")`);
    // No event: the panel still shows the explanation of the cell selected before.
    await page
      .locator("#paneel-uitleg")
      .getByText(/heeft geen uitleg/)
      .waitFor();
    await page.getByRole("button", { name: "Uitleg bij selectie" }).click();
    await page.getByRole("heading", { name: bladVerwijzing(REKENBLAD, "B1"), exact: true }).waitFor();
    expect(paginaFouten).toEqual([]);
    await context.close();
  });
});

// The README's picture is refreshed only on request, so a test run never dirties the checkout.
afterAll(() => {
  if (process.env.SCREENSHOT_README === "1")
    copyFileSync(
      join(ARTEFACTEN, "taakvenster-uitleg.png"),
      join(ROOT, "docs", "img", "taakvenster-uitleg.png"),
    );
});
