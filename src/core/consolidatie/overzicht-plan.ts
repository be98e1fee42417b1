// The "Overzicht Ontplooj" sheet as a plan: ordinary English-syntax formulas that point at the
// bijlage-1 sheets of the five municipalities (all in one workbook), with the engine's values
// cached beside them, so Excel or LibreOffice recomputes the same numbers to the cent. The
// largest-remainder split is written out in whole cents (integers stay exact in Excel's doubles).
import {
  invoerCel,
  isEchtGetal,
  operand,
  excelDatum,
  risicoOpslagFormule,
} from "../bijlage1/eindafrekening-plan";
import type { Gevonden } from "../bijlage1";
import { TABEL_7_5_REALISATIE_2023, TOLERANTIE } from "../bijlage1/tabel75";
import { dienst, type DienstCode } from "../catalogue";
import { bladVerwijzing, kolomLetters } from "../grid";
import { dec, type Decimal } from "../money";
import { LOONSTIJGING_AMBTENAREN, INBESTEDING_NORM } from "../settlement";
import { HUISSTIJL, NOTATIE, PlanCellen, type BladPlan, type CelStijl, type GrafiekPlan } from "../sheetplan";
import { OVERZICHT_BLAD } from "./groepen";
import { WERKSOORT_DIENSTEN, type ConsolidatieUitkomst, type Deelnemer } from "./model";

/** Cell A2 of a filled overview; a sheet without it is not ours to overwrite. */
export const OVERZICHT_MARKERING =
  "Gevuld door de Ontplooj-afrekening (Ontplooj-breed): formules verwijzen naar de bladen van de gemeenten. Wijzig de invoer, niet dit blad.";

export const OVERZICHT_NAMEN = {
  gebied: "Ontplooj_OverzichtGebied",
  nacalculatie: "Ontplooj_OverzichtNacalculatie",
  saldo: "Ontplooj_OverzichtSaldo",
  behoud: "Ontplooj_OverzichtBehoud",
} as const;

export const OVERZICHT_GRAFIEK = "Ontplooj_Grafiek_ResultaatPerFte";

const LAATSTE_KOLOM = "M";
const MINIMAAL_GEBIED_RIJEN = 200;
/** The area a fill owns at least; a sheet with only the marker left was filled with it. */
export const OVERZICHT_MINIMAAL_GEBIED = `A1:${LAATSTE_KOLOM}${MINIMAAL_GEBIED_RIJEN}`;
/** Above this, an integer product in the split's formulas could lose exactness in Excel's doubles. */
const EXACT_GRENS = 2 ** 53;

const STIJL = {
  ...HUISSTIJL,
  sectie: { vet: true, tekstkleur: "#1F3864", randOnder: true } as CelStijl,
  saldo: { vet: true, achtergrond: "#FFF2CC" } as CelStijl,
};

const CENTEN = "0";
const PER_FTE = '"€" #,##0;"€" -#,##0';
const DUIZENDEN = "#,##0.0";

function getal(d: Decimal): number {
  return d.toNumber();
}

function ref(g: { blad: string; cel: string }): string {
  return bladVerwijzing(g.blad, g.cel);
}

function kol(i: number): string {
  return kolomLetters(i);
}

class Plan extends PlanCellen {
  /** An input number: a formula pointing at its cell, or a copy in italics when the cell holds text. */
  invoer(adres: string, g: Gevonden<Decimal>, notatie: string): void {
    invoerCel(this, adres, g, notatie);
  }
}

/** The detail rows: one per municipality and service line, grouped by service in the overview's order. */
interface DetailRij {
  rij: number;
  d: Deelnemer;
  code: DienstCode;
  regel: Deelnemer["model"]["diensten"]["regels"][number];
}

/** Where every section of the overview lies; the sections refer to each other's cells. */
interface Indeling {
  n: number;
  aKop: number;
  aEerste: number;
  aTotaal: number;
  bKop: number;
  bEerste: number;
  bLaatste: number;
  bBehoud: number;
  cKop: number;
  cEerste: number;
  cLaatste: number;
  detail: DetailRij[];
  tariefRij: Map<DienstCode, number>;
  /** A detail column as an absolute range ("$M$31:$M$60"). */
  D: (k: string) => string;
  /** A tariff cell of section B: H realised, I budgeted. */
  tarief: (code: DienstCode, k: "H" | "I") => string;
}

