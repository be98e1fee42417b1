// Large ranges, long texts and objects (issue 10, part 7): behaviour only; speed is in
// bench/functions.bench.ts. Every message describes what it got ("een object", a cut text with its
// length), never "[object Object]" or a 200,000-character echo.
import { CustomFunctionsError } from "./customfunctions-dubbel";
import fc from "fast-check";
import * as functies from "../../src/functions/functions";
import { MAX_TEKST, somVan } from "../../src/functions/argumenten";
import { Decimal, parseGetal } from "../../src/core/money";

type Functie = (...args: unknown[]) => unknown;
const FUNCTIES = Object.entries(functies).filter(([, f]) => typeof f === "function") as [string, Functie][];

/** Valid arguments per function, so one position at a time can be replaced. */
const GELDIG: Record<string, unknown[]> = {
  opresult: [[[100]], [[40]], 2],
  voorcalc: [[[7150]], [[2]], "2%"],
  nacalc: [[[7150]], [[2]], [[1000]], "2%"],
  voorschot: [1200, 12, 1],
  tarief: [[[1000]], [[10]], "kosten"],
  tarieffte: [7150, 1271, 321, -4110, 1, 1],
  indexeer: [100, 2022, 2023, [[2023, "9,1%"]]],
  verschil: [[[100]], [[110]], true],
  kader: [1000, "Almelo"],
  solvabiliteit: [20, 100],
  currentratio: [[[113]], [[100]]],
  inbesteding: [[[80]], [[100]]],
  kpi: [0.9, 0.85, "hoger"],
  bsnControle: ["111222333"],
  ibanControle: ["NL91 ABNA 0417 1643 00"],
};

function roep(f: Functie, args: unknown[]): { waarde?: unknown; fout?: CustomFunctionsError } {
  try {
    return { waarde: f(...args) };
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { fout: e };
    throw e;
  }
}

test("elke functie heeft geldige voorbeeldargumenten in deze test", () => {
  expect(Object.keys(GELDIG).sort()).toEqual(FUNCTIES.map(([n]) => n).sort());
  for (const [naam, f] of FUNCTIES) expect(roep(f, GELDIG[naam]).fout).toBeUndefined();
});

const VREEMD: [string, unknown][] = [
  ["een object", { a: 1 }],
  ["een object in een bereik", [[{ a: 1 }]]],
  ["een Excel-gegevenstype", [[{ type: "Entity", text: "Almelo", properties: {} }]]],
  ["een datum-object", new Date(0)],
];

