// End-to-end test of the task pane in real Chromium (playwright-core, Debian's /usr/bin/chromium).
// The built panel (test-artifacts/e2e-dist, built here when missing or stale) is served over
// http://127.0.0.1; office.js is replaced by the test host (host/excelHost.ts), an in-memory
// workbook with Office.js batching semantics, filled from a sample .xlsx.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { EINDAFREKENING_BLAD, controleerBijlage1, planEindafrekening } from "../../src/core/bijlage1";
import { ERNST_VOLGORDE, sorteerBevindingen, telPerErnst, type Bevinding } from "../../src/core/findings";
import type { Werkboek } from "../../src/core/grid";
import { formatBedrag } from "../../src/core/money";
import { controleerBetaalbatch, leesBetaalbatch } from "../../src/core/payroll";
import { HERSTEL_BLAD, RAPPORT_BLAD, naamFormule } from "../../src/excel";
import {
  ARTEFACTEN,
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  host,
  startServer,
  zorgVoorBuild,
  type Server2,
} from "./omgeving";
import {
  aantalCellen,
  leesVoorbeeld,
  reken,
  vergroot,
  werkboekNaarJson,
  type HostBlad,
  type WerkmapJson,
} from "./werkmap";

jest.setTimeout(120_000);

const GOED = join(ROOT, "assets/bijlage1/bijlage1-2023-wierden.xlsx");
const KAPOT = join(ROOT, "assets/bijlage1/kapot/bijlage1-2023-wierden-rekenfouten.xlsx");
const LOONBATCH = join(ROOT, "assets/loonbatch/almelo-2026-10-afwijkingen.xlsx");
const LOONBATCH_VORIGE = join(ROOT, "assets/loonbatch/almelo-2026-09-vorige.xlsx");
const LOONBATCH_BIJLAGE1 = join(ROOT, "assets/loonbatch/almelo-2026-bijlage1-verloning.xlsx");
const LOONBATCH_SCHOON = join(ROOT, "assets/loonbatch/almelo-2026-10-schoon.xlsx");
const REGISTER_AFWIJKINGEN = join(ROOT, "assets/loonbatch/almelo-personeelsregister-afwijkingen.xlsx");
const BETAALBESTAND_AFWIJKINGEN = join(ROOT, "assets/loonbatch/almelo-2026-10-betaalbestand-afwijkingen.xml");
/** Excel on the web's payload limit per request and response. */
const LIMIET_WEB = 5 * 1024 * 1024;

let browser: Browser;
let server: Server2;