function indeling(u: ConsolidatieUitkomst): Indeling {
  const n = u.deelnemers.length;
  const aKop = 6;
  const aEerste = aKop + 1;
  const aTotaal = aEerste + n;
  const bKop = aTotaal + 3;
  const bEerste = bKop + 1;
  const bLaatste = bEerste + u.tarieven.length - 1;
  const bBehoud = bLaatste + 2;
  const cKop = bBehoud + 5;
  const cEerste = cKop + 1;

  // Detail rows: services of the tariffs table first (in its order), then other known services.
  const codes: DienstCode[] = u.tarieven.map((t) => t.code);
  for (const d of u.deelnemers)
    for (const r of d.model.diensten.regels)
      if (r.dienst && !codes.includes(r.dienst.code)) codes.push(r.dienst.code);
  const detail: DetailRij[] = [];
  for (const code of codes)
    for (const d of u.deelnemers)
      for (const regel of d.model.diensten.regels)
        if (
          regel.dienst?.code === code &&
          (regel.aantalGerealiseerd || (regel.tarief && regel.aantalBegroot))
        )
          detail.push({ rij: cEerste + detail.length, d, code, regel });
  const cLaatste = Math.max(cEerste, cEerste + detail.length - 1);
  const D = (k: string) => `$${k}$${cEerste}:$${k}$${cLaatste}`;
  const tariefRij = new Map(u.tarieven.map((t, i) => [t.code, bEerste + i]));

  const tarief = (code: DienstCode, k: "H" | "I") => `$${k}$${tariefRij.get(code)}`;
  return {
    n,
    aKop,
    aEerste,
    aTotaal,
    bKop,
    bEerste,
    bLaatste,
    bBehoud,
    cKop,
    cEerste,
    cLaatste,
    detail,
    tariefRij,
    D,
    tarief,
  };
}

/** A: the settlement per municipality, with totals. */
function sectieGemeenten(p: Plan, u: ConsolidatieUitkomst, x: Indeling): void {
  const { aKop, aEerste, aTotaal, D } = x;
  p.zet(`A${aKop - 1}`, "Eindafrekening per gemeente", { stijl: STIJL.sectie });
  p.koppen(aKop, [
    "Gemeente",
    "Voorcalculatie",
    "Nacalculatie zonder opslag",
    "Risico-opslag %",
    "Risico-opslag",
    "Nacalculatie",
    "Voorschotten betaald",
    "Saldo",
    "Richting",
    "Wie betaalt wie",
    "Uiterlijk",
    "Nacalculatie eigen werkmap",
    "Verschil",
  ]);
  u.gemeenten.forEach((g, i) => {
    const rij = aEerste + i;
    const d = u.deelnemers[i];
    p.zet(`A${rij}`, g.gemeente);
    const r = d.model.risicoOpslag;
    if (r && isEchtGetal(r) && r.waarde.equals(g.risicoOpslagPercentage))
      p.formule(`D${rij}`, `=${ref(r)}`, getal(g.risicoOpslagPercentage), NOTATIE.percentage);
    else
      p.zet(`D${rij}`, getal(g.risicoOpslagPercentage), {
        getalnotatie: NOTATIE.percentage,
        ...(r ? { stijl: STIJL.overgenomen } : {}),
      });
    const voorKosten = `SUMIFS(${D("G")},${D("C")},$A${rij},${D("E")},">0")`;
    p.formule(
      `B${rij}`,
      `=SUMIF(${D("C")},$A${rij},${D("G")})+${risicoOpslagFormule(`$D${rij}`, voorKosten)}`,
      getal(g.voorcalculatie),
      NOTATIE.bedrag,
    );
    p.formule(
      `C${rij}`,
      `=SUMIF(${D("C")},$A${rij},${D("M")})`,
      getal(g.nacalculatieSubtotaal),
      NOTATIE.bedrag,
    );
    p.formule(
      `E${rij}`,
      `=${risicoOpslagFormule(`$D${rij}`, `SUMIFS(${D("M")},${D("C")},$A${rij},${D("D")},"kosten")`)}`,
      getal(g.risicoOpslag),
      NOTATIE.bedrag,
    );
    p.formule(`F${rij}`, `=C${rij}+E${rij}`, getal(g.nacalculatie), NOTATIE.bedrag);
    const vs = d.eigen.voorschotten.map((v) => operand(v.bedrag));
    p.formule(
      `G${rij}`,
      vs.length > 0 ? `=SUM(${vs.join(",")})` : "=0",
      getal(g.eindafrekening.voorschottenBetaald),
      NOTATIE.bedrag,
    );
    p.formule(
      `H${rij}`,
      `=ROUND(F${rij}-G${rij},2)`,
      getal(g.eindafrekening.saldo),
      NOTATIE.bedrag,
      STIJL.saldo,
    );
    p.formule(
      `I${rij}`,
      `=IF(H${rij}>0,"bijbetalen",IF(H${rij}<0,"terugbetalen","nihil"))`,
      g.eindafrekening.richting,
    );
    const wie =
      g.eindafrekening.richting === "bijbetalen"
        ? `${g.gemeente} betaalt Ontplooj bij`
        : g.eindafrekening.richting === "terugbetalen"
          ? `Ontplooj betaalt ${g.gemeente} terug`
          : "Niets te betalen";
    p.formule(
      `J${rij}`,
      `=IF(H${rij}>0,A${rij}&" betaalt Ontplooj bij",IF(H${rij}<0,"Ontplooj betaalt "&A${rij}&" terug","Niets te betalen"))`,
      wie,
    );
    const [jj, mm, dd] = g.eindafrekening.vervaldatum.split("-").map(Number);
    p.formule(`K${rij}`, `=DATE($B$4+1,4,30)`, excelDatum(jj, mm, dd), NOTATIE.datum);
    if (g.nacalculatieEigen) {
      p.zet(`L${rij}`, getal(g.nacalculatieEigen), {
        getalnotatie: NOTATIE.bedrag,
        stijl: STIJL.toelichting,
      });
      p.formule(
        `M${rij}`,
        `=F${rij}-L${rij}`,
        getal(g.nacalculatie.minus(g.nacalculatieEigen)),
        NOTATIE.bedrag,
      );
    }
  });
  p.zet("A4", "Jaar", { stijl: { vet: true } });
  const j = u.deelnemers[0]?.model.jaar;
  if (j && isEchtGetal(j)) p.formule("B4", `=${ref(j)}`, u.jaar, "0");
  else p.zet("B4", u.jaar, { getalnotatie: "0", stijl: STIJL.overgenomen });
  p.zet(`A${aTotaal}`, "Totaal", { stijl: STIJL.totaal });
  const t = u.totalen;
  const somA = (k: string, w: Decimal) =>
    p.formule(
      `${k}${aTotaal}`,
      `=SUM(${k}${aEerste}:${k}${aTotaal - 1})`,
      getal(w),
      NOTATIE.bedrag,
      STIJL.totaal,
    );
  somA("B", t.voorcalculatie);
  somA(
    "C",
    u.gemeenten.reduce((s, g) => s.plus(g.nacalculatieSubtotaal), dec(0)),
  );
  somA(
    "E",
    u.gemeenten.reduce((s, g) => s.plus(g.risicoOpslag), dec(0)),
  );
  somA("F", t.nacalculatie);
  somA("G", t.voorschottenBetaald);
  somA("H", t.saldo);
  p.namen.push({ naam: OVERZICHT_NAMEN.nacalculatie, adres: `F${aTotaal}` });
  p.namen.push({ naam: OVERZICHT_NAMEN.saldo, adres: `H${aTotaal}` });
  p.zet(
    `A${aTotaal + 1}`,
    "Kolom L: de nacalculatie zoals de werkmap van de gemeente haar alleen berekent (eigen Kostprijzen, afronding per regel); M: het verschil.",
    { stijl: STIJL.toelichting },
  );
}

