// Masking by what the text is (issue 10): BSNs with any separators, IBANs with any separators,
// and the name parts of the people at hand, wherever they stand in a message.
import {
  maskeer,
  maskeerNaam,
  naamVorm,
  Persoonsgegevens,
  type PersoonsVelden,
} from "../../src/core/privacy";
import { elfproef } from "../../src/core/payroll";

const BSN = "522426839"; // passes the elfproef
const BSN2 = "336612680";
const IBAN = "NL91ABNA0417164300";
const persoon = (naam: string, bsn = "", iban = "", personeelsnummer = ""): PersoonsVelden => ({
  naam,
  bsn,
  iban,
  personeelsnummer,
});
const mensen = new Persoonsgegevens([
  persoon("Hennie Boerrigter", BSN, IBAN, "100001"),
  persoon("Marieke ten Brinke", "123456780", "DE89370400440532013000"),
]);
const leeg = new Persoonsgegevens();

describe("maskeerTekst: persoonsgegevens gemaskeerd waar ze in een bericht staan", () => {
  it("BSN's die de elfproef doorstaan, met of zonder punten, streepjes of spaties", () => {
    expect(elfproef(BSN) && elfproef(BSN2)).toBe(true);
    for (const vorm of [BSN, "522.426.839", "522-426-839", "522 426 839", "3366.12.680", "33 66 12 680"]) {
      const uit = leeg.maskeerTekst(`personeelsnummer ${vorm} ontbreekt`);
      expect(uit).toMatch(/^personeelsnummer \*{5}\d{4} ontbreekt$/);
    }
    // Eight digits: a BSN that lost its leading zero as a number.
    expect(leeg.maskeerTekst("bsn 12345672 x")).toBe(
      elfproef("012345672") ? "bsn *****5672 x" : "bsn 12345672 x",
    );
  });

  it("een BSN uit de batch ook als het de elfproef niet doorstaat, ook binnen een langer getal", () => {
    expect(elfproef("123456780")).toBe(false);
    expect(mensen.maskeerTekst("nr 123-456-780.")).toBe("nr *****6780.");
    expect(mensen.maskeerTekst("nr 91234567801")).toBe("nr *****7801");
    expect(leeg.maskeerTekst("nr 123-456-780.")).toBe("nr 123-456-780.");
  });

  it("IBAN's met spaties, streepjes, punten of in kleine letters; de woorden erna blijven", () => {
    for (const vorm of [
      IBAN,
      "NL91 ABNA 0417 1643 00",
      "NL91-ABNA-0417-1643-00",
      "nl91.abna.0417.1643.00".replace(/\./g, " "),
      "NL91ABNA 0417164300",
    ]) {
      expect(leeg.maskeerTekst(`IBAN ${vorm} is fout`)).toBe("IBAN *****4300 is fout");
    }
    expect(leeg.maskeerTekst("IBAN GB82 WEST 1234 5698 7654 32.")).toBe("IBAN *****5432.");
    // An invalid one is still an IBAN by its shape.
    expect(leeg.maskeerTekst("IBAN NL91-ABNA-0417-1643-01 op rij 3")).toBe("IBAN *****4301 op rij 3");
  });

  it("naamdelen van iedereen die bekend is, ongeacht accenten en hoofdletters, met voorletters", () => {
    expect(mensen.maskeerTekst("Regeling 'Hénnie' is onbekend")).toBe("Regeling 'H*****' is onbekend");
    expect(mensen.maskeerTekst("M. Boerrigter")).toBe("M. B*****");
    expect(mensen.maskeerTekst("HENNIE-BOERRIGTER")).toBe("H*****-B*****");
    expect(mensen.maskeerTekst("Brinke, M. ten")).toBe("B*****, M. ten");
    expect(mensen.maskeerTekst("HennieBoerrigter")).toBe("H*****");
  });

  it("laat de eigen woorden van de berichten, bedragen, perioden, rijen en codes met rust", () => {
    for (const t of [
      "Netto is niet bruto − inhoudingen: verwacht € 123.456.782,00, gevonden € -1.028,42 (rij 19).",
      "Regeling 'WSX' is onbekend (rij 100007).",
      "NLkk BBBB 0123456789",
      "De vorige batch is van 2026-09; verwacht de periode vóór 2026-10.",
      "beschut, groepsdetachering of individuele detachering",
      "Er zijn 12 personen in de batch van Almelo",
    ])
      expect(mensen.maskeerTekst(t)).toBe(t);
  });

  it("een bedrag wordt getoond, tenzij het een BSN uit de batch is die als bedrag gelezen is", () => {
    expect(mensen.maskeerTekst("verwacht € 522.426.839,00, gevonden € 1.234,00")).toBe(
      "verwacht € *****6839,00, gevonden € 1.234,00",
    );
    expect(leeg.maskeerTekst("verwacht € 522.426.839,00")).toBe("verwacht € 522.426.839,00");
  });

  it("haalt stuurtekens uit een bericht", () => {
    expect(leeg.maskeerTekst("a\u001b[31mb\u0007")).toBe("ab");
  });
});

