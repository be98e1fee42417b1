// Sheet plans of next year's bijlage: the change table a consultant pastes into the council letter
// (old tariff, new tariff, change in € and %), and the bijlage itself in the template layout
// (docs/werkboek.md §1) for a workbook mapped with Bijlage1_* names and for the task pane.
import { EENHEDEN } from "../catalogue";
import { MAANDEN } from "../payroll/datum";
import { formatPercentage, type Decimal } from "../money";
import { HUISSTIJL as STIJL, NOTATIE, type BladPlan, type PlanCel } from "../sheetplan";
import type { Begroting } from "./berekening";
import { indexTekst } from "./indexatie";

const NOTATIE_TARIEF = '"€" #,##0;"€" -#,##0';
const NOTATIE_PROCENT = "0.0%";

export function tariefwijzigingBlad(jaar: number): string {
  return `Tariefwijziging ${jaar}`;
}

class Cellen {
  readonly lijst: PlanCel[] = [];
  zet(adres: string, waarde: PlanCel["waarde"], extra: Omit<PlanCel, "adres" | "waarde"> = {}): void {
    this.lijst.push({ adres, waarde, ...extra });
  }
}

const n = (d: Decimal) => d.toNumber();

/** The period text of term i (0-based) of n: "januari 2025" or "1e kwartaal 2025". */
export function periodeTekst(i: number, termijnen: 12 | 4, jaar: number): string {
  return termijnen === 12 ? `${MAANDEN[i]} ${jaar}` : `${i + 1}e kwartaal ${jaar}`;
}

/**
 * The change table: per service the old and new tariff, the change in euros (formula) and in %
 * (formula, new / old − 1), then the voorcalculatie old and new. Values and formulas agree.
 */
export function tariefwijzigingPlan(b: Begroting, oudeVoorcalculatie: Decimal, r0 = 1): BladPlan {
  const c = new Cellen();
  c.zet(`A${r0}`, `Tariefwijziging ${b.gemeente} ${b.vanJaar} → ${b.jaar}`, { stijl: STIJL.titel });
  c.zet(
    `A${r0 + 1}`,
    `Tarieven ${b.vanJaar} geïndexeerd met ${indexTekst(b.index)} (factor ${b.factor.toDecimalPlaces(6).toFixed()}), afgerond op hele euro's (half van nul af). Verschil in % = nieuw tarief / oud tarief − 1.`,
    { stijl: STIJL.toelichting },
  );
  const koppen = [
    "Dienst",
    "Eenheid",
    `Tarief ${b.vanJaar}`,
    `Tarief ${b.jaar}`,
    "Verschil (€)",
    "Verschil (%)",
  ];
  koppen.forEach((k, i) => c.zet(`${"ABCDEF"[i]}${r0 + 3}`, k, { stijl: STIJL.kop }));
  let rij = r0 + 4;
  for (const r of b.regels) {
    c.zet(`A${rij}`, r.dienst.label);
    c.zet(`B${rij}`, EENHEDEN[r.dienst.eenheid].label);
    c.zet(`C${rij}`, n(r.oudTarief.waarde), { getalnotatie: NOTATIE_TARIEF });
    c.zet(`D${rij}`, n(r.nieuwTarief), { getalnotatie: NOTATIE_TARIEF });
    c.zet(`E${rij}`, n(r.verschil), { formule: `=D${rij}-C${rij}`, getalnotatie: NOTATIE_TARIEF });
    c.zet(`F${rij}`, r.verschilFractie === null ? "" : n(r.verschilFractie), {
      formule: `=IF(C${rij}=0,"",D${rij}/C${rij}-1)`,
      getalnotatie: NOTATIE_PROCENT,
    });
    rij++;
  }
  rij++;
  const nieuw = b.voorcalculatie.totaal;
  c.zet(`A${rij}`, "Voorcalculatie (bijdrage, met risico-opslag)", { stijl: STIJL.totaal });
  c.zet(`C${rij}`, n(oudeVoorcalculatie), { getalnotatie: NOTATIE.bedrag, stijl: STIJL.totaal });
  c.zet(`D${rij}`, n(nieuw), { getalnotatie: NOTATIE.bedrag, stijl: STIJL.totaal });
  c.zet(`E${rij}`, n(nieuw.minus(oudeVoorcalculatie)), {
    formule: `=D${rij}-C${rij}`,
    getalnotatie: NOTATIE.bedrag,
    stijl: STIJL.totaal,
  });
  c.zet(`F${rij}`, oudeVoorcalculatie.isZero() ? "" : n(nieuw.div(oudeVoorcalculatie).minus(1)), {
    formule: `=IF(C${rij}=0,"",D${rij}/C${rij}-1)`,
    getalnotatie: NOTATIE_PROCENT,
    stijl: STIJL.totaal,
  });
  rij += 2;
  c.zet(
    `A${rij}`,
    `Aantallen ${b.jaar}: ${b.aantallen === "realisatie" ? `gerealiseerd in ${b.vanJaar}` : `begroot voor ${b.vanJaar}, overgenomen`}. Risico-opslag ${formatPercentage(b.risicoOpslag)}. Voorschotten: ${b.termijnen === 12 ? "12 maanden" : "4 kwartalen"}, verdeeld met de grootsterestmethode.`,
    { stijl: STIJL.toelichting },
  );
  return {
    blad: tariefwijzigingBlad(b.jaar),
    gebied: `A${r0}:F${Math.max(rij + 5, r0 + 39)}`,
    cellen: c.lijst,
    namen: [],
    kolombreedtes: { A: 46, B: 28, C: 14, D: 14, E: 14, F: 13 },
  };
}

