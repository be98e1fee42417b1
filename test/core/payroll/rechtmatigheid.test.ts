// Issue 13: the batch against the personnel register and against the bank file (pain.001).
// Every check with its exact cell or transaction, both pain.001 versions, encodings, a bank file
// made by an independent generator (the npm package `sepa`), and one Dutch error for bad files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { csvNaarGrid } from "../../../src/cli/csv-grid";
import { batchNaarXlsx, voorbeeldScenario, type VoorbeeldBatch } from "../../../src/voorbeelden/loonbatch";
import {
  betalingenVan,
  painBytes,
  painXml,
  rechtmatigheidScenario,
  registerNaarXlsx,
  REKENING_ALMELO,
  type SepaVoorbeeld,
  type VoorbeeldRegister,
} from "../../../src/voorbeelden/rechtmatigheid";
import {
  codeTabel,
  controleerBetaalbatch,
  leesDatum,
  leesSepa,
  naamLijktOp,
  RECHTMATIGHEID_CODES,
  REGISTER_CODES,
  SEPA_CODES,
  dagVan,
  type LoonbatchOpties,
} from "../../../src/core/payroll";
import { zoekBlad, type Grid } from "../../../src/core/grid";
import type { Bevinding } from "../../../src/core/findings";
import { kopie } from "./hulp";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SEPA = require("sepa") as {
  Document: new (v: string) => {
    grpHdr: { id: string; created: Date; initiatorName: string };
    createPaymentInfo(): SepaInfo;
    addPaymentInfo(i: SepaInfo): void;
    toString(): string;
  };
};
interface SepaInfo {
  requestedExecutionDate: Date;
  debtorIBAN: string;
  debtorBIC: string;
  debtorName: string;
  createTransaction(): Record<string, unknown>;
  addTransaction(t: Record<string, unknown>): void;
}

const s = voorbeeldScenario();
const r = rechtmatigheidScenario();

async function batchGrid(b: VoorbeeldBatch): Promise<Grid> {
  return zoekBlad(await leesXlsx(await batchNaarXlsx(b)), "Betaalbatch")!;
}
async function registerGrid(reg: VoorbeeldRegister): Promise<Grid> {
  return zoekBlad(await leesXlsx(await registerNaarXlsx(reg)), "Personeelsregister")!;
}
const bestand = (sv: SepaVoorbeeld, naam = "bank.xml") => ({ naam, inhoud: new Uint8Array(painBytes(sv)) });
/** Findings as "CODE blad!cel" (+ " ook blad!cel"), sorted. */
const plekken = (bs: readonly Bevinding[]) =>
  bs
    .map(
      (b) =>
        `${b.code} ${b.blad}${b.cel ? "!" + b.cel : ""}${b.ook ? ` ook ${b.ook.blad}!${b.ook.cel}` : ""}`,
    )
    .sort();

async function controleer(opties: LoonbatchOpties, b = s.schoon) {
  return controleerBetaalbatch(await batchGrid(b), opties);
}

describe("datums: één regel voor Excel-serienummers en Nederlandse tekst", () => {
  it("leest serienummers, d-m-jjjj met - / . en ISO; weigert jaren van twee cijfers en niet-bestaande dagen", () => {
    const d = dagVan(2026, 12, 31)!;
    expect(leesDatum(d)).toEqual({ ok: true, dag: d });
    expect(leesDatum(d + 0.75)).toEqual({ ok: true, dag: d });
    expect(leesDatum("31-12-2026")).toEqual({ ok: true, dag: d });
    expect(leesDatum(" 31/12/2026 ")).toEqual({ ok: true, dag: d });
    expect(leesDatum("31.12.2026")).toEqual({ ok: true, dag: d });
    expect(leesDatum("2026-12-31")).toEqual({ ok: true, dag: d });
    expect(leesDatum("31-12-26").ok).toBe(false);
    expect(leesDatum("31-02-2026").ok).toBe(false);
    expect(leesDatum("31-12").ok).toBe(false);
    expect(leesDatum(20261231).ok).toBe(false);
    expect(leesDatum(true).ok).toBe(false);
    expect(dagVan(2026, 1, 1)).toBe(46023); // Excel's serial for 1-1-2026
  });
});

