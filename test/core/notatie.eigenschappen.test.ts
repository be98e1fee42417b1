// Property tests for reading numbers (issue 9 part 5, issue 10 part 5): what is written in Dutch
// or English notation reads back exactly under that notation; ambiguous text never parses
// silently when the notation is undecided; no input ever gives NaN, Infinity or a number Excel
// cannot hold; the payroll's fast path reads exactly what parseGetal reads.
import fc from "fast-check";
import { Decimal, EXCEL_MAXIMUM, parseGetal, vormVan, type Notatie } from "../../src/core/money";
import { eenhedenUitTekst, naarCenten, naarMiljoensten } from "../../src/core/payroll";
import { leesGetalCel } from "../../src/core/getal-cel";

const RUNS = { numRuns: 1000 };

/** Written independently of money.ts: thousands grouped, fixed decimals, in either notation. */
function schrijf(x: Decimal, decimalen: number, notatie: "nl" | "en", groeperen: boolean): string {
  const [geheel, fractie] = x.abs().toFixed(decimalen).split(".");
  const duizend = notatie === "nl" ? "." : ",";
  const decimaal = notatie === "nl" ? "," : ".";
  let g = geheel;
  if (groeperen) {
    const groepen: string[] = [];
    for (let i = geheel.length; i > 0; i -= 3) groepen.unshift(geheel.slice(Math.max(0, i - 3), i));
    g = groepen.join(duizend);
  }
  return (x.isNegative() ? "-" : "") + g + (fractie !== undefined ? decimaal + fractie : "");
}

/** Up to 15 significant digits, 0–4 decimals: every number a cell can show. */
const getal = fc
  .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => ({ x: new Decimal(n.toString()).div(new Decimal(10).pow(d)), d }));

