// `begroting`: next year's bijlage 1 from last year's, judged by its own arithmetic (decimal.js
// here, not the engine), by the validator (0 errors), by a fill with zero realisation (no
// refusal), byte for byte outside the changed cells, and recomputed by LibreOffice to the cent.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import DecimalJs from "decimal.js";
import JSZip from "jszip";
import { run as begroting } from "../../../src/cli/commands/begroting";
import { run as fill } from "../../../src/cli/commands/fill";
import { run as validate } from "../../../src/cli/commands/validate";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { controleerBijlage1 } from "../../../src/core/bijlage1";
import { voorcalculatieVan } from "../../../src/core/bijlage1/berekening";
import { GEMEENTEN, dienst } from "../../../src/core/catalogue";
import { bouwWerkmap, vasteBytes, voorbeeldData, VOLUMES_2023 } from "../../../src/voorbeelden/bijlage1";
import { herberekenInLibreOffice, metLibreOffice, xmlWaarden } from "../bijlage1/libreoffice";
import { maakCorpus, LAYOUTS } from "../bijlage1/corpus/generator";
import { alleNamen, bouwEigenWerkmap, metNamen } from "../bijlage1/namen-werkmap";

const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
const ROOT = join(__dirname, "../../..");
const MAP = join(ROOT, "assets/bijlage1");
const werk = mkdtempSync(join(tmpdir(), "ontplooj-begroting-"));

interface Json {
  geschreven: boolean;
  uitvoer: string | null;
  geweigerd?: string;
  indeling?: "eigen" | "sjabloon";
  begroting?: {
    gemeente: string;
    jaar: number;
    voorcalculatie: string;
    voorcalculatieOud: string;
    termijnen: number;
    voorschotten: string[];
    regels: {
      code: string;
      tariefOud: string;
      tarief: string;
      verschil: string;
      aantal: string;
      bedrag: string;
    }[];
  };
  opmerkingen: string[];
  telling: { fout: number };
  bevindingen: { ernst: string; code: string; bericht: string; blad?: string; cel?: string }[];
}

/** Runs a command in this process and returns its exit code and stdout. */
async function voerUit(
  opdracht: (argv: string[]) => Promise<number>,
  argv: string[],
): Promise<{ exit: number; uit: string; fout: string }> {
  let uit = "";
  let fout = "";
  const a = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    uit += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    return true;
  });
  const b = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    fout += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    return true;
  });
  try {
    return { exit: await opdracht(argv), uit, fout };
  } finally {
    a.mockRestore();
    b.mockRestore();
  }
}

async function maak(pad: string, uit: string, ...opties: string[]): Promise<{ exit: number; json: Json }> {
  const r = await voerUit(begroting, [pad, "--out", uit, "--json", ...opties]);
  return { exit: r.exit, json: JSON.parse(r.uit) as Json };
}

/** validate exits 0 with 0 errors, and fill settles the new year without a refusal. */
async function valideertEnRekentAf(pad: string): Promise<{ voorcalculatie: string; nacalculatie: string }> {
  const v = await voerUit(validate, [pad, "--json"]);
  const vj = JSON.parse(v.uit) as Json;
  expect(vj.bevindingen.filter((b) => b.ernst === "fout")).toEqual([]);
  expect(v.exit).toBe(0);
  const f = await voerUit(fill, [pad, "--out", pad.replace(/\.xlsx$/, "-gevuld.xlsx"), "--json"]);
  const fj = JSON.parse(f.uit) as {
    gevuld: boolean;
    geweigerd?: string;
    afrekening: { voorcalculatie: string; nacalculatie: string };
  };
  expect(fj.geweigerd).toBeUndefined();
  expect(f.exit).toBe(0);
  return { voorcalculatie: fj.afrekening.voorcalculatie, nacalculatie: fj.afrekening.nacalculatie };
}

const geld = (d: DecimalJs) => d.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);

