// Reader: a Werkboek (grids of values and formulas) → the Bijlage1 model, plus the findings about
// what could not be found or read. One step per part of the model (gemeente, jaar, risico-opslag,
// DVO-kenmerk, diensten, voorschotten, kostprijzen, KPI's); a part named by a defined name
// (Bijlage1_*, namen.ts) replaces its step. Semantic checks live in controle.ts.
import { dienstOnbekendBericht, zoekDienst, zoekGemeente, type Dienst } from "../catalogue";
import { adres, eindeGrid, isLeeg, waardeOp, zoekBlad, type Grid, type Werkboek } from "../grid";
import { labelIs, normaliseerLabel } from "../labels";
import type { Decimal, Notatie } from "../money";
import type { KpiRichting } from "../settlement";
import {
  kopTekst,
  leesGetal,
  openTabel,
  zoekTabel,
  type GelezenTabel,
  type GeopendeTabel,
  type KolomDef,
  type Sleutel,
  type TabelCellen,
  type TabelSpec,
  type TabelVondst,
} from "../tabel";
import { Melder, toon } from "./melder";
import { leesBenoemdeDelen, zetGemeente, type BenoemdeDelen } from "./namen";
import {
  BLAD_BIJLAGE1,
  BLAD_KOSTPRIJZEN,
  BLAD_KPI,
  BLAD_VOORSCHOTTEN,
  DIENST_GETALLEN,
  DIENST_KOLOMMEN,
  dienstGetalVerplicht,
  KOSTPRIJS_KOLOMMEN,
  KPI_KOLOMMEN,
  REALISATIE_KOLOMMEN,
  VOORSCHOT_KOLOMMEN,
  type Bijlage1,
  type CelPlek,
  type DienstKolom,
  type DienstRegel,
  type Gevonden,
  type KostprijsRegel,
  type KpiRegel,
  type Tabel,
  type TotaalRij,
  type VoorschotRegel,
  type VoorschotTotaal,
} from "./model";
import { heelJaar, isVerborgen, plek, tekstOp, zoekLabels } from "./tabel";

export { DIENST_KOLOMMEN, KOSTPRIJS_KOLOMMEN, KPI_KOLOMMEN, VOORSCHOT_KOLOMMEN };

export const LABELS = {
  gemeente: ["Gemeente", "Naam gemeente"],
  jaar: ["Jaar", "Boekjaar", "Dienstjaar", "Kalenderjaar"],
  risicoOpslag: ["Risico-opslag", "Risicoopslag", "Risico-opslag percentage", "Opslag risico"],
  dvoKenmerk: ["DVO-kenmerk", "Kenmerk DVO", "Kenmerk"],
  voorschotten: [
    "Voorschotten betaald",
    "Betaalde voorschotten",
    "Totaal voorschotten",
    "Totaal betaalde voorschotten",
    "Ontvangen voorschotten",
    "Voorschotten",
  ],
} as const;

type LabelSleutel = keyof typeof LABELS;

const LABEL_NAMEN: Record<LabelSleutel, string> = {
  gemeente: "Gemeente",
  jaar: "Jaar",
  risicoOpslag: "Risico-opslag",
  dvoKenmerk: "DVO-kenmerk",
  voorschotten: "Voorschotten betaald",
};

const BEKENDE_LABELS = new Set(Object.values(LABELS).flatMap((ls) => ls.map(normaliseerLabel)));

/** A cell that is itself a known label is never another label's value. */
function isBekendLabel(v: unknown): boolean {
  return typeof v === "string" && BEKENDE_LABELS.has(normaliseerLabel(v));
}

export const KOLOM_NAAM: Record<DienstKolom, string> = Object.fromEntries(
  DIENST_KOLOMMEN.map((d) => [d.sleutel, d.naam]),
) as Record<DienstKolom, string>;

/** How sheets are recognised by their role: an exact name first, then a name that starts so. */
const BLAD_ROLLEN = {
  hoofd: { exact: [BLAD_BIJLAGE1], begin: ["bijlage1", "begroting", "dvobijlage"] },
  realisatie: { exact: [], begin: ["realisatie", "nacalculatie"] },
  voorschotten: { exact: [BLAD_VOORSCHOTTEN], begin: ["voorschot"] },
  kostprijzen: { exact: [BLAD_KOSTPRIJZEN], begin: ["kostprijs", "kostprijzen"] },
  kpi: { exact: [BLAD_KPI], begin: ["kpi", "prestatieindicator"] },
} as const satisfies Record<string, { exact: readonly string[]; begin: readonly string[] }>;

type BladRol = keyof typeof BLAD_ROLLEN;

function jarenIn(tekst: string): number[] {
  return [...new Set([...tekst.matchAll(/(?<![0-9])(20[0-9]{2})(?![0-9])/g)].map((m) => Number(m[1])))];
}

/** The sheet for a role; among several named alike, the one whose name carries the workbook's year. */
export function zoekBladOpRol(werkboek: Werkboek, rol: BladRol, jaar?: number): Grid | undefined {
  const r = BLAD_ROLLEN[rol];
  const exact = zoekBlad(werkboek, ...r.exact);
  if (exact) return exact;
  const kandidaten = werkboek.bladen.filter((b) =>
    r.begin.some((begin) => normaliseerLabel(b.blad).startsWith(begin)),
  );
  if (kandidaten.length > 1 && jaar !== undefined) {
    const vanJaar = kandidaten.filter((b) => jarenIn(b.blad).includes(jaar));
    if (vanJaar.length > 0) return vanJaar[0];
  }
  return kandidaten[0];
}

const ANDERE_ROLLEN: readonly BladRol[] = ["realisatie", "voorschotten", "kostprijzen", "kpi"];

