// Hand-built .xlsx packages (raw SpreadsheetML in a zip), for what exceljs cannot or will not
// write: sheet-scoped names, #REF! names, cells in column XFD on 100,000 rows, lying sizes. Also a
// minimal OLE compound file (the container of .xls and of password-protected workbooks).
import JSZip from "jszip";

export interface BladXml {
  naam: string;
  /** The inside of <sheetData>. */
  rijen: string;
  /** Extra XML before <sheetData> (e.g. <cols>). */
  voor?: string;
  /** Extra XML after </sheetData> (e.g. <mergeCells>). */
  na?: string;
}

export interface PakketOpties {
  /** <definedName> elements. */
  namen?: string;
  /** <si> elements. */
  gedeeld?: string[];
  /** <numFmts> and <cellXfs> inside styles.xml. */
  stijlen?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function pakketZip(bladen: readonly BladXml[], opties: PakketOpties = {}): JSZip {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels = bladen.map(
    (_b, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`);
  if (opties.gedeeld)
    rels.push(`<Relationship Id="rIdG" Type="${R}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${R}"><sheets>${bladen
      .map((b, i) => `<sheet name="${b.naam}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets>${opties.namen ? `<definedNames>${opties.namen}</definedNames>` : ""}</workbook>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${opties.stijlen ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
  );
  if (opties.gedeeld) {
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${opties.gedeeld.join("")}</sst>`,
    );
  }
  bladen.forEach((b, i) =>
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${b.voor ?? ""}<sheetData>${b.rijen}</sheetData>${b.na ?? ""}</worksheet>`,
    ),
  );
  return zip;
}

export async function pakket(bladen: readonly BladXml[], opties: PakketOpties = {}): Promise<Buffer> {
  return pakketZip(bladen, opties).generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Rows 1..n with a text in column A and a number in column XFD (the 76 KB file that took 3.8 GB). */
export function verreKolomRijen(n: number): string {
  const delen: string[] = [];
  for (let r = 1; r <= n; r++) {
    delen.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>rij ${r}</t></is></c><c r="XFD${r}"><v>${r}</v></c></row>`,
    );
  }
  return delen.join("");
}

/** Overwrites the declared uncompressed size of `deel` in the zip's central directory. */
export function zetOpgegevenGrootte(zip: Buffer, deel: string, grootte: number): Buffer {
  const uit = Buffer.from(zip);
  const naam = Buffer.from(deel, "utf-8");
  for (let p = uit.length - 46; p >= 0; p--) {
    if (uit.readUInt32LE(p) !== 0x02014b50) continue;
    const lengte = uit.readUInt16LE(p + 28);
    if (lengte === naam.length && uit.subarray(p + 46, p + 46 + lengte).equals(naam)) {
      uit.writeUInt32LE(grootte, p + 24);
      return uit;
    }
  }
  throw new Error(`${deel} niet in de zip`);
}

/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) whose root holds empty
 * streams with these names; an encrypted OOXML package holds EncryptionInfo and EncryptedPackage.
 */
export function samengesteldBestand(stromen: readonly string[]): Buffer {
  const sector = 512;
  const uit = Buffer.alloc(sector * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(uit, 0);
  uit.writeUInt16LE(0x3e, 0x18);
  uit.writeUInt16LE(3, 0x1a);
  uit.writeUInt16LE(0xfffe, 0x1c);
  uit.writeUInt16LE(9, 0x1e);
  uit.writeUInt16LE(6, 0x20);
  uit.writeUInt32LE(1, 0x2c); // one FAT sector
  uit.writeUInt32LE(1, 0x30); // directory in sector 1
  uit.writeUInt32LE(4096, 0x38);
  uit.writeUInt32LE(0xfffffffe, 0x3c);
  uit.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) uit.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = sector; // sector 0
  for (let i = 0; i < 128; i++) uit.writeUInt32LE(0xffffffff, fat + i * 4);
  uit.writeUInt32LE(0xfffffffd, fat); // sector 0: FAT
  uit.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: directory, end of chain
  const map = 2 * sector; // sector 1
  const namen = ["Root Entry", ...stromen];
  if (namen.length > 4) throw new Error("hooguit drie stromen");
  namen.forEach((naam, i) => {
    const e = map + i * 128;
    const utf16 = Buffer.from(naam + "\0", "utf16le");
    utf16.copy(uit, e);
    uit.writeUInt16LE(utf16.length, e + 64);
    uit.writeUInt8(i === 0 ? 5 : 2, e + 66); // root storage, or stream
    uit.writeUInt8(1, e + 67); // black
    uit.writeUInt32LE(0xffffffff, e + 68);
    uit.writeUInt32LE(i > 0 && i + 1 < namen.length ? i + 1 : 0xffffffff, e + 72); // right sibling
    uit.writeUInt32LE(i === 0 && namen.length > 1 ? 1 : 0xffffffff, e + 76); // child
    uit.writeUInt32LE(i === 0 ? 0xfffffffe : 0, e + 116);
  });
  return uit;
}
