// Unit tests of the Office.js adapter on Microsoft's office-addin-mock: what is read, what is
// written where, and how many syncs each operation takes.
import { celSleutel, isDatumCel, isVerborgenKolom } from "../../src/core/grid";
import { celLink, rapportPlan } from "../../src/core/rapport-plan";
import type { BladPlan } from "../../src/core/sheetplan";
import {
  aantalSyncs,
  excelFoutTekst,
  formuleInvoer,
  GebiedFout,
  herstelVulling,
  HERSTEL_BLAD,
  HERSTEL_NOTITIE_CEL,
  isEigenBlad,
  leesBladnamen,
  leesWerkboek,
  naamFormule,
  PlanFout,
  RAPPORT_BLAD,
  resetSyncs,
  schrijfPlan,
  selecteerCel,
  tekensNaarPunten,
  verdeelInBanden,
  type HerstelNotitie,
} from "../../src/excel";
import { maakMockWerkmap, type MockBlad, type Opname } from "./mockWerkmap";

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (_set: string, versie: string) => ["1.9", "1.10", "1.11"].includes(versie),
      },
    },
  };
});

beforeEach(() => resetSyncs());

const BIJLAGE: MockBlad = {
  naam: "Bijlage 1",
  rij: 1,
  kolom: 1,
  waarden: [
    ["Gemeente", "Wierden", null],
    ["Jaar", 2023, null],
    ["Dienst", "Tarief", "Bedrag"],
    ["Verloning", 321, 642],
  ],
  formules: [
    ["Gemeente", "Wierden", ""],
    ["Jaar", 2023 as unknown as string, ""],
    ["Dienst", "Tarief", "Bedrag"],
    ["Verloning", 321 as unknown as string, "=C5*2"],
  ],
  verborgenRijen: [3],
};

function plan(cellen = 3): BladPlan {
  return {
    blad: "Eindafrekening",
    gebied: "A1:D10",
    cellen: [
      { adres: "A1", waarde: "Eindafrekening", stijl: { vet: true, achtergrond: "#D9E2F3" } },
      { adres: "B3", waarde: 321, getalnotatie: "#,##0" },
      { adres: "C3", formule: "='Bijlage 1'!C5*2", waarde: 642, getalnotatie: '"€" #,##0.00' },
      ...Array.from({ length: Math.max(0, cellen - 3) }, (_, i) => ({ adres: `D${4 + i}`, waarde: i })),
    ],
    namen: [{ naam: "Ontplooj_Saldo", adres: "C3" }],
    kolombreedtes: { A: 30 },
  };
}

const geschreven = (opnames: Opname[], blad: string) => opnames.filter((o) => o.blad === blad && o.formulas);