describe("opmaken en teruglezen in beide notaties", () => {
  test.each<"nl" | "en">(["nl", "en"])(
    "%s: schrijven en in dezelfde notatie lezen geeft exact het getal",
    (n) => {
      fc.assert(
        fc.property(getal, fc.boolean(), ({ x, d }, groeperen) => {
          const tekst = schrijf(x, d, n, groeperen);
          const r = parseGetal(tekst, { notatie: n });
          expect(r.ok && r.waarde.equals(x)).toBe(true);
          // The form never contradicts the notation it was written in.
          expect([n, "neutraal", "dubbelzinnig"]).toContain(vormVan(tekst));
        }),
        RUNS,
      );
    },
  );

  test("wat ondubbelzinnig is, leest elke notatie hetzelfde (ook 'auto')", () => {
    fc.assert(
      fc.property(getal, fc.constantFrom<"nl" | "en">("nl", "en"), fc.boolean(), ({ x, d }, n, groeperen) => {
        const tekst = schrijf(x, d, n, groeperen);
        if (vormVan(tekst) === "dubbelzinnig") return;
        const lezingen = (["nl", "en", "auto"] as Notatie[]).map((notatie) => parseGetal(tekst, { notatie }));
        for (const r of lezingen) expect(r.ok && r.waarde.equals(x)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("dubbelzinnige tekst onder 'auto'", () => {
  /** One separator followed by exactly three digits, with 1–3 leading digits: "1,442", "€ -7.150". */
  const dubbelzinnig = fc
    .tuple(
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom(",", "."),
      fc.constantFrom("", "-", "€ ", "€ -", "(", "+"),
      fc.constantFrom("", "%", " %"),
    )
    .map(([voor, na, teken, begin, eind]) => {
      const kern = `${voor}${teken}${String(na).padStart(3, "0")}`;
      return begin === "(" ? `(${kern}${eind})` : `${begin}${kern}${eind}`;
    });

  test("wordt nooit stil gelezen: een fout met beide lezingen", () => {
    fc.assert(
      fc.property(dubbelzinnig, (tekst) => {
        expect(vormVan(tekst)).toBe("dubbelzinnig");
        const r = parseGetal(tekst, { notatie: "auto" });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.soort).toBe("dubbelzinnig");
        expect(r.reden).toMatch(
          /als de (komma|punt) duizendtallen scheidt .* als het een decimaal(komma|punt) is/,
        );
        // Both notations do read it, and differently.
        const nl = parseGetal(tekst, { notatie: "nl" });
        const en = parseGetal(tekst, { notatie: "en" });
        expect(nl.ok && en.ok && !nl.waarde.equals(en.waarde)).toBe(true);
      }),
      RUNS,
    );
  });

  test("ook niet via de cel-lezer", () => {
    fc.assert(
      fc.property(dubbelzinnig, (tekst) => {
        const l = leesGetalCel({ blad: "B", startRij: 0, startKolom: 0, waarden: [[tekst]] }, 0, 0, "auto");
        expect(!l.leeg && "reden" in l).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("geen NaN, geen Infinity, niets buiten Excel", () => {
  const getalTekens = fc
    .array(fc.constantFrom(..."0123456789.,-+()%€ eE\u00a0'\u2212"), { maxLength: 40 })
    .map((t) => t.join(""));
  const groot = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 290, max: 420 }),
      fc.constantFrom("", ",5", ".5"),
    )
    .map(([c, nullen, staart]) => `${c}${"0".repeat(nullen)}${staart}`);
  const klein = fc.integer({ min: 290, max: 420 }).map((n) => `0,${"0".repeat(n)}1`);
  const invoer = fc.oneof(
    getalTekens,
    groot,
    klein,
    fc.string({ maxLength: 30 }),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324),
  );

  test("elk pad: parseGetal in elke notatie, de cel-lezer en de loonbatch", () => {
    fc.assert(
      fc.property(invoer, (x) => {
        for (const notatie of ["nl", "en", "auto"] as Notatie[]) {
          const r = parseGetal(x, { notatie });
          if (!r.ok) {
            expect(r.reden.length).toBeGreaterThan(0);
            continue;
          }
          expect(r.waarde.isFinite()).toBe(true);
          expect(Number.isFinite(r.waarde.toNumber())).toBe(true);
          if (typeof x === "string") expect(r.waarde.abs().lessThanOrEqualTo(EXCEL_MAXIMUM)).toBe(true);
          const l = leesGetalCel({ blad: "B", startRij: 0, startKolom: 0, waarden: [[x]] }, 0, 0, notatie);
          if (!l.leeg && "getal" in l) expect(l.getal.waarde.equals(r.waarde)).toBe(true);
        }
        for (const o of [naarCenten(x as never), naarMiljoensten(x as never)]) {
          if (o.ok) expect(Number.isSafeInteger(o.waarde)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("tekst met meer dan 15 significante cijfers wordt geweigerd, ook door de loonbatch", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n }), (n) => {
        if (n % 10n === 0n) return; // trailing zeros are no significant digits
        const tekst = `${n.toString().slice(0, -2)},${n.toString().slice(-2)}`;
        expect(parseGetal(tekst, { notatie: "nl" })).toMatchObject({ ok: false, soort: "bereik" });
        expect(eenhedenUitTekst(tekst, 2)).toBeNull();
        expect(naarCenten(tekst).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

describe("een reden citeert de celtekst heel", () => {
  test("zodat wie de tekst maskeert of inkort hem vindt (persoonsgegevens in de loonbatch)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 500 }), (t) => {
        const r = parseGetal(t, { notatie: "auto" });
        if (r.ok || r.soort === "leeg") return;
        expect(r.reden).toContain(`'${t.trim()}'`);
      }),
      RUNS,
    );
    // Longer text is not quoted at all.
    const lang = "NL91ABNA0417164300 ".repeat(40);
    const r = parseGetal(lang);
    expect(!r.ok && r.reden).toBe(`de tekst is te lang voor een getal (${lang.trim().length} tekens)`);
  });
});

describe("de snelle weg van de loonbatch is geen tweede definitie", () => {
  const tekst = fc
    .array(fc.constantFrom(..."0123456789.,- \t\u0001\u2212"), { minLength: 1, maxLength: 20 })
    .map((t) => t.join(""));
  test("wat eenhedenUitTekst leest, leest parseGetal (nl) precies zo", () => {
    fc.assert(
      fc.property(tekst, fc.constantFrom(2, 6), (t, decimalen) => {
        const snel = eenhedenUitTekst(t, decimalen);
        if (snel === null) return;
        const p = parseGetal(t, { notatie: "nl" });
        expect(p.ok).toBe(true);
        if (p.ok) expect(p.waarde.times(new Decimal(10).pow(decimalen)).equals(snel)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
