// Bijlage-1 workbooks in layouts the corpus (../corpus) does not have, written by an author who
// did not read the reader: the "unseen" half of issue 9's Done-when. Each layout builds an
// ExcelJS workbook from plain data (strings, exact) and says what must happen: fill (with the
// answer computed in ./antwoord.ts), refuse, or either ("vrij": a fill must then be right).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import DecimalJs from "decimal.js";

export const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export interface Regel {
  naam: string;
  eenheid: string;
  tarief: string;
  aantal: string;
  tariefGer: string;
  aantalGer: string;
}

export interface Data {
  gemeente: string;
  jaar: number;
  /** Fraction, e.g. "0.02". */
  opslag: string;
  regels: Regel[];
  voorschotten: string[];
}

export type Moet = "vullen" | "weigeren" | "vrij";

export interface Layout {
  id: string;
  moet: Moet;
  notatie: "nl" | "en";
  /** Saved again by LibreOffice (another tool's package). */
  libreoffice?: boolean;
  /** Changes the data before building (e.g. another municipality). */
  data?: (d: Data) => void;
  bouw: (wb: ExcelJS.Workbook, d: Data) => void;
}

const BASIS: [string, string, string, string, string, string][] = [
  ["Uitvoeren begeleiding beschut werk", "nominaal aantal medewerkers", "7150", "20", "6396.9", "19"],
  ["Opbrengst beschut werk", "aantal fte", "-4110", "15.95", "-4133.5", "15.94"],
  ["Uitvoeren begeleiding groepsdetacheringen", "nominaal aantal medewerkers", "4121", "12", "4200.35", "13"],
  ["Opbrengst groepsdetacheringen", "aantal fte", "-8530", "9.5", "-8611.2", "9.25"],
  ["Uitvoeren werkgeverstaken", "nominaal aantal medewerkers", "1271", "65", "1302.17", "62"],
  ["Uitvoeren verloning", "nominaal aantal medewerkers", "321", "65", "318.44", "63"],
];

/** Advances: the voorcalculatie minus a per-layout amount, split over n terms (largest remainder). */
export function splits(totaal: Dec, n: number): string[] {
  const centen = totaal.times(100).toDecimalPlaces(0);
  const basis = centen.dividedToIntegerBy(n);
  const rest = centen.minus(basis.times(n)).toNumber();
  return Array.from({ length: n }, (_, i) =>
    basis
      .plus(i < rest ? 1 : 0)
      .dividedBy(100)
      .toFixed(2),
  );
}

export function basisData(k: number): Data {
  return {
    gemeente: k % 2 ? "Twenterand" : "Wierden",
    jaar: 2023,
    opslag: "0.02",
    regels: BASIS.map(([naam, eenheid, tarief, aantal, tariefGer, aantalGer], i) => ({
      naam,
      eenheid,
      tarief,
      aantal: new D(aantal).plus(((k + i) % 4) * 0.25).toString(),
      tariefGer,
      aantalGer: new D(aantalGer).plus(((k * 3 + i) % 5) * 0.5).toString(),
    })),
    voorschotten: [],
  };
}

// ---- notation helpers ----
function nlTekst(x: string, dec?: number): string {
  const d = new D(x);
  const s = dec === undefined ? d.abs().toString() : d.abs().toFixed(dec);
  const [heel, frac] = s.split(".");
  const h = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (d.isNeg() ? "-" : "") + h + (frac ? "," + frac : "");
}
function enTekst(x: string, dec?: number): string {
  const d = new D(x);
  const s = dec === undefined ? d.abs().toString() : d.abs().toFixed(dec);
  const [heel, frac] = s.split(".");
  const h = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (d.isNeg() ? "-" : "") + h + (frac ? "." + frac : "");
}
const num = (x: string) => Number(x);

function voorschottenBlad(wb: ExcelJS.Workbook, d: Data, naam = "Voorschotten"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(naam);
  ws.addRow(["Periode", "Bedrag"]);
  d.voorschotten.forEach((v, i) => ws.addRow([`${String(i + 1).padStart(2, "0")}-${d.jaar}`, num(v)]));
  return ws;
}