describe("leesWerkboek", () => {
  it("leest het gebruikte bereik van elk blad, formules, verborgen rijen en namen in drie syncs", async () => {
    const wm = maakMockWerkmap([BIJLAGE, { naam: HERSTEL_BLAD, waarden: [["x"]] }], {
      namen: [{ name: "Ontplooj_Saldo", formula: "=Eindafrekening!$C$40" }],
    });
    const gelezen = await leesWerkboek(wm.context);
    expect(aantalSyncs()).toBe(3);
    expect(gelezen.herstelpunt).toBe(true);
    expect(gelezen.notatie).toBe("nl");
    expect(gelezen.werkboek.bladen.map((b) => b.blad)).toEqual(["Bijlage 1"]);
    const g = gelezen.werkboek.bladen[0];
    expect(g.startRij).toBe(1);
    expect(g.startKolom).toBe(1);
    expect(g.waarden[0]).toEqual(["Gemeente", "Wierden", null]);
    expect(g.waarden[3]).toEqual(["Verloning", 321, 642]);
    expect(g.formules?.[3]).toEqual([null, null, "=C5*2"]);
    expect(g.verborgenRijen).toEqual([3]);
    expect(gelezen.werkboek.namen).toEqual([{ naam: "Ontplooj_Saldo", verwijzing: "Eindafrekening!$C$40" }]);
  });

  it("geeft werkmapnamen door met hun verwijzing, ook een waarvan de cellen verwijderd zijn (#REF!)", async () => {
    const wm = maakMockWerkmap([BIJLAGE], {
      namen: [
        { name: "Bijlage1_Gemeente", formula: "='Bijlage 1'!$C$2" },
        { name: "Bijlage1_Jaar", formula: "=#REF!" },
      ],
    });
    const gelezen = await leesWerkboek(wm.context);
    // Office.js lists workbook-scoped names only: none carries a sheet (`blad`).
    expect(gelezen.werkboek.namen).toEqual([
      { naam: "Bijlage1_Gemeente", verwijzing: "'Bijlage 1'!$C$2" },
      { naam: "Bijlage1_Jaar", verwijzing: "#REF!" },
    ]);
  });

  it("meldt datumcellen (naar getalnotatie) en verborgen kolommen, gemengd of allemaal, nog steeds in drie syncs", async () => {
    const wm = maakMockWerkmap([
      {
        naam: "Bijlage 1",
        rij: 2,
        kolom: 1,
        waarden: [
          ["Datum", 44931, "12-1-2023"],
          ["Bedrag", 44931, 1200.5],
        ],
        // Only numbers with a date format are dates; a date-formatted text is text.
        notaties: [
          ["General", "d-m-yyyy", "dd/mm/yyyy"],
          ["@", "#,##0.00", "[$-413]d mmmm yyyy;@"],
        ],
        verborgenKolommen: [2, 9],
      },
      { naam: "Verborgen", waarden: [["a", "b"]], verborgenKolommen: [0, 1] },
    ]);
    const gelezen = await leesWerkboek(wm.context);
    expect(aantalSyncs()).toBe(3);
    const [g, alles] = gelezen.werkboek.bladen;
    expect([...(g.datumCellen ?? [])]).toEqual([celSleutel(2, 2), celSleutel(3, 3)]);
    expect(isDatumCel(g, 2, 2)).toBe(true);
    expect(isDatumCel(g, 3, 2)).toBe(false);
    expect(isDatumCel(g, 3, 3)).toBe(true);
    expect(g.verborgenKolommen).toEqual([2]);
    expect(isVerborgenKolom(g, 2) && !isVerborgenKolom(g, 1)).toBe(true);
    expect(alles.verborgenKolommen).toEqual([0, 1]);
    expect(alles.datumCellen).toBeUndefined();
  });

  it("leest zijn eigen rapportblad (Ontplooj_Bevindingen) niet als invoer, in welke schrijfwijze ook", async () => {
    const rapport = rapportPlan([
      { ernst: "fout", code: "DIENST_ONBEKEND", bericht: "Onbekende dienst", blad: "Bijlage 1", cel: "A5" },
    ]);
    const rapportBlad: MockBlad = {
      naam: RAPPORT_BLAD,
      waarden: [
        ["Ernst", "Code", "Blad", "Cel", "Bericht", "Verwacht", "Gevonden"],
        ["Fout", "DIENST_ONBEKEND", "Bijlage 1", "A5", "Onbekende dienst", null, null],
      ],
    };
    expect(rapport.blad).toBe(RAPPORT_BLAD);
    const wm = maakMockWerkmap([BIJLAGE, rapportBlad, { naam: HERSTEL_BLAD, waarden: [["x"]] }]);
    const gelezen = await leesWerkboek(wm.context);
    expect(aantalSyncs()).toBe(3);
    expect(gelezen.werkboek.bladen.map((b) => b.blad)).toEqual(["Bijlage 1"]);
    // A fill in the same Excel.run still knows the sheet exists.
    expect(gelezen.bekend.bladen).toEqual(["Bijlage 1", RAPPORT_BLAD, HERSTEL_BLAD]);
    expect(await leesBladnamen(maakMockWerkmap([BIJLAGE, rapportBlad]).context)).toEqual(["Bijlage 1"]);

    // Excel's sheet names ignore case: a renamed "ontplooj_bevindingen" is still the report.
    const klein = await leesWerkboek(
      maakMockWerkmap([BIJLAGE, { ...rapportBlad, naam: RAPPORT_BLAD.toLowerCase() }]).context,
    );
    expect(klein.werkboek.bladen.map((b) => b.blad)).toEqual(["Bijlage 1"]);
    expect(isEigenBlad("ONTPLOOJ_HERSTEL")).toBe(true);
    expect(isEigenBlad("Bevindingen")).toBe(false);
    expect(isEigenBlad("Bijlage 1")).toBe(false);
  });

  it("neemt evenveel syncs voor een werkmap die tien keer groter is", async () => {
    const groot: MockBlad = {
      naam: "Bijlage 1",
      waarden: Array.from({ length: 400 }, (_, r) => Array.from({ length: 10 }, (_, k) => r * 10 + k)),
    };
    const klein: MockBlad = { ...groot, waarden: groot.waarden.slice(0, 40) };
    await leesWerkboek(maakMockWerkmap([klein, { ...klein, naam: "Voorschotten" }]).context);
    const syncsKlein = aantalSyncs();
    resetSyncs();
    const gelezen = await leesWerkboek(maakMockWerkmap([groot, { ...groot, naam: "Voorschotten" }]).context);
    expect(aantalSyncs()).toBe(syncsKlein);
    expect(gelezen.werkboek.bladen[1].waarden).toHaveLength(400);
    expect(gelezen.werkboek.bladen[1].verborgenRijen).toBeUndefined();
  });

  it("meldt een decimale punt als de cultuur van Excel er een gebruikt", async () => {
    const gelezen = await leesWerkboek(maakMockWerkmap([BIJLAGE], { decimaalteken: "." }).context);
    expect(gelezen.notatie).toBe("en");
    expect(gelezen.herstelpunt).toBe(false);
  });

  it("volgt het eigen scheidingsteken van Excel als de opties dat van het systeem overschrijven", async () => {
    // cultureInfo.numberFormat is the system's; application.decimalSeparator is Excel's setting,
    // in force when useSystemSeparators is false (both ExcelApi 1.11).
    const eigen = maakMockWerkmap([BIJLAGE], { decimaalteken: ",", excelDecimaalteken: "." });
    expect((await leesWerkboek(eigen.context)).notatie).toBe("en");
    const omgekeerd = maakMockWerkmap([BIJLAGE], { decimaalteken: ".", excelDecimaalteken: "," });
    expect((await leesWerkboek(omgekeerd.context)).notatie).toBe("nl");
    expect(aantalSyncs()).toBe(6);
  });
});

