// Every check of the payroll batch, with the exact cell, on CSV text and on an .xlsx sheet.
import { leesBetaalbatch } from "../../../src/core/payroll/lezer";
import {
  controleerBetaalbatch,
  elfproef,
  leesPeriode,
  maakIban,
  vorigePeriode,
  type LoonbatchOpties,
} from "../../../src/core/payroll";
import { minimaleBijlage1, maakPersonen } from "../../../src/voorbeelden/loonbatch";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { zoekBlad } from "../../../src/core/grid";
import {
  FORMATEN,
  kopie,
  metCode,
  naarGrid,
  rijVan,
  schoneBatch,
  type Formaat,
  type VoorbeeldBatch,
} from "./hulp";

interface Geval {
  code: string;
  ernst: "fout" | "waarschuwing";
  /** Expected cells (sheet!A1 or A1 on the batch sheet), in sorted order. */
  cellen: string[];
  maak: (b: VoorbeeldBatch) => void;
  vorige?: (v: VoorbeeldBatch) => void;
  bijlage1?: { gemeente: string; begroot: number; gerealiseerd?: number };
}

const basis = schoneBatch(10, 5);
const wijzigBsn = (bsn: string) => bsn.slice(0, 3) + String((Number(bsn[3]) + 1) % 10) + bsn.slice(4);