function dienstSpec(definities: typeof DIENST_KOLOMMEN): TabelSpec<typeof DIENST_KOLOMMEN>;
function dienstSpec(definities: typeof REALISATIE_KOLOMMEN): TabelSpec<typeof REALISATIE_KOLOMMEN>;
function dienstSpec<D extends readonly KolomDef[]>(definities: D): TabelSpec<D> {
  return {
    definities,
    anker: "dienst" as Sleutel<D>,
    minimum: 2,
    isGegeven: (tekst) => zoekDienstNaam(tekst) !== undefined,
    stopLabels: Object.values(LABELS).flat(),
  };
}

/** A table of the bijlage: how it is found, and what TABEL_ONTBREEKT calls it when it is not. */
interface BijlageTabel<D extends readonly KolomDef[]> {
  naam: string;
  spec: TabelSpec<D>;
}

const DIENSTEN: BijlageTabel<typeof DIENST_KOLOMMEN> = {
  naam: "dienstentabel",
  spec: dienstSpec(DIENST_KOLOMMEN),
};
const REALISATIE: BijlageTabel<typeof REALISATIE_KOLOMMEN> = {
  naam: "realisatietabel",
  spec: dienstSpec(REALISATIE_KOLOMMEN),
};

/**
 * The one place the reader looks up a service name: the catalogue's spelling rules and
 * abbreviations. An ambiguous name ("Begeleiding") is no service: as a row of its own it is a
 * category row; with figures beside it controle.ts reports it (dienstOnbekendBericht lists the options).
 */
export function zoekDienstNaam(tekst: string): Dienst | undefined {
  return zoekDienst(tekst);
}

/** The main sheet: by name ("Bijlage 1", "Bijlage 1 2023", "Begroting 2023"), else the first with a services table. */
export function zoekHoofdblad(werkboek: Werkboek): Grid | undefined {
  const opNaam = zoekBladOpRol(werkboek, "hoofd");
  if (opNaam) return opNaam;
  const anders = new Set(ANDERE_ROLLEN.map((r) => zoekBladOpRol(werkboek, r)));
  return werkboek.bladen.find(
    (b) => !anders.has(b) && !labelIs(b.blad, "Eindafrekening") && zoekTabel(b, DIENSTEN.spec) !== undefined,
  );
}

function bladenLijst(werkboek: Werkboek): string {
  return werkboek.bladen.map((b) => `'${b.blad}'`).join(", ") || "(geen)";
}

/** A column a user must supply: needed to read the table, or reported when absent. */
function nodig(d: KolomDef): boolean {
  return d.verplicht || d.meldAlsAfwezig === true;
}

function kolomLijst(definities: readonly KolomDef[]): string {
  const verplicht = definities.filter(nodig).map((d) => d.labels[0]);
  const optioneel = definities.filter((d) => !nodig(d)).map((d) => d.labels[0]);
  return `${verplicht.join(", ")}${optioneel.length ? `; optioneel ${optioneel.join(", ")}` : ""}`;
}

/** What the reader shares between its steps. */
interface Context {
  werkboek: Werkboek;
  grid: Grid;
  melder: Melder;
  notatie: Notatie;
  /** Where the services table sits on the main sheet: labels inside it are no labels. */
  gebied?: TabelGebied;
  /** The parts given by defined names; each wins over its label search. */
  namen: BenoemdeDelen;
}

interface TabelGebied {
  kopRij: number;
  laatsteRij: number;
  /** Its rightmost column, or undefined for the whole row. */
  rechts?: number;
}

/** A cell inside the services table (its rows, from the sheet's left edge to its last column). */
function inTabel(ctx: Context, rij: number, kolom: number): boolean {
  const g = ctx.gebied;
  if (!g) return false;
  return rij >= g.kopRij && rij <= g.laatsteRij && (g.rechts === undefined || kolom <= g.rechts);
}

function vondstGebied(vondst: TabelVondst<DienstKolom>): TabelGebied {
  return {
    kopRij: vondst.kopRij,
    laatsteRij: vondst.laatsteRij,
    rechts: Math.max(...vondst.kandidaten.map((k) => k.plek.kolom)),
  };
}

/** The rows of a named services table on the main sheet (its named columns may lie anywhere). */
function benoemdGebied(grid: Grid, d: Tabel<DienstRegel, typeof DIENST_KOLOMMEN>): TabelGebied | undefined {
  if (d.blad !== grid.blad) return undefined;
  return { kopRij: d.kopRij, laatsteRij: d.totaal?.rij ?? d.regels[d.regels.length - 1]?.rij ?? d.kopRij };
}

/**
 * The value of a label as people lay it out: the first non-empty cell to the right in the same row
 * (across merged or spacer cells), else the cell directly below; never another known label.
 */
function waardeBijLabel(ctx: Context, label: CelPlek): CelPlek | undefined {
  const { grid } = ctx;
  const rechts = eindeGrid(grid).kolom;
  for (let k = label.kolom + 1; k <= rechts; k++) {
    const v = waardeOp(grid, label.rij, k);
    if (isLeeg(v)) continue;
    if (isBekendLabel(v)) break;
    return plek(grid, label.rij, k);
  }
  const onder = waardeOp(grid, label.rij + 1, label.kolom);
  if (!isLeeg(onder) && !isBekendLabel(onder) && !inTabel(ctx, label.rij + 1, label.kolom))
    return plek(grid, label.rij + 1, label.kolom);
  return undefined;
}

