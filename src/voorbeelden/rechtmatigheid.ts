// Synthetic personnel registers and SEPA bank files (pain.001) for the samples in
// assets/loonbatch/, the tests and the bench. Deterministic; built on the batch samples of
// loonbatch-voorbeeld.ts, so the clean register and bank file match the clean October batch.
import ExcelJS from "exceljs";
import { maakIban } from "../core/payroll";
import type { PainVersie } from "../core/payroll";
import {
  maakPersonen,
  nieuwWerkboek,
  vasteZipDatums,
  voorbeeldScenario,
  type VoorbeeldBatch,
  type VoorbeeldRegel,
} from "./loonbatch";

export interface VoorbeeldRegisterRegel {
  personeelsnummer: string;
  bsn: string;
  naam: string;
  regeling: string;
  gemeente: string;
  /** "jjjj-mm-dd" written as a real Excel date, or text as typed ("31-12-2026"). */
  inDienst: { iso: string } | string;
  uitDienst?: { iso: string } | string;
  /** Millionths. */
  parttimefactor: number;
  indicatieTot?: { iso: string } | string;
}

export interface VoorbeeldRegister {
  rekening: string;
  regels: VoorbeeldRegisterRegel[];
}

export const REKENING_ALMELO = maakIban("NL", "ONTP0000004620");

const REGISTER_KOLOMMEN = [
  "Personeelsnummer",
  "BSN",
  "Naam",
  "Regeling",
  "Gemeente",
  "Datum in dienst",
  "Datum uit dienst",
  "Parttimefactor",
  "Indicatie geldig tot",
];

const datumCel = (d: { iso: string } | string | undefined): Date | string | null => {
  if (d === undefined) return null;
  if (typeof d === "string") return d;
  const [j, m, dag] = d.iso.split("-").map(Number);
  return new Date(Date.UTC(j, m - 1, dag));
};

/** Adds sheet 'Personeelsregister': the municipality's account above the table, then the people. */
export function voegRegisterToe(
  wb: ExcelJS.Workbook,
  r: VoorbeeldRegister,
  blad = "Personeelsregister",
): void {
  const ws = wb.addWorksheet(blad);
  ws.addRow(["Rekening gemeente", r.rekening]);
  ws.addRow([]);
  ws.addRow(REGISTER_KOLOMMEN);
  for (const p of r.regels) {
    ws.addRow([
      p.personeelsnummer,
      p.bsn,
      p.naam,
      p.regeling,
      p.gemeente,
      datumCel(p.inDienst),
      datumCel(p.uitDienst),
      p.parttimefactor / 1000000,
      datumCel(p.indicatieTot),
    ]);
  }
  ws.getColumn(2).numFmt = "@";
  for (const k of [6, 7, 9]) ws.getColumn(k).numFmt = "dd-mm-yyyy";
  ws.getRow(3).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [16, 12, 22, 10, 12, 16, 16, 14, 18][i] ?? 12));
}