const GEVALLEN: Record<string, Geval> = {
  "empty name": {
    code: "VELD_LEEG",
    ernst: "fout",
    cellen: [`C${rijVan(2)}`],
    maak: (b) => (b.regels[2].naam = ""),
  },
  "BSN fails the elfproef": {
    code: "BSN_ONGELDIG",
    ernst: "fout",
    cellen: [`B${rijVan(1)}`],
    maak: (b) => (b.regels[1].bsn = wijzigBsn(b.regels[1].bsn)),
  },
  "BSN with letters": {
    code: "BSN_ONGELDIG",
    ernst: "fout",
    cellen: [`B${rijVan(4)}`],
    maak: (b) => (b.regels[4].bsn = "12345X782"),
  },
  "IBAN check digits": {
    code: "IBAN_ONGELDIG",
    ernst: "fout",
    cellen: [`J${rijVan(3)}`],
    maak: (b) =>
      (b.regels[3].iban =
        b.regels[3].iban.slice(0, 10) +
        String((Number(b.regels[3].iban[10]) + 1) % 10) +
        b.regels[3].iban.slice(11)),
  },
  "IBAN not NLkk BBBB 0123456789": {
    code: "IBAN_FORMAAT",
    ernst: "fout",
    cellen: [`J${rijVan(0)}`],
    maak: (b) => (b.regels[0].iban = maakIban("NL", "ONTP012345678")),
  },
  "foreign IBAN": {
    code: "IBAN_BUITENLAND",
    ernst: "waarschuwing",
    cellen: [`J${rijVan(5)}`],
    maak: (b) => (b.regels[5].iban = "DE89370400440532013000"),
  },
  "two people, one IBAN": {
    code: "IBAN_GEDEELD",
    ernst: "waarschuwing",
    cellen: [`J${rijVan(6)}`],
    maak: (b) => (b.regels[6].iban = b.regels[2].iban),
  },
  "same BSN twice": {
    code: "DUBBEL_BSN",
    ernst: "fout",
    cellen: [`B${rijVan(10)}`],
    maak: (b) => b.regels.push({ ...b.regels[3], personeelsnummer: "999999" }),
  },
  "same personnel number twice": {
    code: "DUBBEL_PERSONEELSNUMMER",
    ernst: "fout",
    cellen: [`A${rijVan(7)}`],
    maak: (b) => (b.regels[7].personeelsnummer = b.regels[1].personeelsnummer),
  },
  "row of another municipality": {
    code: "GEMEENTE_ANDERS",
    ernst: "fout",
    cellen: [`L${rijVan(8)}`],
    maak: (b) => (b.regels[8].gemeente = "Twenterand"),
  },
  "netto is not bruto − inhoudingen": {
    code: "NETTO_KLOPT_NIET",
    ernst: "fout",
    cellen: [`I${rijVan(9)}`],
    maak: (b) => (b.regels[9].netto = (b.regels[9].netto as number) + 1),
  },
  "negative netto": {
    code: "NETTO_NEGATIEF",
    ernst: "fout",
    cellen: [`I${rijVan(4)}`],
    maak: (b) => {
      b.regels[4].inhoudingen = (b.regels[4].bruto as number) + 5;
      b.regels[4].netto = -5;
    },
  },
  "part-time factor above 1": {
    code: "PARTTIMEFACTOR_BUITEN_BEREIK",
    ernst: "fout",
    cellen: [`F${rijVan(2)}`],
    maak: (b) => (b.regels[2].parttimefactor = 1000001),
  },
  "negative part-time factor": {
    code: "PARTTIMEFACTOR_BUITEN_BEREIK",
    ernst: "fout",
    cellen: [`F${rijVan(3)}`],
    maak: (b) => (b.regels[3].parttimefactor = "-0,1"),
  },
  "part-time factor not a number": {
    code: "PARTTIMEFACTOR_ONGELDIG",
    ernst: "fout",
    cellen: [`F${rijVan(1)}`],
    maak: (b) => (b.regels[1].parttimefactor = "voltijd"),
  },
  "amount not a number": {
    code: "BEDRAG_ONGELDIG",
    ernst: "fout",
    cellen: [`H${rijVan(0)}`],
    maak: (b) => (b.regels[0].inhoudingen = "n.v.t."),
  },
  "amount with more than two decimals": {
    code: "BEDRAG_ONGELDIG",
    ernst: "fout",
    cellen: [`G${rijVan(5)}`],
    maak: (b) => (b.regels[5].bruto = "1234,567"),
  },
  "unknown regulation": {
    code: "REGELING_ONBEKEND",
    ernst: "fout",
    cellen: [`D${rijVan(6)}`],
    maak: (b) => (b.regels[6].regeling = "WWB"),
  },
  "unknown work type": {
    code: "WERKSOORT_ONBEKEND",
    ernst: "waarschuwing",
    cellen: [`E${rijVan(7)}`],
    maak: (b) => (b.regels[7].werksoort = "kantine"),
  },
  "unknown mutation": {
    code: "MUTATIE_ONBEKEND",
    ernst: "fout",
    cellen: [`K${rijVan(8)}`],
    maak: (b) => (b.regels[8].mutatie = "verhuizing"),
  },
  "row count control total": {
    code: "AANTAL_REGELS_KLOPT_NIET",
    ernst: "fout",
    cellen: ["B3"],
    maak: (b) => (b.aantalRegels = 11),
  },
  "netto control total": {
    code: "TOTAAL_NETTO_KLOPT_NIET",
    ernst: "fout",
    cellen: ["B4"],
    maak: (b) => (b.totaalNettoCenten = 1),
  },
  "missing column": {
    code: "KOLOM_ONTBREEKT",
    ernst: "fout",
    cellen: ["A6"],
    maak: (b) => (b.kopLabels = { IBAN: "Rekening" }),
  },
  "control total that is no number": {
    code: "KOPVELD_ONGELDIG",
    ernst: "fout",
    cellen: ["B3"],
    maak: (b) => (b.aantalRegels = "tien"),
  },
  "unknown municipality": {
    code: "GEMEENTE_ONBEKEND",
    ernst: "fout",
    cellen: ["B1"],
    maak: (b) => (b.gemeente = "Enschede"),
  },
  "period not jjjj-mm": {
    code: "PERIODE_ONGELDIG",
    ernst: "fout",
    cellen: ["B2"],
    maak: (b) => (b.periode = "oktober"),
  },
  "empty period": { code: "KOPVELD_ONTBREEKT", ernst: "fout", cellen: ["B2"], maak: (b) => (b.periode = "") },
  "SPN municipality pays a secondment": {
    code: "WERKSOORT_NIET_AFGENOMEN",
    ernst: "waarschuwing",
    cellen: [`E${rijVan(2)}`],
    maak: (b) => {
      b.gemeente = "Tubbergen";
      b.regels.forEach((r) => (r.werksoort = "beschut"));
      b.regels[2].werksoort = "groepsdetachering";
    },
  },
  "new without instroom": {
    code: "NIEUW_ZONDER_INSTROOM",
    ernst: "fout",
    cellen: [`K${rijVan(9)}`],
    maak: () => undefined,
    vorige: (v) => v.regels.splice(9, 1),
  },
  "gone without uitstroom": {
    code: "VERTROKKEN_ZONDER_UITSTROOM",
    ernst: "fout",
    cellen: [`Betaalbatch (vorige batch)!A${rijVan(4)}`],
    maak: (b) => b.regels.splice(4, 1),
    vorige: () => undefined,
  },
  "left last month, paid again": {
    code: "UITSTROOM_TOCH_BETAALD",
    ernst: "fout",
    cellen: [`K${rijVan(3)}`],
    maak: () => undefined,
    vorige: (v) => (v.regels[3].mutatie = "uitstroom"),
  },
  "instroom of someone already paid": {
    code: "INSTROOM_MAAR_AL_IN_DIENST",
    ernst: "waarschuwing",
    cellen: [`K${rijVan(6)}`],
    maak: (b) => (b.regels[6].mutatie = "instroom"),
    vorige: () => undefined,
  },
  "pay jump without wijziging": {
    code: "BRUTO_GEWIJZIGD_ZONDER_MUTATIE",
    ernst: "waarschuwing",
    cellen: [`G${rijVan(2)}`],
    maak: (b) => {
      const r = b.regels[2];
      r.bruto = Math.round((r.bruto as number) * 1.06);
      r.netto = (r.bruto as number) - (r.inhoudingen as number);
    },
    vorige: () => undefined,
  },
  "part-time change without wijziging": {
    code: "PARTTIME_GEWIJZIGD_ZONDER_MUTATIE",
    ernst: "waarschuwing",
    cellen: [`F${rijVan(1)}`],
    maak: (b) =>
      (b.regels[1].parttimefactor = (b.regels[1].parttimefactor as number) === 500000 ? 600000 : 500000),
    vorige: () => undefined,
  },
  "previous batch of the wrong month": {
    code: "VORIGE_PERIODE_ONVERWACHT",
    ernst: "waarschuwing",
    cellen: ["Betaalbatch (vorige batch)!B2"],
    maak: () => undefined,
    vorige: (v) => (v.periode = "2026-08"),
  },
  "previous batch of another municipality": {
    code: "VORIGE_ANDERE_GEMEENTE",
    ernst: "fout",
    cellen: ["Betaalbatch (vorige batch)!B1"],
    maak: () => undefined,
    vorige: (v) => (v.gemeente = "Wierden"),
  },
  "people paid vs VERLONING units": {
    code: "VERLONING_AANTAL_WIJKT_AF",
    ernst: "waarschuwing",
    cellen: ["Bijlage 1!D7"],
    maak: () => undefined,
    bijlage1: { gemeente: "Almelo", begroot: 12 },
  },
  "people paid vs realised VERLONING units": {
    code: "VERLONING_AANTAL_WIJKT_AF",
    ernst: "waarschuwing",
    cellen: ["Bijlage 1!E7"],
    maak: () => undefined,
    bijlage1: { gemeente: "Almelo", begroot: 10, gerealiseerd: 9.4 },
  },
  "bijlage 1 of another municipality": {
    code: "BIJLAGE1_ANDERE_GEMEENTE",
    ernst: "fout",
    cellen: ["Bijlage 1!B1"],
    maak: () => undefined,
    bijlage1: { gemeente: "Wierden", begroot: 10 },
  },
};