describe("personeelsregister", () => {
  it("het schone register en het schone bankbestand geven geen bevindingen op de schone batch", async () => {
    const uit = await controleer({
      register: await registerGrid(r.registerSchoon),
      betaalbestand: bestand(r.sepaSchoon),
      vorige: await batchGrid(s.vorige),
    });
    expect(uit.bevindingen).toEqual([]);
    expect(uit.samenvatting.register).toEqual({
      blad: "Personeelsregister",
      personen: 41,
      inDienstInPeriode: 40,
      gekoppeld: 40,
    });
    expect(uit.samenvatting.betaalbestand).toMatchObject({ versie: "03", transacties: 40, gekoppeld: 40 });
    expect(uit.samenvatting.betaalbestand!.totaal).toBe(uit.samenvatting.totaalNetto);
  });

  it("het afwijkingenregister: elke afwijking op haar batchcel en haar registercel", async () => {
    const uit = await controleer({ register: await registerGrid(r.registerAfwijkingen) });
    expect(plekken(uit.bevindingen)).toEqual([
      "BETAALD_BUITEN_DIENSTVERBAND Betaalbatch!I9 ook Personeelsregister!G6",
      "DIENSTVERBAND_DEEL_MAAND Betaalbatch!I18 ook Personeelsregister!G15",
      "INDICATIE_VERLOPEN Betaalbatch!D12 ook Personeelsregister!I9",
      "IN_DIENST_NIET_BETAALD Personeelsregister!C45",
      "REGISTER_PARTTIMEFACTOR_ANDERS Betaalbatch!F15 ook Personeelsregister!H12",
    ]);
    for (const b of uit.bevindingen)
      expect(b.ernst).toBe(RECHTMATIGHEID_CODES[b.code as "INDICATIE_VERLOPEN"].ernst);
    expect(uit.bevindingen.find((b) => b.code === "INDICATIE_VERLOPEN")!.bericht).toBe(
      "De indicatie was geldig tot 30 juni 2026, vóór de periode (rij 12).",
    );
  });

  it("niet in het register, een andere persoon, regeling, gemeente, vóór de startdatum, dubbel BSN", async () => {
    const reg: VoorbeeldRegister = {
      ...r.registerSchoon,
      regels: r.registerSchoon.regels.map((x) => ({ ...x })),
    };
    reg.regels.splice(0, 1); // person 1 not in the register (row 7)
    reg.regels[0].personeelsnummer = reg.regels[2].personeelsnummer; // person 2: BSN → p2, pnr → p4
    reg.regels[1].regeling = reg.regels[1].regeling === "NB" ? "WSW" : "NB"; // person 3
    reg.regels[3].gemeente = "Wierden"; // person 5
    reg.regels[4].inDienst = "01-11-2026"; // person 6: whole month before the start
    reg.regels[5].inDienst = { iso: "2026-10-15" }; // person 7: starts within the month
    reg.regels.push({ ...reg.regels[6], personeelsnummer: "999001" }); // duplicate BSN of person 8
    const uit = await controleer({ register: await registerGrid(reg) });
    expect(plekken(uit.bevindingen)).toEqual([
      "BETAALD_BUITEN_DIENSTVERBAND Betaalbatch!I12 ook Personeelsregister!F8",
      "DIENSTVERBAND_DEEL_MAAND Betaalbatch!I13 ook Personeelsregister!F9",
      "NIET_IN_REGISTER Betaalbatch!B7",
      "REGISTER_ANDERE_GEMEENTE Betaalbatch!B11 ook Personeelsregister!E7",
      "REGISTER_ANDERE_PERSOON Betaalbatch!A10 ook Personeelsregister!A4",
      "REGISTER_ANDERE_PERSOON Betaalbatch!A8 ook Personeelsregister!A4",
      "REGISTER_DUBBEL_BSN Personeelsregister!B44",
      "REGISTER_REGELING_ANDERS Betaalbatch!D9 ook Personeelsregister!D5",
    ]);
  });

  it("leest het register uit CSV-tekst met Nederlandse datums; foute cellen en een ontbrekende kolom zijn bevindingen", async () => {
    const p = s.schoon.regels;
    const csv = [
      "Personeelsnummer;BSN;Naam;Regeling;Datum in dienst;Parttimefactor",
      ...p.map((x, i) =>
        [
          x.personeelsnummer,
          x.bsn,
          x.naam,
          i === 1 ? "WSX" : x.regeling,
          i === 2 ? "31-02-2020" : "01-01-2020",
          String((x.parttimefactor as number) / 1e6).replace(".", ","),
        ].join(";"),
      ),
    ].join("\r\n");
    const uit = await controleer({ register: { ...csvNaarGrid(csv), blad: "register.csv" } });
    expect(plekken(uit.bevindingen)).toEqual([
      "REGISTER_VELD_ONGELDIG register.csv!D3",
      "REGISTER_VELD_ONGELDIG register.csv!E4",
    ]);
    expect(uit.bevindingen.map((b) => b.bericht)).toContain(
      "Datum in dienst '31-02-2020' is geen bestaande datum (register, rij 4).",
    );
    const zonder = await controleer({
      register: { ...csvNaarGrid(csv.replace("Regeling", "Soort")), blad: "register.csv" },
    });
    expect(plekken(zonder.bevindingen)).toEqual([
      "REGISTER_KOLOM_ONTBREEKT register.csv!A1",
      "REGISTER_VELD_ONGELDIG register.csv!E4",
    ]);
    const geen = await controleer({ register: { ...csvNaarGrid("a;b\r\n1;2"), blad: "register.csv" } });
    expect(plekken(geen.bevindingen)).toEqual(["REGISTER_ONLEESBAAR register.csv"]);
  });
});

