// The Office.js adapter places a plan's native charts (charts.add, name, title, series ranges,
// position), replaces only its own charts on a refill, skips them with a Dutch note on a host
// without the API, and undo removes them and puts back the charts of the fill before; all within
// the same constant number of syncs as a fill without charts (undo: one more, for the chart names).
import type { BladPlan, GrafiekPlan } from "../../src/core/sheetplan";
import {
  aantalSyncs,
  herstelVulling,
  HERSTEL_BLAD,
  HERSTEL_NOTITIE_CEL,
  resetSyncs,
  schrijfPlan,
  type HerstelNotitie,
} from "../../src/excel";
import {
  GRAFIEKEN_NAAM,
  GRAFIEKEN_OVERGESLAGEN,
  grafiekenFormule,
  leesGrafiekenFormule,
  metReeksnamen,
} from "../../src/excel/grafieken";
import { maakMockWerkmap, type GrafiekOpname, type MockWerkmap } from "./mockWerkmap";

let versie = "1.12";
beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (_set: string, gevraagd: string) => {
          const [a, b] = gevraagd.split(".").map(Number);
          const [x, y] = versie.split(".").map(Number);
          return a < x || (a === x && b <= y);
        },
      },
    },
  };
});
beforeEach(() => {
  resetSyncs();
  versie = "1.12";
});

const DIENSTEN: GrafiekPlan = {
  naam: "Ontplooj_Grafiek_Diensten",
  soort: "staafGegroepeerd",
  titel: "Begroot en gerealiseerd per dienst",
  reeksen: [
    { naam: "B1", categorieen: "A2:A3", waarden: "B2:B3" },
    { naam: "C1", categorieen: "A2:A3", waarden: "C2:C3" },
  ],
  anker: { van: "A6", tot: "C20" },
  getalnotatie: '"€" #,##0',
};
const SALDO: GrafiekPlan = {
  naam: "Ontplooj_Grafiek_Afrekening",
  soort: "kolomGegroepeerd",
  titel: "Saldo",
  reeksen: [{ naam: "Bedrag", categorieen: "A2:A3", waarden: "D2:D3" }],
  anker: { van: "D6", tot: "F20" },
};

function plan(grafieken: GrafiekPlan[] = [DIENSTEN, SALDO]): BladPlan {
  return {
    blad: "Eindafrekening",
    gebied: "A1:F20",
    cellen: [
      { adres: "B1", waarde: "Begroot" },
      { adres: "C1", waarde: "Gerealiseerd" },
      { adres: "A2", waarde: "Verloning" },
      { adres: "B2", waarde: 10 },
      { adres: "C2", waarde: 12 },
    ],
    namen: [{ naam: "Ontplooj_Saldo", adres: "C2" }],
    grafieken,
  };
}

const toegevoegd = (wm: MockWerkmap) =>
  wm.handelingen.filter((h) => h.soort === "voegGrafiekToe").map((h) => h.grafiek as GrafiekOpname);
const verwijderd = (wm: MockWerkmap) =>
  wm.handelingen.filter((h) => h.soort === "verwijderGrafiek").map((h) => h.naam);
const notitieVan = (wm: MockWerkmap): HerstelNotitie =>
  JSON.parse(
    wm.opnames.find((o) => o.blad === HERSTEL_BLAD && o.adres === HERSTEL_NOTITIE_CEL)!
      .values![0][0] as string,
  ) as HerstelNotitie;