describe("toonCel: een herhaalde cel als geheel gemaskeerd", () => {
  it("maskeert getallen, IBAN's en (delen van) namen, kort lange tekst in, toont codes", () => {
    expect(mensen.toonCel("522-426-839")).toBe("*****6839");
    expect(mensen.toonCel("NL91-ABNA-0417-1643-00")).toBe("*****4300");
    expect(mensen.toonCel("M. Boerrigter")).toBe("M*****");
    expect(mensen.toonCel("hénnie")).toBe("H*****");
    expect(mensen.toonCel("\u001b[31mWSX\u0007")).toBe("WSX");
    expect(mensen.toonCel("2026-13")).toBe("2026-13");
    expect(mensen.toonCel("1.234,567")).toBe("1.234,567");
    expect(mensen.toonCel("z".repeat(1_000_000))).toBe("z".repeat(79) + "…");
    // A value that straddles the cut is still recognised whole.
    expect(mensen.toonCel("z".repeat(75) + " Boerrigter " + "z".repeat(100))).toBe("Z*****");
  });
});

describe("toonPersoneelsnummer: alleen getoond als het geen BSN, IBAN of naam is", () => {
  it.each([
    ["100001", "100001"],
    ["P-00123", "P-00123"],
    [BSN, "*****6839"],
    ["522-426-839", "*****6839"],
    ["123456780", "*****6780"],
    [IBAN, "*****4300"],
    ["Jan Jansen", "J*****"],
    ["Hennie", "H*****"],
    ["", ""],
  ])("%s → %s", (pnr, getoond) => {
    expect(mensen.toonPersoneelsnummer(pnr)).toBe(getoond);
  });
});

describe("het register", () => {
  it("neemt namen uit de kolom BSN, IBAN of personeelsnummer van een rij waarvan Naam er geen bevat", () => {
    const p = new Persoonsgegevens([
      persoon("WSW", "Esra Oude Egberink"),
      persoon("123456782", "", "", "Tom Smit"),
    ]);
    expect(p.maskeerTekst("esra egberink oude tom smit")).toBe("E***** E***** O***** T***** S*****");
    // A word in the BSN column of a row that has a name is no name ('onbekend' stays a word).
    const q = new Persoonsgegevens([persoon("Jan Jansen", "onbekend")]);
    expect(q.maskeerTekst("BSN onbekend")).toBe("BSN onbekend");
  });

  it("leert de mensen van een tweede batch kennen", () => {
    const p = new Persoonsgegevens([persoon("Jan Jansen")]);
    expect(p.maskeerTekst("Kuipers")).toBe("Kuipers");
    p.voegToe([persoon("Rik Kuipers")]);
    expect(p.maskeerTekst("Kuipers")).toBe("K*****");
  });

  it("naamVorm, maskeer en maskeerNaam", () => {
    expect(naamVorm("Hénnie BØERRIGTER")).toBe("hennie bøerrigter");
    expect(maskeer("522-426-839")).toBe("*****6839");
    expect(maskeer("12")).toBe("*****");
    expect(maskeerNaam(" élise")).toBe("É*****");
  });
});