/** The value cell of a label outside the services table: found, no label, or the label without value. */
function labelWaarde(
  ctx: Context,
  sleutel: LabelSleutel,
  waardeVerplicht: boolean,
): CelPlek | "ontbreekt" | "leeg" {
  const { grid, melder } = ctx;
  const kandidaten = zoekLabels(grid, LABELS[sleutel]).filter((p) => !inTabel(ctx, p.rij, p.kolom));
  if (kandidaten.length === 0) return "ontbreekt";
  const [eerste, ...rest] = kandidaten;
  const waardePlek = waardeBijLabel(ctx, eerste);
  const w = waardePlek ? waardeOp(grid, waardePlek.rij, waardePlek.kolom) : null;
  for (const ander of rest) {
    const p2 = waardeBijLabel(ctx, ander);
    const w2 = p2 ? waardeOp(grid, p2.rij, p2.kolom) : null;
    if (!isLeeg(w2) && String(w2) !== String(w)) {
      melder.waarschuwing(
        "LABEL_DUBBEL",
        `Het label '${LABEL_NAMEN[sleutel]}' staat meer dan eens op het blad; ${eerste.cel} telt, ${ander.cel} wordt genegeerd.`,
        ander,
        toon(w),
        toon(w2),
      );
    }
  }
  if (!waardePlek) {
    if (waardeVerplicht) {
      const naast = plek(grid, eerste.rij, eerste.kolom + 1);
      melder.fout(
        "WAARDE_ONTBREEKT",
        `Naast '${LABEL_NAMEN[sleutel]}' (${eerste.cel}) staat geen waarde; vul ${naast.cel} in.`,
        naast,
        "een waarde",
        "(leeg)",
      );
    }
    return "leeg";
  }
  return waardePlek;
}

function leesGemeente(ctx: Context): Pick<Bijlage1, "gemeente" | "gemeenteInfo"> {
  const { grid, melder } = ctx;
  const g = labelWaarde(ctx, "gemeente", true);
  if (g === "ontbreekt") {
    melder.fout(
      "LABEL_ONTBREEKT",
      `Het label 'Gemeente' ontbreekt op blad '${grid.blad}'. Zet 'Gemeente:' in een cel met de naam rechts ernaast.`,
      { blad: grid.blad },
      "Gemeente",
    );
    return {};
  }
  if (g === "leeg") return {};
  const t = tekstOp(grid, g.rij, g.kolom);
  if (!t) return {};
  const info = zoekGemeente(t.waarde);
  return info ? { gemeente: t, gemeenteInfo: info } : { gemeente: t };
}

/** The year from the sheet name or a title above the table ("Begroting 2023 gemeente Wierden"), when only one. */
function jaarUitTitel(ctx: Context): Gevonden<number> | undefined {
  const { grid } = ctx;
  const bronnen: { jaar: number; gevonden: Gevonden<number>; waar: string }[] = [];
  const tot = ctx.gebied?.kopRij ?? eindeGrid(grid).rij + 1;
  for (let rij = grid.startRij; rij < tot; rij++) {
    // A title is a row with one text in it; a label's value ("DVO-2021-WIE") is not one.
    const gevuld = (grid.waarden[rij - grid.startRij] ?? []).filter((v) => !isLeeg(v));
    if (gevuld.length !== 1) continue;
    for (let k = grid.startKolom; k <= eindeGrid(grid).kolom; k++) {
      const v = waardeOp(grid, rij, k);
      if (typeof v !== "string" || !/[a-z]{3}/i.test(v)) continue;
      const jaren = jarenIn(v);
      if (jaren.length !== 1 || kopTekst(v).jaar === undefined) continue;
      const p = plek(grid, rij, k);
      bronnen.push({
        jaar: jaren[0],
        gevonden: { ...p, waarde: jaren[0], ruw: v, uitTekst: true },
        waar: `de titel '${v.trim()}' in ${p.cel}`,
      });
    }
  }
  const uitNaam = jarenIn(grid.blad);
  if (uitNaam.length === 1) {
    const p = plek(grid, grid.startRij, grid.startKolom);
    bronnen.push({
      jaar: uitNaam[0],
      gevonden: { ...p, waarde: uitNaam[0], ruw: grid.blad, uitTekst: true },
      waar: `de bladnaam '${grid.blad}'`,
    });
  }
  const jaren = new Set(bronnen.map((b) => b.jaar));
  if (jaren.size !== 1) return undefined;
  const b = bronnen[0];
  ctx.melder.info(
    "JAAR_UIT_TITEL",
    `Er is geen label 'Jaar' op blad '${grid.blad}'; het jaar ${b.jaar} komt uit ${b.waar}. Voeg 'Jaar:' met het jaar toe als dat niet klopt.`,
    b.gevonden,
    "een label 'Jaar'",
    String(b.jaar),
  );
  return b.gevonden;
}

function leesJaar(ctx: Context): Gevonden<number> | undefined {
  const { grid, melder } = ctx;
  const j = labelWaarde(ctx, "jaar", true);
  if (j === "ontbreekt") {
    const uitTitel = jaarUitTitel(ctx);
    if (uitTitel) return uitTitel;
    melder.fout(
      "LABEL_ONTBREEKT",
      `Het label 'Jaar' ontbreekt op blad '${grid.blad}', en geen bladnaam of titel noemt één jaar. Zet 'Jaar:' in een cel met het jaar ernaast.`,
      { blad: grid.blad },
      "Jaar",
    );
    return undefined;
  }
  if (j === "leeg") return undefined;
  const getal = leesGetal(grid, j.rij, j.kolom, ctx.notatie, melder.meldCode, {
    code: "JAAR_ONGELDIG",
    wat: "Het jaar",
    verplicht: true,
  });
  return getal && heelJaar(getal, getal.cel, melder);
}