async function controleer(g: Geval, formaat: Formaat) {
  const b = kopie(basis);
  g.maak(b);
  const opties: LoonbatchOpties = {};
  if (g.vorige) {
    const v = kopie({ ...basis, periode: "2026-09" });
    g.vorige(v);
    opties.vorige = await naarGrid(v, formaat);
  }
  if (g.bijlage1) {
    const wb = await leesXlsx(
      await minimaleBijlage1(g.bijlage1.gemeente, 2026, g.bijlage1.begroot, g.bijlage1.gerealiseerd),
    );
    opties.bijlage1 = zoekBlad(wb, "Bijlage 1");
  }
  return controleerBetaalbatch(await naarGrid(b, formaat), opties);
}

describe.each(FORMATEN)("loonbatchcontroles op %s", (formaat) => {
  it("een schone batch, met zijn vorige maand en een passende bijlage 1, heeft geen bevindingen", async () => {
    const wb = await leesXlsx(await minimaleBijlage1("Almelo", 2026, 10));
    const r = await controleerBetaalbatch(await naarGrid(basis, formaat), {
      vorige: await naarGrid({ ...basis, periode: "2026-09" }, formaat),
      bijlage1: zoekBlad(wb, "Bijlage 1"),
    });
    expect(r.bevindingen).toEqual([]);
    expect(r.samenvatting).toMatchObject({
      gemeente: "Almelo",
      periode: "2026-10",
      aantalRegels: 10,
      aantalPersonen: 10,
    });
    expect(r.samenvatting.vorige).toMatchObject({ nieuw: 0, vertrokken: 0, gewijzigd: 0 });
  });

  it.each(Object.entries(GEVALLEN))("%s", async (_naam, g) => {
    const r = await controleer(g, formaat);
    const gevonden = metCode(r.bevindingen, g.code);
    expect(gevonden.map((b) => (b.blad === "Betaalbatch" ? b.cel : `${b.blad}!${b.cel}`))).toEqual(g.cellen);
    for (const b of gevonden) {
      expect(b.ernst).toBe(g.ernst);
      expect(b.bericht.length).toBeGreaterThan(10);
    }
    // The same case is the only kind of problem (a few checks also touch the control totals).
    const anders = r.bevindingen.filter(
      (b) => b.code !== g.code && !["TOTAAL_NETTO_KLOPT_NIET", "AANTAL_REGELS_KLOPT_NIET"].includes(b.code),
    );
    expect(anders.map((b) => b.code)).toEqual([]);
  });
});