describe("grafieken bij het vullen", () => {
  it("voegt beide grafieken toe (type, bron, reeksen, titel, positie) in de syncs van een vulling zonder grafieken", async () => {
    const zonder = maakMockWerkmap([{ naam: "Bijlage 1", waarden: [["x"]] }]);
    await schrijfPlan(zonder.context, plan([]));
    const syncsZonder = aantalSyncs();
    resetSyncs();

    const wm = maakMockWerkmap([{ naam: "Bijlage 1", waarden: [["x"]] }]);
    const r = await schrijfPlan(wm.context, plan());
    expect(aantalSyncs()).toBe(syncsZonder);
    expect(r.grafieken).toBe(2);
    expect(r.grafiekenOvergeslagen).toBeUndefined();
    expect(toegevoegd(wm)).toEqual([
      {
        blad: "Eindafrekening",
        type: "BarClustered",
        bron: "B2:B3",
        reeksenPer: "Columns",
        naam: "Ontplooj_Grafiek_Diensten",
        titel: "Begroot en gerealiseerd per dienst",
        legenda: "Bottom",
        asNotatie: '"€" #,##0',
        positie: { van: "A6", tot: "C20" },
        reeksen: [
          { naam: "Begroot", waarden: "B2:B3", categorieen: "A2:A3", toegevoegd: false },
          { naam: "Gerealiseerd", waarden: "C2:C3", categorieen: "A2:A3", toegevoegd: true },
        ],
      },
      expect.objectContaining({
        type: "ColumnClustered",
        bron: "D2:D3",
        naam: "Ontplooj_Grafiek_Afrekening",
        reeksen: [{ naam: "Bedrag", waarden: "D2:D3", categorieen: "A2:A3", toegevoegd: false }],
      }),
    ]);
    // The charts are remembered in a workbook name, for the undo of a later fill.
    const naam = wm.handelingen.find((h) => h.soort === "voegNaamToe" && h.naam === GRAFIEKEN_NAAM);
    expect(leesGrafiekenFormule(naam?.formule as string)).toEqual(
      metReeksnamen([DIENSTEN, SALDO], plan().cellen),
    );
    const notitie = notitieVan(wm);
    expect(notitie.grafieken).toEqual({ geplaatst: [DIENSTEN.naam, SALDO.naam], vorige: [] });
    expect(notitie.namen).toContainEqual({ naam: GRAFIEKEN_NAAM, formule: null });
  });

  it("een hervulling vervangt haar eigen grafieken op naam en laat de grafiek van de gebruiker met rust", async () => {
    const vorige = metReeksnamen([{ ...DIENSTEN, titel: "oud" }], plan().cellen);
    const wm = maakMockWerkmap(
      [
        {
          naam: "Eindafrekening",
          waarden: [["oud"]],
          grafieken: [
            { naam: "Mijn grafiek", top: 0, left: 600, width: 100, height: 100 },
            { naam: "ontplooj_grafiek_diensten", top: 100, left: 0, width: 100, height: 100 },
          ],
        },
      ],
      { namen: [{ name: GRAFIEKEN_NAAM, formula: grafiekenFormule(vorige)! }] },
    );
    const r = await schrijfPlan(wm.context, plan());
    expect(r.grafieken).toBe(2);
    expect(verwijderd(wm)).toEqual(["ontplooj_grafiek_diensten"]);
    expect(toegevoegd(wm).map((g) => g.naam)).toEqual([DIENSTEN.naam, SALDO.naam]);
    expect(notitieVan(wm).grafieken).toEqual({ geplaatst: [DIENSTEN.naam, SALDO.naam], vorige });
    expect(wm.handelingen).toContainEqual(
      expect.objectContaining({ soort: "wijzigNaam", naam: GRAFIEKEN_NAAM }),
    );
  });

  it("kent de grafieknamen uit een lezing in dezelfde run: geen eigen sync daarvoor", async () => {
    const wm = maakMockWerkmap([
      {
        naam: "Eindafrekening",
        waarden: [["oud"]],
        grafieken: [{ naam: DIENSTEN.naam, top: 0, left: 0, width: 9, height: 9 }],
      },
    ]);
    await schrijfPlan(wm.context, plan(), {
      bekend: {
        bladen: ["Eindafrekening"],
        namen: [],
        grafieken: { blad: "Eindafrekening", namen: [DIENSTEN.naam] },
      },
    });
    expect(aantalSyncs()).toBe(1);
    expect(verwijderd(wm)).toEqual([DIENSTEN.naam]);
    expect(toegevoegd(wm)).toHaveLength(2);
  });

  it("zonder ExcelApi 1.7 worden de cellen geschreven en de grafieken overgeslagen met een Nederlandse notitie", async () => {
    versie = "1.6";
    const wm = maakMockWerkmap([{ naam: "Bijlage 1", waarden: [["x"]] }]);
    const r = await schrijfPlan(wm.context, plan());
    expect(r).toEqual(
      expect.objectContaining({ cellen: 5, grafieken: 0, grafiekenOvergeslagen: GRAFIEKEN_OVERGESLAGEN }),
    );
    expect(toegevoegd(wm)).toEqual([]);
    expect(wm.opnames.some((o) => o.blad === "Eindafrekening" && o.formulas)).toBe(true);
    expect(notitieVan(wm).grafieken).toBeUndefined();
  });
});

