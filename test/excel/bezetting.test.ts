import { vlakNaarCellen, hoogteRijen, MAX_HOOGTE_RIJEN } from "../../src/excel/bezetting";

describe("vlakNaarCellen", () => {
  const breedtes = [50, 50, 0, 50]; // column C hidden
  it("plaatst een tekening volgens de kolombreedtes en rijhoogtes in punten", () => {
    expect(vlakNaarCellen({ top: 0, left: 0, width: 10, height: 10 }, breedtes, [15, 15])).toBe("A1");
    // The hidden column C is skipped at the start and counted when spanned.
    expect(vlakNaarCellen({ top: 16, left: 100, width: 30, height: 20 }, breedtes, [15, 15, 15])).toBe(
      "D2:D3",
    );
    expect(vlakNaarCellen({ top: 0, left: 40, width: 80, height: 15 }, breedtes, [15])).toBe("A1:D1");
  });

  it("neemt de standaardmaten van Excel aan voorbij de gelezen kolommen en rijen", () => {
    // 150 points of known columns, then 48 each: 150 + 48 = 198 is column E's right edge.
    expect(vlakNaarCellen({ top: 0, left: 160, width: 30, height: 5 }, breedtes, [])).toBe("E1");
    // No rows read: 15 points each; 3000 points down is row 201.
    expect(vlakNaarCellen({ top: 3000, left: 0, width: 5, height: 5 }, [], [])).toBe("A201");
  });

  it("leest rijhoogtes voor twee keer het standaardaantal rijen onder de laagste tekening, begrensd", () => {
    expect(hoogteRijen(150)).toBe(21);
    expect(hoogteRijen(1e9)).toBe(MAX_HOOGTE_RIJEN);
  });
});
