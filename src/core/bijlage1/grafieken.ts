// The two charts of the Eindafrekening as data: budget versus realisation per service, and the
// settlement in four numbers. They read the sheet's own cells, so they stay live in Excel and
// LibreOffice without the add-in. They stand below everything the plan writes, inside its area:
// the area grows when they would reach past it (src/core/gebied.ts decides whether it may).
import { leesRechthoek, rechthoekTekst } from "../gebied";
import { NOTATIE, type BladPlan, type GrafiekPlan, type PlanCel } from "../sheetplan";

export const GRAFIEK_NAMEN = {
  diensten: "Ontplooj_Grafiek_Diensten",
  afrekening: "Ontplooj_Grafiek_Afrekening",
} as const;

/** Rows of the plan the charts read (1-based, as in A1 addresses). */
export interface GrafiekRijen {
  /** First and last row of the services table (names in A, budget in F, realisation in I). */
  eersteRegel: number;
  laatsteRegel: number;
  /** Row of the municipality's contribution: F voorcalculatie, I nacalculatie. */
  bijdrageRij: number;
  /** Row of the advances paid (F). */
  voorschottenRij: number;
  /** Row of the saldo (F). */
  saldoRij: number;
  /** The first row below everything the plan writes. */
  vrijVanaf: number;
}

/** Rows a chart is high (about 300 pixels at Excel's default row height). */
export const GRAFIEK_RIJEN = 20;

const KOP = { vet: true, achtergrond: "#DDEBF7", randOnder: true } as const;

/**
 * The plan with its charts: a small table of the four settlement numbers (formulas pointing at
 * the plan's own cells, so the second chart has one contiguous range to read) and two charts below
 * it. Returns a new plan; the area (and the workbook name that marks it) grows when needed.
 */
export function metGrafieken(plan: BladPlan, r: GrafiekRijen): BladPlan {
  const waarde = new Map(plan.cellen.map((c) => [c.adres, c.waarde]));
  const kopRij = r.vrijVanaf + 1;
  const eerste = kopRij + 1;
  const cijfers: [string, string][] = [
    ["Voorcalculatie", `F${r.bijdrageRij}`],
    ["Nacalculatie", `I${r.bijdrageRij}`],
    ["Voorschotten betaald", `F${r.voorschottenRij}`],
    ["Saldo", `F${r.saldoRij}`],
  ];
  const laatste = eerste + cijfers.length - 1;
  const cellen: PlanCel[] = [
    { adres: `A${kopRij}`, waarde: "Grafiekgegevens", stijl: KOP },
    { adres: `B${kopRij}`, waarde: "Bedrag", stijl: KOP },
  ];
  cijfers.forEach(([label, bron], i) => {
    cellen.push({ adres: `A${eerste + i}`, waarde: label });
    cellen.push({
      adres: `B${eerste + i}`,
      formule: `=${bron}`,
      waarde: waarde.get(bron) ?? null,
      getalnotatie: NOTATIE.bedrag,
    });
  });

  const boven = laatste + 2;
  const onder = boven + GRAFIEK_RIJEN - 1;
  const van = r.eersteRegel;
  const tot = r.laatsteRegel;
  const grafieken: GrafiekPlan[] = [
    {
      naam: GRAFIEK_NAMEN.diensten,
      soort: "staafGegroepeerd",
      titel: "Begroot en gerealiseerd per dienst",
      reeksen: [
        { naam: "F9", categorieen: `A${van}:A${tot}`, waarden: `F${van}:F${tot}` },
        { naam: "I9", categorieen: `A${van}:A${tot}`, waarden: `I${van}:I${tot}` },
      ],
      anker: { van: `A${boven}`, tot: `C${onder}` },
      getalnotatie: NOTATIE.bedragRond,
    },
    {
      naam: GRAFIEK_NAMEN.afrekening,
      soort: "kolomGegroepeerd",
      titel: "Voorcalculatie, nacalculatie, voorschotten en saldo",
      reeksen: [
        { naam: `B${kopRij}`, categorieen: `A${eerste}:A${laatste}`, waarden: `B${eerste}:B${laatste}` },
      ],
      anker: { van: `D${boven}`, tot: `I${onder}` },
      getalnotatie: NOTATIE.bedragRond,
    },
  ];

  // Grow the area (and its name) when the charts reach below it.
  const gebied = leesRechthoek(plan.gebied);
  const nieuw = { ...gebied, tot: { ...gebied.tot, rij: Math.max(gebied.tot.rij, onder - 1) } };
  const gebiedTekst = rechthoekTekst(nieuw);
  return {
    ...plan,
    gebied: gebiedTekst,
    cellen: [...plan.cellen, ...cellen],
    namen: plan.namen.map((n) => (n.adres === plan.gebied ? { ...n, adres: gebiedTekst } : n)),
    grafieken: [...(plan.grafieken ?? []), ...grafieken],
  };
}
