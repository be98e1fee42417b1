// Property tests (fast-check): the whole-cents paths of the settlement — Decimals built from
// digit words, the largest-remainder split, the Ontplooj-wide nacalculatie, the saldo and the
// Dutch notation of an amount — give what the Decimal paths they replaced give, digit for digit,
// over random input with half-cent ties, zero weights and values far past the safe integers.
import fc from "fast-check";
import { DIENSTEN, type DienstCode } from "../../src/core/catalogue";
import {
  Decimal,
  NUL,
  dec,
  decVanCenten,
  decVanSchaal,
  formatGetal,
  leesSchaal,
  rondAf,
  rondCenten,
  som,
  somSchaal,
  verdeelEenheden,
  verdeelGrootsteRest,
  zoalsExcelToont,
  type Decimal as DecimalT,
  type DecimalInvoer,
} from "../../src/core/money";
import {
  gerealiseerdTarief,
  nacalculatieOntplooj,
  saldoEindafrekening,
  totaliseer,
  type DienstRealisatie,
  type GemeenteRealisatie,
  type RegelBedrag,
} from "../../src/core/settlement";

const RUNS = { numRuns: 1500 };

/** A Decimal's exact layout: sign, exponent and digit words. */
function vorm(x: DecimalT): string {
  return `${x.s}|${x.e}|${x.d?.join(",")}`;
}

/** Integers of every size up to the safe ones, small ones (and zero) more often. */
const cijfers = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
  fc.maxSafeInteger(),
);

/** Amounts as callers hand them in: numbers, plain text, Decimals, huge and with many decimals. */
const bedrag: fc.Arbitrary<DecimalInvoer> = fc.oneof(
  fc.tuple(cijfers, fc.integer({ min: 0, max: 4 })).map(([c, k]) => new Decimal(`${c}e-${k}`).toFixed()),
  fc.tuple(cijfers, fc.integer({ min: 0, max: 3 })).map(([c, k]) => c / 10 ** k),
  fc.tuple(cijfers, fc.integer({ min: 0, max: 12 })).map(([c, k]) => new Decimal(`${c}e-${k}`)),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => new Decimal(`${n}e-3`)),
  fc.constantFrom("0.005", "-0.005", "1.005", "0.015", "-2.675", "0", "-0", "1e3", "12.50"),
);

describe("decVanSchaal bouwt de Decimal die het ontleden van zijn tekst bouwt", () => {
  test("hetzelfde teken, dezelfde exponent en dezelfde cijferwoorden voor elk veilig geheel getal en elke schaal", () => {
    fc.assert(
      fc.property(cijfers, fc.integer({ min: 0, max: 12 }), (c, k) => {
        const snel = decVanSchaal({ cijfers: c, schaal: k });
        const verwacht = new Decimal(`${c}e-${k}`);
        if (c !== 0) expect(vorm(snel)).toBe(vorm(verwacht));
        expect(snel.equals(verwacht)).toBe(true);
        expect(snel.toString()).toBe(verwacht.toString());
        // And it computes like one: decimal.js reads the words it was given.
        expect(snel.plus("0.001").toString()).toBe(verwacht.plus("0.001").toString());
      }),
      RUNS,
    );
  });

  test("woordgrenzen: 10^7, 10^14, fracties onder een cent", () => {
    for (const [c, k] of [
      [10_000_000, 0],
      [100_000_000_000_000, 0],
      [10_000_000_5, 1],
      [5, 7],
      [1, 2],
      [Number.MAX_SAFE_INTEGER, 2],
      [-Number.MAX_SAFE_INTEGER, 7],
    ]) {
      expect(vorm(decVanSchaal({ cijfers: c, schaal: k }))).toBe(vorm(new Decimal(`${c}e-${k}`)));
    }
    expect(vorm(decVanCenten(123456))).toBe(vorm(new Decimal("1234.56")));
    expect(decVanCenten(10n ** 30n).toString()).toBe(new Decimal("1e28").toString());
  });
});