/** B: the Ontplooj-wide realised tariffs and the conservation check. */
function sectieTarieven(p: Plan, u: ConsolidatieUitkomst, x: Indeling): void {
  const { bKop, bEerste, bLaatste, bBehoud, D } = x;
  p.zet(
    `A${bKop - 1}`,
    "Gerealiseerde tarieven Ontplooj-breed (kosten of opbrengsten / eenheden van alle gemeenten)",
    {
      stijl: STIJL.sectie,
    },
  );
  p.koppen(bKop, [
    "Dienst",
    "Code",
    "Soort",
    "Kosten of opbrengsten",
    "Eenheden Kostprijzen",
    "Eenheden gemeenten",
    "Verschil eenheden",
    "Tarief gerealiseerd",
    "Tarief begroot",
    "Verdeeld over gemeenten",
    "Centen over (grootste rest)",
  ]);
  u.tarieven.forEach((tr, i) => {
    const rij = bEerste + i;
    const dd = dienst(tr.code);
    p.zet(`A${rij}`, dd.label);
    p.zet(`B${rij}`, tr.code);
    p.zet(`C${rij}`, dd.soort);
    p.invoer(`D${rij}`, tr.bedrag, NOTATIE.bedrag);
    p.invoer(`E${rij}`, tr.eenhedenKostprijzen, NOTATIE.getal2);
    p.formule(`F${rij}`, `=SUMIF(${D("B")},$B${rij},${D("H")})`, getal(tr.eenhedenGemeenten), NOTATIE.getal2);
    p.formule(
      `G${rij}`,
      `=F${rij}-E${rij}`,
      getal(tr.eenhedenGemeenten.minus(tr.eenhedenKostprijzen.waarde)),
      NOTATIE.getal2,
    );
    p.formule(
      `H${rij}`,
      `=${dd.soort === "kosten" ? "" : "-"}D${rij}/F${rij}`,
      getal(tr.tarief),
      NOTATIE.bedrag,
    );
    if (tr.tariefBegroot) p.invoer(`I${rij}`, tr.tariefBegroot, NOTATIE.bedrag);
    p.formule(`J${rij}`, `=SUMIF(${D("B")},$B${rij},${D("M")})`, getal(tr.verdeeld), NOTATIE.bedrag);
    const over = u.verdeling.filter((v) => v.code === tr.code).reduce((s, v) => s + v.extraCent, 0);
    p.formule(`K${rij}`, `=ROUND(ABS(D${rij})*100,0)-SUMIF(${D("B")},$B${rij},${D("J")})`, over, CENTEN);
  });
  const B = (k: string) => `${k}${bEerste}:${k}${bLaatste}`;
  p.zet(`A${bBehoud}`, "Behoud: Σ nacalculaties zonder opslag", { stijl: STIJL.totaal });
  p.formule(`D${bBehoud}`, `=SUM(${B("J")})`, getal(u.behoud.gevonden), NOTATIE.bedrag, STIJL.totaal);
  p.zet(`A${bBehoud + 1}`, "Kosten − opbrengsten (Kostprijzen)");
  p.formule(
    `D${bBehoud + 1}`,
    `=SUMIF(${B("C")},"kosten",${B("D")})-SUMIF(${B("C")},"opbrengst",${B("D")})`,
    getal(u.behoud.verwacht),
    NOTATIE.bedrag,
  );
  p.zet(`A${bBehoud + 2}`, "Verschil");
  p.formule(
    `D${bBehoud + 2}`,
    `=ROUND(D${bBehoud}-D${bBehoud + 1},2)`,
    getal(u.behoud.gevonden.minus(u.behoud.verwacht)),
    NOTATIE.bedrag,
  );
  p.formule(
    `E${bBehoud + 2}`,
    `=IF(D${bBehoud + 2}=0,"klopt tot op de cent","KLOPT NIET")`,
    u.behoud.klopt ? "klopt tot op de cent" : "KLOPT NIET",
    undefined,
    STIJL.saldo,
  );
  p.namen.push({ naam: OVERZICHT_NAMEN.behoud, adres: `D${bBehoud + 2}` });
}