describe.each(VREEMD)("%s in elke positie", (_soort, vreemd) => {
  test.each(FUNCTIES)("%s", (naam, f) => {
    const geldig = GELDIG[naam];
    for (let p = 0; p < geldig.length; p++) {
      const args = [...geldig];
      args[p] = vreemd;
      const r = roep(f, args);
      if (r.fout) {
        const bericht = r.fout.message ?? "";
        expect(bericht).not.toMatch(/\[object|undefined|NaN/);
        expect(bericht.length).toBeLessThan(200);
      }
    }
  });
});

test("de twaalf berichten die 'niet [object Object]' zeiden, beschrijven nu wat ze kregen", () => {
  const gevallen: [Functie, unknown[], RegExp][] = [];
  for (const vreemd of [{ a: 1 }, [[{ a: 1 }]]]) {
    gevallen.push(
      [
        functies.bsnControle as Functie,
        [vreemd],
        /bsn moet tekst zijn, niet een object in plaats van een celwaarde/,
      ],
      [functies.kader as Functie, [1000, vreemd], /gemeente moet tekst zijn, niet een object/],
      [functies.kpi as Functie, [1, 1, vreemd], /richting moet tekst zijn, niet een object/],
      [functies.tarief as Functie, [[[1]], [[1]], vreemd], /soort moet tekst zijn, niet een object/],
      [
        functies.opresult as Functie,
        [[[vreemd]], [[1]]],
        /opbrengsten \(rij 1\) is geen getal maar een (object|bereik)/,
      ],
      [
        functies.voorcalc as Functie,
        [[[1]], [[vreemd]]],
        /aantallen \(rij 1\) is geen getal maar een (object|bereik)/,
      ],
    );
  }
  expect(gevallen).toHaveLength(12);
  for (const [f, args, bericht] of gevallen) {
    const r = roep(f, args);
    expect(r.fout?.code).toBe("#VALUE!");
    expect(r.fout?.message).toMatch(bericht);
  }
  const entiteit = roep(functies.kader as Functie, [1000, [[{ type: "Entity", text: "Almelo" }]]]);
  expect(entiteit.fout?.message).toBe(
    "gemeente moet tekst zijn, niet een Excel-gegevenstype ('Almelo'); geef een gewone waarde, zoals een veld ervan (=A1.Naam)",
  );
});

describe("lange teksten", () => {
  const teLang = "1".repeat(MAX_TEKST + 1);
  test.each(FUNCTIES)(
    "%s: tekst boven 32.767 tekens is #WAARDE! met een korte Nederlandse uitleg",
    (naam, f) => {
      const geldig = GELDIG[naam];
      for (let p = 0; p < geldig.length; p++) {
        const args = [...geldig];
        args[p] = p % 2 === 0 ? teLang : [[teLang]];
        const r = roep(f, args);
        expect(r.fout?.code).toBe("#VALUE!");
        expect(r.fout?.message).toMatch(
          /tekst van 32\.768 tekens is langer dan een Excel-cel toestaat \(32\.767\)/,
        );
        expect((r.fout?.message ?? "").length).toBeLessThan(200);
      }
    },
  );

  test("een tekst van 200.000 cijfers wordt geweigerd, niet ontleed", () => {
    const r = roep(functies.voorcalc as Functie, [[["7" + "0".repeat(199_999)]], [[1]]]);
    expect(r.fout?.message).toMatch(/^tarieven \(rij 1\): tekst van 200\.000 tekens/);
  });

  test("een lange tekst die geen getal is, wordt kort beschreven met zijn lengte", () => {
    const r = roep(functies.opresult as Functie, [[["x".repeat(5000)]], [[1]]]);
    expect(r.fout?.message).toBe(`opbrengsten (rij 1): '${"x".repeat(30)}…' (5.000 tekens) is geen getal`);
  });

  test("stuurtekens in een tekst komen niet in het bericht", () => {
    const r = roep(functies.kpi as Functie, [1, 1, "\u001b[31mrood\u0007"]);
    // eslint-disable-next-line no-control-regex
    expect(r.fout?.message).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe("grote bereiken", () => {
  test("OPRESULT en VERSCHIL over een miljoen cellen: de exacte som", () => {
    const n = 1_000_000;
    const a = Array.from({ length: n }, (_, i) => [i % 7 === 0 ? null : ((i * 37) % 400) / 4 + 0.01]);
    let verwacht = new Decimal(0);
    for (const [c] of a) if (c !== null) verwacht = verwacht.plus(new Decimal(String(c)));
    expect(functies.opresult(a, [[0]])).toBe(verwacht.toDecimalPlaces(2).toNumber());
    expect(functies.verschil([[0]], a)).toBe(verwacht.toDecimalPlaces(2).toNumber());
  });

  test("NACALC over 100.000 regels geeft hetzelfde als de regels los opgeteld", () => {
    const n = 100_000;
    const tarieven = Array.from({ length: n }, (_, i) => [[7150, 4121, -4110][i % 3]]);
    const aantallen = Array.from({ length: n }, (_, i) => [((i * 37) % 400) / 4]);
    const delen = 4;
    let som = 0;
    for (let d = 0; d < delen; d++) {
      const van = (d * n) / delen;
      const tot = ((d + 1) * n) / delen;
      som += functies.voorcalc(tarieven.slice(van, tot), aantallen.slice(van, tot));
    }
    expect(functies.voorcalc(tarieven, aantallen)).toBeCloseTo(som, 2);
  });

  test("de snelle som is gelijk aan parseGetal per cel en Decimal-optelling, voor getallen en tekst", () => {
    const cel = fc.oneof(
      // Doubles of money-like size: their exact sum stays within Decimal's 40 digits, so any
      // order of adding gives the same exact result (tinier ones would make both sums round).
      fc
        .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
        .filter((x) => x === 0 || Math.abs(x) > 1e-6),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 10000),
      fc.constantFrom(
        0.1,
        0.2,
        0.3,
        1e-7,
        1.5e21,
        2 ** 53,
        -(2 ** 53) - 2,
        1e15,
        999999999999999,
        0.30000000000000004,
      ),
      fc.constantFrom(
        "-1234,56",
        "007",
        "1.234,56",
        "€ 12",
        "0,1",
        "-0",
        "123456789012345",
        "1234567890123456",
        null,
        "",
      ),
    );
    fc.assert(
      fc.property(fc.array(cel, { maxLength: 60 }), (cellen) => {
        let verwacht = new Decimal(0);
        let ongeldig = false;
        for (const c of cellen) {
          if (c === null || c === "") continue;
          const r = parseGetal(c, { notatie: "nl" });
          if (!r.ok) ongeldig = true;
          else verwacht = verwacht.plus(r.waarde);
        }
        // One notation rule: what parseGetal refuses (e.g. 16 significant digits), the fast sum refuses too.
        if (ongeldig) {
          expect(() =>
            somVan(
              cellen.map((c) => [c]),
              "x",
            ),
          ).toThrow();
          return;
        }
        expect(
          somVan(
            cellen.map((c) => [c]),
            "x",
          ).toString(),
        ).toBe(verwacht.toString());
      }),
      { numRuns: 500 },
    );
  });
});
