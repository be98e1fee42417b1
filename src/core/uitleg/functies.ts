// The explanation of an =ONTPLOOJ.* function in a cell whose arguments are cell references (or
// literals): VOORCALC, NACALC, VOORSCHOT, TARIEF and OPRESULT, computed with the same core functions
// the custom functions call (src/functions/functions.ts), read with the same notation rule.
import { bladVerwijzing, type CelWaarde } from "../grid";
import { InvoerFout } from "../fouten";
import { Decimal, NUL, centenBedragVanCel, parseGetal, rondCenten, som as somVan } from "../money";
import {
  bijdrage,
  gerealiseerdTarief,
  operationeelResultaat,
  saldoEindafrekening,
  voorschotTermijn,
  type Regel,
} from "../settlement";
import { calculatieUitleg, regelUitleg } from "./calculatie";
import { afronding, constante, knoop, product, quotient, som, verschil } from "./knoop";
import type { UitlegKnoop, UitlegSoort } from "./model";

export const UITLEGBARE_FUNCTIES = ["VOORCALC", "NACALC", "VOORSCHOT", "TARIEF", "OPRESULT"] as const;
export type UitlegbareFunctie = (typeof UITLEGBARE_FUNCTIES)[number];

/** One value of an argument: a cell (with its sheet and address) or, without them, a literal in the formula. */
export interface FunctieWaarde {
  ruw: CelWaarde;
  blad?: string;
  cel?: string;
}

/** An argument: the cells of its reference, row-major, or one literal; empty or absent when omitted. */
export type FunctieArgument = readonly FunctieWaarde[] | undefined;

export type FunctieUitleg = { knoop: UitlegKnoop } | { reden: string };

/** A Dutch refusal that names the cell; becomes `{ reden }`. */
class Onuitlegbaar extends Error {}

function waar(w: FunctieWaarde, naam: string): string {
  return w.blad && w.cel ? `${naam} (${bladVerwijzing(w.blad, w.cel)})` : naam;
}

function isLeeg(ruw: CelWaarde): boolean {
  return ruw === null || (typeof ruw === "string" && ruw.trim() === "");
}

/** A cell as the custom functions read it: an empty cell is 0, text in Dutch notation. */
function leesGetal(w: FunctieWaarde, naam: string): Decimal {
  if (typeof w.ruw === "number") return new Decimal(String(w.ruw));
  if (isLeeg(w.ruw)) return NUL;
  if (typeof w.ruw === "boolean")
    throw new Onuitlegbaar(`${waar(w, naam)} is een logische waarde, geen getal`);
  const r = parseGetal(w.ruw, { notatie: "nl" });
  if (!r.ok) throw new Onuitlegbaar(`${waar(w, naam)}: ${r.reden}`);
  return r.waarde;
}

/** The leaf of one value: an input cell with its raw content, or a literal of the formula. */
function blad(label: string, w: FunctieWaarde, waarde: Decimal | string, soort: UitlegSoort): UitlegKnoop {
  if (w.blad && w.cel) {
    const ingevuld =
      typeof w.ruw === "string" && typeof waarde !== "string"
        ? "als tekst ingevuld"
        : typeof w.ruw === "number" && typeof waarde !== "string" && !waarde.equals(String(w.ruw))
          ? "zoals Excel het toont (15 significante cijfers)"
          : "ingevuld";
    return {
      ...knoop(label, waarde, soort, { soort: "invoer" }, `${ingevuld} in ${bladVerwijzing(w.blad, w.cel)}`),
      bron: { blad: w.blad, cel: w.cel, ruw: w.ruw },
    };
  }
  return constante(label, waarde, soort, "in de formule getypt");
}

function cellen(a: FunctieArgument): readonly FunctieWaarde[] {
  return a ?? [];
}

function weggelaten(a: FunctieArgument): boolean {
  return cellen(a).length === 0 || (cellen(a).length === 1 && isLeeg(cellen(a)[0].ruw));
}

function enkel(a: FunctieArgument, naam: string): FunctieWaarde {
  const c = cellen(a);
  if (c.length !== 1)
    throw new Onuitlegbaar(`${naam} moet één waarde zijn, geen bereik van ${c.length} cellen`);
  return c[0];
}

function rijLabel(naam: string, i: number, n: number): string {
  return n === 1 ? naam : `${naam} (rij ${i + 1})`;
}

/** The sum of an argument's cells: the leaf itself for one cell, else a sum node over the leaves. */
function somArgument(a: FunctieArgument, naam: string, label: string, soort: UitlegSoort): UitlegKnoop {
  const c = cellen(a);
  if (c.length === 0) throw new Onuitlegbaar(`${naam} ontbreekt`);
  const leaves = c.map((w, i) => blad(rijLabel(label, i, c.length), w, leesGetal(w, naam), soort));
  if (leaves.length === 1) return leaves[0];
  const s = som(
    label,
    somVan(leaves.map((k) => new Decimal(k.waarde))),
    leaves,
    `som van ${c.length} cellen`,
  );
  s.soort = soort;
  return s;
}

