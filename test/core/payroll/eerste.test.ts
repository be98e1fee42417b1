import fc from "fast-check";
import { EersteVoorkomen } from "../../../src/core/payroll/eerste";

describe("EersteVoorkomen (eerste index per sleutel, snel pad voor getallen)", () => {
  it("gedraagt zich precies als een Map van eerste voorkomens, ook als sleutels hun laatste negen cijfers delen", () => {
    // Keys built to collide: same digit tails with different prefixes, leading zeros, letters.
    const staart = fc.constantFrom("123456782", "000000001", "1", "01", "001", "999999999");
    const kop = fc.constantFrom("", "0", "NL91ABNA0", "DE", "x", "12");
    const sleutel = fc.oneof(
      fc.tuple(kop, staart).map(([k, s]) => k + s),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(sleutel, { maxLength: 60 }), (sleutels) => {
        const e = new EersteVoorkomen((i) => sleutels[i]);
        const m = new Map<string, number>();
        for (let i = 0; i < sleutels.length; i++) {
          const verwacht = m.get(sleutels[i]);
          if (verwacht === undefined) m.set(sleutels[i], i);
          if (e.eerderOfZet(sleutels[i], i) !== verwacht) return false;
        }
        return sleutels.every((s) => e.zoek(s) === m.get(s)) && e.zoek("nooit gezien") === undefined;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("EersteVoorkomen over veel sleutels (de tabel groeit)", () => {
  it("vindt elk eerste voorkomen tussen duizenden numerieke sleutels, met en zonder groottehint", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 2000, maxLength: 4000 }),
        fc.constantFrom(0, 10, 5000),
        (getallen, verwacht) => {
          const sleutels = getallen.map((g) => String(g * 333_667));
          const e = new EersteVoorkomen((i) => sleutels[i], verwacht);
          const m = new Map<string, number>();
          for (let i = 0; i < sleutels.length; i++) {
            const eerder = m.get(sleutels[i]);
            if (eerder === undefined) m.set(sleutels[i], i);
            if (e.eerderOfZet(sleutels[i], i) !== eerder) return false;
          }
          return [...m].every(([s, i]) => e.zoek(s) === i) && e.zoek("1") === m.get("1");
        },
      ),
      { numRuns: 30 },
    );
  });
});
