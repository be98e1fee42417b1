// The bundled 2023 bijlage-1 sample workbooks: data and an exceljs builder. The script
// src/voorbeelden/maak-bijlage1.ts writes them to assets/bijlage1/; the tests build variants
// (other column orders, Excel tables, Dutch text numbers, merged headers, hidden rows) with it.
//
// Data (DOMAIN.md §4): the Ontplooj-wide 2023 volumes and the reconstructed realised tariffs are
// published or derived from published figures; the split over the five municipalities is
// illustrative (sums match the published totals exactly). Budgeted volumes reproduce table 7.5's
// begroting 2023 (-1,354) with the published 2023 tariffs and the nominaal/fte ratios of §4.
import { MAANDEN } from "../core/payroll/datum";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EENHEDEN, GEMEENTEN, dienst, type DienstCode, type GemeenteNaam } from "../core/catalogue";
import { dec, formatGetal, som } from "../core/money";
import { KPI_DOELEN_2023, bijdrage, regelBedrag, voorschotten } from "../core/settlement";
import { KOLOM_NAAM } from "../core/bijlage1/lezer";
import type { DienstKolom } from "../core/bijlage1/model";
import { kolomLetters } from "../core/grid";
import { NOTATIE } from "../core/sheetplan";

type Per = Partial<Record<GemeenteNaam, string>>;

/** Budgeted (begroot) and realised (gerealiseerd) units per municipality, 2023. */
export const VOLUMES_2023: Record<
  | "BEG_BESCHUT"
  | "OPBR_BESCHUT"
  | "BEG_GROEPSDET"
  | "OPBR_GROEPSDET"
  | "BEG_INDIVDET"
  | "OPBR_INDIVDET"
  | "WERKGEVERSTAKEN"
  | "VERLONING",
  { begroot: Per; gerealiseerd: Per }
> = {
  BEG_BESCHUT: {
    begroot: { Almelo: "232", Wierden: "20", Twenterand: "46", Dinkelland: "16", Tubbergen: "12" },
    gerealiseerd: { Almelo: "230", Wierden: "20", Twenterand: "45", Dinkelland: "16", Tubbergen: "12" },
  },
  OPBR_BESCHUT: {
    begroot: {
      Almelo: "185.03",
      Wierden: "15.95",
      Twenterand: "36.69",
      Dinkelland: "12.76",
      Tubbergen: "9.57",
    },
    gerealiseerd: {
      Almelo: "183.32",
      Wierden: "15.94",
      Twenterand: "35.87",
      Dinkelland: "12.75",
      Tubbergen: "9.58",
    },
  },
  BEG_GROEPSDET: {
    begroot: { Almelo: "96", Wierden: "15", Twenterand: "24" },
    gerealiseerd: { Almelo: "90", Wierden: "14", Twenterand: "22" },
  },
  OPBR_GROEPSDET: {
    begroot: { Almelo: "90.24", Wierden: "14.1", Twenterand: "22.56" },
    gerealiseerd: { Almelo: "84.43", Wierden: "13.13", Twenterand: "20.64" },
  },
  BEG_INDIVDET: {
    begroot: { Almelo: "54", Wierden: "9", Twenterand: "14" },
    gerealiseerd: { Almelo: "56", Wierden: "9", Twenterand: "15" },
  },
  OPBR_INDIVDET: {
    begroot: { Almelo: "45.94", Wierden: "7.66", Twenterand: "11.9" },
    gerealiseerd: { Almelo: "47", Wierden: "7.55", Twenterand: "12.59" },
  },
  WERKGEVERSTAKEN: {
    begroot: { Almelo: "486", Wierden: "56", Twenterand: "110" },
    gerealiseerd: { Almelo: "480", Wierden: "55", Twenterand: "109" },
  },
  VERLONING: {
    begroot: { Almelo: "604", Wierden: "65", Twenterand: "125", Dinkelland: "27", Tubbergen: "22" },
    gerealiseerd: { Almelo: "580", Wierden: "62", Twenterand: "120", Dinkelland: "26", Tubbergen: "21" },
  },
};