function leesRisicoOpslag(ctx: Context): Gevonden<Decimal> | undefined {
  const r = labelWaarde(ctx, "risicoOpslag", true);
  if (r === "ontbreekt" || r === "leeg") return undefined;
  return leesGetal(ctx.grid, r.rij, r.kolom, ctx.notatie, ctx.melder.meldCode, {
    code: "RISICO_OPSLAG_ONGELDIG",
    wat: "De risico-opslag",
    verplicht: true,
  });
}

/** Optional: an empty DVO-kenmerk is no error. */
function leesDvoKenmerk(ctx: Context): Gevonden<string> | undefined {
  const k = labelWaarde(ctx, "dvoKenmerk", false);
  return k === "ontbreekt" || k === "leeg" ? undefined : tekstOp(ctx.grid, k.rij, k.kolom);
}

export function leesBijlage1(
  werkboek: Werkboek,
  melder: Melder,
  notatie: Notatie = "nl",
): Bijlage1 | undefined {
  // Defined names (Bijlage1_*) win over the label search, part by part; a named part that cannot be
  // read is reported there and not searched for by label (that could read a different cell).
  const namen = leesBenoemdeDelen(werkboek, melder, notatie);
  // A sheet named as the main sheet first, then the sheet of Bijlage1_Diensten, then any sheet with
  // a services table.
  const grid = zoekBladOpRol(werkboek, "hoofd") ?? namen.blad ?? zoekHoofdblad(werkboek);
  if (!grid) {
    melder.fout(
      "BLAD_ONTBREEKT",
      `Het werkboek heeft geen blad '${BLAD_BIJLAGE1}' en geen ander blad met een dienstentabel (kolommen ${kolomLijst(DIENST_KOLOMMEN)}). Bladen: ${bladenLijst(werkboek)}.`,
      { blad: BLAD_BIJLAGE1 },
      BLAD_BIJLAGE1,
    );
    return undefined;
  }
  let vondst: TabelVondst<DienstKolom> | undefined;
  let gebied: TabelGebied | undefined;
  if (namen.diensten) {
    if (!namen.diensten.waarde) return undefined;
    gebied = benoemdGebied(grid, namen.diensten.waarde);
  } else {
    vondst = zoekTabel(grid, DIENSTEN.spec);
    if (!vondst) {
      tabelOntbreekt(grid, melder, DIENSTEN);
      return undefined;
    }
    gebied = vondstGebied(vondst);
  }
  const ctx: Context = { werkboek, grid, melder, notatie, namen };
  if (gebied) ctx.gebied = gebied;

  const gemeente = namen.gemeente ? undefined : leesGemeente(ctx);
  const jaar = namen.jaar ? namen.jaar.waarde : leesJaar(ctx);
  const risicoOpslag = namen.risicoOpslag ? namen.risicoOpslag.waarde : leesRisicoOpslag(ctx);
  const dvoKenmerk = leesDvoKenmerk(ctx);
  const diensten = namen.diensten ? namen.diensten.waarde : vondst && leesDiensten(ctx, vondst, jaar?.waarde);
  if (!diensten) return undefined;
  const model: Bijlage1 = { blad: grid.blad, diensten };
  if (namen.gemeente) zetGemeente(model, namen.gemeente.waarde);
  if (gemeente?.gemeente) model.gemeente = gemeente.gemeente;
  if (gemeente?.gemeenteInfo) model.gemeenteInfo = gemeente.gemeenteInfo;
  if (jaar) model.jaar = jaar;
  if (risicoOpslag) model.risicoOpslag = risicoOpslag;
  if (dvoKenmerk) model.dvoKenmerk = dvoKenmerk;
  // Named realised counts win over a realisation sheet found by its name.
  const realisatieBenoemd =
    namen.diensten !== undefined && diensten.kolommen.aantalGerealiseerd !== undefined;
  const realisatieBlad = realisatieBenoemd ? undefined : leesRealisatie(ctx, diensten, jaar?.waarde);
  if (realisatieBlad) model.realisatieBlad = realisatieBlad;
  const voorschotten = namen.voorschotten ? namen.voorschotten.waarde : leesVoorschotten(ctx, jaar?.waarde);
  if (voorschotten) model.voorschotten = voorschotten;
  const kostprijzen = leesKostprijzen(ctx, jaar?.waarde);
  if (kostprijzen) model.kostprijzen = kostprijzen;
  const kpis = leesKpis(ctx, jaar?.waarde);
  if (kpis) model.kpis = kpis;
  return model;
}

function tabelOntbreekt<D extends readonly KolomDef[]>(
  grid: Grid,
  melder: Melder,
  tabel: BijlageTabel<D>,
): void {
  const labels = tabel.spec.definities.filter(nodig).map((d) => d.labels[0]);
  melder.fout(
    "TABEL_ONTBREEKT",
    `Op blad '${grid.blad}' staat geen ${tabel.naam}: geen kopregel met ${labels.map((l) => `'${l}'`).join(", ")}. Zet deze koppen in één rij boven de tabel.`,
    { blad: grid.blad },
    labels.join(", "),
  );
}

/**
 * A table of the bijlage ready to read: found on `grid` (or the one found already), reported as
 * TABEL_ONTBREEKT when absent, its columns chosen and its cells read through their definitions.
 */
function openBijlageTabel<D extends readonly KolomDef[]>(
  ctx: Context,
  grid: Grid,
  tabel: BijlageTabel<D>,
  jaar: number | undefined,
  vondst: TabelVondst<Sleutel<D>> | undefined = zoekTabel(grid, tabel.spec),
): GeopendeTabel<D> | undefined {
  if (!vondst) {
    tabelOntbreekt(grid, ctx.melder, tabel);
    return undefined;
  }
  return openTabel(grid, tabel.spec, jaar, ctx.notatie, ctx.melder.meldCode, vondst);
}

