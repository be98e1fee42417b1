// Privacy in every column (issue 10): hostile batches built from the sample generator, checked
// by the core and by the CLI (text and --json); the scan looks for every BSN, IBAN and name of
// the input in every form, and for control characters. Failures report kinds, positions and
// hashes only (scan.ts), never a value.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvNaarGrid } from "../../../src/cli/csv-grid";
import {
  batchNaarCsv,
  batchNaarXlsx,
  batchRijen,
  maakPersonen,
  voorbeeldScenario,
  type VoorbeeldBatch,
  type VoorbeeldRegel,
} from "../../../src/voorbeelden/loonbatch";
import {
  betalingenVan,
  painBytes,
  rechtmatigheidScenario,
  registerNaarXlsx,
  REKENING_ALMELO,
  type SepaVoorbeeld,
  type VoorbeeldRegister,
} from "../../../src/voorbeelden/rechtmatigheid";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { zoekBlad } from "../../../src/core/grid";
import { controleerBetaalbatch, maskeer } from "../../../src/core/payroll";
import type { Bevinding } from "../../../src/core/findings";
import type { Grid } from "../../../src/core/grid";
import { FORMATEN, metCode, naarGrid, rijVan } from "./hulp";
import { gezocht, scan, telling, type Gezocht } from "./scan";

const WORTEL = join(__dirname, "..", "..", "..");
const TSX = join(WORTEL, "node_modules", ".bin", "tsx");
const MILJOEN = 1_000_000;

