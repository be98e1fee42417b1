// Number notation per workbook, through real .xlsx files (issue 9 part 5): a workbook from an
// English-locale colleague fills to the same cent as the all-number workbook; the same text with
// nothing to decide its notation is refused at each cell with both readings, never misread.
import ExcelJS from "exceljs";
import { planEindafrekening, type BijlageOpties, type PlanUitkomst } from "../../../src/core/bijlage1";
import { celSleutel, zoekBlad, type Werkboek } from "../../../src/core/grid";
import { bouwWerkmap, voorbeeldData } from "../../../src/voorbeelden/bijlage1";
import { werkboekVan } from "./hulp";

const B1 = "Bijlage 1";
/** The tariff cells of the standard Wierden layout (rows 10–17) and their tariffs. */
const TARIEVEN: [string, number][] = [
  ["C10", 7150],
  ["C11", -4110],
  ["C12", 4121],
  ["C13", -8530],
  ["C14", 5420],
  ["C15", -13727],
  ["C16", 1271],
  ["C17", 321],
];

/** 7150 → "7,150" (English thousands), as a text cell. */
function engels(n: number): string {
  return n.toLocaleString("en-US");
}

async function werkboek(wijzig: (ws: ExcelJS.Worksheet) => void = () => undefined): Promise<Werkboek> {
  const { wb } = bouwWerkmap(voorbeeldData("Wierden"));
  wijzig(wb.getWorksheet(B1)!);
  return werkboekVan(wb);
}

function vul(w: Werkboek, opties: BijlageOpties = {}): PlanUitkomst {
  return planEindafrekening(w, opties);
}

/** Tariffs as English text; the counts in column D stay real numbers unless `bewijs`. */
function engelseTarieven(bewijs: boolean) {
  return (ws: ExcelJS.Worksheet) => {
    for (const [cel, t] of TARIEVEN) ws.getCell(cel).value = engels(t);
    // An English count with a decimal point: only English notation reads "15.95" so.
    if (bewijs) ws.getCell("D11").value = String(ws.getCell("D11").value);
  };
}

let standaard: PlanUitkomst;
beforeAll(async () => {
  standaard = vul(await werkboek());
  expect(standaard.afrekening).toBeDefined();
});

describe("een werkboek in Engelse notatie", () => {
  test("met eigen Engels bewijs: gevuld, tot op de cent gelijk aan het werkboek met echte getallen", async () => {
    const w = await werkboek(engelseTarieven(true));
    const d11 = zoekBlad(w, B1)!.waarden[10 - zoekBlad(w, B1)!.startRij][3];
    expect(typeof d11 === "string" && /^\d+\.\d+$/.test(d11)).toBe(true);
    const u = vul(w);
    expect(u.geweigerd).toBeUndefined();
    expect(u.afrekening).toEqual(standaard.afrekening);
    const info = u.bevindingen.filter((b) => b.code === "NOTATIE_BEPAALD");
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ ernst: "info", blad: B1, cel: "C10" });
    expect(info[0].bericht).toBe(
      `7 getallen als tekst zijn in Engelse notatie gelezen, zoals '7,150' (Bijlage 1!C10) als 7150, omdat '${d11}' (Bijlage 1!D11) in het werkboek Engelse notatie is.`,
    );
  });

  test("zonder iets dat de notatie beslist: een fout in elke dubbelzinnige cel, met beide lezingen; niet gevuld", async () => {
    const u = vul(await werkboek(engelseTarieven(false)));
    expect(u.plan).toBeUndefined();
    const fouten = u.bevindingen.filter((b) => b.ernst === "fout");
    // 321 has no separator: read as it is. The seven others are ambiguous.
    expect(fouten.map((b) => `${b.code}@${b.cel}`).sort()).toEqual(
      TARIEVEN.filter(([, t]) => Math.abs(t) >= 1000).map(([cel]) => `TARIEF_ONGELDIG@${cel}`),
    );
    const c15 = fouten.find((b) => b.cel === "C15")!;
    expect(c15.bericht).toContain(
      "'-13,727' is dubbelzinnig: -13727 als de komma duizendtallen scheidt (Engelse notatie), -13,727 als het een decimaalkomma is (Nederlandse notatie)",
    );
  });

  test("het eigen decimaalteken van Excel beslist waar het werkboek zwijgt", async () => {
    const w = await werkboek(engelseTarieven(false));
    const u = vul(w, { hostDecimaal: "." });
    expect(u.afrekening).toEqual(standaard.afrekening);
    expect(u.bevindingen.find((b) => b.code === "NOTATIE_BEPAALD")?.bericht).toMatch(
      /omdat deze Excel een decimaalpunt gebruikt en het werkboek zelf het niet zegt\.$/,
    );
  });

  test("de gebruiker kiest (--notatie en)", async () => {
    const u = vul(await werkboek(engelseTarieven(false)), { notatie: "en" });
    expect(u.afrekening).toEqual(standaard.afrekening);
    expect(u.bevindingen.some((b) => b.code.startsWith("NOTATIE_"))).toBe(false);
  });

  test("het werkboek gaat voor Excel: een Engels werkboek in een Nederlandse Excel", async () => {
    const u = vul(await werkboek(engelseTarieven(true)), { hostDecimaal: "," });
    expect(u.afrekening).toEqual(standaard.afrekening);
  });

  test("Engels en Nederlands door elkaar: waarschuwing met van elk een cel, dubbelzinnige tekst geweigerd", async () => {
    const u = vul(
      await werkboek((ws) => {
        engelseTarieven(true)(ws);
        ws.getCell("F10").value = "20,0";
      }),
      { hostDecimaal: "." },
    );
    expect(u.plan).toBeUndefined();
    const w = u.bevindingen.find((b) => b.code === "NOTATIE_GEMENGD")!;
    expect(w).toMatchObject({ ernst: "waarschuwing", blad: B1, cel: "D11" });
    expect(w.bericht).toContain("(Bijlage 1!D11) is Engels");
    expect(w.bericht).toContain("'20,0' (Bijlage 1!F10) Nederlands");
    expect(u.bevindingen.filter((b) => b.code === "TARIEF_ONGELDIG")).toHaveLength(7);
  });
});