describe("leesSchaal leest wat dec() leest, of laat het aan dec() over", () => {
  test("dezelfde waarde voor elke vorm die hij aanvaardt", () => {
    fc.assert(
      fc.property(bedrag, (x) => {
        const g = leesSchaal(x);
        if (g === undefined) return;
        expect(Number.isSafeInteger(g.cijfers)).toBe(true);
        expect(decVanSchaal(g).equals(dec(x))).toBe(true);
      }),
      RUNS,
    );
  });

  test("weigert wat geen gewone decimale tekst is, en −0", () => {
    for (const x of ["1e3", " 12", "12.", ".5", "1,5", "--1", "", "1234567890123456", -0, NaN, "-0"])
      expect(leesSchaal(x)).toBeUndefined();
    expect(leesSchaal("-0.035")).toEqual({ cijfers: -35, schaal: 3 });
  });

  test("somSchaal is som() als hij antwoordt", () => {
    fc.assert(
      fc.property(fc.array(bedrag, { maxLength: 30 }), (xs) => {
        const g = somSchaal(xs);
        if (g !== undefined) expect(decVanSchaal(g).toString()).toBe(som(xs).toString());
      }),
      RUNS,
    );
  });
});

/** Decimals with room for every product of the tests below: exact, not rounded at 40 digits. */
const Ruim = Decimal.clone({ precision: 300 });

/**
 * The largest-remainder split in Decimals throughout, with each remainder exact (units × weight −
 * part × Σ weights): two equal remainders tie and go to the lower index, whatever their parts.
 */
function verdeelReferentie(
  totaal: DecimalInvoer,
  gewichten: readonly DecimalInvoer[],
  decimalen = 2,
): DecimalT[] {
  const w = gewichten.map((g) => new Ruim(dec(g)));
  const somGewicht = w.reduce((a, b) => a.plus(b), new Ruim(0));
  const eenheid = new Decimal(10).pow(-decimalen);
  const t = dec(totaal);
  const teken = t.isNegative() ? -1 : 1;
  const eenheden = new Ruim(t.abs().div(eenheid));
  const basis = w.map((g) => dec(eenheden.times(g).div(somGewicht).floor().toFixed(0)));
  let rest = eenheden.minus(som(basis)).toNumber();
  const volgorde = w
    .map((g, i) => ({ i, rest: eenheden.times(g).minus(somGewicht.times(basis[i].toFixed(0))) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    basis[i] = basis[i].plus(1);
    rest -= 1;
  }
  return basis.map((b) => b.times(eenheid).times(teken));
}

describe("verdeelGrootsteRest in gehele getallen geeft de Decimal-delen", () => {
  const gewicht = fc.oneof(
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 10 ** 6 }).map((n) => (n / 100).toFixed(2)),
    fc.bigInt({ min: 0n, max: 10n ** 25n }).map((n) => new Decimal(`${n}e-4`)),
  );
  const totaal = fc.oneof(
    cijfers.map((c) => decVanCenten(c)),
    fc.bigInt({ min: -(10n ** 35n), max: 10n ** 35n }).map((n) => decVanCenten(n)),
  );

  test("willekeurige totalen en gewichten, gelijke standen tussen gelijke gewichten, enorme waarden", () => {
    fc.assert(
      fc.property(totaal, fc.array(gewicht, { minLength: 1, maxLength: 25 }), (t, ws) => {
        fc.pre(som(ws).greaterThan(0));
        const snel = verdeelGrootsteRest(t, ws);
        const verwacht = verdeelReferentie(t, ws);
        expect(snel.map(vorm)).toEqual(verwacht.map(vorm));
      }),
      RUNS,
    );
  });

  test("de Decimal-weg (buiten de veilige gehele getallen) rangschikt gelijke resten exact", () => {
    // 1.000.000.000.000.075 cents by 146 : 32 : 297 (Σ 475): remainders 300, 300 and 350 of 475,
    // two cents left. They go to index 2 and, of the tie, to index 0. Quotients rounded to 40
    // digits made index 1's remainder look larger (its part has one digit less): it got the cent.
    const delen = verdeelGrootsteRest(new Decimal("10000000000000.75"), [146, 32, 297]);
    expect(delen.map(String)).toEqual(["3073684210526.55", "673684210526.36", "6252631578947.84"]);
  });

  test("gelijke delen naar aantal, en andere aantallen decimalen", () => {
    fc.assert(
      fc.property(cijfers, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), (c, n, k) => {
        const t = new Decimal(`${c}e-${k}`);
        expect(verdeelGrootsteRest(t, n, k).map(vorm)).toEqual(
          verdeelReferentie(
            t,
            Array.from({ length: n }, () => 1),
            k,
          ).map(vorm),
        );
      }),
      RUNS,
    );
  });
});