describe("bankbestand (pain.001)", () => {
  it("het afwijkingenbankbestand: elke afwijking met haar transactie en batchcel", async () => {
    const uit = await controleer({
      betaalbestand: bestand(r.sepaAfwijkingen, "afw.xml"),
      register: await registerGrid(r.registerSchoon),
      vorige: await batchGrid(s.vorige),
    });
    expect(plekken(uit.bevindingen)).toEqual([
      "SEPA_BEDRAG_ANDERS Betaalbatch!I11",
      "SEPA_CONTROLESOM_KLOPT_NIET afw.xml",
      "SEPA_CONTROLESOM_KLOPT_NIET afw.xml",
      "SEPA_DUBBEL_ENDTOENDID afw.xml",
      "SEPA_IBAN_ANDERS Betaalbatch!J13",
      "SEPA_IBAN_GEWIJZIGD Betaalbatch!J13",
      "SEPA_REGEL_NIET_BETAALD Betaalbatch!I16",
      "SEPA_ZONDER_REGEL afw.xml",
    ]);
    const bericht = (c: string) => uit.bevindingen.find((b) => b.code === c)!.bericht;
    expect(bericht("SEPA_BEDRAG_ANDERS")).toBe(
      "transactie 5 (EndToEndId LB-2026-10-T5) betaalt € 1.029,13, het netto van batch rij 11 is € 1.029,12.",
    );
    expect(bericht("SEPA_DUBBEL_ENDTOENDID")).toBe(
      "transactie 11 (EndToEndId LB-2026-10-T11) heeft dezelfde EndToEndId als transactie 10.",
    );
    expect(bericht("SEPA_ZONDER_REGEL")).toBe(
      "transactie 40 (EndToEndId LB-2026-10-T99) van € 1.876,54 hoort bij geen regel van de batch.",
    );
    expect(uit.samenvatting.betaalbestand).toMatchObject({ versie: "09", transacties: 40, gekoppeld: 39 });
    // The CtrlSum is an amount, no personal data: shown as one, not masked as if it were a BSN.
    const som = uit.bevindingen.find((b) => b.code === "SEPA_CONTROLESOM_KLOPT_NIET")!;
    expect(som.bericht).toMatch(
      /^CtrlSum van de groepskop is € \d{1,3}(\.\d{3})*,\d\d, de bedragen tellen op tot € /,
    );
    expect(som.gevonden).toMatch(/^\d+\.\d\d$/);
  });

  it.each(["pain.001.001.03", "pain.001.001.09"] as const)(
    "%s: schoon in UTF-8, UTF-8 met BOM, ISO-8859-1",
    async (versie) => {
      for (const codering of ["UTF-8", "ISO-8859-1"] as const) {
        const sv = { ...r.sepaSchoon, versie, codering };
        const uit = await controleer({ betaalbestand: bestand(sv), rekening: REKENING_ALMELO });
        expect(uit.bevindingen).toEqual([]);
      }
      const zonderBom = painXml({ ...r.sepaSchoon, versie });
      const uit = await controleer({
        betaalbestand: { naam: "b.xml", inhoud: zonderBom },
        rekening: REKENING_ALMELO,
      });
      expect(uit.bevindingen).toEqual([]);
    },
  );

  it("accenten overleven ISO-8859-1 en UTF-16; namen passen ongeacht voorletters en accenten", () => {
    const sv: SepaVoorbeeld = {
      ...r.sepaSchoon,
      betalingen: [{ ...r.sepaSchoon.betalingen[0], naam: "Hénnie Ten Brinke" }],
    };
    const latin = leesSepa(new Uint8Array(painBytes({ ...sv, codering: "ISO-8859-1" })));
    expect(latin.ok && latin.bestand.transacties[0].naam).toBe("Hénnie Ten Brinke");
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(painXml(sv).replace("UTF-8", "UTF-16"), "utf16le"),
    ]);
    const u = leesSepa(new Uint8Array(utf16));
    expect(u.ok && u.bestand.transacties[0].naam).toBe("Hénnie Ten Brinke");
    expect(naamLijktOp("H. ten Brinke", "Hennie ten Brinke")).toBe(true);
    expect(naamLijktOp("BRINKE, HÉNNIE", "Hennie ten Brinke")).toBe(true);
    expect(naamLijktOp("Anouk Jansen", "Hennie ten Brinke")).toBe(false);
    expect(naamLijktOp("J. Jansen", "Jan Nijhuis")).toBe(false);
  });

  it("koptotalen, bedragen, valuta, debiteur, uitvoeringsdatum, IBAN en BIC", async () => {
    const bet = betalingenVan(s.schoon).map((x) => ({ ...x }));
    bet[0].bedrag = "12.345"; // three decimals
    bet[1].valuta = "USD";
    bet[2].iban = bet[2].iban.slice(0, -1) + String((Number(bet[2].iban.slice(-1)) + 1) % 10); // mod-97
    bet[3].bic = "ONTP-NL";
    bet[5].iban = bet[4].iban; // person 6 paid into person 5's account: shared
    const sv: SepaVoorbeeld = {
      ...r.sepaSchoon,
      betalingen: bet,
      aantal: "41",
      uitvoerdatum: "2026-12-01",
      debiteur: { ...r.sepaSchoon.debiteur, iban: "NL91ABNA0417164300" },
    };
    const uit = await controleer({ betaalbestand: bestand(sv, "b.xml"), rekening: REKENING_ALMELO });
    expect(plekken(uit.bevindingen)).toEqual([
      "SEPA_AANTAL_KLOPT_NIET b.xml",
      "SEPA_AANTAL_KLOPT_NIET b.xml",
      "SEPA_BEDRAG_ONGELDIG b.xml",
      "SEPA_BIC_ONGELDIG b.xml",
      "SEPA_DEBITEUR_ANDERS b.xml",
      "SEPA_IBAN_ANDERS Betaalbatch!J12",
      "SEPA_IBAN_ANDERS Betaalbatch!J9",
      "SEPA_IBAN_GEDEELD Betaalbatch!J12",
      "SEPA_IBAN_ONGELDIG b.xml",
      "SEPA_UITVOERDATUM b.xml",
      "SEPA_VALUTA b.xml",
    ]);
    const zonderRekening = await controleer({ betaalbestand: bestand(r.sepaSchoon) });
    expect(plekken(zonderRekening.bevindingen)).toEqual(["SEPA_DEBITEUR_NIET_GECONTROLEERD bank.xml"]);
  });

  it("dezelfde rij twee keer betaald: de tweede betaling bij de rij, met verwijzing naar de eerste", async () => {
    const bet = betalingenVan(s.schoon).map((x) => ({ ...x }));
    bet.push({ ...bet[3], endToEndId: "EXTRA-1" });
    const uit = await controleer({
      betaalbestand: bestand({ ...r.sepaSchoon, betalingen: bet }),
      rekening: REKENING_ALMELO,
    });
    expect(plekken(uit.bevindingen)).toEqual(["SEPA_DUBBEL_BETAALD Betaalbatch!I10"]);
    expect(uit.bevindingen[0].bericht).toBe(
      "transactie 41 (EndToEndId EXTRA-1) betaalt batch rij 10 nog een keer (ook transactie 4).",
    );
  });

  it("een bestand dat geen pain.001 is, of helemaal geen XML, is één Nederlandse fout zonder stacktrace", async () => {
    const gevallen: [string, string | Uint8Array, RegExp][] = [
      ["afgekapt.xml", painXml(r.sepaSchoon).slice(0, 900), /geen geldige XML/],
      ["leeg.xml", "", /leeg|geen XML-element/],
      [
        "batch.csv",
        readFileSync(join(__dirname, "..", "..", "..", "assets", "loonbatch", "almelo-2026-10-schoon.csv")),
        /geen (geldige|leesbare) XML|geen SEPA/,
      ],
      [
        "incasso.xml",
        painXml(r.sepaSchoon).replace(/pain\.001\.001\.03/g, "pain.008.001.02"),
        /geen SEPA-overboekingsbestand/,
      ],
      [
        "oud.xml",
        painXml(r.sepaSchoon).replace(/pain\.001\.001\.03/g, "pain.001.001.02"),
        /versie pain\.001\.001\.02 wordt niet ondersteund/,
      ],
      ["zonderns.xml", painXml(r.sepaSchoon).replace(/ xmlns="[^"]+"/, ""), /geen SEPA-overboekingsbestand/],
      [
        "dtd.xml",
        painXml(r.sepaSchoon).replace("?>\n", '?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n'),
        /DOCTYPE/,
      ],
      [
        "ebcdic.xml",
        new Uint8Array(Buffer.from(painXml(r.sepaSchoon).replace("UTF-8", "EBCDIC-CP-US"))),
        /tekenset/,
      ],
      [
        "latin.xml",
        new Uint8Array(Buffer.from(painXml(r.sepaSchoon).replace("Gemeente", "Gemeënte"), "latin1")),
        /geen geldige UTF-8/,
      ],
    ];
    for (const [naam, inhoud, reden] of gevallen) {
      const uit = await controleer({
        betaalbestand: { naam, inhoud: typeof inhoud === "string" ? inhoud : new Uint8Array(inhoud) },
      });
      expect(plekken(uit.bevindingen)).toEqual([`SEPA_ONLEESBAAR ${naam}`]);
      expect(uit.bevindingen[0].bericht).toMatch(reden);
      expect(uit.bevindingen[0].bericht).not.toMatch(/at .*\.ts|Error:/);
    }
  });

  it.each(["pain.001.001.03", "pain.001.001.09"])(
    "een %s-bestand geschreven door het npm-pakket sepa wordt gelezen en gekoppeld",
    async (versie) => {
      const doc = new SEPA.Document(versie);
      doc.grpHdr.id = "ALMELO-2026-10";
      doc.grpHdr.created = new Date(Date.UTC(2026, 9, 20, 9));
      doc.grpHdr.initiatorName = "Gemeente Almelo";
      const info = doc.createPaymentInfo();
      info.requestedExecutionDate = new Date(Date.UTC(2026, 9, 23, 12));
      info.debtorIBAN = REKENING_ALMELO;
      info.debtorBIC = "ONTPNL2A";
      info.debtorName = "Gemeente Almelo";
      doc.addPaymentInfo(info);
      const b = kopie(s.schoon);
      for (const [i, p] of b.regels.entries()) {
        const tx = info.createTransaction();
        tx.creditorName = p.naam;
        tx.creditorIBAN = p.iban;
        tx.creditorBIC = "ONTPNL2A";
        tx.amount = (p.netto as number) / 100; // the package's API takes a number of euros
        tx.end2endId = `SEPAJS-${i + 1}`;
        info.addTransaction(tx);
      }
      const xml = doc.toString();
      expect(xml).toContain(versie === "pain.001.001.09" ? "<BICFI>" : "<BIC>");
      const uit = await controleer({
        betaalbestand: { naam: "sepajs.xml", inhoud: xml },
        rekening: REKENING_ALMELO,
      });
      expect(uit.bevindingen).toEqual([]);
      expect(uit.samenvatting.betaalbestand).toMatchObject({ transacties: 40, gekoppeld: 40 });
      // And a difference in it is found at its cell.
      const fout = await controleer({
        betaalbestand: {
          naam: "sepajs.xml",
          inhoud: xml.replace(`>${(b.regels[0].netto as number) / 100}<`, ">1.00<"),
        },
        rekening: REKENING_ALMELO,
      });
      expect(plekken(fout.bevindingen)).toEqual([
        "SEPA_BEDRAG_ANDERS Betaalbatch!I7",
        "SEPA_CONTROLESOM_KLOPT_NIET sepajs.xml",
        "SEPA_CONTROLESOM_KLOPT_NIET sepajs.xml",
      ]);
    },
  );
});

describe("codedefinities", () => {
  it("docs/loonbatch.md heeft precies de gedefinieerde rijen; de README noemt elke code met haar ernst", () => {
    const wortel = join(__dirname, "..", "..", "..");
    const docs = readFileSync(join(wortel, "docs", "loonbatch.md"), "utf8");
    for (const rij of [...codeTabel(REGISTER_CODES), ...codeTabel(SEPA_CODES)]) expect(docs).toContain(rij);
    const readme = readFileSync(join(wortel, "README.md"), "utf8");
    for (const [code, d] of Object.entries(RECHTMATIGHEID_CODES))
      expect(readme).toContain(`| \`${code}\` | ${d.ernst} | ${d.betekenis} |`);
  });
});
