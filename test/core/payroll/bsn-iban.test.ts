import fc from "fast-check";
import {
  bsnControleCijfer,
  controleerIban,
  elfproef,
  leesBetaalbatch,
  maskeerRegel,
  ibanRest,
  maakIban,
  maskeer,
  maskeerBsn,
  maskeerIban,
  maskeerNaam,
  normaliseerBsn,
  normaliseerIban,
} from "../../../src/core/payroll";

const cijfers = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));

/** Valid BSNs: eight random digits plus the check digit (prefixes without one are skipped). */
const geldigBsn = cijfers(8)
  .filter((acht) => bsnControleCijfer(acht) !== null)
  .map((acht) => acht + String(bsnControleCijfer(acht)))
  .filter((bsn) => bsn !== "000000000");

const bankcode = fc
  .array(fc.integer({ min: 65, max: 90 }), { minLength: 4, maxLength: 4 })
  .map((a) => String.fromCharCode(...a));
const geldigNlIban = fc.tuple(bankcode, cijfers(10)).map(([b, r]) => maakIban("NL", b + r));
const geldigDeIban = cijfers(18).map((d) => maakIban("DE", d));

describe("BSN elfproef", () => {
  it("aanvaardt bekende geldige nummers en weigert bekende ongeldige", () => {
    expect(elfproef("111222333")).toBe(true);
    expect(elfproef("123456782")).toBe(true);
    expect(elfproef("123456789")).toBe(false);
    expect(elfproef("000000000")).toBe(false);
    expect(elfproef("12345678")).toBe(false);
    expect(elfproef("12345678a")).toBe(false);
  });

  it("herstelt een getalcel die haar voorloopnul kwijt is, en tekst met spaties of punten", () => {
    expect(normaliseerBsn(12345672)).toBe("012345672");
    expect(normaliseerBsn("1234.56.782")).toBe("123456782");
    expect(normaliseerBsn(" 123 456 782 ")).toBe("123456782");
    expect(normaliseerBsn("12345672")).toBe("012345672");
    expect(normaliseerBsn("12a456782")).toBeNull();
    expect(normaliseerBsn(1.5)).toBeNull();
    expect(normaliseerBsn(1234567890)).toBeNull();
  });

  it("laat elk gegenereerd geldig BSN door", () => {
    fc.assert(
      fc.property(geldigBsn, (bsn) => elfproef(bsn)),
      { numRuns: 2000 },
    );
  });

  it("vangt elke wijziging van één cijfer in een geldig BSN (alle 9 posities × 9 andere cijfers)", () => {
    fc.assert(
      fc.property(geldigBsn, (bsn) => {
        for (let pos = 0; pos < 9; pos++) {
          for (let d = 0; d <= 9; d++) {
            if (String(d) === bsn[pos]) continue;
            const fout = bsn.slice(0, pos) + String(d) + bsn.slice(pos + 1);
            if (elfproef(fout)) return false;
          }
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe("IBAN mod-97 en het Nederlandse formaat", () => {
  it("aanvaardt het schoolvoorbeeld en weigert een gewijzigd exemplaar", () => {
    expect(controleerIban("NL91ABNA0417164300")).toEqual({ ok: true, land: "NL" });
    expect(controleerIban(normaliseerIban("nl91 abna 0417 1643 00"))).toEqual({ ok: true, land: "NL" });
    expect(controleerIban("NL91ABNA0417164301")).toMatchObject({ ok: false, soort: "controlegetal" });
    expect(controleerIban("DE89370400440532013000")).toEqual({ ok: true, land: "DE" });
  });

  it("controleert het NL-formaat NLkk BBBB 0123456789 vóór de controlecijfers", () => {
    // Correct mod-97 but wrong Dutch shapes: digits in the bank code, 9 account digits.
    const cijferBank = maakIban("NL", "AB1A0417164300");
    expect(ibanRest(cijferBank)).toBe(1);
    expect(controleerIban(cijferBank)).toMatchObject({ ok: false, soort: "formaat" });
    const kort = maakIban("NL", "ABNA041716430");
    expect(ibanRest(kort)).toBe(1);
    expect(controleerIban(kort)).toMatchObject({ ok: false, soort: "formaat" });
    expect(controleerIban("NL91")).toMatchObject({ ok: false, soort: "formaat" });
    expect(controleerIban("1291ABNA0417164300")).toMatchObject({ ok: false, soort: "formaat" });
    expect(controleerIban("NLXXABNA0417164300")).toMatchObject({ ok: false, soort: "formaat" });
    expect(controleerIban("NL91ABNA04171643-0")).toMatchObject({ ok: false, soort: "formaat" });
  });

  it("ibanRest is de ISO 13616-rest van het hele getal, zoals BigInt die berekent", () => {
    // The definition: the first four characters moved to the end, each letter as 10..35, mod 97.
    const rest = (iban: string): number => {
      if (!/^[0-9A-Z]*$/.test(iban)) return -1;
      const n = iban.length;
      let getal = "";
      for (let k = 0; k < n; k++) getal += parseInt(iban[(k + 4) % n], 36).toString();
      return getal === "" ? 0 : Number(BigInt(getal) % 97n);
    };
    const teken = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "a", "-");
    fc.assert(
      fc.property(fc.array(teken, { maxLength: 40 }), (tekens) => {
        const iban = tekens.join("");
        expect(ibanRest(iban)).toBe(rest(iban));
      }),
      { numRuns: 2000 },
    );
  });

  it("laat elk gegenereerd geldig NL- en DE-IBAN door", () => {
    fc.assert(
      fc.property(geldigNlIban, (iban) => controleerIban(iban).ok),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(geldigDeIban, (iban) => controleerIban(iban).ok),
      { numRuns: 500 },
    );
  });

  // Why this holds: a digit changed by δ (1..9) at position k changes the rearranged number by
  // δ·10^k; 97 is prime and divides neither δ nor 10^k, so the remainder cannot stay 1. The
  // check digits are digits of the same number, so changing them is caught the same way.
  it("vangt elke wijziging van één cijfer in een geldig IBAN (elke cijferpositie, elk ander cijfer)", () => {
    fc.assert(
      fc.property(fc.oneof(geldigNlIban, geldigDeIban), (iban) => {
        for (let pos = 2; pos < iban.length; pos++) {
          if (!/[0-9]/.test(iban[pos])) continue;
          for (let d = 0; d <= 9; d++) {
            if (String(d) === iban[pos]) continue;
            const fout = iban.slice(0, pos) + String(d) + iban.slice(pos + 1);
            if (controleerIban(fout).ok) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("maskeren", () => {
  it("toont alleen de laatste vier tekens na vijf sterretjes", () => {
    expect(maskeerBsn("123456782")).toBe("*****6782");
    expect(maskeerIban("NL91 ABNA 0417 1643 00")).toBe("*****4300");
    expect(maskeer("")).toBe("");
    expect(maskeer("123")).toBe("*****");
    expect(maskeerNaam("jan de Vries")).toBe("J*****");
    expect(maskeerNaam("  ")).toBe("");
  });

  it("maskeert een hele batchrij voor weergave, bedragen als exacte tekst", () => {
    const { batch } = leesBetaalbatch({
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: [
        [
          "Personeelsnummer",
          "BSN",
          "Naam",
          "Regeling",
          "Werksoort",
          "Parttimefactor",
          "Bruto",
          "Inhoudingen",
          "Netto",
          "IBAN",
        ],
        [
          "100001",
          "123456782",
          "Jan de Vries",
          "WSW",
          "beschut",
          "0,8",
          "2.345,67",
          "500",
          1845.67,
          "NL91 ABNA 0417 1643 00",
        ],
      ],
    });
    expect(maskeerRegel(batch.regels[0])).toEqual({
      rij: 1,
      personeelsnummer: "100001",
      bsn: "*****6782",
      naam: "J*****",
      iban: "*****4300",
      regeling: "WSW",
      werksoort: "beschut",
      parttimefactor: "0.8",
      bruto: "2345.67",
      inhoudingen: "500.00",
      netto: "1845.67",
      mutatie: null,
    });
  });

  it("bevat nooit de leesbare waarde van gegenereerde BSN's en IBAN's", () => {
    fc.assert(
      fc.property(geldigBsn, geldigNlIban, (bsn, iban) => {
        const m = maskeerBsn(bsn) + maskeerIban(iban);
        return (
          !m.includes(bsn) &&
          !m.includes(iban) &&
          !m.includes(bsn.slice(0, 5)) &&
          !m.includes(iban.slice(4, 8))
        );
      }),
    );
  });
});
