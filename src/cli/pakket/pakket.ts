// An .xlsx package changed surgically: the fill replaces only the parts the add-in owns (its
// sheet part, xl/workbook.xml for its sheet entry and names, the workbook relationships and
// [Content_Types].xml when it adds the sheet, and xl/styles.xml only by appending). Every other
// zip entry keeps its exact bytes: charts, pivot tables, customXml, extLst, external links,
// notes, custom properties and whatever a future Excel adds.
import JSZip from "jszip";
import type { Document, Element } from "@xmldom/xmldom";
import { eigenGebied, leesRechthoek, type Bezetting, type Rechthoek } from "../../core/gebied";
import { bladVerwijzing, kolomLetters, parseAdres } from "../../core/grid";
import { ongeldigeGetallen, type BladPlan, type GrafiekPlan, type PlanCel } from "../../core/sheetplan";
import { nieuwWerkblad, rijenMetNummer, schrijfWerkblad, WERKBLAD_VOLGORDE } from "./blad";
import { hernoemTabelkoppen, wijzigCellen, type CelNieuw } from "./cellen";
import { doelPad, relsPad, schrijfGrafieken, type GrafiekPakket } from "./grafieken";
import { LEEG_STIJLBLAD, Stijlboek } from "./stijlen";
import { kind, kinderen, leesXml, maak, NS, PakketFout, schrijfXml, voegInOpPlek } from "./xml";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WERKBLAD_TYPE = `${REL_TYPE}/worksheet`;
const TABEL_TYPE = `${REL_TYPE}/table`;
const STIJLEN_TYPE = `${REL_TYPE}/styles`;
const WERKBLAD_INHOUD = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STIJLEN_INHOUD = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const WERKMAP_VOLGORDE = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** New entries get a fixed date, so filling the same workbook twice gives the same zip. */
const VASTE_DATUM = new Date(Date.UTC(2000, 0, 1));

/** A plan that may not be written (a non-finite number): nothing is written. */
export class SchrijfWeigering extends Error {}

export interface BladDeel {
  /** The sheet's name as the workbook spells it. */
  naam: string;
  /** Its part, e.g. "xl/worksheets/sheet3.xml". */
  pad: string;
  /** False for chart sheets, dialog sheets and the like: not ours to fill. */
  werkblad: boolean;
}

/** The zip entry of a part; OPC part names compare without case. */
function vindEntry(zip: JSZip, pad: string): JSZip.JSZipObject | undefined {
  const direct = zip.file(pad);
  if (direct) return direct;
  const laag = pad.toLowerCase();
  const naam = Object.keys(zip.files).find((n) => n.toLowerCase() === laag);
  return naam ? (zip.file(naam) ?? undefined) : undefined;
}

function absoluut(a1: string): string {
  return a1
    .split(":")
    .map((d) => {
      const p = parseAdres(d);
      return `$${kolomLetters(p.kolom)}$${p.rij + 1}`;
    })
    .join(":");
}

export class Pakket implements GrafiekPakket {
  /** Owned parts changed besides the sheet, workbook and styles: relationships, content types. */
  private readonly gewijzigd = new Set<"rels" | "typen">();

  private constructor(
    private readonly zip: JSZip,
    private readonly werkmap: Document,
    private readonly rels: Document,
    private readonly typen: Document,
  ) {}