describe("eigen bladen van de add-in zijn geen bewijs", () => {
  test("het bevindingenrapport (verwacht 61572.40) maakt een Nederlands werkboek niet Engels", async () => {
    const w = await werkboek((ws) => {
      ws.getCell("C10").value = "7.150";
      ws.getCell("F10").value = "20,0";
    });
    w.bladen.push({
      blad: "Ontplooj_Bevindingen",
      startRij: 0,
      startKolom: 0,
      waarden: [["61572.40", "1.5"]],
    });
    w.bladen.push({ blad: "Eindafrekening", startRij: 0, startKolom: 0, waarden: [["7,150.00"]] });
    const u = vul(w);
    expect(u.afrekening).toEqual(standaard.afrekening);
    expect(u.bevindingen.some((b) => b.code === "NOTATIE_GEMENGD")).toBe(false);
  });
});

describe("Nederlandse vormen", () => {
  test("hele euro's met ',-' en '€ … ,--' geven hetzelfde als echte getallen", async () => {
    const u = vul(
      await werkboek((ws) => {
        ws.getCell("C10").value = "€ 7.150,-";
        ws.getCell("C11").value = "-4.110,--";
        ws.getCell("C17").value = "321,-";
      }),
    );
    expect(u.afrekening).toEqual(standaard.afrekening);
    // ",-" itself says Dutch: no finding about the notation is needed.
    expect(u.bevindingen.some((b) => b.code.startsWith("NOTATIE_"))).toBe(false);
  });

  test("'7.150' naast Nederlands bewijs is 7150", async () => {
    const u = vul(
      await werkboek((ws) => {
        ws.getCell("C10").value = "7.150";
        ws.getCell("F10").value = "20,0";
      }),
    );
    expect(u.afrekening).toEqual(standaard.afrekening);
    expect(u.bevindingen.find((b) => b.code === "NOTATIE_BEPAALD")).toMatchObject({ cel: "C10" });
  });

  test("een onleesbaar bedrag toont een notatie die werkt", async () => {
    const u = vul(await werkboek((ws) => (ws.getCell("C10").value = "7.15.0")));
    expect(u.bevindingen.find((b) => b.cel === "C10" && b.ernst === "fout")?.bericht).toMatch(
      /typ bijv\. 1\.234,56 of 1234,56\.$/,
    );
  });
});

describe("waar geen getal staat dat een cel kan bevatten", () => {
  test("een datum waar een voorschot hoort is een fout, geen serieel getal", async () => {
    const w = await werkboek();
    const vs = zoekBlad(w, "Voorschotten")!;
    vs.datumCellen = new Set([celSleutel(1, 3)]); // D2, the first advance
    const u = vul(w);
    expect(u.plan).toBeUndefined();
    const f = u.bevindingen.find((b) => b.blad === "Voorschotten" && b.cel === "D2")!;
    expect(f).toMatchObject({ ernst: "fout" });
    expect(f.bericht).toMatch(/is een datum \(\d\d-\d\d-\d{4}\), geen bedrag of aantal/);
  });

  test.each([
    ["een 1 met 400 nullen", "1" + "0".repeat(400), /groter dan het grootste getal van Excel/],
    ["18 cijfers", "1.234.567.890.123.456,78", /18 significante cijfers; Excel bewaart er hooguit 15/],
  ])("%s als tarief is een fout in de cel", async (_naam, tekst, reden) => {
    const u = vul(await werkboek((ws) => (ws.getCell("C12").value = tekst)));
    expect(u.plan).toBeUndefined();
    expect(u.bevindingen.find((b) => b.cel === "C12" && b.ernst === "fout")?.bericht).toMatch(reden);
  });
});