export async function registerNaarXlsx(r: VoorbeeldRegister): Promise<Buffer> {
  const wb = nieuwWerkboek();
  voegRegisterToe(wb, r);
  return vasteZipDatums(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The register entry of a batch person, employed since `inDienst`. */
function inRegister(p: VoorbeeldRegel, gemeente: string, inDienst: VoorbeeldRegisterRegel["inDienst"]) {
  const r: VoorbeeldRegisterRegel = {
    personeelsnummer: p.personeelsnummer,
    bsn: p.bsn,
    naam: p.naam,
    regeling: String(p.regeling),
    gemeente,
    inDienst,
    parttimefactor: p.parttimefactor as number,
  };
  if (p.regeling !== "PW") r.indicatieTot = { iso: "2028-12-31" };
  return r;
}

export interface SepaBetaling {
  endToEndId: string;
  /** Integer cents, or text as a faulty file writes it. */
  bedrag: number | string;
  naam: string;
  iban: string;
  bic?: string;
  valuta?: string;
}

export interface SepaVoorbeeld {
  versie: PainVersie;
  berichtId: string;
  aangemaakt: string;
  debiteur: { naam: string; iban: string; bic: string };
  uitvoerdatum: string;
  betalingen: SepaBetaling[];
  /** Header values; default: computed. */
  aantal?: string;
  controlesom?: string;
  /** The declared encoding (default UTF-8, with a BOM as some payroll systems write it). */
  codering?: "UTF-8" | "ISO-8859-1";
}

const xmlTekst = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const centenXml = (c: number | string) =>
  typeof c === "string" ? c : `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;

/** A pain.001 credit transfer as payroll systems write it: one payment block, in .03 or .09 layout. */
export function painXml(s: SepaVoorbeeld): string {
  const negen = s.versie === "pain.001.001.09";
  const bicEl = negen ? "BICFI" : "BIC";
  let som = 0;
  for (const b of s.betalingen) if (typeof b.bedrag === "number") som += b.bedrag;
  const aantal = s.aantal ?? String(s.betalingen.length);
  const controlesom = s.controlesom ?? centenXml(som);
  const uit: string[] = [];
  uit.push(`<?xml version="1.0" encoding="${s.codering ?? "UTF-8"}"?>`);
  uit.push(
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${s.versie}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
  );
  uit.push("  <CstmrCdtTrfInitn>");
  uit.push("    <GrpHdr>");
  uit.push(`      <MsgId>${xmlTekst(s.berichtId)}</MsgId>`);
  uit.push(`      <CreDtTm>${s.aangemaakt}</CreDtTm>`);
  uit.push(`      <NbOfTxs>${aantal}</NbOfTxs>`);
  uit.push(`      <CtrlSum>${controlesom}</CtrlSum>`);
  uit.push(`      <InitgPty><Nm>${xmlTekst(s.debiteur.naam)}</Nm></InitgPty>`);
  uit.push("    </GrpHdr>");
  uit.push("    <PmtInf>");
  uit.push(`      <PmtInfId>${xmlTekst(s.berichtId)}-1</PmtInfId>`);
  uit.push("      <PmtMtd>TRF</PmtMtd>");
  uit.push("      <BtchBookg>true</BtchBookg>");
  uit.push(`      <NbOfTxs>${aantal}</NbOfTxs>`);
  uit.push(`      <CtrlSum>${controlesom}</CtrlSum>`);
  uit.push("      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><CtgyPurp><Cd>SALA</Cd></CtgyPurp></PmtTpInf>");
  uit.push(
    negen
      ? `      <ReqdExctnDt><Dt>${s.uitvoerdatum}</Dt></ReqdExctnDt>`
      : `      <ReqdExctnDt>${s.uitvoerdatum}</ReqdExctnDt>`,
  );
  uit.push(`      <Dbtr><Nm>${xmlTekst(s.debiteur.naam)}</Nm></Dbtr>`);
  uit.push(`      <DbtrAcct><Id><IBAN>${s.debiteur.iban}</IBAN></Id></DbtrAcct>`);
  uit.push(`      <DbtrAgt><FinInstnId><${bicEl}>${s.debiteur.bic}</${bicEl}></FinInstnId></DbtrAgt>`);
  uit.push("      <ChrgBr>SLEV</ChrgBr>");
  for (const b of s.betalingen) {
    uit.push("      <CdtTrfTxInf>");
    uit.push(`        <PmtId><EndToEndId>${xmlTekst(b.endToEndId)}</EndToEndId></PmtId>`);
    uit.push(`        <Amt><InstdAmt Ccy="${b.valuta ?? "EUR"}">${centenXml(b.bedrag)}</InstdAmt></Amt>`);
    if (b.bic) uit.push(`        <CdtrAgt><FinInstnId><${bicEl}>${b.bic}</${bicEl}></FinInstnId></CdtrAgt>`);
    uit.push(`        <Cdtr><Nm>${xmlTekst(b.naam)}</Nm></Cdtr>`);
    uit.push(`        <CdtrAcct><Id><IBAN>${b.iban}</IBAN></Id></CdtrAcct>`);
    uit.push(`        <RmtInf><Ustrd>Salaris ${s.uitvoerdatum.slice(0, 7)}</Ustrd></RmtInf>`);
    uit.push("      </CdtTrfTxInf>");
  }
  uit.push("    </PmtInf>");
  uit.push("  </CstmrCdtTrfInitn>");
  uit.push("</Document>");
  return uit.join("\n") + "\n";
}

/** The file's bytes in its declared encoding (UTF-8 with a BOM, or ISO-8859-1). */
export function painBytes(s: SepaVoorbeeld): Buffer {
  const xml = painXml(s);
  return s.codering === "ISO-8859-1" ? Buffer.from(xml, "latin1") : Buffer.from("\ufeff" + xml, "utf8");
}

/** The payments of a batch: every row with a positive netto, to its own account. */
export function betalingenVan(b: VoorbeeldBatch): SepaBetaling[] {
  return b.regels
    .filter((r) => typeof r.netto === "number" && r.netto > 0)
    .map((r, i) => ({
      endToEndId: `LB-${b.periode}-T${i + 1}`,
      bedrag: r.netto,
      naam: r.naam,
      iban: r.iban,
      bic: "ONTPNL2A",
    }));
}

export interface RechtmatigheidScenario {
  registerSchoon: VoorbeeldRegister;
  registerAfwijkingen: VoorbeeldRegister;
  sepaSchoon: SepaVoorbeeld;
  sepaAfwijkingen: SepaVoorbeeld;
}

/**
 * Register and bank files for the clean October batch. Clean: everyone paid is employed, the
 * leaver of September is in the register with his end date, the bank file pays every row.
 * Anomalies (register): paid after leaving, an indication expired, a wrong part-time factor,
 * someone active but unpaid, a leaver within the month. Anomalies (bank file, pain.001.001.09 in
 * ISO-8859-1): an extra payment, an amount off by a cent, a changed IBAN, a missing person, a
 * duplicate EndToEndId and a wrong CtrlSum.
 */
export function rechtmatigheidScenario(): RechtmatigheidScenario {
  const s = voorbeeldScenario();
  const schoon = s.schoon;
  const vertrokken = s.vorige.regels[39];
  const regels: VoorbeeldRegisterRegel[] = schoon.regels.map((p, i) =>
    inRegister(
      p,
      "Almelo",
      p.mutatie === "instroom"
        ? { iso: "2026-10-01" }
        : i % 3 === 0
          ? `01-${String((i % 12) + 1).padStart(2, "0")}-${2010 + (i % 15)}`
          : { iso: `${2008 + (i % 17)}-${String((i % 12) + 1).padStart(2, "0")}-01` },
    ),
  );
  regels.push({ ...inRegister(vertrokken, "Almelo", { iso: "2015-05-01" }), uitDienst: "30-09-2026" });
  const registerSchoon: VoorbeeldRegister = { rekening: REKENING_ALMELO, regels };

  const a = regels.map((r) => ({ ...r }));
  a[2].uitDienst = { iso: "2026-08-31" }; // paid after leaving (BETAALD_BUITEN_DIENSTVERBAND)
  a[5].indicatieTot = "30-06-2026"; // expired indication (INDICATIE_VERLOPEN)
  if (a[5].regeling === "PW") a[5].regeling = "WSW";
  a[8].parttimefactor = a[8].parttimefactor === 500000 ? 600000 : 500000; // REGISTER_PARTTIMEFACTOR_ANDERS
  a[11].uitDienst = "15-10-2026"; // leaves within the month (DIENSTVERBAND_DEEL_MAAND)
  const actief = maakPersonen(1, 4413, 100060)[0];
  a.push(inRegister(actief, "Almelo", { iso: "2024-02-01" })); // IN_DIENST_NIET_BETAALD
  const registerAfwijkingen: VoorbeeldRegister = { rekening: REKENING_ALMELO, regels: a };

  const debiteur = { naam: "Gemeente Almelo", iban: REKENING_ALMELO, bic: "ONTPNL2A" };
  const sepaSchoon: SepaVoorbeeld = {
    versie: "pain.001.001.03",
    berichtId: "ALMELO-LB-2026-10",
    aangemaakt: "2026-10-20T09:00:00",
    debiteur,
    uitvoerdatum: "2026-10-23",
    betalingen: betalingenVan(schoon),
  };

  const b = betalingenVan(schoon).map((x) => ({ ...x }));
  b[4].bedrag = (b[4].bedrag as number) + 1; // a cent too much (SEPA_BEDRAG_ANDERS)
  b[6].iban = maakIban("NL", "ONTP9900112233"); // changed account (SEPA_IBAN_ANDERS)
  b[11].endToEndId = b[10].endToEndId; // SEPA_DUBBEL_ENDTOENDID
  b.splice(9, 1); // person 10 missing (SEPA_REGEL_NIET_BETAALD)
  // SEPA_ZONDER_REGEL: someone in no batch (a name outside the generator's name lists).
  const vreemde = maakPersonen(1, 9901, 100090)[0];
  b.push({
    endToEndId: "LB-2026-10-T99",
    bedrag: 187654,
    naam: "Pieter Bakker",
    iban: vreemde.iban,
    bic: "ONTPNL2A",
  });
  let som = 0;
  for (const x of b) som += x.bedrag as number;
  const sepaAfwijkingen: SepaVoorbeeld = {
    versie: "pain.001.001.09",
    berichtId: "ALMELO-LB-2026-10-B",
    aangemaakt: "2026-10-20T09:00:00",
    debiteur,
    uitvoerdatum: "2026-10-23",
    betalingen: b,
    controlesom: centenXml(som - 10000), // SEPA_CONTROLESOM_KLOPT_NIET
    codering: "ISO-8859-1",
  };
  return { registerSchoon, registerAfwijkingen, sepaSchoon, sepaAfwijkingen };
}