function verborgenMelding(grid: Grid, rij: number, kolom: number, melder: Melder): void {
  if (!isVerborgen(grid, rij)) return;
  melder.info(
    "VERBORGEN_RIJ",
    `Rij ${rij + 1} (${adres(rij, kolom)}) op blad '${grid.blad}' is verborgen maar telt mee in de afrekening.`,
    plek(grid, rij, kolom),
  );
}

/**
 * The data rows that name something in column `kolom` (a service, a KPI), with that name: rows
 * without one are skipped, a hidden one is reported as it is reached (before its own findings).
 */
function* benoemdeRijen(
  grid: Grid,
  rijen: readonly number[],
  kolom: number,
  melder: Melder,
): Generator<{ rij: number; naam: Gevonden<string> }> {
  for (const rij of rijen) {
    const naam = tekstOp(grid, rij, kolom);
    if (!naam) continue;
    verborgenMelding(grid, rij, kolom, melder);
    yield { rij, naam };
  }
}

/** The numeric cells of a (sub)total row, for the columns asked. */
function totaalCellen<D extends readonly KolomDef[]>(
  cellen: TabelCellen<D>,
  rij: number,
  sleutels: readonly Sleutel<D>[],
): TotaalRij<Sleutel<D>> {
  const uit: Partial<Record<Sleutel<D>, Gevonden<Decimal>>> = {};
  for (const s of sleutels) {
    const g = cellen.getal(rij, s, `Het totaal in de kolom '${s}'`, false);
    if (g) uit[s] = g;
  }
  return { rij, cellen: uit };
}

function totalen<D extends readonly KolomDef[], R>(
  t: GelezenTabel<D>,
  cellen: TabelCellen<D>,
  sleutels: readonly Sleutel<D>[],
  tabel: Tabel<R, D>,
): void {
  if (t.totaalRij !== undefined) tabel.totaal = totaalCellen(cellen, t.totaalRij, sleutels);
  if (t.subtotalen.length > 0)
    tabel.subtotalen = t.subtotalen.map((s) => ({
      ...totaalCellen(cellen, s.rij, sleutels),
      regels: s.regels,
    }));
}

function leesDiensten(
  ctx: Context,
  vondst: TabelVondst<DienstKolom>,
  jaar: number | undefined,
): Tabel<DienstRegel, typeof DIENST_KOLOMMEN> | undefined {
  const { grid, melder } = ctx;
  const t = openBijlageTabel(ctx, grid, DIENSTEN, jaar, vondst);
  if (!t) return undefined;
  const { kolommen, cellen } = t;
  const ankerKolom = kolommen.dienst.kolom;
  const regels: DienstRegel[] = [];
  for (const rij of t.gegevens) {
    const omschrijving = tekstOp(grid, rij, ankerKolom);
    if (!omschrijving) {
      melder.fout(
        "WAARDE_ONTBREEKT",
        `Rij ${rij + 1} heeft gegevens maar geen dienst in ${adres(rij, ankerKolom)}.`,
        plek(grid, rij, ankerKolom),
        "een dienst",
        "(leeg)",
      );
      continue;
    }
    verborgenMelding(grid, rij, ankerKolom, melder);
    const dienst = zoekDienstNaam(omschrijving.waarde);
    const regel: DienstRegel = { rij, verborgen: isVerborgen(grid, rij), omschrijving };
    if (dienst) regel.dienst = dienst;
    const eenheid = cellen.tekst(rij, "eenheid");
    if (eenheid) regel.eenheid = eenheid;
    for (const sleutel of DIENST_GETALLEN) {
      const wat = `${KOLOM_NAAM[sleutel]} van '${omschrijving.waarde}'`;
      const g = cellen.getal(rij, sleutel, wat, dienstGetalVerplicht(sleutel));
      if (g) regel[sleutel] = g;
    }
    regels.push(regel);
  }

  // Two blank rows, a Totaal row ("Totaal begeleiding" halfway) or another block end the table;
  // services written below would silently drop out.
  if (t.eindeRij !== undefined) {
    const einde = eindeGrid(grid).rij;
    const waarom =
      t.totaalRij !== undefined
        ? `onder de regel ${toon(waardeOp(grid, t.totaalRij, ankerKolom) ?? "Totaal")} in rij ${t.totaalRij + 1}, die de dienstentabel afsluit,`
        : `onder de lege rijen die de dienstentabel afsluiten (vanaf rij ${t.laatsteRij + 2})`;
    const doe =
      t.totaalRij !== undefined
        ? "Noem een tussentelling 'Subtotaal …' of zet de dienst boven de Totaal-regel."
        : "Haal de lege rijen weg of zet de dienst in de tabel.";
    for (let rij = t.eindeRij; rij <= einde; rij++) {
      const v = waardeOp(grid, rij, ankerKolom);
      if (typeof v === "string" && normaliseerLabel(v).startsWith("totaal")) break;
      if (typeof v === "string" && zoekDienstNaam(v)) {
        melder.waarschuwing(
          "DIENST_NA_EINDE",
          `'${v}' in ${adres(rij, ankerKolom)} staat ${waarom} en telt niet mee. ${doe}`,
          plek(grid, rij, ankerKolom),
          t.totaalRij !== undefined
            ? "geen dienst onder de Totaal-regel"
            : "geen twee lege rijen in de tabel",
          toon(v),
        );
      }
    }
  }

  const tabel: Tabel<DienstRegel, typeof DIENST_KOLOMMEN> = {
    blad: grid.blad,
    kopRij: t.kopRij,
    kolommen,
    regels,
  };
  totalen(t, cellen, ["aantalBegroot", "bedragBegroot", "aantalGerealiseerd"], tabel);
  return tabel;
}