/** CSV text, an .xlsx file, or cell values as Office.js gives them to the panel. */
type Bron = "csv" | "xlsx" | "cellen";
const BRONNEN: Bron[] = ["csv", "xlsx", "cellen"];

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join("src", "cli", "main.ts"), ...args], {
    cwd: WORTEL,
    encoding: "utf8",
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const metPunten = (b: string) => `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`; // 3366.12.680
const metStreepjes = (b: string) => `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)}`; // 522-426-839
const metSpaties = (b: string) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`;
const ibanMet = (iban: string, s: string) => iban.replace(/(.{4})(?=.)/g, `$1${s}`);
/** "Hennie" → "Hénnie": the first e, a, o, i or u gets an accent. */
const metAccent = (w: string) =>
  w.replace(/[eaoiu]/, (k) => ({ e: "é", a: "á", o: "ö", i: "ï", u: "ü" })[k as "e"]);
const voornaam = (n: string) => n.split(" ")[0];
const achternaam = (n: string) => n.split(" ").slice(1).join(" ");

interface Vijandig {
  /** Everyone of both batches as generated, before their data was moved around. */
  mensen: VoorbeeldRegel[];
  batch: VoorbeeldBatch;
  vorigeCsv: string;
  /** Rows of the previous batch (all shifted, so none is found again). */
  vorigeRijen: number;
}

/**
 * A batch whose cells hold other people's data in other forms, and a previous batch whose rows
 * are shifted (left by 1: BSN under Personeelsnummer; by 2: name; by 9: IBAN; right by 1).
 */
function vijandig(): Vijandig {
  const mensen = maakPersonen(44, 10);
  const vorige: VoorbeeldBatch = {
    gemeente: "Almelo",
    periode: "2026-09",
    regels: mensen.slice(0, 40).map((r) => ({ ...r })),
  };
  const nu = mensen.slice(4, 44).map((r) => ({ ...r, mutatie: "instroom" }));
  const p = (i: number) => mensen[4 + i];
  // BSN and name in the personnel number column (twice each, so DUBBEL_PERSONEELSNUMMER echoes it).
  nu[0].personeelsnummer = nu[2].personeelsnummer = p(1).bsn;
  nu[3].personeelsnummer = nu[5].personeelsnummer = p(4).naam;
  nu[13].personeelsnummer = nu[14].personeelsnummer = metStreepjes(p(15).bsn);
  // A BSN (with dots) in the name column; the row's own name one column on.
  nu[6].naam = metPunten(p(7).bsn);
  nu[6].regeling = p(6).naam;
  // BSNs with dots, dashes and spaces in code columns.
  nu[8].mutatie = metPunten(p(9).bsn);
  nu[10].regeling = metStreepjes(p(11).bsn);
  nu[12].werksoort = metSpaties(p(12).bsn);
  // IBANs with dashes, and lowercase with dots.
  nu[16].bruto = ibanMet(p(17).iban, "-");
  nu[18].iban = ibanMet(p(18).iban, "-");
  nu[19].mutatie = ibanMet(p(20).iban, ".").toLowerCase();
  // Name variants: an accent, an initial with the surname, capitals with a hyphen.
  nu[21].regeling = metAccent(voornaam(p(22).naam));
  nu[23].werksoort = `${voornaam(p(24).naam)[0]}. ${achternaam(p(24).naam)}`;
  nu[25].mutatie = `${voornaam(p(26).naam)}-${achternaam(p(26).naam)}`.toUpperCase();
  nu[27].gemeente = `${achternaam(p(27).naam)}, ${voornaam(p(27).naam)[0]}.`;
  // Terminal escape sequences and other control characters.
  nu[28].regeling = "\u001b[31mWSX\u001b[0m\u0007";
  nu[29].werksoort = "\u001b]0;titel\u0007kan\u0008toor\u202e";
  // A 1,000,000-character cell with a BSN near its start, and one with a name at its very end.
  nu[30].mutatie = `zie ${p(31).bsn} ` + "x".repeat(MILJOEN);
  nu[31].parttimefactor = "y".repeat(MILJOEN) + ` ${p(32).naam}`;
  // A BSN under Bruto is read as an amount: NETTO_KLOPT_NIET, which shows bruto − inhoudingen.
  nu[36].bruto = p(37).bsn;
  // An ordinary personnel number twice: it is no personal data and stays visible.
  nu[33].personeelsnummer = nu[34].personeelsnummer;

  const batch: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: nu };
  const schuif = [1, 2, 9, -1];
  const vorigeCsv = batchNaarCsv(vorige)
    .split("\r\n")
    .map((regel, i) => {
      if (i < 6 || regel === "") return regel;
      const s = schuif[i % schuif.length];
      const velden = regel.split(";");
      return (s > 0 ? velden.slice(s) : ["", ...velden]).join(";");
    })
    .join("\r\n");
  return { mensen, batch, vorigeCsv, vorigeRijen: vorige.regels.length };
}

function geenLekken(uitvoer: string, g: Gezocht): void {
  const lekken = scan(uitvoer, g);
  // On failure: kinds, counts, positions and hashes; never a value.
  expect({ telling: telling(lekken), eerste: lekken.slice(0, 5) }).toEqual({ telling: {}, eerste: [] });
}

/** The properties every check of the hostile batch must have, in core, text and JSON alike. */
function verwachtBevindingen(bevindingen: readonly Bevinding[], v: Vijandig, bron: Bron): void {
  // Every text is short: the million-character cells are cut.
  for (const b of bevindingen) {
    for (const t of [b.bericht, b.verwacht ?? "", b.gevonden ?? ""]) expect(t.length).toBeLessThan(400);
  }
  expect(metCode(bevindingen, "VERTROKKEN_ZONDER_UITSTROOM")).toHaveLength(v.vorigeRijen);
  expect(metCode(bevindingen, "NETTO_KLOPT_NIET").map((b) => b.cel)).toContain(`I${rijVan(36)}`);
  // The escape sequences are gone; 'WSX' is still shown. (exceljs drops control characters when
  // it writes a workbook, so the .xlsx file has only their printable rest; CSV and the values
  // Office.js hands the panel keep them.)
  if (bron !== "xlsx")
    expect(metCode(bevindingen, "REGELING_ONBEKEND")).toContainEqual(
      expect.objectContaining({ cel: `D${rijVan(28)}`, gevonden: "WSX" }),
    );
  if (bron !== "xlsx")
    expect(metCode(bevindingen, "WERKSOORT_ONBEKEND")).toContainEqual(
      expect.objectContaining({ cel: `E${rijVan(29)}`, gevonden: "kantoor" }),
    );
  // A personnel number is shown only when it is no BSN or name.
  const dubbel = metCode(bevindingen, "DUBBEL_PERSONEELSNUMMER").map((b) => b.bericht);
  expect(dubbel).toHaveLength(4);
  expect(dubbel.filter((t) => /^Personeelsnummer \d{6} staat al op rij/.test(t))).toHaveLength(1);
  expect(
    dubbel.filter((t) => /^Personeelsnummer (\*{5}\d{4}|[A-Z]\*{5}) staat al op rij/.test(t)),
  ).toHaveLength(3);
}

describe("privacyscan over vijandige batches", () => {
  const v = vijandig();
  const g = gezocht(v.mensen);

  it("de scan vindt elke waarde in de vormen die hij moet vangen (hij kan falen)", () => {
    const [a, b] = v.mensen;
    const vormen = [
      a.bsn,
      metPunten(a.bsn),
      metStreepjes(a.bsn),
      metSpaties(a.bsn),
      ibanMet(a.iban, " "),
      ibanMet(a.iban, "-").toLowerCase(),
      metAccent(voornaam(b.naam)),
      `${voornaam(b.naam)[0]}. ${achternaam(b.naam)}`.toUpperCase(),
      "x\u001b[31m",
    ];
    expect(vormen.map((t) => Object.keys(telling(scan(`(${t})`, g))))).toEqual([
      ["bsn"],
      ["bsn"],
      ["bsn"],
      ["bsn"],
      ["iban"],
      ["iban"],
      ["naam"],
      ["naam"],
      ["stuurteken"],
    ]);
    const invoer = batchNaarCsv(v.batch) + v.vorigeCsv;
    expect(telling(scan(invoer, g))).toEqual({
      bsn: expect.any(Number),
      iban: expect.any(Number),
      naam: expect.any(Number),
      stuurteken: expect.any(Number),
    });
  });

  it.each(BRONNEN)("kernbevindingen op %s: niets persoonlijks, geen stuurtekens, ingekort", async (bron) => {
    const grid: Grid =
      bron === "cellen"
        ? { blad: "Betaalbatch", startRij: 0, startKolom: 0, waarden: batchRijen(v.batch, "xlsx") }
        : await naarGrid(v.batch, bron);
    const r = controleerBetaalbatch(grid, { vorige: csvNaarGrid(v.vorigeCsv) });
    geenLekken(JSON.stringify(r), g);
    verwachtBevindingen(r.bevindingen, v, bron);
    // The BSN near the start of the million-character cell is masked with the whole cell.
    expect(metCode(r.bevindingen, "MUTATIE_ONBEKEND")).toContainEqual(
      expect.objectContaining({ cel: `K${rijVan(30)}`, gevonden: maskeer("x".repeat(80)) }),
    );
  });

  it.each(FORMATEN)("CLI-tekst en --json op %s: niets persoonlijks, geen stuurtekens", async (formaat) => {
    const map = mkdtempSync(join(tmpdir(), "privacy-"));
    try {
      const bestand = join(map, `vijandig.${formaat}`);
      writeFileSync(bestand, formaat === "csv" ? batchNaarCsv(v.batch) : await batchNaarXlsx(v.batch));
      const vorige = join(map, "vorige-verschoven.csv");
      writeFileSync(vorige, v.vorigeCsv);
      const tekst = cli("payroll", bestand, "--vorige", vorige);
      const json = cli("payroll", bestand, "--vorige", vorige, "--json");

      expect(tekst.code).toBe(1);
      expect(tekst.stdout.length).toBeLessThan(100_000);
      if (formaat === "csv")
        expect(tekst.stdout).toContain(`REGELING_ONBEKEND: Regeling 'WSX' is onbekend (rij ${rijVan(28)}).`);
      geenLekken(tekst.stdout + tekst.stderr, g);

      expect(json.code).toBe(1);
      expect(json.stdout.length).toBeLessThan(200_000);
      const uit = JSON.parse(json.stdout) as { bevindingen: Bevinding[] };
      verwachtBevindingen(uit.bevindingen, v, formaat);
      geenLekken(json.stdout + json.stderr, g);
      // JSON escapes control characters as \u001b: scan the parsed strings too.
      geenLekken(uit.bevindingen.map((b) => [b.bericht, b.verwacht, b.gevonden].join("\n")).join("\n"), g);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});

// Issue 13: the register and the bank file bring their own people (the register's, the XML's
// creditor names and accounts), and their own echoes (cells of the register, EndToEndIds and
// names from the XML). Hostile versions of both, through core, CLI text and --json.
describe("privacyscan over een vijandig register en bankbestand", () => {
  const s = voorbeeldScenario();
  const r = rechtmatigheidScenario();
  const p = s.schoon.regels;
  const vreemde = maakPersonen(2, 31337, 700001);
  const register: VoorbeeldRegister = {
    ...r.registerAfwijkingen,
    regels: [
      ...r.registerAfwijkingen.regels.map((x) => ({ ...x })),
      // Someone only the register knows, active and unpaid.
      {
        ...r.registerAfwijkingen.regels[0],
        personeelsnummer: "700001",
        bsn: vreemde[0].bsn,
        naam: vreemde[0].naam,
      },
    ],
  };
  register.regels[1].regeling = p[7].naam; // a name where a code belongs (echoed as unknown)
  register.regels[2].inDienst = metStreepjes(p[8].bsn); // a BSN where a date belongs
  register.regels[3].gemeente = ibanMet(p[9].iban, " "); // an IBAN where a municipality belongs
  register.regels[4].indicatieTot = `${p[10].naam}\u001b[31m`; // a name with a terminal escape
  const betalingen = betalingenVan(s.schoon).map((b) => ({ ...b }));
  betalingen[0].endToEndId = p[0].bsn; // a BSN as EndToEndId
  betalingen[1].endToEndId = ibanMet(p[1].iban, "-"); // an IBAN as EndToEndId
  betalingen[2].naam = `\u202e${p[2].naam.toUpperCase()}`; // a name in capitals behind a bidi override
  betalingen[3].iban = vreemde[1].iban; // paid to a stranger's account
  betalingen.push({
    ...betalingen[5],
    endToEndId: vreemde[1].naam,
    naam: vreemde[1].naam,
    iban: vreemde[1].iban,
  });
  betalingen[6].bedrag = vreemde[0].bsn; // a BSN where an amount belongs
  betalingen[7].valuta = p[11].naam.split(" ")[0]; // a first name where the currency belongs
  const sepa: SepaVoorbeeld = { ...r.sepaSchoon, betalingen, versie: "pain.001.001.09" };
  const mensen: VoorbeeldRegel[] = [...s.vorige.regels, ...p, ...vreemde];
  const g = gezocht(mensen);

  it("kern: niets persoonlijks in bevindingen of samenvatting, elke vijandige cel op haar plaats gevonden", async () => {
    const grid = await naarGrid(s.schoon, "xlsx");
    const regGrid = zoekBlad(await leesXlsx(await registerNaarXlsx(register)), "Personeelsregister")!;
    const uit = controleerBetaalbatch(grid, {
      vorige: await naarGrid(s.vorige, "xlsx"),
      register: regGrid,
      betaalbestand: { naam: "bank.xml", inhoud: new Uint8Array(painBytes(sepa)) },
    });
    geenLekken(JSON.stringify(uit), g);
    const codes = new Set(uit.bevindingen.map((b) => b.code));
    for (const c of [
      "REGISTER_VELD_ONGELDIG",
      "IN_DIENST_NIET_BETAALD",
      "SEPA_IBAN_ANDERS",
      "SEPA_ZONDER_REGEL",
    ])
      expect(codes).toContain(c);
    // A BSN in the amount field reads as € 123.456.782,00: shown masked, like the BSN it probably is.
    expect(metCode(uit.bevindingen, "SEPA_BEDRAG_ANDERS")).toContainEqual(
      expect.objectContaining({ cel: "I13", gevonden: maskeer(vreemde[0].bsn + "00") }),
    );
    expect(codes).toContain("SEPA_VALUTA");
    expect(
      metCode(uit.bevindingen, "REGISTER_VELD_ONGELDIG")
        .map((b) => b.cel)
        .sort(),
    ).toEqual(["D5", "F6", "I8"]);
  });

  it("CLI-tekst en --json: niets persoonlijks, geen stuurtekens", async () => {
    const map = mkdtempSync(join(tmpdir(), "privacy-reg-"));
    try {
      const batch = join(map, "batch.xlsx");
      writeFileSync(batch, await batchNaarXlsx(s.schoon));
      const reg = join(map, "register.xlsx");
      writeFileSync(reg, await registerNaarXlsx(register));
      const bank = join(map, "bank.xml");
      writeFileSync(bank, painBytes(sepa));
      const args = ["payroll", batch, "--register", reg, "--sepa", bank, "--rekening", REKENING_ALMELO];
      const tekst = cli(...args);
      const json = cli(...args, "--json");
      expect(tekst.code).toBe(1);
      expect(tekst.stdout).toContain("SEPA_ZONDER_REGEL");
      geenLekken(tekst.stdout + tekst.stderr, g);
      expect(json.code).toBe(1);
      const uit = JSON.parse(json.stdout) as { bevindingen: Bevinding[] };
      expect(uit.bevindingen.length).toBeGreaterThan(8);
      geenLekken(json.stdout + json.stderr, g);
      geenLekken(uit.bevindingen.map((b) => [b.bericht, b.verwacht, b.gevonden].join("\n")).join("\n"), g);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
