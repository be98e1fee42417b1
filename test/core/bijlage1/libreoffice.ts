// LibreOffice as an independent formula engine for the tests: recalculates filled workbooks
// headless (recipe in ../shared/TOOLCHAIN.md) and reads the results straight from the sheet XML.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const heeftLibreOffice = spawnSync("sh", ["-c", "command -v libreoffice"]).status === 0;

/** `test`, or `test.skip` with a visible warning when LibreOffice is absent (CI installs it). */
export function metLibreOffice(wat: string): jest.It {
  if (heeftLibreOffice) return test;
  console.warn(`LibreOffice ontbreekt: ${wat} wordt overgeslagen (apt-get install libreoffice-calc).`);
  return test.skip;
}

/** Removes every cached formula result, so only a recalculation can produce numbers. */
export function wisUitkomsten(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula)
          c.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  }
}

/**
 * Converts the files to .xlsx in `werk`/uit with a fresh profile that forces recalculation on
 * load (LibreOffice keeps cached results otherwise); returns the output folder.
 */
export function herberekenInLibreOffice(bestanden: readonly string[], werk: string): string {
  const profiel = join(werk, "profiel");
  mkdirSync(join(profiel, "user"), { recursive: true });
  writeFileSync(
    join(profiel, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const uit = join(werk, "uit");
  execFileSync(
    "libreoffice",
    [
      `-env:UserInstallation=file://${profiel}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      uit,
      ...bestanden,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  return uit;
}

export async function bladXml(buf: ArrayBuffer | Buffer, bladNaam: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${bladNaam}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
  const doel = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const pad = (doel[1] ?? doel[2]).replace(/^\/?(xl\/)?/, "xl/");
  return zip.file(pad)!.async("string");
}

function ontsnap(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Cell values as stored in the file: numbers, inline/formula strings and shared strings. */
export async function xmlWaarden(buf: Buffer, blad: string): Promise<Map<string, string | number | boolean>> {
  const zip = await JSZip.loadAsync(buf);
  const gedeeld: string[] = [];
  const sst = await zip.file("xl/sharedStrings.xml")?.async("string");
  for (const m of (sst ?? "").matchAll(/<si>(.*?)<\/si>/gs))
    gedeeld.push(ontsnap([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join("")));
  const xml = await bladXml(buf, blad);
  const uit = new Map<string, string | number | boolean>();
  for (const m of xml.matchAll(/<c r="([A-Z]+[0-9]+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, adres, attrs, inhoud = ""] = m;
    const v = /<v>(.*?)<\/v>/s.exec(inhoud)?.[1];
    if (v === undefined) continue;
    const t = /t="([a-z]+)"/.exec(attrs)?.[1];
    uit.set(
      adres,
      t === "s"
        ? gedeeld[Number(v)]
        : t === "str" || t === "inlineStr"
          ? ontsnap(v)
          : t === "b"
            ? v === "1"
            : Number(v),
    );
  }
  return uit;
}
