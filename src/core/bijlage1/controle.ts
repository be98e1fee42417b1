// Validator: the Bijlage1 model → findings with stable codes, exact cells and Dutch messages.
import {
  dienstOnbekendBericht,
  EENHEDEN,
  GEMEENTEN,
  koopt,
  zoekEenheid,
  type Dienst,
  type DienstCode,
  type Werksoort,
} from "../catalogue";
import { adres } from "../grid";
import {
  dec,
  formatBedrag,
  formatGetal,
  formatPercentage,
  rondCenten,
  som,
  zoalsExcelToont,
  type Decimal,
} from "../money";
import { regelBedrag } from "../settlement";
import {
  gerealiseerdTariefVan,
  kostprijsVan,
  tariefUitKostprijzen,
  voorcalculatieVan,
  type GerealiseerdTarief,
} from "./berekening";
import { Melder, toon } from "./melder";
import type { Bijlage1, ControleOpties, DienstKolom, DienstRegel, Gevonden, TotaalRij } from "./model";

export const STANDAARD_OPTIES: Required<ControleOpties> = {
  notatie: "nl",
  maxAfwijkingTarief: 0.1,
  maxAfwijkingBenchmark: 0.25,
  jaarVan: 2021,
  jaarTot: 2031,
};

export function controleer(model: Bijlage1, melder: Melder, opties: Required<ControleOpties>): void {
  controleerKop(model, melder, opties);
  controleerDiensten(model, melder, opties);
  controleerTotalen(model, melder);
  controleerKostprijzen(model, melder);
  controleerVoorschotten(model, melder);
  controleerKpis(model, melder);
}

function controleerKop(model: Bijlage1, melder: Melder, opties: Required<ControleOpties>): void {
  if (model.gemeente && !model.gemeenteInfo) {
    melder.fout(
      "GEMEENTE_ONBEKEND",
      `'${model.gemeente.waarde}' in ${model.gemeente.cel} is geen DVO-gemeente van Ontplooj.`,
      model.gemeente,
      GEMEENTEN.map((g) => g.naam).join(", "),
      toon(model.gemeente.ruw),
    );
  }
  if (model.jaar && (model.jaar.waarde < opties.jaarVan || model.jaar.waarde > opties.jaarTot)) {
    melder.fout(
      "JAAR_ONWAARSCHIJNLIJK",
      `Het jaar ${model.jaar.waarde} in ${model.jaar.cel} valt buiten de looptijd van de DVO (${opties.jaarVan}–${opties.jaarTot}).`,
      model.jaar,
      `${opties.jaarVan}–${opties.jaarTot}`,
      String(model.jaar.waarde),
    );
  }
  const g = model.gemeenteInfo;
  const r = model.risicoOpslag;
  if (r) {
    if (r.waarde.isNegative() || r.waarde.greaterThanOrEqualTo(1)) {
      const hint = r.waarde.greaterThanOrEqualTo(1) ? `; bedoelt u ${formatGetal(r.waarde, 2)}%?` : "";
      melder.fout(
        "RISICO_OPSLAG_ONGELDIG",
        `De risico-opslag in ${r.cel} moet tussen 0 en 100% liggen${hint}`,
        r,
        "bijvoorbeeld 2% of 0,02",
        toon(r.ruw),
      );
      return;
    }
  }
  if (!g) return;
  if (!g.risicoOpslag && r && !r.waarde.isZero()) {
    melder.fout(
      "RISICO_OPSLAG_ALMELO",
      `${g.naam} betaalt geen risico-opslag, maar ${r.cel} noemt ${formatPercentage(r.waarde)}.`,
      r,
      "0%",
      formatPercentage(r.waarde),
    );
  }
  if (g.risicoOpslag && (!r || r.waarde.isZero())) {
    melder.fout(
      "RISICO_OPSLAG_ONTBREEKT",
      `${g.naam} betaalt een risico-opslag op de diensten die zij afneemt, maar ${r ? `${r.cel} is 0` : "het label 'Risico-opslag' ontbreekt"}.`,
      r ?? { blad: model.blad },
      "een percentage boven 0",
      r ? toon(r.ruw) : "(ontbreekt)",
    );
  }
}

