// The core table reader on small grids: header search with years, the choice between candidate
// columns, and the rows of a table as people lay them out.
import type { CelWaarde, Grid } from "../../src/core/grid";
import {
  kiesKolommen,
  kopTekst,
  leesTabel,
  openTabel,
  TabelCellen,
  zoekTabel,
  type CelPlek,
  type KolomDef,
  type TabelSpec,
} from "../../src/core/tabel";

const KOLOMMEN = [
  { sleutel: "naam", labels: ["Naam", "Omschrijving"], naam: "Naam", verplicht: true },
  {
    sleutel: "prijs",
    labels: ["Prijs", "Tarief"],
    naam: "Prijs",
    verplicht: true,
    ongeldigCode: "PRIJS_ONGELDIG",
  },
  {
    sleutel: "aantal",
    labels: ["Aantal"],
    naam: "Aantal",
    verplicht: false,
    ongeldigCode: "AANTAL_ONGELDIG",
  },
] as const satisfies readonly KolomDef[];

const BEKEND = new Set(["appel", "peer", "pruim"]);

const SPEC: TabelSpec<typeof KOLOMMEN> = {
  definities: KOLOMMEN,
  anker: "naam",
  isGegeven: (t) => BEKEND.has(t.toLowerCase()),
  stopLabels: ["Betaald"],
};

function grid(waarden: CelWaarde[][], extra: Partial<Grid> = {}): Grid {
  return { blad: "Blad", startRij: 0, startKolom: 0, waarden, ...extra };
}

interface Melding {
  code: string;
  cel: string;
  bericht: string;
}

function melder(): { meldingen: Melding[]; meld: (code: string, bericht: string, p: CelPlek) => void } {
  const meldingen: Melding[] = [];
  return { meldingen, meld: (code, bericht, p) => meldingen.push({ code, cel: p.cel, bericht }) };
}

describe("kopTekst", () => {
  test("haalt één jaar uit de kop, voor of achter het label", () => {
    expect(kopTekst("Tarief 2023")).toEqual({ label: "tarief", jaar: 2023 });
    expect(kopTekst("2024 Tarief")).toEqual({ label: "tarief", jaar: 2024 });
    expect(kopTekst("Aantal begroot (2023)")).toEqual({ label: "aantalbegroot", jaar: 2023 });
    expect(kopTekst("Tarief")).toEqual({ label: "tarief" });
    // Two years: no single year, the text stays whole (and matches no column).
    expect(kopTekst("Tarief 2023-2024").jaar).toBeUndefined();
  });
});

