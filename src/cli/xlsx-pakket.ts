// What kind of file are these bytes, and may we expand it? Checked before any XML is inflated, so
// a password-protected workbook, an old .xls, an .ods or a zip bomb gets its own Dutch message
// instead of a library error or an out-of-memory crash.

/** Limits for reading a workbook; above them the file is refused before it is expanded. */
export const LEESLIMIETEN = {
  /** Uncompressed bytes of all sheet XML plus shared strings together. */
  bladXmlBytes: 200 * 1024 * 1024,
  /** Uncompressed bytes of any other part we read (workbook, styles, relationships). */
  deelBytes: 50 * 1024 * 1024,
  /** Cells with a value or formula in the whole workbook. */
  cellen: 5_000_000,
  /** Slots of one sheet's grid (sum of its row widths) after far-away columns are set aside. */
  gridCellen: 5_000_000,
} as const;

const MB = 1024 * 1024;

export function alsMegabytes(bytes: number): string {
  return `${(bytes / MB).toLocaleString("nl-NL", { maximumFractionDigits: 0 })} MB`;
}

const CFB_HANDTEKENING = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_HANDTEKENING = [0x50, 0x4b, 0x03, 0x04];

function begintMet(bytes: Uint8Array, kop: readonly number[]): boolean {
  return bytes.length >= kop.length && kop.every((b, i) => bytes[i] === b);
}

/** One entry of a zip's central directory: name and declared uncompressed size. */
export interface ZipDeel {
  naam: string;
  grootte: number;
}

/**
 * The central directory of a zip (names and declared uncompressed sizes), read without inflating
 * anything. Null when the bytes are not a readable zip.
 */
export function zipInhoud(bytes: Uint8Array): ZipDeel[] | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let aantal = dv.getUint16(eocd + 10, true);
  let start = dv.getUint32(eocd + 16, true);
  // Zip64: the real count and offset are in the zip64 end record, found through its locator.
  if (
    (aantal === 0xffff || start === 0xffffffff) &&
    eocd >= 20 &&
    dv.getUint32(eocd - 20, true) === 0x07064b50
  ) {
    const z64 = Number(dv.getBigUint64(eocd - 20 + 8, true));
    if (z64 + 56 > bytes.length || dv.getUint32(z64, true) !== 0x06064b50) return null;
    aantal = Number(dv.getBigUint64(z64 + 32, true));
    start = Number(dv.getBigUint64(z64 + 48, true));
  }
  const delen: ZipDeel[] = [];
  const tekst = new TextDecoder("utf-8");
  let p = start;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    let grootte = dv.getUint32(p + 24, true);
    const naamLengte = dv.getUint16(p + 28, true);
    const extraLengte = dv.getUint16(p + 30, true);
    const commentaarLengte = dv.getUint16(p + 32, true);
    const naam = tekst.decode(bytes.subarray(p + 46, p + 46 + naamLengte));
    if (grootte === 0xffffffff) {
      // Zip64 extra field (id 1): the uncompressed size comes first.
      let e = p + 46 + naamLengte;
      const eind = e + extraLengte;
      grootte = Number.MAX_SAFE_INTEGER;
      while (e + 4 <= eind && e + 4 <= bytes.length) {
        const id = dv.getUint16(e, true);
        const len = dv.getUint16(e + 2, true);
        if (id === 1 && len >= 8 && e + 12 <= bytes.length) {
          grootte = Number(dv.getBigUint64(e + 4, true));
          break;
        }
        e += 4 + len;
      }
    }
    delen.push({ naam, grootte });
    p += 46 + naamLengte + extraLengte + commentaarLengte;
  }
  return delen;
}