function soortNaam(d: Dienst): string {
  return d.soort === "kosten" ? "een kostendienst (positief tarief)" : "een opbrengst (negatief tarief)";
}

function controleerTeken(d: Dienst, t: Gevonden<Decimal> | undefined, wat: string, melder: Melder): void {
  if (!t || t.waarde.isZero()) return;
  const goed = d.soort === "kosten" ? t.waarde.isPositive() : t.waarde.isNegative();
  if (goed) return;
  melder.fout(
    "TARIEF_TEKEN",
    `${wat} van '${d.label}' in ${t.cel} is ${t.waarde.isNegative() ? "negatief" : "positief"}, maar dit is ${soortNaam(d)}.`,
    t,
    d.soort === "kosten" ? "positief" : "negatief",
    formatGetal(t.waarde),
  );
}

/** A found number as Excel shows it (money.ts zoalsExcelToont); text typed in a cell is read exactly. */
function zoalsGetoond(g: Gevonden<Decimal>): Decimal {
  return typeof g.ruw === "number" ? zoalsExcelToont(g.ruw) : g.waarde;
}

/** DOMAIN.md §3: a budgeted tariff is whole euros. Realised tariffs are exact quotients, not checked. */
function controleerGeheelTarief(d: Dienst, t: Gevonden<Decimal> | undefined, melder: Melder): void {
  if (!t) return;
  const w = zoalsGetoond(t);
  if (w.isInteger()) return;
  const gevonden = formatGetal(w, Math.max(2, w.decimalPlaces()));
  melder.waarschuwing(
    "TARIEF_NIET_GEHEEL",
    `Het tarief van '${d.label}' in ${t.cel} is ${gevonden}, geen heel bedrag in euro's; de tarieven van de DVO zijn hele euro's.`,
    t,
    "hele euro's",
    gevonden,
  );
}

function controleerAantal(d: Dienst, a: Gevonden<Decimal> | undefined, wat: string, melder: Melder): void {
  if (!a) return;
  if (a.waarde.isNegative()) {
    melder.fout(
      "AANTAL_NEGATIEF",
      `${wat} van '${d.label}' in ${a.cel} is negatief.`,
      a,
      "0 of meer",
      formatGetal(a.waarde, 4),
    );
    return;
  }
  if (EENHEDEN[d.eenheid].geheel && !a.waarde.isInteger()) {
    melder.fout(
      "AANTAL_NIET_GEHEEL",
      `${wat} van '${d.label}' in ${a.cel} moet een geheel aantal ${EENHEDEN[d.eenheid].label.replace(/^aantal /, "")} zijn.`,
      a,
      "een geheel getal",
      formatGetal(a.waarde, 4),
    );
  }
}