describe("details van de controles", () => {
  it("leest een periode als jjjj-mm-tekst of als de datum die Excel ervan maakt, en niets anders", () => {
    expect(leesPeriode("2026-10")).toBe("2026-10");
    expect(leesPeriode(" 2026-1 ")).toBe("2026-01");
    expect(leesPeriode("2026/10/01")).toBe("2026-10");
    expect(leesPeriode(46296)).toBe("2026-10"); // 1 October 2026
    expect(leesPeriode(46326.5)).toBe("2026-10"); // 31 October 2026, noon
    expect(leesPeriode(202610)).toBeNull();
    expect(leesPeriode("2026-13")).toBeNull();
    expect(leesPeriode("oktober 2026")).toBeNull();
    expect(vorigePeriode("2026-01")).toBe("2025-12");
    expect(vorigePeriode("2026-10")).toBe("2026-09");
  });

  it("NETTO_KLOPT_NIET geeft het verwachte en het gevonden bedrag in Nederlandse notatie", async () => {
    const r = await controleer(GEVALLEN["netto is not bruto − inhoudingen"], "csv");
    const [b] = metCode(r.bevindingen, "NETTO_KLOPT_NIET");
    const regel = basis.regels[9];
    const euro = (c: number) =>
      "€ " +
      (c / 100)
        .toFixed(2)
        .replace(".", ",")
        .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    expect(b.verwacht).toBe(euro((regel.bruto as number) - (regel.inhoudingen as number)));
    expect(b.gevonden).toBe(euro((regel.netto as number) + 1));
  });

  it("een loonwijziging binnen de drempel, of een met een mutatie, wordt niet gemeld", async () => {
    const b = kopie(basis);
    const r2 = b.regels[2];
    r2.bruto = Math.round((r2.bruto as number) * 1.04);
    r2.netto = (r2.bruto as number) - (r2.inhoudingen as number);
    const r3 = b.regels[3];
    r3.bruto = (r3.bruto as number) * 2;
    r3.netto = (r3.bruto as number) - (r3.inhoudingen as number);
    r3.mutatie = "wijziging";
    const r = controleerBetaalbatch(await naarGrid(b, "csv"), {
      vorige: await naarGrid({ ...basis, periode: "2026-09" }, "csv"),
    });
    expect(r.bevindingen).toEqual([]);
    // A lower threshold reports the 4 % change.
    const strenger = controleerBetaalbatch(await naarGrid(b, "csv"), {
      vorige: await naarGrid({ ...basis, periode: "2026-09" }, "csv"),
      drempels: { brutoProcent: 3 },
    });
    expect(metCode(strenger.bevindingen, "BRUTO_GEWIJZIGD_ZONDER_MUTATIE").map((x) => x.cel)).toEqual([
      `G${rijVan(2)}`,
    ]);
  });

  it("een persoon met een kapot BSN wordt op personeelsnummer aan vorige maand gekoppeld", async () => {
    const b = kopie(basis);
    b.regels[1].bsn = wijzigBsn(b.regels[1].bsn);
    expect(elfproef(b.regels[1].bsn)).toBe(false);
    const r = controleerBetaalbatch(await naarGrid(b, "csv"), {
      vorige: await naarGrid({ ...basis, periode: "2026-09" }, "csv"),
    });
    expect(r.bevindingen.map((x) => x.code)).toEqual(["BSN_ONGELDIG"]);
    expect(r.samenvatting.vorige).toMatchObject({ nieuw: 0, vertrokken: 0 });
  });

  it("een BSN dat sinds vorige maand verbeterd is, vindt nog de rij van vorige maand; een dubbele rij vorige maand is niet 'verdwenen'", async () => {
    const vorige = kopie({ ...basis, periode: "2026-09" });
    vorige.regels[2].bsn = wijzigBsn(vorige.regels[2].bsn); // broken last month, corrected now
    vorige.regels.push({ ...vorige.regels[5] }); // person 6 paid twice last month
    const r = controleerBetaalbatch(await naarGrid(basis, "csv"), { vorige: await naarGrid(vorige, "csv") });
    expect(r.bevindingen).toEqual([]);
    expect(r.samenvatting.vorige).toMatchObject({ nieuw: 0, vertrokken: 0 });
  });

  it("een kolom die twee keer genoemd is, is KOLOM_DUBBEL op beide cellen en wordt niet gebruikt; een verborgen gebruikte kolom wordt genoemd", async () => {
    const dubbel = await naarGrid(basis, "csv");
    // Netto (I6) and "Uit te betalen" in the Mutatie column (K6): which one is paid is not certain.
    dubbel.waarden[5][10] = "Uit te betalen";
    const r = controleerBetaalbatch(dubbel);
    expect(metCode(r.bevindingen, "KOLOM_DUBBEL").map((b) => [b.cel, b.gevonden])).toEqual([
      ["I6", "I6, K6"],
    ]);
    expect(leesBetaalbatch(dubbel).batch.kolommen.netto).toBeUndefined();

    const verborgen = await naarGrid(basis, "csv");
    verborgen.verborgenKolommen = [9];
    const v = controleerBetaalbatch(verborgen);
    expect(metCode(v.bevindingen, "KOLOM_VERBORGEN").map((b) => [b.ernst, b.cel])).toEqual([
      ["waarschuwing", "J6"],
    ]);
  });

  it("ontbrekende kolommen, ontbrekende kopvelden en een ontbrekende tabel worden gemeld", async () => {
    const zonderKolom = await naarGrid(basis, "csv");
    // Blank out the IBAN and Werksoort headers.
    zonderKolom.waarden[5][9] = null;
    zonderKolom.waarden[5][4] = "Soort";
    const r = controleerBetaalbatch(zonderKolom);
    expect(metCode(r.bevindingen, "KOLOM_ONTBREEKT").map((b) => b.verwacht)).toEqual(["Werksoort", "IBAN"]);
    expect(metCode(r.bevindingen, "KOLOM_ONTBREEKT").map((b) => b.cel)).toEqual(["A6", "A6"]);

    const zonderKop = await naarGrid(basis, "csv");
    zonderKop.waarden[2] = [];
    zonderKop.waarden[0] = [];
    const r2 = controleerBetaalbatch(zonderKop);
    expect(metCode(r2.bevindingen, "KOPVELD_ONTBREEKT").map((b) => b.verwacht)).toEqual([
      "Gemeente",
      "Aantal regels",
    ]);

    const geenTabel = controleerBetaalbatch({
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: [["Gemeente", "Almelo"], ["iets"]],
    });
    // No table, and of the header only Gemeente: the other three header fields are missing too.
    expect(geenTabel.bevindingen.map((b) => [b.code, b.verwacht])).toEqual([
      ["TABEL_ONTBREEKT", undefined],
      ["KOPVELD_ONTBREEKT", "Periode"],
      ["KOPVELD_ONTBREEKT", "Aantal regels"],
      ["KOPVELD_ONTBREEKT", "Totaal netto"],
    ]);
  });

  it("een koplabel met een lege waarde neemt het volgende label niet als waarde", () => {
    const g = {
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: [
        ["Gemeente", "Almelo", "Periode", "2026-10"],
        ["Aantal regels", null, "Totaal netto", "0,00"],
        [],
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
      ],
    };
    const r = controleerBetaalbatch(g);
    expect(r.bevindingen.map((b) => [b.code, b.cel, b.verwacht])).toEqual([
      ["KOPVELD_ONTBREEKT", "B2", "Aantal regels"],
    ]);
  });

  it("een controletotaal dat geen getal is, is KOPVELD_ONGELDIG", async () => {
    const g = await naarGrid(basis, "csv");
    g.waarden[2][1] = "tien";
    const r = controleerBetaalbatch(g);
    expect(metCode(r.bevindingen, "KOPVELD_ONGELDIG").map((b) => b.cel)).toEqual(["B3"]);
  });

  it("een onleesbare vorige batch of bijlage 1 is een bevinding, geen crash", async () => {
    const leeg = { blad: "Blad1", startRij: 0, startKolom: 0, waarden: [["niets"]] };
    const r = controleerBetaalbatch(await naarGrid(basis, "csv"), { vorige: leeg, bijlage1: leeg });
    expect(r.bevindingen.map((b) => b.code).sort()).toEqual(["BIJLAGE1_ONLEESBAAR", "VORIGE_ONLEESBAAR"]);
  });

  it("bijlage 1 zonder VERLONING, of met een aantal dat geen getal is", async () => {
    const g = await naarGrid(basis, "csv");
    const zonder = {
      blad: "Bijlage 1",
      startRij: 0,
      startKolom: 0,
      waarden: [
        ["Gemeente", "Almelo"],
        [],
        ["Dienst", "Aantal begroot"],
        ["Uitvoeren werkgeverstaken", 10],
        ["Totaal", 10],
      ],
    };
    expect(controleerBetaalbatch(g, { bijlage1: zonder }).bevindingen.map((b) => b.code)).toEqual([
      "BIJLAGE1_GEEN_VERLONING",
    ]);
    const tekst = {
      ...zonder,
      waarden: [["Gemeente", "Almelo"], [], ["Dienst", "Aantal begroot"], ["verloning", "veel"]],
    };
    const r = controleerBetaalbatch(g, { bijlage1: tekst });
    expect(r.bevindingen.map((b) => [b.code, b.cel])).toEqual([["BIJLAGE1_AANTAL_ONGELDIG", "B4"]]);
    const onbekend = {
      ...zonder,
      waarden: [["Gemeente", "Hengelo"], [], ["Dienst", "Aantal begroot"], ["VERLONING", "10"]],
    };
    expect(controleerBetaalbatch(g, { bijlage1: onbekend }).bevindingen.map((b) => [b.code, b.cel])).toEqual([
      ["BIJLAGE1_GEMEENTE_ONBEKEND", "B1"],
    ]);
  });

  it("bijlage 1: een leeg aantal is 'leeg', tekst is 'geen getal'; een leeg gerealiseerd aantal is in orde", async () => {
    const g = await naarGrid(basis, "csv");
    const blad = (rij: (string | number | null)[]) => ({
      blad: "Blad1", // the panel lets the user pick any sheet
      startRij: 0,
      startKolom: 0,
      waarden: [["Gemeente", "Almelo"], [], ["Dienst", "Aantal begroot", "Aantal gerealiseerd"], rij],
    });
    const uitkomst = (rij: (string | number | null)[]) => {
      const r = controleerBetaalbatch(g, { bijlage1: blad(rij) });
      return {
        bevindingen: r.bevindingen.map((b) => [b.code, b.cel, b.gevonden]),
        bijlage1: r.samenvatting.bijlage1,
      };
    };
    expect(uitkomst(["Uitvoeren verloning", null, null])).toEqual({
      bevindingen: [["BIJLAGE1_AANTAL_ONGELDIG", "B4", "leeg"]],
      bijlage1: {
        gemeente: "Almelo",
        verloningBegroot: null,
        verloningGerealiseerd: null,
        personenInBatch: 10,
      },
    });
    expect(uitkomst(["Uitvoeren verloning", "10", "veel"])).toEqual({
      bevindingen: [["BIJLAGE1_AANTAL_ONGELDIG", "C4", "geen getal"]],
      bijlage1: {
        gemeente: "Almelo",
        verloningBegroot: "10",
        verloningGerealiseerd: null,
        personenInBatch: 10,
      },
    });
    expect(uitkomst(["Uitvoeren verloning", "10,0", null])).toEqual({
      bevindingen: [],
      bijlage1: {
        gemeente: "Almelo",
        verloningBegroot: "10",
        verloningGerealiseerd: null,
        personenInBatch: 10,
      },
    });
    expect(uitkomst(["Uitvoeren verloning", 10, 9.4]).bevindingen).toEqual([
      ["VERLONING_AANTAL_WIJKT_AF", "C4", "10"],
    ]);
  });

  it("de samenvatting telt personen per regeling, mutaties en exacte totalen", async () => {
    const b = kopie(basis);
    b.regels[0].mutatie = "wijziging";
    b.regels.push({ ...maakPersonen(1, 99, 555)[0], regeling: "NB", mutatie: "instroom" });
    const r = controleerBetaalbatch(await naarGrid(b, "xlsx"));
    const som = (k: "bruto" | "netto" | "inhoudingen") => b.regels.reduce((s, x) => s + (x[k] as number), 0);
    const tekst = (c: number) => (c / 100).toFixed(2);
    expect(r.samenvatting.totaalBruto).toBe(tekst(som("bruto")));
    expect(r.samenvatting.totaalNetto).toBe(tekst(som("netto")));
    expect(r.samenvatting.totaalInhoudingen).toBe(tekst(som("inhoudingen")));
    expect(r.samenvatting.mutaties).toEqual({ instroom: 1, uitstroom: 0, wijziging: 1 });
    const perRegeling = Object.fromEntries(r.samenvatting.perRegeling.map((x) => [x.regeling, x.personen]));
    const verwacht: Record<string, number> = { WSW: 0, NB: 0, PW: 0 };
    for (const x of b.regels) verwacht[x.regeling as string]++;
    expect(perRegeling).toEqual(verwacht);
    expect(r.samenvatting.aantalPersonen).toBe(11);
  });
});