/** The ordinary services table at row `r`, columns from `kol` (1-based). */
function tabel(
  ws: ExcelJS.Worksheet,
  d: Data,
  r: number,
  kol = 1,
  kop = ["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd", "Tarief gerealiseerd"],
  waarden: (g: Regel) => (string | number | ExcelJS.CellValue)[] = (g) => [
    g.naam,
    g.eenheid,
    num(g.tarief),
    num(g.aantal),
    num(g.aantalGer),
    num(g.tariefGer),
  ],
): number {
  const zet = (rij: number, vals: unknown[]) =>
    vals.forEach((v, i) => (ws.getCell(rij, kol + i).value = v as ExcelJS.CellValue));
  zet(r, kop);
  d.regels.forEach((g, i) => zet(r + 1 + i, waarden(g)));
  return r + 1 + d.regels.length;
}

function kop(
  ws: ExcelJS.Worksheet,
  d: Data,
  labels = ["Gemeente", "Jaar", "Risico-opslag"],
  rij = 1,
  kolW = 2,
) {
  ws.getCell(rij, 1).value = labels[0];
  ws.getCell(rij, kolW).value = d.gemeente;
  ws.getCell(rij + 1, 1).value = labels[1];
  ws.getCell(rij + 1, kolW).value = d.jaar;
  ws.getCell(rij + 2, 1).value = labels[2];
  ws.getCell(rij + 2, kolW).value = num(d.opslag);
  ws.getCell(rij + 2, kolW).numFmt = "0.00%";
}

