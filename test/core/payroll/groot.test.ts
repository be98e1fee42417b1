// A 100,000-row batch: behaviour and counts (no timing; `npm run bench` measures speed).
import { csvNaarGrid } from "../../../src/cli/csv-grid";
import {
  batchNaarCsv,
  batchRijen,
  maakPersonen,
  type VoorbeeldBatch,
} from "../../../src/voorbeelden/loonbatch";
import { controleerBetaalbatch, maskeerNaam } from "../../../src/core/payroll";
import { metCode } from "./hulp";

const N = 100_000;

describe("een batch van 100.000 rijen", () => {
  const regels = maakPersonen(N, 42);
  const som = (k: "bruto" | "netto") => regels.reduce((s, r) => s + (r[k] as number), 0);

  it("uit CSV: elke rij gelezen, exacte totalen, geen bevindingen", () => {
    const b: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels };
    const r = controleerBetaalbatch(csvNaarGrid(batchNaarCsv(b)));
    expect(r.bevindingen).toEqual([]);
    expect(r.samenvatting.aantalRegels).toBe(N);
    expect(r.samenvatting.aantalPersonen).toBe(N);
    expect(r.samenvatting.perRegeling.reduce((s, x) => s + x.personen, 0)).toBe(N);
    expect(r.samenvatting.totaalBruto).toBe((som("bruto") / 100).toFixed(2));
    expect(r.samenvatting.totaalNetto).toBe((som("netto") / 100).toFixed(2));
  });

  it("als blad met een vorige maand: vindt de geplante afwijkingen op hun cellen, en verder niets", () => {
    const nu = regels.map((r) => ({ ...r }));
    nu[54_321].netto = (nu[54_321].netto as number) + 1; // NETTO_KLOPT_NIET on row 7 + 54,321
    nu[99_998].bsn = nu[12].bsn; // DUBBEL_BSN; the real person 99,998 is then gone from the batch
    const vorige: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-09", regels: regels.slice(0, N - 1) };
    nu[N - 1].mutatie = "instroom"; // the one new person
    const b: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: nu };
    const grid = { blad: "Betaalbatch", startRij: 0, startKolom: 0, waarden: batchRijen(b, "xlsx") };
    const vorigeGrid = {
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: batchRijen(vorige, "xlsx"),
    };
    const r = controleerBetaalbatch(grid, { vorige: vorigeGrid });
    expect(metCode(r.bevindingen, "NETTO_KLOPT_NIET").map((x) => x.cel)).toEqual([`I${7 + 54_321}`]);
    expect(metCode(r.bevindingen, "DUBBEL_BSN").map((x) => x.cel)).toEqual([`B${7 + 99_998}`]);
    expect(metCode(r.bevindingen, "VERTROKKEN_ZONDER_UITSTROOM").map((x) => x.cel)).toEqual([
      `A${7 + 99_998}`,
    ]);
    // Row 99,998 now carries person 12's BSN, so it is compared with person 12's pay of last month.
    expect(r.bevindingen.filter((x) => x.ernst === "waarschuwing").map((x) => [x.code, x.cel])).toEqual([
      ["PARTTIME_GEWIJZIGD_ZONDER_MUTATIE", `F${7 + 99_998}`],
      ["BRUTO_GEWIJZIGD_ZONDER_MUTATIE", `G${7 + 99_998}`],
    ]);
    expect(r.bevindingen).toHaveLength(5);
    expect(r.samenvatting.vorige).toEqual({
      periode: "2026-09",
      aantalRegels: N - 1,
      nieuw: 1,
      vertrokken: 1,
      gewijzigd: 1,
    });
    expect(r.samenvatting.aantalPersonen).toBe(N - 1);
  });

  it("maskeert een naam die uit een latere of eerdere rij herhaald wordt, en toont nog steeds 1.000 keer 'WSX'", () => {
    const nu = regels.map((r) => ({ ...r }));
    nu[10].regeling = regels[99_990].naam; // a name that the reader meets 99,980 rows later
    nu[N - 1].regeling = regels[3].naam;
    for (let i = 20_000; i < 21_000; i++) nu[i].regeling = "WSX";
    const b: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: nu };
    const r = controleerBetaalbatch(csvNaarGrid(batchNaarCsv(b)));
    const onbekend = metCode(r.bevindingen, "REGELING_ONBEKEND");
    expect(onbekend).toHaveLength(1002);
    expect(onbekend.filter((x) => x.gevonden === "WSX")).toHaveLength(1000);
    expect(onbekend.filter((x) => x.gevonden !== "WSX").map((x) => [x.cel, x.gevonden])).toEqual([
      [`D${7 + 10}`, maskeerNaam(regels[99_990].naam)],
      [`D${7 + N - 1}`, maskeerNaam(regels[3].naam)],
    ]);
  });
});
