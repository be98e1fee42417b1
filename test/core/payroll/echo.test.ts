// Cell text repeated in findings (Regeling 'WSX' is onbekend) must not carry personal data: a
// shifted column can put a name, BSN or IBAN where a code or amount belongs.
import {
  controleerBetaalbatch,
  lijktVerschoven,
  maskeer,
  maskeerNaam,
  Persoonsgegevens,
  toonCeltekst,
  type BatchRegel,
} from "../../../src/core/payroll";
import { batchNaarCsv, minimaleBijlage1 } from "../../../src/voorbeelden/loonbatch";
import { csvNaarGrid } from "../../../src/cli/csv-grid";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { zoekBlad } from "../../../src/core/grid";
import { FORMATEN, lekkendeBatch, metCode, naarGrid, rijVan, schoneBatch, type VoorbeeldRegel } from "./hulp";
import { gezocht, scan, telling } from "./scan";

/** No BSN, IBAN or name of `regels` in `tekst`, in any form (the privacy scan; counts only on failure). */
function zonderKlareTekst(tekst: string, regels: readonly VoorbeeldRegel[]): void {
  expect(telling(scan(tekst, gezocht(regels)))).toEqual({});
}

const regel = (naam: string, bsn = "", iban = ""): BatchRegel => ({
  rij: 0,
  personeelsnummer: "",
  bsn,
  naam,
  regeling: null,
  werksoort: null,
  parttimefactor: null,
  bruto: null,
  inhoudingen: null,
  netto: null,
  iban,
  mutatie: null,
  gemeente: "",
});

describe("toonCeltekst", () => {
  const batch = new Persoonsgegevens([
    regel("Jan de Vries", "123456782", "NL91ABNA0417164300"),
    regel("Ans Wolters", "12X4"),
  ]);

  it("herhaalt codes en woorden die geen persoonsgegevens zijn", () => {
    for (const t of [
      "WSX",
      "ontslag",
      "twaalfhonderd",
      "ca. 0,5",
      "kantoor",
      "2026-13",
      "1.234,567",
      "Wierden",
    ])
      expect(toonCeltekst(t, batch)).toBe(t);
  });

  it("maskeert een naam, BSN of IBAN uit de batch, ongeacht hoofdletters en spaties", () => {
    expect(toonCeltekst("Jan de Vries", batch)).toBe("J*****");
    expect(toonCeltekst("  JAN  DE VRIES ", batch)).toBe("J*****");
    expect(toonCeltekst("ans wolters", batch)).toBe("A*****");
    expect(toonCeltekst("12x4", batch)).toBe("1*****");
    // A part of a name is a name too (issue 10): a surname alone, an initial with a surname.
    expect(toonCeltekst("de Vries", batch)).toBe("D*****");
    expect(toonCeltekst("J. de Vries", batch)).toBe("J*****");
  });

  it("maskeert elke tekst uit een rij waarvan Naam een BSN of IBAN bevat (de kolommen zijn verschoven)", () => {
    expect(lijktVerschoven({ naam: "123456782" })).toBe(true);
    expect(lijktVerschoven({ naam: "NL91 ABNA 0417 1643 00" })).toBe(true);
    expect(lijktVerschoven({ naam: "Jan de Vries" })).toBe(false);
    expect(lijktVerschoven({ naam: "" })).toBe(false);
    expect(toonCeltekst("Piet Pietersen", batch, true)).toBe("P*****");
    expect(toonCeltekst("Piet Pietersen", batch)).toBe("Piet Pietersen");
  });

  it("maskeert vijf of meer cijfers op een rij, en alles wat op een IBAN lijkt, in of buiten de batch", () => {
    const leeg = new Persoonsgegevens([]);
    expect(toonCeltekst("123456782", leeg)).toBe("*****6782");
    expect(toonCeltekst("12345", leeg)).toBe("*****2345");
    expect(toonCeltekst("1234", leeg)).toBe("1234");
    expect(toonCeltekst("bsn 111 22 333", leeg)).toBe(maskeer("bsn 111 22 333"));
    expect(toonCeltekst("NL91 ABNA 0417 1643 00", leeg)).toBe("*****4300");
    expect(toonCeltekst("GB82WEST12345698765432", leeg)).toBe("*****5432");
    expect(toonCeltekst("MT84 MALT 0110 0001 2345 MTLC AST0 01S", leeg)).toBe("*****001S");
  });
});

