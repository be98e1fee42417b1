// The issue-9 corpus: bijlage-1 workbooks laid out as finance staff keep them, each with its right
// answer (computed in antwoord.ts from the same data, not by the engine) or the cells where a
// refusal must point. Run on its own to look at the files:
//   npx tsx test/core/bijlage1/corpus/generator.ts <map>
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { herberekenInLibreOffice, heeftLibreOffice } from "../libreoffice";
import { D, antwoord, voorcalculatie, type Antwoord } from "./antwoord";
import { maakGegevens, MAANDEN, type Gegevens, type Gemeente } from "./gegevens";
import { bouwWerkmap, type Plek, type Vorm } from "./werkmap";

/** vullen: must fill right; weigeren: must be refused at one of the cells; either is fine for the third. */
export type Moet = "vullen" | "weigeren" | "vullen-of-weigeren";

export interface Layout {
  id: string;
  /** One line: what this layout varies (issue 9, "What was seen"). */
  wat: string;
  notatie: "nl" | "en";
  gemeente: Gemeente;
  zaad: number;
  vorm: Vorm;
  moet: Moet;
  /** Made (or re-saved) by LibreOffice: "xlsx" re-saves, "ods" goes through an .ods first. */
  libreoffice?: "xlsx" | "ods";
  voorschottenAfwijkend?: boolean;
  /** Changes the data before the workbook is laid out (e.g. whole realised tariffs). */
  gegevens?: (g: Gegevens) => void;
  /** Edits the laid-out workbook; returns the cells ("Blad!A1") where an error finding must be. */
  hostiel?: (wb: ExcelJS.Workbook, plek: Plek, g: Gegevens) => string[];
}

const basis: Vorm = { stijl: "echt", labels: "rechts", jaar: "label", namen: "label", bedragKolom: true };

/** Header cells by text, and the cells of the given fields in every service row. */
function cellenVan(plek: Plek, koppen: string[], velden: string[]): string[] {
  const uit = koppen.flatMap((k) => plek.koppen.get(k) ?? []);
  for (const [sleutel, cel] of plek.cellen) if (velden.some((v) => sleutel.endsWith(`.${v}`))) uit.push(cel);
  return uit;
}

function zet(wb: ExcelJS.Workbook, blad_cel: string, waarde: ExcelJS.CellValue): void {
  const [blad, cel] = blad_cel.split("!");
  wb.getWorksheet(blad)!.getCell(cel).value = waarde;
}

