// docs/functies.md shows example formulas with their results. Every example whose arguments are
// literals (no cell ranges) is evaluated here through the functions, so the documentation cannot
// drift from what the code computes.
import "./customfunctions-dubbel";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as functies from "../../src/functions/functions";

const DOC = readFileSync(join(__dirname, "..", "..", "docs", "functies.md"), "utf8");

type Functie = (...args: unknown[]) => unknown;
const f = functies as unknown as Record<string, Functie>;
const PER_ID: Record<string, Functie> = {
  OPRESULT: f.opresult,
  VOORCALC: f.voorcalc,
  NACALC: f.nacalc,
  VOORSCHOT: f.voorschot,
  TARIEF: f.tarief,
  TARIEFFTE: f.tarieffte,
  INDEXEER: f.indexeer,
  VERSCHIL: f.verschil,
  KADER: f.kader,
  SOLVABILITEIT: f.solvabiliteit,
  CURRENTRATIO: f.currentratio,
  INBESTEDING: f.inbesteding,
  KPI: f.kpi,
  BSN: f.bsnControle,
  IBAN: f.ibanControle,
};

/** A literal argument as Dutch Excel reads it: "tekst", 16,1%, -4110, 1,254. */
function literal(s: string): unknown {
  const t = s.trim();
  if (/^".*"$/.test(t)) return t.slice(1, -1);
  if (t === "WAAR" || t === "ONWAAR") return t === "WAAR";
  const pct = t.endsWith("%");
  const getal = Number(t.replace(/%$/, "").replace(",", "."));
  if (!Number.isFinite(getal)) throw new Error(`geen literal: ${s}`);
  return pct ? getal / 100 : getal;
}

/** A documented result: "−2.060,95", "WAAR", "0,1165 (11,65%)" → value and decimals shown. */
function uitkomst(s: string): { waarde: number | boolean; decimalen: number } {
  const t = s.trim().split(" ")[0].replace("−", "-");
  if (t === "WAAR" || t === "ONWAAR") return { waarde: t === "WAAR", decimalen: 0 };
  const [geheel, fractie = ""] = t.replace(/\./g, "").split(",");
  return { waarde: Number(`${geheel}.${fractie || "0"}`), decimalen: fractie.length };
}

const voorbeelden = [...DOC.matchAll(/^\| `=ONTPLOOJ\.([A-Z]+)\(([^`]*)\)` \| ([^|]+) \|/gm)]
  .filter((m) => !m[2].includes(":"))
  .map((m) => ({ id: m[1], argumenten: m[2], verwacht: m[3] }));

describe("voorbeelden in docs/functies.md", () => {
  test("er zijn letterlijke voorbeelden voor de meeste functies", () => {
    expect(new Set(voorbeelden.map((v) => v.id)).size).toBeGreaterThanOrEqual(10);
  });

  test.each(voorbeelden)("=ONTPLOOJ.$id($argumenten) = $verwacht", ({ id, argumenten, verwacht }) => {
    const functie = PER_ID[id];
    const args = argumenten.split(";").map(literal);
    while (args.length < functie.length) args.push(null); // omitted optional arguments
    const gevonden = functie(...args);
    const { waarde, decimalen } = uitkomst(verwacht);
    if (typeof waarde === "boolean") {
      expect(gevonden).toBe(waarde);
    } else {
      expect(typeof gevonden).toBe("number");
      expect(Number((gevonden as number).toFixed(decimalen))).toBe(waarde);
    }
  });
});
