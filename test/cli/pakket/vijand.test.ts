// Hostile variants beyond the issue-10 corpus: a macro-enabled package written under a .xlsx name
// (Excel refuses to open it), a file name with a terminal escape echoed in a message, --out a
// symbolic link, and two in-place fills at once (the .bak must stay the original).
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { laadWerkmap, vulWerkmap } from "../../../src/cli/bijlage1-bestand";
import { schrijfVeilig } from "../../../src/cli/pakket/veilig-schrijven";
import { voorbeeldBestandsnaam } from "../../../src/voorbeelden/bijlage1";

const ROOT = join(__dirname, "../../..");
const BRON = join(ROOT, "assets/bijlage1", voorbeeldBestandsnaam("Almelo"));
const werk = mkdtempSync(join(tmpdir(), "ontplooj-vijand-"));
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const STUURTEKEN = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

async function metMacro(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(BRON));
  zip.file("xl/vbaProject.bin", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    ct
      .replace("spreadsheetml.sheet.main+xml", "")
      .replace(
        'ContentType="application/vnd.openxmlformats-officedocument."',
        'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("fill tegen vijandige invoer", () => {
  test("een werkmap met macro's wordt niet als .xlsx geschreven; als .xlsm blijft de VBA gelijk", async () => {
    const xlsm = join(werk, "macro.xlsm");
    writeFileSync(xlsm, await metMacro());
    const fout = cli("fill", xlsm, "--out", join(werk, "macro-uit.xlsx"));
    expect(fout.code).toBe(2);
    expect(fout.fout).toMatch(/macro.*\.xlsm/);
    const goed = cli("fill", xlsm, "--out", join(werk, "macro-uit.xlsm"));
    expect(goed.code).toBe(0);
    const uit = await JSZip.loadAsync(readFileSync(join(werk, "macro-uit.xlsm")));
    const vba = await uit.file("xl/vbaProject.bin")!.async("nodebuffer");
    expect([...vba]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
  });

  test("een gewone werkmap wordt niet als .xlsm geschreven", () => {
    const r = cli("fill", BRON, "--out", join(werk, "gewoon.xlsm"));
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(/\.xlsx/);
  });

  test("een stuurteken in een bestandsnaam komt niet rauw in de uitvoer", () => {
    const naam = join(werk, "rood\u001b[31m\u0007.xlsx");
    copyFileSync(BRON, naam);
    const r = cli("fill", naam, "--out", join(werk, "uit\u001b[2J.xlsx"));
    expect(r.code).toBe(0);
    expect(r.uit + r.fout).not.toMatch(STUURTEKEN);
    const v = cli("validate", naam);
    expect(v.uit + v.fout).not.toMatch(STUURTEKEN);
    const weg = cli("validate", join(werk, "weg\u001b]0;titel\u0007.xlsx"));
    expect(weg.code).toBe(2);
    expect(weg.uit + weg.fout).not.toMatch(STUURTEKEN);
  });

  test("--out een symbolische koppeling: de koppeling blijft, het doel wordt gevuld", () => {
    const doel = join(werk, "echt.xlsx");
    const koppeling = join(werk, "koppeling.xlsx");
    copyFileSync(BRON, doel);
    symlinkSync("echt.xlsx", koppeling);
    const r = cli("fill", koppeling, "--out", koppeling);
    expect(r.code).toBe(0);
    expect(lstatSync(koppeling).isSymbolicLink()).toBe(true);
    expect(readlinkSync(koppeling)).toBe("echt.xlsx");
    expect(readFileSync(doel).equals(readFileSync(BRON))).toBe(false);
    expect(readFileSync(`${doel}.bak`).equals(readFileSync(BRON))).toBe(true);
  });

  test("twee fills tegelijk: wie als tweede schrijft, weigert en laat de .bak van de eerste staan", async () => {
    const pad = join(werk, "tegelijk.xlsx");
    copyFileSync(BRON, pad);
    // Both fills read the original; the first one writes before the second does.
    const eerste = await vulWerkmap(pad, await laadWerkmap(pad), false);
    const tweede = await vulWerkmap(pad, await laadWerkmap(pad), false);
    schrijfVeilig(pad, eerste.inhoud!, { backup: true, origineel: eerste.origineel! });
    const naEerste = readFileSync(pad);
    expect(() => schrijfVeilig(pad, tweede.inhoud!, { backup: true, origineel: tweede.origineel! })).toThrow(
      /ander programma gewijzigd; er is niets geschreven/,
    );
    expect(readFileSync(`${pad}.bak`).equals(readFileSync(BRON))).toBe(true);
    expect(readFileSync(pad).equals(naEerste)).toBe(true);
  });

  test.each(["Eindafrekening!$A$1:$XFD$1048576", "Eindafrekening!$A$1:$Z$400", "KPI!$A$1:$K$150"])(
    "een naam Ontplooj_Gebied die de gebruiker verlegde naar %s wist de eigen tekst in A170 niet",
    async (verwijzing) => {
      const eerst = join(werk, "gebied-eerst.xlsx");
      expect(cli("fill", BRON, "--out", eerst).code).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(eerst));
      const wb = await zip.file("xl/workbook.xml")!.async("string");
      zip.file(
        "xl/workbook.xml",
        wb.replace(/(<definedName name="Ontplooj_Gebied"[^>]*>)[^<]*/, (_m, kop: string) => kop + verwijzing),
      );
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      const blad = /name="Eindafrekening"[^>]*r:id="(\w+)"/.exec(wb)![1];
      const doel = new RegExp(`Id="${blad}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${blad}"`).exec(
        rels,
      )!;
      const pad = "xl/" + (doel[1] ?? doel[2]).replace(/^\/?xl\//, "");
      const xml = await zip.file(pad)!.async("string");
      zip.file(
        pad,
        xml.replace(
          "</sheetData>",
          '<row r="170"><c r="A170" t="inlineStr"><is><t>eigen tekst</t></is></c></row></sheetData>',
        ),
      );
      const invoer = join(werk, "gebied-verlegd.xlsx");
      writeFileSync(invoer, await zip.generateAsync({ type: "nodebuffer" }));
      const uit = join(werk, "gebied-uit.xlsx");
      const r = cli("fill", invoer, "--out", uit);
      expect(r.code).toBe(0);
      const na = await (await JSZip.loadAsync(readFileSync(uit))).file(pad)!.async("string");
      expect(na).toContain("eigen tekst");
    },
  );
});