export interface SjabloonOpties {
  /** Sheet of the bijlage (default "Bijlage 1"). */
  blad?: string;
  /** A separate advances sheet; without it the advances table stands under the services. */
  voorschottenBlad?: string;
  /** The DVO reference to carry. */
  dvoKenmerk?: string;
}

/** Next year's bijlage in the template layout (docs/werkboek.md §1): one plan, or two with an advances sheet. */
export function sjabloonPlannen(b: Begroting, o: SjabloonOpties = {}): BladPlan[] {
  const blad = o.blad ?? "Bijlage 1";
  const c = new Cellen();
  c.zet("A1", `Bijlage 1 bij de DVO Ontplooj – gemeente ${b.gemeente}, ${b.jaar}`, { stijl: STIJL.titel });
  c.zet(
    "A2",
    `Gemaakt uit bijlage 1 ${b.vanJaar}: tarieven geïndexeerd met ${indexTekst(b.index)}, aantallen ${b.aantallen === "realisatie" ? `gerealiseerd in ${b.vanJaar}` : `begroot voor ${b.vanJaar}`}. Gerealiseerd: nog 0, met de tarieven van ${b.vanJaar} tot de realisatie ${b.jaar} bekend is.`,
    { stijl: STIJL.toelichting },
  );
  const labels: [string, PlanCel["waarde"], string | undefined][] = [
    ["Gemeente", b.gemeente, undefined],
    ["Jaar", b.jaar, "0"],
    ["Risico-opslag", n(b.risicoOpslag), NOTATIE.percentage],
    ["DVO-kenmerk", o.dvoKenmerk ?? "", undefined],
  ];
  labels.forEach(([l, w, f], i) => {
    c.zet(`A${4 + i}`, l, { stijl: STIJL.label });
    if (w !== "") c.zet(`B${4 + i}`, w, f ? { getalnotatie: f } : {});
  });
  // Realisation columns (zero counts, last year's realised tariffs) only when every tariff is known,
  // so the new bijlage settles; without them a fill says there is nothing to settle yet.
  const metRealisatie = b.regels.every((r) => r.tariefGerealiseerdOud !== undefined);
  const koppen = ["Dienst", "Eenheid", "Tarief", "Aantal begroot", "Bedrag begroot"];
  if (metRealisatie) koppen.push("Aantal gerealiseerd", "Tarief gerealiseerd");
  koppen.forEach((k, i) => c.zet(`${"ABCDEFG"[i]}9`, k, { stijl: STIJL.kop }));
  let rij = 10;
  for (const r of b.regels) {
    const fte = EENHEDEN[r.dienst.eenheid].code === "fte";
    c.zet(`A${rij}`, r.dienst.label);
    c.zet(`B${rij}`, EENHEDEN[r.dienst.eenheid].label);
    c.zet(`C${rij}`, n(r.nieuwTarief), { getalnotatie: NOTATIE_TARIEF });
    c.zet(`D${rij}`, n(r.aantal), { getalnotatie: fte ? NOTATIE.getal2 : NOTATIE.getal });
    c.zet(`E${rij}`, n(r.bedrag), { formule: `=ROUND(C${rij}*D${rij},2)`, getalnotatie: NOTATIE.bedrag });
    if (metRealisatie) {
      c.zet(`F${rij}`, 0, { getalnotatie: fte ? NOTATIE.getal2 : NOTATIE.getal });
      c.zet(`G${rij}`, n(r.tariefGerealiseerdOud!), { getalnotatie: NOTATIE.bedrag });
    }
    rij++;
  }
  const eerste = 10;
  c.zet(`A${rij}`, "Totaal", { stijl: STIJL.totaal });
  c.zet(`E${rij}`, n(b.voorcalculatie.subtotaal), {
    formule: `=SUM(E${eerste}:E${rij - 1})`,
    getalnotatie: NOTATIE.bedrag,
    stijl: STIJL.totaal,
  });
  const plannen: BladPlan[] = [];
  // Advances: on their own sheet from row 1, or two rows under the services table.
  const vc = o.voorschottenBlad ? new Cellen() : c;
  const v0 = o.voorschottenBlad ? 1 : rij + 3;
  vc.zet(`A${v0}`, "Periode", { stijl: STIJL.kop });
  vc.zet(`B${v0}`, "Bedrag", { stijl: STIJL.kop });
  b.voorschotten.forEach((bedrag, i) => {
    vc.zet(`A${v0 + 1 + i}`, periodeTekst(i, b.termijnen, b.jaar));
    vc.zet(`B${v0 + 1 + i}`, n(bedrag), { getalnotatie: NOTATIE.bedrag });
  });
  const vt = v0 + 1 + b.voorschotten.length;
  vc.zet(`A${vt}`, "Totaal", { stijl: STIJL.totaal });
  vc.zet(`B${vt}`, n(b.voorcalculatie.totaal), {
    formule: `=SUM(B${v0 + 1}:B${vt - 1})`,
    getalnotatie: NOTATIE.bedrag,
    stijl: STIJL.totaal,
  });
  const laatste = o.voorschottenBlad ? rij : vt;
  plannen.push({
    blad,
    gebied: `A1:G${Math.max(laatste + 5, 40)}`,
    cellen: c.lijst,
    namen: [],
    kolombreedtes: { A: 46, B: 28, C: 14, D: 16, E: 18, F: 20, G: 24 },
  });
  if (o.voorschottenBlad)
    plannen.push({
      blad: o.voorschottenBlad,
      gebied: `A1:B${vt + 5}`,
      cellen: vc.lijst,
      namen: [],
      kolombreedtes: { A: 22, B: 18 },
    });
  return plannen;
}