/** The risk surcharge: the argument's cell, or none when omitted (as the functions do). */
function percentage(a: FunctieArgument): { waarde: Decimal; knoop: UitlegKnoop } {
  if (weggelaten(a))
    return { waarde: NUL, knoop: constante("Risico-opslag", NUL, "percentage", "niet opgegeven") };
  const w = enkel(a, "risico_opslag");
  const p = leesGetal(w, "risico_opslag");
  if (p.greaterThan(1)) throw new Onuitlegbaar(`${waar(w, "risico_opslag")} is meer dan 100%`);
  if (p.isNegative()) throw new Onuitlegbaar(`${waar(w, "risico_opslag")} kan niet negatief zijn`);
  return { waarde: p, knoop: blad("Risico-opslag", w, p, "percentage") };
}

/** Tariffs and counts row by row, rows empty in both skipped, as the functions' perRegel reads them. */
function calculatie(
  tarieven: FunctieArgument,
  aantallen: FunctieArgument,
  opslag: FunctieArgument,
  wat: string,
) {
  const t = cellen(tarieven);
  const a = cellen(aantallen);
  if (t.length !== a.length)
    throw new Onuitlegbaar(
      `tarieven en aantallen moeten even veel cellen hebben (${t.length} en ${a.length})`,
    );
  const regels: Regel[] = [];
  const bladen: [UitlegKnoop, UitlegKnoop][] = [];
  t.forEach((tw, i) => {
    const aw = a[i];
    if (isLeeg(tw.ruw) && isLeeg(aw.ruw)) return;
    const tarief = leesGetal(tw, "tarieven");
    const aantal = leesGetal(aw, "aantallen");
    if (aantal.isNegative()) throw new Onuitlegbaar(`${waar(aw, "aantallen")} kan niet negatief zijn`);
    regels.push({ tarief, aantal });
    bladen.push([
      blad(rijLabel("Tarief", i, t.length), tw, tarief, "bedrag"),
      blad(rijLabel("Aantal", i, t.length), aw, aantal, "getal"),
    ]);
  });
  if (regels.length === 0) throw new Onuitlegbaar("tarieven en aantallen zijn leeg");
  const pct = percentage(opslag);
  const c = bijdrage(regels, pct.waarde);
  const regelBomen = c.regels.map((r, i) =>
    regelUitleg(rijLabel("Bedrag", i, c.regels.length), r, bladen[i][0], bladen[i][1]),
  );
  return calculatieUitleg(c, regelBomen, pct.knoop, {
    subtotaal: "Subtotaal",
    kosten: "Kostenregels (grondslag risico-opslag)",
    opslag: "Risico-opslag",
    totaal: wat,
  }).totaal;
}

function voorcalc(args: readonly FunctieArgument[]): UitlegKnoop {
  return calculatie(args[0], args[1], args[2], "Voorcalculatie (VOORCALC)");
}

function nacalc(args: readonly FunctieArgument[]): UitlegKnoop {
  const totaal = calculatie(args[0], args[1], args[3], "Nacalculatie");
  const betaald = somArgument(args[2], "voorschotten", "Voorschotten betaald", "bedrag");
  const bijdrage = new Decimal(totaal.waarde);
  const v = new Decimal(betaald.waarde);
  const { saldo } = saldoEindafrekening(bijdrage, [v]);
  return afronding(
    "Saldo (NACALC)",
    saldo,
    verschil("Saldo, onafgerond", bijdrage.minus(v), totaal, betaald, "nacalculatie − voorschotten betaald"),
    "nacalculatie − voorschotten betaald, afgerond op centen",
  );
}

function voorschot(args: readonly FunctieArgument[]): UitlegKnoop {
  const jw = enkel(args[0], "jaarbedrag");
  const nw = enkel(args[1], "aantal_termijnen");
  const kw = enkel(args[2], "termijn");
  // Read as the function reads it: a number cell with binary noise as Excel shows it.
  const jaarbedrag = centenBedragVanCel(leesGetal(jw, "jaarbedrag"), jw.ruw);
  const n = leesGetal(nw, "aantal_termijnen");
  const k = leesGetal(kw, "termijn");
  if (!n.isInteger() || !k.isInteger() || n.greaterThan(366))
    throw new Onuitlegbaar("aantal_termijnen en termijn moeten gehele getallen zijn (hooguit 366 termijnen)");
  const deel = voorschotTermijn(jaarbedrag, n.toNumber(), k.toNumber());
  return knoop(
    `Voorschot termijn ${k.toFixed()} van ${n.toFixed()} (VOORSCHOT)`,
    deel,
    "bedrag",
    { soort: "grootsteRest", aandeel: k.toNumber() - 1, totaalIndex: 0, delen: n.toNumber() },
    `jaarbedrag in ${n.toFixed()} gelijke delen op centen, grootste-restverdeling: termijn ${k.toFixed()}`,
    [
      blad("Jaarbedrag", jw, jaarbedrag, "bedrag"),
      blad("Aantal termijnen", nw, n, "getal"),
      blad("Termijn", kw, k, "getal"),
    ],
  );
}

