// The committed samples in assets/loonbatch/ are what the generator makes, and show what they promise.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { leesCsvBestand } from "../../../src/cli/csv-grid";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import {
  batchNaarCsv,
  batchNaarXlsx,
  minimaleBijlage1,
  voorbeeldScenario,
} from "../../../src/voorbeelden/loonbatch";
import { painBytes, rechtmatigheidScenario, registerNaarXlsx } from "../../../src/voorbeelden/rechtmatigheid";
import { controleerBetaalbatch } from "../../../src/core/payroll";
import { zoekBlad } from "../../../src/core/grid";
import { AFWIJKINGEN_CODES, codes } from "./hulp";

const MAP = join(__dirname, "..", "..", "..", "assets", "loonbatch");
const s = voorbeeldScenario();

async function batchUitXlsx(naam: string) {
  return zoekBlad(await leesXlsx(join(MAP, naam)), "Betaalbatch")!;
}

describe("assets/loonbatch", () => {
  it("de CSV-voorbeelden zijn byte voor byte wat de generator schrijft", () => {
    expect(readFileSync(join(MAP, "almelo-2026-09-vorige.csv"), "utf8")).toBe(batchNaarCsv(s.vorige));
    expect(readFileSync(join(MAP, "almelo-2026-10-schoon.csv"), "utf8")).toBe(batchNaarCsv(s.schoon));
    expect(readFileSync(join(MAP, "almelo-2026-10-afwijkingen.csv"), "utf8")).toBe(
      batchNaarCsv(s.afwijkingen),
    );
  });

  it("de bankbestanden zijn byte voor byte, de registers cel voor cel, wat de generator schrijft", async () => {
    const r = rechtmatigheidScenario();
    expect(readFileSync(join(MAP, "almelo-2026-10-betaalbestand.xml"))).toEqual(painBytes(r.sepaSchoon));
    expect(readFileSync(join(MAP, "almelo-2026-10-betaalbestand-afwijkingen.xml"))).toEqual(
      painBytes(r.sepaAfwijkingen),
    );
    for (const [naam, reg] of [
      ["almelo-personeelsregister.xlsx", r.registerSchoon],
      ["almelo-personeelsregister-afwijkingen.xlsx", r.registerAfwijkingen],
    ] as const) {
      const verwacht = zoekBlad(await leesXlsx(await registerNaarXlsx(reg)), "Personeelsregister");
      expect(zoekBlad(await leesXlsx(join(MAP, naam)), "Personeelsregister")).toEqual(verwacht);
    }
  });

  it("de .xlsx-voorbeelden zijn byte voor byte wat de generator schrijft", async () => {
    const r = rechtmatigheidScenario();
    for (const [naam, bytes] of [
      ["almelo-2026-09-vorige.xlsx", batchNaarXlsx(s.vorige)],
      ["almelo-2026-10-schoon.xlsx", batchNaarXlsx(s.schoon)],
      ["almelo-2026-10-afwijkingen.xlsx", batchNaarXlsx(s.afwijkingen)],
      ["almelo-2026-bijlage1-verloning.xlsx", minimaleBijlage1("Almelo", 2026, s.verloningBegroot)],
      ["almelo-personeelsregister.xlsx", registerNaarXlsx(r.registerSchoon)],
      ["almelo-personeelsregister-afwijkingen.xlsx", registerNaarXlsx(r.registerAfwijkingen)],
    ] as const) {
      expect({ naam, gelijk: readFileSync(join(MAP, naam)).equals(await bytes) }).toEqual({
        naam,
        gelijk: true,
      });
    }
  });

  it("de .xlsx-voorbeelden bevatten dezelfde cellen als de werkmappen van de generator", async () => {
    for (const [naam, b] of [
      ["almelo-2026-09-vorige.xlsx", s.vorige],
      ["almelo-2026-10-schoon.xlsx", s.schoon],
      ["almelo-2026-10-afwijkingen.xlsx", s.afwijkingen],
    ] as const) {
      const verwacht = zoekBlad(await leesXlsx(await batchNaarXlsx(b)), "Betaalbatch");
      expect(await batchUitXlsx(naam)).toEqual(verwacht);
    }
  });

  it("de schone batch heeft geen bevindingen tegen vorige maand en de voorbeeld-bijlage 1; xlsx en CSV zijn het eens", async () => {
    const bijlage1 = zoekBlad(await leesXlsx(join(MAP, "almelo-2026-bijlage1-verloning.xlsx")), "Bijlage 1");
    const xlsx = controleerBetaalbatch(await batchUitXlsx("almelo-2026-10-schoon.xlsx"), {
      vorige: await batchUitXlsx("almelo-2026-09-vorige.xlsx"),
      bijlage1,
    });
    expect(xlsx.bevindingen).toEqual([]);
    expect(xlsx.samenvatting.aantalPersonen).toBe(s.verloningBegroot);
    expect(xlsx.samenvatting.mutaties).toEqual({ instroom: 1, uitstroom: 0, wijziging: 1 });
    expect(xlsx.samenvatting.vorige).toMatchObject({ nieuw: 1, vertrokken: 1, gewijzigd: 0 });
    const csv = controleerBetaalbatch(leesCsvBestand(join(MAP, "almelo-2026-10-schoon.csv")), {
      vorige: leesCsvBestand(join(MAP, "almelo-2026-09-vorige.csv")),
      bijlage1,
    });
    expect(csv).toEqual(xlsx);
  });

  it("de afwijkingenbatch toont elke soort afwijking, gelijk in xlsx en CSV", async () => {
    const bijlage1 = zoekBlad(await leesXlsx(join(MAP, "almelo-2026-bijlage1-verloning.xlsx")), "Bijlage 1");
    const xlsx = controleerBetaalbatch(await batchUitXlsx("almelo-2026-10-afwijkingen.xlsx"), {
      vorige: await batchUitXlsx("almelo-2026-09-vorige.xlsx"),
      bijlage1,
    });
    expect(codes(xlsx.bevindingen)).toEqual(AFWIJKINGEN_CODES);
    const csv = controleerBetaalbatch(leesCsvBestand(join(MAP, "almelo-2026-10-afwijkingen.csv")), {
      vorige: leesCsvBestand(join(MAP, "almelo-2026-09-vorige.csv")),
      bijlage1,
    });
    expect(csv).toEqual(xlsx);
  });
});
