// A workbook as a municipality keeps it, which the label search cannot read: budget on "Begroting
// 2023" (labels with a spacer column, unusual headers), realisation on "Realisatie 2023" at other
// rows, paid advances on "Betalingen". Its right answer is computed here with decimal.js alone.
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface NamenRegel {
  dienst: string;
  eenheid: string;
  tarief: number;
  aantalBegroot: number;
  aantalGerealiseerd: number;
  tariefGerealiseerd: number;
}

export const GEMEENTE = "Wierden";
export const JAAR = 2023;
export const RISICO = 0.02;

export const REGELS: readonly NamenRegel[] = [
  {
    dienst: "Uitvoeren begeleiding beschut werk",
    eenheid: "nominaal",
    tarief: 7150,
    aantalBegroot: 20,
    aantalGerealiseerd: 21.5,
    tariefGerealiseerd: 6396.9,
  },
  {
    dienst: "Uitvoeren begeleiding groepsdetacheringen",
    eenheid: "nominaal",
    tarief: 4121,
    aantalBegroot: 12,
    aantalGerealiseerd: 11,
    tariefGerealiseerd: 4233.37,
  },
  {
    dienst: "Opbrengst beschut werk",
    eenheid: "fte",
    tarief: -4110,
    aantalBegroot: 14.5,
    aantalGerealiseerd: 15.25,
    tariefGerealiseerd: -4021.13,
  },
  {
    dienst: "Opbrengst groepsdetacheringen",
    eenheid: "fte",
    tarief: -8530,
    aantalBegroot: 9,
    aantalGerealiseerd: 8.75,
    tariefGerealiseerd: -8713.41,
  },
  {
    dienst: "Uitvoeren verloning",
    eenheid: "nominaal",
    tarief: 321,
    aantalBegroot: 45,
    aantalGerealiseerd: 47,
    tariefGerealiseerd: 318.77,
  },
];

/** Twelve paid advances (the last one a little different: what was really paid). */
export const VOORSCHOTTEN: readonly string[] = [...Array.from({ length: 11 }, () => "6222.50"), "6222.44"];

/** Rows and sheets of each part, so the names and the tests agree. */
export const BEGROTING = "Begroting 2023";
export const REALISATIE = "Realisatie 2023";
export const BETALINGEN = "Betalingen";
const EERSTE_BEGROOT = 8; // 1-based sheet row of the first service on Begroting 2023
const EERSTE_REALISATIE = 5; // ... and on Realisatie 2023

const laatste = (eerste: number) => eerste + REGELS.length - 1;

/** Every Bijlage1_* name of the contract for this workbook, as a file stores it (no "="). */
export function alleNamen(): { naam: string; verwijzing: string }[] {
  const b = `'${BEGROTING}'!`;
  const r = `'${REALISATIE}'!`;
  const kol = (blad: string, k: string, eerste: number) => `${blad}$${k}$${eerste}:$${k}$${laatste(eerste)}`;
  return [
    { naam: "Bijlage1_Gemeente", verwijzing: `${b}$D$3` },
    { naam: "BIJLAGE1_jaar", verwijzing: `${b}$D$4` },
    { naam: "Bijlage1_RisicoOpslag", verwijzing: `${b}$D$5` },
    { naam: "Bijlage1_Diensten", verwijzing: kol(b, "B", EERSTE_BEGROOT) },
    { naam: "Bijlage1_Eenheden", verwijzing: kol(b, "C", EERSTE_BEGROOT) },
    { naam: "Bijlage1_Tarieven", verwijzing: kol(b, "D", EERSTE_BEGROOT) },
    { naam: "Bijlage1_AantallenBegroot", verwijzing: kol(b, "E", EERSTE_BEGROOT) },
    { naam: "Bijlage1_BedragenBegroot", verwijzing: kol(b, "F", EERSTE_BEGROOT) },
    { naam: "Bijlage1_AantallenGerealiseerd", verwijzing: kol(r, "C", EERSTE_REALISATIE) },
    { naam: "Bijlage1_TarievenGerealiseerd", verwijzing: kol(r, "D", EERSTE_REALISATIE) },
    { naam: "Bijlage1_Voorschotten", verwijzing: `${BETALINGEN}!$B$2:$B$${1 + VOORSCHOTTEN.length}` },
  ];
}