/**
 * The task pane's one sheet: next year's bijlage in the template layout (the advances under the
 * services) with the change table under it, so one fill (and one undo) holds both. Its name does
 * not start like a bijlage sheet ("Bijlage 1", "Begroting"), so last year's stays the workbook's
 * bijlage; moved to a workbook of its own, it is read as one (the first sheet with a services table).
 */
export function nieuweBijlageBlad(jaar: number): string {
  return `Nieuwe bijlage 1 ${jaar}`;
}

export function paneelPlan(b: Begroting, oudeVoorcalculatie: Decimal, dvoKenmerk?: string): BladPlan {
  const blad = nieuweBijlageBlad(b.jaar);
  const [bijlage] = sjabloonPlannen(b, { blad, ...(dvoKenmerk ? { dvoKenmerk } : {}) });
  const laatste = Math.max(...bijlage.cellen.map((c) => Number(/\d+$/.exec(c.adres)![0])));
  const wijziging = tariefwijzigingPlan(b, oudeVoorcalculatie, laatste + 4);
  const eind = Math.max(...wijziging.cellen.map((c) => Number(/\d+$/.exec(c.adres)![0])));
  const gebied = `A1:G${eind + 5}`;
  return {
    blad,
    gebied,
    cellen: [...bijlage.cellen, ...wijziging.cellen],
    // The area as a name: a second run may overwrite only what the first wrote (src/core/gebied.ts).
    namen: [{ naam: `Ontplooj_NieuweBijlage${b.jaar}`, adres: gebied }],
    kolombreedtes: bijlage.kolombreedtes!,
  };
}