describe("de vijf voorbeelden 2023 naar 2024 met 6%", () => {
  test.each(GEMEENTEN.map((g) => g.naam))("%s", async (naam) => {
    const pad = join(MAP, `bijlage1-2023-${naam.toLowerCase()}.xlsx`);
    const uit = join(werk, `${naam}-2024.xlsx`);
    const { exit, json } = await maak(pad, uit, "--jaar", "2024", "--index", "6%");
    expect(exit).toBe(0);
    expect(json.indeling).toBe("eigen");
    const b = json.begroting!;
    expect(b.jaar).toBe(2024);

    // Independently: tariff × 1.06 to whole euros (half away from zero), realised 2023 counts.
    const data = voorbeeldData(naam);
    let kosten = new D(0);
    let opbrengsten = new D(0);
    data.diensten.forEach((d, i) => {
      const r = b.regels[i];
      const oud = new D(dienst(d.code).tarief2023);
      const nieuw = oud.times("1.06").toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP);
      expect([r.code, r.tariefOud, r.tarief, r.verschil]).toEqual([
        d.code,
        oud.toFixed(),
        nieuw.toFixed(),
        nieuw.minus(oud).toFixed(),
      ]);
      const aantal = VOLUMES_2023[d.code as keyof typeof VOLUMES_2023].gerealiseerd[naam]!;
      expect(new D(r.aantal).equals(aantal)).toBe(true);
      const bedrag = geld(nieuw.times(aantal));
      expect(r.bedrag).toBe(bedrag.toFixed(2));
      if (nieuw.isPositive()) kosten = kosten.plus(bedrag);
      else opbrengsten = opbrengsten.plus(bedrag);
    });
    const voor = kosten.plus(opbrengsten).plus(geld(kosten.times(data.risicoOpslag)));
    expect(b.voorcalculatie).toBe(voor.toFixed(2));
    // 12 advances by largest remainder: they add up, and differ by at most a cent.
    expect(b.termijnen).toBe(12);
    const vs = b.voorschotten.map((v) => new D(v));
    expect(vs.reduce((s, v) => s.plus(v), new D(0)).toFixed(2)).toBe(voor.toFixed(2));
    expect(
      DecimalJs.max(...vs)
        .minus(DecimalJs.min(...vs))
        .lessThanOrEqualTo("0.01"),
    ).toBe(true);

    const af = await valideertEnRekentAf(uit);
    expect(af).toEqual({ voorcalculatie: voor.toFixed(2), nacalculatie: "0.00" });
  });
});

