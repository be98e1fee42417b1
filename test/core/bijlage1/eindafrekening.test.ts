// The five bundled 2023 samples: clean, correctly advanced, reproducing table 7.5 together, and
// their filled Eindafrekening recalculating in HyperFormula to the engine's values to the cent.
import { join } from "node:path";
import {
  BEVINDING_CODES,
  EINDAFREKENING_BLAD,
  berekenAfrekening,
  controleerBijlage1,
  NAMEN,
  planEindafrekening,
  vergelijkMetTabel75,
  type AfrekeningSamenvatting,
  type PlanUitkomst,
} from "../../../src/core/bijlage1";
import { GEMEENTEN, type GemeenteNaam } from "../../../src/core/catalogue";
import { dec, som } from "../../../src/core/money";
import type { Calculatie } from "../../../src/core/settlement";
import { werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { gevuld, hfVan, hfWaarde, laad, rondreis, vergelijkMetPlan } from "./hulp";

const MAP = join(__dirname, "../../../assets/bijlage1");
const uitkomsten = new Map<GemeenteNaam, PlanUitkomst>();
const nacalculaties = new Map<GemeenteNaam, Calculatie>();
const kostprijzen = new Map<string, { kosten: number; opbrengsten: number }>();

beforeAll(async () => {
  for (const g of GEMEENTEN) {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam(g.naam)));
    uitkomsten.set(g.naam, planEindafrekening(werkboekNaarGrids(wb)));
    nacalculaties.set(
      g.naam,
      berekenAfrekening(controleerBijlage1(werkboekNaarGrids(wb)).model!).nacalculatie!,
    );
    if (g.naam === "Almelo") {
      const kp = wb.getWorksheet("Kostprijzen")!;
      kp.eachRow((row, r) => {
        if (r < 5) return;
        kostprijzen.set(String(row.getCell(1).value), {
          kosten: Number(row.getCell(2).value ?? 0),
          opbrengsten: Number(row.getCell(3).value ?? 0),
        });
      });
    }
  }
});

const afrekening = (g: GemeenteNaam): AfrekeningSamenvatting => uitkomsten.get(g)!.afrekening!;

