// End-to-end in Chromium: a workbook with budget and realisation on separate sheets, which the
// label search cannot read, is mapped through the Koppelen step (select cells in the host, pick
// what they are, click) and then filled by Afrekenen; the saldo shown is the one computed
// independently in the test (decimal.js), to the cent.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { leesXlsx } from "../../src/cli/xlsx-grid";
import { EINDAFREKENING_BLAD } from "../../src/core/bijlage1";
import { naamDefinitie, parseVerwijzing, toonVerwijzing } from "../../src/core/bijlage1/namen";
import { formatBedrag } from "../../src/core/money";
import { alleNamen, bouwEigenWerkmap, BEGROTING, verwachteAfrekening } from "../core/bijlage1/namen-werkmap";
import { ARTEFACTEN, host, metBrowser } from "./omgeving";
import { reken, werkboekNaarJson, type HostBlad, type WerkmapJson } from "./werkmap";

jest.setTimeout(120_000);

const omgeving = metBrowser();

async function open(json: WerkmapJson): Promise<{ page: Page; paginaFouten: string[]; vreemd: string[] }> {
  const page = await omgeving.browser.newPage({ viewport: { width: 400, height: 1000 } });
  const paginaFouten: string[] = [];
  const vreemd: string[] = [];
  page.on("pageerror", (e) => paginaFouten.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith(omgeving.server.url + "/") && !r.url().startsWith("data:")) vreemd.push(r.url());
  });
  await page.addInitScript((werkmap) => {
    (window as unknown as Record<string, unknown>).__ONTPLOOJ_WERKMAP__ = werkmap;
  }, json);
  await page.goto(`${omgeving.server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Ontplooj afrekening" }).waitFor({ timeout: 15_000 });
  return { page, paginaFouten, vreemd };
}

/** Selects `adres` on `blad` in the host (as the user does in Excel), picks the part, clicks Koppelen. */
async function koppel(page: Page, blad: string, adres: string, label: string): Promise<number> {
  await host(page, `selecteer(${JSON.stringify(blad)}, ${JSON.stringify(adres)})`);
  await page.getByLabel("Wat is de selectie?").selectOption({ label });
  await host(page, "resetTellers()");
  await page.getByRole("button", { name: "Koppelen", exact: true }).click();
  await page.getByText(`is gekoppeld aan ${blad}!${adres}`).waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
  return host<number>(page, "syncs");
}

test("Koppelen koppelt een werkmap met begroting en realisatie op aparte bladen; Afrekenen vult haar tot op de cent", async () => {
  const werkboek = await leesXlsx(Buffer.from(await bouwEigenWerkmap().xlsx.writeBuffer()));
  expect(werkboek.namen).toEqual([]);
  const { page, paginaFouten, vreemd } = await open(werkboekNaarJson(werkboek));
  const paneel = page.locator("#paneel-koppelen");

  // Without names the workbook cannot be filled.
  await page.getByRole("tab", { name: "Afrekenen" }).click();
  await page.getByRole("button", { name: "Eindafrekening vullen" }).click();
  await page
    .locator("#paneel-afrekenen")
    .getByText(/Bijlage 1/)
    .first()
    .waitFor();
  expect(await host<HostBlad | null>(page, `blad(${JSON.stringify(EINDAFREKENING_BLAD)})`)).toBeNull();

  await page.getByRole("tab", { name: "Koppelen" }).click();
  await paneel.getByText("Nog geen koppelingen").waitFor();

  // A wrong selection first: the list says what is wrong; removing it takes one sync.
  expect(await koppel(page, BEGROTING, "D4:D5", "Jaar")).toBe(1);
  await paneel.getByText("Klopt niet: moet één cel zijn, maar is 2 × 1 cellen.").waitFor();
  await host(page, "resetTellers()");
  await paneel.getByRole("button", { name: "Koppeling Jaar (Bijlage1_Jaar) verwijderen" }).click();
  await paneel.getByText("De koppeling Bijlage1_Jaar is verwijderd.").waitFor();
  expect(await host<number>(page, "syncs")).toBe(1);
  expect(await host<Record<string, string>>(page, "namen()")).toEqual({});

  // Every part of the contract, one sync each.
  for (const n of alleNamen()) {
    const v = parseVerwijzing(n.verwijzing);
    if (!v.ok) throw new Error(n.verwijzing);
    const adres = toonVerwijzing(v).split("!")[1];
    expect(await koppel(page, v.blad, adres, naamDefinitie(n.naam)!.label)).toBe(1);
  }
  // Mapping a part again replaces its name (Excel refuses a second one of the same name).
  expect(await koppel(page, BEGROTING, "D3", "Gemeente")).toBe(1);

  const namen = await host<Record<string, string>>(page, "namen()");
  expect(namen).toEqual(
    Object.fromEntries(alleNamen().map((n) => [naamDefinitie(n.naam)!.naam, "=" + n.verwijzing])),
  );
  const rijen = paneel.getByRole("table", { name: "Koppelingen" }).locator("tbody tr");
  await expect(rijen.count()).resolves.toBe(alleNamen().length);
  await expect(paneel.getByText(/Klopt niet/).count()).resolves.toBe(0);
  await expect(rijen.nth(8).innerText()).resolves.toMatch(
    /Aantallen gerealiseerd[\s\S]*Realisatie 2023!C5:C9/,
  );
  await page.screenshot({ path: join(ARTEFACTEN, "taakvenster-koppelen.png"), fullPage: true });

  // Afrekenen reads the names: the saldo shown is the one computed in the test.
  const verwacht = verwachteAfrekening();
  await page.getByRole("tab", { name: "Afrekenen" }).click();
  await page.getByRole("button", { name: "Eindafrekening vullen" }).click();
  await page.getByText(/is gevuld\./).waitFor({ timeout: 15_000 });
  const waarden = await page.getByRole("definition").allInnerTexts();
  expect(waarden).toEqual(
    expect.arrayContaining([
      formatBedrag(verwacht.voorcalculatie),
      formatBedrag(verwacht.nacalculatie),
      formatBedrag(verwacht.saldo),
    ]),
  );

  // The sheet's formulas refer to the real cells on both sheets and recompute to the same saldo.
  const bladen = await Promise.all(
    (await host<{ naam: string }[]>(page, "bladen()")).map(
      async (b) => (await host<HostBlad>(page, `blad(${JSON.stringify(b.naam)})`))!,
    ),
  );
  const eind = bladen.find((b) => b.naam === EINDAFREKENING_BLAD)!;
  const formules = eind.cellen.map((c) => c.formule ?? "");
  expect(formules).toContain("='Realisatie 2023'!C5");
  expect(formules).toContain("='Begroting 2023'!D8");
  const saldoNaam = (await host<Record<string, string>>(page, "namen()")).Ontplooj_Saldo;
  const saldoCel = saldoNaam.split("!")[1].replace(/\$/g, "");
  const berekend = reken(bladen, EINDAFREKENING_BLAD).get(saldoCel);
  expect(Math.round(Number(berekend) * 100)).toBe(Math.round(Number(verwacht.saldo) * 100));

  expect(paginaFouten).toEqual([]);
  expect(vreemd).toEqual([]);
  await page.close();
});