/** C: the largest-remainder split per service and municipality, in whole cents. */
function sectieVerdeling(p: Plan, u: ConsolidatieUitkomst, x: Indeling): void {
  const { cKop, detail, tariefRij } = x;
  p.zet(
    `A${cKop - 1}`,
    "Verdeling per dienst en gemeente: grootste rest in hele centen (aandeel = centen × aantal / eenheden; de centen die overblijven gaan naar de grootste resten, bij gelijke rest naar de eerste)",
    { stijl: STIJL.sectie },
  );
  p.koppen(cKop, [
    "Dienst",
    "Code",
    "Gemeente",
    "Soort",
    "Tarief begroot",
    "Aantal begroot",
    "Bedrag begroot",
    "Aantal gerealiseerd",
    "Aandeel exact (centen)",
    "Centen omlaag",
    "Rest (teller)",
    "Extra cent",
    "Bedrag gerealiseerd",
  ]);
  for (const x of detail) {
    const { rij, d, code, regel } = x;
    const dd = dienst(code);
    p.zet(`A${rij}`, dd.label);
    p.zet(`B${rij}`, code);
    p.zet(`C${rij}`, d.gemeente);
    p.zet(`D${rij}`, dd.soort);
    if (regel.tarief) p.invoer(`E${rij}`, regel.tarief, NOTATIE.bedrag);
    if (regel.aantalBegroot) p.invoer(`F${rij}`, regel.aantalBegroot, NOTATIE.getal2);
    if (regel.tarief && regel.aantalBegroot) {
      const begroot = d.eigen.regels.find((r) => r.regel === regel)?.begroot;
      if (begroot) p.formule(`G${rij}`, `=ROUND(E${rij}*F${rij},2)`, getal(begroot.bedrag), NOTATIE.bedrag);
    }
    if (regel.aantalGerealiseerd) p.invoer(`H${rij}`, regel.aantalGerealiseerd, NOTATIE.getal2);
    const v = u.verdeling.find((y) => y.code === code && y.gemeente === d.gemeente);
    const br = tariefRij.get(code);
    const tr = u.tarieven.find((y) => y.code === code);
    if (!v || !br || !tr || !regel.aantalGerealiseerd) continue;
    // Scale the units to integers; the products stay below 2^53, else the split is written as values.
    const schaal =
      10 ** Math.max(0, ...u.verdeling.filter((y) => y.code === code).map((y) => y.aantal.decimalPlaces()));
    const centen = tr.bedrag.waarde.abs().times(100).toDecimalPlaces(0);
    const exact = centen.times(tr.eenhedenGemeenten.times(schaal)).lessThan(EXACT_GRENS);
    const dubbel = detail.filter((y) => y.code === code && y.d === d).length > 1;
    const eerste = detail.find((y) => y.code === code)!.rij;
    // Not .at(-1): the task pane's bundle targets ES2020 (Safari 14, Office on the Mac).
    const vanDienst = detail.filter((y) => y.code === code);
    const laatste = vanDienst[vanDienst.length - 1].rij;
    const rest = v.exactCenten.minus(v.basisCenten).times(tr.eenhedenGemeenten.times(schaal));
    if (!exact || dubbel) {
      p.zet(`I${rij}`, getal(v.exactCenten), { getalnotatie: NOTATIE.getal2, stijl: STIJL.overgenomen });
      p.zet(`J${rij}`, getal(v.basisCenten), { getalnotatie: CENTEN, stijl: STIJL.overgenomen });
      p.zet(`K${rij}`, getal(rest), { getalnotatie: CENTEN, stijl: STIJL.overgenomen });
      p.zet(`L${rij}`, v.extraCent, { getalnotatie: CENTEN, stijl: STIJL.overgenomen });
      p.zet(`M${rij}`, getal(v.bedrag), { getalnotatie: NOTATIE.bedrag, stijl: STIJL.overgenomen });
      continue;
    }
    const U = `ROUND(ABS($D$${br})*100,0)`;
    const A = `ROUND(H${rij}*${schaal},0)`;
    const S = `ROUND($F$${br}*${schaal},0)`;
    p.formule(`I${rij}`, `=${U}*${A}/${S}`, getal(v.exactCenten), NOTATIE.getal2);
    p.formule(`J${rij}`, `=INT(${U}*${A}/${S})`, getal(v.basisCenten), CENTEN);
    p.formule(`K${rij}`, `=${U}*${A}-${S}*J${rij}`, getal(rest), CENTEN);
    const hoger = `COUNTIF($K$${eerste}:$K$${laatste},">"&K${rij})`;
    const gelijkEerder = rij > eerste ? `+COUNTIF($K$${eerste}:K${rij - 1},K${rij})` : "";
    p.formule(`L${rij}`, `=IF(${hoger}${gelijkEerder}+1<=$K$${br},1,0)`, v.extraCent, CENTEN);
    p.formule(
      `M${rij}`,
      `=ROUND(${dd.soort === "kosten" ? "" : "-"}(J${rij}+L${rij})/100,2)`,
      getal(v.bedrag),
      NOTATIE.bedrag,
    );
  }
}

