// The trees of VOORCALC, NACALC, VOORSCHOT, TARIEF and OPRESULT give the very number the custom
// function gives for the same cells, and self-check: each node recomputes exactly, each leaf is
// the cell it names with the content as typed.
import "../../functions/customfunctions-dubbel";
import fc from "fast-check";
import { Decimal, formatGetal } from "../../../src/core/money";
import {
  bladen,
  controleerBoom,
  uitlegFunctie,
  uitlegTekst,
  type FunctieArgument,
  type FunctieUitleg,
} from "../../../src/core/uitleg";
import { nacalc, opresult, tarief, voorcalc, voorschot } from "../../../src/functions/functions";

type Cel = string | number | null;

/** A column of cells at Blad!<kolom><rij>, as the panel hands them over. */
function kolom(kolomLetter: string, waarden: readonly Cel[]): FunctieArgument {
  return waarden.map((ruw, i) => ({ ruw, blad: "Blad1", cel: `${kolomLetter}${i + 1}` }));
}

/** The function's own number, or undefined when it gives an Excel error. */
function uitkomst(f: () => number): number | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** How many calls gave a number, so a property cannot pass on errors alone. */
let vergeleken = 0;

/** Whenever the function gives a number, the tree gives that number and holds. */
function klopt(functie: number | undefined, u: FunctieUitleg, argumenten: FunctieArgument[]): void {
  if (functie === undefined) return;
  vergeleken++;
  if ("reden" in u) throw new Error(u.reden);
  expect(Number(u.knoop.waarde)).toBe(functie);
  expect(controleerBoom(u.knoop)).toEqual([]);
  const cellen = new Map(argumenten.flatMap((a) => (a ?? []).map((w) => [`${w.blad}!${w.cel}`, w.ruw])));
  for (const b of bladen(u.knoop)) {
    // Constants (a literal, "niet opgegeven") and a sum of nothing (no cost lines) end honestly.
    if (b.bewerking.soort === "constante" || b.bewerking.soort === "som") continue;
    expect(b.bron).toBeDefined();
    expect(cellen.get(`${b.bron!.blad}!${b.bron!.cel}`)).toBe(b.bron!.ruw);
  }
}

const getal = fc.oneof(
  fc.integer({ min: -20000, max: 20000 }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
  fc.constantFrom(0.005, -0.005, 0.015, 2.675, 1.5e-7),
);
const cel: fc.Arbitrary<Cel> = fc.oneof(
  { weight: 6, arbitrary: getal },
  { weight: 2, arbitrary: getal.map((x) => formatGetal(new Decimal(x), 2)) },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "€ 7.150,-", "12,5%", "abc") },
);
const positief = (c: Cel) =>
  typeof c === "number" ? Math.abs(c) : typeof c === "string" ? c.replace(/^-/, "") : c;
const regels = fc.array(fc.tuple(cel, cel.map(positief)), { minLength: 1, maxLength: 12 });
const opslag = fc.constantFrom<Cel>(null, 0, 0.02, "3,5%", "2%", 1.5);