/** The workbook without names, as an exceljs object (the e2e test fills its host from the same data). */
export function bouwEigenWerkmap(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const b = wb.addWorksheet(BEGROTING);
  b.getCell("A1").value = `Begroting ${JAAR} gemeente ${GEMEENTE}`;
  b.getCell("B3").value = "Gemeente:";
  b.getCell("D3").value = GEMEENTE;
  b.getCell("B4").value = "Boekjaar:";
  b.getCell("D4").value = JAAR;
  b.getCell("B5").value = "Opslag:";
  b.getCell("D5").value = RISICO;
  ["Omschrijving", "Eenh.", "Prijs", "Volume", "Raming"].forEach(
    (t, i) => (b.getRow(EERSTE_BEGROOT - 1).getCell(2 + i).value = t),
  );
  REGELS.forEach((r, i) => {
    const rij = b.getRow(EERSTE_BEGROOT + i);
    rij.getCell(2).value = r.dienst;
    rij.getCell(3).value = r.eenheid;
    rij.getCell(4).value = r.tarief;
    rij.getCell(5).value = r.aantalBegroot;
    const n = EERSTE_BEGROOT + i;
    rij.getCell(6).value = {
      formula: `D${n}*E${n}`,
      result: new Decimal(r.tarief).times(r.aantalBegroot).toNumber(),
    };
  });

  const z = wb.addWorksheet(REALISATIE);
  z.getCell("A1").value = `Realisatie ${JAAR}`;
  ["Post", "Toelichting", "Gerealiseerd", "Kostprijs"].forEach(
    (t, i) => (z.getRow(EERSTE_REALISATIE - 1).getCell(2 + i).value = t),
  );
  REGELS.forEach((r, i) => {
    const rij = z.getRow(EERSTE_REALISATIE + i);
    rij.getCell(2).value = `post ${i + 1}`;
    rij.getCell(3).value = r.aantalGerealiseerd;
    rij.getCell(4).value = r.tariefGerealiseerd;
  });

  const v = wb.addWorksheet(BETALINGEN);
  v.getCell("A1").value = "Maand";
  v.getCell("B1").value = "Betaald";
  VOORSCHOTTEN.forEach((bedrag, i) => {
    v.getCell(`A${i + 2}`).value = `maand ${i + 1}`;
    v.getCell(`B${i + 2}`).value = Number(bedrag);
  });
  return wb;
}

function xmlTekst(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Writes the workbook with exactly these defined names in xl/workbook.xml (exceljs cannot write a
 * #REF! name or a sheet-scoped one). `blad` makes a name sheet-scoped.
 */
export async function metNamen(
  wb: ExcelJS.Workbook,
  namen: readonly { naam: string; verwijzing: string; blad?: string }[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const pad = "xl/workbook.xml";
  let xml = await zip.file(pad)!.async("string");
  const bladen = wb.worksheets.map((w) => w.name);
  const regels = namen
    .map((n) => {
      const lokaal = n.blad !== undefined ? ` localSheetId="${bladen.indexOf(n.blad)}"` : "";
      return `<definedName name="${xmlTekst(n.naam)}"${lokaal}>${xmlTekst(n.verwijzing)}</definedName>`;
    })
    .join("");
  xml = xml.replace(/<definedNames\s*\/>|<definedNames>[\s\S]*?<\/definedNames>/, "");
  xml = xml.replace("</sheets>", `</sheets><definedNames>${regels}</definedNames>`);
  zip.file(pad, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

const geld = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function calculatie(regels: { tarief: number; aantal: number }[]): Decimal {
  let kosten = new Decimal(0);
  let opbrengsten = new Decimal(0);
  for (const r of regels) {
    const bedrag = geld(new Decimal(r.tarief).times(r.aantal));
    if (r.tarief > 0) kosten = kosten.plus(bedrag);
    else opbrengsten = opbrengsten.plus(bedrag);
  }
  return kosten.plus(opbrengsten).plus(geld(kosten.times(RISICO)));
}

/** The right answer, as exact decimal strings: Σ round(tariff × count) + round(2 % × Σ cost lines). */
export function verwachteAfrekening(): {
  voorcalculatie: string;
  nacalculatie: string;
  voorschottenBetaald: string;
  saldo: string;
} {
  const voor = calculatie(REGELS.map((r) => ({ tarief: r.tarief, aantal: r.aantalBegroot })));
  const na = calculatie(REGELS.map((r) => ({ tarief: r.tariefGerealiseerd, aantal: r.aantalGerealiseerd })));
  const betaald = VOORSCHOTTEN.reduce((s, v) => s.plus(v), new Decimal(0));
  return {
    voorcalculatie: voor.toFixed(2),
    nacalculatie: na.toFixed(2),
    voorschottenBetaald: betaald.toFixed(2),
    saldo: na.minus(betaald).toFixed(2),
  };
}
