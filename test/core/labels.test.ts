// Labels and service names are compared by one rule: the words of a label, glued together, are
// its normalised form.
import fc from "fast-check";
import { labelWoorden, normaliseerLabel } from "../../src/core/labels";

test("labelWoorden: kleine letters, zonder accenten, gesplitst op al het andere", () => {
  expect(labelWoorden("  Begeleiding  BW (incl. terugvalfaciliteit)")).toEqual([
    "begeleiding",
    "bw",
    "incl",
    "terugvalfaciliteit",
  ]);
  expect(labelWoorden("RÍSICO–Opslag (%)")).toEqual(["risico", "opslag"]);
  expect(labelWoorden(" — ")).toEqual([]);
});

test("de woorden aan elkaar zijn precies het genormaliseerde label", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (t) => {
      expect(labelWoorden(t).join("")).toBe(normaliseerLabel(t));
    }),
    { numRuns: 2000 },
  );
});