describe("uitleg van de functies: dezelfde uitkomst als de functie, en de boom klopt", () => {
  beforeEach(() => (vergeleken = 0));

  test("VOORCALC en NACALC over willekeurige bereiken", () => {
    fc.assert(
      fc.property(regels, opslag, fc.array(cel, { minLength: 1, maxLength: 12 }), (r, pct, vs) => {
        const t = kolom(
          "A",
          r.map(([x]) => x),
        );
        const a = kolom(
          "B",
          r.map(([, y]) => y),
        );
        const v = kolom("C", vs);
        const p = pct === null ? undefined : kolom("D", [pct]);
        const rijen = (xs: Cel[]) => xs.map((x) => [x]);
        klopt(
          uitkomst(() => voorcalc(rijen(r.map(([x]) => x)), rijen(r.map(([, y]) => y)), pct)),
          uitlegFunctie("VOORCALC", [t, a, p]),
          [t, a, p],
        );
        klopt(
          uitkomst(() => nacalc(rijen(r.map(([x]) => x)), rijen(r.map(([, y]) => y)), rijen(vs), pct)),
          uitlegFunctie("ONTPLOOJ.NACALC", [t, a, v, p]),
          [t, a, v, p],
        );
      }),
      { numRuns: 300 },
    );
    expect(vergeleken).toBeGreaterThan(150);
  });

  test("VOORSCHOT: een termijn van de grootste-restverdeling", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (centen, n, k) => {
          const args = [kolom("A", [centen / 100]), kolom("B", [n]), kolom("C", [k])];
          klopt(
            uitkomst(() => voorschot(centen / 100, n, k)),
            uitlegFunctie("voorschot", args),
            args,
          );
        },
      ),
      { numRuns: 300 },
    );
    // About half the draws have k ≤ n (a valid term); 100 keeps the test about that, not about luck.
    expect(vergeleken).toBeGreaterThan(100);
  });

  test("VOORSCHOT: een jaarbedrag met binaire ruis (een SUM van centen) leest de boom zoals de functie", () => {
    // A SUM of cent amounts in binary (0.1 + 0.2 = 0.30000000000000004), or any double.
    const somVanCenten = fc
      .array(fc.integer({ min: -(10 ** 8), max: 10 ** 8 }), { minLength: 2, maxLength: 12 })
      .map((cs) => cs.reduce((a, c) => a + c / 100, 0));
    const jaarbedrag = fc.oneof(
      { weight: 4, arbitrary: somVanCenten },
      { weight: 1, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(55894.23999999999, 0.30000000000000004, 1200.001, 5131.955) },
    );
    let metRuis = 0;
    fc.assert(
      fc.property(
        jaarbedrag,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (j, n, k0) => {
          const k = ((k0 - 1) % n) + 1; // always a valid term: the property is about the amount
          const args = [kolom("A", [j]), kolom("B", [n]), kolom("C", [k])];
          const functie = uitkomst(() => voorschot(j, n, k));
          klopt(functie, uitlegFunctie("voorschot", args), args);
          if (functie !== undefined && !new Decimal(j).times(100).isInteger()) metRuis++;
        },
      ),
      { numRuns: 400 },
    );
    // Two thirds of the draws are sums of cents, which the function accepts.
    expect(vergeleken).toBeGreaterThan(200);
    // The property is about noise: many of the compared amounts were not whole cents in binary.
    expect(metRuis).toBeGreaterThan(30);
  });

  test("TARIEF en OPRESULT over bereiken, kosten en opbrengst", () => {
    fc.assert(
      fc.property(
        fc.array(cel.map(positief), { minLength: 1, maxLength: 5 }),
        fc.array(cel.map(positief), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<Cel>(null, "kosten", "opbrengst"),
        fc.constantFrom<Cel>(null, 3, 12.5, "7,25"),
        (b, e, soort, fte) => {
          const rijen = (xs: Cel[]) => xs.map((x) => [x]);
          const ba = kolom("A", b);
          const ea = kolom("B", e);
          const sa = soort === null ? undefined : [{ ruw: soort }];
          klopt(
            uitkomst(() => tarief(rijen(b), rijen(e), soort)),
            uitlegFunctie("TARIEF", [ba, ea, sa]),
            [ba, ea],
          );
          const fa = fte === null ? undefined : kolom("C", [fte]);
          klopt(
            uitkomst(() => opresult(rijen(b), rijen(e), fte)),
            uitlegFunctie("OPRESULT", [ba, ea, fa]),
            [ba, ea, fa],
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(vergeleken).toBeGreaterThan(150);
  });

  test("een functie buiten de lijst, of een fout in een cel: een Nederlandse reden met de cel", () => {
    expect(uitlegFunctie("KADER", [])).toEqual({
      reden: "Alleen VOORCALC, NACALC, VOORSCHOT, TARIEF, OPRESULT zijn uit te leggen, niet KADER.",
    });
    const u = uitlegFunctie("VOORCALC", [kolom("A", ["abc"]), kolom("B", [2])]);
    expect("reden" in u && u.reden).toMatch(/^VOORCALC is niet uit te leggen: tarieven \(Blad1!A1\): /);
  });

  test("VOORCALC als tekst: regels, risico-opslag en de cellen", () => {
    const u = uitlegFunctie(
      "VOORCALC",
      [kolom("A", [7150, -4110]), kolom("B", [10, "2,5"]), kolom("D", ["2%"])],
      { blad: "Blad1", cel: "E1" },
    );
    if ("reden" in u) throw new Error(u.reden);
    const tekst = uitlegTekst(u.knoop);
    expect(tekst.split("\n")[0]).toBe(
      "Voorcalculatie (VOORCALC): € 62.655,00 — subtotaal + risico-opslag [Blad1!E1]",
    );
    expect(tekst).toContain('Aantal (rij 2): 2,5 — Blad1!B2, ingevuld: "2,5"');
    expect(tekst).toContain('Risico-opslag: 2 % — Blad1!D1, ingevuld: "2%"');
  });
});
