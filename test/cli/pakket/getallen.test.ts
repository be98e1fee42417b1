// Nothing writes NaN, Infinity or a number beyond Excel's range into a package: the plan writer
// refuses such a plan, and fill reports a refusal instead of writing a file.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as bijlage1 from "../../../src/core/bijlage1";
import { ongeldigeGetallen, type BladPlan } from "../../../src/core/sheetplan";
import { Pakket, SchrijfWeigering } from "../../../src/cli/pakket/pakket";
import { run as fill } from "../../../src/cli/commands/fill";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";

const BRON = join(__dirname, "../../../assets/bijlage1", voorbeeldBestandsnaam("Wierden"));
const werk = mkdtempSync(join(tmpdir(), "ontplooj-getallen-"));

function plan(cellen: BladPlan["cellen"]): BladPlan {
  return { blad: "Eindafrekening", gebied: "A1:K150", cellen, namen: [] };
}

describe("ongeldigeGetallen", () => {
  test("NaN, ±Infinity, een getal buiten het bereik van Excel, als waarde of in een formule", () => {
    const fouten = ongeldigeGetallen(
      plan([
        { adres: "A1", waarde: NaN },
        { adres: "A2", waarde: Infinity },
        { adres: "A3", waarde: -Infinity },
        { adres: "A4", formule: "=B1*1" + "0".repeat(400), waarde: 5 },
        { adres: "A5", formule: "=B1*Infinity", waarde: 5 },
        { adres: "A6", waarde: 1e308 * 10 },
      ]),
    );
    expect(fouten.map((f) => f.split(":")[0])).toEqual([
      "Eindafrekening!A1",
      "Eindafrekening!A2",
      "Eindafrekening!A3",
      "Eindafrekening!A4",
      "Eindafrekening!A5",
      "Eindafrekening!A6",
    ]);
  });

  test("gewone getallen, celverwijzingen, functies en tekst in formules zijn in orde", () => {
    expect(
      ongeldigeGetallen(
        plan([
          { adres: "A1", waarde: 1e307 },
          { adres: "A2", formule: "=ROUND(D10*E10,2)+LOG10(5)+'Bijlage 1'!C5", waarde: 3 },
          { adres: "A3", formule: '=IF(F5>0,"1' + "0".repeat(400) + '","x")', waarde: "x" },
          { adres: "A4", waarde: "Infinity" },
          { adres: "A5", waarde: -0.5, formule: "=-0.5" },
        ]),
      ),
    ).toEqual([]);
  });
});

describe("de schrijver weigert, er komt geen bestand", () => {
  test("Pakket.schrijfPlan met Infinity: SchrijfWeigering die de cel noemt", async () => {
    const pakket = await Pakket.open(readFileSync(BRON));
    await expect(pakket.schrijfPlan(plan([{ adres: "C40", waarde: Infinity }]))).rejects.toThrow(
      SchrijfWeigering,
    );
    await expect(pakket.schrijfPlan(plan([{ adres: "C40", waarde: NaN }]))).rejects.toThrow(
      /Eindafrekening!C40/,
    );
  });

  test("fill met een plan vol oneindigheid: geweigerd (exit 1, ook --json), geen uitvoerbestand", async () => {
    const echt = bijlage1.planEindafrekening;
    const spion = jest.spyOn(bijlage1, "planEindafrekening").mockImplementation((wb, opties) => {
      const u = echt(wb, opties);
      const cellen = u.plan!.cellen.map((c) =>
        c.formule?.startsWith("=ROUND(") ? { ...c, waarde: Infinity } : c,
      );
      return { ...u, plan: { ...u.plan!, cellen } };
    });
    const uit: string[] = [];
    const schrijf = jest.spyOn(process.stdout, "write").mockImplementation((s) => {
      uit.push(String(s));
      return true;
    });
    try {
      const pad = join(werk, "oneindig.xlsx");
      expect(await fill([BRON, "--out", pad])).toBe(1);
      const tekst = uit.splice(0).join("");
      expect(await fill([BRON, "--out", pad, "--json"])).toBe(1);
      expect(existsSync(pad)).toBe(false);
      expect(tekst).toContain("Niet gevuld: De afrekening bevat een ongeldig getal: Eindafrekening!F10");
      expect(tekst).toContain("Er is niets geschreven.");
      expect(tekst).not.toContain("--forceer");
      const json = JSON.parse(uit.join("")) as { gevuld: boolean; geweigerd: string; uitvoer: null };
      expect(json).toMatchObject({ gevuld: false, uitvoer: null });
      expect(json.geweigerd).toContain("ongeldig getal");
    } finally {
      spion.mockRestore();
      schrijf.mockRestore();
    }
  });
});