interface Venster {
  page: Page;
  verzoeken: string[];
  paginaFouten: string[];
  console: string[];
}
const vensters: Venster[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}. Installeer het met: apt-get install -y --no-install-recommends chromium ` +
        "(.ci/run doet dat); de browsertest slaat zich niet stilletjes over.",
    );
  }
  mkdirSync(join(ROOT, "docs", "img"), { recursive: true });
  zorgVoorBuild();
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.sluit();
});

afterEach(async () => {
  // Privacy: the page asks nothing of anyone but its own server (which also answers office.js).
  for (const v of vensters.splice(0)) {
    const vreemd = v.verzoeken.filter((u) => !u.startsWith(server.url + "/") && !u.startsWith("data:"));
    await v.page.close();
    expect(vreemd).toEqual([]);
  }
});

async function open(json: WerkmapJson, config: Record<string, unknown> = {}): Promise<Venster> {
  const page = await browser.newPage({ viewport: { width: 400, height: 1000 } });
  const v: Venster = { page, verzoeken: [], paginaFouten: [], console: [] };
  vensters.push(v);
  page.on("request", (r) => v.verzoeken.push(r.url()));
  page.on("pageerror", (e) => v.paginaFouten.push(e.message));
  page.on("console", (m) => v.console.push(m.text()));
  await page.addInitScript(
    ({ werkmap, instellingen }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__ONTPLOOJ_WERKMAP__ = werkmap;
      w.__ONTPLOOJ_HOST__ = instellingen;
    },
    { werkmap: json, instellingen: { payloadLimiet: LIMIET_WEB, ...config } },
  );
  await page.goto(`${server.url}/taskpane.html`);
  try {
    await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor({ timeout: 15_000 });
    // The sections' code comes in chunks after the first paint; the panel is ready when all are in.
    await page.waitForFunction(() => !document.body.textContent?.includes("Laden…"), undefined, {
      timeout: 15_000,
    });
  } catch {
    const tekst = await page.locator("body").innerText();
    throw new Error(`Het taakvenster verscheen niet. Pagina: ${tekst}\nFouten: ${v.paginaFouten.join("\n")}`);
  }
  return v;
}

/**
 * Waits until the host has the cell selected. A function, not a string: the page's CSP forbids
 * eval, which Playwright's polling of a string predicate needs.
 */
function wachtOpSelectie(page: Page, adres: string) {
  return page.waitForFunction(
    (a) =>
      (window as unknown as { __ontploojHost: { selectie: { adres: string } | null } }).__ontploojHost
        .selectie?.adres === a,
    adres,
  );
}

const hostBlad = (page: Page, naam: string) => host<HostBlad | null>(page, `blad(${JSON.stringify(naam)})`);

interface HostGrafiek {
  naam: string;
  type: string;
  bron: string;
  titel: string;
  van: string;
  tot: string;
  reeksen: { naam?: string; waarden?: string; categorieen?: string }[];
}

/** The sheet's charts as the host holds them, without their position in points. */
const hostGrafieken = async (page: Page, blad: string) =>
  ((await host<HostGrafiek[] | null>(page, `grafieken(${JSON.stringify(blad)})`)) ?? []).map(
    ({ naam, type, bron, titel, van, tot, reeksen }) => ({ naam, type, bron, titel, van, tot, reeksen }),
  );

async function toestand(page: Page, blad: string) {
  return {
    blad: await hostBlad(page, blad),
    namen: await host<Record<string, string>>(page, "namen()"),
    bladen: await host<{ naam: string; zichtbaarheid: string }[]>(page, "bladen()"),
  };
}

/** Buttons the list shows: findings with a cell among the first 200 of each severity. */
function zichtbareKnoppen(bevindingen: readonly Bevinding[]): number {
  return ERNST_VOLGORDE.reduce(
    (n, e) =>
      n +
      bevindingen
        .filter((b) => b.ernst === e)
        .slice(0, 200)
        .filter((b) => b.blad && b.cel).length,
    0,
  );
}

async function vul(page: Page): Promise<number> {
  await host(page, "resetTellers()");
  await page.getByRole("button", { name: "Eindafrekening vullen" }).click();
  try {
    await page.getByText(/is gevuld\./).waitFor({ timeout: 15_000 });
    await page.getByRole("progressbar").waitFor({ state: "detached" });
  } catch {
    throw new Error(`Niet gevuld. Paneel: ${await page.locator("#paneel-afrekenen").innerText()}`);
  }
  return host<number>(page, "syncs");
}

describe("taakvenster in Chromium", () => {
  it("Controleren: toont de bevindingen van een kapotte bijlage, selecteert de cel van een bevinding, schrijft het rapport", async () => {
    const { werkboek, json } = await leesVoorbeeld(KAPOT);
    const verwacht = controleerBijlage1(werkboek, { notatie: "nl" }).bevindingen;
    const telling = telPerErnst(verwacht);
    expect(telling.fout).toBeGreaterThan(0);

    const { page, paginaFouten, verzoeken } = await open(json);
    // The checks come with the first click, not with the pane (sections loaded, checks not).
    const controles = () => verzoeken.filter((u) => /\/deel\/controle-/.test(u));
    expect(controles()).toEqual([]);
    // Fluent's styles come from the stylesheet made at build time (Title3: 24px, not the h1's 32px).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).fontSize)).toBe("24px");
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    const status = page.getByRole("status").filter({ hasText: "fout" });
    await status.waitFor();
    expect(controles()).toEqual([expect.stringMatching(/\/deel\/controle-bijlage1\.[0-9a-f]{8}\.js$/)]);
    expect(await status.innerText()).toContain(`${telling.fout} fout`);
    expect(await status.innerText()).toContain(`${telling.waarschuwing} waarschuwing`);

    // Every finding with a cell is a button that names its place and message.
    const metCel = verwacht.filter((b) => b.blad && b.cel);
    const knoppen = page.getByRole("button", { name: /^Ga naar / });
    expect(await knoppen.count()).toBe(zichtbareKnoppen(verwacht));
    const eerste = metCel[0];
    await expect(knoppen.first().getAttribute("aria-label")).resolves.toBe(
      `Ga naar ${eerste.blad}!${eerste.cel}: ${eerste.bericht}`,
    );

    // The filter shows one severity at a time.
    await page.getByRole("button", { name: `Info (${telling.info})` }).click();
    expect(await knoppen.count()).toBe(metCel.filter((b) => b.ernst === "info").length);
    await page.getByRole("button", { name: `Alle (${verwacht.length})` }).click();

    // Clicking a finding activates its sheet and selects its cell in the workbook.
    await host(page, "resetTellers()");
    await knoppen.first().click();
    await wachtOpSelectie(page, eerste.cel!);
    expect(await host(page, "selectie")).toEqual({ blad: eerste.blad, adres: eerste.cel });
    expect(await host(page, "actief")).toBe(eerste.blad);
    expect(await host(page, "syncs")).toBe(1);

    // By keyboard: Tab to the next finding, Enter selects its cell.
    const tweede = metCel[1];
    await knoppen.first().focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await wachtOpSelectie(page, tweede.cel!);
    expect(await host(page, "selectie")).toEqual({ blad: tweede.blad, adres: tweede.cel });

    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-controleren.png"), fullPage: true });

    // A finding whose sheet was deleted meanwhile: a Dutch message in the panel. (Since issue 9 this
    // workbook's findings may all be on 'Bijlage 1': VOORSCHOTTEN_AFWIJKEND waits for a clean read.)
    const anderBlad = metCel.find((b) => b.blad !== eerste.blad) ?? metCel.at(-1)!;
    await host(page, `verwijderBlad(${JSON.stringify(anderBlad.blad)})`);
    await page
      .getByRole("button", { name: `Ga naar ${anderBlad.blad}!${anderBlad.cel}: ${anderBlad.bericht}` })
      .click();
    await page.getByText("Het blad of de cel bestaat niet (meer) in deze werkmap.").waitFor();
    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-foutmelding.png") });

    // The report sheet: one row per finding, errors first, with a link to the cell.
    await page.getByRole("button", { name: "Rapportblad maken" }).click();
    await page.getByText(`De bevindingen staan op blad '${RAPPORT_BLAD}'`).waitFor();
    const rapport = (await hostBlad(page, RAPPORT_BLAD))!;
    const celD2 = rapport.cellen.find((c) => c.adres === "D2");
    expect(celD2?.formule).toBe(`=HYPERLINK("#'${eerste.blad}'!${eerste.cel}","${eerste.cel}")`);
    expect(rapport.cellen.find((c) => c.adres === `B${verwacht.length + 1}`)?.waarde).toBe(
      verwacht.at(-1)?.code,
    );
    // Expected and found values are text cells holding the finding's text exactly (Excel reads
    // "1234.56" in a General cell as a number and keeps it one when "@" is applied afterwards).
    let getalTeksten = 0;
    sorteerBevindingen(verwacht).forEach((b, i) => {
      for (const [kolom, tekst] of [
        ["F", b.verwacht],
        ["G", b.gevonden],
      ] as const) {
        if (tekst === undefined || tekst === "") continue;
        const adres = `${kolom}${i + 2}`;
        const c = rapport.cellen.find((x) => x.adres === adres);
        expect({ adres, waarde: c?.waarde, notatie: c?.notatie }).toEqual({
          adres,
          waarde: tekst,
          notatie: "@",
        });
        if (/^-?\d+(\.\d+)?$/.test(tekst)) getalTeksten++;
      }
    });
    expect(getalTeksten).toBeGreaterThan(0);
    expect(await host(page, "actief")).toBe(RAPPORT_BLAD);
    expect(paginaFouten).toEqual([]);
  });

  it("Afrekenen: vult de Eindafrekening met formules en waarden, in evenveel syncs voor een 10x-werkmap, en maakt het ongedaan", async () => {
    const { werkboek, json } = await leesVoorbeeld(GOED);
    const { plan, afrekening } = planEindafrekening(werkboek, { notatie: "nl" });
    expect(plan && afrekening).toBeTruthy();

    const { page, paginaFouten } = await open(json);
    const voor = await toestand(page, EINDAFREKENING_BLAD);
    await page.getByRole("tab", { name: "Afrekenen" }).click();
    const syncs = await vul(page);

    // Every planned cell is in the sheet: formulas in English syntax, constants as values.
    const na = (await hostBlad(page, EINDAFREKENING_BLAD))!;
    const cel = new Map(na.cellen.map((c) => [c.adres, c]));
    for (const p of plan!.cellen) {
      const h = cel.get(p.adres);
      if (p.formule)
        expect({ adres: p.adres, formule: h?.formule }).toEqual({ adres: p.adres, formule: p.formule });
      else if (p.waarde !== null && p.waarde !== "")
        expect({ adres: p.adres, waarde: h?.waarde }).toEqual({ adres: p.adres, waarde: p.waarde });
      if (p.getalnotatie) expect(h?.notatie).toBe(p.getalnotatie);
    }
    expect(plan!.cellen.filter((p) => p.formule).length).toBeGreaterThan(10);
    const namen = await host<Record<string, string>>(page, "namen()");
    for (const n of plan!.namen) expect(namen[n.naam]).toBe(naamFormule(EINDAFREKENING_BLAD, n.adres));

    // The plan's two charts: added with their type and source range, named, over their anchors.
    const cellen = new Map(plan!.cellen.map((c) => [c.adres, c.waarde]));
    const verwacht = plan!.grafieken!.map((g) => ({
      naam: g.naam,
      type: g.soort === "staafGegroepeerd" ? "BarClustered" : "ColumnClustered",
      bron: g.reeksen[0].waarden,
      titel: g.titel,
      van: g.anker.van,
      tot: g.anker.tot,
      reeksen: g.reeksen.map((r) => ({
        naam: String(cellen.get(r.naam) ?? r.naam),
        waarden: r.waarden,
        categorieen: r.categorieen,
      })),
    }));
    expect(verwacht).toHaveLength(2);
    expect(await hostGrafieken(page, EINDAFREKENING_BLAD)).toEqual(verwacht);
    expect(await host(page, "grafiekAanroepen")).toEqual(
      verwacht.map((g) => ({ soort: "add", blad: EINDAFREKENING_BLAD, type: g.type, bron: g.bron })),
    );

    // The formulas recalculate (HyperFormula) to the engine's own values, to the cent.
    const bladen = await Promise.all(
      (await host<{ naam: string }[]>(page, "bladen()")).map(async (b) => (await hostBlad(page, b.naam))!),
    );
    const uitkomst = reken(bladen, EINDAFREKENING_BLAD);
    let vergeleken = 0;
    for (const p of plan!.cellen) {
      if (!p.formule || typeof p.waarde !== "number") continue;
      expect({ adres: p.adres, waarde: Math.round(Number(uitkomst.get(p.adres)) * 100) }).toEqual({
        adres: p.adres,
        waarde: Math.round(p.waarde * 100),
      });
      vergeleken++;
    }
    expect(vergeleken).toBeGreaterThan(5);

    // The panel shows the core's settlement in Dutch notation; the backup sheet is hidden.
    const overzicht = page.getByRole("definition");
    await expect(overzicht.allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([formatBedrag(afrekening!.saldo), formatBedrag(afrekening!.nacalculatie)]),
    );
    await page.getByText(afrekening!.toelichting, { exact: false }).first().waitFor();
    // Beside the numbers: budget versus realisation per service, as an image and as a table.
    const beeld = page.getByRole("img", { name: /^Begroot en gerealiseerd per dienst\. / });
    await expect(beeld.getAttribute("aria-label")).resolves.toContain(
      `${afrekening!.regels[0].dienst}: begroot ${formatBedrag(afrekening!.regels[0].bedragBegroot!)}`,
    );
    expect(await beeld.locator("rect").count()).toBe(2 + 2 * afrekening!.regels.length);
    await page.getByRole("button", { name: "Toon als tabel" }).click();
    const tabel = page.getByRole("table", { name: "Begroot en gerealiseerd per dienst" });
    expect(await tabel.locator("tbody tr").count()).toBe(afrekening!.regels.length);
    await page.getByRole("button", { name: "Toon als grafiek" }).click();
    await beeld.waitFor();
    expect((await toestand(page, "x")).bladen).toContainEqual({
      naam: HERSTEL_BLAD,
      zichtbaarheid: "Hidden",
    });
    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-afrekenen.png"), fullPage: true });
    // The README's picture is refreshed only on request, so a test run never dirties the checkout.
    if (process.env.SCREENSHOT_README === "1") {
      copyFileSync(
        join(ARTEFACTEN, "taakvenster-afrekenen.png"),
        join(ROOT, "docs", "img", "taakvenster.png"),
      );
    }

    // Undo: the workbook is as before (here: no Eindafrekening sheet, no names, no backup).
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.getByText("De laatste vulling is ongedaan gemaakt.").waitFor();
    expect(await toestand(page, EINDAFREKENING_BLAD)).toEqual(voor);

    // Fill, fill again (identical), undo the second: exactly the first fill's sheet, formats and all.
    await vul(page);
    const eerste = await toestand(page, EINDAFREKENING_BLAD);
    const syncsHervullen = await vul(page);
    expect(syncsHervullen).toBe(syncs);
    const tweede = await toestand(page, EINDAFREKENING_BLAD);
    expect(tweede.blad).toEqual(eerste.blad);
    expect(tweede.namen).toEqual(eerste.namen);
    // A refill replaces its own charts: two, not four.
    expect(await hostGrafieken(page, EINDAFREKENING_BLAD)).toEqual(verwacht);
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.getByText("De laatste vulling is ongedaan gemaakt.").waitFor();
    const terug = await toestand(page, EINDAFREKENING_BLAD);
    expect(terug.blad).toEqual(eerste.blad);
    expect(terug.namen).toEqual(eerste.namen);
    // Undo removed the second fill's charts and put the first fill's back.
    expect(await hostGrafieken(page, EINDAFREKENING_BLAD)).toEqual(verwacht);
    expect(terug.bladen.map((b) => b.naam)).not.toContain(HERSTEL_BLAD);
    expect(paginaFouten).toEqual([]);

    // Ten times the cells: the same number of syncs, the same sheet.
    const groot = vergroot(json, 10);
    expect(aantalCellen(groot)).toBeGreaterThanOrEqual(10 * aantalCellen(json));
    const tweedeVenster = await open(groot);
    await tweedeVenster.page.getByRole("tab", { name: "Afrekenen" }).click();
    const syncsGroot = await vul(tweedeVenster.page);
    expect(syncsGroot).toBe(syncs);
    expect((await hostBlad(tweedeVenster.page, EINDAFREKENING_BLAD))?.cellen).toEqual(na.cellen);
    process.stdout.write(
      `syncs Afrekenen: ${syncs} (werkmap van ${aantalCellen(json)} cellen), ${syncsGroot} (${aantalCellen(groot)} cellen), hervullen ${syncsHervullen}\n`,
    );
  });

  it("Afrekenen weigert een werkmap met fouten tenzij geforceerd, en zegt in het paneel waarom", async () => {
    const { json } = await leesVoorbeeld(KAPOT);
    const { page, paginaFouten } = await open(json);
    await page.getByRole("tab", { name: "Afrekenen" }).click();
    await page.getByRole("button", { name: "Eindafrekening vullen" }).click();
    const paneel = page.locator("#paneel-afrekenen");
    await paneel.getByText("Niet gevuld").waitFor();
    expect(await paneel.innerText()).toMatch(/De controle vond \d+ fouten; de Eindafrekening is niet gevuld/);
    expect(await paneel.innerText()).not.toContain("--forceer");
    expect(await hostBlad(page, EINDAFREKENING_BLAD)).toBeNull();
    await page.getByRole("checkbox", { name: /Ook vullen als de controle fouten vindt/ }).check();
    await vul(page);
    expect(await hostBlad(page, EINDAFREKENING_BLAD)).not.toBeNull();
    expect(paginaFouten).toEqual([]);
  });

  it("schrijft een rapport van 10.000 rijen onder de payloadgrens van Excel op het web", async () => {
    const lang =
      "met een bijzonder lange omschrijving die niet in de catalogus van Ontplooj voorkomt, " +
      "zoals consultants soms in een bijlage typen";
    const rijen = 10_000;
    const json: WerkmapJson = {
      bladen: [
        {
          naam: "Bijlage 1",
          cellen: [
            [0, 0, "Gemeente"],
            [0, 1, "Wierden"],
            [1, 0, "Jaar"],
            [1, 1, 2023],
            [2, 0, "Risico-opslag"],
            [2, 1, 0.02],
            [4, 0, "Dienst"],
            [4, 1, "Eenheid"],
            [4, 2, "Tarief"],
            [4, 3, "Aantal begroot"],
            ...Array.from({ length: rijen }, (_, i): [number, number, string | number][] => [
              [5 + i, 0, `Dienst ${i + 1} ${lang}`],
              [5 + i, 1, "aantal trajecten"],
              [5 + i, 2, 100 + i],
              [5 + i, 3, 1],
            ]).flat(),
          ],
        },
      ],
    };
    const werkboek: Werkboek = {
      bladen: [
        {
          blad: "Bijlage 1",
          startRij: 0,
          startKolom: 0,
          waarden: (() => {
            const w: (string | number | null)[][] = Array.from({ length: 5 + rijen }, () => [
              null,
              null,
              null,
              null,
            ]);
            for (const [r, k, x] of json.bladen[0].cellen) w[r][k] = x as string | number;
            return w;
          })(),
        },
      ],
    };
    const verwacht = controleerBijlage1(werkboek, { notatie: "nl" }).bevindingen;
    expect(verwacht.length).toBeGreaterThanOrEqual(rijen);

    const { page, paginaFouten } = await open(json);
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "fout" }).waitFor({ timeout: 60_000 });
    expect(await host<number>(page, "grootsteAntwoord")).toBeLessThan(LIMIET_WEB);

    await host(page, "resetTellers()");
    await page.getByRole("button", { name: "Rapportblad maken" }).click();
    await page.getByText(`De bevindingen staan op blad '${RAPPORT_BLAD}'`).waitFor({ timeout: 60_000 });
    const verzoeken = await host<{ bytes: number }[]>(page, "verzoeken");
    const totaal = verzoeken.reduce((s, v) => s + v.bytes, 0);
    // More than one request's worth of data, written in several requests each under the limit.
    expect(totaal).toBeGreaterThan(LIMIET_WEB);
    expect(Math.max(...verzoeken.map((v) => v.bytes))).toBeLessThan(LIMIET_WEB);
    const rapport = (await hostBlad(page, RAPPORT_BLAD))!;
    const laatsteRij = Math.max(...rapport.cellen.map((c) => Number(/\d+$/.exec(c.adres)![0])));
    expect(laatsteRij).toBe(verwacht.length + 1);
    expect(paginaFouten).toEqual([]);
    process.stdout.write(
      `rapport ${verwacht.length} rijen: ${verzoeken.length} verzoeken, samen ${totaal} bytes, grootste ${Math.max(...verzoeken.map((v) => v.bytes))} bytes\n`,
    );
  });

  it("Loonbatch: samenvatting en gemaskeerde bevindingen van een betaalbatch, met doorklikken; geen persoonsgegevens getoond", async () => {
    const batch = await leesVoorbeeld(LOONBATCH);
    const vorige = await leesVoorbeeld(LOONBATCH_VORIGE);
    const bijlage1 = await leesVoorbeeld(LOONBATCH_BIJLAGE1);
    const batchGrid = batch.werkboek.bladen[0];
    const vorigeGrid = { ...vorige.werkboek.bladen[0], blad: "Vorige betaalbatch" };
    const bijlageGrid = bijlage1.werkboek.bladen[0];
    const json = werkboekNaarJson({ bladen: [batchGrid, vorigeGrid, bijlageGrid] });
    const verwacht = controleerBetaalbatch(batchGrid, { vorige: vorigeGrid, bijlage1: bijlageGrid });

    const { page, paginaFouten, console: consoleRegels } = await open(json);
    await page.getByRole("tab", { name: "Loonbatch" }).click();
    await expect(page.getByLabel("Vorige batch (optioneel)").inputValue()).resolves.toBe(
      "Vorige betaalbatch",
    );
    await page.getByRole("button", { name: "Loonbatch controleren" }).click();
    const status = page.getByRole("status").filter({ hasText: "Betaalbatch" });
    await status.waitFor();
    expect(await status.innerText()).toContain(`${verwacht.samenvatting.aantalRegels} regels`);
    await page.getByText(formatBedrag(verwacht.samenvatting.totaalNetto)).first().waitFor();
    const knoppen = page.getByRole("button", { name: /^Ga naar / });
    expect(await knoppen.count()).toBe(zichtbareKnoppen(verwacht.bevindingen));

    const eerste = verwacht.bevindingen.find((b) => b.blad && b.cel)!;
    await knoppen.first().click();
    await wachtOpSelectie(page, eerste.cel!);

    // No BSN, name or IBAN of the batch appears in the panel or on the console.
    const tekst = await page.locator("body").innerText();
    const persoonsgegevens = [batchGrid, vorigeGrid].flatMap((g) =>
      leesBetaalbatch(g).batch.regels.flatMap((r) =>
        [r.bsn, r.naam, r.iban].filter((x) => x && x.length >= 6),
      ),
    );
    expect(persoonsgegevens.length).toBeGreaterThan(10);
    expect(
      persoonsgegevens.filter((p) => tekst.includes(p) || consoleRegels.some((c) => c.includes(p))),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-loonbatch.png"), fullPage: true });
    expect(paginaFouten).toEqual([]);
  });

  it("Loonbatch met het registerblad en een bankbestand van schijf gekozen: bevindingen in één lijst, doorklikken naar het register; niets verlaat 127.0.0.1", async () => {
    const batch = (await leesVoorbeeld(LOONBATCH_SCHOON)).werkboek.bladen[0];
    const register = (await leesVoorbeeld(REGISTER_AFWIJKINGEN)).werkboek.bladen[0];
    const xml = readFileSync(BETAALBESTAND_AFWIJKINGEN);
    const verwacht = controleerBetaalbatch(batch, {
      register,
      betaalbestand: { naam: "almelo-2026-10-betaalbestand-afwijkingen.xml", inhoud: new Uint8Array(xml) },
    });
    expect(verwacht.bevindingen.some((b) => b.code.startsWith("SEPA_"))).toBe(true);

    const {
      page,
      paginaFouten,
      console: consoleRegels,
    } = await open(werkboekNaarJson({ bladen: [batch, register] }));
    await page.getByRole("tab", { name: "Loonbatch" }).click();
    await expect(page.getByLabel("Personeelsregister (optioneel)").inputValue()).resolves.toBe(
      "Personeelsregister",
    );
    await page
      .getByLabel("Betaalbestand voor de bank (SEPA pain.001, optioneel)")
      .setInputFiles(BETAALBESTAND_AFWIJKINGEN);
    await page.getByRole("button", { name: "Loonbatch controleren" }).click();
    await page
      .getByText(
        /Betaalbestand almelo-2026-10-betaalbestand-afwijkingen\.xml \(pain\.001 versie 09\): 40 betalingen/,
      )
      .waitFor();
    await page.getByText(/Personeelsregister \(Personeelsregister\): 42 personen, 40 in dienst/).waitFor();
    const knoppen = page.getByRole("button", { name: /^Ga naar / });
    expect(await knoppen.count()).toBe(zichtbareKnoppen(verwacht.bevindingen));
    for (const code of [
      "SEPA_ZONDER_REGEL",
      "SEPA_IBAN_ANDERS",
      "BETAALD_BUITEN_DIENSTVERBAND",
      "IN_DIENST_NIET_BETAALD",
    ])
      await page.getByText(code, { exact: true }).first().waitFor();

    // Click-through: the batch cell of a register finding, then its register cell.
    const buiten = verwacht.bevindingen.find((b) => b.code === "BETAALD_BUITEN_DIENSTVERBAND")!;
    await page
      .getByRole("button", { name: new RegExp(`^Ga naar Betaalbatch!${buiten.cel}: Betaald over`) })
      .click();
    await wachtOpSelectie(page, buiten.cel!);
    await page.getByRole("button", { name: `Zie ook Personeelsregister!${buiten.ook!.cel}` }).click();
    await wachtOpSelectie(page, buiten.ook!.cel);
    expect(await host<{ blad: string }>(page, "selectie")).toMatchObject({ blad: "Personeelsregister" });

    // No BSN, name or IBAN of batch, register or bank file in the panel or on the console.
    const tekst = await page.locator("body").innerText();
    const namen = [...xml.toString("latin1").matchAll(/<Nm>([^<]+)<\/Nm>/g)].map((m) => m[1]);
    const ibans = [...xml.toString("latin1").matchAll(/<IBAN>([^<]+)<\/IBAN>/g)].map((m) => m[1]);
    const persoonsgegevens = [
      ...leesBetaalbatch(batch).batch.regels.flatMap((r) => [r.bsn, r.naam, r.iban]),
      ...register.waarden.slice(3).flatMap((r) => [String(r[1] ?? ""), String(r[2] ?? "")]),
      ...namen.filter((n) => !n.startsWith("Gemeente")),
      ...ibans,
    ].filter((x) => x.length >= 6);
    expect(persoonsgegevens.length).toBeGreaterThan(100);
    expect(
      persoonsgegevens.filter((p) => tekst.includes(p) || consoleRegels.some((c) => c.includes(p))).length,
    ).toBe(0);
    await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-loonbatch-register.png"), fullPage: true });
    expect(paginaFouten).toEqual([]);
    // afterEach checks the request log: only the page's own server on 127.0.0.1.
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it("volgt een donker Office-thema: de donkere basis van Fluent in een eigen chunk, de kleuren van Office op de pagina", async () => {
    const { json } = await leesVoorbeeld(GOED);
    const donkerChunk = (verzoeken: string[]) => verzoeken.filter((u) => /\/deel\/thema-donker\./.test(u));
    const achtergrond = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);

    const licht = await open(json);
    expect(donkerChunk(licht.verzoeken)).toEqual([]);
    expect(await achtergrond(licht.page)).toBe("rgb(255, 255, 255)");

    const donker = await open(json, {
      officeThema: { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#F0F0F0" },
    });
    expect(donkerChunk(donker.verzoeken)).toHaveLength(1);
    expect(await achtergrond(donker.page)).toBe("rgb(31, 31, 31)");
    // The tabs use the dark theme's own colours (light text), not the light theme's.
    const tabKleur = await donker.page
      .getByRole("tab", { name: "Koppelen" })
      .evaluate((e) => getComputedStyle(e).color);
    const [r, g, b] = (tabKleur.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeGreaterThan(128);
    expect(donker.paginaFouten).toEqual([]);
  });

  it("zegt het in het Nederlands als de chunk van de dienst niet binnenkomt (verbinding weg na de eerste paint)", async () => {
    const { json } = await leesVoorbeeld(GOED);
    const page = await browser.newPage({ viewport: { width: 400, height: 1000 } });
    const paginaFouten: string[] = [];
    page.on("pageerror", (e) => paginaFouten.push(e.message));
    try {
      await page.route(/\/deel\/dienst\.[0-9a-f]{8}\.js$/, (route) => route.abort("internetdisconnected"));
      await page.addInitScript((werkmap) => {
        (window as unknown as Record<string, unknown>).__ONTPLOOJ_WERKMAP__ = werkmap;
      }, json);
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor();
      const melding = page
        .locator("#paneel-controleren")
        .getByText("Het taakvenster kon niet worden geladen");
      await melding.waitFor();
      expect(await page.locator("#paneel-controleren").innerText()).toMatch(/Controleer de verbinding/);
      expect(await page.getByRole("tab").count()).toBe(7);
      expect(paginaFouten).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("buiten Office (office.js van Microsoft, geen host) toont een Nederlandse notitie in plaats van een leeg paneel", async () => {
    const echt = await startServer({ echteOfficeJs: true });
    const page = await browser.newPage();
    const verzoeken: string[] = [];
    page.on("request", (r) => verzoeken.push(r.url()));
    try {
      await page.goto(`${echt.url}/taskpane.html`);
      await page.getByText("Niet in Excel geopend").waitFor({ timeout: 30_000 });
      expect(await page.getByText(/Dit taakvenster werkt in Excel/).count()).toBe(1);
      expect(verzoeken.filter((u) => !u.startsWith(echt.url + "/"))).toEqual([]);
    } finally {
      await page.close();
      await echt.sluit();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Accessibility (issue 5): axe-core's WCAG 2.1 A/AA rules on each section, and a keyboard-only
// walkthrough. Same server, host and browser as above.

/** axe-core's browser build, evaluated in the page (see axeSchendingen). */
const AXE_BRON = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface AxeSchending {
  id: string;
  impact: string | null;
  help: string;
  doelen: string[];
}

/**
 * Runs axe-core on the whole page (the header, the tab list and the section shown; hidden sections
 * are skipped by axe) and returns the WCAG 2.1 A/AA violations. axe is evaluated through the
 * DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not govern:
 * the page keeps its real CSP, which an inline <script> (page.addScriptTag) would violate.
 */
async function axeSchendingen(page: Page): Promise<AxeSchending[]> {
  await page.evaluate(AXE_BRON);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
      elementRef: true,
    });
    return r.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        // Not a rule switched off, one known false positive left out: Fluent UI's focus manager
        // (tabster) puts an empty <i tabindex="0" aria-hidden="true" data-tabster-dummy> before and
        // after the tab list; it hands the focus on the moment it gets it, so keyboard users never
        // land on it, and it is aria-hidden so screen readers do not announce it. It cannot be
        // changed from the add-in (microsoft/tabster#288, microsoft/fluentui#25133). Every other
        // element is still checked by aria-hidden-focus.
        nodes: v.nodes.filter(
          (n) => !(v.id === "aria-hidden-focus" && n.element?.hasAttribute("data-tabster-dummy")),
        ),
      }))
      .filter((v) => v.nodes.length > 0)
      .map(({ nodes, ...v }) => ({ ...v, doelen: nodes.map((n) => n.target.join(" ")) }));
  }, WCAG21_A_AA);
}

/** Serious and critical violations, one line each: rule, impact, what it asks, where. */
async function ernstigeSchendingen(page: Page): Promise<string[]> {
  return (await axeSchendingen(page))
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.doelen.join(" | ")}`);
}

