// The package writer's two new moves for next year's bijlage: single cells changed in place (style
// kept, formula kept with a new cached result, an Excel table's header renamed with its cell) and
// a sheet renamed with every reference to it.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Pakket } from "../../../src/cli/pakket/pakket";
import { PakketFout } from "../../../src/cli/pakket/xml";

async function werkmap(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const b = wb.addWorksheet("Begroting 2023");
  b.addTable({
    name: "Diensten",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Dienst" }, { name: "Tarief 2023" }, { name: "Aantal" }],
    rows: [
      ["Verloning", 321, 10],
      ["Werkgeverstaken", 1271, 5],
    ],
  });
  b.getCell("B2").numFmt = '"€" #,##0';
  b.getCell("E2").value = { formula: "ROUND(B2*C2,2)", result: 3210 };
  const r = wb.addWorksheet("Rapport");
  r.getCell("A1").value = { formula: "'Begroting 2023'!B2*2", result: 642 };
  r.getCell("A2").value = { richText: [{ text: "'Begroting 2023'! blijft tekst" }] };
  wb.definedNames.add("'Begroting 2023'!$B$2", "Tarief_Verloning");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function deel(bytes: Uint8Array, pad: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(pad)!.async("string");
}

test("cellen, tabelkop en bladnaam veranderen; de rest blijft", async () => {
  const invoer = await werkmap();
  const p = await Pakket.open(invoer);
  await p.wijzigCellen("Begroting 2023", [
    { cel: "B1", waarde: "Tarief 2025" },
    { cel: "B2", waarde: 340 },
    { cel: "E2", waarde: 3400, alsResultaat: true },
    { cel: "C9", waarde: "nieuw" },
  ]);
  await p.hernoemBlad("Begroting 2023", "Begroting 2025");
  const uit = await p.schrijfPlan({ blad: "Leeg", gebied: "A1:A1", cellen: [], namen: [] });

  const blad = await deel(uit, "xl/worksheets/sheet1.xml");
  expect(blad).toMatch(/<c r="B2" s="\d+"><v>340<\/v><\/c>/);
  expect(blad).toMatch(/<c r="E2"[^>]*><f>ROUND\(B2\*C2,2\)<\/f><v>3400<\/v><\/c>/);
  expect(blad).toMatch(/<row r="9"[^>]*><c r="C9" t="inlineStr"><is><t>nieuw<\/t><\/is><\/c><\/row>/);
  expect(await deel(uit, "xl/tables/table1.xml")).toMatch(/<tableColumn [^>]*name="Tarief 2025"/);
  const rapport = await deel(uit, "xl/worksheets/sheet2.xml");
  expect(rapport).toMatch(/<f>(?:'|&apos;)Begroting 2025(?:'|&apos;)!B2\*2<\/f>/);
  expect(rapport).not.toMatch(/2023(?:'|&apos;)!B2/);
  const wbXml = await deel(uit, "xl/workbook.xml");
  expect(wbXml).toMatch(/<sheet [^>]*name="Begroting 2025"/);
  expect(wbXml).toContain(">'Begroting 2025'!$B$2</definedName>");
  expect(wbXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  // Parts that do not refer to the sheet keep their bytes.
  const a = await JSZip.loadAsync(invoer);
  const b = await JSZip.loadAsync(uit);
  for (const naam of ["xl/theme/theme1.xml", "docProps/core.xml", "xl/sharedStrings.xml"]) {
    if (!a.file(naam)) continue;
    expect([
      naam,
      (await a.file(naam)!.async("nodebuffer")).equals(await b.file(naam)!.async("nodebuffer")),
    ]).toEqual([naam, true]);
  }
});

test("een gedeelde formule wordt niet half overschreven; een bestaande bladnaam niet dubbel", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Blad");
  ws.getCell("A1").value = 1;
  ws.getCell("A2").value = 2;
  ws.getCell("B1").value = {
    formula: "A1*2",
    result: 2,
    shareType: "shared",
    ref: "B1:B2",
  } as ExcelJS.CellValue;
  ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellValue;
  wb.addWorksheet("Ander");
  const p = await Pakket.open(new Uint8Array(await wb.xlsx.writeBuffer()));
  await expect(p.wijzigCellen("Blad", [{ cel: "B1", waarde: 5 }])).rejects.toThrow(PakketFout);
  await expect(p.wijzigCellen("Blad", [{ cel: "B1", waarde: 5 }])).rejects.toThrow(
    /geldt ook voor andere cellen \(B1:B2\)/,
  );
  await expect(p.hernoemBlad("Blad", "ANDER")).rejects.toThrow(/bestaat al/);
});