describe("schrijfPlan", () => {
  it("maakt het blad, bewaart een reservekopienotitie, schrijft formules, notaties, stijlen en namen in twee syncs", async () => {
    const wm = maakMockWerkmap([BIJLAGE]);
    const r = await schrijfPlan(wm.context, plan());
    expect(aantalSyncs()).toBe(2);
    expect(r).toEqual({ banden: 1, cellen: 3, herstelpunt: true, grafieken: 0 });
    expect(wm.handelingen).toEqual(
      expect.arrayContaining([
        { soort: "voegBladToe", blad: HERSTEL_BLAD },
        { soort: "zichtbaarheid", blad: HERSTEL_BLAD, waarde: "Hidden" },
        { soort: "voegBladToe", blad: "Eindafrekening" },
        { soort: "voegNaamToe", naam: "Ontplooj_Saldo", formule: "=Eindafrekening!$C$3" },
      ]),
    );
    // The sheet did not exist: nothing to copy, and the note says undo removes the sheet.
    expect(wm.opnames.some((o) => o.gekopieerdVan)).toBe(false);
    const notitie = wm.opnames.find((o) => o.blad === HERSTEL_BLAD && o.adres === HERSTEL_NOTITIE_CEL);
    const n = JSON.parse(String(notitie?.values?.[0][0])) as HerstelNotitie;
    expect(n).toMatchObject({ blad: "Eindafrekening", gebied: "A1:D10", bladBestond: false });
    expect(n.namen).toEqual([{ naam: "Ontplooj_Saldo", formule: null }]);

    expect(wm.opnames.find((o) => o.blad === "Eindafrekening" && o.adres === "A1:D10")?.gewist).toBe("All");
    const [band] = geschreven(wm.opnames, "Eindafrekening");
    expect(band.adres).toBe("A1:C3");
    expect(band.formulas).toEqual([
      ["Eindafrekening", null, null],
      [null, null, null],
      [null, 321, "='Bijlage 1'!C5*2"],
    ]);
    expect(band.numberFormat?.[2]).toEqual([null, "#,##0", '"€" #,##0.00']);
    expect(band.cellProperties?.[0][0]).toEqual({
      format: { font: { bold: true }, fill: { color: "#D9E2F3" } },
    });
    expect(wm.opnames.find((o) => o.adres === "A:A")?.format.columnWidth).toBe(tekensNaarPunten(30));
  });

  it("maakt een reservekopie van het gebied van een bestaand blad met copyFrom en werkt een bestaande naam bij in drie syncs", async () => {
    const wm = maakMockWerkmap(
      [
        BIJLAGE,
        { naam: "Eindafrekening", waarden: [["oud"]], breedtes: { A: 50 } },
        { naam: HERSTEL_BLAD, waarden: [[""]] },
      ],
      { namen: [{ name: "Ontplooj_Saldo", formula: "=Eindafrekening!$C$9" }] },
    );
    await schrijfPlan(wm.context, plan());
    expect(aantalSyncs()).toBe(3);
    const kopie = wm.opnames.find((o) => o.gekopieerdVan);
    expect(kopie).toMatchObject({
      blad: HERSTEL_BLAD,
      adres: "A1:D10",
      gekopieerdVan: { blad: "Eindafrekening", adres: "A1:D10", soort: "All" },
    });
    // The old backup is cleared before the new one is taken.
    expect(wm.opnames.find((o) => o.blad === HERSTEL_BLAD && o.adres === "*")?.gewist).toBe("All");
    const notitie = wm.opnames.find((o) => o.adres === HERSTEL_NOTITIE_CEL);
    const n = JSON.parse(String(notitie?.values?.[0][0])) as HerstelNotitie;
    expect(n).toMatchObject({ bladBestond: true, breedtes: { A: 50 } });
    expect(n.namen).toEqual([{ naam: "Ontplooj_Saldo", formule: "=Eindafrekening!$C$9" }]);
    expect(wm.handelingen).toContainEqual({
      soort: "wijzigNaam",
      naam: "Ontplooj_Saldo",
      formule: "=Eindafrekening!$C$3",
    });
    expect(wm.handelingen.filter((h) => h.soort === "voegBladToe")).toEqual([]);
  });

  it("behandelt blad- en werkmapnamen zonder onderscheid in hoofdletters, zoals Excel", async () => {
    // Excel allows no second sheet or name that differs only in case: adding one fails.
    const wm = maakMockWerkmap([BIJLAGE, { naam: "eindafrekening", waarden: [["oud"]] }], {
      namen: [{ name: "ONTPLOOJ_SALDO", formula: "=eindafrekening!$C$9" }],
    });
    await schrijfPlan(wm.context, plan());
    expect(wm.handelingen.filter((h) => h.soort === "voegBladToe")).toEqual([
      { soort: "voegBladToe", blad: HERSTEL_BLAD },
    ]);
    expect(wm.handelingen.filter((h) => h.soort === "voegNaamToe")).toEqual([]);
    expect(wm.handelingen).toContainEqual({
      soort: "wijzigNaam",
      naam: "Ontplooj_Saldo",
      formule: "=Eindafrekening!$C$3",
    });
    expect(wm.opnames.find((o) => o.gekopieerdVan)?.gekopieerdVan).toEqual({
      blad: "eindafrekening",
      adres: "A1:D10",
      soort: "All",
    });
    const notitie = wm.opnames.find((o) => o.adres === HERSTEL_NOTITIE_CEL);
    const n = JSON.parse(String(notitie?.values?.[0][0])) as HerstelNotitie;
    expect(n).toMatchObject({ bladBestond: true });
    expect(n.namen).toEqual([{ naam: "Ontplooj_Saldo", formule: "=eindafrekening!$C$9" }]);
  });

  it("schrijft in één sync na een lezing in dezelfde run", async () => {
    const wm = maakMockWerkmap([BIJLAGE], {
      namen: [{ name: "Ontplooj_Saldo", formula: "=Eindafrekening!$C$9" }],
    });
    const gelezen = await leesWerkboek(wm.context);
    resetSyncs();
    await schrijfPlan(wm.context, plan(), { bekend: gelezen.bekend });
    expect(aantalSyncs()).toBe(1);
    expect(wm.handelingen).toContainEqual({
      soort: "wijzigNaam",
      naam: "Ontplooj_Saldo",
      formule: "=Eindafrekening!$C$3",
    });
    expect(wm.handelingen).toContainEqual({ soort: "voegBladToe", blad: "Eindafrekening" });
  });

  it("vult opnieuw in één sync als de lezing de kolombreedtes van het blad meebracht", async () => {
    const wm = maakMockWerkmap([
      BIJLAGE,
      { naam: "Eindafrekening", waarden: [["oud"]], breedtes: { A: 50, B: 9 } },
    ]);
    const gelezen = await leesWerkboek(wm.context, { breedtesVan: "Eindafrekening" });
    expect(aantalSyncs()).toBe(3);
    expect(gelezen.bekend.breedtes).toEqual({ blad: "Eindafrekening", perKolom: { A: 50, B: 9 } });
    resetSyncs();
    await schrijfPlan(wm.context, plan(), { bekend: gelezen.bekend });
    expect(aantalSyncs()).toBe(1);
    const notitie = wm.opnames.find((o) => o.adres === HERSTEL_NOTITIE_CEL);
    expect(JSON.parse(String(notitie?.values?.[0][0]))).toMatchObject({
      bladBestond: true,
      breedtes: { A: 50 },
    });
    expect(wm.opnames.find((o) => o.gekopieerdVan)?.gekopieerdVan).toEqual({
      blad: "Eindafrekening",
      adres: "A1:D10",
      soort: "All",
    });
  });

  it("verdeelt een plan boven het budget in banden van rijen, één sync per band", async () => {
    const wm = maakMockWerkmap([BIJLAGE]);
    const groot = plan(2003);
    const r = await schrijfPlan(wm.context, groot, { budget: 64 * 1024 + 4000, herstelpunt: false });
    expect(r.banden).toBeGreaterThan(1);
    expect(aantalSyncs()).toBe(1 + r.banden);
    const banden = geschreven(wm.opnames, "Eindafrekening");
    expect(banden).toHaveLength(r.banden);
    const rijen = banden.reduce((s, b) => s + (b.formulas?.length ?? 0), 0);
    expect(rijen).toBe(2003);
    for (const b of banden) expect(JSON.stringify(b.formulas).length).toBeLessThan(4000 + 64 * 1024);
    expect(wm.handelingen.some((h) => h.blad === HERSTEL_BLAD)).toBe(false);
  });

  it("maakt namen absoluut, voor een cel of een bereik", () => {
    expect(naamFormule("Eindafrekening", "C40")).toBe("=Eindafrekening!$C$40");
    expect(naamFormule("Bijlage 1", "A1:K150")).toBe("='Bijlage 1'!$A$1:$K$150");
  });

  it("schrijft tekst die op een formule lijkt als tekst", () => {
    expect(formuleInvoer({ adres: "A1", waarde: "=geen formule" })).toBe("'=geen formule");
    expect(formuleInvoer({ adres: "A1", formule: "SUM(A2:A3)", waarde: 3 })).toBe("=SUM(A2:A3)");
    expect(formuleInvoer({ adres: "A1", waarde: 12.5 })).toBe(12.5);
  });
});