/**
 * A realisation sheet ("Realisatie 2023") supplies realised counts (and tariffs) per service,
 * matched by service to the budget rows. Returns the sheet name when it was used.
 */
function leesRealisatie(
  ctx: Context,
  diensten: Tabel<DienstRegel, typeof DIENST_KOLOMMEN>,
  jaar: number | undefined,
): string | undefined {
  const { melder } = ctx;
  const rg = zoekBladOpRol(ctx.werkboek, "realisatie", jaar);
  if (!rg || rg === ctx.grid) return undefined;
  const eigen = diensten.kolommen.aantalGerealiseerd;
  const vondst = zoekTabel(rg, REALISATIE.spec);
  if (!vondst) {
    // A sheet named so without a services table only matters when the counts must come from it.
    if (!eigen) tabelOntbreekt(rg, melder, REALISATIE);
    return undefined;
  }
  const t = openBijlageTabel(ctx, rg, REALISATIE, jaar, vondst);
  if (!t) return undefined;
  if (eigen) {
    melder.fout(
      "KOLOM_DUBBEL",
      `Gerealiseerde aantallen staan zowel in ${eigen.cel} op blad '${eigen.blad}' als op blad '${rg.blad}' (${t.kolommen.aantalGerealiseerd.cel}). Het is niet zeker welke telt; verwijder of hernoem een van beide.`,
      eigen,
      "één bron voor de gerealiseerde aantallen",
      `${eigen.cel}, '${rg.blad}'!${t.kolommen.aantalGerealiseerd.cel}`,
    );
    return undefined;
  }
  const { cellen } = t;
  const perDienst = new Map<string, DienstRegel>();
  for (const r of diensten.regels) if (r.dienst) perDienst.set(r.dienst.code, r);
  const gekoppeld = new Map<string, CelPlek>();
  for (const rij of t.gegevens) {
    const omschrijving = tekstOp(rg, rij, t.kolommen.dienst.kolom);
    if (!omschrijving) continue;
    const d = zoekDienstNaam(omschrijving.waarde);
    if (!d) {
      melder.fout(
        "DIENST_ONBEKEND",
        dienstOnbekendBericht(omschrijving.waarde, `'${rg.blad}'!${omschrijving.cel}`),
        omschrijving,
        "een dienst uit de DVO-catalogus",
        toon(omschrijving.ruw),
      );
      continue;
    }
    const eerder = gekoppeld.get(d.code);
    if (eerder) {
      melder.fout(
        "DIENST_DUBBEL",
        `'${d.label}' staat twee keer op blad '${rg.blad}': ${eerder.cel} en ${omschrijving.cel}.`,
        omschrijving,
        "één regel per dienst",
        toon(omschrijving.ruw),
      );
      continue;
    }
    gekoppeld.set(d.code, omschrijving);
    const regel = perDienst.get(d.code);
    if (!regel) {
      melder.fout(
        "REALISATIE_ZONDER_BEGROTING",
        `'${d.label}' (${omschrijving.cel} op blad '${rg.blad}') staat niet in de dienstentabel van '${diensten.blad}' en telt dus nergens mee. Zet de dienst ook in de begroting, of verwijder de regel.`,
        omschrijving,
        "een dienst uit de begroting",
        d.label,
      );
      continue;
    }
    verborgenMelding(rg, rij, t.kolommen.dienst.kolom, melder);
    const aantal = cellen.getal(rij, "aantalGerealiseerd", `Aantal gerealiseerd van '${d.label}'`, true);
    if (aantal) regel.aantalGerealiseerd = aantal;
    const tarief = cellen.getal(rij, "tariefGerealiseerd", `Tarief gerealiseerd van '${d.label}'`, false);
    if (tarief) regel.tariefGerealiseerd = tarief;
  }
  for (const r of diensten.regels) {
    if (!r.dienst || gekoppeld.has(r.dienst.code)) continue;
    melder.fout(
      "WAARDE_ONTBREEKT",
      `'${r.dienst.label}' (${r.omschrijving.cel}) heeft geen regel op blad '${rg.blad}'. Voeg die toe, met aantal 0 als er niets is gerealiseerd.`,
      r.omschrijving,
      `een regel op '${rg.blad}'`,
      "(ontbreekt)",
    );
  }
  diensten.kolommen.aantalGerealiseerd = t.kolommen.aantalGerealiseerd;
  if (t.kolommen.tariefGerealiseerd) diensten.kolommen.tariefGerealiseerd = t.kolommen.tariefGerealiseerd;
  return rg.blad;
}

const VOORSCHOTTEN: BijlageTabel<typeof VOORSCHOT_KOLOMMEN> = {
  naam: "voorschottentabel",
  spec: {
    definities: VOORSCHOT_KOLOMMEN,
    anker: "bedrag",
    minimum: 2,
    // Every row with something in it is an advance: a period without amount must be reported.
    isGegeven: () => true,
  },
};

/**
 * The advances: a sheet 'Voorschotten' (or 'Voorschotten 2023'), a table on the main sheet, or one
 * labelled total there ("Voorschotten betaald: 61.572,40").
 */