/** Same-sheet cell references in a formula ("=C12*D12" → rows 11, 11); other sheets are skipped. */
function verwezenRijen(formule: string): number[] {
  const zonderTekst = formule.replace(/"[^"]*"/g, "");
  const rijen: number[] = [];
  // Not preceded by a sheet name ("!"), a letter, digit or quote; not followed by "(" (a function).
  const re = /(?<![A-Za-z0-9_.!'$])\$?([A-Z]{1,3})\$?([0-9]+)(?![0-9A-Za-z_(])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(zonderTekst)) !== null) rijen.push(Number(m[2]) - 1);
  return rijen;
}

/** True when a is about 1,000 times b or the other way round: a thousands separator read as a decimal one. */
function duizendvoud(a: Decimal, b: Decimal): boolean {
  if (a.isZero() || b.isZero()) return false;
  const f = a.div(b).abs();
  const g = f.greaterThan(1) ? f : dec(1).div(f);
  return g.greaterThan(500) && g.lessThan(2000);
}

/**
 * The services table, row by row (one pass), then across rows: every row's service, unit, signs,
 * counts, budget amount and realised tariff; then fte against nominal headcount per work type.
 */
function controleerDiensten(model: Bijlage1, melder: Melder, opties: Required<ControleOpties>): void {
  const gezien = new Map<DienstCode, DienstRegel>();
  for (const r of model.diensten.regels) {
    const d = controleerDienst(model, r, gezien, melder);
    if (!d) continue;
    controleerEenheid(model, r, d, melder);
    controleerTeken(d, r.tarief, "Het tarief", melder);
    controleerGeheelTarief(d, r.tarief, melder);
    controleerTeken(d, r.tariefGerealiseerd, "Het gerealiseerde tarief", melder);
    controleerAantal(d, r.aantalBegroot, "Het begrote aantal", melder);
    controleerAantal(d, r.aantalGerealiseerd, "Het gerealiseerde aantal", melder);
    controleerBedragBegroot(r, d, melder);
    controleerTariefbronnen(model, r, d, melder);
    const gt = gerealiseerdTariefVan(model, r);
    controleerGerealiseerdTarief(r, d, gt, melder, opties);
    controleerBenchmark(r, d, gt, melder, opties);
  }
  controleerFteTegenNominaal(gezien.values(), melder);
  meldZonderRealisatie(model, melder);
}

/**
 * The row's service: known, once in the table, and bought by this municipality. Returns the
 * service when the row's other checks apply (an unknown service has nothing to check against).
 */
function controleerDienst(
  model: Bijlage1,
  r: DienstRegel,
  gezien: Map<DienstCode, DienstRegel>,
  melder: Melder,
): Dienst | undefined {
  const d = r.dienst;
  const g = model.gemeenteInfo;
  if (!d) {
    meldOnbekendeDienst(r.omschrijving, melder);
    return undefined;
  }
  const eerder = gezien.get(d.code);
  if (eerder) {
    melder.fout(
      "DIENST_DUBBEL",
      `'${d.label}' staat twee keer in de dienstentabel: ${eerder.omschrijving.cel} en ${r.omschrijving.cel}.`,
      r.omschrijving,
      "één regel per dienst",
      toon(r.omschrijving.ruw),
    );
  } else {
    gezien.set(d.code, r);
  }
  if (g && !koopt(g, d.code)) {
    if (d.maatwerk) {
      melder.waarschuwing(
        "DIENST_MAATWERK",
        `'${d.label}' (${r.omschrijving.cel}) is maatwerk en wordt buiten de DVO apart afgesproken.`,
        r.omschrijving,
        "alleen DVO-diensten",
        d.label,
      );
    } else {
      melder.fout(
        "DIENST_NIET_AFGENOMEN",
        `${g.naam} neemt '${d.label}' (${r.omschrijving.cel}) niet af van Ontplooj${g.viaSpn ? "; dit doet SPN" : ""}.`,
        r.omschrijving,
        "alleen diensten die de gemeente afneemt",
        d.label,
      );
    }
  }

  return d;
}

/** The unit column, when there is one: filled in and the catalogue's unit for the service. */
function controleerEenheid(model: Bijlage1, r: DienstRegel, d: Dienst, melder: Melder): void {
  const eenheid = EENHEDEN[d.eenheid];
  if (model.diensten.kolommen.eenheid) {
    if (!r.eenheid) {
      const k = model.diensten.kolommen.eenheid;
      const p = { blad: model.blad, cel: adres(r.rij, k.kolom) };
      melder.fout(
        "WAARDE_ONTBREEKT",
        `De eenheid van '${d.label}' ontbreekt in ${p.cel}.`,
        p,
        eenheid.label,
        "(leeg)",
      );
    } else if (zoekEenheid(r.eenheid.waarde)?.code !== d.eenheid) {
      melder.fout(
        "EENHEID_AFWIJKEND",
        `De eenheid van '${d.label}' in ${r.eenheid.cel} is '${r.eenheid.waarde}'; de catalogus rekent in '${eenheid.label}'.`,
        r.eenheid,
        eenheid.label,
        toon(r.eenheid.ruw),
      );
    }
  }
}

/** Bedrag begroot = tarief × aantal, to the cent; a formula pointing at another row is named. */
function controleerBedragBegroot(r: DienstRegel, d: Dienst, melder: Melder): void {
  if (r.bedragBegroot && r.tarief && r.aantalBegroot) {
    const verwacht = regelBedrag(r.tarief.waarde, r.aantalBegroot.waarde);
    const gevonden = rondCenten(r.bedragBegroot.waarde);
    const f = r.bedragBegroot.formule;
    const andereRij = f ? verwezenRijen(f).find((rij) => rij !== r.rij) : undefined;
    const rijTekst =
      andereRij !== undefined
        ? ` De formule ${f} verwijst naar rij ${andereRij + 1} in plaats van rij ${r.rij + 1}.`
        : "";
    if (!verwacht.equals(gevonden)) {
      melder.fout(
        "BEDRAG_AFWIJKEND",
        `Bedrag begroot van '${d.label}' in ${r.bedragBegroot.cel} is ${formatBedrag(gevonden)}, maar tarief × aantal is ${formatBedrag(verwacht)}.${rijTekst}${duizendvoud(gevonden, verwacht) ? " Dat scheelt een factor 1.000: staat een getal in een andere notatie (punt en komma verwisseld)?" : ""}`,
        r.bedragBegroot,
        verwacht.toFixed(2),
        gevonden.toFixed(2),
      );
    } else if (andereRij !== undefined) {
      melder.waarschuwing(
        "BEDRAG_FORMULE_RIJ",
        `De formule ${f} in ${r.bedragBegroot.cel} verwijst naar rij ${andereRij + 1} in plaats van rij ${r.rij + 1}; de uitkomst klopt nu toevallig.`,
        r.bedragBegroot,
        `een formule op rij ${r.rij + 1}`,
        f,
      );
    }
  }
}

/** A realised tariff in the table and one computed from Kostprijzen agree to the cent. */
function controleerTariefbronnen(model: Bijlage1, r: DienstRegel, d: Dienst, melder: Melder): void {
  if (r.tariefGerealiseerd) {
    const k = kostprijsVan(model, d);
    const uitKostprijzen = k ? tariefUitKostprijzen(d, k) : undefined;
    if (
      uitKostprijzen &&
      !rondCenten(uitKostprijzen.tarief).equals(rondCenten(r.tariefGerealiseerd.waarde))
    ) {
      melder.waarschuwing(
        "TARIEF_GEREALISEERD_STRIJDIG",
        `Het gerealiseerde tarief van '${d.label}' in ${r.tariefGerealiseerd.cel} (${formatGetal(r.tariefGerealiseerd.waarde)}) wijkt af van Kostprijzen (${formatGetal(uitKostprijzen.tarief)}); de afrekening gebruikt ${r.tariefGerealiseerd.cel}.`,
        r.tariefGerealiseerd,
        rondCenten(uitKostprijzen.tarief).toFixed(2),
        rondCenten(r.tariefGerealiseerd.waarde).toFixed(2),
      );
    }
  }
}

/** Where a realised tariff comes from, as the messages say it: its cell, or computed from Kostprijzen. */
function herkomst(gt: GerealiseerdTarief): string {
  return gt.bron.soort === "kostprijzen"
    ? `berekend uit blad Kostprijzen, eenheden in ${gt.bron.eenheden.cel}`
    : `in ${gt.bron.cel.cel}`;
}

/** A realised count needs a realised tariff, which stays near the budget tariff. */
function controleerGerealiseerdTarief(
  r: DienstRegel,
  d: Dienst,
  gt: GerealiseerdTarief | undefined,
  melder: Melder,
  opties: Required<ControleOpties>,
): void {
  if (r.aantalGerealiseerd && !gt) {
    melder.fout(
      "TARIEF_GEREALISEERD_ONTBREEKT",
      `Voor '${d.label}' (${r.aantalGerealiseerd.cel}) is geen gerealiseerd tarief: vul 'Tarief gerealiseerd' in of geef kosten/opbrengsten en eenheden op blad Kostprijzen.`,
      r.aantalGerealiseerd,
      "een gerealiseerd tarief",
      "(ontbreekt)",
    );
  }
  if (gt && r.tarief && !r.tarief.waarde.isZero()) {
    const afwijking = gt.tarief.minus(r.tarief.waarde).div(r.tarief.waarde.abs());
    const factor = gt.tarief.div(r.tarief.waarde);
    // A budget tariff of the wrong sign is TARIEF_TEKEN already; comparing with it would say it twice.
    const begrootGoed = d.soort === "kosten" ? r.tarief.waarde.isPositive() : r.tarief.waarde.isNegative();
    if (
      begrootGoed &&
      !gt.tarief.isZero() &&
      (factor.isNegative() || factor.greaterThan(2) || factor.lessThan(0.5))
    ) {
      // Beyond a factor 2 (or the other sign) a realised tariff is almost surely misread or mistyped.
      const cel = gt.bron.soort === "kolom" ? gt.bron.cel : gt.bron.eenheden;
      melder.fout(
        "TARIEF_ONWAARSCHIJNLIJK",
        `Het gerealiseerde tarief van '${d.label}' (${formatGetal(gt.tarief)}, ${herkomst(gt)}) is ${factor.isNegative() ? "van het andere teken dan" : `${formatGetal(factor.abs(), 2)} keer`} het begrote tarief ${formatGetal(r.tarief.waarde)} in ${r.tarief.cel}. Controleer het getal en de notatie (7.150 of 7,150).`,
        cel,
        `tussen ${formatGetal(r.tarief.waarde.div(2))} en ${formatGetal(r.tarief.waarde.times(2))}`,
        formatGetal(gt.tarief),
      );
    } else if (afwijking.abs().greaterThan(opties.maxAfwijkingTarief)) {
      const cel = gt.bron.soort === "kolom" ? gt.bron.cel : r.tarief;
      melder.info(
        "TARIEF_AFWIJKING_BEGROTING",
        `Het gerealiseerde tarief van '${d.label}' (${formatGetal(gt.tarief)}, ${herkomst(gt)}) wijkt ${formatPercentage(afwijking)} af van het begrote tarief ${formatGetal(r.tarief.waarde)} in ${r.tarief.cel}.`,
        cel,
        `binnen ${formatPercentage(opties.maxAfwijkingTarief, 0)}`,
        formatPercentage(afwijking),
      );
    }
  }
}

/** The tariff (realised, else budget) near the Cedris benchmark 2023, where the service has one. */
function controleerBenchmark(
  r: DienstRegel,
  d: Dienst,
  gt: GerealiseerdTarief | undefined,
  melder: Melder,
  opties: Required<ControleOpties>,
): void {
  if (d.benchmark2023 !== undefined) {
    const bench = dec(d.benchmark2023);
    const t = gt?.tarief ?? r.tarief?.waarde;
    const cel = gt?.bron.soort === "kolom" ? gt.bron.cel : r.tarief;
    if (t && cel) {
      const afwijking = t.minus(bench).div(bench.abs());
      if (afwijking.abs().greaterThan(opties.maxAfwijkingBenchmark)) {
        melder.info(
          "TARIEF_AFWIJKING_BENCHMARK",
          `Het tarief van '${d.label}' in ${cel.cel} (${formatGetal(t)}) wijkt ${formatPercentage(afwijking)} af van de Cedris-benchmark 2023 (${formatGetal(bench, 0)}).`,
          cel,
          formatGetal(bench, 0),
          formatGetal(t),
        );
      }
    }
  }
}

/** fte of a work type cannot exceed its nominal headcount (budget and realised). */
function controleerFteTegenNominaal(regels: Iterable<DienstRegel>, melder: Melder): void {
  const perWerksoort = new Map<Werksoort, { nominaal?: DienstRegel; fte?: DienstRegel }>();
  for (const r of regels) {
    const d = r.dienst!;
    if (!d.werksoort) continue;
    const w = perWerksoort.get(d.werksoort) ?? {};
    if (d.eenheid === "nominaal") w.nominaal = r;
    if (d.eenheid === "fte") w.fte = r;
    perWerksoort.set(d.werksoort, w);
  }
  for (const [werksoort, { nominaal, fte }] of perWerksoort) {
    if (!nominaal || !fte) continue;
    for (const [veld, wat] of [
      ["aantalBegroot", "begroot"],
      ["aantalGerealiseerd", "gerealiseerd"],
    ] as const) {
      const n = nominaal[veld];
      const f = fte[veld];
      if (n && f && f.waarde.greaterThan(n.waarde)) {
        melder.fout(
          "FTE_BOVEN_NOMINAAL",
          `${formatGetal(f.waarde)} fte ${wat} (${f.cel}) is meer dan ${formatGetal(n.waarde)} medewerkers (${n.cel}) voor ${werksoort}: fte kan niet boven het nominale aantal liggen.`,
          f,
          `hooguit ${formatGetal(n.waarde)}`,
          formatGetal(f.waarde),
        );
      }
    }
  }
}

/** Without realised counts only the voorcalculatie can be checked: said once, as info. */
function meldZonderRealisatie(model: Bijlage1, melder: Melder): void {
  if (!model.diensten.kolommen.aantalGerealiseerd) {
    const k = model.diensten.kolommen.dienst;
    melder.info(
      "GEREALISEERD_ONTBREEKT",
      `De dienstentabel (kopregel ${k.cel}) heeft geen kolom 'Aantal gerealiseerd': alleen de voorcalculatie is te controleren, een eindafrekening nog niet.`,
      k,
      "Aantal gerealiseerd",
    );
  }
}

/** A (sub)total cell against the sum of its rows: amounts to the cent, counts exactly. */
function controleerSom(
  cel: Gevonden<Decimal>,
  delen: readonly (Decimal | undefined)[],
  bedrag: boolean,
  wat: string,
  melder: Melder,
): void {
  const verwacht = som(delen.map((d) => d ?? 0));
  const klopt = bedrag ? rondCenten(cel.waarde).equals(rondCenten(verwacht)) : cel.waarde.equals(verwacht);
  if (klopt) return;
  melder.fout(
    "TOTAAL_AFWIJKEND",
    `${wat} in ${cel.cel} is ${bedrag ? formatBedrag(cel.waarde) : formatGetal(cel.waarde)}, maar de regels tellen op tot ${bedrag ? formatBedrag(verwacht) : formatGetal(verwacht)}. Maak er een SUM over precies die regels van.`,
    cel,
    bedrag ? verwacht.toFixed(2) : verwacht.toString(),
    cel.waarde.toString(),
  );
}

/** The columns a Totaal or Subtotaal row of the services table sums, with their names in messages. */
const SOM_VELDEN = [
  ["bedragBegroot", "Bedrag begroot"],
  ["aantalBegroot", "Aantal begroot"],
  ["aantalGerealiseerd", "Aantal gerealiseerd"],
] as const;

/** One Totaal or Subtotaal row: each of its amount and count cells against the rows it covers. */
function controleerSomRij(
  rij: TotaalRij<DienstKolom>,
  regels: readonly DienstRegel[],
  wat: "totaal" | "subtotaal",
  melder: Melder,
): void {
  for (const [veld, naam] of SOM_VELDEN) {
    const cel = rij.cellen[veld];
    if (cel)
      controleerSom(
        cel,
        regels.map((r) => r[veld]?.waarde),
        veld === "bedragBegroot",
        `Het ${wat} '${naam}'`,
        melder,
      );
  }
}

function controleerTotalen(model: Bijlage1, melder: Melder): void {
  const { totaal, subtotalen = [], regels } = model.diensten;
  // A Totaal sums every service row (also when it is written as a sum of subtotals).
  if (totaal) controleerSomRij(totaal, regels, "totaal", melder);
  for (const sub of subtotalen) {
    controleerSomRij(
      sub,
      regels.filter((r) => sub.regels.includes(r.rij)),
      "subtotaal",
      melder,
    );
  }
  const v = model.voorschotten;
  if (v && "kolommen" in v) {
    const vt = v.totaal?.cellen.bedrag;
    if (vt)
      controleerSom(
        vt,
        v.regels.map((r) => r.bedrag?.waarde),
        true,
        "Het totaal van de voorschotten",
        melder,
      );
  }
}

/** A service name (in the services table or on Kostprijzen) that is not in the catalogue. */
function meldOnbekendeDienst(omschrijving: Gevonden<string>, melder: Melder): void {
  melder.fout(
    "DIENST_ONBEKEND",
    dienstOnbekendBericht(omschrijving.waarde, omschrijving.cel),
    omschrijving,
    "een dienst uit de DVO-catalogus",
    toon(omschrijving.ruw),
  );
}

function controleerKostprijzen(model: Bijlage1, melder: Melder): void {
  const kp = model.kostprijzen;
  if (!kp) return;
  const gezien = new Set<DienstCode>();
  for (const k of kp.regels) {
    const d = k.dienst;
    if (!d) {
      meldOnbekendeDienst(k.omschrijving, melder);
      continue;
    }
    if (gezien.has(d.code)) {
      melder.fout(
        "DIENST_DUBBEL",
        `'${d.label}' staat twee keer op blad Kostprijzen (${k.omschrijving.cel}).`,
        k.omschrijving,
        "één regel per dienst",
        d.label,
      );
      continue;
    }
    gezien.add(d.code);
    const bedrag = d.soort === "kosten" ? k.kosten : k.opbrengsten;
    const kolom = d.soort === "kosten" ? kp.kolommen.kosten : kp.kolommen.opbrengsten;
    if (!bedrag) {
      const p = { blad: kp.blad, cel: adres(k.rij, kolom.kolom) };
      melder.fout(
        "WAARDE_ONTBREEKT",
        `Voor '${d.label}' ontbreken de ${d.soort === "kosten" ? "kosten" : "opbrengsten"} in ${p.cel}.`,
        p,
        "een bedrag",
        "(leeg)",
      );
    } else if (bedrag.waarde.isNegative()) {
      melder.fout(
        "KOSTPRIJS_ONGELDIG",
        `De ${d.soort === "kosten" ? "kosten" : "opbrengsten"} van '${d.label}' in ${bedrag.cel} zijn negatief; vul ze als positief bedrag in.`,
        bedrag,
        "een positief bedrag",
        bedrag.waarde.toString(),
      );
    }
    if (k.eenheden && !k.eenheden.waarde.greaterThan(0)) {
      melder.fout(
        "KOSTPRIJS_ONGELDIG",
        `Het aantal eenheden van '${d.label}' in ${k.eenheden.cel} moet groter dan 0 zijn.`,
        k.eenheden,
        "meer dan 0",
        k.eenheden.waarde.toString(),
      );
    }
    // The municipality's own realised units are part of Ontplooj's total.
    const eigen = model.diensten.regels.find((r) => r.dienst?.code === d.code)?.aantalGerealiseerd;
    if (eigen && k.eenheden && eigen.waarde.greaterThan(k.eenheden.waarde)) {
      melder.fout(
        "KOSTPRIJS_EENHEDEN_TE_LAAG",
        `Ontplooj-breed zijn ${formatGetal(k.eenheden.waarde)} eenheden '${d.label}' gerealiseerd (${k.eenheden.cel}), minder dan de ${formatGetal(eigen.waarde)} van deze gemeente alleen (${eigen.cel}).`,
        k.eenheden,
        `minstens ${formatGetal(eigen.waarde)}`,
        formatGetal(k.eenheden.waarde),
      );
    }
  }
}

function controleerVoorschotten(model: Bijlage1, melder: Melder): void {
  const v = model.voorschotten;
  if (!v) return;
  if (v.regels.length === 0 && "kolommen" in v) {
    melder.waarschuwing(
      "VOORSCHOTTEN_LEEG",
      `Op blad '${v.blad}' staan geen voorschotten onder de kop ${v.kolommen.bedrag?.cel ?? ""}.`,
      v.kolommen.bedrag ?? { blad: v.blad },
      "12 maandtermijnen of 4 kwartaaltermijnen",
      "geen",
    );
    return;
  }
  const periodes = new Map<string, string>();
  for (const r of v.regels) {
    // What was paid is whole cents; a further decimal is a typing or formula error, not a payment.
    // (VOORSCHOT_ONGELDIG is for a cell that is no number at all.)
    const b = r.bedrag;
    const bedrag = b ? zoalsGetoond(b) : undefined;
    if (b && bedrag && bedrag.decimalPlaces() > 2) {
      melder.fout(
        "VOORSCHOT_CENTEN",
        `Het voorschot van ${r.periode?.waarde ?? `rij ${r.rij + 1}`} in ${b.cel} is ${formatBedrag(bedrag, bedrag.decimalPlaces())}: meer dan twee decimalen, en een fractie van een cent kan niet betaald zijn. Vul het betaalde bedrag in hele centen in.`,
        b,
        "hele centen (twee decimalen)",
        bedrag.toFixed(),
      );
    }
    if (!r.periode) continue;
    const sleutel = r.periode.waarde.toLowerCase();
    const eerder = periodes.get(sleutel);
    if (eerder) {
      melder.waarschuwing(
        "VOORSCHOT_DUBBEL",
        `De periode '${r.periode.waarde}' staat twee keer op blad '${v.blad}' (${eerder} en ${r.periode.cel}).`,
        r.periode,
        "elke periode één keer",
        r.periode.waarde,
      );
    } else {
      periodes.set(sleutel, r.periode.cel);
    }
  }
  // Compared only when everything read cleanly: a voorcalculatie from part of the table is a false lead.
  if (melder.heeftBlokkerende()) return;
  const betaald = som(v.regels.map((r) => r.bedrag?.waarde ?? 0));
  const voorcalculatie = voorcalculatieVan(model).totaal;
  if (!betaald.equals(voorcalculatie)) {
    const cel =
      "kolommen" in v
        ? (v.totaal?.cellen.bedrag ?? v.kolommen.bedrag)
        : (v.regels[0].bedrag ?? { blad: v.blad });
    melder.waarschuwing(
      "VOORSCHOTTEN_AFWIJKEND",
      `De voorschotten (${"cel" in cel ? cel.cel : v.blad}) tellen op tot ${formatBedrag(betaald)}, de voorcalculatie is ${formatBedrag(voorcalculatie)} (verschil ${formatBedrag(betaald.minus(voorcalculatie))}). De eindafrekening rekent met wat betaald is.`,
      cel,
      voorcalculatie.toFixed(2),
      betaald.toFixed(2),
    );
  }
}

function controleerKpis(model: Bijlage1, melder: Melder): void {
  const k = model.kpis;
  if (!k) return;
  for (const r of k.regels) {
    if (!r.realisatie && k.kolommen.realisatie) {
      const p = { blad: k.blad, cel: adres(r.rij, k.kolommen.realisatie.kolom) };
      melder.info(
        "KPI_GEEN_REALISATIE",
        `Voor KPI '${r.naam.waarde}' is nog geen realisatie ingevuld (${p.cel}).`,
        p,
        "een realisatie",
        "(leeg)",
      );
    }
  }
}