export const LAYOUTS: readonly Layout[] = [
  // ---- should fill, one variation each
  {
    id: "F01-sjabloon",
    wat: "het sjabloon zelf (controle)",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 101,
    vorm: basis,
    moet: "vullen",
  },
  {
    id: "F02-tussenkolom",
    wat: "'Gemeente:' in B, waarde in D (lege tussenkolom)",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 102,
    vorm: { ...basis, labels: "tussenkolom" },
    moet: "vullen",
  },
  {
    id: "F03-samengevoegd",
    wat: "label samengevoegd over B:C, waarde in D",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 103,
    vorm: { ...basis, labels: "samengevoegd" },
    moet: "vullen",
  },
  {
    id: "F04-waarde-onder",
    wat: "labels naast elkaar, waarde onder het label",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 104,
    vorm: { ...basis, labels: "onder" },
    moet: "vullen",
  },
  {
    id: "F05-jaar-in-titel",
    wat: "geen label Jaar; 'Begroting 2023 gemeente …' als titel",
    notatie: "nl",
    gemeente: "Dinkelland",
    zaad: 105,
    vorm: { ...basis, jaar: "titel" },
    moet: "vullen",
  },
  {
    id: "F06-jaar-in-bladnaam",
    wat: "bladen 'Bijlage 1 2023' en 'Voorschotten 2023', geen label Jaar",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 106,
    vorm: { ...basis, jaar: "bladnaam" },
    moet: "vullen",
  },
  {
    id: "F07-getypte-namen",
    wat: "'Begeleiding BW', 'Opbrengst GD', 'Werkgeverstaken (incl. terugvalfaciliteit)', 'Salarisadministratie'",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 107,
    vorm: { ...basis, namen: "getypt" },
    moet: "vullen",
  },
  {
    id: "F08-categorieen",
    wat: "categorierijen, Subtotaal-rijen, Totaal = som van de subtotalen",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 108,
    vorm: { ...basis, categorieen: true },
    moet: "vullen",
  },
  {
    id: "F09-lege-rijen",
    wat: "lege rijen tussen de groepen in de tabel",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 109,
    vorm: { ...basis, legeRijen: true },
    moet: "vullen",
  },
  {
    id: "F10-euro-streep",
    wat: "bedragen als tekst '€ 7.150,-' en '€ 1.234,56'",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 110,
    vorm: { ...basis, stijl: "nl-euro" },
    moet: "vullen",
  },
  {
    id: "F11-engels-tekst",
    wat: "Engelse tekst '7,150', '314,600.00', '1,442' (bedragen beslissen de notatie)",
    notatie: "en",
    gemeente: "Twenterand",
    zaad: 111,
    vorm: { ...basis, stijl: "en" },
    moet: "vullen",
  },
  {
    id: "F12-jaarblokken",
    wat: "'Tarief'/'Aantal begroot' twee keer, onder 'Begroting 2024' links van 'Begroting 2023'; Jaar 2023",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 112,
    vorm: { ...basis, jaarblokken: "groepsrij", bedragKolom: false },
    moet: "vullen",
  },
  {
    id: "F13-verborgen-oud-tarief",
    wat: "verborgen kolom 'Tarief 2022' links van 'Tarief'",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 113,
    vorm: { ...basis, oudTarief: "verborgen-jaar" },
    moet: "vullen",
  },
  {
    id: "F14-begroting-realisatie",
    wat: "bladen 'Begroting 2023', 'Realisatie 2023', 'Voorschotten 2023'",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 114,
    vorm: { ...basis, jaar: "nergens", bladen: "begroting-realisatie" },
    moet: "vullen",
  },
  {
    id: "F15-realisatie-aantal",
    wat: "realisatie op blad 'Realisatie' met een kale kolom 'Aantal'",
    notatie: "nl",
    gemeente: "Tubbergen",
    zaad: 115,
    vorm: { ...basis, bladen: "realisatie-apart" },
    moet: "vullen",
  },
  {
    id: "F16-voorschotten-totaal",
    wat: "geen blad Voorschotten; 'Voorschotten betaald' als één bedrag",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 116,
    vorm: { ...basis, voorschotten: "totaal" },
    moet: "vullen",
    voorschottenAfwijkend: true,
  },
  {
    id: "F17-voorschot-datums",
    wat: "voorschotperiodes en -datums als echte Excel-datums",
    notatie: "nl",
    gemeente: "Dinkelland",
    zaad: 117,
    vorm: { ...basis, datums: true },
    moet: "vullen",
  },
  {
    id: "F18-excel-tabel",
    wat: "dienstentabel als Excel-tabel (ListObject)",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 118,
    vorm: { ...basis, excelTabel: true },
    moet: "vullen",
  },
  {
    id: "F19-kostprijzen",
    wat: "gerealiseerde tarieven uit blad Kostprijzen (Almelo, geen opslag)",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 119,
    vorm: { ...basis, kostprijzen: true },
    moet: "vullen",
  },
  {
    id: "F20-libreoffice",
    wat: "sjabloonvorm, opgeslagen door LibreOffice",
    notatie: "nl",
    gemeente: "Tubbergen",
    zaad: 120,
    vorm: basis,
    moet: "vullen",
    libreoffice: "xlsx",
  },
  // ---- should fill, variations combined
  {
    id: "F21-ods-combinatie",
    wat: "LibreOffice .ods → .xlsx: tussenkolom, categorieën, Nederlandse tekst",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 121,
    vorm: { ...basis, stijl: "nl", labels: "tussenkolom", categorieen: true, legeRijen: true },
    moet: "vullen",
    libreoffice: "ods",
  },
  {
    id: "F22-combinatie-nl",
    wat: "waarde onder label, 'Bijlage 1 2023', getypte namen, categorieën, '€ 7.150,-', voorschotten als totaal",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 122,
    vorm: {
      ...basis,
      stijl: "nl-euro",
      labels: "onder",
      jaar: "bladnaam",
      namen: "getypt",
      categorieen: true,
      voorschotten: "totaal",
    },
    moet: "vullen",
  },
  {
    id: "F23-combinatie-en",
    wat: "Engelse tekst, jaarblokken onder 'Begroting 2024'/'Begroting 2023', realisatie apart, datums",
    notatie: "en",
    gemeente: "Wierden",
    zaad: 123,
    vorm: {
      ...basis,
      stijl: "en",
      jaarblokken: "groepsrij",
      bladen: "realisatie-apart",
      datums: true,
      bedragKolom: true,
    },
    moet: "vullen",
  },
  {
    id: "F24-combinatie-kostprijzen",
    wat: "samengevoegd label, lege rijen, verborgen 'Tarief 2022', datums, Kostprijzen",
    notatie: "nl",
    gemeente: "Dinkelland",
    zaad: 124,
    vorm: {
      ...basis,
      labels: "samengevoegd",
      legeRijen: true,
      oudTarief: "verborgen-jaar",
      datums: true,
      kostprijzen: true,
    },
    moet: "vullen",
  },
  {
    id: "F25-jaar-in-kop",
    wat: "'Tarief 2024'/'Aantal begroot 2024' links van 'Tarief 2023'/'Aantal begroot 2023'; Jaar 2023",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 125,
    vorm: { ...basis, jaarblokken: "kop", bedragKolom: false },
    moet: "vullen",
  },
  // ---- hostile: must be refused
  {
    id: "H01-notatie-onbeslist",
    wat: "tarieven als tekst '7,150', '1,442' en niets dat de notatie beslist",
    notatie: "en",
    gemeente: "Wierden",
    zaad: 201,
    vorm: {
      ...basis,
      stijl: "en",
      per: { aantal: "echt", bedrag: "echt", percentage: "echt" },
      bedragKolom: false,
    },
    moet: "weigeren",
    gegevens: (g) => {
      for (const r of g.regels)
        r.tariefGerealiseerd = r.tariefGerealiseerd.toDecimalPlaces(0, D.ROUND_HALF_UP);
    },
    hostiel: (_wb, plek) => cellenVan(plek, [], ["tarief", "tariefGerealiseerd"]),
  },
  {
    id: "H02-jaarblokken-zonder-jaar",
    wat: "twee even geldige jaarblokken (2024, 2023) en nergens een jaar",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 202,
    vorm: { ...basis, jaar: "nergens", jaarblokken: "kop", bedragKolom: false },
    moet: "weigeren",
    gegevens: (g) => g.voorschotten.forEach((v, i) => (v.periode = MAANDEN[i])),
    hostiel: (_wb, plek) =>
      cellenVan(
        plek,
        ["Tarief 2024", "Tarief 2023", "Aantal begroot 2024", "Aantal begroot 2023"],
        ["tarief", "tariefVolgend", "aantalBegroot", "aantalVolgend"],
      ),
  },
  {
    id: "H03-dubbel-tarief",
    wat: "twee zichtbare kolommen 'Tarief' met verschillende waarden",
    notatie: "nl",
    gemeente: "Wierden",
    zaad: 203,
    vorm: { ...basis, oudTarief: "zichtbaar-kaal", bedragKolom: false },
    moet: "weigeren",
    hostiel: (_wb, plek) => cellenVan(plek, ["Tarief"], ["tarief", "tariefOud"]),
  },
  {
    id: "H04-tarief-in-duizenden",
    wat: "gerealiseerd tarief werkgeverstaken in k€ (1,442 i.p.v. 1.442): factor 1000",
    notatie: "nl",
    gemeente: "Almelo",
    zaad: 204,
    vorm: basis,
    moet: "weigeren",
    hostiel: (wb, plek, g) => {
      const cel = plek.cellen.get("WERKGEVERSTAKEN.tariefGerealiseerd")!;
      const r = g.regels.find((x) => x.dienst.code === "WERKGEVERSTAKEN")!;
      zet(wb, cel, r.tariefGerealiseerd.div(1000).toNumber());
      return [cel, plek.cellen.get("WERKGEVERSTAKEN.tarief")!];
    },
  },
  {
    id: "H05-bedrag-in-duizenden",
    wat: "Bedrag begroot begeleiding beschut werk in k€: factor 1000",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 205,
    vorm: basis,
    moet: "weigeren",
    hostiel: (wb, plek, g) => {
      const cel = plek.cellen.get("BEG_BESCHUT.bedragBegroot")!;
      const r = g.regels.find((x) => x.dienst.code === "BEG_BESCHUT")!;
      zet(wb, cel, r.tarief.times(r.aantalBegroot).div(1000).toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber());
      return [cel];
    },
  },
  // ---- either is right: an old "Tarief" column, hidden, with the same header as the current one
  {
    id: "E01-verborgen-kaal-tarief",
    wat: "verborgen oude kolom 'Tarief' links van de huidige 'Tarief'",
    notatie: "nl",
    gemeente: "Twenterand",
    zaad: 301,
    vorm: { ...basis, oudTarief: "verborgen-kaal", bedragKolom: false },
    moet: "vullen-of-weigeren",
    hostiel: (_wb, plek) => cellenVan(plek, ["Tarief"], ["tarief", "tariefOud"]),
  },
];