export const LAYOUTS: Layout[] = [
  {
    id: "O01-waarden-ver-rechts",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d, undefined, 2, 5);
      tabel(ws, d, 7);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O02-andere-labels",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d, ["Naam gemeente:", "Boekjaar", "Opslag risico"]);
      tabel(ws, d, 6);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O03-totaalkolom-rechts",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      const eind = tabel(
        ws,
        d,
        5,
        1,
        [
          "Dienst",
          "Eenheid",
          "Tarief",
          "Aantal begroot",
          "Aantal gerealiseerd",
          "Tarief gerealiseerd",
          "Totaal",
        ],
        (g) => [
          g.naam,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          num(g.aantalGer),
          num(g.tariefGer),
          new D(g.tarief).times(g.aantal).toDecimalPlaces(2).toNumber(),
        ],
      );
      ws.getCell(eind, 1).value = "Totaal";
      ws.getCell(eind, 7).value = { formula: `SUM(G6:G${eind - 1})` };
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O04-toelichting-met-getallen",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(
        ws,
        d,
        5,
        1,
        [
          "Dienst",
          "Toelichting",
          "Eenheid",
          "Tarief",
          "Aantal begroot",
          "Aantal gerealiseerd",
          "Tarief gerealiseerd",
        ],
        (g) => [
          g.naam,
          `was 17 in 2022, tarief 2022 € 6.990; 3 plaatsen erbij`,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          num(g.aantalGer),
          num(g.tariefGer),
        ],
      );
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O05-aantallen-met-eenheid-tekst",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        `${nlTekst(g.aantal)} fte`,
        num(g.aantalGer),
        num(g.tariefGer),
      ]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O06-zonder-eenheidkolom",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(
        ws,
        d,
        5,
        1,
        ["Dienst", "Tarief", "Aantal begroot", "Aantal gerealiseerd", "Tarief gerealiseerd"],
        (g) => [g.naam, num(g.tarief), num(g.aantal), num(g.aantalGer), num(g.tariefGer)],
      );
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O07-andere-volgorde-afronding",
    moet: "weigeren",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      const omgekeerd = { ...d, regels: [...d.regels].reverse() };
      const eind = tabel(ws, omgekeerd, 5);
      // Not services, but rows with an amount: never dropped in silence.
      ws.getRow(eind).values = ["Indexatie 2023", "", 1250, 1, 1, 1250];
      ws.getRow(eind + 1).values = ["Afronding", "", -0.37, 1, 1, -0.37];
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O08-kwartalen-met-totaal",
    moet: "vullen",
    notatie: "nl",
    data: (d) => {
      d.voorschotten = splits(
        d.voorschotten.reduce((s, v) => s.plus(v), new D(0)),
        4,
      );
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Kwartaal", "Factuurnummer", "Bedrag"]);
      d.voorschotten.forEach((b, i) => v.addRow([`Q${i + 1} ${d.jaar}`, `F-${d.jaar}-${i + 11}`, num(b)]));
      v.addRow([
        "Totaal",
        "",
        { formula: `SUM(C2:C5)`, result: d.voorschotten.reduce((s, x) => s.plus(x), new D(0)).toNumber() },
      ]);
    },
  },
  {
    id: "O09-voorschotten-als-euro-tekst",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Maand", "Voorschot"]);
      d.voorschotten.forEach((b, i) => v.addRow([`maand ${i + 1}`, `€ ${nlTekst(b, 2)}`]));
    },
  },
  {
    id: "O10-kpi-onder-diensten",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      const eind = tabel(ws, d, 5);
      ws.getRow(eind + 3).values = ["KPI", "Doelwaarde", "Richting", "Realisatie"];
      ws.getRow(eind + 4).values = ["Ontwikkelplan niet ouder dan een jaar", 0.85, "hoger", 0.81];
      ws.getRow(eind + 5).values = ["Ziekteverzuim SW Ontplooj", 0.156, "lager", 0.149];
      ws.getRow(eind + 6).values = ["Medewerkerstevredenheid", 7.5, "hoger", 7.7];
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O11-kop-over-twee-rijen",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getRow(5).values = ["Dienst", "Eenheid", "Begroot", "", "Gerealiseerd", ""];
      ws.mergeCells("A5:A6");
      ws.mergeCells("B5:B6");
      ws.mergeCells("C5:D5");
      ws.mergeCells("E5:F5");
      ws.getRow(6).values = [
        undefined,
        undefined,
        "Tarief",
        "Aantal",
        "Tarief",
        "Aantal",
      ] as unknown as ExcelJS.CellValue[];
      d.regels.forEach(
        (g, i) =>
          (ws.getRow(7 + i).values = [
            g.naam,
            g.eenheid,
            num(g.tarief),
            num(g.aantal),
            num(g.tariefGer),
            num(g.aantalGer),
          ]),
      );
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O12-jaar-alleen-in-A1-bevroren",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1", { views: [{ state: "frozen", ySplit: 4 }] });
      ws.getCell("A1").value = `DVO ${d.jaar}`;
      ws.getCell("A2").value = "Gemeente";
      ws.getCell("B2").value = d.gemeente;
      ws.getCell("A3").value = "Risico-opslag";
      ws.getCell("B3").value = num(d.opslag);
      tabel(ws, d, 4);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O13-engelse-koppen",
    moet: "vrij",
    notatie: "en",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d, ["Municipality", "Year", "Risk surcharge"]);
      tabel(ws, d, 5, 1, ["Service", "Unit", "Rate", "Budgeted units", "Actual units", "Actual rate"]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O14-blad-DVO-Wierden-2023",
    moet: "vullen",
    notatie: "nl",
    data: (d) => {
      d.gemeente = "Wierden";
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet(`DVO ${d.gemeente} ${d.jaar}`);
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O15-oude-kopie-2022-ervoor",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      // The old copy comes FIRST in the workbook, as after "Blad verplaatsen/kopiëren".
      const oud = wb.addWorksheet("Bijlage 1 (2)");
      const d22: Data = {
        ...d,
        jaar: 2022,
        regels: d.regels.map((g) => ({
          ...g,
          tarief: new D(g.tarief).times(0.93).round().toString(),
          aantal: new D(g.aantal).plus(2).toString(),
        })),
      };
      kop(oud, d22);
      tabel(oud, d22, 5);
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O16-formules-met-uitkomst",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getRow(5).values = [
        "Dienst",
        "Eenheid",
        "Tarief",
        "Aantal begroot",
        "Bedrag begroot",
        "Aantal gerealiseerd",
        "Tarief gerealiseerd",
      ];
      d.regels.forEach((g, i) => {
        const r = 6 + i;
        ws.getRow(r).values = [
          g.naam,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          null,
          num(g.aantalGer),
          num(g.tariefGer),
        ] as ExcelJS.CellValue[];
        ws.getCell(r, 5).value = {
          formula: `ROUND(C${r}*D${r},2)`,
          result: new D(g.tarief).times(g.aantal).toDecimalPlaces(2).toNumber(),
        };
        // The realised count as a formula too (a sum of two half years), with its cached result.
        const h = new D(g.aantalGer).dividedBy(2).toDecimalPlaces(2);
        ws.getCell(r, 6).value = {
          formula: `${h.toString()}+${new D(g.aantalGer).minus(h).toString()}`,
          result: num(g.aantalGer),
        };
      });
      const v = voorschottenBlad(wb, d);
      v.getCell("B2").value = { formula: `${d.voorschotten[0]}*1`, result: num(d.voorschotten[0]) };
    },
  },
  {
    id: "O17-negatief-aantal",
    moet: "weigeren",
    notatie: "nl",
    data: (d) => {
      d.regels[2].aantalGer = "-" + d.regels[2].aantalGer;
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O18-opbrengst-zonder-minteken",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        Math.abs(num(g.tarief)),
        num(g.aantal),
        num(g.aantalGer),
        num(g.tariefGer),
      ]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O19-procent-met-spatie",
    moet: "vullen",
    notatie: "nl",
    data: (d) => {
      d.opslag = "0.025";
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getCell("B3").value = "2,5 %";
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O20-opslag-als-tekst-fractie",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getCell("B3").value = "0,02";
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O21-opslag-2-zonder-procent",
    moet: "weigeren",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getCell("B3").value = 2;
      ws.getCell("B3").numFmt = "General";
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O22-almelo-met-opslag",
    moet: "weigeren",
    notatie: "nl",
    data: (d) => {
      d.gemeente = "Almelo";
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O23-almelo-zonder-opslag",
    moet: "vullen",
    notatie: "nl",
    data: (d) => {
      d.gemeente = "Almelo";
      d.opslag = "0";
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      ws.getCell("A1").value = "Gemeente";
      ws.getCell("B1").value = d.gemeente;
      ws.getCell("A2").value = "Jaar";
      ws.getCell("B2").value = d.jaar;
      tabel(ws, d, 4);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "O24-engelse-tekstgetallen",
    moet: "vullen",
    notatie: "en",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getCell("B3").value = "2%";
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        enTekst(g.tarief, 2),
        enTekst(g.aantal),
        enTekst(g.aantalGer),
        enTekst(g.tariefGer, 2),
      ]);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Period", "Bedrag"]);
      v.getCell("A1").value = "Periode";
      d.voorschotten.forEach((b, i) => v.addRow([i + 1, enTekst(b, 2)]));
    },
  },
  {
    id: "O25-nederlandse-tekstgetallen",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        `€ ${nlTekst(g.tarief, 2)}`,
        nlTekst(g.aantal),
        nlTekst(g.aantalGer),
        `€ ${nlTekst(g.tariefGer, 2)}`,
      ]);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Termijn", "Bedrag voorschot"]);
      d.voorschotten.forEach((b, i) => v.addRow([i + 1, nlTekst(b, 2)]));
    },
  },
  {
    id: "O26-kostprijzen-blad",
    moet: "vullen",
    notatie: "nl",
    data: (d) => {
      // Ontplooj-wide units and costs chosen so cost/units is the realised tariff exactly.
      d.regels.forEach((g, i) => {
        const eenheden = new D(100 + i * 37);
        g.tariefGer = new D(g.tariefGer).toDecimalPlaces(2).toString();
        (g as Regel & { eenheden?: string }).eenheden = eenheden.toString();
      });
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, ["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd"], (g) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        num(g.aantal),
        num(g.aantalGer),
      ]);
      voorschottenBlad(wb, d);
      const k = wb.addWorksheet("Kostprijzen");
      k.addRow(["Dienst", "Kosten", "Opbrengsten", "Eenheden"]);
      for (const g of d.regels) {
        const e = (g as Regel & { eenheden?: string }).eenheden as string;
        const bedrag = new D(g.tariefGer).times(e).toDecimalPlaces(2);
        const kosten = new D(g.tarief).greaterThan(0);
        k.addRow([g.naam, kosten ? bedrag.toNumber() : 0, kosten ? 0 : bedrag.neg().toNumber(), num(e)]);
      }
    },
  },
  {
    id: "O27-libreoffice-ver-rechts",
    moet: "vullen",
    notatie: "nl",
    libreoffice: true,
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d, ["Naam gemeente", "Jaar", "Risicoopslag"], 3, 4);
      ws.getCell("A1").value = `Bijlage 1 bij de DVO ${d.jaar}`;
      tabel(ws, d, 8, 2);
      voorschottenBlad(wb, d, `Voorschotten ${d.jaar}`);
    },
  },
  {
    id: "O28-libreoffice-formules-kwartalen",
    moet: "vullen",
    notatie: "nl",
    libreoffice: true,
    data: (d) => {
      d.voorschotten = splits(
        d.voorschotten.reduce((s, v) => s.plus(v), new D(0)),
        4,
      );
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getRow(5).values = [
        "Dienst",
        "Eenheid",
        "Tarief",
        "Aantal begroot",
        "Bedrag begroot",
        "Aantal gerealiseerd",
        "Tarief gerealiseerd",
      ];
      d.regels.forEach((g, i) => {
        const r = 6 + i;
        ws.getRow(r).values = [
          g.naam,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          null,
          num(g.aantalGer),
          num(g.tariefGer),
        ] as ExcelJS.CellValue[];
        ws.getCell(r, 5).value = { formula: `ROUND(C${r}*D${r},2)` } as ExcelJS.CellFormulaValue;
      });
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Kwartaal", "Bedrag"]);
      d.voorschotten.forEach((b, i) => v.addRow([`Q${i + 1}`, num(b)]));
      v.addRow(["Totaal", { formula: "SUM(B2:B5)" } as ExcelJS.CellFormulaValue]);
    },
  },
  {
    id: "P01-voorschotten-som-zonder-label",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = voorschottenBlad(wb, d);
      // A blank row, then the sum of the advances without a label (people do this).
      v.getCell(d.voorschotten.length + 3, 2).value = {
        formula: `SUM(B2:B${d.voorschotten.length + 1})`,
        result: d.voorschotten.reduce((s, x) => s.plus(x), new D(0)).toNumber(),
      };
    },
  },
  {
    id: "P02-dienst-twee-keer",
    moet: "vrij",
    notatie: "nl",
    data: (d) => {
      d.regels.push({ ...d.regels[5], aantal: "4", aantalGer: "5" });
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P03-bedrag-gerealiseerd-geen-tarief",
    moet: "vrij",
    notatie: "nl",
    data: (d) => {
      for (const g of d.regels) g.tariefGer = new D(g.tariefGer).round().toString();
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(
        ws,
        d,
        5,
        1,
        ["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd", "Bedrag gerealiseerd"],
        (g) => [
          g.naam,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          num(g.aantalGer),
          new D(g.tariefGer).times(g.aantalGer).toDecimalPlaces(2).toNumber(),
        ],
      );
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P04-geen-gerealiseerd-tarief",
    moet: "weigeren",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, ["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd"], (g) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        num(g.aantal),
        num(g.aantalGer),
      ]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P05-formule-zonder-uitkomst",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        num(g.aantal),
        { formula: `${g.aantalGer}*1` } as ExcelJS.CellFormulaValue,
        num(g.tariefGer),
      ]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P06-voorschot-formule-zonder-uitkomst",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = voorschottenBlad(wb, d);
      v.getCell("B3").value = { formula: `${d.voorschotten[1]}*1` } as ExcelJS.CellFormulaValue;
    },
  },
  {
    id: "P07-opslag-2-met-procentopmaak",
    moet: "weigeren",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getCell("B3").value = 2;
      ws.getCell("B3").numFmt = '0" %"';
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P08-voorschotten-vorig-jaar-eerst",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const oud = wb.addWorksheet(`Voorschotten ${d.jaar - 1}`);
      oud.addRow(["Periode", "Bedrag"]);
      d.voorschotten.forEach((b, i) => oud.addRow([`${i + 1}-${d.jaar - 1}`, num(b) - 311]));
      voorschottenBlad(wb, d, `Voorschotten ${d.jaar}`);
    },
  },
  {
    id: "P09-voorschot-totaal-in-kolom-B",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Factuurnummer", "Periode", "Bedrag"]);
      d.voorschotten.forEach((b, i) => v.addRow([`F${i + 100}`, `maand ${i + 1}`, num(b)]));
      v.addRow(["", "Totaal", d.voorschotten.reduce((s, x) => s.plus(x), new D(0)).toNumber()]);
    },
  },
  {
    id: "P10-diensten-getransponeerd",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      const rijen: [string, (g: Regel) => string | number][] = [
        ["Dienst", (g) => g.naam],
        ["Eenheid", (g) => g.eenheid],
        ["Tarief", (g) => num(g.tarief)],
        ["Aantal begroot", (g) => num(g.aantal)],
        ["Aantal gerealiseerd", (g) => num(g.aantalGer)],
        ["Tarief gerealiseerd", (g) => num(g.tariefGer)],
      ];
      rijen.forEach(([label, f], r) => (ws.getRow(5 + r).values = [label, ...d.regels.map(f)]));
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P11-totaal-begeleiding-midden",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      ws.getRow(5).values = [
        "Dienst",
        "Eenheid",
        "Tarief",
        "Aantal begroot",
        "Aantal gerealiseerd",
        "Tarief gerealiseerd",
      ];
      const rij = (g: Regel) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        num(g.aantal),
        num(g.aantalGer),
        num(g.tariefGer),
      ];
      const beg = d.regels.filter((g) => g.naam.includes("begeleiding"));
      const rest = d.regels.filter((g) => !g.naam.includes("begeleiding"));
      let r = 6;
      for (const g of beg) ws.getRow(r++).values = rij(g);
      ws.getRow(r++).values = ["Totaal begeleiding", "", "", beg.reduce((s, g) => s + num(g.aantal), 0)];
      for (const g of rest) ws.getRow(r++).values = rij(g);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "P12-lege-aantal-gerealiseerd",
    moet: "vrij",
    notatie: "nl",
    data: (d) => {
      d.regels[2].aantalGer = "0";
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5, 1, undefined, (g) => [
        g.naam,
        g.eenheid,
        num(g.tarief),
        num(g.aantal),
        g === d.regels[2] ? null : num(g.aantalGer),
        num(g.tariefGer),
      ]);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "Q01-bijlage-vorig-jaar-met-jaar-in-naam",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const oud = wb.addWorksheet(`Bijlage 1 ${d.jaar - 1}`);
      const d22: Data = {
        ...d,
        jaar: d.jaar - 1,
        regels: d.regels.map((g) => ({ ...g, aantal: new D(g.aantal).plus(1).toString() })),
      };
      kop(oud, d22);
      tabel(oud, d22, 5);
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      voorschottenBlad(wb, d);
    },
  },
  {
    id: "Q02-voorschotten-totaal-halfjaar-midden",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Maand", "Bedrag"]);
      d.voorschotten.slice(0, 6).forEach((b, i) => v.addRow([`maand ${i + 1}`, num(b)]));
      v.addRow([
        "Totaal 1e halfjaar",
        d.voorschotten
          .slice(0, 6)
          .reduce((s, x) => s.plus(x), new D(0))
          .toNumber(),
      ]);
      d.voorschotten.slice(6).forEach((b, i) => v.addRow([`maand ${i + 7}`, num(b)]));
    },
  },
  {
    id: "Q03-voorschotten-twee-lege-rijen",
    moet: "vrij",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Maand", "Bedrag"]);
      d.voorschotten.slice(0, 6).forEach((b, i) => v.addRow([`maand ${i + 1}`, num(b)]));
      v.addRow([]);
      v.addRow([]);
      d.voorschotten.slice(6).forEach((b, i) => v.addRow([`maand ${i + 7}`, num(b)]));
    },
  },
  {
    id: "Q04-voorschot-nog-niet-betaald",
    moet: "vrij",
    notatie: "nl",
    data: (d) => {
      d.voorschotten = d.voorschotten.slice(0, 11);
    },
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(ws, d, 5);
      const v = wb.addWorksheet("Voorschotten");
      v.addRow(["Maand", "Bedrag", "Status"]);
      d.voorschotten.forEach((b, i) => v.addRow([`maand ${i + 1}`, num(b), "betaald"]));
      v.addRow(["maand 12", num(d.voorschotten[0]), "nog niet betaald"]);
    },
  },
  {
    id: "Q05-nummerkolom-voor-dienst",
    moet: "vullen",
    notatie: "nl",
    bouw: (wb, d) => {
      const ws = wb.addWorksheet("Bijlage 1");
      kop(ws, d);
      tabel(
        ws,
        d,
        5,
        1,
        ["Nr", "Dienst", "Eenheid", "Tarief", "Aantal begroot", "Aantal gerealiseerd", "Tarief gerealiseerd"],
        (g) => [
          d.regels.indexOf(g) + 1,
          g.naam,
          g.eenheid,
          num(g.tarief),
          num(g.aantal),
          num(g.aantalGer),
          num(g.tariefGer),
        ],
      );
      voorschottenBlad(wb, d);
    },
  },
];