function leesVoorschotten(
  ctx: Context,
  jaar: number | undefined,
): Tabel<VoorschotRegel, typeof VOORSCHOT_KOLOMMEN> | VoorschotTotaal | undefined {
  const { grid, melder } = ctx;
  const v = zoekBladOpRol(ctx.werkboek, "voorschotten", jaar);
  if (v) return leesVoorschotTabel(ctx, v, jaar);
  const opHoofdblad = zoekTabel(grid, VOORSCHOTTEN.spec);
  if (opHoofdblad && !inTabel(ctx, opHoofdblad.kopRij, opHoofdblad.kandidaten[0].plek.kolom))
    return leesVoorschotTabel(ctx, grid, jaar, opHoofdblad);
  const l = labelWaarde(ctx, "voorschotten", true);
  if (l !== "ontbreekt") {
    if (l === "leeg") return undefined;
    const label = zoekLabels(grid, LABELS.voorschotten).find((p) => !inTabel(ctx, p.rij, p.kolom))!;
    const bedrag = leesGetal(grid, l.rij, l.kolom, ctx.notatie, melder.meldCode, {
      code: "VOORSCHOT_ONGELDIG",
      wat: "Het totaal van de betaalde voorschotten",
      verplicht: true,
    });
    const regel: VoorschotRegel = { rij: l.rij, verborgen: isVerborgen(grid, l.rij) };
    const periode = tekstOp(grid, label.rij, label.kolom);
    if (periode) regel.periode = periode;
    if (bedrag) regel.bedrag = bedrag;
    return { blad: grid.blad, soort: "totaal", regels: [regel] };
  }
  melder.fout(
    "BLAD_ONTBREEKT",
    `Het werkboek heeft geen blad '${BLAD_VOORSCHOTTEN}' met de betaalde voorschotten (kolommen ${kolomLijst(VOORSCHOT_KOLOMMEN)}), en op '${grid.blad}' staat geen label 'Voorschotten betaald' met het totaal. Bladen: ${bladenLijst(ctx.werkboek)}.`,
    { blad: BLAD_VOORSCHOTTEN },
    BLAD_VOORSCHOTTEN,
  );
  return undefined;
}

/** The advances table on `grid`: the one found there already, else searched for (and reported when absent). */
function leesVoorschotTabel(
  ctx: Context,
  grid: Grid,
  jaar: number | undefined,
  vondst?: TabelVondst<Sleutel<typeof VOORSCHOT_KOLOMMEN>>,
): Tabel<VoorschotRegel, typeof VOORSCHOT_KOLOMMEN> | undefined {
  const { melder } = ctx;
  const t = openBijlageTabel(ctx, grid, VOORSCHOTTEN, jaar, vondst);
  if (!t) return undefined;
  const { kolommen, cellen } = t;
  const regels: VoorschotRegel[] = [];
  for (const rij of t.gegevens) {
    verborgenMelding(grid, rij, kolommen.periode.kolom, melder);
    const regel: VoorschotRegel = { rij, verborgen: isVerborgen(grid, rij) };
    const periode = cellen.tekst(rij, "periode");
    if (periode) regel.periode = periode;
    const bedrag = cellen.getal(
      rij,
      "bedrag",
      `Het voorschot van ${periode?.waarde ?? `rij ${rij + 1}`}`,
      true,
    );
    if (bedrag) regel.bedrag = bedrag;
    // An amount without a period is often an unlabelled sum under the advances: never count it in silence.
    if (bedrag && !periode) {
      const k = kolommen.periode.kolom;
      melder.fout(
        "WAARDE_ONTBREEKT",
        `Rij ${rij + 1} heeft een voorschot maar geen periode in ${adres(rij, k)}. Is het een totaal, zet er dan 'Totaal' voor; anders vul de periode in.`,
        plek(grid, rij, k),
        "een periode of 'Totaal'",
        "(leeg)",
      );
    }
    const status = cellen.tekst(rij, "status");
    if (status && NIET_BETAALD.test(status.waarde.toLowerCase())) {
      const k = status.kolom;
      melder.fout(
        "VOORSCHOT_NIET_BETAALD",
        `Het voorschot in rij ${rij + 1} heeft status '${status.waarde}' in ${adres(rij, k)}; de afrekening telt alleen betaalde voorschotten. Haal het uit de tabel, of zet de status op 'betaald'.`,
        plek(grid, rij, k),
        "betaald",
        toon(status.waarde),
      );
    }
    const factuurnummer = cellen.tekst(rij, "factuurnummer");
    if (factuurnummer) regel.factuurnummer = factuurnummer;
    const d = cellen.tekst(rij, "datum");
    if (d) regel.datum = { ...d, waarde: d.ruw };
    regels.push(regel);
  }
  const tabel: Tabel<VoorschotRegel, typeof VOORSCHOT_KOLOMMEN> = {
    blad: grid.blad,
    kopRij: t.kopRij,
    kolommen,
    regels,
  };
  // On its own sheet, advances below the end (after two blank rows, a "Totaal 1e halfjaar") would
  // silently drop out of the saldo.
  if (grid !== ctx.grid && t.eindeRij !== undefined) {
    const pk = kolommen.periode.kolom;
    const bk = kolommen.bedrag.kolom;
    for (let rij = t.eindeRij; rij <= eindeGrid(grid).rij; rij++) {
      const p = waardeOp(grid, rij, pk);
      const b = waardeOp(grid, rij, bk);
      if (isLeeg(p) || isLeeg(b) || (typeof b === "string" && !/[0-9]/.test(b))) continue;
      if (typeof p === "string" && /^(sub)?totaal|^total/.test(normaliseerLabel(p))) continue;
      melder.waarschuwing(
        "VOORSCHOT_NA_EINDE",
        `Het voorschot in ${adres(rij, bk)} (${toon(p)}) staat onder het einde van de voorschottentabel (die eindigt boven rij ${t.eindeRij + 1}) en telt niet mee. Haal de lege rijen weg, noem een tussentelling 'Subtotaal …', of zet het voorschot boven de Totaal-regel.`,
        plek(grid, rij, bk),
        "geen voorschot onder het einde van de tabel",
        toon(b),
      );
    }
  }
  totalen(t, cellen, ["bedrag"], tabel);
  return tabel;
}

