// The area is a promise, through the command line: a re-fill whose area grew refuses to cover what
// the user put beside the previous area (text, a merge straddling the edge), also with --forceer,
// and leaves the file as it was; once the user moves it, the fill grows and keeps the note in M3.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EINDAFREKENING_BLAD, NAMEN } from "../../../src/core/bijlage1";
import { laadWerkmap, vulWerkmap } from "../../../src/cli/bijlage1-bestand";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";
import { bladDeel, entries, metNotitie } from "./corpus";

const ROOT = join(__dirname, "../../..");
const TSX = require.resolve("tsx/cli");
const werk = mkdtempSync(join(tmpdir(), "ontplooj-gebied-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Voorschotten with 150 advances (the same total), so the settlement needs more rows. */
function groeiVoorschotten(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet("Voorschotten")!;
  const totaal = 99784712; // cents, as in the Almelo sample
  ws.spliceRows(2, ws.rowCount - 1);
  const n = 150;
  const deel = Math.floor(totaal / n);
  for (let i = 0; i < n; i++) {
    const cent = i === n - 1 ? totaal - deel * (n - 1) : deel;
    // A contiguous array starts at column A: Periode, Factuurnummer, Datum, Bedrag as in the sample.
    ws.getRow(2 + i).values = [
      `termijn ${i + 1}`,
      `VF-2023-ALM-${String(i + 1).padStart(3, "0")}`,
      new Date(Date.UTC(2023, 0, 1 + i * 2)),
      cent / 100,
    ];
  }
  ws.getRow(2 + n).values = ["Totaal", null, null, { formula: `SUM(D2:D${1 + n})`, result: totaal / 100 }];
}

async function eersteVulling(): Promise<string> {
  const pad = join(werk, "almelo.xlsx");
  const bron = join(ROOT, "assets/bijlage1", voorbeeldBestandsnaam("Almelo"));
  const { inhoud } = await vulWerkmap(bron, await laadWerkmap(bron), false);
  writeFileSync(pad, inhoud!);
  return pad;
}

describe("het gebied groeit alleen in lege ruimte", () => {
  test("eigen tekst in A170 en C175 en een samenvoeging over de rand: geweigerd, ook met --forceer; bestand onaangeroerd", async () => {
    const pad = await eersteVulling();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    const eind = wb.getWorksheet(EINDAFREKENING_BLAD)!;
    eind.getCell("A170").value = "mijn aantekening";
    eind.getCell("C175").value = 42;
    eind.getCell("N148").value = "naast het gebied";
    eind.mergeCells("K148:M149");
    eind.getCell("M3").note = "mijn notitie";
    groeiVoorschotten(wb);
    await wb.xlsx.writeFile(pad);
    const voor = readFileSync(pad);

    for (const extra of [[], ["--forceer"]]) {
      const r = cli("fill", pad, "--out", pad, ...extra);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/groeit van A1:K150 naar A1:K\d{3}/);
      for (const plek of ["A170 (inhoud)", "C175 (inhoud)", "K148:M149 (samengevoegde cellen)"])
        expect(r.stdout).toContain(plek);
      expect(r.stdout).toContain("Er is niets geschreven");
      expect(r.stdout).not.toContain("Gebruik --forceer");
      expect(readFileSync(pad).equals(voor)).toBe(true);
      expect(existsSync(`${pad}.bak`)).toBe(false);
    }
    const j = JSON.parse(cli("fill", pad, "--out", pad, "--json", "--forceer").stdout) as {
      gevuld: boolean;
      geweigerd: string;
      bevindingen: { code: string; cel?: string }[];
    };
    expect(j.gevuld).toBe(false);
    expect(j.geweigerd).toContain("A170");
    expect(j.bevindingen.filter((b) => b.code === "EINDAFREKENING_BEZET").map((b) => b.cel)).toEqual([
      "K148",
      "A170",
      "C175",
    ]);

    // The user moves their work out of the way: the fill grows and keeps the note in M3.
    const schoon = new ExcelJS.Workbook();
    await schoon.xlsx.readFile(pad);
    const e2 = schoon.getWorksheet(EINDAFREKENING_BLAD)!;
    e2.unMergeCells("K148:M149");
    e2.getCell("A170").value = null;
    e2.getCell("C175").value = null;
    // exceljs loses notes on a rewrite (the very reason fills no longer use it): add it by hand.
    const zip = await JSZip.loadAsync(await schoon.xlsx.writeBuffer());
    await metNotitie(zip, EINDAFREKENING_BLAD, "M3", "mijn notitie");
    writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = cli("fill", pad, "--out", pad, "--json");
    expect(r.code).toBe(0);
    const uit = JSON.parse(r.stdout) as { gevuld: boolean; reservekopie: string };
    expect(uit.gevuld).toBe(true);
    expect(uit.reservekopie).toBe(`${pad}.bak`);
    expect(existsSync(`${pad}.bak`)).toBe(true);
    const na = new ExcelJS.Workbook();
    await na.xlsx.readFile(pad);
    // The note's parts are the user's: byte for byte as before the fill, still linked from the sheet.
    const [bak, nieuw] = [await entries(readFileSync(`${pad}.bak`)), await entries(readFileSync(pad))];
    expect(nieuw.get("xl/comments1.xml")!.toString()).toContain("mijn notitie");
    expect(nieuw.get("xl/comments1.xml")!.equals(bak.get("xl/comments1.xml")!)).toBe(true);
    const bladPad = await bladDeel(await JSZip.loadAsync(readFileSync(pad)), EINDAFREKENING_BLAD);
    expect(nieuw.get(bladPad)!.toString()).toMatch(/<legacyDrawing r:id="rIdX\d"\/>/);
    expect(na.getWorksheet(EINDAFREKENING_BLAD)!.getCell("N148").value).toBe("naast het gebied");
    const gebied = (na.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.find(
      (n) => n.name === NAMEN.gebied,
    )!;
    expect(gebied.ranges[0]).toMatch(/^Eindafrekening!\$A\$1:\$K\$\d{3}$/);
    expect(gebied.ranges[0]).not.toBe("Eindafrekening!$A$1:$K$150");
  });
});