describe("tekstcellen", () => {
  it("geeft een tekstcel de tekstnotatie vóór het schrijven, zodat Excel de tekst precies houdt zoals geschreven", async () => {
    // Excel applies the Text format ("@") only to what is entered after it: text written into a
    // General cell is read as a number, date or formula first (and stays that, whatever the format).
    const wm = maakMockWerkmap([BIJLAGE]);
    const tekstPlan: BladPlan = {
      blad: "Rapport",
      gebied: "A1:D1",
      cellen: [
        { adres: "A1", waarde: "1234.56", getalnotatie: "@" },
        { adres: "B1", waarde: "-12.50", getalnotatie: "@" },
        { adres: "C1", waarde: "=geen formule", getalnotatie: "@" },
        { adres: "D1", waarde: "=geen formule" },
      ],
      namen: [],
    };
    await schrijfPlan(wm.context, tekstPlan, { herstelpunt: false });
    const [band] = geschreven(wm.opnames, "Rapport");
    expect(band.volgorde).toEqual(["numberFormat", "formulas"]);
    expect(band.numberFormat).toEqual([["@", "@", "@", null]]);
    // A text cell interprets nothing, so it needs no apostrophe prefix (and gets none).
    expect(band.formulas).toEqual([["1234.56", "-12.50", "=geen formule", "'=geen formule"]]);
  });
});