describe.each(GEMEENTEN.map((g) => g.naam))("voorbeeld %s 2023", (naam) => {
  test("zonder fouten of waarschuwingen gevuld", () => {
    const u = uitkomsten.get(naam)!;
    expect(u.geweigerd).toBeUndefined();
    expect(u.bevindingen.filter((b) => b.ernst !== "info")).toEqual([]);
    for (const b of u.bevindingen)
      expect(BEVINDING_CODES[b.code as keyof typeof BEVINDING_CODES]).toBeDefined();
  });

  test("voorschotten: 12 termijnen die tot de voorcalculatie optellen en hooguit een cent verschillen", () => {
    const a = afrekening(naam);
    expect(a.voorschotten).toHaveLength(12);
    expect(som(a.voorschotten.map((v) => v.bedrag)).toFixed(2)).toBe(a.voorcalculatie);
    expect(a.voorschottenBetaald).toBe(a.voorcalculatie);
    const bedragen = a.voorschotten.map((v) => dec(v.bedrag));
    const max = bedragen.reduce((m, b) => (b.greaterThan(m) ? b : m));
    const min = bedragen.reduce((m, b) => (b.lessThan(m) ? b : m));
    expect(max.minus(min).lessThanOrEqualTo("0.01")).toBe(true);
  });

  test("saldo = nacalculatie − voorschotten, met richting en vervaldatum 30 april 2024", () => {
    const a = afrekening(naam);
    expect(dec(a.nacalculatie).minus(a.voorschottenBetaald).toFixed(2)).toBe(a.saldo);
    expect(a.richting).toBe(
      dec(a.saldo).isNegative() ? "terugbetalen" : dec(a.saldo).isZero() ? "nihil" : "bijbetalen",
    );
    expect(a.vervaldatum).toBe("2024-04-30");
    expect(a.toelichting).toContain(naam);
    expect(a.toelichting).toContain("30-04-2024");
  });

  test("risico-opslag alleen buiten Almelo: 2% van de kostenregels", () => {
    const a = afrekening(naam);
    const kosten = som(
      a.regels.filter((r) => dec(r.tariefGerealiseerd!).isPositive()).map((r) => r.bedragGerealiseerd!),
    );
    expect(a.risicoOpslagGerealiseerd).toBe(
      naam === "Almelo" ? "0.00" : kosten.times("0.02").toDecimalPlaces(2).toFixed(2),
    );
    expect(dec(a.subtotaalGerealiseerd).plus(a.risicoOpslagGerealiseerd).toFixed(2)).toBe(a.nacalculatie);
  });

  test("Dinkelland en Tubbergen alleen beschut werk en verloning", () => {
    const codes = afrekening(naam).regels.map((r) => r.code);
    if (naam === "Dinkelland" || naam === "Tubbergen")
      expect(codes).toEqual(["BEG_BESCHUT", "OPBR_BESCHUT", "VERLONING"]);
    else expect(codes).toHaveLength(8);
  });

  test("het gevulde blad rekent in HyperFormula tot op de cent als de engine", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam(naam)));
    const u = planEindafrekening(werkboekNaarGrids(wb));
    const hf = hfVan(await gevuld(wb, u.plan!));
    const formules = u.plan!.cellen.filter((c) => c.formule);
    expect(formules.length).toBeGreaterThan(80);
    expect(vergelijkMetPlan(u.plan!, (adres) => hfWaarde(hf, EINDAFREKENING_BLAD, adres))).toEqual([]);
    // and the named saldo is the engine's saldo
    const saldo = u.plan!.namen.find((n) => n.naam === NAMEN.saldo)!;
    expect(Math.round((hfWaarde(hf, EINDAFREKENING_BLAD, saldo.adres) as number) * 100)).toBe(
      dec(u.afrekening!.saldo).times(100).toNumber(),
    );
  });

  test("HyperFormula volgt een gewijzigde invoer: de formules wijzen echt naar Bijlage 1", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam(naam)));
    const u = planEindafrekening(werkboekNaarGrids(wb));
    const hf = hfVan(await gevuld(wb, u.plan!));
    const saldo = u.plan!.namen.find((n) => n.naam === NAMEN.saldo)!.adres;
    const voor = hfWaarde(hf, EINDAFREKENING_BLAD, saldo) as number;
    // one more realised person on verloning (column F of the verloning row)
    const verloningRij = u.plan!.cellen.find((c) => c.waarde === "VERLONING")!.adres.replace("B", "");
    const h = u.plan!.cellen.find((c) => c.adres === `H${verloningRij}`)!.formule!;
    const bron = hf.simpleCellAddressFromString(h.replace(/^=/, ""), hf.getSheetId(EINDAFREKENING_BLAD)!)!;
    hf.setCellContents(bron, [[Number(hf.getCellValue(bron)) + 1]]);
    const na = hfWaarde(hf, EINDAFREKENING_BLAD, saldo) as number;
    const opslag = naam === "Almelo" ? 0 : 0.02;
    expect(na - voor).toBeCloseTo(344 * (1 + opslag), 2);
  });
});