/** Reconstructed realised 2023 tariffs per unit (DOMAIN.md §4, derived). */
export const GEREALISEERDE_TARIEVEN_2023: Record<keyof typeof VOLUMES_2023, string> = {
  BEG_BESCHUT: "6396.9",
  OPBR_BESCHUT: "-4133",
  BEG_GROEPSDET: "3966.4",
  OPBR_GROEPSDET: "-8061",
  BEG_INDIVDET: "5210",
  OPBR_INDIVDET: "-14859",
  WERKGEVERSTAKEN: "1442",
  VERLONING: "344",
};

/** Illustrative 2023 KPI realisations (the targets are the published ones). */
const KPI_REALISATIE_2023 = ["0.82", "0.54", "0.92", "0.88", "7.6", "0.161", "0.128"];

/** Illustrative risk surcharge for the four municipalities that pay one. */
export const RISICO_OPSLAG_VOORBEELD = "0.02";

export { MAANDEN };

export interface DienstInvoer {
  code: DienstCode;
  aantalBegroot: string;
  aantalGerealiseerd: string;
}

export interface VoorbeeldData {
  gemeente: GemeenteNaam;
  jaar: number;
  risicoOpslag: string;
  dvoKenmerk: string;
  diensten: DienstInvoer[];
  /** 12 monthly advances: the voorcalculatie split with the largest-remainder method. */
  voorschotten: string[];
}

export function voorbeeldData(naam: GemeenteNaam): VoorbeeldData {
  const g = GEMEENTEN.find((x) => x.naam === naam)!;
  const diensten: DienstInvoer[] = (Object.keys(VOLUMES_2023) as (keyof typeof VOLUMES_2023)[])
    .filter((code) => g.diensten.includes(code))
    .map((code) => ({
      code,
      aantalBegroot: VOLUMES_2023[code].begroot[naam]!,
      aantalGerealiseerd: VOLUMES_2023[code].gerealiseerd[naam]!,
    }));
  const risicoOpslag = g.risicoOpslag ? RISICO_OPSLAG_VOORBEELD : "0";
  const voorcalculatie = bijdrage(
    diensten.map((d) => ({ code: d.code, tarief: dienst(d.code).tarief2023, aantal: d.aantalBegroot })),
    risicoOpslag,
  ).totaal;
  return {
    gemeente: naam,
    jaar: 2023,
    risicoOpslag,
    dvoKenmerk: `DVO-2021-${naam.slice(0, 3).toUpperCase()}`,
    diensten,
    voorschotten: voorschotten(voorcalculatie, 12).map((v) => v.toFixed(2)),
  };
}

/** Ontplooj-wide realised costs/revenues and units 2023: tariff × Σ realised units of all five. */
export function kostprijzen2023(): {
  code: DienstCode;
  kosten: string | null;
  opbrengsten: string | null;
  eenheden: string;
}[] {
  return (Object.keys(VOLUMES_2023) as (keyof typeof VOLUMES_2023)[]).map((code) => {
    const eenheden = som(Object.values(VOLUMES_2023[code].gerealiseerd));
    const bedrag = regelBedrag(GEREALISEERDE_TARIEVEN_2023[code], eenheden).abs().toFixed(2);
    const kosten = dienst(code).soort === "kosten";
    return {
      code,
      kosten: kosten ? bedrag : null,
      opbrengsten: kosten ? null : bedrag,
      eenheden: eenheden.toFixed(),
    };
  });
}

/** The services-table columns the reader knows, plus one it must ignore. */
export type DienstKolomSleutel = DienstKolom | "opmerking";

export const STANDAARD_KOLOMMEN: readonly DienstKolomSleutel[] = [
  "dienst",
  "eenheid",
  "tarief",
  "aantalBegroot",
  "bedragBegroot",
  "aantalGerealiseerd",
  "opmerking",
];

const KOP: Record<DienstKolomSleutel, string> = { ...KOLOM_NAAM, opmerking: "Opmerking" };

export interface VormOpties {
  /** Column order of the services table (extra column "opmerking" is ignored by the reader). */
  kolommen?: readonly DienstKolomSleutel[];
  /** The services table as an Excel table (ListObject) without a totals row. */
  excelTabel?: boolean;
  /** Every number on Bijlage 1 and Voorschotten as Dutch text ("7.150", "183,32", "2%"). */
  tekstGetallen?: boolean;
  /** "Dienst" header merged over two columns, and group headers merged above the table. */
  samengevoegdeKop?: boolean;
  /** Service rows to hide. */
  verborgen?: readonly DienstCode[];
  /** Blank rows and columns before everything on Bijlage 1. */
  verschuiving?: { rijen: number; kolommen: number };
  /** Blank rows between the label/value block and the table (default 1; at least 1 with samengevoegdeKop). */
  legeRijenVoorTabel?: number;
  /** A "Totaal" row under the services and advances (default true; false for Excel tables). */
  totaalRij?: boolean;
  kostprijzen?: boolean;
  kpi?: boolean;
}