describe("verdeelEenheden: de grootste resten in de volgorde van de referentie", () => {
  /** The split in BigInt with the comparator order: largest remainder first, ties to the lower index. */
  function referentie(totaal: number, gewichten: number[]): number[] {
    const somG = gewichten.reduce((a, b) => a + BigInt(b), 0n);
    const delen = gewichten.map((w) => (BigInt(totaal) * BigInt(w)) / somG);
    const resten = gewichten.map((w, i) => BigInt(totaal) * BigInt(w) - delen[i] * somG);
    let rest = BigInt(totaal) - delen.reduce((a, b) => a + b, 0n);
    const volgorde = gewichten
      .map((_, i) => i)
      .sort((a, b) => (resten[b] > resten[a] ? 1 : resten[b] < resten[a] ? -1 : a - b));
    for (const i of volgorde) if (rest-- > 0n) delen[i] += 1n;
    return delen.map(Number);
  }

  test("kleine en grote gewichten: de sleutels passen in een double of niet", () => {
    // Weights near 2^47 make Σ weights × count pass 2^53, so both orderings are exercised.
    const gewicht = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 2 ** 47, max: 2 ** 48 }));
    let groot = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.array(gewicht, { minLength: 1, maxLength: 40 }),
        (t, ws) => {
          const somG = ws.reduce((a, b) => a + b, 0);
          fc.pre(somG > 0 && Number.isSafeInteger(somG) && ws.every((w) => Number.isSafeInteger(t * w)));
          if (somG * ws.length > Number.MAX_SAFE_INTEGER) groot++;
          expect(verdeelEenheden(t, ws, somG)).toEqual(referentie(t, ws));
        },
      ),
      RUNS,
    );
    expect(groot).toBeGreaterThan(50);
  });
});

/** The nacalculatie as it was computed before: Decimals throughout (now the fallback path). */
function nacalculatieReferentie(
  realisatie: readonly DienstRealisatie[],
  gemeenten: readonly GemeenteRealisatie[],
) {
  const regels = gemeenten.map(() => [] as RegelBedrag[]);
  let verwacht = NUL;
  const tarieven: Record<string, DecimalT> = {};
  for (const r of realisatie) {
    const d = DIENSTEN.find((x) => x.code === r.code)!;
    const b = rondCenten(r.bedrag);
    const aantallen = gemeenten.map((g) => dec(g.aantallen[r.code] ?? 0));
    const tarief = gerealiseerdTarief(d.soort, b, som(aantallen));
    tarieven[r.code] = tarief;
    const getekend = d.soort === "kosten" ? b : b.negated();
    verwacht = verwacht.plus(getekend);
    const delen = verdeelReferentie(getekend, aantallen);
    gemeenten.forEach((g, i) => {
      if (g.aantallen[r.code] === undefined) return;
      regels[i].push({
        code: r.code,
        tarief,
        aantal: aantallen[i],
        bedrag: delen[i],
        kosten: d.soort === "kosten",
      });
    });
  }
  const perGemeente = gemeenten.map((g, i) => totaliseer(regels[i], g.risicoOpslag));
  return { tarieven, perGemeente, verwacht, gevonden: som(perGemeente.map((c) => c.subtotaal)) };
}

