// Excel on Windows passes an empty argument cell as 0, Excel on the web as null, some versions as ""
// (OfficeDev/office-js 4702, 5262). Every function must answer the same for each of those forms, for
// every parameter and every cell of a range parameter. And an Excel data type (an entity, a
// formatted number) given for any parameter is a #VALUE! that says what it got, never a crash.
import { CustomFunctionsError } from "./customfunctions-dubbel";
import * as functies from "../../src/functions/functions";

type Functie = (...args: unknown[]) => unknown;
const kolom = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);

/** Per function, arguments that give an ordinary result, so a changed argument shows. */
const GEVALLEN: [string, Functie, unknown[]][] = [
  ["OPRESULT", functies.opresult as Functie, [kolom(100, 50), kolom(30), 4]],
  ["VOORCALC", functies.voorcalc as Functie, [kolom(7150, -4110), kolom(10, 8), 0.02]],
  ["NACALC", functies.nacalc as Functie, [kolom(7150, -4110), kolom(10, 8), kolom(1000, 2000), 0.02]],
  ["VOORSCHOT", functies.voorschot as Functie, [1200, 12, 3]],
  ["TARIEF", functies.tarief as Functie, [kolom(1000, 64), kolom(4, 3), "opbrengst"]],
  ["TARIEFFTE", functies.tarieffte as Functie, [7150, 1271, 321, -4110, 323, 257.46]],
  [
    "INDEXEER",
    functies.indexeer as Functie,
    [
      1000,
      2021,
      2023,
      [
        [2022, 0.035],
        [2023, 0.091],
      ],
    ],
  ],
  ["VERSCHIL", functies.verschil as Functie, [kolom(100, 5), kolom(120), true]],
  ["KADER", functies.kader as Functie, [100000, "Almelo"]],
  ["SOLVABILITEIT", functies.solvabiliteit as Functie, [180220, 1546967]],
  ["CURRENTRATIO", functies.currentratio as Functie, [kolom(100, 13), kolom(100, 1)]],
  ["INBESTEDING", functies.inbesteding as Functie, [kolom(800000, 1), kolom(1000000)]],
  ["KPI", functies.kpi as Functie, [0.87, 0.85, "lager"]],
  ["BSN", functies.bsnControle as Functie, ["111222333"]],
  ["IBAN", functies.ibanControle as Functie, ["NL91 ABNA 0417 1643 00"]],
];

function uitkomst(f: Functie, args: unknown[]): unknown {
  try {
    return { waarde: f(...args) };
  } catch (e) {
    if (!(e instanceof CustomFunctionsError)) throw e;
    return { code: e.code, message: e.message };
  }
}

const met = (args: unknown[], i: number, waarde: unknown) => args.map((a, j) => (j === i ? waarde : a));

/**
 * Every way to make parameter i (or one cell of it) empty, as [description, web form, Windows form].
 * A range parameter gets even a single cell as [[x]], so a bare value only goes to a scalar one.
 */
function legeVormen(args: unknown[], i: number): [string, unknown[], unknown[]][] {
  const a = args[i];
  const vormen: [string, unknown[], unknown[]][] = [
    ["één cel als bereik", met(args, i, [[null]]), met(args, i, [[0]])],
  ];
  if (!Array.isArray(a)) vormen.push(["de cel", met(args, i, null), met(args, i, 0)]);
  else {
    const rijen = a as unknown[][];
    rijen.forEach((rij, r) =>
      rij.forEach((_, k) => {
        const vervang = (v: unknown) =>
          rijen.map((x, rr) => x.map((c, kk) => (rr === r && kk === k ? v : c)));
        vormen.push([`cel (${r + 1}, ${k + 1})`, met(args, i, vervang(null)), met(args, i, vervang(0))]);
      }),
    );
    const leeg = (v: unknown) => rijen.map((x) => x.map(() => v));
    vormen.push(["alle cellen", met(args, i, leeg(null)), met(args, i, leeg(0))]);
  }
  return vormen;
}

describe.each(GEVALLEN)('%s: een lege cel als 0 (Windows), null (web) of ""', (_id, f, args) => {
  test("de gewone aanroep geeft een uitkomst", () => {
    expect(uitkomst(f, args)).toHaveProperty("waarde");
  });

  test.each(args.map((_, i) => i))("parameter %i: elke lege vorm geeft hetzelfde", (i) => {
    for (const [waar, web, windows] of legeVormen(args, i)) {
      const opWeb = uitkomst(f, web);
      expect({ waar, uitkomst: uitkomst(f, windows) }).toEqual({ waar, uitkomst: opWeb });
      const tekstLeeg = web.map((a, j) =>
        j !== i ? a : a === null ? "" : JSON.parse(JSON.stringify(a).replace(/null/g, '""')),
      );
      expect({ waar, uitkomst: uitkomst(f, tekstLeeg) }).toEqual({ waar, uitkomst: opWeb });
    }
  });
});

const GEGEVENSTYPEN: [string, unknown, RegExp][] = [
  [
    "een entiteit",
    { type: "Entity", text: "Almelo", properties: { Inwoners: { type: "Double", basicValue: 68000 } } },
    /Excel-gegevenstype \('Almelo'\)/,
  ],
  [
    "een opgemaakt getal",
    { type: "FormattedNumber", basicValue: 1234.5, numberFormat: "€ #.##0,00" },
    /opgemaakt getal als Excel-gegevenstype \('1234.5'\)/,
  ],
];

describe.each(GEVALLEN)("%s: een Excel-gegevenstype als argument", (_id, f, args) => {
  test.each(
    GEGEVENSTYPEN.flatMap(([soort, waarde, bericht]) =>
      args.map((_, i) => [soort, i, waarde, bericht] as const),
    ),
  )("%s in parameter %i: #VALUE! met een melding die het noemt", (_soort, i, waarde, bericht) => {
    // A scalar parameter gets the cell as it is or as a range of one; a range parameter in its first cell.
    const a = args[i];
    const vormen = Array.isArray(a)
      ? [(a as unknown[][]).map((rij, r) => rij.map((c, k) => (r === 0 && k === 0 ? waarde : c)))]
      : [waarde, [[waarde]]];
    for (const vorm of vormen) {
      const u = uitkomst(f, met(args, i, vorm)) as { code?: string; message?: string };
      expect(u.code).toBe("#VALUE!");
      expect(u.message).toMatch(bericht);
    }
  });
});