/** D: the result per fte per work type (table 7.7's form), indexed (table 7.6's form), and its chart; returns the next free row. */
function sectieWerksoorten(
  p: Plan,
  u: ConsolidatieUitkomst,
  x: Indeling,
): { rij: number; grafieken: GrafiekPlan[] } {
  const { cLaatste, D, tarief } = x;
  let rij = cLaatste + 3;
  p.zet(
    `A${rij}`,
    `Operationeel resultaat per fte per werksoort (OR = −bijdrage; formule 7), in prijzen ${u.jaar} en ${u.basisjaar}`,
    { stijl: STIJL.sectie },
  );
  rij++;
  const dKop = rij;
  p.koppen(dKop, [
    "Werksoort",
    "Nominaal",
    "Fte",
    "OR per fte realisatie",
    "OR per fte begroting",
    "Verschil",
    "OR per fte Cedris",
    "Verschil met Cedris",
    "Indexfactor",
    `Realisatie prijzen ${u.basisjaar}`,
    `Begroting prijzen ${u.basisjaar}`,
    `Cedris prijzen ${u.basisjaar}`,
  ]);
  const dEerste = dKop + 1;
  u.werksoorten.forEach((w, i) => {
    const r = dEerste + i;
    const { begeleiding, opbrengst } = WERKSOORT_DIENSTEN[w.werksoort];
    p.zet(`A${r}`, w.werksoort.charAt(0).toUpperCase() + w.werksoort.slice(1));
    p.formule(`B${r}`, `=SUMIF(${D("B")},"${begeleiding}",${D("H")})`, getal(w.nominaal), NOTATIE.getal2);
    p.formule(`C${r}`, `=SUMIF(${D("B")},"${opbrengst}",${D("H")})`, getal(w.fte), NOTATIE.getal2);
    const formule7 = (k: "H" | "I", nominaal: string, fte: string) =>
      `-((${tarief(begeleiding, k)}+${tarief("WERKGEVERSTAKEN", k)}+${tarief("VERLONING", k)})*${nominaal}/${fte}+${tarief(opbrengst, k)})`;
    p.formule(`D${r}`, `=${formule7("H", `B${r}`, `C${r}`)}`, getal(w.bijdragePerFte.negated()), PER_FTE);
    if (w.bijdragePerFteBegroot) {
      const nb = `SUMIF(${D("B")},"${begeleiding}",${D("F")})`;
      const fb = `SUMIF(${D("B")},"${opbrengst}",${D("F")})`;
      p.formule(`E${r}`, `=${formule7("I", nb, fb)}`, getal(w.bijdragePerFteBegroot.negated()), PER_FTE);
      p.formule(`F${r}`, `=D${r}-E${r}`, getal(w.bijdragePerFteBegroot.minus(w.bijdragePerFte)), PER_FTE);
    }
    if (w.benchmarkPerFte) {
      p.zet(`G${r}`, getal(w.benchmarkPerFte.negated()), { getalnotatie: PER_FTE });
      p.formule(`H${r}`, `=D${r}-G${r}`, getal(w.benchmarkPerFte.minus(w.bijdragePerFte)), PER_FTE);
    }
    if (w.indexfactor) {
      p.formule(`I${r}`, `=${indexFormule(u.jaar, u.basisjaar)}`, getal(w.indexfactor), "0.0000");
      p.formule(`J${r}`, `=D${r}*I${r}`, getal(w.bijdragePerFte.negated().times(w.indexfactor)), PER_FTE);
      if (w.bijdragePerFteBegroot)
        p.formule(
          `K${r}`,
          `=E${r}*I${r}`,
          getal(w.bijdragePerFteBegroot.negated().times(w.indexfactor)),
          PER_FTE,
        );
      if (w.benchmarkPerFte)
        p.formule(`L${r}`, `=G${r}*I${r}`, getal(w.benchmarkPerFte.negated().times(w.indexfactor)), PER_FTE);
    }
  });
  const dLaatste = dEerste + u.werksoorten.length - 1;
  rij = dLaatste + 1;
  p.zet(
    `A${rij}`,
    "Begroting: formule 7 met de begrote tarieven en aantallen van de bijlagen; Cedris: benchmark uit de evaluatie (alleen voor de jaren waarvoor die gepubliceerd is).",
    { stijl: STIJL.toelichting },
  );
  const grafieken: GrafiekPlan[] = [];
  const grafiekVan = rij + 2;
  if (u.werksoorten.length > 0) {
    const reeks = (k: string) => ({
      naam: `${k}${dKop}`,
      categorieen: `A${dEerste}:A${dLaatste}`,
      waarden: `${k}${dEerste}:${k}${dLaatste}`,
    });
    grafieken.push({
      naam: OVERZICHT_GRAFIEK,
      soort: "kolomGegroepeerd",
      titel: `Operationeel resultaat per fte per werksoort ${u.jaar}: realisatie, begroting en Cedris`,
      reeksen: [
        reeks("D"),
        ...(u.werksoorten.some((w) => w.bijdragePerFteBegroot) ? [reeks("E")] : []),
        ...(u.werksoorten.some((w) => w.benchmarkPerFte) ? [reeks("G")] : []),
      ],
      anker: { van: `A${grafiekVan}`, tot: `H${grafiekVan + 18}` },
      getalnotatie: PER_FTE,
    });
    rij = grafiekVan + 20;
  } else rij += 2;

  return { rij, grafieken };
}

