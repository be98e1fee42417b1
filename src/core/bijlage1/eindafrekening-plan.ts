// The Eindafrekening sheet as a plan: ordinary English-syntax Excel formulas that point at the
// input cells of the bijlage, with the engine's own values cached beside them. An accountant
// without the add-in sees the same numbers after Excel or LibreOffice recalculates.
import { bladVerwijzing, type CelWaarde } from "../grid";
import { NUL, type Decimal } from "../money";
import { NOTATIE, type BladPlan, type CelStijl, type PlanCel } from "../sheetplan";
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
  titel: { vet: true, tekstkleur: "#1F3864" } as CelStijl,
  kop: { vet: true, achtergrond: "#DDEBF7", randOnder: true } as CelStijl,
  label: { vet: true } as CelStijl,
  totaal: { vet: true, randBoven: true } as CelStijl,
  saldo: { vet: true, achtergrond: "#FFF2CC", randBoven: true, randOnder: true } as CelStijl,
  overgenomen: { cursief: true, tekstkleur: "#7F6000" } as CelStijl,
  toelichting: { cursief: true, tekstkleur: "#595959" } as CelStijl,
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

/** Whether a formula may refer to the cell: it must hold a real number, not text that reads as one. */
function isEchtGetal(g: Gevonden<unknown>): boolean {
  return !g.uitTekst && typeof g.ruw === "number";
}

/** A number in a formula: a reference to the input cell, or the value itself when the cell holds text. */
function operand(g: Gevonden<Decimal>): string {
  if (isEchtGetal(g)) return ref(g);
  const s = g.waarde.toFixed();
  return g.waarde.isNegative() ? `(${s})` : s;
}

class Plan {
  readonly cellen = new Map<string, PlanCel>();
  readonly namen: { naam: string; adres: string }[] = [];

  zet(adres: string, waarde: PlanCel["waarde"], extra: Omit<PlanCel, "adres" | "waarde"> = {}): void {
    this.cellen.set(adres, { adres, waarde, ...extra });
  }

  formule(
    adres: string,
    formule: string,
    waarde: PlanCel["waarde"],
    getalnotatie?: string,
    stijl?: CelStijl,
  ): void {
    this.zet(adres, waarde, {
      formule,
      ...(getalnotatie ? { getalnotatie } : {}),
      ...(stijl ? { stijl } : {}),
    });
  }

  /** Shows an input value: a formula pointing at it, or a copy in italics when the input is text. */
  invoerGetal(adres: string, g: Gevonden<Decimal>, waarde: Decimal, getalnotatie: string): void {
    if (isEchtGetal(g)) this.formule(adres, `=${ref(g)}`, getal(waarde), getalnotatie);
    else this.zet(adres, getal(waarde), { getalnotatie, stijl: STIJL.overgenomen });
  }

  invoerTekst(adres: string, g: Gevonden<CelWaarde> | undefined, getalnotatie?: string): void {
    if (!g) return;
    const w = g.ruw;
    if (typeof w === "string" || typeof w === "number" || typeof w === "boolean") {
      this.formule(adres, `=${ref(g)}`, w, getalnotatie);
    }
  }
}

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

/**
 * The Eindafrekening plan of a computed settlement. Needs the nacalculatie (realised counts).
 * Layout: heading A1:B7, services table from row 9 (columns A–K), the totals, the advances, the
 * settlement itself and the KPIs below, all within A1:K150 (longer for very long tables).
 */
