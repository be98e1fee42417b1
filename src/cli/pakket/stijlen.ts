// The plan's number formats and styles as cell formats (xf) in the user's xl/styles.xml, only by
// appending: the workbook's own formats keep their numbers, so every cell outside the add-in's
// area shows as before. A format that is already there (from a previous fill) is reused, so a
// second fill leaves styles.xml as the first one left it.
import type { Document, Element } from "@xmldom/xmldom";
import type { CelStijl } from "../../core/sheetplan";
import { kanoniek, kinderen, maak, zekerKind } from "./xml";

const STIJLBLAD_VOLGORDE = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const LETTER_VOLGORDE = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** Number formats Excel knows by number; any other code gets a custom number from 164 up. */
const INGEBOUWD: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export const LEEG_STIJLBLAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function argb(kleur: string): string {
  return "FF" + kleur.replace(/^#/, "").toUpperCase();
}

export class Stijlboek {
  private readonly root: Element;
  private readonly cache = new Map<string, number>();
  /** Whether anything was appended (styles.xml must then be written back). */
  gewijzigd = false;

  constructor(doc: Document) {
    this.root = doc.documentElement!;
  }

  /** The cellXfs index for a plan cell's number format and style (0: the workbook's default). */
  index(getalnotatie: string | undefined, stijl: CelStijl | undefined): number {
    const sleutel = JSON.stringify([getalnotatie ?? null, stijl ?? null]);
    const bekend = this.cache.get(sleutel);
    if (bekend !== undefined) return bekend;
    const numFmtId = getalnotatie ? this.getalnotatie(getalnotatie) : 0;
    const fontId = this.letter(stijl);
    const fillId = this.vulling(stijl);
    const borderId = this.rand(stijl);
    const uitlijning = stijl?.uitlijning;
    let index = 0;
    if (numFmtId || fontId || fillId || borderId || uitlijning) {
      const xfs = zekerKind(this.root, "cellXfs", STIJLBLAD_VOLGORDE);
      const xf = maak(xfs, "xf", {
        numFmtId: String(numFmtId),
        fontId: String(fontId),
        fillId: String(fillId),
        borderId: String(borderId),
        xfId: "0",
      });
      if (numFmtId) xf.setAttribute("applyNumberFormat", "1");
      if (fontId) xf.setAttribute("applyFont", "1");
      if (fillId) xf.setAttribute("applyFill", "1");
      if (borderId) xf.setAttribute("applyBorder", "1");
      if (uitlijning) {
        xf.setAttribute("applyAlignment", "1");
        const horizontal = uitlijning === "links" ? "left" : uitlijning === "midden" ? "center" : "right";
        xf.appendChild(maak(xf, "alignment", { horizontal }));
      }
      index = this.voegToeOfHergebruik(xfs, xf);
    }
    this.cache.set(sleutel, index);
    return index;
  }

  /** Index of an equal child, or appends it (updating the count attribute). */
  private voegToeOfHergebruik(lijst: Element, el: Element): number {
    const bestaand = kinderen(lijst, el.localName!);
    const vorm = kanoniek(el);
    const i = bestaand.findIndex((b) => kanoniek(b) === vorm);
    if (i >= 0) return i;
    lijst.appendChild(el);
    lijst.setAttribute("count", String(bestaand.length + 1));
    this.gewijzigd = true;
    return bestaand.length;
  }

  private getalnotatie(code: string): number {
    if (code in INGEBOUWD) return INGEBOUWD[code];
    const lijst = zekerKind(this.root, "numFmts", STIJLBLAD_VOLGORDE);
    const bestaand = kinderen(lijst, "numFmt");
    const gelijk = bestaand.find((n) => n.getAttribute("formatCode") === code);
    if (gelijk) return Number(gelijk.getAttribute("numFmtId"));
    const id = Math.max(163, ...bestaand.map((n) => Number(n.getAttribute("numFmtId")) || 0)) + 1;
    lijst.appendChild(maak(lijst, "numFmt", { numFmtId: String(id), formatCode: code }));
    lijst.setAttribute("count", String(bestaand.length + 1));
    this.gewijzigd = true;
    return id;
  }

  /** The workbook's default font (its first) with bold, italic and colour as the plan asks. */
  private letter(s: CelStijl | undefined): number {
    if (!s || (!s.vet && !s.cursief && !s.tekstkleur)) return 0;
    const lijst = zekerKind(this.root, "fonts", STIJLBLAD_VOLGORDE);
    const basis = kinderen(lijst, "font")[0];
    const font = basis ? (basis.cloneNode(true) as Element) : maak(lijst, "font");
    for (const k of kinderen(font)) {
      const weg = k.localName === "b" || k.localName === "i" || (s.tekstkleur && k.localName === "color");
      if (weg) font.removeChild(k);
    }
    const zet = (naam: string, attr: Record<string, string> = {}) => {
      const el = maak(font, naam, attr);
      const plek = LETTER_VOLGORDE.indexOf(naam);
      const na = kinderen(font).find((k) => LETTER_VOLGORDE.indexOf(k.localName!) > plek);
      if (na) font.insertBefore(el, na);
      else font.appendChild(el);
    };
    if (s.vet) zet("b");
    if (s.cursief) zet("i");
    if (s.tekstkleur) zet("color", { rgb: argb(s.tekstkleur) });
    return this.voegToeOfHergebruik(lijst, font);
  }

  private vulling(s: CelStijl | undefined): number {
    if (!s?.achtergrond) return 0;
    const lijst = zekerKind(this.root, "fills", STIJLBLAD_VOLGORDE);
    const fill = maak(lijst, "fill");
    const patroon = maak(fill, "patternFill", { patternType: "solid" });
    patroon.appendChild(maak(patroon, "fgColor", { rgb: argb(s.achtergrond) }));
    patroon.appendChild(maak(patroon, "bgColor", { indexed: "64" }));
    fill.appendChild(patroon);
    return this.voegToeOfHergebruik(lijst, fill);
  }

  private rand(s: CelStijl | undefined): number {
    if (!s?.randBoven && !s?.randOnder) return 0;
    const lijst = zekerKind(this.root, "borders", STIJLBLAD_VOLGORDE);
    const border = maak(lijst, "border");
    for (const kant of ["left", "right", "top", "bottom", "diagonal"]) {
      const dun = (kant === "top" && s.randBoven) || (kant === "bottom" && s.randOnder);
      const el = maak(border, kant, dun ? { style: "thin" } : {});
      if (dun) el.appendChild(maak(el, "color", { indexed: "64" }));
      border.appendChild(el);
    }
    return this.voegToeOfHergebruik(lijst, border);
  }
}