/** Names of the streams and storages in an OLE compound file (what Office wraps .xls and encrypted packages in). */
export function cfbNamen(bytes: Uint8Array): string[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return [];
  const sectorGrootte = 1 << dv.getUint16(0x1e, true);
  if (sectorGrootte !== 512 && sectorGrootte !== 4096) return [];
  const sector = (s: number) => (s + 1) * sectorGrootte;
  // The FAT sectors: the first 109 are listed in the header, further ones in DIFAT sectors.
  const fatSectoren: number[] = [];
  for (let i = 0; i < 109; i++) fatSectoren.push(dv.getUint32(0x4c + i * 4, true));
  let difat = dv.getUint32(0x44, true);
  for (let stap = 0; difat < 0xfffffffa && stap < 10_000; stap++) {
    const o = sector(difat);
    if (o + sectorGrootte > bytes.length) break;
    for (let i = 0; i < sectorGrootte / 4 - 1; i++) fatSectoren.push(dv.getUint32(o + i * 4, true));
    difat = dv.getUint32(o + sectorGrootte - 4, true);
  }
  const perSector = sectorGrootte / 4;
  const volgende = (s: number): number => {
    const fs = fatSectoren[Math.floor(s / perSector)];
    const o = fs === undefined || fs >= 0xfffffffa ? -1 : sector(fs) + (s % perSector) * 4;
    return o < 0 || o + 4 > bytes.length ? 0xfffffffe : dv.getUint32(o, true);
  };
  const namen: string[] = [];
  const utf16 = new TextDecoder("utf-16le");
  let s = dv.getUint32(0x30, true);
  for (let stap = 0; s < 0xfffffffa && stap < 100_000; stap++) {
    const o = sector(s);
    if (o + sectorGrootte > bytes.length) break;
    for (let e = o; e < o + sectorGrootte; e += 128) {
      const lengte = dv.getUint16(e + 64, true);
      if (lengte >= 2 && lengte <= 64) namen.push(utf16.decode(bytes.subarray(e, e + lengte - 2)));
    }
    s = volgende(s);
  }
  return namen;
}

/**
 * Refuses, with a Dutch message that says what to do, any bytes that are not an .xlsx workbook we
 * can read within the limits. Returns the zip's parts when they are.
 */
export function controleerWerkmapBytes(bytes: Uint8Array, naam: string): ZipDeel[] {
  if (bytes.length === 0) throw new Error(`${naam} is leeg (0 bytes): kies het juiste bestand`);
  if (begintMet(bytes, CFB_HANDTEKENING)) {
    const namen = cfbNamen(bytes);
    if (namen.includes("EncryptionInfo") || namen.includes("EncryptedPackage")) {
      throw new Error(
        `${naam} is beveiligd met een wachtwoord: sla op zonder wachtwoord (Bestand > Info > Werkmap beveiligen) en probeer opnieuw`,
      );
    }
    if (namen.includes("Workbook") || namen.includes("Book")) {
      throw new Error(
        `${naam} is een oud Excel-bestand (.xls): sla op als .xlsx (Excel-werkmap) en probeer opnieuw`,
      );
    }
    throw new Error(`${naam} is een oud Office-bestand maar geen Excel-werkmap: sla de werkmap op als .xlsx`);
  }
  const delen = begintMet(bytes, ZIP_HANDTEKENING) ? zipInhoud(bytes) : null;
  if (!delen) {
    throw new Error(
      `${naam} is geen Excel-werkmap (.xlsx) en geen zip-bestand: sla op als .xlsx (Excel-werkmap)`,
    );
  }
  const namen = new Set(delen.map((d) => d.naam));
  if (namen.has("mimetype") && delen.some((d) => d.naam === "content.xml")) {
    throw new Error(`${naam} is een OpenDocument-bestand (.ods): sla op als .xlsx (Excel-werkmap)`);
  }
  if (
    !namen.has("[Content_Types].xml") ||
    ![...namen].some((n) => /^xl\/workbook\.xml$|workbook\.xml$/i.test(n))
  ) {
    throw new Error(`${naam} is een zip-bestand maar geen Excel-werkmap: sla op als .xlsx (Excel-werkmap)`);
  }
  const bladXml = delen
    .filter((d) => /worksheets\/[^/]+\.xml$|sharedStrings\.xml$/i.test(d.naam))
    .reduce((som, d) => som + d.grootte, 0);
  if (bladXml > LEESLIMIETEN.bladXmlBytes) {
    throw new Error(
      `${naam} is te groot om te lezen: de bladen zijn uitgepakt ${alsMegabytes(bladXml)} (grens ${alsMegabytes(LEESLIMIETEN.bladXmlBytes)}); verwijder lege of overbodige bladen en rijen, of splits de werkmap`,
    );
  }
  return delen;
}