/** Where things are on Bijlage 1 (1-based rows, column letters), for tests that edit cells. */
export interface Indeling {
  gemeente: string;
  jaar: string;
  risicoOpslag: string;
  dvoKenmerk: string;
  kopRij: number;
  kolom: Partial<Record<DienstKolomSleutel, string>>;
  rij: Partial<Record<DienstCode, number>>;
  totaalRij?: number;
  voorschotEersteRij: number;
  voorschotTotaalRij?: number;
  kostprijsRij: Partial<Record<DienstCode, number>>;
}

const NOTATIE_TARIEF = '"€" #,##0;"€" -#,##0';
const NOTATIE_BEDRAG = NOTATIE.bedrag;
const NOTATIE_AANTAL = NOTATIE.getal2;

export function bouwWerkmap(
  data: VoorbeeldData,
  vorm: VormOpties = {},
): { wb: ExcelJS.Workbook; indeling: Indeling } {
  const kolommen = vorm.kolommen ?? STANDAARD_KOLOMMEN;
  const tekst = vorm.tekstGetallen ?? false;
  const totaalRij = vorm.totaalRij ?? !vorm.excelTabel;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ontplooj-afrekening (voorbeeldgenerator)";
  wb.created = new Date(Date.UTC(2024, 0, 15));
  wb.modified = new Date(Date.UTC(2024, 0, 15));

  // ---- Bijlage 1
  const ws = wb.addWorksheet("Bijlage 1");
  const r0 = 1 + (vorm.verschuiving?.rijen ?? 0);
  const c0 = 1 + (vorm.verschuiving?.kolommen ?? 0);
  ws.getCell(r0, c0).value = `Bijlage 1 bij de DVO Ontplooj – gemeente ${data.gemeente}, ${data.jaar}`;
  ws.getCell(r0, c0).font = { bold: true, size: 14 };
  ws.mergeCells(r0, c0, r0, c0 + 6);
  ws.getCell(r0 + 1, c0).value =
    "Voorbeeldwerkboek. Landelijke volumes 2023 en tarieven: gepubliceerd (evaluatie Ontplooj) of daaruit afgeleid; de verdeling over de gemeenten, de risico-opslag en de KPI-realisaties zijn illustratief.";
  ws.getCell(r0 + 1, c0).font = { italic: true, color: { argb: "FF595959" } };

  const labels: [string, ExcelJS.CellValue, string | undefined][] = [
    ["Gemeente", data.gemeente, undefined],
    ["Jaar", tekst ? String(data.jaar) : data.jaar, undefined],
    [
      "Risico-opslag",
      tekst ? `${formatGetal(dec(data.risicoOpslag).times(100), 0)}%` : Number(data.risicoOpslag),
      "0.00%",
    ],
    ["DVO-kenmerk", data.dvoKenmerk, undefined],
  ];
  const labelCel: string[] = [];
  labels.forEach(([l, v, fmt], i) => {
    const lc = ws.getCell(r0 + 3 + i, c0);
    lc.value = l;
    lc.font = { bold: true };
    const vc = ws.getCell(r0 + 3 + i, c0 + 1);
    vc.value = v;
    if (fmt && typeof v === "number") vc.numFmt = fmt;
    labelCel.push(vc.address);
  });

  const legeRijen = Math.max(vorm.legeRijenVoorTabel ?? 1, vorm.samengevoegdeKop ? 1 : 0);
  const kopRij = r0 + 7 + legeRijen;
  // Columns: "Dienst" takes two columns when its header is merged.
  const kolomNr: Partial<Record<DienstKolomSleutel, number>> = {};
  let c = c0;
  for (const k of kolommen) {
    kolomNr[k] = c;
    c += k === "dienst" && vorm.samengevoegdeKop ? 2 : 1;
  }
  const laatsteKolom = c - 1;
  const kolomLetter = Object.fromEntries(
    Object.entries(kolomNr).map(([k, n]) => [k, kolomLetters(n! - 1)]),
  ) as Partial<Record<DienstKolomSleutel, string>>;

  const tarieven = (code: DienstCode) => dienst(code).tarief2023;
  const regels = data.diensten.map((d) => {
    const tarief = tarieven(d.code);
    return { ...d, tarief, bedrag: regelBedrag(tarief, d.aantalBegroot) };
  });
  const getal = (waarde: string | number, decimalen: number): ExcelJS.CellValue =>
    tekst ? formatGetal(waarde, decimalen) : Number(waarde);
  const decimalenVan = (code: DienstCode) => (EENHEDEN[dienst(code).eenheid].code === "fte" ? 2 : 0);

  const rijVan: Partial<Record<DienstCode, number>> = {};
  const eersteRij = kopRij + 1;
  const celWaarden = regels.map((r, i) => {
    const rij = eersteRij + i;
    rijVan[r.code] = rij;
    const d = dienst(r.code);
    const waarde: Partial<Record<DienstKolomSleutel, ExcelJS.CellValue>> = {
      dienst: d.label,
      eenheid: EENHEDEN[d.eenheid].label,
      tarief: getal(r.tarief, 0),
      aantalBegroot: getal(r.aantalBegroot, decimalenVan(r.code)),
      bedragBegroot:
        tekst || vorm.excelTabel
          ? getal(r.bedrag.toFixed(2), 2)
          : {
              formula: `ROUND(${kolomLetter.tarief}${rij}*${kolomLetter.aantalBegroot}${rij},2)`,
              result: r.bedrag.toNumber(),
            },
      aantalGerealiseerd: getal(r.aantalGerealiseerd, decimalenVan(r.code)),
      tariefGerealiseerd: getal(
        GEREALISEERDE_TARIEVEN_2023[r.code as keyof typeof GEREALISEERDE_TARIEVEN_2023],
        2,
      ),
      opmerking: d.soort === "opbrengst" ? "opbrengst: negatief tarief" : "",
    };
    return waarde;
  });

  if (vorm.excelTabel) {
    ws.addTable({
      name: "Diensten",
      ref: `${kolomLetters(c0 - 1)}${kopRij}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: kolommen.map((k) => ({ name: KOP[k], filterButton: true })),
      rows: celWaarden.map((w) => kolommen.map((k) => w[k] ?? null)),
    });
  } else {
    for (const k of kolommen) {
      const cel = ws.getCell(kopRij, kolomNr[k]!);
      cel.value = KOP[k];
      cel.font = { bold: true };
      cel.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    }
    if (vorm.samengevoegdeKop) {
      ws.mergeCells(kopRij, kolomNr.dienst!, kopRij, kolomNr.dienst! + 1);
      const groepen: [string, DienstKolomSleutel[]][] = [
        ["Begroting", ["tarief", "aantalBegroot", "bedragBegroot"]],
        ["Realisatie", ["aantalGerealiseerd", "tariefGerealiseerd"]],
      ];
      for (const [naam, leden] of groepen) {
        const nrs = leden.map((l) => kolomNr[l]).filter((n): n is number => n !== undefined);
        if (nrs.length === 0) continue;
        const van = Math.min(...nrs);
        const tot = Math.max(...nrs);
        ws.getCell(kopRij - 1, van).value = naam;
        ws.getCell(kopRij - 1, van).font = { bold: true };
        if (tot > van && nrs.length === tot - van + 1) ws.mergeCells(kopRij - 1, van, kopRij - 1, tot);
      }
    }
    celWaarden.forEach((w, i) => {
      for (const k of kolommen) {
        const v = w[k];
        if (v === undefined || v === "") continue;
        ws.getCell(eersteRij + i, kolomNr[k]!).value = v;
      }
    });
  }
  // Number formats (also inside an Excel table).
  regels.forEach((r, i) => {
    if (tekst) return;
    const rij = eersteRij + i;
    const fmt = (k: DienstKolomSleutel, f: string) => kolomNr[k] && (ws.getCell(rij, kolomNr[k]!).numFmt = f);
    fmt("tarief", NOTATIE_TARIEF);
    fmt("bedragBegroot", NOTATIE_BEDRAG);
    fmt("tariefGerealiseerd", NOTATIE_BEDRAG);
    fmt("aantalBegroot", decimalenVan(r.code) === 2 ? NOTATIE_AANTAL : "#,##0");
    fmt("aantalGerealiseerd", decimalenVan(r.code) === 2 ? NOTATIE_AANTAL : "#,##0");
  });
  for (const code of vorm.verborgen ?? []) {
    const rij = rijVan[code];
    if (rij) ws.getRow(rij).hidden = true;
  }
  let totaal: number | undefined;
  if (totaalRij) {
    totaal = eersteRij + regels.length;
    const t = ws.getCell(totaal, kolomNr.dienst!);
    t.value = "Totaal";
    t.font = { bold: true };
    if (kolomNr.bedragBegroot) {
      const som1 = som(regels.map((r) => r.bedrag));
      const cel = ws.getCell(totaal, kolomNr.bedragBegroot);
      const kl = kolomLetter.bedragBegroot!;
      cel.value = tekst
        ? formatGetal(som1, 2)
        : { formula: `SUM(${kl}${eersteRij}:${kl}${totaal - 1})`, result: som1.toNumber() };
      if (!tekst) cel.numFmt = NOTATIE_BEDRAG;
      cel.font = { bold: true };
    }
  }
  ws.getColumn(kolomNr.dienst!).width = 46;
  for (let k = c0 + 1; k <= laatsteKolom; k++)
    if (k !== kolomNr.dienst! + 1 || !vorm.samengevoegdeKop) ws.getColumn(k).width = 22;

  // ---- Voorschotten
  const vs = wb.addWorksheet("Voorschotten");
  ["Periode", "Factuurnummer", "Datum", "Bedrag"].forEach((k, i) => {
    const cel = vs.getCell(1, i + 1);
    cel.value = k;
    cel.font = { bold: true };
  });
  data.voorschotten.forEach((b, i) => {
    const rij = 2 + i;
    vs.getCell(rij, 1).value = `${MAANDEN[i]} ${data.jaar}`;
    vs.getCell(rij, 2).value =
      `VF-${data.jaar}-${data.gemeente.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(2, "0")}`;
    const datum = vs.getCell(rij, 3);
    datum.value = new Date(Date.UTC(data.jaar, i, 1));
    datum.numFmt = "dd-mm-yyyy";
    const bedrag = vs.getCell(rij, 4);
    bedrag.value = tekst ? formatGetal(b, 2) : Number(b);
    if (!tekst) bedrag.numFmt = NOTATIE_BEDRAG;
  });
  let voorschotTotaal: number | undefined;
  if (totaalRij && data.voorschotten.length > 0) {
    voorschotTotaal = 2 + data.voorschotten.length;
    vs.getCell(voorschotTotaal, 1).value = "Totaal";
    vs.getCell(voorschotTotaal, 1).font = { bold: true };
    const s = som(data.voorschotten);
    vs.getCell(voorschotTotaal, 4).value = tekst
      ? formatGetal(s, 2)
      : { formula: `SUM(D2:D${voorschotTotaal - 1})`, result: s.toNumber() };
    if (!tekst) vs.getCell(voorschotTotaal, 4).numFmt = NOTATIE_BEDRAG;
  }
  vs.getColumn(1).width = 18;
  vs.getColumn(2).width = 18;
  vs.getColumn(3).width = 12;
  vs.getColumn(4).width = 16;

  // ---- Kostprijzen (Ontplooj-wide)
  const kostprijsRij: Partial<Record<DienstCode, number>> = {};
  if (vorm.kostprijzen ?? true) {
    const kp = wb.addWorksheet("Kostprijzen");
    kp.getCell("A1").value =
      `Ontplooj-breed gerealiseerd ${data.jaar}: kosten, opbrengsten en eenheden van alle vijf gemeenten samen`;
    kp.getCell("A1").font = { bold: true };
    kp.getCell("A2").value =
      "Gereconstrueerd uit de evaluatie (tabel 7.5 en 7.7, gerealiseerde tarieven 2023); het gerealiseerde tarief = kosten / eenheden, of −opbrengsten / eenheden.";
    kp.getCell("A2").font = { italic: true, color: { argb: "FF595959" } };
    ["Dienst", "Kosten", "Opbrengsten", "Eenheden"].forEach((k, i) => {
      kp.getCell(4, i + 1).value = k;
      kp.getCell(4, i + 1).font = { bold: true };
    });
    kostprijzen2023().forEach((k, i) => {
      const rij = 5 + i;
      kostprijsRij[k.code] = rij;
      kp.getCell(rij, 1).value = dienst(k.code).label;
      if (k.kosten !== null) kp.getCell(rij, 2).value = Number(k.kosten);
      if (k.opbrengsten !== null) kp.getCell(rij, 3).value = Number(k.opbrengsten);
      kp.getCell(rij, 4).value = Number(k.eenheden);
      kp.getCell(rij, 2).numFmt = NOTATIE_BEDRAG;
      kp.getCell(rij, 3).numFmt = NOTATIE_BEDRAG;
      kp.getCell(rij, 4).numFmt = NOTATIE_AANTAL;
    });
    kp.getColumn(1).width = 46;
    [2, 3, 4].forEach((k) => (kp.getColumn(k).width = 18));
  }

  // ---- KPI
  if (vorm.kpi ?? true) {
    const kpi = wb.addWorksheet("KPI");
    ["KPI", "Doelwaarde", "Richting", "Realisatie"].forEach((k, i) => {
      kpi.getCell(1, i + 1).value = k;
      kpi.getCell(1, i + 1).font = { bold: true };
    });
    KPI_DOELEN_2023.forEach((k, i) => {
      const rij = 2 + i;
      const fmt = k.eenheid === "percentage" ? "0.0%" : "0.0";
      kpi.getCell(rij, 1).value = k.naam;
      kpi.getCell(rij, 2).value = k.doel.toNumber();
      kpi.getCell(rij, 2).numFmt = fmt;
      kpi.getCell(rij, 3).value = k.richting;
      kpi.getCell(rij, 4).value = Number(KPI_REALISATIE_2023[i]);
      kpi.getCell(rij, 4).numFmt = fmt;
    });
    kpi.getCell(2 + KPI_DOELEN_2023.length + 1, 1).value =
      "Doelwaarden 2023: gepubliceerd. Realisaties: illustratief.";
    kpi.getCell(2 + KPI_DOELEN_2023.length + 1, 1).font = { italic: true };
    kpi.getColumn(1).width = 40;
  }

  return {
    wb,
    indeling: {
      gemeente: labelCel[0],
      jaar: labelCel[1],
      risicoOpslag: labelCel[2],
      dvoKenmerk: labelCel[3],
      kopRij,
      kolom: kolomLetter,
      rij: rijVan,
      ...(totaal !== undefined ? { totaalRij: totaal } : {}),
      voorschotEersteRij: 2,
      ...(voorschotTotaal !== undefined ? { voorschotTotaalRij: voorschotTotaal } : {}),
      kostprijsRij,
    },
  };
}

export const GEMEENTE_NAMEN: readonly GemeenteNaam[] = GEMEENTEN.map((g) => g.naam);

export function voorbeeldBestandsnaam(naam: GemeenteNaam, jaar = 2023): string {
  return `bijlage1-${jaar}-${naam.toLowerCase()}.xlsx`;
}

export interface KapotVoorbeeld {
  bestand: string;
  beschrijving: string;
  bouw(): ExcelJS.Workbook;
}

/** Deliberately broken workbooks for the tests and the documentation. */
export const KAPOTTE_VOORBEELDEN: readonly KapotVoorbeeld[] = [
  {
    bestand: "bijlage1-2023-wierden-rekenfouten.xlsx",
    beschrijving:
      "Wierden: Bedrag begroot van de groepsdetacheringen verwijst naar de rij erboven, totaal hard ingetypt en fout, opbrengst groepsdetacheringen met positief tarief, verloning in fte.",
    bouw() {
      const { wb, indeling: x } = bouwWerkmap(voorbeeldData("Wierden"));
      const ws = wb.getWorksheet("Bijlage 1")!;
      const k = x.kolom;
      const rij = x.rij.BEG_GROEPSDET!;
      const cel = ws.getCell(`${k.bedragBegroot}${rij}`);
      // Points at the row above (begeleiding beschut): 7,150 × 20.
      cel.value = { formula: `ROUND(${k.tarief}${rij - 1}*${k.aantalBegroot}${rij - 1},2)`, result: 143000 };
      ws.getCell(`${k.bedragBegroot}${x.totaalRij}`).value = 250000;
      const opbr = x.rij.OPBR_GROEPSDET!;
      ws.getCell(`${k.tarief}${opbr}`).value = 8530;
      const aantal = VOLUMES_2023.OPBR_GROEPSDET.begroot.Wierden!;
      ws.getCell(`${k.bedragBegroot}${opbr}`).value = {
        formula: `ROUND(${k.tarief}${opbr}*${k.aantalBegroot}${opbr},2)`,
        result: regelBedrag(8530, aantal).toNumber(),
      };
      ws.getCell(`${k.eenheid}${x.rij.VERLONING}`).value = "aantal fte";
      return wb;
    },
  },
  {
    bestand: "bijlage1-2023-tubbergen-diensten.xlsx",
    beschrijving:
      "Tubbergen: werkgeverstaken (doet SPN) en een onbekende dienst 'Jobcoaching' in de tabel, geen risico-opslag, meer fte beschut gerealiseerd dan medewerkers.",
    bouw() {
      const data = voorbeeldData("Tubbergen");
      data.diensten.push({ code: "WERKGEVERSTAKEN", aantalBegroot: "12", aantalGerealiseerd: "12" });
      const { wb, indeling: x } = bouwWerkmap(data);
      const ws = wb.getWorksheet("Bijlage 1")!;
      ws.getCell(x.risicoOpslag).value = 0;
      ws.getCell(`${x.kolom.aantalGerealiseerd}${x.rij.OPBR_BESCHUT}`).value = 14;
      // An unknown service in place of the totals label's row above: insert as the last data row.
      const rij = x.totaalRij!;
      ws.getCell(`${x.kolom.dienst}${rij}`).value = "Jobcoaching";
      ws.getCell(`${x.kolom.eenheid}${rij}`).value = "aantal trajecten";
      ws.getCell(`${x.kolom.tarief}${rij}`).value = 1500;
      ws.getCell(`${x.kolom.aantalBegroot}${rij}`).value = 2;
      ws.getCell(`${x.kolom.bedragBegroot}${rij}`).value = 3000;
      ws.getCell(`${x.kolom.aantalGerealiseerd}${rij}`).value = 2;
      return wb;
    },
  },
  {
    bestand: "bijlage1-2023-almelo-structuur.xlsx",
    beschrijving:
      "Almelo: geen blad Voorschotten, het label 'Jaar' ontbreekt en er staat een risico-opslag van 2% (Almelo betaalt die niet).",
    bouw() {
      const { wb, indeling: x } = bouwWerkmap(voorbeeldData("Almelo"));
      const ws = wb.getWorksheet("Bijlage 1")!;
      const jaarLabel = ws
        .getCell(x.jaar)
        .address.replace(/^[A-Z]+/, (l) => String.fromCharCode(l.charCodeAt(0) - 1));
      ws.getCell(jaarLabel).value = "Periode van de afspraken";
      ws.getCell(x.risicoOpslag).value = 0.02;
      wb.removeWorksheet(wb.getWorksheet("Voorschotten")!.id);
      return wb;
    },
  },
];

/**
 * A synthetic bijlage of `n` service rows (the eight DVO services repeated) for benchmarks and
 * tests of large tables; it has DIENST_DUBBEL findings by construction, so fill it with forceer.
 */
export function synthetischeWerkmap(n: number): ExcelJS.Workbook {
  const basis = voorbeeldData("Almelo");
  const diensten: DienstInvoer[] = Array.from({ length: n }, (_, i) => ({
    ...basis.diensten[i % basis.diensten.length],
  }));
  return bouwWerkmap({ ...basis, diensten }).wb;
}

const VASTE_DATUM = new Date(Date.UTC(2024, 0, 15));

/**
 * The workbook as .xlsx bytes that are the same on every run: exceljs stamps each zip entry with
 * the current time, so the entries are re-zipped with a fixed date.
 */
export async function vasteBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const bron = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const uit = new JSZip();
  for (const naam of Object.keys(bron.files).sort()) {
    const f = bron.files[naam];
    if (f.dir) continue;
    uit.file(naam, await f.async("uint8array"), { date: VASTE_DATUM, createFolders: false });
  }
  return uit.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