export interface OnbekendWerkboek {
  layout: Layout;
  pad: string;
  data: Data;
}

/** Builds every layout in `map`; the answer comes from ./antwoord.ts on `data`. */
export async function maakOnbekend(
  map: string,
  voorcalculatie: (d: Data) => Dec,
  metLibreOffice: (paden: string[], werk: string) => string | undefined,
): Promise<OnbekendWerkboek[]> {
  mkdirSync(map, { recursive: true });
  const uit: OnbekendWerkboek[] = [];
  const doorLo: OnbekendWerkboek[] = [];
  for (const [k, layout] of LAYOUTS.entries()) {
    const d = basisData(k);
    // Advances: the voorcalculatie minus a few hundred euros, so saldo ≠ 0 and differs per layout.
    d.voorschotten = splits(voorcalculatie(d).minus(100 + k * 17.31), 12);
    layout.data?.(d);
    if (layout.data && d.voorschotten.length === 12)
      d.voorschotten = splits(voorcalculatie(d).minus(100 + k * 17.31), 12);
    const wb = new ExcelJS.Workbook();
    layout.bouw(wb, d);
    const pad = join(map, `${layout.id}.xlsx`);
    await wb.xlsx.writeFile(pad);
    const w = { layout, pad, data: d };
    uit.push(w);
    if (layout.libreoffice) doorLo.push(w);
  }
  if (doorLo.length) {
    const loMap = metLibreOffice(
      doorLo.map((w) => w.pad),
      join(map, "lo"),
    );
    for (const w of doorLo) w.pad = loMap ? join(loMap, `${w.layout.id}.xlsx`) : w.pad;
  }
  return uit;
}