/** A short description of the focused element, for failure messages. */
function focusBeschrijving(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "(body)";
    const rol = e.getAttribute("role");
    const naam = (e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 40);
    return `${e.tagName.toLowerCase()}${rol ? `[${rol}]` : ""} "${naam}"`;
  });
}

/** Presses `toets` until `doel` has the focus (at most `max` times); says where focus went if not. */
async function toetsTot(page: Page, doel: Locator, toets = "Tab", max = 30): Promise<void> {
  await doel.waitFor();
  const langs: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(toets);
    if (await doel.evaluate((el) => el === document.activeElement)) return;
    langs.push(await focusBeschrijving(page));
  }
  throw new Error(
    `${toets} bereikte het doel niet in ${max} stappen; de focus ging langs: ${langs.join(" → ")}`,
  );
}

describe("taakvenster: toegankelijkheid", () => {
  it("heeft geen ernstige of kritieke WCAG 2.1 A/AA-schendingen (axe-core) in welke sectie ook", async () => {
    // Controleren, with the findings of a broken bijlage shown.
    const kapot = await open((await leesVoorbeeld(KAPOT)).json);
    await kapot.page.getByRole("button", { name: "Controleren", exact: true }).click();
    await kapot.page.getByRole("status").filter({ hasText: "fout" }).waitFor();
    expect(await kapot.page.getByRole("button", { name: /^Ga naar / }).count()).toBeGreaterThan(0);
    expect({ sectie: "Controleren", schendingen: await ernstigeSchendingen(kapot.page) }).toEqual({
      sectie: "Controleren",
      schendingen: [],
    });

    // Afrekenen, after a fill.
    const goed = await open((await leesVoorbeeld(GOED)).json);
    await goed.page.getByRole("tab", { name: "Afrekenen" }).click();
    await vul(goed.page);
    await goed.page.getByRole("definition").first().waitFor();
    expect({ sectie: "Afrekenen", schendingen: await ernstigeSchendingen(goed.page) }).toEqual({
      sectie: "Afrekenen",
      schendingen: [],
    });

    // Koppelen, with a mapping listed (one of the wrong shape, so its warning is checked too).
    const kop = await open((await leesVoorbeeld(GOED)).json);
    await kop.page.getByRole("tab", { name: "Koppelen" }).click();
    await host(kop.page, 'selecteer("Bijlage 1", "B4:B5")');
    await kop.page.getByRole("button", { name: "Koppelen", exact: true }).click();
    await kop.page
      .getByRole("table", { name: "Koppelingen" })
      .getByText(/Klopt niet/)
      .waitFor();
    expect({ sectie: "Koppelen", schendingen: await ernstigeSchendingen(kop.page) }).toEqual({
      sectie: "Koppelen",
      schendingen: [],
    });

    // Loonbatch, after a check (the panel shows only masked data, so the selectors hold none).
    const batch = await leesVoorbeeld(LOONBATCH);
    const vorige = await leesVoorbeeld(LOONBATCH_VORIGE);
    const json = werkboekNaarJson({
      bladen: [batch.werkboek.bladen[0], { ...vorige.werkboek.bladen[0], blad: "Vorige betaalbatch" }],
    });
    const loon = await open(json);
    await loon.page.getByRole("tab", { name: "Loonbatch" }).click();
    await loon.page.getByRole("button", { name: "Loonbatch controleren" }).click();
    await loon.page.getByRole("status").filter({ hasText: "Betaalbatch" }).waitFor();
    expect({ sectie: "Loonbatch", schendingen: await ernstigeSchendingen(loon.page) }).toEqual({
      sectie: "Loonbatch",
      schendingen: [],
    });
    for (const v of [kapot, goed, kop, loon]) expect(v.paginaFouten).toEqual([]);
  });

  it("is met alleen het toetsenbord te bedienen: secties, Controleren, de cel van een bevinding, Afrekenen", async () => {
    const { werkboek, json } = await leesVoorbeeld(KAPOT);
    const verwacht = controleerBijlage1(werkboek, { notatie: "nl" }).bevindingen;
    const eerste = ERNST_VOLGORDE.flatMap((e) => verwacht.filter((b) => b.ernst === e)).find(
      (b) => b.blad && b.cel,
    )!;
    const { page, paginaFouten } = await open(json);
    const tab = (naam: string) => page.getByRole("tab", { name: naam });

    // From page load, Tab reaches the tab list (one tab stop) on the selected tab.
    await toetsTot(page, tab("Controleren"), "Tab", 5);

    // Arrow keys move through the tabs, Enter opens one; every section is reachable.
    for (const [naam, paneel, eersteKnop] of [
      [
        "Afrekenen",
        "#paneel-afrekenen",
        "Ook vullen als de controle fouten vindt of het blad al eigen gegevens bevat",
      ],
      ["Loonbatch", "#paneel-loonbatch", "Blad met de betaalbatch"],
    ] as const) {
      await toetsTot(page, tab(naam), "ArrowRight", 3);
      await page.keyboard.press("Enter");
      await expect(tab(naam).getAttribute("aria-selected")).resolves.toBe("true");
      await page.locator(paneel).waitFor({ state: "visible" });
      // Tab goes from the tab list into the section shown, Shift+Tab back.
      await toetsTot(page, page.locator(paneel).getByLabel(eersteKnop), "Tab", 3);
      await toetsTot(page, tab(naam), "Shift+Tab", 3);
    }
    await toetsTot(page, tab("Controleren"), "ArrowLeft", 4);
    await page.keyboard.press("Space");
    await expect(tab("Controleren").getAttribute("aria-selected")).resolves.toBe("true");

    // Controleren with Enter; Tab past the filter to the first finding; Enter selects its cell.
    const controleren = page.getByRole("button", { name: "Controleren", exact: true });
    await toetsTot(page, controleren, "Tab", 3);
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "fout" }).waitFor();
    // The button keeps the focus while it works (a disabled button would drop it to the page).
    expect(await focusBeschrijving(page)).toBe('button "Controleren"');
    const eersteKnop = page.getByRole("button", { name: /^Ga naar / }).first();
    await expect(eersteKnop.getAttribute("aria-label")).resolves.toBe(
      `Ga naar ${eerste.blad}!${eerste.cel}: ${eerste.bericht}`,
    );
    await toetsTot(page, eersteKnop, "Tab", 10);
    await host(page, "resetTellers()");
    await page.keyboard.press("Enter");
    await wachtOpSelectie(page, eerste.cel!);
    expect(await host(page, "selectie")).toEqual({ blad: eerste.blad, adres: eerste.cel });
    expect(await host(page, "actief")).toBe(eerste.blad);

    // The filter by keyboard: Space on "Info" shows only info findings.
    const info = page.getByRole("button", { name: /^Info \(/ });
    await toetsTot(page, info, "Shift+Tab", 5);
    await page.keyboard.press("Space");
    await expect(info.getAttribute("aria-pressed")).resolves.toBe("true");

    // Afrekenen: the workbook has errors, so Space ticks "Ook vullen als…", Enter fills.
    await toetsTot(page, tab("Controleren"), "Shift+Tab", 10);
    await toetsTot(page, tab("Afrekenen"), "ArrowRight", 3);
    await page.keyboard.press("Enter");
    const forceer = page.getByRole("checkbox", { name: /Ook vullen als de controle fouten vindt/ });
    await toetsTot(page, forceer, "Tab", 3);
    await page.keyboard.press("Space");
    await expect(forceer.isChecked()).resolves.toBe(true);
    await toetsTot(page, page.getByRole("button", { name: "Eindafrekening vullen" }), "Tab", 3);
    await page.keyboard.press("Enter");
    await page.getByText(/is gevuld\./).waitFor({ timeout: 15_000 });
    expect(await focusBeschrijving(page)).toBe('button "Eindafrekening vullen"');
    expect(await hostBlad(page, EINDAFREKENING_BLAD)).not.toBeNull();
    expect(paginaFouten).toEqual([]);
  });
});