describe("de rijen van een tabel", () => {
  test("categorieregels, lege tussenregels, subtotalen en een totaal", () => {
    const g = grid([
      ["Naam", "Prijs", "Aantal"],
      ["Fruit"],
      ["Appel", 2, 3],
      ["Peer", 4, 1],
      ["Subtotaal fruit", null, 4],
      [],
      ["Overig"],
      ["Pruim", 1, 1],
      ["Subtotaal overig", null, 1],
      ["Totaal", null, 5],
      ["Appel", 9, 9],
    ]);
    const t = zoekTabel(g, SPEC)!;
    expect(t.kopRij).toBe(0);
    expect(t.gegevens).toEqual([2, 3, 7]);
    expect(t.categorieen).toEqual([1, 6]);
    expect(t.subtotalen).toEqual([
      { rij: 4, regels: [2, 3] },
      { rij: 8, regels: [7] },
    ]);
    expect(t.totaalRij).toBe(9);
    expect(t.laatsteRij).toBe(9);
  });

  test("twee lege rijen sluiten de tabel af; wat eronder staat hoort er niet bij", () => {
    const g = grid([["Naam", "Prijs"], ["Appel", 2], [], ["Peer", 3], [], [], ["Pruim", 1]]);
    const t = zoekTabel(g, SPEC)!;
    expect(t.gegevens).toEqual([1, 3]);
    expect(t.laatsteRij).toBe(3);
    expect(t.eindeRij).toBe(6);
  });

  test("label/waarde-paren onder de tabel zijn geen regels", () => {
    const g = grid([["Naam", "Prijs"], ["Appel", 2], [], ["Betaald", 12], ["Opgesteld door:", "J. Jansen"]]);
    const t = zoekTabel(g, SPEC)!;
    expect(t.gegevens).toEqual([1]);
    expect(t.eindeRij).toBe(3);
  });

  test("een rij met een naam met dubbele punt sluit de tabel, ook zonder lege rij ervoor", () => {
    const t = zoekTabel(
      grid([
        ["Naam", "Prijs"],
        ["Appel", 2],
        ["Opmerking:", "geen"],
      ]),
      SPEC,
    )!;
    expect(t.gegevens).toEqual([1]);
  });

  test("een bekende naam zonder getallen is een gegevensregel, geen categorie", () => {
    const t = zoekTabel(grid([["Naam", "Prijs"], ["Peer"], ["Fruit"]]), SPEC)!;
    expect(t.gegevens).toEqual([1]);
    expect(t.categorieen).toEqual([2]);
  });

  test("een onbekende naam met een getal is een gegevensregel (en wordt dus gemeld, niet overgeslagen)", () => {
    const t = zoekTabel(
      grid([
        ["Naam", "Prijs"],
        ["Banaan", 3],
      ]),
      SPEC,
    )!;
    expect(t.gegevens).toEqual([1]);
  });

  test("een categorie links van de naamkolom", () => {
    const g = grid([
      [null, "Naam", "Prijs"],
      ["Fruit", null, null],
      [null, "Appel", 2],
    ]);
    const t = zoekTabel(g, SPEC)!;
    expect(t.categorieen).toEqual([1]);
    expect(t.gegevens).toEqual([2]);
  });
});

describe("kolommen kiezen", () => {
  const tweeJaren = grid([
    ["Naam", "Prijs 2024", "Aantal 2024", "Prijs 2023", "Aantal 2023"],
    ["Appel", 3, 1, 2, 5],
  ]);

  test("twee jaarblokken: het blok van het jaar van het werkboek, ook als het rechts staat", () => {
    const m = melder();
    const t = leesTabel(tweeJaren, SPEC, 2023, m.meld)!;
    expect(t.kolommen.prijs.cel).toBe("D1");
    expect(t.kolommen.aantal?.cel).toBe("E1");
    expect(m.meldingen).toEqual([]);
  });

  test("twee jaarblokken zonder bekend jaar: geweigerd, met beide cellen", () => {
    const m = melder();
    expect(leesTabel(tweeJaren, SPEC, undefined, m.meld)).toBeUndefined();
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_DUBBEL@B1", "KOLOM_DUBBEL@C1"]);
    expect(m.meldingen[0].bericht).toContain("B1 ('Prijs 2024') en D1 ('Prijs 2023')");
  });

  test("alleen een blok van een ander jaar: de kolom ontbreekt, en de melding zegt waarom", () => {
    const m = melder();
    const g = grid([
      ["Naam", "Prijs 2022"],
      ["Appel", 2],
    ]);
    expect(leesTabel(g, SPEC, 2023, m.meld)).toBeUndefined();
    expect(m.meldingen).toHaveLength(1);
    expect(m.meldingen[0]).toMatchObject({ code: "KOLOM_ONTBREEKT", cel: "A1" });
    expect(m.meldingen[0].bericht).toContain("B1 ('Prijs 2022') hoort bij een ander jaar dan 2023");
  });

  test("twee kolommen zonder jaar: KOLOM_DUBBEL, ook met een bekend jaar", () => {
    const m = melder();
    const g = grid([
      ["Naam", "Prijs", "Tarief"],
      ["Appel", 2, 3],
    ]);
    expect(leesTabel(g, SPEC, 2023, m.meld)).toBeUndefined();
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_DUBBEL@B1"]);
  });

  test("een verborgen oude kolom naast een zichtbare: de zichtbare telt, de verborgen wordt genoemd", () => {
    const m = melder();
    const g = grid(
      [
        ["Naam", "Prijs", "Prijs"],
        ["Appel", 9, 2],
      ],
      { verborgenKolommen: [1] },
    );
    const t = leesTabel(g, SPEC, undefined, m.meld)!;
    expect(t.kolommen.prijs.cel).toBe("C1");
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_VERBORGEN_GENEGEERD@B1"]);
  });

  test("twee verborgen kandidaten: geweigerd", () => {
    const m = melder();
    const g = grid(
      [
        ["Naam", "Prijs", "Prijs"],
        ["Appel", 9, 2],
      ],
      { verborgenKolommen: [1, 2] },
    );
    expect(leesTabel(g, SPEC, undefined, m.meld)).toBeUndefined();
    expect(m.meldingen.map((x) => x.code)).toEqual(["KOLOM_DUBBEL"]);
  });

  test("een gebruikte verborgen kolom wordt genoemd", () => {
    const m = melder();
    const g = grid(
      [
        ["Naam", "Prijs", "Aantal"],
        ["Appel", 9, 2],
      ],
      { verborgenKolommen: [2] },
    );
    const t = leesTabel(g, SPEC, undefined, m.meld)!;
    expect(t.kolommen.aantal?.cel).toBe("C1");
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_VERBORGEN@C1"]);
  });

  test("een optionele kolom die dubbel staat wordt niet gebruikt, de tabel wel", () => {
    const m = melder();
    const g = grid([
      ["Naam", "Prijs", "Aantal", "Aantal"],
      ["Appel", 9, 2, 3],
    ]);
    const vondst = zoekTabel(g, SPEC)!;
    const k = kiesKolommen(g, SPEC, vondst, undefined, m.meld)!;
    expect(k.aantal).toBeUndefined();
    expect(k.prijs.cel).toBe("B1");
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_DUBBEL@C1"]);
  });
});