describe("alleen de eigen cellen veranderen", () => {
  test("Kostprijzen, KPI en de documenteigenschappen blijven byte voor byte; de invoer blijft", async () => {
    const pad = join(werk, "wierden-2023.xlsx");
    copyFileSync(join(MAP, "bijlage1-2023-wierden.xlsx"), pad);
    const voor = readFileSync(pad);
    const uit = join(werk, "wierden-2024-bytes.xlsx");
    expect((await maak(pad, uit, "--jaar", "2024", "--index", "6%")).exit).toBe(0);
    expect(readFileSync(pad).equals(voor)).toBe(true);
    const a = await JSZip.loadAsync(voor);
    const b = await JSZip.loadAsync(readFileSync(uit));
    const eigen = new Set([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const gelijk: string[] = [];
    for (const naam of Object.keys(a.files)) {
      if (a.files[naam].dir) continue;
      const x = await a.file(naam)!.async("nodebuffer");
      const y = await b.file(naam)!.async("nodebuffer");
      if (eigen.has(naam)) continue;
      expect([naam, x.equals(y)]).toEqual([naam, true]);
      gelijk.push(naam);
    }
    expect(gelijk).toEqual(expect.arrayContaining(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]));
    // The year, the invoice numbers (empty: next year has none yet) and the periods.
    const bijlage = await xmlWaarden(readFileSync(uit), "Bijlage 1");
    expect(bijlage.get("B5")).toBe(2024);
    expect(bijlage.get("F10")).toBe(0);
    const vs = (await leesXlsx(uit)).bladen.find((g) => g.blad === "Voorschotten")!;
    // Periode, Factuurnummer (empty: next year's invoices have no number yet), Datum one year on.
    expect(vs.waarden[1].slice(0, 3)).toEqual(["januari 2024", null, 45292]);
    const wb = await JSZip.loadAsync(readFileSync(uit));
    expect(await wb.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("indeling en aantallen", () => {
  test("--aantallen begroting neemt de begrote aantallen over; 4 kwartalen blijven 4 kwartalen", async () => {
    const data = voorbeeldData("Tubbergen");
    const bron = join(werk, "tubbergen-kwartalen.xlsx");
    writeFileSync(
      bron,
      await vasteBytes(
        bouwWerkmap({ ...data, voorschotten: ["13846.64", "13846.64", "13846.63", "13846.63"] }).wb,
      ),
    );
    const { exit, json } = await maak(
      bron,
      join(werk, "tubbergen-2024.xlsx"),
      "--jaar",
      "2024",
      "--index",
      "reeks",
      "--aantallen",
      "begroting",
    );
    expect(exit).toBe(0);
    const b = json.begroting!;
    expect(b.regels.map((r) => r.aantal)).toEqual(data.diensten.map((d) => new D(d.aantalBegroot).toFixed()));
    expect(b.termijnen).toBe(4);
    expect(b.voorschotten).toHaveLength(4);
    await valideertEnRekentAf(join(werk, "tubbergen-2024.xlsx"));
  });

  test("een gevulde werkmap: de Eindafrekening van vorig jaar wordt genoemd, de nieuwe bijlage valideert en rekent af", async () => {
    const gevuld = join(werk, "almelo-gevuld.xlsx");
    expect((await voerUit(fill, [join(MAP, "bijlage1-2023-almelo.xlsx"), "--out", gevuld])).exit).toBe(0);
    const uit = join(werk, "almelo-gevuld-2024.xlsx");
    const { exit, json } = await maak(gevuld, uit, "--jaar", "2024", "--index", "6%");
    expect(exit).toBe(0);
    expect(json.opmerkingen).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Blad 'Eindafrekening' is de afrekening van 2023;.*vul het opnieuw/),
      ]),
    );
    expect(await valideertEnRekentAf(uit)).toEqual({
      voorcalculatie: json.begroting!.voorcalculatie,
      nacalculatie: "0.00",
    });
  });

  test("een werkmap met namen Bijlage1_* krijgt de indeling van het sjabloon", async () => {
    const pad = join(werk, "namen.xlsx");
    writeFileSync(pad, await metNamen(bouwEigenWerkmap(), alleNamen()));
    const uit = join(werk, "namen-2024.xlsx");
    const { exit, json } = await maak(pad, uit, "--jaar", "2024", "--index", "6%");
    expect(exit).toBe(0);
    expect(json.indeling).toBe("sjabloon");
    const wb = await leesXlsx(uit);
    expect(wb.bladen.map((g) => g.blad)).toEqual(["Bijlage 1", "Voorschotten", "Tariefwijziging 2024"]);
    const { model, bevindingen } = controleerBijlage1(wb);
    expect(bevindingen.filter((x) => x.ernst === "fout")).toEqual([]);
    expect(voorcalculatieVan(model!).totaal.toFixed(2)).toBe(json.begroting!.voorcalculatie);
    await valideertEnRekentAf(uit);
  });
});

describe("weigeren", () => {
  test("de reeks kent 2025 niet: exit 1 met wat te doen, niets geschreven", async () => {
    const uit = join(werk, "reeks-2025.xlsx");
    const { exit, json } = await maak(join(MAP, "bijlage1-2023-almelo.xlsx"), uit, "--jaar", "2025");
    expect(exit).toBe(1);
    expect(json.geweigerd).toMatch(/geen stijging voor 2025.*--index 6%/);
    expect(existsSync(uit)).toBe(false);
  });

  test("een werkmap met fouten wordt niet overgenomen", async () => {
    const { exit, json } = await maak(
      join(MAP, "kapot", "bijlage1-2023-wierden-rekenfouten.xlsx"),
      join(werk, "kapot-2024.xlsx"),
      "--jaar",
      "2024",
      "--index",
      "6%",
    );
    expect(exit).toBe(1);
    expect(json.geweigerd).toMatch(/4 fouten/);
  });

  test("verkeerde aanroep: exit 2 met een Nederlandse melding", async () => {
    const pad = join(MAP, "bijlage1-2023-almelo.xlsx");
    for (const argv of [
      [pad, "--jaar", "2024", "--index", "6", "--out", join(werk, "x.xlsx")],
      [pad, "--jaar", "volgend", "--out", join(werk, "x.xlsx")],
      [pad, "--jaar", "2024", "--aantallen", "gok", "--out", join(werk, "x.xlsx")],
      [pad, "--jaar", "2024", "--index", "6%", "--out", pad],
    ]) {
      const r = await voerUit(begroting, argv);
      expect(r.exit).toBe(2);
      expect(r.fout).toMatch(/^Fout: /);
    }
  });

  test("zonder --out: naast de invoer, met het nieuwe jaar in de naam; tekstuitvoer met de wijzigingstabel", async () => {
    const pad = join(werk, "bijlage1-2023-dinkelland.xlsx");
    copyFileSync(join(MAP, "bijlage1-2023-dinkelland.xlsx"), pad);
    const r = await voerUit(begroting, [pad, "--jaar", "2024"]);
    expect(r.exit).toBe(0);
    expect(existsSync(join(werk, "bijlage1-2024-dinkelland.xlsx"))).toBe(true);
    expect(r.uit).toContain(
      "Uitvoeren begeleiding beschut werk                   € 7.150     € 7.579     € 429    6,0%",
    );
    expect(r.uit).toMatch(/Voorcalculatie 2024 +€ /);
  });
});

// The layout corpus (issue 9): next year's bijlage in very different layouts re-reads with 0 errors
// and settles. 2025, because F12 already holds a 2024 block. The year only in sheet names (F06,
// F14) renames those sheets.
describe("layouts uit het corpus", () => {
  const IDS = [
    "F03-samengevoegd",
    "F05-jaar-in-titel",
    "F06-jaar-in-bladnaam",
    "F08-categorieen",
    "F11-engels-tekst",
    "F12-jaarblokken",
    "F14-begroting-realisatie",
    "F16-voorschotten-totaal",
    "F17-voorschot-datums",
    "F18-excel-tabel",
    "F19-kostprijzen",
  ];
  let corpus: Awaited<ReturnType<typeof maakCorpus>>;
  beforeAll(async () => {
    corpus = await maakCorpus(
      join(werk, "corpus"),
      LAYOUTS.filter((l) => IDS.includes(l.id)),
    );
  });

  test.each(IDS)("%s", async (id) => {
    const w = corpus.find((c) => c.layout.id === id)!;
    const uit = join(werk, `${id}-2025.xlsx`);
    const { exit, json } = await maak(w.pad, uit, "--jaar", "2025", "--index", "6%");
    expect([exit, json.geweigerd]).toEqual([0, undefined]);
    const af = await valideertEnRekentAf(uit);
    expect(af).toEqual({ voorcalculatie: json.begroting!.voorcalculatie, nacalculatie: "0.00" });
    const wb = await leesXlsx(uit);
    expect(controleerBijlage1(wb).model?.jaar?.waarde).toBe(2025);
    if (id === "F14-begroting-realisatie")
      expect(wb.bladen.map((g) => g.blad)).toEqual(
        expect.arrayContaining(["Begroting 2025", "Realisatie 2025", "Voorschotten 2025"]),
      );
  });
});

metLibreOffice("begroting in LibreOffice")(
  "LibreOffice rekent de nieuwe bijlage en de wijzigingstabel na: tot op de cent gelijk aan de rekenkern",
  async () => {
    const uit = join(werk, "lo-wierden-2024.xlsx");
    const { json } = await maak(
      join(MAP, "bijlage1-2023-wierden.xlsx"),
      uit,
      "--jaar",
      "2024",
      "--index",
      "6%",
    );
    const b = json.begroting!;
    const map = herberekenInLibreOffice([uit], join(werk, "lo"));
    const lo = readFileSync(join(map, "lo-wierden-2024.xlsx"));
    const bijlage = await xmlWaarden(lo, "Bijlage 1");
    // Bedrag begroot (E10:E17, =ROUND(C*D,2)) and the Totaal (E18, =SUM) as LibreOffice computes them.
    b.regels.forEach((r, i) =>
      expect([`E${10 + i}`, bijlage.get(`E${10 + i}`)]).toEqual([`E${10 + i}`, Number(r.bedrag)]),
    );
    const subtotaal = b.regels.reduce((s, r) => s.plus(r.bedrag), new D(0));
    expect(bijlage.get("E18")).toBe(Number(subtotaal.toFixed(2)));
    const wijziging = await xmlWaarden(lo, "Tariefwijziging 2024");
    b.regels.forEach((r, i) => {
      expect(wijziging.get(`E${5 + i}`)).toBe(Number(r.verschil));
      expect(new D(wijziging.get(`F${5 + i}`) as number).toDecimalPlaces(10).toFixed()).toBe(
        new D(r.tarief).div(r.tariefOud).minus(1).toDecimalPlaces(10).toFixed(),
      );
    });
    const vs = await xmlWaarden(lo, "Voorschotten");
    expect(vs.get("D14")).toBe(Number(b.voorcalculatie));
    // And our own reader on LibreOffice's file: the same voorcalculatie, 0 errors.
    writeFileSync(join(werk, "lo-terug.xlsx"), lo);
    const { model, bevindingen } = controleerBijlage1(await leesXlsx(join(werk, "lo-terug.xlsx")));
    expect(bevindingen.filter((x) => x.ernst === "fout")).toEqual([]);
    expect(voorcalculatieVan(model!).totaal.toFixed(2)).toBe(b.voorcalculatie);
  },
);
