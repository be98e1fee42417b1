// `uitleg`: the command line explains every value of the samples' Eindafrekening with the core's
// own trees (checked in process, cell by cell), prints them as indented Dutch text, and refuses
// an unknown cell with the list of what it can explain (checked as a user runs it).
import { join } from "node:path";
import { run } from "../../src/cli/commands/uitleg";
import { GEMEENTE_NAMEN, voorbeeldBestandsnaam } from "../../src/voorbeelden/bijlage1";
import { leesXlsx } from "../../src/cli/xlsx-grid";
import { NAMEN } from "../../src/core/bijlage1";
import { controleerBoom, uitlegVanWerkboek, type UitlegKnoop } from "../../src/core/uitleg";
import { ROOT, cli } from "./opdrachtregel";

const MAP = join(ROOT, "assets/bijlage1");

/** The command run in process, its stdout captured. */
async function inProces(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const schrijf = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  });
  try {
    return { code: await run(args), stdout };
  } finally {
    schrijf.mockRestore();
  }
}

describe("uitleg over elke cel van de vijf voorbeelden", () => {
  test.each(GEMEENTE_NAMEN.map((g) => [g]))(
    "%s: --json geeft per cel de boom van de kern, en die klopt",
    async (g) => {
      const pad = join(MAP, voorbeeldBestandsnaam(g));
      const u = uitlegVanWerkboek(await leesXlsx(pad));
      if ("reden" in u) throw new Error(u.reden);
      expect(u.uitleg.cellen.size).toBeGreaterThan(60);
      for (const [cel, knoop] of u.uitleg.cellen) {
        const r = await inProces([pad, cel, "--json"]);
        expect(r.code).toBe(0);
        const uit = JSON.parse(r.stdout) as { cel: string; uitleg: UitlegKnoop };
        expect(uit.cel).toBe(cel);
        expect(uit.uitleg).toEqual(JSON.parse(JSON.stringify(knoop)));
        expect(controleerBoom(uit.uitleg)).toEqual([]);
      }
    },
  );
});

describe("uitleg zoals een gebruiker hem draait", () => {
  test("zonder cel: het saldo als ingesprongen Nederlandse tekst, invoer met cel en ruwe inhoud", () => {
    const r = cli("uitleg", join(MAP, "bijlage1-2023-wierden.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const regels = r.stdout.trimEnd().split("\n");
    expect(regels[0]).toBe("Uitleg van Eindafrekening!F42 (Ontplooj_Saldo) in bijlage1-2023-wierden.xlsx:");
    expect(regels[1]).toBe(
      "Saldo eindafrekening Wierden 2023: € -7.863,29 — nacalculatie − voorschotten betaald, afgerond op centen [Eindafrekening!F42]",
    );
    expect(regels[2]).toMatch(/^ {2}Saldo eindafrekening Wierden 2023, onafgerond: € -7\.863,29 — /);
    expect(regels).toContain(
      "      Voorschot januari 2023: € 5.131,04 — Voorschotten!D2, ingevuld: 5.131,04",
    );
    expect(regels).toContain(
      "              Gerealiseerde eenheden Uitvoeren begeleiding beschut werk, alle gemeenten: 323 — Kostprijzen!D5, ingevuld: 323",
    );
  });

  test("een naam in kleine letters, en --json", () => {
    const r = cli(
      "uitleg",
      join(MAP, "bijlage1-2023-almelo.xlsx"),
      NAMEN.risicoOpslag.toLowerCase(),
      "--json",
    );
    expect(r.code).toBe(0);
    const uit = JSON.parse(r.stdout) as { naam: string; uitleg: UitlegKnoop };
    expect(uit.naam).toBe(NAMEN.risicoOpslag);
    // Almelo pays no surcharge: the tree says so instead of showing a percentage cell.
    expect(uit.uitleg.waarde).toBe("0");
  });

  test("een onbekende cel: exit 2 en een Nederlandse lijst van wat wel kan", () => {
    const r = cli("uitleg", join(MAP, "bijlage1-2023-wierden.xlsx"), "Z999");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Onbekende cel of naam 'Z999': /);
    expect(r.stderr).toContain(`${NAMEN.saldo} (F42)`);
    expect(r.stderr).toContain("Uit te leggen cellen op het blad 'Eindafrekening': B4, B5,");
  });

  test("fouten in de controle: de uitleg volgt de invoer, zegt dat erbij, en exit 1", () => {
    const r = cli("uitleg", join(MAP, "kapot", "bijlage1-2023-wierden-rekenfouten.xlsx"), "F10");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Uitleg van Eindafrekening!F10 in bijlage1-2023-wierden-rekenfouten\.xlsx:\n/);
    expect(r.stdout).toMatch(/\nLet op — De controle vond 4 fouten \(zie 'validate'\)/);
  });

  test("help noemt uitleg", () => {
    const r = cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}uitleg <bijlage1\.xlsx> \[CEL\|NAAM\]/m);
  });
});
