// The CLI as a user runs it: exit codes, and no BSN, name or IBAN in clear in anything it prints.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  batchNaarCsv,
  nieuwWerkboek,
  voegBatchToe,
  voorbeeldScenario,
  type VoorbeeldRegel,
} from "../../../src/voorbeelden/loonbatch";
import { rechtmatigheidScenario, voegRegisterToe } from "../../../src/voorbeelden/rechtmatigheid";
import { maskeer, maskeerNaam } from "../../../src/core/payroll";
import { AFWIJKINGEN_CODES, lekkendeBatch, rijVan } from "./hulp";
import { gezocht, scan, telling } from "./scan";

const WORTEL = join(__dirname, "..", "..", "..");
const A = (naam: string) => join("assets", "loonbatch", naam);
const TSX = join(WORTEL, "node_modules", ".bin", "tsx");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join("src", "cli", "main.ts"), ...args], {
    cwd: WORTEL,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * No BSN, IBAN or name of the sample batches or of `extra` in any form (the privacy scan), and
 * nothing shaped like one. Failures show counts and positions, never the text.
 */
function geenPersoonsgegevens(uitvoer: string, extra: readonly VoorbeeldRegel[] = []): void {
  const s = voorbeeldScenario();
  const g = gezocht([...s.vorige.regels, ...s.schoon.regels, ...s.afwijkingen.regels, ...extra]);
  expect(telling(scan(uitvoer, g))).toEqual({});
  // Nine digits in a row look like a BSN; 14+ letters/digits after NL + 2 digits like an IBAN.
  expect((uitvoer.match(/(?<![0-9])[0-9]{9}(?![0-9])/g) ?? []).length).toBe(0);
  expect((uitvoer.match(/[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}/g) ?? []).length).toBe(0);
}

/** The people of the register and bank-file samples, for the scan (the XML's stranger included). */
function rechtmatigheidMensen(): VoorbeeldRegel[] {
  const r = rechtmatigheidScenario();
  const leeg = {
    personeelsnummer: "",
    regeling: "",
    werksoort: "",
    parttimefactor: 0,
    bruto: 0,
    inhoudingen: 0,
    netto: 0,
  };
  return [
    ...r.registerAfwijkingen.regels.map((x) => ({ ...leeg, bsn: x.bsn, naam: x.naam, iban: "" })),
    ...r.sepaAfwijkingen.betalingen.map((x) => ({ ...leeg, bsn: "", naam: x.naam, iban: x.iban })),
  ];
}

describe("npm run cli -- payroll", () => {
  const vorige = [
    "--vorige",
    A("almelo-2026-09-vorige.xlsx"),
    "--bijlage1",
    A("almelo-2026-bijlage1-verloning.xlsx"),
  ];

  it("exit 0 op de schone batch, met een Nederlandse samenvatting", () => {
    const r = cli("payroll", A("almelo-2026-10-schoon.xlsx"), ...vorige);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Betaalbatch Almelo, periode 2026-10");
    expect(r.stdout).toMatch(/Totaal netto: +€ \d{1,3}(\.\d{3})*,\d\d/);
    expect(r.stdout).toContain("Geen bevindingen");
    geenPersoonsgegevens(r.stdout);
  });

  it("exit 1 op de afwijkingenbatch (CSV, tekst): bevindingen met cellen, niets persoonlijks leesbaar", () => {
    const r = cli(
      "payroll",
      A("almelo-2026-10-afwijkingen.csv"),
      "--vorige",
      A("almelo-2026-09-vorige.csv"),
      "--bijlage1",
      A("almelo-2026-bijlage1-verloning.xlsx"),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FOUT +Betaalbatch!B9 +BSN_ONGELDIG: BSN \*{5}\d{4} voldoet niet aan de elfproef/,
    );
    for (const code of AFWIJKINGEN_CODES) expect(r.stdout).toContain(code);
    geenPersoonsgegevens(r.stdout + r.stderr);
  });

  it("--json op de afwijkingenbatch (xlsx): leesbaar als JSON, gemaskeerd, exit 1", () => {
    const r = cli("payroll", A("almelo-2026-10-afwijkingen.xlsx"), ...vorige, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      samenvatting: { bevindingen: { fout: number } };
      bevindingen: { code: string; cel?: string }[];
    };
    expect(json.samenvatting.bevindingen.fout).toBeGreaterThan(0);
    expect([...new Set(json.bevindingen.map((b) => b.code))].sort()).toEqual(AFWIJKINGEN_CODES);
    expect(json.bevindingen.find((b) => b.code === "IBAN_ONGELDIG")).toMatchObject({
      cel: "J10",
      gevonden: expect.stringMatching(/^\*{5}\d{4}$/),
    });
    geenPersoonsgegevens(r.stdout + r.stderr);
  });

  it("een verschoven batch: namen, BSN's en IBAN's in andere kolommen blijven gemaskeerd in tekst en --json", () => {
    const map = mkdtempSync(join(tmpdir(), "loonbatch-"));
    const { batch, naam, bsn, iban } = lekkendeBatch();
    const bestand = join(map, "verschoven.csv");
    writeFileSync(bestand, batchNaarCsv(batch));
    const tekst = cli("payroll", bestand);
    const json = cli("payroll", bestand, "--json");
    rmSync(map, { recursive: true, force: true });

    expect(tekst.code).toBe(1);
    expect(tekst.stdout).toContain(
      `REGELING_ONBEKEND: Regeling '${maskeerNaam(naam)}' is onbekend (rij ${rijVan(3)}).`,
    );
    expect(tekst.stdout).toContain(`REGELING_ONBEKEND: Regeling 'WSX' is onbekend (rij ${rijVan(6)}).`);
    expect(tekst.stdout).toContain(`MUTATIE_ONBEKEND: Mutatie '${maskeer(bsn)}' is onbekend`);
    expect(tekst.stdout).toContain(
      `BEDRAG_ONGELDIG: Bruto is geen geldig bedrag ('${maskeer(iban)}' is geen getal).`,
    );
    geenPersoonsgegevens(tekst.stdout + tekst.stderr, batch.regels);

    expect(json.code).toBe(1);
    const bevindingen = (JSON.parse(json.stdout) as { bevindingen: { code: string; gevonden?: string }[] })
      .bevindingen;
    expect(
      bevindingen
        .filter((b) => ["REGELING_ONBEKEND", "MUTATIE_ONBEKEND", "BEDRAG_ONGELDIG"].includes(b.code))
        .map((b) => b.gevonden),
    ).toEqual([maskeerNaam(naam), maskeer(bsn), maskeer(iban), "WSX"]);
    geenPersoonsgegevens(json.stdout + json.stderr, batch.regels);
  });

  it("exit 2 met een melding, geen stacktrace, als een bestand niet te lezen is", () => {
    const map = mkdtempSync(join(tmpdir(), "loonbatch-"));
    const kapot = join(map, "kapot.xlsx");
    writeFileSync(kapot, "dit is geen xlsx");
    for (const args of [
      ["payroll", join(map, "bestaat-niet.csv")],
      ["payroll", kapot],
      ["payroll", A("almelo-2026-10-schoon.csv"), "--bijlage1", A("almelo-2026-10-schoon.xlsx")],
      ["payroll", A("almelo-2026-10-schoon.csv"), "--vorige"],
      ["payroll"],
      ["payroll", A("almelo-2026-10-schoon.csv"), "--onbekend"],
    ]) {
      const r = cli(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(/^Fout: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
    rmSync(map, { recursive: true, force: true });
  });

  it("de volledige rechtmatigheidscontrole in één opdracht: schone voorbeelden exit 0, de afwijkingsbestanden exit 1", () => {
    const volledig = [...vorige, "--register", A("almelo-personeelsregister.xlsx")];
    const schoon = cli(
      "payroll",
      A("almelo-2026-10-schoon.xlsx"),
      ...volledig,
      "--sepa",
      A("almelo-2026-10-betaalbestand.xml"),
    );
    expect(schoon.stderr).toBe("");
    expect(schoon.code).toBe(0);
    expect(schoon.stdout).toContain(
      "Personeelsregister (blad Personeelsregister): 41 personen, 40 in dienst in de periode",
    );
    expect(schoon.stdout).toContain("(pain.001 versie 03): 40 betalingen, totaal € 65.883,93; 40 gekoppeld");
    expect(schoon.stdout).toContain("Geen bevindingen");
    geenPersoonsgegevens(schoon.stdout);

    const afw = cli(
      "payroll",
      A("almelo-2026-10-schoon.xlsx"),
      "--register",
      A("almelo-personeelsregister-afwijkingen.xlsx"),
      "--sepa",
      A("almelo-2026-10-betaalbestand-afwijkingen.xml"),
      "--json",
    );
    expect(afw.code).toBe(1);
    const uit = JSON.parse(afw.stdout) as {
      bevindingen: { code: string; cel?: string; ook?: { cel: string } }[];
    };
    expect(uit.bevindingen.find((b) => b.code === "BETAALD_BUITEN_DIENSTVERBAND")).toMatchObject({
      cel: "I9",
      ook: { blad: "Personeelsregister", cel: "G6" },
    });
    expect(
      uit.bevindingen
        .filter((b) => b.code.startsWith("SEPA_"))
        .map((b) => b.code)
        .sort(),
    ).toEqual([
      "SEPA_BEDRAG_ANDERS",
      "SEPA_CONTROLESOM_KLOPT_NIET",
      "SEPA_CONTROLESOM_KLOPT_NIET",
      "SEPA_DUBBEL_ENDTOENDID",
      "SEPA_IBAN_ANDERS",
      "SEPA_REGEL_NIET_BETAALD",
      "SEPA_ZONDER_REGEL",
    ]);
    geenPersoonsgegevens(afw.stdout, rechtmatigheidMensen());
  });

  it("een blad Personeelsregister in de batchwerkmap wordt gebruikt zonder --register; --rekening wordt gecontroleerd", async () => {
    const map = mkdtempSync(join(tmpdir(), "loonbatch-reg-"));
    try {
      const s = voorbeeldScenario();
      const r = rechtmatigheidScenario();
      const wb = nieuwWerkboek();
      voegBatchToe(wb, s.schoon);
      voegRegisterToe(wb, r.registerAfwijkingen);
      const pad = join(map, "batch-met-register.xlsx");
      writeFileSync(pad, Buffer.from(await wb.xlsx.writeBuffer()));
      const uit = cli(
        "payroll",
        pad,
        "--sepa",
        A("almelo-2026-10-betaalbestand.xml"),
        "--rekening",
        "NL91ABNA0417164300",
      );
      expect(uit.code).toBe(1);
      expect(uit.stdout).toContain("Personeelsregister: blad Personeelsregister");
      expect(uit.stdout).toContain("INDICATIE_VERLOPEN");
      expect(uit.stdout).toContain("SEPA_DEBITEUR_ANDERS");
      geenPersoonsgegevens(uit.stdout, rechtmatigheidMensen());
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  it("een onleesbaar bankbestand is een bevinding; een ontbrekend bestand of een ontbrekende IBAN is exit 2", () => {
    const kapot = cli("payroll", A("almelo-2026-10-schoon.xlsx"), "--sepa", A("almelo-2026-10-schoon.csv"));
    expect(kapot.code).toBe(1);
    expect(kapot.stdout).toMatch(/SEPA_ONLEESBAAR: almelo-2026-10-schoon\.csv is niet te controleren: /);
    for (const args of [
      ["--sepa", A("bestaat-niet.xml")],
      ["--rekening"],
      ["--register", A("bestaat-niet.xlsx")],
    ]) {
      const r = cli("payroll", A("almelo-2026-10-schoon.csv"), ...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(/^Fout: /);
    }
  });

  it("een onbekende opdracht eindigt met exit 2 en het gebruik", () => {
    const r = cli("bestaatniet");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("payroll <batch.xlsx|.csv>");
  });
});
