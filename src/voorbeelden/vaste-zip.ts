// The one zip normaliser of the sample generators: exceljs stamps every zip entry with the current
// time, so a workbook is re-zipped with its entries in name order and one fixed date, the same
// bytes on every run (the committed samples are checked byte for byte against the generators).
import JSZip from "jszip";

const VASTE_DATUM = new Date(Date.UTC(2024, 0, 15));

/** The zip (e.g. exceljs's `wb.xlsx.writeBuffer()`) as bytes that do not depend on the clock. */
export async function vasteZip(bytes: ArrayBuffer | Uint8Array): Promise<Buffer> {
  const bron = await JSZip.loadAsync(bytes);
  const uit = new JSZip();
  for (const naam of Object.keys(bron.files).sort()) {
    const f = bron.files[naam];
    if (f.dir) continue;
    uit.file(naam, await f.async("uint8array"), { date: VASTE_DATUM, createFolders: false });
  }
  return uit.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