describe("Ontplooj-breed", () => {
  test("de vijf nacalculaties reproduceren tabel 7.5 (realisatie 2023) binnen de tolerantie", () => {
    const v = vergelijkMetTabel75(GEMEENTEN.map((g) => nacalculaties.get(g.naam)!));
    const perPost = Object.fromEntries(
      v.regels.map((r) => [r.post, r.berekendDuizenden.toDecimalPlaces(1).toNumber()]),
    );
    expect(perPost).toEqual({
      beschut: 1579,
      groepsdetachering: -228,
      individueleDetachering: -438,
      werkgeverstakenOverige: 165.8,
      verloningOverige: 96.3,
      totaal: 1175.2,
    });
    expect(v.klopt).toBe(true);
  });

  test("behoud: Σ nacalculaties zonder opslag = kosten − opbrengsten van Kostprijzen, op de cent", () => {
    const totaal = som(GEMEENTEN.map((g) => afrekening(g.naam).subtotaalGerealiseerd));
    const kp = [...kostprijzen.values()];
    const verwacht = som(kp.map((k) => String(k.kosten))).minus(som(kp.map((k) => String(k.opbrengsten))));
    expect(kp).toHaveLength(8);
    expect(totaal.toFixed(2)).toBe(verwacht.toFixed(2));
  });

  test("de gepubliceerde volumes 2023: 323 / 126 / 80 nominaal, 644 werkgeverstaken, 809 verloning, 443 fte", () => {
    const alle = GEMEENTEN.flatMap((g) => afrekening(g.naam).regels);
    const aantal = (code: string) =>
      som(alle.filter((r) => r.code === code).map((r) => r.aantalGerealiseerd!)).toNumber();
    expect([aantal("BEG_BESCHUT"), aantal("BEG_GROEPSDET"), aantal("BEG_INDIVDET")]).toEqual([323, 126, 80]);
    expect([aantal("WERKGEVERSTAKEN"), aantal("VERLONING")]).toEqual([644, 809]);
    expect([aantal("OPBR_BESCHUT"), aantal("OPBR_GROEPSDET"), aantal("OPBR_INDIVDET")]).toEqual([
      257.46, 118.2, 67.14,
    ]);
  });

  test("de begrote volumes reproduceren tabel 7.5 begroting 2023 (−1.354 → bijdrage 1.354)", () => {
    const totaal = som(GEMEENTEN.map((g) => afrekening(g.naam).subtotaalBegroot));
    expect(totaal.div(1000).minus(1354).abs().lessThanOrEqualTo(1)).toBe(true);
  });
});

describe("weigeren en forceren", () => {
  test("een werkboek met fouten wordt niet gevuld, geforceerd wel", async () => {
    const wb = await laad(join(MAP, "kapot", "bijlage1-2023-wierden-rekenfouten.xlsx"));
    const werkboek = werkboekNaarGrids(wb);
    const geweigerd = planEindafrekening(werkboek);
    expect(geweigerd.plan).toBeUndefined();
    expect(geweigerd.geweigerd).toBe(
      "De controle vond 4 fouten; de Eindafrekening is niet gevuld. Herstel de fouten of kies uitdrukkelijk voor geforceerd vullen.",
    );
    expect(geweigerd.forceerbaar).toBe(true);
    const geforceerd = planEindafrekening(werkboek, { forceer: true });
    expect(geforceerd.plan).toBeDefined();
    expect(geforceerd.bevindingen.filter((b) => b.ernst === "fout")).toHaveLength(4);
    // forced with a wrong sign: the sheet still recalculates to the engine's values
    const hf = hfVan(await gevuld(wb, geforceerd.plan!));
    expect(vergelijkMetPlan(geforceerd.plan!, (a) => hfWaarde(hf, EINDAFREKENING_BLAD, a))).toEqual([]);
  });

  test("zonder jaar wordt ook geforceerd niet gevuld, met de reden", async () => {
    const wb = await laad(join(MAP, "kapot", "bijlage1-2023-almelo-structuur.xlsx"));
    // No Jaar label; without the titles that name 2023 nothing gives the year (issue 9: a title may).
    const ws = wb.getWorksheet("Bijlage 1")!;
    for (const a of ["A1", "A2"]) ws.getCell(a).value = null;
    const u = planEindafrekening(werkboekNaarGrids(wb), { forceer: true });
    expect(u.plan).toBeUndefined();
    expect(u.geweigerd).toBe("De afrekening kan niet worden berekend: het jaar ontbreekt of is onleesbaar.");
    expect(u.forceerbaar).toBeUndefined();
  });

  test("zonder blad Voorschotten geforceerd: niets betaald, saldo = nacalculatie", async () => {
    const wb = await laad(join(MAP, voorbeeldBestandsnaam("Wierden")));
    wb.removeWorksheet(wb.getWorksheet("Voorschotten")!.id);
    const u = planEindafrekening(werkboekNaarGrids(await rondreis(wb)), { forceer: true });
    expect(u.afrekening!.voorschottenBetaald).toBe("0.00");
    expect(u.afrekening!.saldo).toBe(u.afrekening!.nacalculatie);
    expect(u.afrekening!.richting).toBe("bijbetalen");
  });
});