describe("herstelVulling", () => {
  const notitie = (n: Partial<HerstelNotitie>): string =>
    JSON.stringify({
      versie: 1,
      kenmerk: "k1",
      blad: "Eindafrekening",
      gebied: "A1:D10",
      bladBestond: true,
      breedtes: { A: 50 },
      namen: [{ naam: "Ontplooj_Saldo", formule: "=Eindafrekening!$C$9" }],
      ...n,
    });

  it("zet het gebied, de breedtes en de namen terug en verwijdert de reservekopie in twee syncs", async () => {
    const wm = maakMockWerkmap(
      [
        { naam: "Eindafrekening", waarden: [["nieuw"]] },
        { naam: HERSTEL_BLAD, waarden: [[""]], cellen: { [HERSTEL_NOTITIE_CEL]: [[notitie({})]] } },
      ],
      { namen: [{ name: "Ontplooj_Saldo", formula: "=Eindafrekening!$C$3" }] },
    );
    const r = await herstelVulling(wm.context);
    expect(aantalSyncs()).toBe(2);
    expect(r).toEqual({ hersteld: true, blad: "Eindafrekening", gebied: "A1:D10" });
    const terug = wm.opnames.find((o) => o.blad === "Eindafrekening" && o.adres === "A1:D10");
    expect(terug?.gewist).toBe("All");
    expect(terug?.gekopieerdVan).toEqual({ blad: HERSTEL_BLAD, adres: "A1:D10", soort: "All" });
    expect(wm.opnames.find((o) => o.blad === "Eindafrekening" && o.adres === "A:A")?.format.columnWidth).toBe(
      50,
    );
    expect(wm.handelingen).toContainEqual({
      soort: "wijzigNaam",
      naam: "Ontplooj_Saldo",
      formule: "=Eindafrekening!$C$9",
    });
    expect(wm.handelingen).toContainEqual({ soort: "verwijderBlad", blad: HERSTEL_BLAD });
  });

  it("verwijdert een blad en de namen die de vulling maakte", async () => {
    const wm = maakMockWerkmap(
      [
        { naam: "Eindafrekening", waarden: [["nieuw"]] },
        {
          naam: HERSTEL_BLAD,
          waarden: [[""]],
          cellen: {
            [HERSTEL_NOTITIE_CEL]: [
              [notitie({ bladBestond: false, namen: [{ naam: "Ontplooj_Saldo", formule: null }] })],
            ],
          },
        },
      ],
      { namen: [{ name: "Ontplooj_Saldo", formula: "=Eindafrekening!$C$3" }] },
    );
    await herstelVulling(wm.context);
    expect(wm.handelingen).toEqual(
      expect.arrayContaining([
        { soort: "verwijderNaam", naam: "Ontplooj_Saldo" },
        { soort: "verwijderBlad", blad: "Eindafrekening" },
        { soort: "verwijderBlad", blad: HERSTEL_BLAD },
      ]),
    );
    expect(wm.opnames.some((o) => o.gekopieerdVan)).toBe(false);
  });

  it("doet niets zonder reservekopie, of met de reservekopie van een andere vulling", async () => {
    const zonder = maakMockWerkmap([{ naam: "Eindafrekening", waarden: [["x"]] }]);
    expect(await herstelVulling(zonder.context)).toEqual({ hersteld: false });
    expect(zonder.handelingen).toEqual([]);
    const ander = maakMockWerkmap([
      { naam: HERSTEL_BLAD, waarden: [[""]], cellen: { [HERSTEL_NOTITIE_CEL]: [[notitie({})]] } },
    ]);
    expect(await herstelVulling(ander.context, { kenmerk: "ander" })).toEqual({ hersteld: false });
    expect(ander.handelingen).toEqual([]);
  });
});

