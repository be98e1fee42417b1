// The area rule: a fill may grow only into empty space; what the user put there is named.
import { gebiedWeigering, toetsGebied } from "../../src/core/gebied";

describe("toetsGebied", () => {
  test("cellen en notities buiten het vorige gebied maar in het nieuwe worden genoemd, op volgorde", () => {
    const bezet = toetsGebied("A1:K150", "A1:K204", {
      cellen: ["C175", "A170", "A20", "M3", "K204", "L170"],
      notities: ["M3", "B160", "B10"],
    });
    expect(bezet.map((b) => `${b.soort}:${b.adres}`)).toEqual([
      "notitie:B160",
      "cel:A170",
      "cel:C175",
      "cel:K204",
    ]);
  });

  test("samenvoegingen en tekeningen: alles wat het nieuwe gebied raakt en niet helemaal in het vorige ligt", () => {
    const bezet = toetsGebied("A1:K150", "A1:K204", {
      samenvoegingen: ["K148:M149", "A20:C22", "A149:B152", "M1:N5", "A300:B301"],
      tekeningen: ["$D$5:$H$20", "J140:P160", "L1:P10"],
    });
    expect(bezet.map((b) => `${b.soort}:${b.adres}`)).toEqual([
      "tekening:J140:P160",
      "samenvoeging:K148:M149",
      "samenvoeging:A149:B152",
    ]);
  });

  test("zonder vorig gebied telt alles in het nieuwe gebied; een kleiner nieuw gebied raakt niets nieuws", () => {
    expect(toetsGebied(undefined, "A1:K150", { cellen: ["B3", "L3"] }).map((b) => b.cel)).toEqual(["B3"]);
    expect(toetsGebied("A1:K204", "A1:K150", { cellen: ["A170", "B3"] })).toEqual([]);
  });

  test("de weigering is Nederlands, noemt de plekken en zegt dat forceren niet helpt", () => {
    const bezet = toetsGebied("A1:K150", "A1:K204", {
      cellen: Array.from({ length: 12 }, (_, i) => `A${160 + i}`),
    });
    const t = gebiedWeigering("Eindafrekening", "A1:K150", "A1:K204", bezet);
    expect(t).toContain("groeit van A1:K150 naar A1:K204");
    expect(t).toContain("A160 (inhoud)");
    expect(t).toContain("en nog 4");
    expect(t).toContain("Er is niets geschreven");
    expect(t).toContain("forceren overschrijft het niet");
  });
});