/** E: table 7.5's realisation column (2023); returns the next free row. */
function sectieTabel75(p: Plan, u: ConsolidatieUitkomst, x: Indeling, rij: number): number {
  const { aTotaal, tariefRij, D, tarief } = x;
  if (u.tabel75) {
    p.zet(`A${rij}`, "Tabel 7.5, realisatie (bijdrage gemeenten = −operationeel resultaat, × € 1.000)", {
      stijl: STIJL.sectie,
    });
    rij++;
    p.koppen(rij, ["Post", "Berekend", "Gepubliceerd", "Verschil", "Tolerantie", "Status"]);
    rij++;
    const som = (code: DienstCode, k: string) => `SUMIF(${D("B")},"${code}",${D(k)})`;
    const perPersoon = `(${tarief("WERKGEVERSTAKEN", "H")}+${tarief("VERLONING", "H")})`;
    const inWerksoort = `(${som("BEG_BESCHUT", "H")}+${som("BEG_GROEPSDET", "H")}+${som("BEG_INDIVDET", "H")})`;
    const werksoort = (beg: DienstCode, opbr: DienstCode) =>
      `(${som(beg, "M")}+${som(opbr, "M")}+${perPersoon}*${som(beg, "H")})/1000`;
    const heeft = (c: DienstCode) => tariefRij.has(c);
    const formules: Record<string, string | undefined> = {
      beschut: werksoort("BEG_BESCHUT", "OPBR_BESCHUT"),
      groepsdetachering: werksoort("BEG_GROEPSDET", "OPBR_GROEPSDET"),
      individueleDetachering: werksoort("BEG_INDIVDET", "OPBR_INDIVDET"),
      werkgeverstakenOverige: heeft("WERKGEVERSTAKEN")
        ? `${tarief("WERKGEVERSTAKEN", "H")}*(${som("WERKGEVERSTAKEN", "H")}-${inWerksoort})/1000`
        : undefined,
      verloningOverige: heeft("VERLONING")
        ? `${tarief("VERLONING", "H")}*(${som("VERLONING", "H")}-${inWerksoort})/1000`
        : undefined,
      totaal: `C${aTotaal}/1000`,
    };
    const alleTarieven = ["WERKGEVERSTAKEN", "VERLONING"].every((c) => heeft(c as DienstCode));
    for (const r of u.tabel75.regels) {
      p.zet(`A${rij}`, r.naam);
      const f = formules[r.post];
      if (f && (alleTarieven || r.post === "totaal"))
        p.formule(`B${rij}`, `=${f}`, getal(r.berekendDuizenden), DUIZENDEN);
      else
        p.zet(`B${rij}`, getal(r.berekendDuizenden), { getalnotatie: DUIZENDEN, stijl: STIJL.overgenomen });
      p.zet(`C${rij}`, TABEL_7_5_REALISATIE_2023[r.post], { getalnotatie: "#,##0" });
      p.formule(`D${rij}`, `=B${rij}-C${rij}`, getal(r.verschilDuizenden), DUIZENDEN);
      p.zet(`E${rij}`, TOLERANTIE[r.post], { getalnotatie: "0" });
      p.formule(`F${rij}`, `=IF(ABS(D${rij})<=E${rij},"ok","AFWIJKING")`, r.klopt ? "ok" : "AFWIJKING");
      rij++;
    }
    rij++;
  }

  return rij;
}