  static async open(bytes: Uint8Array): Promise<Pakket> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new PakketFout("het bestand is geen .xlsx-pakket (geen leesbaar zip-bestand)");
    }
    const lees = (pad: string) => vindEntry(zip, pad)?.async("string");
    const werkmap = await lees("xl/workbook.xml");
    const rels = await lees("xl/_rels/workbook.xml.rels");
    const typen = await lees("[Content_Types].xml");
    if (!werkmap || !rels || !typen)
      throw new PakketFout(
        "het bestand is geen Excel-werkmap (xl/workbook.xml of [Content_Types].xml ontbreekt)",
      );
    return new Pakket(
      zip,
      leesXml(werkmap, "xl/workbook.xml"),
      leesXml(rels, "xl/_rels/workbook.xml.rels"),
      leesXml(typen, "[Content_Types].xml"),
    );
  }

  /** The zip entry of a part; OPC part names compare without case. */
  private entry(pad: string): JSZip.JSZipObject | undefined {
    return vindEntry(this.zip, pad);
  }

  private async leesDeel(pad: string): Promise<string | undefined> {
    return this.entry(pad)?.async("string");
  }

  lees(pad: string): Promise<string | undefined> {
    return this.leesDeel(pad);
  }

  bestaat(pad: string): boolean {
    return this.entry(pad) !== undefined;
  }

  private relaties(rels: Document): Element[] {
    return kinderen(rels.documentElement!, "Relationship");
  }

  /** The sheet with this name, compared without case as Excel does. */
  zoekBlad(naam: string): BladDeel | undefined {
    const sheets = kind(this.werkmap.documentElement!, "sheets");
    const sheet =
      sheets &&
      kinderen(sheets, "sheet").find((s) => s.getAttribute("name")?.toLowerCase() === naam.toLowerCase());
    if (!sheet) return undefined;
    const rid = sheet.getAttributeNS(NS.r, "id") ?? "";
    const rel = this.relaties(this.rels).find((r) => r.getAttribute("Id") === rid);
    if (!rel)
      throw new PakketFout(`het blad '${sheet.getAttribute("name")}' heeft geen onderdeel in het pakket`);
    return {
      naam: sheet.getAttribute("name")!,
      pad: doelPad("xl/workbook.xml", rel.getAttribute("Target") ?? ""),
      werkblad: rel.getAttribute("Type") === WERKBLAD_TYPE,
    };
  }

  /** An empty workbook package (no sheets yet): plans written into it make a new workbook. */
  static async leeg(): Promise<Pakket> {
    const zip = new JSZip();
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const delen: Record<string, string> = {
      "[Content_Types].xml": `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      "_rels/.rels": `${xml}<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `${xml}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
      "xl/_rels/workbook.xml.rels": `${xml}<Relationships xmlns="${NS.rels}"></Relationships>`,
    };
    for (const [pad, inhoud] of Object.entries(delen))
      zip.file(pad, inhoud, { date: VASTE_DATUM, createFolders: false });
    return Pakket.open(await zip.generateAsync({ type: "uint8array" }));
  }

  /**
   * Changes single cells of an existing worksheet in place (value, or a formula's cached result);
   * the sheet keeps everything else. Header cells of an Excel table rename its columns too. Excel
   * recalculates the workbook when it opens it (calcPr fullCalcOnLoad), so formulas this code did
   * not update show fresh results. Written with the next schrijfPlan or inhoud().
   */
  async wijzigCellen(bladNaam: string, wijzigingen: readonly CelNieuw[]): Promise<void> {
    const blad = this.zoekBlad(bladNaam);
    if (!blad || !blad.werkblad) throw new PakketFout(`het werkblad '${bladNaam}' staat niet in het pakket`);
    const xml = await this.leesDeel(blad.pad);
    if (xml === undefined) throw new PakketFout(`het onderdeel ${blad.pad} ontbreekt in het pakket`);
    const doc = leesXml(xml, blad.pad);
    wijzigCellen(doc, wijzigingen);
    this.vervang(blad.pad, schrijfXml(doc));
    const relsXml = await this.leesDeel(relsPad(blad.pad));
    for (const rel of relsXml ? this.relaties(leesXml(relsXml, relsPad(blad.pad))) : []) {
      if (rel.getAttribute("Type") !== TABEL_TYPE) continue;
      const pad = doelPad(blad.pad, rel.getAttribute("Target") ?? "");
      const tabelXml = await this.leesDeel(pad);
      if (!tabelXml) continue;
      const tabel = leesXml(tabelXml, pad);
      if (hernoemTabelkoppen(tabel, wijzigingen)) this.vervang(pad, schrijfXml(tabel));
    }
    const root = this.werkmap.documentElement!;
    const calcPr = kind(root, "calcPr") ?? voegInOpPlek(root, maak(root, "calcPr"), WERKMAP_VOLGORDE);
    calcPr.setAttribute("fullCalcOnLoad", "1");
    this.vervang("xl/workbook.xml", schrijfXml(this.werkmap));
  }

  /**
   * Renames a sheet and every reference to it: formulas in all sheets, defined names, chart series
   * and pivot sources. Only parts that refer to the sheet change; the others keep their bytes.
   */
  async hernoemBlad(van: string, naar: string): Promise<void> {
    const root = this.werkmap.documentElement!;
    const sheets = kind(root, "sheets");
    const sheet =
      sheets &&
      kinderen(sheets, "sheet").find((x) => x.getAttribute("name")?.toLowerCase() === van.toLowerCase());
    if (!sheet) throw new PakketFout(`het blad '${van}' staat niet in het pakket`);
    if (kinderen(sheets, "sheet").some((x) => x.getAttribute("name")?.toLowerCase() === naar.toLowerCase()))
      throw new PakketFout(`het blad '${naar}' bestaat al`);
    sheet.setAttribute("name", naar);
    const vervangRef = verwijzingVervanger(van, naar);
    const dn = kind(root, "definedNames");
    for (const d of dn ? kinderen(dn, "definedName") : []) {
      const oud = d.textContent ?? "";
      const nieuw = vervangRef(oud, false);
      if (nieuw !== oud) {
        while (d.firstChild) d.removeChild(d.firstChild);
        d.appendChild(this.werkmap.createTextNode(nieuw));
      }
    }
    this.vervang("xl/workbook.xml", schrijfXml(this.werkmap));
    for (const naam of Object.keys(this.zip.files)) {
      if (
        !/^xl\/(worksheets|charts|chartsheets|pivotCache|pivotTables|tables|drawings)\/[^/]+\.xml$/i.test(
          naam,
        )
      )
        continue;
      const oud = await this.zip.file(naam)!.async("string");
      const nieuw = vervangRef(oud, true);
      if (nieuw !== oud) this.vervang(naam, nieuw);
    }
  }

  private vervang(pad: string, inhoud: string): void {
    const oud = this.entry(pad);
    this.zip.file(oud?.name ?? pad, inhoud, { date: oud?.date ?? VASTE_DATUM, createFolders: false });
  }

  /** Cells with content, notes, merges and drawings of a sheet, for the area check. */
  async bezetting(blad: BladDeel): Promise<Bezetting> {
    const xml = await this.leesDeel(blad.pad);
    if (!xml) return {};
    const root = leesXml(xml, blad.pad).documentElement!;
    const cellen: string[] = [];
    const sheetData = kind(root, "sheetData");
    for (const { rij } of sheetData ? rijenMetNummer(sheetData) : []) {
      for (const c of kinderen(rij, "c")) {
        const inhoud = kinderen(c).some(
          (k) =>
            k.localName === "f" ||
            k.localName === "is" ||
            (k.localName === "v" && (k.textContent ?? "") !== ""),
        );
        if (inhoud) cellen.push(c.getAttribute("r")!);
      }
    }
    const mergeCells = kind(root, "mergeCells");
    const samenvoegingen = mergeCells
      ? kinderen(mergeCells, "mergeCell").map((m) => m.getAttribute("ref") ?? "")
      : [];
    const notities: string[] = [];
    const tekeningen: string[] = [];
    const relsXml = await this.leesDeel(relsPad(blad.pad));
    for (const rel of relsXml ? this.relaties(leesXml(relsXml, relsPad(blad.pad))) : []) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const type = rel.getAttribute("Type") ?? "";
      const pad = doelPad(blad.pad, rel.getAttribute("Target") ?? "");
      if (/\/(comments|threadedComment)$/.test(type)) {
        const deel = await this.leesDeel(pad);
        if (!deel) continue;
        for (const m of deel.matchAll(/<(?:\w+:)?(?:comment|threadedComment)\b[^>]*\bref="([^"]+)"/g))
          notities.push(m[1]);
      } else if (/\/drawing$/.test(type)) {
        const deel = await this.leesDeel(pad);
        if (deel) tekeningen.push(...ankers(leesXml(deel, pad)));
      }
    }
    return { cellen, notities, samenvoegingen, tekeningen };
  }

  /** The area a previous fill owned, from the workbook name that `naam` is (if it points at `blad`). */
  vorigGebied(naam: string, blad: string, nieuw: string): Rechthoek | undefined {
    const dn = kind(this.werkmap.documentElement!, "definedNames");
    const d =
      dn &&
      kinderen(dn, "definedName").find(
        (x) =>
          x.getAttribute("name")?.toLowerCase() === naam.toLowerCase() && !x.hasAttribute("localSheetId"),
      );
    const gebied = d && eigenGebied(d.textContent ?? "", blad, nieuw);
    return gebied ? leesRechthoek(gebied) : undefined;
  }

  /**
   * Writes the plan into the package and returns the new .xlsx bytes. Throws SchrijfWeigering for
   * a plan with a number no workbook can hold, PakketFout for a package that cannot take it.
   */
  async schrijfPlan(plan: BladPlan): Promise<Buffer> {
    const ongeldig = ongeldigeGetallen(plan);
    if (ongeldig.length > 0)
      throw new SchrijfWeigering(
        `De afrekening bevat een ongeldig getal: ${ongeldig.slice(0, 5).join("; ")}.`,
      );

    const nieuw: Record<string, string> = {};
    let blad = this.zoekBlad(plan.blad);
    if (blad && !blad.werkblad)
      throw new PakketFout(
        `het blad '${blad.naam}' is geen werkblad (maar bijvoorbeeld een grafiekblad); hernoem het`,
      );
    const gebiedNaam = plan.namen.find((n) => n.adres === plan.gebied)?.naam;
    const vorig = blad && gebiedNaam ? this.vorigGebied(gebiedNaam, blad.naam, plan.gebied) : undefined;
    let doc: Document;
    if (blad) {
      const xml = await this.leesDeel(blad.pad);
      if (xml === undefined) throw new PakketFout(`het onderdeel ${blad.pad} ontbreekt in het pakket`);
      doc = leesXml(xml, blad.pad);
    } else {
      blad = this.voegBladToe(plan.blad);
      doc = nieuwWerkblad();
    }

    const stijlPad = this.stijlenPad();
    const stijlXml = (await this.leesDeel(stijlPad)) ?? LEEG_STIJLBLAD;
    const stijlDoc = leesXml(stijlXml, stijlPad);
    const stijlen = new Stijlboek(stijlDoc);
    const indexen = plan.cellen.map((c) => stijlen.index(c.getalnotatie, c.stijl));

    schrijfWerkblad(doc, {
      gebied: leesRechthoek(plan.gebied),
      ...(vorig ? { vorig } : {}),
      cellen: plan.cellen,
      stijlen: indexen,
      ...(plan.kolombreedtes ? { kolombreedtes: plan.kolombreedtes } : {}),
    });
    Object.assign(
      nieuw,
      await schrijfGrafieken(
        this,
        {
          blad: blad.naam,
          bladPad: blad.pad,
          bladDoc: doc,
          grafieken: plan.grafieken ?? [],
          cellen: plan.cellen,
          ...(plan.kolombreedtes ? { kolombreedtes: plan.kolombreedtes } : {}),
        },
        WERKBLAD_VOLGORDE,
      ),
    );
    nieuw[blad.pad] = schrijfXml(doc);
    if (stijlen.gewijzigd || !this.entry(stijlPad)) nieuw[stijlPad] = schrijfXml(stijlDoc);
    this.zetNamen(plan, blad.naam);
    nieuw["xl/workbook.xml"] = schrijfXml(this.werkmap);
    return this.pak(nieuw);
  }

  /**
   * Adds native charts to an existing worksheet of the package (or, found by name, replaces the
   * ones a previous call added) and returns the new .xlsx bytes. `cellen` give the charts' cached
   * values; without them Excel and LibreOffice fill the charts when they calculate. schrijfPlan
   * does this for a plan's own `grafieken`.
   */
  async schrijfGrafieken(
    bladNaam: string,
    grafieken: readonly GrafiekPlan[],
    cellen: readonly PlanCel[] = [],
    kolombreedtes?: Record<string, number>,
  ): Promise<Buffer> {
    const blad = this.zoekBlad(bladNaam);
    if (!blad || !blad.werkblad) throw new PakketFout(`het werkblad '${bladNaam}' bestaat niet`);
    const xml = await this.leesDeel(blad.pad);
    if (xml === undefined) throw new PakketFout(`het onderdeel ${blad.pad} ontbreekt in het pakket`);
    const doc = leesXml(xml, blad.pad);
    const nieuw = await schrijfGrafieken(
      this,
      {
        blad: blad.naam,
        bladPad: blad.pad,
        bladDoc: doc,
        grafieken,
        cellen,
        ...(kolombreedtes ? { kolombreedtes } : {}),
      },
      WERKBLAD_VOLGORDE,
    );
    nieuw[blad.pad] = schrijfXml(doc);
    return this.pak(nieuw);
  }

  /** Puts the changed parts (and the owned workbook parts that changed) into the zip. */
  private pak(nieuw: Record<string, string>): Promise<Buffer> {
    if (this.gewijzigd.has("rels")) nieuw["xl/_rels/workbook.xml.rels"] = schrijfXml(this.rels);
    if (this.gewijzigd.has("typen")) nieuw["[Content_Types].xml"] = schrijfXml(this.typen);
    for (const [pad, inhoud] of Object.entries(nieuw)) {
      const oud = this.entry(pad);
      this.zip.file(oud?.name ?? pad, inhoud, { date: oud?.date ?? VASTE_DATUM, createFolders: false });
    }
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  /** Adds a sheet entry, its relationship and content type; returns its part. */
  private voegBladToe(naam: string): BladDeel {
    let n = 1;
    while (this.entry(`xl/worksheets/sheet${n}.xml`)) n++;
    const pad = `xl/worksheets/sheet${n}.xml`;
    const rid = this.voegRelatieToe(WERKBLAD_TYPE, `worksheets/sheet${n}.xml`);
    const root = this.werkmap.documentElement!;
    const sheets = kind(root, "sheets") ?? voegInOpPlek(root, maak(root, "sheets"), WERKMAP_VOLGORDE);
    const ids = kinderen(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
    const sheet = maak(sheets, "sheet", { name: naam, sheetId: String(Math.max(0, ...ids) + 1) });
    const prefix = root.lookupPrefix(NS.r);
    if (!prefix) root.setAttribute("xmlns:r", NS.r);
    sheet.setAttributeNS(NS.r, `${prefix ?? "r"}:id`, rid);
    sheets.appendChild(sheet);
    this.voegInhoudstypeToe(pad, WERKBLAD_INHOUD);
    return { naam, pad, werkblad: true };
  }

  /** The styles part; a package without one gets it (relationship and content type included). */
  private stijlenPad(): string {
    const rel = this.relaties(this.rels).find((r) => r.getAttribute("Type") === STIJLEN_TYPE);
    if (rel) return doelPad("xl/workbook.xml", rel.getAttribute("Target") ?? "");
    this.voegRelatieToe(STIJLEN_TYPE, "styles.xml");
    this.voegInhoudstypeToe("xl/styles.xml", STIJLEN_INHOUD);
    return "xl/styles.xml";
  }

  private voegRelatieToe(type: string, doel: string): string {
    const root = this.rels.documentElement!;
    const ids = new Set(this.relaties(this.rels).map((r) => r.getAttribute("Id")));
    let i = 1;
    while (ids.has(`rId${i}`)) i++;
    root.appendChild(maak(root, "Relationship", { Id: `rId${i}`, Type: type, Target: doel }));
    this.gewijzigd.add("rels");
    return `rId${i}`;
  }

  voegInhoudstypeToe(pad: string, type: string): void {
    const root = this.typen.documentElement!;
    const deel = "/" + pad;
    const er = kinderen(root, "Override").some(
      (o) => o.getAttribute("PartName")?.toLowerCase() === deel.toLowerCase(),
    );
    if (er) return;
    root.appendChild(maak(root, "Override", { PartName: deel, ContentType: type }));
    this.gewijzigd.add("typen");
  }

  /** Replaces the plan's workbook names (without regard to case); the user's names stay. */
  private zetNamen(plan: BladPlan, bladNaam: string): void {
    const root = this.werkmap.documentElement!;
    const eigen = new Set(plan.namen.map((n) => n.naam.toLowerCase()));
    let dn = kind(root, "definedNames");
    for (const d of dn ? kinderen(dn, "definedName") : []) {
      if (eigen.has((d.getAttribute("name") ?? "").toLowerCase()) && !d.hasAttribute("localSheetId"))
        dn!.removeChild(d);
    }
    if (plan.namen.length === 0) return;
    dn ??= voegInOpPlek(root, maak(root, "definedNames"), WERKMAP_VOLGORDE);
    for (const n of plan.namen) {
      const d = maak(dn, "definedName", { name: n.naam });
      d.appendChild(this.werkmap.createTextNode(bladVerwijzing(bladNaam, absoluut(n.adres))));
      dn.appendChild(d);
    }
  }
}

function regexVan(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function xmlAttr(tekst: string): string {
  return tekst.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Replaces references to sheet `van` ('Begroting 2023'!A1, Blad1!A1, sheet="…" of a pivot source)
 * by `naar`, in plain text (a defined name) or XML (a part, where ' may be written &apos;).
 */
function verwijzingVervanger(van: string, naar: string): (tekst: string, xml: boolean) => string {
  const nieuw = bladVerwijzing(naar, "");
  const gequote = `'${van.replace(/'/g, "''")}'!`;
  const vormen = [regexVan(gequote)];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(van)) vormen.push(`(?<![A-Za-z0-9_.'])${regexVan(van)}!`);
  const platte = new RegExp(vormen.join("|"), "gi");
  const apos = new RegExp(regexVan(gequote).replace(/'/g, "&apos;"), "gi");
  const bron = new RegExp(`sheet="${regexVan(xmlAttr(van))}"`, "gi");
  const ref = (tekst: string, xml: boolean) =>
    tekst
      .replace(platte, () => (xml ? nieuw.replace(/&/g, "&amp;") : nieuw))
      .replace(apos, () => nieuw.replace(/&/g, "&amp;").replace(/'/g, "&apos;"));
  // In a part only formulas (<f>, <c:f>, a table's calculated column) and a pivot's source change,
  // never a text that happens to look like a reference.
  const formule = /(<(?:[A-Za-z0-9]+:)?(?:f|calculatedColumnFormula)(?:\s[^>]*)?>)([^<]*)(<\/)/g;
  return (tekst, xml) =>
    xml
      ? tekst
          .replace(
            formule,
            (_m, open: string, inhoud: string, sluit: string) => open + ref(inhoud, true) + sluit,
          )
          .replace(bron, () => `sheet="${xmlAttr(naar)}"`)
      : ref(tekst, false);
}

/** The cell ranges drawing anchors cover (two-cell anchors; one-cell anchors as their cell). */
function ankers(doc: Document): string[] {
  const uit: string[] = [];
  const punt = (el: Element | undefined) => {
    if (!el) return undefined;
    const k = Number(kind(el, "col")?.textContent);
    const r = Number(kind(el, "row")?.textContent);
    return Number.isInteger(k) && Number.isInteger(r) ? `${kolomLetters(k)}${r + 1}` : undefined;
  };
  for (const a of kinderen(doc.documentElement!)) {
    const van = punt(kind(a, "from"));
    if (!van) continue;
    const tot = a.localName === "twoCellAnchor" ? punt(kind(a, "to")) : undefined;
    uit.push(tot ? `${van}:${tot}` : van);
  }
  return uit;
}