export function maakEindafrekeningPlan(model: Bijlage1, a: Afrekening): BladPlan {
  if (!a.nacalculatie || !a.eindafrekening)
    throw new Error("maakEindafrekeningPlan: de afrekening heeft geen nacalculatie");
  const nacalc = a.nacalculatie;
  const p = new Plan();

  p.zet("A1", `Eindafrekening DVO Ontplooj – ${a.gemeente} ${a.jaar}`, { stijl: STIJL.titel });
  p.zet("A2", MARKERING, { stijl: STIJL.toelichting });

  p.zet("A4", "Gemeente", { stijl: STIJL.label });
  if (model.gemeente) p.invoerTekst("B4", model.gemeente);
  p.zet("A5", "Jaar", { stijl: STIJL.label });
  if (model.jaar && isEchtGetal(model.jaar)) p.formule("B5", `=${ref(model.jaar)}`, a.jaar, "0");
  else p.zet("B5", a.jaar, { getalnotatie: "0", stijl: STIJL.overgenomen });
  p.zet("A6", "Risico-opslag", { stijl: STIJL.label });
  const r = model.risicoOpslag;
  if (r && isEchtGetal(r) && r.waarde.equals(a.risicoOpslag))
    p.formule("B6", `=${ref(r)}`, getal(a.risicoOpslag), NOTATIE.percentage);
  else
    p.zet("B6", getal(a.risicoOpslag), {
      getalnotatie: NOTATIE.percentage,
      stijl: r ? STIJL.overgenomen : undefined,
    });
  if (model.dvoKenmerk) {
    p.zet("A7", "DVO-kenmerk", { stijl: STIJL.label });
    p.invoerTekst("B7", model.dvoKenmerk);
  }

  // Services table
  const kop = [
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
  kop.forEach((k, i) => p.zet(`${String.fromCharCode(65 + i)}9`, k, { stijl: STIJL.kop }));
  const eerste = 10;
  a.regels.forEach((ra, i) => {
    const rij = eerste + i;
    const { regel, dienst } = ra;
    p.formule(`A${rij}`, `=${ref(regel.omschrijving)}`, regel.omschrijving.ruw as string);
    p.zet(`B${rij}`, dienst.code);
    if (regel.eenheid) p.invoerTekst(`C${rij}`, regel.eenheid);
    if (regel.tarief) p.invoerGetal(`D${rij}`, regel.tarief, regel.tarief.waarde, NOTATIE.bedrag);
    if (regel.aantalBegroot)
      p.invoerGetal(`E${rij}`, regel.aantalBegroot, regel.aantalBegroot.waarde, NOTATIE.getal2);
    if (ra.begroot)
      p.formule(`F${rij}`, `=ROUND(D${rij}*E${rij},2)`, getal(ra.begroot.bedrag), NOTATIE.bedrag);
    const bronT = ra.tariefBron;
    if (bronT?.soort === "kolom") {
      p.invoerGetal(`G${rij}`, bronT.cel, bronT.cel.waarde, NOTATIE.bedrag);
    } else if (bronT?.soort === "kostprijzen") {
      const deling = `${operand(bronT.bedrag)}/${operand(bronT.eenheden)}`;
      const tarief = ra.gerealiseerd?.tarief;
      if (tarief)
        p.formule(
          `G${rij}`,
          dienst.soort === "kosten" ? `=${deling}` : `=-${deling}`,
          getal(tarief),
          NOTATIE.bedrag,
        );
    }
    if (regel.aantalGerealiseerd)
      p.invoerGetal(`H${rij}`, regel.aantalGerealiseerd, regel.aantalGerealiseerd.waarde, NOTATIE.getal2);
    if (ra.gerealiseerd)
      p.formule(`I${rij}`, `=ROUND(G${rij}*H${rij},2)`, getal(ra.gerealiseerd.bedrag), NOTATIE.bedrag);
    if (ra.begroot || ra.gerealiseerd) {
      const verschil = (ra.gerealiseerd?.bedrag ?? NUL).minus(ra.begroot?.bedrag ?? NUL);
      p.formule(`J${rij}`, `=I${rij}-F${rij}`, getal(verschil), NOTATIE.bedrag);
    }
    const b = bron(ra);
    if (b) p.zet(`K${rij}`, b, { stijl: STIJL.toelichting });
  });
  const laatste = Math.max(eerste, eerste + a.regels.length - 1);
  const F = `F${eerste}:F${laatste}`;
  const I = `I${eerste}:I${laatste}`;
  const v = a.voorcalculatie;

  // Totals
  let rij = laatste + 2;
  const subRij = rij;
  p.zet(`A${rij}`, "Subtotaal diensten", { stijl: STIJL.totaal });
  p.formule(`F${rij}`, `=SUM(${F})`, getal(v.subtotaal), NOTATIE.bedrag, STIJL.totaal);
  p.formule(`I${rij}`, `=SUM(${I})`, getal(nacalc.subtotaal), NOTATIE.bedrag, STIJL.totaal);
  p.formule(
    `J${rij}`,
    `=I${rij}-F${rij}`,
    getal(nacalc.subtotaal.minus(v.subtotaal)),
    NOTATIE.bedrag,
    STIJL.totaal,
  );
  rij++;
  const kostRij = rij;
  p.zet(`A${rij}`, "Kosten (grondslag risico-opslag)");
  p.formule(`F${rij}`, `=SUMIF(D${eerste}:D${laatste},">0",${F})`, getal(v.kostenTotaal), NOTATIE.bedrag);
  p.formule(
    `I${rij}`,
    `=SUMIF(G${eerste}:G${laatste},">0",${I})`,
    getal(nacalc.kostenTotaal),
    NOTATIE.bedrag,
  );
  p.formule(`J${rij}`, `=I${rij}-F${rij}`, getal(nacalc.kostenTotaal.minus(v.kostenTotaal)), NOTATIE.bedrag);
  rij++;
  const opslagRij = rij;
  p.zet(`A${rij}`, "Risico-opslag");
  p.formule(`F${rij}`, `=ROUND($B$6*F${kostRij},2)`, getal(v.risicoOpslag), NOTATIE.bedrag);
  p.formule(`I${rij}`, `=ROUND($B$6*I${kostRij},2)`, getal(nacalc.risicoOpslag), NOTATIE.bedrag);
  p.formule(`J${rij}`, `=I${rij}-F${rij}`, getal(nacalc.risicoOpslag.minus(v.risicoOpslag)), NOTATIE.bedrag);
  p.namen.push({ naam: NAMEN.risicoOpslag, adres: `I${rij}` });
  rij++;
  const totRij = rij;
  p.zet(`A${rij}`, "Bijdrage gemeente (F: voorcalculatie, I: nacalculatie)", { stijl: STIJL.totaal });
  p.formule(`F${rij}`, `=F${subRij}+F${opslagRij}`, getal(v.totaal), NOTATIE.bedrag, STIJL.totaal);
  p.formule(`I${rij}`, `=I${subRij}+I${opslagRij}`, getal(nacalc.totaal), NOTATIE.bedrag, STIJL.totaal);
  p.formule(
    `J${rij}`,
    `=I${rij}-F${rij}`,
    getal(nacalc.totaal.minus(v.totaal)),
    NOTATIE.bedrag,
    STIJL.totaal,
  );
  p.namen.push({ naam: NAMEN.voorcalculatie, adres: `F${rij}` });
  p.namen.push({ naam: NAMEN.nacalculatie, adres: `I${rij}` });
  p.namen.push({ naam: NAMEN.verschil, adres: `J${rij}` });

  // Advances
  rij += 2;
  p.zet(`A${rij}`, "Periode", { stijl: STIJL.kop });
  p.zet(`B${rij}`, "Factuurnummer", { stijl: STIJL.kop });
  p.zet(`C${rij}`, "Datum", { stijl: STIJL.kop });
  p.zet(`F${rij}`, "Voorschot", { stijl: STIJL.kop });
  rij++;
  const eersteVoorschot = rij;
  for (const vs of a.voorschotten) {
    p.invoerTekst(`A${rij}`, vs.regel.periode);
    p.invoerTekst(`B${rij}`, vs.regel.factuurnummer);
    p.invoerTekst(
      `C${rij}`,
      vs.regel.datum,
      typeof vs.regel.datum?.ruw === "number" ? NOTATIE.datum : undefined,
    );
    p.invoerGetal(`F${rij}`, vs.bedrag, vs.bedrag.waarde, NOTATIE.bedrag);
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
  p.namen.push({ naam: NAMEN.voorschottenBetaald, adres: `F${vsRij}` });

  // The settlement
  const e = a.eindafrekening;
  rij = vsRij + 2;
  p.zet(`A${rij}`, "Eindafrekening", { stijl: STIJL.kop });
  p.zet(`F${rij}`, null, { stijl: STIJL.kop });
  rij++;
  p.zet(`A${rij}`, "Nacalculatie");
  p.formule(`F${rij}`, `=I${totRij}`, getal(nacalc.totaal), NOTATIE.bedrag);
  const nRij = rij++;
  p.zet(`A${rij}`, "Voorschotten betaald");
  p.formule(`F${rij}`, `=F${vsRij}`, getal(a.voorschottenBetaald), NOTATIE.bedrag);
  const bRij = rij++;
  p.zet(`A${rij}`, "Saldo (+ gemeente betaalt bij, − Ontplooj betaalt terug)", { stijl: STIJL.saldo });
  p.formule(`F${rij}`, `=ROUND(F${nRij}-F${bRij},2)`, getal(e.saldo), NOTATIE.bedrag, STIJL.saldo);
  p.namen.push({ naam: NAMEN.saldo, adres: `F${rij}` });
  const sRij = rij++;
  p.zet(`A${rij}`, "Richting");
  p.formule(`F${rij}`, `=IF(F${sRij}>0,"bijbetalen",IF(F${sRij}<0,"terugbetalen","nihil"))`, e.richting);
  p.namen.push({ naam: NAMEN.richting, adres: `F${rij}` });
  rij++;
  p.zet(`A${rij}`, "Wie betaalt wie");
  const gemeenteTekst = model.gemeente ? String(model.gemeente.ruw) : a.gemeente;
  const wie =
    e.richting === "bijbetalen"
      ? `${gemeenteTekst} betaalt Ontplooj bij`
      : e.richting === "terugbetalen"
        ? `Ontplooj betaalt ${gemeenteTekst} terug`
        : "Niets te betalen";
  const g = model.gemeente && typeof model.gemeente.ruw === "string" ? "B4" : `"${a.gemeente}"`;
  p.formule(
    `F${rij}`,
    `=IF(F${sRij}>0,${g}&" betaalt Ontplooj bij",IF(F${sRij}<0,"Ontplooj betaalt "&${g}&" terug","Niets te betalen"))`,
    wie,
  );
  rij++;
  p.zet(`A${rij}`, "Uiterlijk te betalen op");
  const [jj, mm, dd] = e.vervaldatum.split("-").map(Number);
  p.formule(`F${rij}`, `=DATE(B5+1,4,30)`, excelDatum(jj, mm, dd), NOTATIE.datum);
  p.namen.push({ naam: NAMEN.vervaldatum, adres: `F${rij}` });
  rij++;
  p.zet(`A${rij}`, `Bij het vullen: ${e.toelichting}`, { stijl: STIJL.toelichting });
  rij++;

  // KPIs
  if (a.kpis.length > 0) {
    rij++;
    ["KPI", "Doelwaarde", "Richting", "Realisatie", "Status"].forEach((k, i) =>
      p.zet(`${String.fromCharCode(65 + i)}${rij}`, k, { stijl: STIJL.kop }),
    );
    rij++;
    for (const k of a.kpis) {
      const { regel } = k;
      const notatie = (d?: Decimal) =>
        d && d.abs().lessThanOrEqualTo(1) ? NOTATIE.percentage : NOTATIE.getal2;
      p.formule(`A${rij}`, `=${ref(regel.naam)}`, String(regel.naam.ruw));
      if (regel.doel) p.invoerGetal(`B${rij}`, regel.doel, regel.doel.waarde, notatie(regel.doel.waarde));
      if (regel.richting) {
        const letterlijk =
          typeof regel.richting.ruw === "string" &&
          regel.richting.ruw.trim().toLowerCase() === regel.richting.waarde;
        if (letterlijk) p.formule(`C${rij}`, `=${ref(regel.richting)}`, regel.richting.ruw);
        else p.zet(`C${rij}`, regel.richting.waarde, { stijl: STIJL.overgenomen });
      }
      if (regel.realisatie)
        p.invoerGetal(`D${rij}`, regel.realisatie, regel.realisatie.waarde, notatie(regel.doel?.waarde));
      if (regel.doel && regel.richting) {
        const status = k.uitkomst ? (k.uitkomst.behaald ? "behaald" : "niet behaald") : "geen realisatie";
        p.formule(
          `E${rij}`,
          `=IF(D${rij}="","geen realisatie",IF(C${rij}="hoger",IF(D${rij}>=B${rij},"behaald","niet behaald"),IF(D${rij}<=B${rij},"behaald","niet behaald")))`,
          status,
        );
      }
      rij++;
    }
  }

  const gebiedRijen = Math.max(MINIMAAL_GEBIED_RIJEN, rij + 10);
  const gebied = `A1:${LAATSTE_KOLOM}${gebiedRijen}`;
  p.namen.push({ naam: NAMEN.gebied, adres: gebied });
  const cellen = [...p.cellen.values()];
  return metGrafieken(
    {
      blad: EINDAFREKENING_BLAD,
      gebied,
      cellen,
      namen: p.namen,
      kolombreedtes: { A: 44, B: 18, C: 26, D: 15, E: 14, F: 16, G: 17, H: 16, I: 17, J: 15, K: 48 },
    },
    {
      eersteRegel: eerste,
      laatsteRegel: laatste,
      bijdrageRij: totRij,
      voorschottenRij: vsRij,
      saldoRij: sRij,
      vrijVanaf: rij,
    },
  );
}
