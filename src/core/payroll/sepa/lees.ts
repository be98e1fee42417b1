// Reads a pain.001 bank file with saxes (a streaming XML parser; runs in Node and the browser).
// Bytes are decoded by BOM or the XML declaration's encoding (UTF-8, UTF-16, ISO-8859-1/15,
// Windows-1252, US-ASCII), elements are recognised by namespace and local name, and only the
// fields the checks need are kept. Anything else than a pain.001.001.03/.09 file is one Dutch reason.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { xmlFoutBij } from "../../xml-fout";
import { normaliseerIban } from "../iban";
import { PAIN_VERSIES, type PainVersie, type SepaBestand, type SepaBlok, type SepaTransactie } from "./model";

export type SepaLeesResultaat = { ok: true; bestand: SepaBestand } | { ok: false; reden: string };

const NAAMRUIMTE = "urn:iso:std:iso:20022:tech:xsd:";

const CODERINGEN: Readonly<Record<string, string>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16": "utf-16le",
  "iso-8859-1": "iso-8859-1",
  latin1: "iso-8859-1",
  "iso-8859-15": "iso-8859-15",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "us-ascii": "utf-8",
  ascii: "utf-8",
};

class LeesFout extends Error {}

/** The file's text: by BOM, else by the encoding its XML declaration names (default UTF-8). */
export function decodeerXml(bytes: Uint8Array): string {
  let codering = "utf-8";
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [codering, start] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [codering, start] = ["utf-16be", 2];
  else {
    let kop = "";
    for (let i = 0; i < Math.min(bytes.length, 200); i++) kop += String.fromCharCode(bytes[i]);
    const m = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(kop);
    if (m) {
      const c = CODERINGEN[m[1].toLowerCase()];
      if (c === undefined) throw new LeesFout(`de tekenset '${m[1].slice(0, 20)}' wordt niet ondersteund`);
      codering = c;
    }
  }
  try {
    return new TextDecoder(codering, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new LeesFout(`de tekst is geen geldige ${codering.toUpperCase()}`);
  }
}

/** "1234.56" → 123456; null unless a positive amount with at most two decimals. */
export function bedragInCenten(tekst: string): number | null {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(tekst);
  if (!m) return null;
  const centen = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return centen > 0 ? centen : null;
}

/** Reads a pain.001 file (bytes as they are on disk, or text already decoded). Never throws. */
export function leesSepa(invoer: Uint8Array | string): SepaLeesResultaat {
  try {
    return {
      ok: true,
      bestand: parse(typeof invoer === "string" ? invoer.replace(/^\ufeff/, "") : decodeerXml(invoer)),
    };
  } catch (e) {
    if (e instanceof LeesFout) return { ok: false, reden: e.message };
    return { ok: false, reden: "het bestand is geen leesbare XML" };
  }
}

function parse(xml: string): SepaBestand {
  // Namespaces by hand (prefix of the root element, and its declaration): saxes' own namespace
  // processing costs a third of the parse, and a bank file declares its namespace once, on Document.
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let voorvoegsel = "";
  let versie: PainVersie | null = null;
  const pad: string[] = [];
  let tekst = "";
  const bestand: SepaBestand = {
    versie: PAIN_VERSIES[0],
    berichtId: "",
    aantal: null,
    controlesom: null,
    blokken: [],
    transacties: [],
  };
  let blok: SepaBlok | null = null;
  let tx: SepaTransactie | null = null;
  let fout: string | null = null;

  parser.on("error", (e) => {
    if (fout === null)
      fout = `het bestand is geen geldige XML${xmlFoutBij(e)}; vraag de bank of het salarispakket om een nieuw exportbestand`;
  });
  parser.on("doctype", () => {
    fout ??= "het bestand bevat een DOCTYPE; een bankbestand heeft dat niet";
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    tekst = "";
    const dp = tag.name.indexOf(":");
    const prefix = dp < 0 ? "" : tag.name.slice(0, dp);
    const local = dp < 0 ? tag.name : tag.name.slice(dp + 1);
    if (pad.length === 0) {
      voorvoegsel = prefix;
      const uri = tag.attributes[prefix === "" ? "xmlns" : `xmlns:${prefix}`] ?? "";
      const v = uri.startsWith(NAAMRUIMTE) ? uri.slice(NAAMRUIMTE.length) : "";
      if (local !== "Document" || !v.startsWith("pain.001."))
        throw new LeesFout(
          "het bestand is geen SEPA-overboekingsbestand (pain.001): het hoofdelement is geen Document in de naamruimte van pain.001",
        );
      if (!(PAIN_VERSIES as readonly string[]).includes(v))
        throw new LeesFout(`versie ${v} wordt niet ondersteund; wel pain.001.001.03 en pain.001.001.09`);
      versie = v as PainVersie;
    } else if (prefix !== voorvoegsel) {
      pad.push("?");
      return;
    }
    pad.push(local);
    const d = pad.length;
    if (d === 3 && local === "PmtInf") {
      blok = {
        positie: bestand.blokken.length + 1,
        pmtInfId: "",
        aantal: null,
        controlesom: null,
        uitvoerdatum: null,
        debiteurIban: "",
        debiteurBic: "",
        van: bestand.transacties.length,
        tot: bestand.transacties.length,
      };
      bestand.blokken.push(blok);
    } else if (d === 4 && blok && local === "CdtTrfTxInf") {
      tx = {
        positie: bestand.transacties.length + 1,
        blok: blok.positie,
        endToEndId: "",
        bedragTekst: "",
        centen: null,
        valuta: "",
        naam: "",
        iban: "",
        bic: "",
      };
      bestand.transacties.push(tx);
    } else if (tx && local === "InstdAmt") {
      tx.valuta = tag.attributes.Ccy ?? "";
    }
  });
  parser.on("text", (t) => {
    tekst += t;
  });
  parser.on("cdata", (t) => {
    tekst += t;
  });
  parser.on("closetag", () => {
    const d = pad.length;
    const naam = pad[d - 1];
    const t = tekst.trim();
    if (d === 4 && pad[2] === "GrpHdr") {
      if (naam === "MsgId") bestand.berichtId = t;
      else if (naam === "NbOfTxs") bestand.aantal = t;
      else if (naam === "CtrlSum") bestand.controlesom = t;
    } else if (blok && pad[2] === "PmtInf") {
      if (d === 4) {
        if (naam === "PmtInfId") blok.pmtInfId = t;
        else if (naam === "NbOfTxs") blok.aantal = t;
        else if (naam === "CtrlSum") blok.controlesom = t;
        else if (naam === "ReqdExctnDt" && blok.uitvoerdatum === null && t !== "") blok.uitvoerdatum = t;
        else if (naam === "CdtTrfTxInf" && tx) {
          blok.tot = bestand.transacties.length;
          tx = null;
        }
      } else if (d === 5 && pad[3] === "ReqdExctnDt" && (naam === "Dt" || naam === "DtTm")) {
        blok.uitvoerdatum = t.slice(0, 10);
      } else if (d === 6 && pad[3] === "DbtrAcct" && naam === "IBAN") blok.debiteurIban = normaliseerIban(t);
      else if (d === 6 && pad[3] === "DbtrAgt" && (naam === "BIC" || naam === "BICFI")) blok.debiteurBic = t;
      else if (tx && d >= 6 && pad[3] === "CdtTrfTxInf") {
        const ouder = pad[4];
        if (ouder === "PmtId" && naam === "EndToEndId") tx.endToEndId = t;
        else if (ouder === "Amt" && naam === "InstdAmt") {
          tx.bedragTekst = t;
          tx.centen = bedragInCenten(t);
        } else if (ouder === "Cdtr" && naam === "Nm" && d === 6) tx.naam = t;
        else if (ouder === "CdtrAcct" && naam === "IBAN") tx.iban = normaliseerIban(t);
        else if (ouder === "CdtrAgt" && (naam === "BIC" || naam === "BICFI")) tx.bic = t;
      }
    }
    pad.pop();
    tekst = "";
  });
  parser.write(xml);
  if (fout === null) parser.close();
  if (fout !== null) throw new LeesFout(fout);
  if (versie === null) throw new LeesFout("het bestand is leeg of bevat geen XML-element");
  if (bestand.blokken.length === 0 && bestand.aantal === null)
    throw new LeesFout("het bestand heeft geen groepskop (GrpHdr) en geen betaalblokken (PmtInf)");
  bestand.versie = versie;
  return bestand;
}
