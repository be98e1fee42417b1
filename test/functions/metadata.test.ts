// functions.json as the build generates it (custom-functions-metadata, the library under
// custom-functions-metadata-plugin): every function's id, name, parameters and Dutch help, and no
// JSDoc errors, so a broken comment fails here rather than in the user's Excel.
import "./customfunctions-dubbel";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functies from "../../src/functions/functions";

const BRON = join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Functie {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

/** Expected signature: "naam" scalar, "naam[][]" range, "naam?" optional; result type; words the help must contain. */
const VERWACHT: Record<string, { parameters: string[]; resultaat: string; help: RegExp; functie: string }> = {
  OPRESULT: {
    parameters: ["opbrengsten[][]", "kosten[][]", "fte?"],
    resultaat: "number",
    help: /operationeel resultaat/i,
    functie: "opresult",
  },
  VOORCALC: {
    parameters: ["tarieven[][]", "aantallen[][]", "risico_opslag?"],
    resultaat: "number",
    help: /voorcalculatie/i,
    functie: "voorcalc",
  },
  NACALC: {
    parameters: ["tarieven[][]", "aantallen[][]", "voorschotten[][]", "risico_opslag?"],
    resultaat: "number",
    help: /eindafrekening/i,
    functie: "nacalc",
  },
  VOORSCHOT: {
    parameters: ["jaarbedrag", "aantal_termijnen", "termijn"],
    resultaat: "number",
    help: /grootste-restmethode/i,
    functie: "voorschot",
  },
  TARIEF: {
    parameters: ["bedrag[][]", "eenheden[][]", "soort?"],
    resultaat: "number",
    help: /gerealiseerd tarief/i,
    functie: "tarief",
  },
  TARIEFFTE: {
    parameters: ["begeleiding", "werkgeverstaken", "verloning", "opbrengst", "nominaal", "fte"],
    resultaat: "number",
    help: /formule 7/i,
    functie: "tarieffte",
  },
  INDEXEER: {
    parameters: ["bedrag", "jaar", "basisjaar", "reeks[][]?"],
    resultaat: "number",
    help: /loonstijging/i,
    functie: "indexeer",
  },
  VERSCHIL: {
    parameters: ["begroting[][]", "realisatie[][]", "relatief?"],
    resultaat: "number",
    help: /realisatie min begroting/i,
    functie: "verschil",
  },
  KADER: {
    parameters: ["totaal", "gemeente"],
    resultaat: "number",
    help: /kaderpercentages/i,
    functie: "kader",
  },
  SOLVABILITEIT: {
    parameters: ["eigen_vermogen", "balanstotaal"],
    resultaat: "number",
    help: /eigen vermogen gedeeld door het balanstotaal/i,
    functie: "solvabiliteit",
  },
  CURRENTRATIO: {
    parameters: ["vlottende_activa[][]", "kortlopende_schulden[][]"],
    resultaat: "number",
    help: /kortlopende schulden/i,
    functie: "currentratio",
  },
  INBESTEDING: {
    parameters: ["omzet_almelo[][]", "omzet_totaal[][]"],
    resultaat: "any[][]",
    help: /80%/,
    functie: "inbesteding",
  },
  KPI: {
    parameters: ["realisatie", "doel", "richting?"],
    resultaat: "boolean",
    help: /doel gehaald/i,
    functie: "kpi",
  },
  BSN: { parameters: ["bsn"], resultaat: "boolean", help: /elfproef/i, functie: "bsnControle" },
  IBAN: { parameters: ["iban"], resultaat: "boolean", help: /mod-97/i, functie: "ibanControle" },
};

function signatuur(p: Parameter): string {
  return p.name + (p.dimensionality === "matrix" ? "[][]" : "") + (p.optional ? "?" : "");
}

describe("metadata van de aangepaste functies", () => {
  let resultaat: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  let metadata: Functie[];

  beforeAll(async () => {
    resultaat = await generateCustomFunctionsMetadata(BRON);
    metadata = (JSON.parse(resultaat.metadataJson) as { functions: Functie[] }).functions;
  });

  test("geen JSDoc-fouten", () => {
    expect(resultaat.errors).toEqual([]);
  });

  test("precies de verwachte functies, met id's in hoofdletters in de naamruimte ONTPLOOJ", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(VERWACHT).sort());
    for (const f of metadata) expect(f.name).toBe(f.id);
  });

  test.each(Object.entries(VERWACHT))(
    "%s: parameters, typen, optioneel, dimensionaliteit, uitkomst",
    (id, v) => {
      const f = metadata.find((m) => m.id === id);
      if (!f) throw new Error(`${id} ontbreekt`);
      expect(f.parameters.map(signatuur)).toEqual(v.parameters);
      // Parameters are "any" so Excel hands text over unconverted and Dutch notation is ours to parse.
      for (const p of f.parameters) expect(p.type).toBe("any");
      const result = (f.result.type ?? "any") + (f.result.dimensionality === "matrix" ? "[][]" : "");
      expect(result).toBe(v.resultaat);
    },
  );

  test.each(Object.entries(VERWACHT))("%s: Nederlandse hulp bij de functie en elke parameter", (id, v) => {
    const f = metadata.find((m) => m.id === id);
    if (!f) throw new Error(`${id} ontbreekt`);
    expect(f.description).toMatch(v.help);
    expect(f.description.length).toBeGreaterThan(30);
    for (const p of f.parameters) {
      expect({ parameter: p.name, heeftHulp: (p.description ?? "").length > 10 }).toEqual({
        parameter: p.name,
        heeftHulp: true,
      });
      if (p.optional) expect(p.description).toMatch(/^Optioneel:/);
    }
    // Dutch, not English: none of the common English words a copied template would leave behind.
    const alleTekst = [f.description, ...f.parameters.map((p) => p.description ?? "")].join(" ");
    expect(alleTekst).not.toMatch(/\b(the|returns?|number of|amount)\b/i);
  });

  test("elke aangepaste functie is gekoppeld aan de geëxporteerde functie met die naam", () => {
    const geexporteerd = functies as unknown as Record<string, unknown>;
    expect(resultaat.associate.map((a) => [a.id, a.functionName]).sort()).toEqual(
      Object.entries(VERWACHT)
        .map(([id, v]) => [id, v.functie])
        .sort(),
    );
    for (const a of resultaat.associate) expect(typeof geexporteerd[a.functionName]).toBe("function");
    // Nothing else is exported from functions.ts: every export is a cell function.
    expect(Object.keys(geexporteerd).sort()).toEqual(
      Object.values(VERWACHT)
        .map((v) => v.functie)
        .sort(),
    );
  });

  test("een kapotte JSDoc wordt gemeld (zodat de controle hierboven kan falen)", async () => {
    const map = mkdtempSync(join(tmpdir(), "cf-"));
    const kapot = join(map, "kapot.ts");
    const bron = readFileSync(BRON, "utf8").replace("@param jaarbedrag", "@param {string} jaarbedrag");
    writeFileSync(kapot, bron);
    const r = await generateCustomFunctionsMetadata(kapot);
    expect(r.errors.length).toBeGreaterThan(0);
  });
});
