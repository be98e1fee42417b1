// The Eindafrekening sheet as a plan: ordinary English-syntax Excel formulas that point at the
// input cells of the bijlage, with the engine's own values cached beside them. An accountant
// without the add-in sees the same numbers after Excel or LibreOffice recalculates.
import { bladVerwijzing, type CelWaarde } from "../grid";
import { Decimal, NUL } from "../money";
import { wieBetaaltWie, type Calculatie, type RegelBedrag } from "../settlement";
import { HUISSTIJL, NOTATIE, PlanCellen, type BladPlan, type CelStijl } from "../sheetplan";
import { calculatieUitleg, regelUitleg, type CalculatieUitleg } from "../uitleg/calculatie";
import {
  afronding,
  constante,
  invoer,
  keuze,
  percentageTekst,
  product,
  quotient,
  som,
  verschil,
} from "../uitleg/knoop";
import type { UitlegKnoop, UitlegSoort } from "../uitleg/model";
import type { Afrekening, RegelAfrekening } from "./berekening";
import { metGrafieken } from "./grafieken";
import type { Bijlage1, CelPlek, Gevonden } from "./model";

export const EINDAFREKENING_BLAD = "Eindafrekening";

/** Cell A2 of a filled sheet; a sheet without it is not ours to overwrite. */
export const MARKERING =
  "Gevuld door de Ontplooj-afrekening: formules verwijzen naar de invoer. Wijzig de invoer, niet dit blad.";

/** The smallest area a fill owns; it grows only for tables longer than fit in it. */
export const MINIMAAL_GEBIED_RIJEN = 150;
export const LAATSTE_KOLOM = "K";

export const NAMEN = {
  voorcalculatie: "Ontplooj_Voorcalculatie",
  nacalculatie: "Ontplooj_Nacalculatie",
  verschil: "Ontplooj_Verschil",
  risicoOpslag: "Ontplooj_RisicoOpslag",
  voorschottenBetaald: "Ontplooj_VoorschottenBetaald",
  saldo: "Ontplooj_Saldo",
  richting: "Ontplooj_Richting",
  vervaldatum: "Ontplooj_Vervaldatum",
  gebied: "Ontplooj_Gebied",
} as const;

const STIJL = {
  ...HUISSTIJL,
  saldo: { vet: true, achtergrond: "#FFF2CC", randBoven: true, randOnder: true } as CelStijl,
};

function getal(d: Decimal): number {
  return d.toNumber();
}