/** F: the KPIs side by side; returns the next free row. */
function sectieKpis(p: Plan, u: ConsolidatieUitkomst, x: Indeling, rij: number): number {
  const { n } = x;
  if (u.kpis.length > 0) {
    p.zet(`A${rij}`, "KPI's van de gemeenten naast elkaar, tegen de gepubliceerde doelen", {
      stijl: STIJL.sectie,
    });
    rij++;
    const gemKol = (i: number) => kol(3 + i);
    p.koppen(rij, ["KPI", "Doel", "Richting", ...u.deelnemers.map((d) => d.gemeente), "Behaald door"]);
    const behaaldKol = kol(3 + n);
    rij++;
    for (const k of u.kpis) {
      p.zet(`A${rij}`, k.naam);
      const pct = k.doel ? k.doel.abs().lessThanOrEqualTo(1) : true;
      const notatie = pct ? NOTATIE.percentage : NOTATIE.getal2;
      if (k.doel) p.zet(`B${rij}`, getal(k.doel), { getalnotatie: notatie });
      if (k.richting) p.zet(`C${rij}`, k.richting);
      u.deelnemers.forEach((d, i) => {
        const g = k.perGemeente.find((x) => x.gemeente === d.gemeente)?.realisatie;
        if (g) p.invoer(`${gemKol(i)}${rij}`, g, notatie);
      });
      if (k.doel && k.richting) {
        const bereik = `${gemKol(0)}${rij}:${gemKol(n - 1)}${rij}`;
        const behaald = k.perGemeente.filter((x) => x.behaald).length;
        p.formule(
          `${behaaldKol}${rij}`,
          `=IF(C${rij}="hoger",COUNTIF(${bereik},">="&B${rij}),COUNTIF(${bereik},"<="&B${rij}))`,
          behaald,
          "0",
        );
      }
      rij++;
    }
    rij++;
  }

  return rij;
}

/** G: quasi-inbesteding of Almelo; returns the next free row. */
function sectieInbesteding(p: Plan, u: ConsolidatieUitkomst, x: Indeling, rij: number): number {
  const { aEerste, aTotaal } = x;
  if (u.inbesteding) {
    const ib = u.inbesteding;
    p.zet(`A${rij}`, "Quasi-inbesteding: aandeel van Almelo in de omzet van Ontplooj (norm ten minste 80%)", {
      stijl: STIJL.sectie,
    });
    rij++;
    const almeloRij = rij;
    p.zet(
      `A${rij}`,
      ib.bron === "omzet" ? "Omzet Almelo (DVO en maatwerk)" : "Nacalculatie Almelo (alleen DVO)",
    );
    const totaalRij = rij + 1;
    p.zet(`A${totaalRij}`, ib.bron === "omzet" ? "Omzet totaal" : "Nacalculaties totaal (alleen DVO)");
    if (ib.bron === "omzet" && u.omzet) {
      const cellen = (alleenAlmelo: boolean) =>
        u
          .omzet!.regels.filter((r) => !alleenAlmelo || r.gemeente === "Almelo")
          .flatMap((r) => [r.dvo, ...(r.maatwerk ? [r.maatwerk] : [])])
          .map(operand);
      const a = cellen(true);
      p.formule(
        `B${almeloRij}`,
        a.length ? `=SUM(${a.join(",")})` : "=0",
        getal(ib.omzetAlmelo),
        NOTATIE.bedrag,
      );
      p.formule(`B${totaalRij}`, `=SUM(${cellen(false).join(",")})`, getal(ib.omzetTotaal), NOTATIE.bedrag);
    } else {
      const ai = u.deelnemers.findIndex((d) => d.gemeente === "Almelo");
      p.formule(`B${almeloRij}`, ai >= 0 ? `=F${aEerste + ai}` : "=0", getal(ib.omzetAlmelo), NOTATIE.bedrag);
      p.formule(`B${totaalRij}`, `=F${aTotaal}`, getal(ib.omzetTotaal), NOTATIE.bedrag);
    }
    p.zet(`A${rij + 2}`, "Aandeel Almelo");
    p.formule(
      `B${rij + 2}`,
      `=B${almeloRij}/B${totaalRij}`,
      getal(ib.aandeel),
      NOTATIE.percentage,
      STIJL.saldo,
    );
    p.zet(`A${rij + 3}`, "Voldoet aan 80%");
    p.formule(
      `B${rij + 3}`,
      `=IF(B${rij + 2}>=${INBESTEDING_NORM.toString()},"ja","nee")`,
      ib.voldoet ? "ja" : "nee",
    );
    rij += 5;
  }

  return rij;
}