describe("grafieken bij ongedaan maken", () => {
  const notitie = (n: Partial<HerstelNotitie>) =>
    JSON.stringify({
      versie: 1,
      kenmerk: "k1",
      blad: "Eindafrekening",
      gebied: "A1:F20",
      bladBestond: true,
      breedtes: {},
      namen: [{ naam: GRAFIEKEN_NAAM, formule: null }],
      ...n,
    } satisfies HerstelNotitie);

  it("verwijdert de grafieken van de vulling die er nog zijn en zet die van de vorige vulling terug, in drie syncs", async () => {
    const vorige = metReeksnamen([SALDO], plan().cellen);
    const wm = maakMockWerkmap(
      [
        {
          naam: "Eindafrekening",
          waarden: [["nieuw"]],
          grafieken: [
            { naam: DIENSTEN.naam, top: 0, left: 0, width: 9, height: 9 },
            { naam: "Mijn grafiek", top: 0, left: 0, width: 9, height: 9 },
          ],
        },
        {
          naam: HERSTEL_BLAD,
          waarden: [[""]],
          cellen: {
            [HERSTEL_NOTITIE_CEL]: [
              [notitie({ grafieken: { geplaatst: [DIENSTEN.naam, SALDO.naam], vorige } })],
            ],
          },
        },
      ],
      { namen: [{ name: GRAFIEKEN_NAAM, formula: "=1" }] },
    );
    const r = await herstelVulling(wm.context);
    expect(r.hersteld).toBe(true);
    expect(aantalSyncs()).toBe(3);
    // The user removed the second chart meanwhile: only the one still there is removed.
    expect(verwijderd(wm)).toEqual([DIENSTEN.naam]);
    expect(toegevoegd(wm).map((g) => [g.naam, g.type, g.bron])).toEqual([
      [SALDO.naam, "ColumnClustered", "D2:D3"],
    ]);
    expect(wm.handelingen).toContainEqual({ soort: "verwijderNaam", naam: GRAFIEKEN_NAAM });
  });

  it("een notitie zonder grafieken maakt nog steeds ongedaan in twee syncs", async () => {
    const wm = maakMockWerkmap([
      { naam: "Eindafrekening", waarden: [["nieuw"]] },
      { naam: HERSTEL_BLAD, waarden: [[""]], cellen: { [HERSTEL_NOTITIE_CEL]: [[notitie({ namen: [] })]] } },
    ]);
    await herstelVulling(wm.context);
    expect(aantalSyncs()).toBe(2);
    expect(toegevoegd(wm)).toEqual([]);
  });
});

describe("de naam die de grafieken onthoudt", () => {
  it("bewaart grafieken met aanhalingstekens en lange titels heen en terug, in tekststukken die Excel aanvaardt", () => {
    const lang = { ...DIENSTEN, titel: `"Begroot" & ${"x".repeat(600)}` };
    const formule = grafiekenFormule([lang, SALDO])!;
    expect(formule.startsWith("=")).toBe(true);
    const stukken = formule.slice(1).match(/"(?:[^"]|"")*"/g)!;
    expect(stukken.join("&")).toBe(formule.slice(1));
    for (const stuk of stukken) expect(stuk.slice(1, -1).replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    expect(leesGrafiekenFormule(formule)).toEqual([lang, SALDO]);
    expect(leesGrafiekenFormule("=Eindafrekening!$A$1")).toEqual([]);
    expect(leesGrafiekenFormule('="[{""naam"":1}]"')).toEqual([]);
    expect(grafiekenFormule([{ ...DIENSTEN, titel: "x".repeat(9000) }])).toBeUndefined();
  });
});