/** A status that says an advance is not (yet) paid (lower-case text). */
const NIET_BETAALD = /\b(niet|nog|open|gepland|nee|onbetaald|te betalen)\b/;

const KOSTPRIJZEN: BijlageTabel<typeof KOSTPRIJS_KOLOMMEN> = {
  naam: "kostprijzentabel",
  spec: {
    definities: KOSTPRIJS_KOLOMMEN,
    anker: "dienst",
    minimum: 2,
    isGegeven: (tekst) => zoekDienstNaam(tekst) !== undefined,
  },
};

function leesKostprijzen(
  ctx: Context,
  jaar: number | undefined,
): Tabel<KostprijsRegel, typeof KOSTPRIJS_KOLOMMEN> | undefined {
  const { melder, namen } = ctx;
  // A named table is cut from its sheet (real positions kept); a broken name is not replaced.
  const grid = namen.kostprijzen
    ? namen.kostprijzen.waarde
    : zoekBladOpRol(ctx.werkboek, "kostprijzen", jaar);
  if (!grid) return undefined;
  const t = openBijlageTabel(ctx, grid, KOSTPRIJZEN, jaar);
  if (!t) return undefined;
  const { kolommen, cellen } = t;
  const regels: KostprijsRegel[] = [];
  for (const { rij, naam: omschrijving } of benoemdeRijen(grid, t.gegevens, kolommen.dienst.kolom, melder)) {
    const regel: KostprijsRegel = { rij, omschrijving };
    const dienst = zoekDienstNaam(omschrijving.waarde);
    if (dienst) regel.dienst = dienst;
    const wat = (k: string) => `${k} van '${omschrijving.waarde}' (Kostprijzen)`;
    const kosten = cellen.getal(rij, "kosten", wat("De kosten"), false);
    if (kosten) regel.kosten = kosten;
    const opbrengsten = cellen.getal(rij, "opbrengsten", wat("De opbrengsten"), false);
    if (opbrengsten) regel.opbrengsten = opbrengsten;
    const eenheden = cellen.getal(rij, "eenheden", wat("Het aantal eenheden"), true);
    if (eenheden) regel.eenheden = eenheden;
    regels.push(regel);
  }
  const tabel: Tabel<KostprijsRegel, typeof KOSTPRIJS_KOLOMMEN> = {
    blad: grid.blad,
    kopRij: t.kopRij,
    kolommen,
    regels,
  };
  if (t.totaalRij !== undefined) tabel.totaal = { rij: t.totaalRij, cellen: {} };
  return tabel;
}

export function leesRichting(tekst: string): KpiRichting | undefined {
  const t = tekst.trim();
  if (
    t === ">=" ||
    t === "≥" ||
    labelIs(t, "hoger", "hoger is beter", "minimaal", "minimum", "ten minste", "tenminste")
  )
    return "hoger";
  if (
    t === "<=" ||
    t === "≤" ||
    labelIs(t, "lager", "lager is beter", "maximaal", "maximum", "hooguit", "ten hoogste")
  )
    return "lager";
  return undefined;
}

const KPIS: BijlageTabel<typeof KPI_KOLOMMEN> = {
  naam: "KPI-tabel",
  spec: {
    definities: KPI_KOLOMMEN,
    anker: "kpi",
    minimum: 2,
    // A lone text under the KPIs ("Doelwaarden 2023: gepubliceerd.") is a note, not a KPI.
    isGegeven: () => false,
  },
};

function leesKpis(ctx: Context, jaar: number | undefined): Tabel<KpiRegel, typeof KPI_KOLOMMEN> | undefined {
  const { melder, namen } = ctx;
  const grid = namen.kpi ? namen.kpi.waarde : zoekBladOpRol(ctx.werkboek, "kpi", jaar);
  if (!grid) return undefined;
  const t = openBijlageTabel(ctx, grid, KPIS, jaar);
  if (!t) return undefined;
  const { kolommen, cellen } = t;
  const regels: KpiRegel[] = [];
  for (const { rij, naam } of benoemdeRijen(grid, t.gegevens, kolommen.kpi.kolom, melder)) {
    const regel: KpiRegel = { rij, naam };
    const doel = cellen.getal(rij, "doel", `De doelwaarde van '${naam.waarde}'`, true);
    if (doel) regel.doel = doel;
    const r = cellen.tekst(rij, "richting");
    if (!r) {
      melder.fout(
        "WAARDE_ONTBREEKT",
        `De richting van '${naam.waarde}' ontbreekt.`,
        plek(grid, rij, kolommen.richting.kolom),
        "hoger of lager",
        "(leeg)",
      );
    } else {
      const richting = leesRichting(r.waarde);
      if (richting) {
        regel.richting = { ...r, waarde: richting };
      } else {
        melder.fout(
          "KPI_RICHTING_ONGELDIG",
          `De richting van '${naam.waarde}' in ${r.cel} moet 'hoger' of 'lager' zijn.`,
          r,
          "hoger of lager",
          toon(r.ruw),
        );
      }
    }
    const realisatie = cellen.getal(rij, "realisatie", `De realisatie van '${naam.waarde}'`, false);
    if (realisatie) regel.realisatie = realisatie;
    regels.push(regel);
  }
  return { blad: grid.blad, kopRij: t.kopRij, kolommen, regels };
}