function tarief(args: readonly FunctieArgument[]): UitlegKnoop {
  const soortTekst = weggelaten(args[2])
    ? ""
    : String(enkel(args[2], "soort").ruw ?? "")
        .trim()
        .toLowerCase();
  if (!["", "kosten", "opbrengst", "opbrengsten"].includes(soortTekst))
    throw new Onuitlegbaar(`soort moet "kosten" of "opbrengst" zijn`);
  const opbrengst = soortTekst.startsWith("opbrengst");
  const bedrag = somArgument(
    args[0],
    "bedrag",
    opbrengst ? "Gerealiseerde opbrengsten" : "Gerealiseerde kosten",
    "bedrag",
  );
  const eenheden = somArgument(args[1], "eenheden", "Gerealiseerde eenheden", "getal");
  const b = new Decimal(bedrag.waarde);
  const n = new Decimal(eenheden.waarde);
  const t = gerealiseerdTarief(opbrengst ? "opbrengst" : "kosten", b, n);
  const label = "Gerealiseerd tarief (TARIEF)";
  if (!opbrengst) return quotient(label, t, bedrag, eenheden, "kosten / eenheden, niet afgerond");
  const min = constante("Teken opbrengst", new Decimal(-1), "getal", "een opbrengst vloeit terug: min");
  const deel = quotient(`${label}, zonder teken`, b.div(n), bedrag, eenheden, "opbrengsten / eenheden");
  return product(label, t, [min, deel], "−opbrengsten / eenheden, niet afgerond");
}

function opresult(args: readonly FunctieArgument[]): UitlegKnoop {
  const opbrengsten = somArgument(args[0], "opbrengsten", "Bedrijfsopbrengsten", "bedrag");
  const kosten = somArgument(args[1], "kosten", "Bedrijfskosten", "bedrag");
  const fteW = weggelaten(args[2]) ? undefined : enkel(args[2], "fte");
  const fte = fteW && leesGetal(fteW, "fte");
  const or = operationeelResultaat({
    opbrengsten: new Decimal(opbrengsten.waarde),
    kosten: new Decimal(kosten.waarde),
    ...(fte ? { fte } : {}),
  });
  const resultaat = verschil(
    "Operationeel resultaat",
    or.resultaat,
    opbrengsten,
    kosten,
    "opbrengsten − kosten",
  );
  if (!fteW || !fte || !or.perFte)
    return afronding(
      "Operationeel resultaat (OPRESULT)",
      rondCenten(or.resultaat),
      resultaat,
      "opbrengsten − kosten, afgerond op centen",
    );
  const perFte = quotient(
    "Resultaat per fte, onafgerond",
    or.perFte,
    resultaat,
    blad("Fte", fteW, fte, "getal"),
    "resultaat / fte",
  );
  return afronding(
    "Resultaat per fte (OPRESULT)",
    rondCenten(or.perFte),
    perFte,
    "resultaat / fte, afgerond op centen",
  );
}

const FUNCTIES: Record<UitlegbareFunctie, (args: readonly FunctieArgument[]) => UitlegKnoop> = {
  VOORCALC: voorcalc,
  NACALC: nacalc,
  VOORSCHOT: voorschot,
  TARIEF: tarief,
  OPRESULT: opresult,
};

/**
 * The tree of a function's result from its arguments' cells (`naam` with or without "ONTPLOOJ.",
 * any case). `plek` is the cell holding the formula. A Dutch `reden` when the function is not one
 * of UITLEGBARE_FUNCTIES or its arguments give an error (the cell then shows that error too).
 */
export function uitlegFunctie(
  naam: string,
  argumenten: readonly FunctieArgument[],
  plek?: { blad: string; cel: string },
): FunctieUitleg {
  const kaal = naam
    .trim()
    .toUpperCase()
    .replace(/^=?(?:ONTPLOOJ\.)?/, "") as UitlegbareFunctie;
  const functie = FUNCTIES[kaal];
  if (!functie)
    return { reden: `Alleen ${UITLEGBARE_FUNCTIES.join(", ")} zijn uit te leggen, niet ${naam.trim()}.` };
  try {
    const k = functie(argumenten);
    if (plek) k.plek = plek;
    return { knoop: k };
  } catch (e) {
    if (e instanceof Onuitlegbaar || e instanceof InvoerFout)
      return { reden: `${kaal} is niet uit te leggen: ${e.message}.` };
    throw e;
  }
}
