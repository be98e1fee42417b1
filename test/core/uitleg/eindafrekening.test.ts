// Every value of the five samples' Eindafrekening explains itself down to the input cells, and
// the explanation cannot lie: each node recomputes exactly, each leaf is what the reader read.
import { join } from "node:path";
import { NAMEN, berekenAfrekening, controleerBijlage1 } from "../../../src/core/bijlage1";
import {
  maakEindafrekeningPlan,
  maakEindafrekeningPlanMetUitleg,
} from "../../../src/core/bijlage1/eindafrekening-plan";
import { GEMEENTE_NAMEN, voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { werkboekNaarGrids } from "../../../src/cli/xlsx-grid";
import type { Werkboek } from "../../../src/core/grid";
import { uitlegbaar, uitlegTekst, zoekUitleg } from "../../../src/core/uitleg";
import { controleerBoom } from "../../../src/core/uitleg/zelfcontrole";
import { laad, werkmapMetNegatieveKosten } from "../bijlage1/hulp";
import { afwijkingen, uitlegVan } from "./hulp";

const MAP = join(__dirname, "../../../assets/bijlage1");
const werkboeken = new Map<string, Werkboek>();

beforeAll(async () => {
  for (const g of GEMEENTE_NAMEN)
    werkboeken.set(g, werkboekNaarGrids(await laad(join(MAP, voorbeeldBestandsnaam(g)))));
});

describe("uitleg van de vijf voorbeelden", () => {
  test.each(GEMEENTE_NAMEN.map((g) => [g]))(
    "%s: elke waarde van het blad heeft een boom die klopt en bij de invoer eindigt",
    (g) => {
      const { afwijkingen: fout, bomen } = afwijkingen(werkboeken.get(g)!);
      expect(fout).toEqual([]);
      expect(bomen).toBeGreaterThan(60);
    },
  );

  test.each(GEMEENTE_NAMEN.map((g) => [g]))(
    "%s: het plan met uitleg is hetzelfde plan als zonder (vullen bouwt geen bomen)",
    (g) => {
      const { model } = controleerBijlage1(werkboeken.get(g)!);
      const a = berekenAfrekening(model!);
      const met = maakEindafrekeningPlanMetUitleg(model!, a);
      expect(met.plan).toEqual(maakEindafrekeningPlan(model!, a));
      expect(met.uitleg.size).toBeGreaterThan(60);
    },
  );

  test.each(GEMEENTE_NAMEN.map((g) => [g]))("%s: elke naam van de afrekening is uit te leggen", (g) => {
    const u = uitlegVan(werkboeken.get(g)!);
    const verwacht = Object.values(NAMEN).filter((n) => n !== NAMEN.gebied);
    expect([...u.namen.keys()].sort()).toEqual([...verwacht].sort());
    for (const n of verwacht) {
      const adres = u.plan.namen.find((x) => x.naam === n)!.adres;
      expect(zoekUitleg(u, n)).toBe(u.cellen.get(adres));
      expect(zoekUitleg(u, n.toLowerCase())).toBe(u.cellen.get(adres));
      expect(zoekUitleg(u, `Eindafrekening!$${adres.replace(/(\d+)$/, "$$$1")}`)).toBe(u.cellen.get(adres));
    }
  });
});

describe("de boom van het saldo (Wierden 2023)", () => {
  test("saldo = afgerond(nacalculatie − voorschotten), tot op de invoercellen", () => {
    const u = uitlegVan(werkboeken.get("Wierden")!);
    const saldo = zoekUitleg(u, NAMEN.saldo)!;
    expect(saldo.bewerking).toEqual({ soort: "afronding", decimalen: 2 });
    const [onafgerond] = saldo.kinderen;
    expect(onafgerond.bewerking.soort).toBe("verschil");
    const [nacalculatie, betaald] = onafgerond.kinderen;
    expect(nacalculatie.label).toBe("Nacalculatie Wierden 2023");
    expect(nacalculatie).toBe(zoekUitleg(u, NAMEN.nacalculatie));
    expect(betaald.kinderen).toHaveLength(12);
    expect(betaald.kinderen.every((k) => k.bron?.blad === "Voorschotten")).toBe(true);
    expect(controleerBoom(saldo)).toEqual([]);
  });

  test("een gerealiseerd tarief uit Kostprijzen: kosten / eenheden van alle gemeenten", () => {
    const u = uitlegVan(werkboeken.get("Wierden")!);
    const tarief = u.cellen.get("G10")!;
    expect(tarief.bewerking.soort).toBe("quotient");
    expect(tarief.kinderen.map((k) => k.bron?.blad)).toEqual(["Kostprijzen", "Kostprijzen"]);
  });

  test("een opbrengsttarief: −opbrengsten / eenheden", () => {
    const u = uitlegVan(werkboeken.get("Wierden")!);
    const tarief = u.cellen.get("G11")!;
    expect(tarief.bewerking.soort).toBe("product");
    expect(tarief.kinderen[0].waarde).toBe("-1");
    expect(Number(tarief.waarde)).toBeLessThan(0);
  });

  test("een verkeerde cel of naam: geen boom; de lijst noemt wat wel kan", () => {
    const u = uitlegVan(werkboeken.get("Wierden")!);
    expect(zoekUitleg(u, "Z999")).toBeUndefined();
    expect(zoekUitleg(u, "'Bijlage 1'!F10")).toBeUndefined();
    expect(zoekUitleg(u, "Ontplooj_Onbekend")).toBeUndefined();
    expect(zoekUitleg(u, NAMEN.gebied)).toBeUndefined();
    const lijst = uitlegbaar(u);
    expect(lijst).toContain(`${NAMEN.saldo} (`);
    expect(lijst).toContain("F10");
  });

  test("als tekst: ingesprongen, bedragen in Nederlandse notatie, invoer met cel en ruwe inhoud", () => {
    const u = uitlegVan(werkboeken.get("Wierden")!);
    const tekst = uitlegTekst(u.cellen.get("F10")!);
    const regels = tekst.split("\n");
    expect(regels[0]).toMatch(
      /^Bedrag begroot .+: € [0-9.]+,\d\d — tarief × aantal, afgerond op centen \[Eindafrekening!F10\]$/,
    );
    expect(regels[1]).toMatch(/^ {2}\S/);
    expect(regels.slice(2).every((r) => /^ {4}\S.* — 'Bijlage 1'![A-Z]+\d+, ingevuld: /.test(r))).toBe(true);
    expect(regels).toHaveLength(4);
  });
});

describe("kostenregels samen niet positief (Wierden, 2%)", () => {
  test("de opslag is een keuze 'geen opslag' = 0, zoals de formule van het blad; alle bomen kloppen", async () => {
    const werkboek = werkboekNaarGrids(await werkmapMetNegatieveKosten());
    const { afwijkingen: fout } = afwijkingen(werkboek);
    expect(fout).toEqual([]);
    const u = uitlegVan(werkboek);
    const adres = u.plan.namen.find((n) => n.naam === NAMEN.risicoOpslag)!.adres;
    const nacalc = u.plan.cellen.find((c) => c.adres === adres)!;
    const voorcalc = u.plan.cellen.find((c) => c.adres === adres.replace(/^I/, "F"))!;
    for (const cel of [voorcalc, nacalc]) {
      expect(cel.formule).toMatch(/^=IF\([FI]\d+>0,ROUND\(\$B\$6\*[FI]\d+,2\),0\)$/);
      const k = u.cellen.get(cel.adres)!;
      expect(k.waarde).toBe("0");
      expect(k.bewerking).toEqual({ soort: "keuze", regel: "geenOpslag" });
      expect(Number(k.kinderen[0].waarde)).toBeLessThan(0);
    }
  });
});