/** Excel serial day number (1900 date system) of a calendar date. */
export function excelDatum(jaar: number, maand: number, dag: number): number {
  return Math.round((Date.UTC(jaar, maand - 1, dag) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function ref(p: CelPlek): string {
  return bladVerwijzing(p.blad, p.cel);
}

/**
 * The risk surcharge as a formula, by the engine's rule (settlement/bijdrage.ts): the percentage
 * times the cost lines, rounded to cents, and 0 when the cost lines together are not positive.
 */
export function risicoOpslagFormule(percentage: string, kosten: string): string {
  return `IF(${kosten}>0,ROUND(${percentage}*${kosten},2),0)`;
}

/** Whether a formula may refer to the cell: it must hold a real number, not text that reads as one. */
export function isEchtGetal(g: Gevonden<unknown>): boolean {
  return !g.uitTekst && typeof g.ruw === "number";
}

/** A number in a formula: a reference to the input cell, or the value itself when the cell holds text. */
export function operand(g: Gevonden<Decimal>): string {
  if (isEchtGetal(g)) return ref(g);
  const s = g.waarde.toFixed();
  return g.waarde.isNegative() ? `(${s})` : s;
}

/** Shows an input number: a formula pointing at its cell, or a copy in italics when the cell holds text. */
export function invoerCel(p: PlanCellen, adres: string, g: Gevonden<Decimal>, getalnotatie: string): void {
  if (isEchtGetal(g)) p.formule(adres, `=${ref(g)}`, getal(g.waarde), getalnotatie);
  else p.zet(adres, getal(g.waarde), { getalnotatie, stijl: STIJL.overgenomen });
}

/**
 * The cells of the sheet being planned, and beside them the explanation tree of every value the
 * plan writes, built from the very Decimals the cells get (src/core/uitleg).
 */
class Plan extends PlanCellen {
  readonly uitleg = new Map<string, UitlegKnoop>();

  /** Without explanation a fill builds no trees (their nodes are a third of a large plan's time). */
  constructor(readonly metUitleg: boolean) {
    super();
  }

  /** A tree that no cell shows by itself (it is part of others), built only when explaining. */
  bouw(maak: () => UitlegKnoop): UitlegKnoop {
    return this.metUitleg ? maak() : GEEN_UITLEG;
  }

  /** Records the tree that explains the value at `adres`; the tree says where it stands. */
  legUit(adres: string, maak: () => UitlegKnoop): UitlegKnoop {
    if (!this.metUitleg) return GEEN_UITLEG;
    const k = maak();
    if (!k.plek) k.plek = { blad: EINDAFREKENING_BLAD, cel: adres };
    this.uitleg.set(adres, k);
    return k;
  }

  /** Shows an input number (invoerCel) and records the tree that explains it. */
  invoerGetal(
    adres: string,
    g: Gevonden<Decimal>,
    getalnotatie: string,
    label: string,
    soort: UitlegSoort = "bedrag",
  ): UitlegKnoop {
    invoerCel(this, adres, g, getalnotatie);
    return this.legUit(adres, () => invoer(label, g, soort));
  }

  invoerTekst(adres: string, g: Gevonden<CelWaarde> | undefined, label: string, getalnotatie?: string): void {
    if (!g) return;
    const w = g.ruw;
    if (typeof w === "string" || typeof w === "number" || typeof w === "boolean") {
      this.formule(adres, `=${ref(g)}`, w, getalnotatie);
      const waarde = typeof g.waarde === "string" || typeof g.waarde === "number" ? g.waarde : String(w);
      this.legUit(adres, () => invoer(label, { ...g, waarde }, typeof w === "number" ? "getal" : "tekst"));
    }
  }
}

/** What a fill without explanation gets where a tree would be: never stored, never shown. */
const GEEN_UITLEG: UitlegKnoop = Object.freeze({
  label: "",
  waarde: "",
  soort: "tekst",
  bewerking: { soort: "constante" },
  omschrijving: "",
  kinderen: [],
}) as UitlegKnoop;

const GEEN_CALCULATIE_UITLEG: CalculatieUitleg = {
  subtotaal: GEEN_UITLEG,
  kosten: GEEN_UITLEG,
  opslag: GEEN_UITLEG,
  totaal: GEEN_UITLEG,
};

function bron(r: RegelAfrekening): string {
  const delen: string[] = [];
  if (r.tariefBron?.soort === "kostprijzen") {
    delen.push(
      `tarief gerealiseerd = ${r.dienst.soort === "kosten" ? "kosten" : "−opbrengsten"} / eenheden (Kostprijzen rij ${r.tariefBron.regel.rij + 1})`,
    );
  } else if (r.tariefBron?.soort === "kolom") {
    delen.push(`tarief gerealiseerd uit ${r.tariefBron.cel.cel}`);
  }
  const uitTekst = [
    r.regel.tarief,
    r.regel.aantalBegroot,
    r.regel.aantalGerealiseerd,
    r.regel.tariefGerealiseerd,
  ].some((g) => g !== undefined && !isEchtGetal(g));
  if (uitTekst) delen.push("cursief: als tekst ingevuld, waarde overgenomen");
  return delen.join("; ");
}

/** What the heading block explains further down: the surcharge, the year and the municipality. */
interface Kop {
  percentage: UitlegKnoop;
  jaar: UitlegKnoop;
  gemeente: UitlegKnoop;
  /** The municipality as the sentence "X betaalt Ontplooj bij" names it: B4, or the catalogue name. */
  gemeenteFormule: string;
}

/** Heading A1:B7: title, municipality, year, surcharge and the DVO reference. */
function kopBlok(p: Plan, model: Bijlage1, a: Afrekening): Kop {
  p.zet("A1", `Eindafrekening DVO Ontplooj – ${a.gemeente} ${a.jaar}`, { stijl: STIJL.titel });
  p.zet("A2", MARKERING, { stijl: STIJL.toelichting });

  p.zet("A4", "Gemeente", { stijl: STIJL.label });
  if (model.gemeente) p.invoerTekst("B4", model.gemeente, "Gemeente");
  const gemeente = p.bouw(
    () => p.uitleg.get("B4") ?? constante("Gemeente", a.gemeente, "tekst", "gemeente uit de catalogus"),
  );
  p.zet("A5", "Jaar", { stijl: STIJL.label });
  if (model.jaar && isEchtGetal(model.jaar)) p.formule("B5", `=${ref(model.jaar)}`, a.jaar, "0");
  else p.zet("B5", a.jaar, { getalnotatie: "0", stijl: STIJL.overgenomen });
  const jaar = p.legUit("B5", () =>
    model.jaar
      ? invoer("Afrekenjaar", model.jaar, "getal")
      : constante("Afrekenjaar", String(a.jaar), "getal", "het jaar van de afrekening"),
  );
  p.zet("A6", "Risico-opslag", { stijl: STIJL.label });
  const r = model.risicoOpslag;
  const label = `Risico-opslag ${a.gemeente}`;
  if (r && isEchtGetal(r) && r.waarde.equals(a.risicoOpslag))
    p.formule("B6", `=${ref(r)}`, getal(a.risicoOpslag), NOTATIE.percentage);
  else
    p.zet("B6", getal(a.risicoOpslag), {
      getalnotatie: NOTATIE.percentage,
      stijl: r ? STIJL.overgenomen : undefined,
    });
  // The cell when the settlement uses its percentage (as a number or as text), else why not.
  const percentage = p.legUit("B6", () =>
    r?.waarde.equals(a.risicoOpslag)
      ? invoer(label, r, "percentage")
      : constante(label, a.risicoOpslag, "percentage", geenOpslagReden(model, a)),
  );
  if (model.dvoKenmerk) {
    p.zet("A7", "DVO-kenmerk", { stijl: STIJL.label });
    p.invoerTekst("B7", model.dvoKenmerk, "DVO-kenmerk");
  }
  const gemeenteFormule = model.gemeente && typeof model.gemeente.ruw === "string" ? "B4" : `"${a.gemeente}"`;
  return { percentage, jaar, gemeente, gemeenteFormule };
}

/** Why the settlement uses another surcharge than the bijlage's cell (risicoOpslagVan). */
function geenOpslagReden(model: Bijlage1, a: Afrekening): string {
  if (model.gemeenteInfo && !model.gemeenteInfo.risicoOpslag)
    return `${a.gemeente} betaalt volgens de DVO geen risico-opslag`;
  if (model.risicoOpslag)
    return `de ingevulde risico-opslag (${model.risicoOpslag.cel}) is geen geldig percentage; gerekend met ${percentageTekst(a.risicoOpslag)}`;
  return `geen risico-opslag ingevuld; gerekend met ${percentageTekst(a.risicoOpslag)}`;
}

/** Rows of the services table and the trees of their budgeted and realised line amounts. */
interface Tabel {
  eerste: number;
  laatste: number;
  regelUitleg: Map<RegelBedrag, UitlegKnoop>;
}

const KOP_DIENSTEN = [
  "Dienst",
  "Code",
  "Eenheid",
  "Tarief begroot",
  "Aantal begroot",
  "Bedrag begroot",
  "Tarief gerealiseerd",
  "Aantal gerealiseerd",
  "Bedrag gerealiseerd",
  "Verschil",
  "Bron",
];

/**
 * The budgeted and the realised side of the services table and the totals block: their columns
 * (tariff, count, line amount) and the words their labels use. Both sides are written by the same steps.
 */
interface Kant {
  /** As in "Bedrag begroot …". */
  woord: "begroot" | "gerealiseerd";
  /** The calculation the side adds up to. */
  calculatie: "Voorcalculatie" | "Nacalculatie";
  /** Columns of the tariff, the count and the line amount. */
  tarief: string;
  aantal: string;
  bedrag: string;
  /** Writes a line's tariff on this side at `adres` and returns its tree. */
  tariefCel(p: Plan, adres: string, ra: RegelAfrekening): UitlegKnoop | undefined;
  /** A line's count on this side, as the bijlage gives it. */
  aantalVan(ra: RegelAfrekening): Gevonden<Decimal> | undefined;
  /** A line's amount on this side, as the settlement computed it. */
  bedragVan(ra: RegelAfrekening): RegelBedrag | undefined;
}

const BEGROOT: Kant = {
  woord: "begroot",
  calculatie: "Voorcalculatie",
  tarief: "D",
  aantal: "E",
  bedrag: "F",
  tariefCel: (p, adres, ra) =>
    ra.regel.tarief &&
    p.invoerGetal(adres, ra.regel.tarief, NOTATIE.bedrag, `Tarief begroot ${ra.dienst.label}`),
  aantalVan: (ra) => ra.regel.aantalBegroot,
  bedragVan: (ra) => ra.begroot,
};

const GEREALISEERD: Kant = {
  woord: "gerealiseerd",
  calculatie: "Nacalculatie",
  tarief: "G",
  aantal: "H",
  bedrag: "I",
  tariefCel: (p, adres, ra) => tariefGerealiseerd(p, adres, ra),
  aantalVan: (ra) => ra.regel.aantalGerealiseerd,
  bedragVan: (ra) => ra.gerealiseerd,
};

/** The difference column: realised minus budgeted, in row `rij`. */
function verschilFormule(rij: number): string {
  return `=${GEREALISEERD.bedrag}${rij}-${BEGROOT.bedrag}${rij}`;
}

/** The realised tariff of a line: the bijlage's own column, or Kostprijzen (kosten or −opbrengsten / eenheden). */
function tariefGerealiseerd(p: Plan, adres: string, ra: RegelAfrekening): UitlegKnoop | undefined {
  const bronT = ra.tariefBron;
  const naam = ra.dienst.label;
  const label = `Tarief gerealiseerd ${naam}`;
  if (bronT?.soort === "kolom") return p.invoerGetal(adres, bronT.cel, NOTATIE.bedrag, label);
  const tarief = ra.gerealiseerd?.tarief;
  if (bronT?.soort !== "kostprijzen" || !tarief) return undefined;
  const kosten = ra.dienst.soort === "kosten";
  const deling = `${operand(bronT.bedrag)}/${operand(bronT.eenheden)}`;
  p.formule(adres, kosten ? `=${deling}` : `=-${deling}`, getal(tarief), NOTATIE.bedrag);
  return p.legUit(adres, () => {
    const bedrag = invoer(
      `${kosten ? "Gerealiseerde kosten" : "Gerealiseerde opbrengsten"} ${naam} (Ontplooj)`,
      bronT.bedrag,
      "bedrag",
    );
    const eenheden = invoer(`Gerealiseerde eenheden ${naam}, alle gemeenten`, bronT.eenheden, "getal");
    if (kosten) return quotient(label, tarief, bedrag, eenheden, "kosten / eenheden, niet afgerond");
    const deel = quotient(
      `${label}, zonder teken`,
      bronT.bedrag.waarde.div(bronT.eenheden.waarde),
      bedrag,
      eenheden,
      "opbrengsten / eenheden",
    );
    const min = constante(
      "Teken opbrengstdienst",
      new Decimal(-1),
      "getal",
      "een opbrengst vloeit terug: min",
    );
    return product(label, tarief, [min, deel], "−opbrengsten / eenheden, niet afgerond");
  });
}

/**
 * One side of a service line: its tariff, its count and, when all three are there, its amount
 * ROUND(tarief × aantal, 2) with the tree that explains it (D–F budgeted, G–I realised).
 */
function regelKant(
  p: Plan,
  rij: number,
  ra: RegelAfrekening,
  kant: Kant,
  regelUitlegPer: Map<RegelBedrag, UitlegKnoop>,
): UitlegKnoop | undefined {
  const naam = ra.dienst.label;
  const tarief = kant.tariefCel(p, `${kant.tarief}${rij}`, ra);
  const aantal = kant.aantalVan(ra);
  const bedrag = kant.bedragVan(ra);
  const aantalKnoop =
    aantal &&
    p.invoerGetal(`${kant.aantal}${rij}`, aantal, NOTATIE.getal2, `Aantal ${kant.woord} ${naam}`, "getal");
  if (!bedrag || !tarief || !aantalKnoop) return undefined;
  const adres = `${kant.bedrag}${rij}`;
  p.formule(
    adres,
    `=ROUND(${kant.tarief}${rij}*${kant.aantal}${rij},2)`,
    getal(bedrag.bedrag),
    NOTATIE.bedrag,
  );
  const knoop = p.legUit(adres, () =>
    regelUitleg(`Bedrag ${kant.woord} ${naam}`, bedrag, tarief, aantalKnoop),
  );
  regelUitlegPer.set(bedrag, knoop);
  return knoop;
}

/** Services table from row 9 (columns A–K): inputs, line amounts, realised tariffs, differences. */
function dienstenTabel(p: Plan, a: Afrekening): Tabel {
  p.koppen(9, KOP_DIENSTEN);
  const eerste = 10;
  const regelUitlegPer = new Map<RegelBedrag, UitlegKnoop>();
  const nul = (kant: Kant, naam: string) =>
    constante(`Bedrag ${kant.woord} ${naam}`, NUL, "bedrag", "geen bedrag op deze regel");
  a.regels.forEach((ra, i) => {
    const rij = eerste + i;
    const { regel, dienst } = ra;
    const naam = dienst.label;
    p.formule(`A${rij}`, `=${ref(regel.omschrijving)}`, regel.omschrijving.ruw as string);
    p.legUit(`A${rij}`, () => invoer("Dienst", regel.omschrijving, "tekst"));
    p.zet(`B${rij}`, dienst.code);
    p.legUit(`B${rij}`, () =>
      constante(`Code ${naam}`, dienst.code, "tekst", "code van de dienst in de catalogus"),
    );
    if (regel.eenheid) p.invoerTekst(`C${rij}`, regel.eenheid, `Eenheid ${naam}`);
    const begroot = regelKant(p, rij, ra, BEGROOT, regelUitlegPer);
    const gerealiseerd = regelKant(p, rij, ra, GEREALISEERD, regelUitlegPer);
    if (ra.begroot || ra.gerealiseerd) {
      const v = (ra.gerealiseerd?.bedrag ?? NUL).minus(ra.begroot?.bedrag ?? NUL);
      p.formule(`J${rij}`, verschilFormule(rij), getal(v), NOTATIE.bedrag);
      p.legUit(`J${rij}`, () =>
        verschil(
          `Verschil ${naam}`,
          v,
          gerealiseerd ?? nul(GEREALISEERD, naam),
          begroot ?? nul(BEGROOT, naam),
          "gerealiseerd − begroot",
        ),
      );
    }
    const b = bron(ra);
    if (b) p.zet(`K${rij}`, b, { stijl: STIJL.toelichting });
  });
  const laatste = Math.max(eerste, eerste + a.regels.length - 1);
  return { eerste, laatste, regelUitleg: regelUitlegPer };
}

/** The trees of a calculation's lines, in its own order (each line was explained in the table). */
function regelBomen(c: Calculatie, tabel: Tabel): UitlegKnoop[] {
  return c.regels.map((r) => {
    const k = tabel.regelUitleg.get(r);
    if (!k) throw new Error("maakEindafrekeningPlan: een regel van de calculatie staat niet in de tabel");
    return k;
  });
}

/** The Calculatie field each row of the totals block shows. */
const CALCULATIE_VELD = {
  subtotaal: "subtotaal",
  kosten: "kostenTotaal",
  opslag: "risicoOpslag",
  totaal: "totaal",
} as const satisfies Record<keyof CalculatieUitleg, keyof Calculatie>;

const VERSCHIL_LABEL: Record<keyof CalculatieUitleg, string> = {
  subtotaal: "Verschil subtotaal diensten",
  kosten: "Verschil kosten (grondslag risico-opslag)",
  opslag: "Verschil risico-opslag",
  totaal: "Verschil nacalculatie − voorcalculatie",
};

interface Totalen {
  /** The row below the totals block. */
  volgendeRij: number;
  totRij: number;
  voorcalculatie: CalculatieUitleg;
  nacalculatie: CalculatieUitleg;
}

/** Subtotal, cost base, surcharge and contribution, budgeted (F), realised (I) and their difference (J). */
function totalenBlok(p: Plan, a: Afrekening, nacalc: Calculatie, tabel: Tabel, kop: Kop): Totalen {
  const { eerste, laatste } = tabel;
  const wie = `${a.gemeente} ${a.jaar}`;
  /** A side's calculation explained over the trees of its lines, labelled with its word. */
  const uitlegVan = (c: Calculatie, kant: Kant): CalculatieUitleg =>
    p.metUitleg
      ? calculatieUitleg(c, regelBomen(c, tabel), kop.percentage, {
          subtotaal: `Subtotaal diensten ${kant.woord}`,
          kosten: `Kosten ${kant.woord} (grondslag risico-opslag)`,
          opslag: `Risico-opslag ${kant.woord}`,
          totaal: `${kant.calculatie} ${wie}`,
        })
      : GEEN_CALCULATIE_UITLEG;
  const begroot = {
    kant: BEGROOT,
    calculatie: a.voorcalculatie,
    uitleg: uitlegVan(a.voorcalculatie, BEGROOT),
  };
  const gerealiseerd = { kant: GEREALISEERD, calculatie: nacalc, uitleg: uitlegVan(nacalc, GEREALISEERD) };
  /** One row of the block: each side's formula in its amount column (F, I), and J = I − F. */
  const rijVan = (
    rij: number,
    label: string,
    formule: (kant: Kant) => string,
    wat: keyof CalculatieUitleg,
    stijl?: CelStijl,
  ) => {
    p.zet(`A${rij}`, label, stijl ? { stijl } : {});
    const veld = CALCULATIE_VELD[wat];
    for (const k of [begroot, gerealiseerd]) {
      const adres = `${k.kant.bedrag}${rij}`;
      p.formule(adres, formule(k.kant), getal(k.calculatie[veld]), NOTATIE.bedrag, stijl);
      p.legUit(adres, () => k.uitleg[wat]);
    }
    const verschilWaarde = gerealiseerd.calculatie[veld].minus(begroot.calculatie[veld]);
    p.formule(`J${rij}`, verschilFormule(rij), getal(verschilWaarde), NOTATIE.bedrag, stijl);
    p.legUit(`J${rij}`, () =>
      verschil(
        VERSCHIL_LABEL[wat],
        verschilWaarde,
        gerealiseerd.uitleg[wat],
        begroot.uitleg[wat],
        "gerealiseerd − begroot",
      ),
    );
  };
  const bedragen = (k: Kant) => `${k.bedrag}${eerste}:${k.bedrag}${laatste}`;

  let rij = laatste + 2;
  const subRij = rij;
  rijVan(rij, "Subtotaal diensten", (k) => `=SUM(${bedragen(k)})`, "subtotaal", STIJL.totaal);
  rij++;
  const kostRij = rij;
  rijVan(
    rij,
    "Kosten (grondslag risico-opslag)",
    (k) => `=SUMIF(${k.tarief}${eerste}:${k.tarief}${laatste},">0",${bedragen(k)})`,
    "kosten",
  );
  rij++;
  const opslagRij = rij;
  rijVan(rij, "Risico-opslag", (k) => `=${risicoOpslagFormule("$B$6", `${k.bedrag}${kostRij}`)}`, "opslag");
  p.namen.push({ naam: NAMEN.risicoOpslag, adres: `${GEREALISEERD.bedrag}${rij}` });
  rij++;
  const totRij = rij;
  rijVan(
    rij,
    "Bijdrage gemeente (F: voorcalculatie, I: nacalculatie)",
    (k) => `=${k.bedrag}${subRij}+${k.bedrag}${opslagRij}`,
    "totaal",
    STIJL.totaal,
  );
  p.namen.push({ naam: NAMEN.voorcalculatie, adres: `${BEGROOT.bedrag}${rij}` });
  p.namen.push({ naam: NAMEN.nacalculatie, adres: `${GEREALISEERD.bedrag}${rij}` });
  p.namen.push({ naam: NAMEN.verschil, adres: `J${rij}` });
  return {
    volgendeRij: rij + 2,
    totRij,
    voorcalculatie: begroot.uitleg,
    nacalculatie: gerealiseerd.uitleg,
  };
}

/** The advances paid, one row each, and their sum. */
function voorschottenBlok(p: Plan, a: Afrekening, start: number): { vsRij: number; betaald: UitlegKnoop } {
  let rij = start;
  p.zet(`A${rij}`, "Periode", { stijl: STIJL.kop });
  p.zet(`B${rij}`, "Factuurnummer", { stijl: STIJL.kop });
  p.zet(`C${rij}`, "Datum", { stijl: STIJL.kop });
  p.zet(`F${rij}`, "Voorschot", { stijl: STIJL.kop });
  rij++;
  const eersteVoorschot = rij;
  const bomen: UitlegKnoop[] = [];
  for (const vs of a.voorschotten) {
    const periode = vs.regel.periode ? String(vs.regel.periode.waarde) : `rij ${vs.bedrag.rij + 1}`;
    p.invoerTekst(`A${rij}`, vs.regel.periode, "Periode");
    p.invoerTekst(`B${rij}`, vs.regel.factuurnummer, `Factuurnummer voorschot ${periode}`);
    p.invoerTekst(
      `C${rij}`,
      vs.regel.datum,
      `Datum voorschot ${periode}`,
      typeof vs.regel.datum?.ruw === "number" ? NOTATIE.datum : undefined,
    );
    bomen.push(p.invoerGetal(`F${rij}`, vs.bedrag, NOTATIE.bedrag, `Voorschot ${periode}`));
    rij++;
  }
  const laatsteVoorschot = Math.max(eersteVoorschot, rij - 1);
  const vsRij = Math.max(rij, eersteVoorschot + 1);
  p.zet(`A${vsRij}`, "Voorschotten betaald", { stijl: STIJL.totaal });
  p.formule(
    `F${vsRij}`,
    `=SUM(F${eersteVoorschot}:F${laatsteVoorschot})`,
    getal(a.voorschottenBetaald),
    NOTATIE.bedrag,
    STIJL.totaal,
  );
  const n = bomen.length;
  const betaald = p.legUit(`F${vsRij}`, () =>
    som(
      `Voorschotten betaald ${a.gemeente} ${a.jaar}`,
      a.voorschottenBetaald,
      bomen,
      `som van ${n} ${n === 1 ? "voorschot" : "voorschotten"}`,
    ),
  );
  p.namen.push({ naam: NAMEN.voorschottenBetaald, adres: `F${vsRij}` });
  return { vsRij, betaald };
}

/** Nacalculatie minus advances: the saldo, its direction, who pays whom and by when. Returns the next free row. */
function afrekeningBlok(
  p: Plan,
  model: Bijlage1,
  a: Afrekening,
  kop: Kop,
  tot: Totalen,
  vs: { vsRij: number; betaald: UitlegKnoop },
): number {
  const e = a.eindafrekening!;
  const nacalc = a.nacalculatie!;
  const wie = `${a.gemeente} ${a.jaar}`;
  let rij = vs.vsRij + 2;
  p.zet(`A${rij}`, "Eindafrekening", { stijl: STIJL.kop });
  p.zet(`F${rij}`, null, { stijl: STIJL.kop });
  rij++;
  p.zet(`A${rij}`, "Nacalculatie");
  p.formule(`F${rij}`, `=I${tot.totRij}`, getal(nacalc.totaal), NOTATIE.bedrag);
  p.legUit(`F${rij}`, () => tot.nacalculatie.totaal);
  const nRij = rij++;
  p.zet(`A${rij}`, "Voorschotten betaald");
  p.formule(`F${rij}`, `=F${vs.vsRij}`, getal(a.voorschottenBetaald), NOTATIE.bedrag);
  p.legUit(`F${rij}`, () => vs.betaald);
  const bRij = rij++;
  p.zet(`A${rij}`, "Saldo (+ gemeente betaalt bij, − Ontplooj betaalt terug)", { stijl: STIJL.saldo });
  p.formule(`F${rij}`, `=ROUND(F${nRij}-F${bRij},2)`, getal(e.saldo), NOTATIE.bedrag, STIJL.saldo);
  const saldo = p.legUit(`F${rij}`, () =>
    afronding(
      `Saldo eindafrekening ${wie}`,
      e.saldo,
      verschil(
        `Saldo eindafrekening ${wie}, onafgerond`,
        nacalc.totaal.minus(a.voorschottenBetaald),
        tot.nacalculatie.totaal,
        vs.betaald,
        "nacalculatie − voorschotten betaald",
      ),
      "nacalculatie − voorschotten betaald, afgerond op centen",
    ),
  );
  p.namen.push({ naam: NAMEN.saldo, adres: `F${rij}` });
  const sRij = rij++;
  p.zet(`A${rij}`, "Richting");
  p.formule(`F${rij}`, `=IF(F${sRij}>0,"bijbetalen",IF(F${sRij}<0,"terugbetalen","nihil"))`, e.richting);
  const richting = p.legUit(`F${rij}`, () =>
    keuze(
      "Richting",
      e.richting,
      "tekst",
      "richting",
      "saldo positief: bijbetalen; negatief: terugbetalen; nul: nihil",
      [saldo],
    ),
  );
  p.namen.push({ naam: NAMEN.richting, adres: `F${rij}` });
  rij++;
  p.zet(`A${rij}`, "Wie betaalt wie");
  const gemeenteTekst = model.gemeente ? String(model.gemeente.ruw) : a.gemeente;
  const g = kop.gemeenteFormule;
  p.formule(
    `F${rij}`,
    `=IF(F${sRij}>0,${g}&" betaalt Ontplooj bij",IF(F${sRij}<0,"Ontplooj betaalt "&${g}&" terug","Niets te betalen"))`,
    wieBetaaltWie(e.richting, gemeenteTekst),
  );
  p.legUit(`F${rij}`, () =>
    keuze(
      "Wie betaalt wie",
      wieBetaaltWie(e.richting, gemeenteTekst),
      "tekst",
      "wieBetaalt",
      "volgt uit de richting en de gemeente",
      [richting, kop.gemeente],
    ),
  );
  rij++;
  p.zet(`A${rij}`, "Uiterlijk te betalen op");
  const [jj, mm, dd] = e.vervaldatum.split("-").map(Number);
  p.formule(`F${rij}`, `=DATE(B5+1,4,30)`, excelDatum(jj, mm, dd), NOTATIE.datum);
  p.legUit(`F${rij}`, () =>
    keuze(
      "Uiterlijk te betalen op",
      e.vervaldatum,
      "datum",
      "vervaldatum",
      "30 april van het jaar na het afrekenjaar",
      [kop.jaar],
    ),
  );
  p.namen.push({ naam: NAMEN.vervaldatum, adres: `F${rij}` });
  rij++;
  p.zet(`A${rij}`, `Bij het vullen: ${e.toelichting}`, { stijl: STIJL.toelichting });
  return rij + 1;
}

/** The KPIs: target, direction, realisation and whether it was met. Returns the next free row. */
function kpiBlok(p: Plan, a: Afrekening, start: number): number {
  let rij = start;
  if (a.kpis.length === 0) return rij;
  rij++;
  p.koppen(rij, ["KPI", "Doelwaarde", "Richting", "Realisatie", "Status"]);
  rij++;
  for (const k of a.kpis) {
    const { regel } = k;
    const naam = String(regel.naam.waarde);
    // Target and realisation both in the target's kind: a fraction up to 1 is a percentage.
    const procent = regel.doel !== undefined && regel.doel.waarde.abs().lessThanOrEqualTo(1);
    const kpiGetal = (kolom: string, g: Gevonden<Decimal> | undefined, label: string) =>
      g &&
      p.invoerGetal(
        `${kolom}${rij}`,
        g,
        procent ? NOTATIE.percentage : NOTATIE.getal2,
        `${label} ${naam}`,
        procent ? "percentage" : "getal",
      );
    p.formule(`A${rij}`, `=${ref(regel.naam)}`, String(regel.naam.ruw));
    p.legUit(`A${rij}`, () => invoer("KPI", regel.naam, "tekst"));
    const doel = kpiGetal("B", regel.doel, "Doel");
    let richting: UitlegKnoop | undefined;
    const r = regel.richting;
    if (r) {
      const letterlijk = typeof r.ruw === "string" && r.ruw.trim().toLowerCase() === r.waarde;
      if (letterlijk) p.formule(`C${rij}`, `=${ref(r)}`, r.ruw);
      else p.zet(`C${rij}`, r.waarde, { stijl: STIJL.overgenomen });
      richting = p.legUit(`C${rij}`, () => invoer(`Richting ${naam}`, r, "tekst"));
    }
    const realisatie = kpiGetal("D", regel.realisatie, "Realisatie");
    if (doel && richting && regel.doel && r) {
      const status = k.uitkomst ? (k.uitkomst.behaald ? "behaald" : "niet behaald") : "geen realisatie";
      p.formule(
        `E${rij}`,
        `=IF(D${rij}="","geen realisatie",IF(C${rij}="hoger",IF(D${rij}>=B${rij},"behaald","niet behaald"),IF(D${rij}<=B${rij},"behaald","niet behaald")))`,
        status,
      );
      p.legUit(`E${rij}`, () =>
        keuze(
          `Status ${naam}`,
          status,
          "tekst",
          "kpi",
          r.waarde === "hoger" ? "behaald als realisatie ≥ doel" : "behaald als realisatie ≤ doel",
          realisatie ? [doel, richting, realisatie] : [doel, richting],
        ),
      );
    }
    rij++;
  }
  return rij;
}

export interface EindafrekeningPlanMetUitleg {
  plan: BladPlan;
  /** The explanation of every value the plan computes or shows from the input, by A1 address. */
  uitleg: Map<string, UitlegKnoop>;
}

/**
 * The Eindafrekening plan of a computed settlement. Needs the nacalculatie (realised counts).
 * Layout: heading A1:B7, services table from row 9 (columns A–K), the totals, the advances, the
 * settlement itself and the KPIs below, all within A1:K150 (longer for very long tables).
 */
export function maakEindafrekeningPlan(model: Bijlage1, a: Afrekening): BladPlan {
  return bouwPlan(model, a, false).plan;
}

/** The plan and, built from the same values as its cells, the explanation tree of each value. */
export function maakEindafrekeningPlanMetUitleg(model: Bijlage1, a: Afrekening): EindafrekeningPlanMetUitleg {
  return bouwPlan(model, a, true);
}

/** The plan in named steps, each writing its cells and (when asked) the trees that explain them. */
function bouwPlan(model: Bijlage1, a: Afrekening, metUitleg: boolean): EindafrekeningPlanMetUitleg {
  if (!a.nacalculatie || !a.eindafrekening)
    throw new Error("maakEindafrekeningPlan: de afrekening heeft geen nacalculatie");
  const p = new Plan(metUitleg);
  const kop = kopBlok(p, model, a);
  const tabel = dienstenTabel(p, a);
  const tot = totalenBlok(p, a, a.nacalculatie, tabel, kop);
  const vs = voorschottenBlok(p, a, tot.volgendeRij);
  const rij = kpiBlok(p, a, afrekeningBlok(p, model, a, kop, tot, vs));

  const gebiedRijen = Math.max(MINIMAAL_GEBIED_RIJEN, rij + 10);
  const gebied = `A1:${LAATSTE_KOLOM}${gebiedRijen}`;
  p.namen.push({ naam: NAMEN.gebied, adres: gebied });
  const saldoAdres = p.namen.find((n) => n.naam === NAMEN.saldo)?.adres ?? "";
  const plan = metGrafieken(
    {
      blad: EINDAFREKENING_BLAD,
      gebied,
      cellen: [...p.cellen.values()],
      namen: p.namen,
      kolombreedtes: { A: 44, B: 18, C: 26, D: 15, E: 14, F: 16, G: 17, H: 16, I: 17, J: 15, K: 48 },
    },
    {
      eersteRegel: tabel.eerste,
      laatsteRegel: tabel.laatste,
      bijdrageRij: tot.totRij,
      voorschottenRij: vs.vsRij,
      saldoRij: Number(saldoAdres.replace(/^[A-Z]+/, "")),
      vrijVanaf: rij,
    },
  );
  // The chart's data cells only point at plan cells: they are explained by what they show.
  for (const c of plan.cellen) {
    const bron = /^=([A-Z]+\d+)$/.exec(c.formule ?? "")?.[1];
    const knoop = bron && !p.uitleg.has(c.adres) ? p.uitleg.get(bron) : undefined;
    if (knoop) p.uitleg.set(c.adres, knoop);
  }
  return { plan, uitleg: p.uitleg };
}