describe("cellen lezen via de kolomdefinitie", () => {
  test("een onleesbaar getal krijgt de code van de kolom, een lege verplichte cel WAARDE_ONTBREEKT", () => {
    const m = melder();
    const g = grid([
      ["Naam", "Prijs", "Aantal"],
      ["Appel", "veel", null],
      ["Peer", "4,50", 2],
    ]);
    const t = leesTabel(g, SPEC, undefined, m.meld)!;
    const c = new TabelCellen(g, KOLOMMEN, t.kolommen, "nl", m.meld);
    expect(c.getal(1, "prijs", "De prijs van appel", true)).toBeUndefined();
    expect(c.getal(1, "aantal", "Het aantal van appel", true)).toBeUndefined();
    expect(c.getal(2, "prijs", "De prijs van peer", true)?.waarde.toString()).toBe("4.5");
    expect(c.tekst(2, "naam")?.waarde).toBe("Peer");
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual([
      "PRIJS_ONGELDIG@B2",
      "WAARDE_ONTBREEKT@C2",
    ]);
  });

  test("openTabel zoekt de tabel, kiest de kolommen en leest de cellen in één stap", () => {
    const m = melder();
    const g = grid([["Fruit"], ["Naam", "Prijs", "Aantal", "Aantal"], ["Appel", "3", 1, 2]]);
    const t = openTabel(g, SPEC, undefined, "nl", m.meld)!;
    expect(t.kopRij).toBe(1);
    expect(t.kolommen.prijs.cel).toBe("B2");
    // The doubled optional column is reported and not used; the table still reads.
    expect(t.kolommen.aantal).toBeUndefined();
    expect(t.cellen.getal(2, "prijs", "De prijs van appel", true)?.waarde.toString()).toBe("3");
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_DUBBEL@C2"]);
  });

  test("openTabel: zonder kopregel niets, en geen melding (die is aan wie de tabel zoekt)", () => {
    const m = melder();
    expect(openTabel(grid([["Fruit"], ["Appel", 3]]), SPEC, undefined, "nl", m.meld)).toBeUndefined();
    expect(m.meldingen).toEqual([]);
  });

  test("openTabel: een ontbrekende verplichte kolom geeft geen tabel, wel de melding", () => {
    const m = melder();
    expect(
      openTabel(
        grid([
          ["Naam", "Aantal"],
          ["Appel", 1],
        ]),
        SPEC,
        undefined,
        "nl",
        m.meld,
      ),
    ).toBeUndefined();
    expect(m.meldingen.map((x) => x.code)).toEqual(["KOLOM_ONTBREEKT"]);
  });
});