describe("nacalculatieOntplooj in hele centen is gelijk aan de Decimal-nacalculatie", () => {
  const aantal: fc.Arbitrary<DecimalInvoer | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 40000 }).map((n) => (n / 100).toFixed(2)),
    fc.integer({ min: 0, max: 10 ** 6 }).map((n) => new Decimal(n).div(1000)),
    fc.constantFrom("0", "1e2", "0.5", "1234567890.123"),
  );
  const gemeente = fc.record({
    aantallen: fc.array(aantal, { minLength: DIENSTEN.length, maxLength: DIENSTEN.length }),
    opslag: fc.constantFrom<DecimalInvoer>(0, "0.035", "0.02", 0.05, dec("0.1234567"), "1"),
  });
  const invoer = fc.record({
    bedragen: fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 10 ** 9 }).map((n) => (n / 100).toFixed(2)),
        fc.integer({ min: 0, max: 10 ** 6 }).map((n) => (n / 1000).toFixed(3)), // half cents
        fc.bigInt({ min: 0n, max: 10n ** 24n }).map((n) => new Decimal(`${n}e-2`)),
      ),
      { minLength: DIENSTEN.length, maxLength: DIENSTEN.length },
    ),
    gemeenten: fc.array(gemeente, { minLength: 1, maxLength: 8 }),
  });

  test("elk tarief, elke regel, elk totaal, de opslag en de behoudscontrole, cijfer voor cijfer", () => {
    fc.assert(
      fc.property(invoer, ({ bedragen, gemeenten: gs }) => {
        const gemeenten: GemeenteRealisatie[] = gs.map((g, i) => {
          const aantallen: Partial<Record<DienstCode, DecimalInvoer>> = {};
          DIENSTEN.forEach((d, j) => {
            const a = g.aantallen[j];
            if (a !== undefined) aantallen[d.code] = a;
          });
          return { gemeente: "Almelo", risicoOpslag: i === 0 ? 0 : g.opslag, aantallen };
        });
        // Only services with units somewhere (none is a division error, tested elsewhere).
        const realisatie: DienstRealisatie[] = DIENSTEN.map((d, j) => ({
          code: d.code,
          bedrag: bedragen[j],
        })).filter((r) => gemeenten.some((g) => dec(g.aantallen[r.code] ?? 0).greaterThan(0)));
        const snel = nacalculatieOntplooj(realisatie, gemeenten);
        const verwacht = nacalculatieReferentie(realisatie, gemeenten);
        for (const r of realisatie)
          expect(vorm(snel.tarieven[r.code]!)).toBe(vorm(verwacht.tarieven[r.code]));
        snel.perGemeente.forEach((p, i) => {
          const v = verwacht.perGemeente[i];
          const c = p.calculatie;
          expect(
            c.regels.map((r) => [r.code, vorm(r.tarief), vorm(r.aantal), vorm(r.bedrag), r.kosten]),
          ).toEqual(v.regels.map((r) => [r.code, vorm(r.tarief), vorm(r.aantal), vorm(r.bedrag), r.kosten]));
          for (const veld of [
            "kostenTotaal",
            "opbrengstenTotaal",
            "subtotaal",
            "risicoOpslagPercentage",
            "risicoOpslag",
            "totaal",
          ] as const)
            expect(vorm(c[veld])).toBe(vorm(v[veld]));
        });
        expect(snel.conservatie.verwacht.toString()).toBe(verwacht.verwacht.toString());
        expect(snel.conservatie.gevonden.toString()).toBe(verwacht.gevonden.toString());
        expect(snel.conservatie.klopt).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("saldoEindafrekening en formatGetal in centen zijn gelijk aan hun Decimal-paden", () => {
  test("saldo, richting en de som van de voorschotten", () => {
    fc.assert(
      fc.property(bedrag, fc.array(bedrag, { maxLength: 14 }), (n, vs) => {
        const snel = saldoEindafrekening(n, vs);
        const betaald = som(vs);
        const saldo = rondCenten(dec(n).minus(betaald));
        expect(vorm(snel.saldo)).toBe(vorm(saldo));
        expect(snel.voorschottenBetaald.toString()).toBe(betaald.toString());
        expect(snel.richting).toBe(
          saldo.isZero() ? "nihil" : saldo.isPositive() ? "bijbetalen" : "terugbetalen",
        );
      }),
      RUNS,
    );
  });

  /** formatGetal as it was: rondAf, toFixed, groups of three. */
  function formatReferentie(x: DecimalInvoer): string {
    const d = rondAf(x, 2);
    const [geheel, fractie] = d.abs().toFixed(2).split(".");
    const kop = geheel.length % 3 || 3;
    const groepen = [geheel.slice(0, kop)];
    for (let i = kop; i < geheel.length; i += 3) groepen.push(geheel.slice(i, i + 3));
    return (d.isNegative() && !d.isZero() ? "-" : "") + groepen.join(".") + "," + fractie;
  }

  test("€-notatie: gelijke standen op een halve cent, negatieve bedragen die op nul afronden, enorme waarden", () => {
    fc.assert(
      fc.property(bedrag, (x) => expect(formatGetal(x)).toBe(formatReferentie(x))),
      RUNS,
    );
    for (const x of ["-0.004", "0.005", "-0.005", "999.995", "1234567.891", -0.001])
      expect(formatGetal(x)).toBe(formatReferentie(x));
  });
});

describe("zoalsExcelToont: het getal van een cel op de 15 significante cijfers van Excel", () => {
  test("binaire ruis van een som van centen verdwijnt, een echte derde decimaal blijft", () => {
    expect(zoalsExcelToont(55894.23999999999).toString()).toBe("55894.24");
    expect(zoalsExcelToont(0.1 + 0.2).toString()).toBe("0.3");
    expect(zoalsExcelToont(5131.955).toString()).toBe("5131.955");
    expect(zoalsExcelToont(-1200.001).toString()).toBe("-1200.001");
    expect(zoalsExcelToont(123456789012345680000).toString()).toBe("123456789012346000000");
  });
});