describe("selecteerCel", () => {
  it("activeert het blad en selecteert de cel in één sync", async () => {
    const wm = maakMockWerkmap([BIJLAGE]);
    await selecteerCel(wm.context, "Bijlage 1", "C5");
    expect(aantalSyncs()).toBe(1);
    expect(wm.handelingen).toEqual([{ soort: "activeer", blad: "Bijlage 1" }]);
    expect(wm.opnames).toMatchObject([{ blad: "Bijlage 1", adres: "C5", geselecteerd: true }]);
  });
});

describe("rapportblad", () => {
  it("koppelt elke bevinding aan haar cel en schrijft zonder reservekopie", async () => {
    expect(celLink("Bijlage 1", "C12")).toBe(`=HYPERLINK("#'Bijlage 1'!C12","C12")`);
    expect(celLink('Blad "x"', "A1")).toBe(`=HYPERLINK("#'Blad ""x""'!A1","A1")`);
    const p = rapportPlan([
      { ernst: "info", code: "INFO", bericht: "Ter info" },
      {
        ernst: "fout",
        code: "DIENST_ONBEKEND",
        bericht: "Onbekende dienst",
        blad: "Bijlage 1",
        cel: "B7",
        gevonden: "Xyz",
      },
    ]);
    expect(p.gebied).toBe("A1:G3");
    const wm = maakMockWerkmap([BIJLAGE]);
    await schrijfPlan(wm.context, p, { herstelpunt: false, wisBlad: true, activeer: true });
    expect(aantalSyncs()).toBe(2);
    const [band] = geschreven(wm.opnames, p.blad);
    expect(band.formulas?.[0]).toEqual(["Ernst", "Code", "Blad", "Cel", "Bericht", "Verwacht", "Gevonden"]);
    // Errors first; the cell column holds the link.
    expect(band.formulas?.[1]).toEqual([
      "Fout",
      "DIENST_ONBEKEND",
      "Bijlage 1",
      `=HYPERLINK("#'Bijlage 1'!B7","B7")`,
      "Onbekende dienst",
      null,
      "Xyz",
    ]);
    expect(band.formulas?.[2].slice(0, 4)).toEqual(["Info", "INFO", null, null]);
    expect(wm.opnames.find((o) => o.blad === p.blad && o.adres === "*")?.gewist).toBe("All");
    expect(wm.handelingen).toContainEqual({ soort: "activeer", blad: p.blad });
  });
});

describe("hulpfuncties", () => {
  it("houdt elke band binnen het budget", () => {
    expect(verdeelInBanden([5, 5, 5, 5, 5], 10)).toEqual([[0, 1], [2, 3], [4]]);
    expect(verdeelInBanden([5, 5, 5], 10, 5)).toEqual([[0], [1, 2]]);
    expect(verdeelInBanden([], 10)).toEqual([]);
  });

  it("legt de fouten van Excel in het Nederlands uit", () => {
    expect(excelFoutTekst({ code: "ItemNotFound" })).toMatch(/bestaat niet/);
    expect(excelFoutTekst({ code: "RequestPayloadSizeLimitExceeded" })).toMatch(/te groot/);
    // Excel on the web's limit on an answer: a Dutch sentence with what to do, not Excel's English text.
    const antwoord = excelFoutTekst({
      code: "ResponsePayloadSizeLimitExceeded",
      message: "The response payload size has exceeded the limit.",
    });
    expect(antwoord).toMatch(/^Het antwoord van Excel was te groot/);
    expect(antwoord).toMatch(/Verklein het gebruikte bereik/);
    expect(antwoord).not.toMatch(/payload/i);
    expect(excelFoutTekst(new Error("boem"))).toBe("Excel meldde een fout: boem");
    expect(excelFoutTekst(undefined)).toMatch(/verbinding met Excel/);
  });
});

