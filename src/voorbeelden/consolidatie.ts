// The consolidation sample workbooks: the five 2023 bijlagen of src/voorbeelden/bijlage1.ts in one
// workbook ("Bijlage 1 Almelo", "Voorschotten Almelo", "KPI Almelo", …), one shared Kostprijzen
// sheet and an Omzet sheet; and a broken variant for the cross-checks. Written to
// assets/consolidatie/ by src/voorbeelden/maak-bijlage1.ts.
import type ExcelJS from "exceljs";
import { GEMEENTEN, type GemeenteNaam } from "../core/catalogue";
import { bijdrage } from "../core/settlement";
import { NOTATIE } from "../core/sheetplan";
import {
  GEREALISEERDE_TARIEVEN_2023,
  bouwWerkmap,
  kostprijzen2023,
  nieuweWerkmap,
  voegKostprijzenToe,
  voorbeeldData,
  type Indeling,
} from "./bijlage1";

export const CONSOLIDATIE_BESTAND = "ontplooj-2023.xlsx";
export const CONSOLIDATIE_KAPOT_BESTAND = "ontplooj-2023-kapot.xlsx";

/** Illustrative: maatwerk turnover per municipality and realised sheltered places (80 in all, published). */
const MAATWERK_2023: Record<GemeenteNaam, number> = {
  Almelo: 412000,
  Wierden: 18000,
  Twenterand: 35000,
  Dinkelland: 6000,
  Tubbergen: 4000,
};
const PLAATSEN_BESCHUT_2023: Record<GemeenteNaam, number> = {
  Almelo: 58,
  Wierden: 4,
  Twenterand: 12,
  Dinkelland: 3,
  Tubbergen: 3,
};

/** What the broken variant changes, for the tests that expect findings at these cells. */
export const KAPOT = {
  /** Wierden's own Kostprijzen: begeleiding beschut with 5 % higher costs (other realised tariffs). */
  kostprijzenBlad: "Kostprijzen Wierden",
  kostenFactor: 1.05,
  /** Twenterand reports 24 groepsdetachering people instead of 22: the units no longer add up. */
  eenhedenGemeente: "Twenterand" as GemeenteNaam,
  eenhedenAantal: 24,
} as const;

export interface ConsolidatieIndeling {
  perGemeente: Partial<Record<GemeenteNaam, Indeling>>;
  kostprijsRij: ReturnType<typeof voegKostprijzenToe>;
}

/** The realised DVO contribution of a sample municipality at the reconstructed tariffs, in whole euros. */
function dvoOmzet(naam: GemeenteNaam): number {
  const d = voorbeeldData(naam);
  const c = bijdrage(
    d.diensten.map((x) => ({
      code: x.code,
      tarief: GEREALISEERDE_TARIEVEN_2023[x.code as keyof typeof GEREALISEERDE_TARIEVEN_2023],
      aantal: x.aantalGerealiseerd,
    })),
    d.risicoOpslag,
  );
  return c.totaal.toDecimalPlaces(0).toNumber();
}

export function bouwConsolidatieWerkmap(kapot = false): {
  wb: ExcelJS.Workbook;
  indeling: ConsolidatieIndeling;
} {
  const wb = nieuweWerkmap();
  const kostprijsRij = voegKostprijzenToe(wb, 2023);
  const perGemeente: ConsolidatieIndeling["perGemeente"] = {};
  for (const { naam } of GEMEENTEN) {
    const { indeling } = bouwWerkmap(voorbeeldData(naam), {
      werkmap: wb,
      bladAchtervoegsel: ` ${naam}`,
      kostprijzen: false,
    });
    perGemeente[naam] = indeling;
  }

  const omzet = wb.addWorksheet("Omzet");
  omzet.getCell("A1").value =
    "Omzet van Ontplooj per klant 2023 en gerealiseerde plaatsen beschut werk (illustratief; 80 plaatsen in totaal is gepubliceerd)";
  omzet.getCell("A1").font = { bold: true };
  ["Klant", "Omzet DVO", "Omzet maatwerk", "Plaatsen beschut"].forEach((k, i) => {
    omzet.getCell(3, i + 1).value = k;
    omzet.getCell(3, i + 1).font = { bold: true };
  });
  GEMEENTEN.forEach(({ naam }, i) => {
    const rij = 4 + i;
    omzet.getCell(rij, 1).value = naam;
    omzet.getCell(rij, 2).value = dvoOmzet(naam);
    omzet.getCell(rij, 3).value = MAATWERK_2023[naam];
    omzet.getCell(rij, 4).value = PLAATSEN_BESCHUT_2023[naam];
    omzet.getCell(rij, 2).numFmt = NOTATIE.bedrag;
    omzet.getCell(rij, 3).numFmt = NOTATIE.bedrag;
  });
  omzet.getColumn(1).width = 20;
  [2, 3, 4].forEach((k) => (omzet.getColumn(k).width = 18));

  if (kapot) {
    const rijen = kostprijzen2023().map((k) =>
      k.code === "BEG_BESCHUT" && k.kosten !== null
        ? { ...k, kosten: (Number(k.kosten) * KAPOT.kostenFactor).toFixed(2) }
        : k,
    );
    voegKostprijzenToe(wb, 2023, KAPOT.kostprijzenBlad, rijen);
    const x = perGemeente[KAPOT.eenhedenGemeente]!;
    const ws = wb.getWorksheet(`Bijlage 1 ${KAPOT.eenhedenGemeente}`)!;
    ws.getCell(`${x.kolom.aantalGerealiseerd}${x.rij.BEG_GROEPSDET}`).value = KAPOT.eenhedenAantal;
  }
  return { wb, indeling: { perGemeente, kostprijsRij } };
}