export interface CorpusWerkboek {
  layout: Layout;
  pad: string;
  /** The right answer from the data (also for refusals: what a fill would have to give). */
  antwoord: Antwoord;
  /** Cells ("Blad!A1") where an error finding is expected, for refusals. */
  weigerCellen: string[];
}

/** LibreOffice re-saves the files (through .ods where asked) in a fresh profile (test/core/bijlage1/libreoffice.ts). */
function doorLibreOffice(items: { bron: string; ods: boolean; doel: string }[], werk: string): void {
  if (items.length === 0) return;
  const naarOds = items.filter((i) => i.ods);
  const odsMap = join(werk, "ods");
  if (naarOds.length > 0) {
    const profiel = join(werk, "ods-profiel");
    mkdirSync(profiel, { recursive: true });
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${profiel}`,
        "--headless",
        "--convert-to",
        "ods",
        "--outdir",
        odsMap,
        ...naarOds.map((i) => i.bron),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  }
  const bronnen = items.map((i) => (i.ods ? join(odsMap, naamZonderExt(i.bron) + ".ods") : i.bron));
  const uit = herberekenInLibreOffice(bronnen, join(werk, "xlsx"));
  for (const i of items) copyFileSync(join(uit, naamZonderExt(i.bron) + ".xlsx"), i.doel);
}

function naamZonderExt(pad: string): string {
  return pad.replace(/^.*\//, "").replace(/\.[a-z]+$/, "");
}

/** Writes every layout to `map` (LibreOffice ones only when it is installed). */
export async function maakCorpus(
  map: string,
  layouts: readonly Layout[] = LAYOUTS,
): Promise<CorpusWerkboek[]> {
  mkdirSync(map, { recursive: true });
  const bron = join(map, "bron");
  mkdirSync(bron, { recursive: true });
  const uit: CorpusWerkboek[] = [];
  const lo: { bron: string; ods: boolean; doel: string }[] = [];
  for (const layout of layouts) {
    if (layout.libreoffice && !heeftLibreOffice) continue;
    const g = maakGegevens(
      {
        gemeente: layout.gemeente,
        zaad: layout.zaad,
        voorschottenAfwijkend: layout.voorschottenAfwijkend ?? false,
      },
      voorcalculatie,
    );
    layout.gegevens?.(g);
    const { wb, plek } = bouwWerkmap(g, layout.vorm);
    const weigerCellen = layout.hostiel?.(wb, plek, g) ?? [];
    const pad = join(map, `${layout.id}.xlsx`);
    if (layout.libreoffice) {
      const tussen = join(bron, `${layout.id}.xlsx`);
      await wb.xlsx.writeFile(tussen);
      lo.push({ bron: tussen, ods: layout.libreoffice === "ods", doel: pad });
    } else {
      await wb.xlsx.writeFile(pad);
    }
    uit.push({ layout, pad, antwoord: antwoord(g), weigerCellen });
  }
  doorLibreOffice(lo, join(map, "libreoffice"));
  writeFileSync(
    join(map, "antwoorden.json"),
    JSON.stringify(
      uit.map((w) => ({
        id: w.layout.id,
        moet: w.layout.moet,
        antwoord: w.antwoord,
        weigerCellen: w.weigerCellen,
      })),
      null,
      2,
    ) + "\n",
  );
  return uit;
}

if (require.main === module) {
  const map = process.argv[2] ?? "out/corpus";
  maakCorpus(map).then(
    (w) => process.stdout.write(`${w.length} werkboeken in ${map} (antwoorden.json ernaast)\n`),
    (e: unknown) => {
      process.stderr.write(`Fout: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