/** H: the taakstelling beschut werk; returns the next free row. */
function sectieTaakstelling(p: Plan, u: ConsolidatieUitkomst, rij: number): number {
  if (u.taakstelling.length > 0) {
    p.zet(`A${rij}`, `Taakstelling beschut werk ${u.jaar} tegen gerealiseerde plaatsen`, {
      stijl: STIJL.sectie,
    });
    rij++;
    p.koppen(rij, ["Gemeente", "Taakstelling", "Gerealiseerd", "Nog te realiseren", "Realisatiegraad"]);
    rij++;
    for (const ts of u.taakstelling) {
      p.zet(`A${rij}`, ts.gemeente);
      p.zet(`B${rij}`, ts.taakstelling, { getalnotatie: "0" });
      if (ts.gerealiseerd && ts.gat) {
        p.invoer(`C${rij}`, ts.gerealiseerd, "0");
        p.formule(`D${rij}`, `=B${rij}-C${rij}`, getal(ts.gat), "0");
        p.formule(
          `E${rij}`,
          `=C${rij}/B${rij}`,
          getal(ts.gerealiseerd.waarde.div(ts.taakstelling)),
          NOTATIE.percentage,
        );
      } else p.zet(`C${rij}`, "niet opgegeven", { stijl: STIJL.toelichting });
      rij++;
    }
  }

  return rij;
}

/**
 * The overview plan of a consolidation. Sections, top to bottom: the settlement per municipality,
 * the Ontplooj-wide realised tariffs with the conservation check, the split per service and
 * municipality, the result per fte per work type (with its chart), table 7.5 (2023), the KPIs,
 * quasi-inbesteding and the taakstelling.
 */
export function maakOverzichtPlan(u: ConsolidatieUitkomst): BladPlan {
  const p = new Plan();
  p.zet("A1", `Overzicht Ontplooj ${u.jaar}: de ${u.deelnemers.length} gemeenten samen`, {
    stijl: STIJL.titel,
  });
  p.zet("A2", OVERZICHT_MARKERING, { stijl: STIJL.toelichting });
  p.zet("A3", "Bedragen in euro's; + = de gemeente betaalt Ontplooj, − = Ontplooj betaalt de gemeente.", {
    stijl: STIJL.toelichting,
  });

  const x = indeling(u);
  sectieGemeenten(p, u, x);
  sectieTarieven(p, u, x);
  sectieVerdeling(p, u, x);
  const { rij: na, grafieken } = sectieWerksoorten(p, u, x);
  let rij = sectieTabel75(p, u, x, na);
  rij = sectieKpis(p, u, x, rij);
  rij = sectieInbesteding(p, u, x, rij);
  rij = sectieTaakstelling(p, u, rij);
  const gebied = `A1:${LAATSTE_KOLOM}${Math.max(MINIMAAL_GEBIED_RIJEN, rij + 10)}`;
  p.namen.push({ naam: OVERZICHT_NAMEN.gebied, adres: gebied });
  const plan: BladPlan = {
    blad: OVERZICHT_BLAD,
    gebied,
    cellen: [...p.cellen.values()],
    namen: p.namen,
    kolombreedtes: {
      A: 46,
      B: 18,
      C: 18,
      D: 18,
      E: 18,
      F: 18,
      G: 18,
      H: 18,
      I: 18,
      J: 24,
      K: 16,
      L: 18,
      M: 18,
    },
  };
  if (grafieken.length > 0) plan.grafieken = grafieken;
  return plan;
}

/** The index factor as a formula of the published increases: =(1+0.091)*(1+0.06), or its inverse. */
function indexFormule(jaar: number, basisjaar: number): string {
  if (jaar === basisjaar) return "1";
  const [van, tot] = jaar < basisjaar ? [jaar, basisjaar] : [basisjaar, jaar];
  const delen: string[] = [];
  for (let y = van + 1; y <= tot; y++) delen.push(`(1+${LOONSTIJGING_AMBTENAREN.get(y)!.toString()})`);
  const product = delen.join("*");
  return jaar < basisjaar ? product : `1/(${product})`;
}