describe("het einde van een tabel", () => {
  test("een label/waarde-paar zonder dubbele punt na een lege rij sluit de tabel", () => {
    const t = zoekTabel(
      grid([["Naam", "Prijs"], ["Appel", 2], [], ["Opgesteld door", "J. Jansen"], ["Peer", 1]]),
      SPEC,
    )!;
    expect(t.gegevens).toEqual([1]);
    expect(t.eindeRij).toBe(3);
  });

  test("zonder lege rij ervoor is zo'n regel een gegevensregel (die dan als onbekend wordt gemeld)", () => {
    const t = zoekTabel(
      grid([
        ["Naam", "Prijs"],
        ["Appel", 2],
        ["Opgesteld door", "J. Jansen"],
      ]),
      SPEC,
    )!;
    expect(t.gegevens).toEqual([1, 2]);
  });

  test("een categorie met dubbele punt ('Fruit:') sluit de tabel niet", () => {
    const t = zoekTabel(grid([["Naam", "Prijs"], ["Fruit:"], ["Appel", 2]]), SPEC)!;
    expect(t.categorieen).toEqual([1]);
    expect(t.gegevens).toEqual([2]);
  });

  test("een tweede kopregel begint een andere tabel", () => {
    const t = zoekTabel(
      grid([
        ["Naam", "Prijs"],
        ["Appel", 2],
        ["Naam", "Prijs"],
        ["Peer", 1],
      ]),
      SPEC,
    )!;
    expect(t.gegevens).toEqual([1]);
    expect(t.eindeRij).toBe(2);
  });
});

describe("het jaar boven de kop", () => {
  // "2024" merged over B:C, "2023" over D:E: the value sits in the first cell of each block.
  const blokken = grid([
    [null, 2024, null, "2023", null],
    ["Naam", "Prijs", "Aantal", "Prijs", "Aantal"],
    ["Appel", 3, 1, 2, 5],
  ]);

  test("elke kolom krijgt het jaar van het blok erboven; het jaar van het werkboek kiest", () => {
    const m = melder();
    const t = leesTabel(blokken, SPEC, 2023, m.meld)!;
    expect(t.kolommen.prijs.cel).toBe("D2");
    expect(t.kolommen.aantal?.cel).toBe("E2");
    expect(m.meldingen).toEqual([]);
  });

  test("zonder jaar van het werkboek: KOLOM_DUBBEL", () => {
    const m = melder();
    expect(leesTabel(blokken, SPEC, undefined, m.meld)).toBeUndefined();
    expect(m.meldingen.map((x) => `${x.code}@${x.cel}`)).toEqual(["KOLOM_DUBBEL@B2", "KOLOM_DUBBEL@C2"]);
  });

  test("een rij erboven met iets anders dan jaren geeft geen jaren", () => {
    const g = grid([
      [null, 2024, "opmerking", "2023"],
      ["Naam", "Prijs", "Aantal", "Prijs"],
      ["Appel", 3, 1, 2],
    ]);
    const m = melder();
    expect(leesTabel(g, SPEC, 2023, m.meld)).toBeUndefined();
    expect(m.meldingen.map((x) => x.code)).toEqual(["KOLOM_DUBBEL"]);
  });
});