describe.each(FORMATEN)("herhaalde celtekst op %s", (formaat) => {
  it("maskeert de naam van een andere rij in Regeling, een BSN in Mutatie en een IBAN in Bruto; 'WSX' blijft zichtbaar", async () => {
    const { batch, naam, bsn, iban, naamHoofdletters } = lekkendeBatch();
    const r = controleerBetaalbatch(await naarGrid(batch, formaat));

    expect(metCode(r.bevindingen, "REGELING_ONBEKEND")).toEqual([
      {
        ernst: "fout",
        code: "REGELING_ONBEKEND",
        bericht: `Regeling '${maskeerNaam(naam)}' is onbekend (rij ${rijVan(3)}).`,
        blad: "Betaalbatch",
        cel: `D${rijVan(3)}`,
        verwacht: "WSW, NB of PW",
        gevonden: maskeerNaam(naam),
      },
      {
        ernst: "fout",
        code: "REGELING_ONBEKEND",
        bericht: `Regeling 'WSX' is onbekend (rij ${rijVan(6)}).`,
        blad: "Betaalbatch",
        cel: `D${rijVan(6)}`,
        verwacht: "WSW, NB of PW",
        gevonden: "WSX",
      },
    ]);
    expect(metCode(r.bevindingen, "MUTATIE_ONBEKEND")).toMatchObject([
      {
        cel: `K${rijVan(4)}`,
        bericht: `Mutatie '${maskeer(bsn)}' is onbekend (rij ${rijVan(4)}).`,
        gevonden: maskeer(bsn),
      },
    ]);
    expect(metCode(r.bevindingen, "BEDRAG_ONGELDIG")).toMatchObject([
      {
        cel: `G${rijVan(5)}`,
        bericht: `Bruto is geen geldig bedrag ('${maskeer(iban)}' is geen getal).`,
        gevonden: maskeer(iban),
      },
    ]);
    expect(metCode(r.bevindingen, "WERKSOORT_ONBEKEND")).toMatchObject([
      { cel: `E${rijVan(8)}`, gevonden: maskeerNaam(naamHoofdletters) },
    ]);
    expect(maskeer(iban)).toMatch(/^\*{5}\d{4}$/);
    zonderKlareTekst(JSON.stringify(r), batch.regels);
  });

  it("maskeert een naam in Gemeente van de kop, in Gemeente van een rij en in Gemeente van bijlage 1", async () => {
    const batch = schoneBatch(6, 9);
    const [a, b, c] = batch.regels.map((x) => x.naam);
    batch.gemeente = a;
    for (const x of batch.regels) x.gemeente = a;
    batch.regels[2].gemeente = b;
    const bijlage1 = zoekBlad(await leesXlsx(await minimaleBijlage1(c, 2026, 6)), "Bijlage 1")!;
    const r = controleerBetaalbatch(await naarGrid(batch, formaat), { bijlage1 });
    expect(metCode(r.bevindingen, "GEMEENTE_ONBEKEND")).toMatchObject([
      { cel: "B1", bericht: `Gemeente '${maskeerNaam(a)}' is geen DVO-gemeente van Ontplooj.` },
    ]);
    expect(metCode(r.bevindingen, "GEMEENTE_ANDERS")).toMatchObject([
      { cel: `L${rijVan(2)}`, verwacht: maskeerNaam(a), gevonden: maskeerNaam(b) },
    ]);
    expect(metCode(r.bevindingen, "BIJLAGE1_GEMEENTE_ONBEKEND")).toMatchObject([
      { cel: "B1", gevonden: maskeerNaam(c) },
    ]);
    expect(r.samenvatting.gemeente).toBe(maskeerNaam(a));
    expect(r.samenvatting.bijlage1?.gemeente).toBe(maskeerNaam(c));
    zonderKlareTekst(JSON.stringify(r), batch.regels);
  });
});

describe("een CSV-rij met één scheidingsteken te veel", () => {
  it("toont noch de eigen naam van de rij (nu onder Regeling) noch haar IBAN (nu onder Mutatie)", () => {
    const batch = schoneBatch(5, 11);
    const p = batch.regels[2];
    batch.regels[4].regeling = "WSX";
    const csv = batchNaarCsv(batch);
    const verschoven = csv.replace(`${p.personeelsnummer};`, `${p.personeelsnummer};;`);
    expect(verschoven).not.toBe(csv);
    const r = controleerBetaalbatch(csvNaarGrid(verschoven));
    const rij = rijVan(2);
    expect(metCode(r.bevindingen, "REGELING_ONBEKEND")).toMatchObject([
      { cel: `D${rij}`, gevonden: maskeerNaam(p.naam) },
      { cel: `D${rijVan(4)}`, gevonden: "WSX" },
    ]);
    expect(metCode(r.bevindingen, "MUTATIE_ONBEKEND")).toMatchObject([
      { cel: `K${rij}`, gevonden: maskeer(p.iban) },
    ]);
    zonderKlareTekst(JSON.stringify(r), batch.regels);
  });
});