describe("schrijfPlan: het gebied is een belofte", () => {
  /** The plan() above, with its area named as a fill's plan names it. */
  function gebiedPlan(blad = "Eindafrekening"): BladPlan {
    const p = plan();
    return { ...p, blad, namen: [...p.namen, { naam: "Ontplooj_Gebied", adres: p.gebied }] };
  }

  function metApi(versies: string[], werk: () => Promise<void>): Promise<void> {
    const office = (globalThis as unknown as { Office: { context: { requirements: unknown } } }).Office;
    const oud = office.context.requirements;
    office.context.requirements = { isSetSupported: (_s: string, v: string) => versies.includes(v) };
    return werk().finally(() => (office.context.requirements = oud));
  }

  const nietsGeschreven = (wm: ReturnType<typeof maakMockWerkmap>) => {
    expect(wm.opnames.filter((o) => o.volgorde.length > 0 || o.gewist || o.gekopieerdVan)).toEqual([]);
    expect(wm.handelingen).toEqual([]);
  };

  it("weigert wat buiten het vorige gebied ligt en in het nieuwe zou vallen (cel, samenvoeging), vóór er iets geschreven is", async () => {
    await metApi(["1.9", "1.10", "1.11", "1.13"], async () => {
      const wm = maakMockWerkmap(
        [
          BIJLAGE,
          {
            naam: "Eindafrekening",
            waarden: [["oud"], [], [], [], [], [], [], ["mijn tekst"]],
            samengevoegd: ["D9:F9", "M1:N2"],
          },
        ],
        { namen: [{ name: "Ontplooj_Gebied", formula: "=Eindafrekening!$A$1:$D$5" }] },
      );
      const fout = await schrijfPlan(wm.context, gebiedPlan()).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(GebiedFout);
      const g = fout as GebiedFout;
      expect(g.bezet.map((b) => `${b.soort}:${b.adres}`)).toEqual(["cel:A8", "samenvoeging:D9:F9"]);
      expect(g.message).toContain("groeit van A1:D5 naar A1:D10");
      expect(g.message).toContain("Er is niets geschreven");
      // sync 1 (what exists) and sync 2 (the area's contents): nothing else.
      expect(aantalSyncs()).toBe(2);
      nietsGeschreven(wm);
    });
  });

  it("vult wel als het nieuwe gebied alleen eigen of lege cellen raakt (bladnaam in andere hoofdletters)", async () => {
    await metApi(["1.9", "1.10", "1.11", "1.13"], async () => {
      const wm = maakMockWerkmap(
        [
          BIJLAGE,
          {
            naam: "EINDAFREKENING",
            waarden: [["oud", "ook oud"], [], ["x"]],
            samengevoegd: ["A2:B2", "M1:N2"],
          },
        ],
        { namen: [{ name: "ontplooj_gebied", formula: "='EINDAFREKENING'!$A$1:$D$10" }] },
      );
      await schrijfPlan(wm.context, gebiedPlan());
      expect(wm.handelingen.filter((h) => h.soort === "voegBladToe")).toEqual([
        { soort: "voegBladToe", blad: HERSTEL_BLAD },
      ]);
      expect(geschreven(wm.opnames, "EINDAFREKENING").some((o) => o.volgorde.includes("formulas"))).toBe(
        true,
      );
    });
  });

  it("zonder ExcelApi 1.13 toetst het de inhoud nog steeds", async () => {
    const wm = maakMockWerkmap([BIJLAGE, { naam: "Eindafrekening", waarden: [["oud"]] }]);
    await expect(schrijfPlan(wm.context, gebiedPlan())).rejects.toThrow(/A1 \(inhoud\)/);
    nietsGeschreven(wm);
  });

  it("na een lezing in dezelfde run: de toets kost geen sync, een geslaagde hervulling blijft één sync", async () => {
    await metApi(["1.9", "1.10", "1.11", "1.13"], async () => {
      const namen = [{ name: "Ontplooj_Gebied", formula: "=Eindafrekening!$A$1:$D$5" }];
      const botsend = maakMockWerkmap(
        [
          BIJLAGE,
          { naam: "Eindafrekening", waarden: [["oud"]], breedtes: { A: 50 }, samengevoegd: ["C9:E9"] },
        ],
        { namen },
      );
      const gelezen = await leesWerkboek(botsend.context, { breedtesVan: "Eindafrekening" });
      expect(gelezen.bekend.bezetting).toEqual({
        blad: "Eindafrekening",
        cellen: ["A1"],
        samenvoegingen: ["C9:E9"],
        notities: [],
        tekeningen: [],
      });
      resetSyncs();
      const opnamenVoor = botsend.opnames.length;
      await expect(schrijfPlan(botsend.context, gebiedPlan(), { bekend: gelezen.bekend })).rejects.toThrow(
        /C9:E9 \(samengevoegde cellen\)/,
      );
      expect(aantalSyncs()).toBe(0);
      expect(botsend.opnames.slice(opnamenVoor).filter((o) => o.volgorde.length > 0 || o.gewist)).toEqual([]);

      const vrij = maakMockWerkmap(
        [
          BIJLAGE,
          { naam: "Eindafrekening", waarden: [["oud"]], breedtes: { A: 50 }, samengevoegd: ["M1:N2"] },
        ],
        { namen },
      );
      const g2 = await leesWerkboek(vrij.context, { breedtesVan: "Eindafrekening" });
      resetSyncs();
      await schrijfPlan(vrij.context, gebiedPlan(), { bekend: g2.bekend });
      expect(aantalSyncs()).toBe(1);
    });
  });

  /** Eindafrekening with columns A:D 50 points wide (E on: Excel's default 48) and rows of 15. */
  const gebiedBlad = (extra: Partial<MockBlad>): MockBlad => ({
    naam: "Eindafrekening",
    waarden: [["oud"]],
    breedtes: { A: 50, B: 50, C: 50, D: 50 },
    ...extra,
  });
  const vorigGebied = [{ name: "Ontplooj_Gebied", formula: "=Eindafrekening!$A$1:$D$5" }];

  it("weigert een opmerking, notitie, vorm en grafiek in het gegroeide gebied, zonder extra sync", async () => {
    await metApi(["1.9", "1.10", "1.11", "1.13", "1.18"], async () => {
      const wm = maakMockWerkmap(
        [
          BIJLAGE,
          gebiedBlad({
            opmerkingen: ["B6", "M1"],
            notities: ["C8"],
            // B7:C7 (left 55–135, top 92–102) and one far below the area (row 21).
            vormen: [
              { top: 92, left: 55, width: 80, height: 10 },
              { top: 300, left: 0, width: 40, height: 10 },
            ],
            // D9:F11: straddles the area's right edge.
            grafieken: [{ top: 120, left: 160, width: 100, height: 40 }],
          }),
        ],
        { namen: vorigGebied },
      );
      const gelezen = await leesWerkboek(wm.context, { breedtesVan: "Eindafrekening" });
      // The same three syncs as a read without them.
      expect(aantalSyncs()).toBe(3);
      expect(gelezen.bekend.bezetting?.notities).toEqual(["B6", "M1", "C8"]);
      expect(gelezen.bekend.bezetting?.tekeningen).toEqual(["B7:C7", "A21", "D9:F11"]);
      resetSyncs();
      const fout = await schrijfPlan(wm.context, gebiedPlan(), { bekend: gelezen.bekend }).catch(
        (e: unknown) => e,
      );
      expect(fout).toBeInstanceOf(GebiedFout);
      expect((fout as GebiedFout).bezet.map((b) => `${b.soort}:${b.adres}`)).toEqual([
        "notitie:B6",
        "tekening:B7:C7",
        "notitie:C8",
        "tekening:D9:F11",
      ]);
      expect((fout as Error).message).toContain("B7:C7 (grafiek of afbeelding)");
      expect((fout as Error).message).toContain("C8 (notitie)");
      expect(aantalSyncs()).toBe(0);
      nietsGeschreven(wm);
    });
  });

  it("vult wel als opmerkingen, notities en tekeningen buiten het nieuwe gebied liggen: 3 + 1 syncs", async () => {
    await metApi(["1.9", "1.10", "1.11", "1.13", "1.18"], async () => {
      const wm = maakMockWerkmap(
        [
          BIJLAGE,
          gebiedBlad({
            opmerkingen: ["E1", "A3"],
            notities: ["A11"],
            // Row 2 is 200 points high: the shape at top 300–310 spans rows 8 and 9, in column E
            // (left 210), right of the area; the chart (A2:C2) lies within the previous area.
            hoogtes: { 1: 200 },
            vormen: [{ top: 300, left: 210, width: 30, height: 10 }],
            grafieken: [{ top: 20, left: 10, width: 100, height: 100 }],
          }),
        ],
        { namen: vorigGebied },
      );
      const gelezen = await leesWerkboek(wm.context, { breedtesVan: "Eindafrekening" });
      expect(gelezen.bekend.bezetting?.tekeningen).toEqual(["E8:E9", "A2:C2"]);
      resetSyncs();
      await schrijfPlan(wm.context, gebiedPlan(), { bekend: gelezen.bekend });
      expect(aantalSyncs()).toBe(1);
      expect(geschreven(wm.opnames, "Eindafrekening").some((o) => o.volgorde.includes("formulas"))).toBe(
        true,
      );
    });
  });

  it("zonder ExcelApi 1.10 en 1.18 toetst het tekeningen nog wel, opmerkingen niet", async () => {
    await metApi(["1.9"], async () => {
      const wm = maakMockWerkmap(
        [
          BIJLAGE,
          gebiedBlad({ opmerkingen: ["B6"], grafieken: [{ top: 120, left: 0, width: 40, height: 10 }] }),
        ],
        { namen: vorigGebied },
      );
      const gelezen = await leesWerkboek(wm.context, { breedtesVan: "Eindafrekening" });
      expect(aantalSyncs()).toBe(3);
      expect(gelezen.bekend.bezetting?.notities).toBeUndefined();
      await expect(schrijfPlan(wm.context, gebiedPlan(), { bekend: gelezen.bekend })).rejects.toThrow(
        /^(?!.*B6).*A9 \(grafiek of afbeelding\)/,
      );
      nietsGeschreven(wm);
    });
  });

  it("weigert een plan met NaN of Infinity zonder Excel aan te spreken", async () => {
    const wm = maakMockWerkmap([BIJLAGE]);
    const p = plan();
    const fout = await schrijfPlan(wm.context, {
      ...p,
      cellen: [...p.cellen, { adres: "D4", waarde: Infinity }],
    }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(PlanFout);
    expect((fout as Error).message).toContain("Eindafrekening!D4");
    expect(aantalSyncs()).toBe(0);
    nietsGeschreven(wm);
  });
});
