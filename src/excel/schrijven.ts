// Writes a sheet plan (src/core/sheetplan.ts) into the workbook and undoes the last fill.
//
// schrijfPlan, in a constant number of syncs:
//   sync 1: which sheets and workbook names exist (skipped when a read in the same run knows it);
//   sync 2: only when the target sheet exists and either the plan sets column widths no read
//           brought, or the plan names its area (Ontplooj_Gebied): the current widths, and what
//           the new area would cover (contents and merged cells; notes, comments and drawings only
//           from a read in the same run, leesWerkboek's `breedtesVan`). The area is a promise
//           (src/core/gebied.ts): covering the user's own work outside the previous fill's area
//           is refused (GebiedFout) before anything is written;
//   sync 3: the backup of the plan's area into the hidden sheet Ontplooj_Herstel (Range.copyFrom,
//           so values, formulas, number formats and styles are kept exactly, with a JSON note of
//           the sheet, area, widths and names), then the plan itself: number formats (first, so
//           text cells keep their text), formulas (English syntax) and constants, styles, column
//           widths, names, and the plan's native charts (src/excel/grafieken.ts; the sheet's chart
//           names come from the read, or from sync 2 when there was none).
// A plan too large for one request (Excel on the web: 5 MB) continues in bands of rows, one sync
// per band; if a later band fails, the area is restored from the backup, so no half-written sheet
// is left behind.
//
// herstelVulling undoes the last fill in two syncs: read the note, restore and remove the backup
// (three when the fill placed charts on an existing sheet: which charts are there now).
import { eigenGebied, gebiedWeigering, leesRechthoek, toetsGebied, type Bezet } from "../core/gebied";
import { adres, bladVerwijzing, kolomLetters, parseAdres } from "../core/grid";
import {
  ongeldigeGetallen,
  type BladPlan,
  type CelStijl,
  type GrafiekPlan,
  type PlanCel,
} from "../core/sheetplan";
import { excelFoutCode } from "./fouten";
import {
  GRAFIEKEN_NAAM,
  GRAFIEKEN_OVERGESLAGEN,
  grafiekenFormule,
  leesGrafiekenFormule,
  metReeksnamen,
  ondersteuntGrafieken,
  plaatsGrafieken,
  verwijderGrafieken,
} from "./grafieken";
import { HERSTEL_BLAD, ondersteuntExcelApi } from "./omgeving";
import { jsonBytes, STANDAARD_BUDGET, verdeelInBanden } from "./payload";
import { sync } from "./syncs";

/** The new area would cover the user's own work: nothing has been written. Dutch message. */
export class GebiedFout extends Error {
  constructor(
    bericht: string,
    readonly bezet: readonly Bezet[],
  ) {
    super(bericht);
  }
}

/** A plan with a value no workbook can hold (NaN, Infinity): nothing has been written. */
export class PlanFout extends Error {}

/** The cell of the backup sheet that holds the note; far right, so it never meets a plan's area. */
export const HERSTEL_NOTITIE_CEL = "XFD1";

/** What the backup sheet remembers besides the copied area. */
export interface HerstelNotitie {
  versie: 1;
  /** Unique per fill, so a failed fill only ever restores its own backup. */
  kenmerk: string;
  blad: string;
  gebied: string;
  /** false: the fill created the sheet; undo deletes it. */
  bladBestond: boolean;
  /** Column widths in points before the fill, for the columns the plan sets. */
  breedtes: Record<string, number>;
  /** The plan's names and their formula before the fill (null: the fill added it). */
  namen: { naam: string; formule: string | null }[];
  /** Charts: the ones this fill placed (by name), and those of the fill before it replaced. */
  grafieken?: { geplaatst: string[]; vorige: GrafiekPlan[] };
}

export interface SchrijfOpties {
  /** Keep the area's previous content for undo (default true). */
  herstelpunt?: boolean;
  /** Clear the whole sheet instead of only the plan's area (the report sheet). */
  wisBlad?: boolean;
  /** Show the sheet when done. */
  activeer?: boolean;
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  budget?: number;
  /**
   * What a read in the same Excel.run just found (leesWerkboek's `bekend`): which sheets and names
   * exist, and the target sheet's column widths when the read was asked for them. Saves the
   * preparing syncs, so a fill after a read costs one sync.
   */
  bekend?: BekendeWerkmap;
}

export interface BekendeWerkmap {
  /** All sheet names, the add-in's own included. */
  bladen: readonly string[];
  /** Workbook names with their formula ("=Eindafrekening!$C$40"). */
  namen: readonly { naam: string; formule: string }[];
  /** Column widths in points of one sheet, keyed by column letters (leesWerkboek's `breedtesVan`). */
  breedtes?: { blad: string; perKolom: Readonly<Record<string, number>> };
  /**
   * What that sheet holds: cells with content; merged ranges, cells with a note or comment and the
   * cells drawings cover, each where the host could tell (leesWerkboek's `breedtesVan`).
   */
  bezetting?: {
    blad: string;
    cellen: readonly string[];
    samenvoegingen?: readonly string[];
    notities?: readonly string[];
    tekeningen?: readonly string[];
  };
  /** The names of the charts on one sheet (leesWerkboek's `breedtesVan`), where the host could tell. */
  grafieken?: { blad: string; namen: readonly string[] };
}

export interface SchrijfResultaat {
  /** Requests the plan's cells were spread over (1 unless the plan exceeds the budget). */
  banden: number;
  cellen: number;
  herstelpunt: boolean;
  /** Charts placed. */
  grafieken: number;
  /** Dutch note when the plan has charts this host cannot add (the cells are written). */
  grafiekenOvergeslagen?: string;
}

export interface HerstelResultaat {
  hersteld: boolean;
  blad?: string;
  gebied?: string;
}

/** Excel character units (as in a plan) to points (as Office.js sets column widths). */
export function tekensNaarPunten(tekens: number): number {
  return Math.round((tekens * 7 + 5) * 0.75 * 100) / 100;
}

/** "C40" or "A1:K150" to the absolute reference a name needs: =Eindafrekening!$C$40. */
export function naamFormule(blad: string, a1: string): string {
  const absoluut = a1
    .split(":")
    .map((deel) => {
      const p = parseAdres(deel);
      return `$${kolomLetters(p.kolom)}$${p.rij + 1}`;
    })
    .join(":");
  return "=" + bladVerwijzing(blad, absoluut);
}

/** Excel's Text number format: what is entered afterwards is kept as text, exactly. */
const TEKST_NOTATIE = "@";

/** What goes into Range.formulas for a plan cell: its formula, or its constant. */
export function formuleInvoer(cel: PlanCel): string | number | boolean | null {
  if (cel.formule) return cel.formule.startsWith("=") ? cel.formule : "=" + cel.formule;
  const w = cel.waarde;
  // A text cell (formatted before it is written, see schrijfPlan) interprets nothing. (A formula
  // in a text cell would stay text as well: plans give "@" to constants only.)
  if (cel.getalnotatie === TEKST_NOTATIE) return w;
  // A text that starts like a formula is kept as text with Excel's apostrophe prefix.
  if (typeof w === "string" && /^[=+\-@]/.test(w)) return "'" + w;
  return w;
}

const UITLIJNING: Record<NonNullable<CelStijl["uitlijning"]>, "Left" | "Center" | "Right"> = {
  links: "Left",
  midden: "Center",
  rechts: "Right",
};

export function celEigenschappen(stijl: CelStijl | undefined): Excel.SettableCellProperties {
  if (!stijl) return {};
  const font: Excel.CellPropertiesFont = {};
  if (stijl.vet !== undefined) font.bold = stijl.vet;
  if (stijl.cursief !== undefined) font.italic = stijl.cursief;
  if (stijl.tekstkleur) font.color = stijl.tekstkleur;
  const format: Excel.CellPropertiesFormat = {};
  if (Object.keys(font).length > 0) format.font = font;
  if (stijl.achtergrond) format.fill = { color: stijl.achtergrond };
  if (stijl.uitlijning) format.horizontalAlignment = UITLIJNING[stijl.uitlijning];
  const randen: Excel.CellBorderCollection = {};
  if (stijl.randBoven) randen.top = { style: "Continuous", weight: "Thin" };
  if (stijl.randOnder) randen.bottom = { style: "Continuous", weight: "Thin" };
  if (Object.keys(randen).length > 0) format.borders = randen;
  return Object.keys(format).length > 0 ? { format } : {};
}

interface Rechthoek {
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
}

interface PlanRijen {
  vak: Rechthoek;
  formules: (string | number | boolean | null)[][];
  notaties: (string | null)[][];
  eigenschappen: Excel.SettableCellProperties[][];
  /** Per row: whether any cell has a style. */
  gestijld: boolean[];
  kosten: number[];
}

/** Lays the plan's cells out as row arrays over the rectangle that holds them. */
export function planRijen(plan: BladPlan): PlanRijen | null {
  if (plan.cellen.length === 0) return null;
  const posities = plan.cellen.map((c) => parseAdres(c.adres));
  const minR = Math.min(...posities.map((p) => p.rij));
  const maxR = Math.max(...posities.map((p) => p.rij));
  const minK = Math.min(...posities.map((p) => p.kolom));
  const maxK = Math.max(...posities.map((p) => p.kolom));
  const vak = { rij: minR, kolom: minK, rijen: maxR - minR + 1, kolommen: maxK - minK + 1 };
  const leeg = <T>(v: () => T) =>
    Array.from({ length: vak.rijen }, () => Array.from({ length: vak.kolommen }, v));
  const formules = leeg<string | number | boolean | null>(() => null);
  const notaties = leeg<string | null>(() => null);
  const eigenschappen = leeg<Excel.SettableCellProperties>(() => ({}));
  const gestijld = Array.from({ length: vak.rijen }, () => false);
  plan.cellen.forEach((cel, i) => {
    const r = posities[i].rij - minR;
    const k = posities[i].kolom - minK;
    formules[r][k] = formuleInvoer(cel);
    notaties[r][k] = cel.getalnotatie ?? null;
    const e = celEigenschappen(cel.stijl);
    eigenschappen[r][k] = e;
    if (e.format) gestijld[r] = true;
  });
  const kosten = formules.map(
    (_, r) =>
      jsonBytes(formules[r]) + jsonBytes(notaties[r]) + (gestijld[r] ? jsonBytes(eigenschappen[r]) : 0),
  );
  return { vak, formules, notaties, eigenschappen, gestijld, kosten };
}

/** The non-empty cells of an area from its formulas (Excel gives "" for an empty cell). */
function gevuldeCellen(gebied: string, formules: unknown[][] | undefined): string[] {
  const van = leesRechthoek(gebied).van;
  const uit: string[] = [];
  (formules ?? []).forEach((rij, i) =>
    rij.forEach((f, j) => {
      if (f !== "" && f !== null && f !== undefined) uit.push(adres(van.rij + i, van.kolom + j));
    }),
  );
  return uit;
}

/** "Blad!A1:B2, 'Blad 2'!$C$3" to ["A1:B2", "C3"]. */
export function adressen(lijst: string): string[] {
  return lijst
    .split(",")
    .map((a) =>
      a
        .slice(a.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim(),
    )
    .filter((a) => a !== "");
}

/** A sheet or workbook name as Excel compares it: without regard to case. */
function sleutel(naam: string): string {
  return naam.toLowerCase();
}

function nieuwKenmerk(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function schrijfPlan(
  context: Excel.RequestContext,
  plan: BladPlan,
  opties: SchrijfOpties = {},
): Promise<SchrijfResultaat> {
  const ongeldig = ongeldigeGetallen(plan);
  if (ongeldig.length > 0)
    throw new PlanFout(
      `De afrekening bevat een ongeldig getal: ${ongeldig.slice(0, 5).join("; ")}. Er is niets geschreven.`,
    );
  const metHerstel = opties.herstelpunt ?? true;
  const budget = opties.budget ?? STANDAARD_BUDGET;
  const werkbladen = context.workbook.worksheets;
  const namen = context.workbook.names;

  // Sync 1 (unless a read just told us): what exists.
  let bekend = opties.bekend;
  if (!bekend) {
    werkbladen.load("items/name");
    namen.load("items/name,items/formula");
    await sync(context);
    bekend = {
      bladen: werkbladen.items.map((w) => w.name),
      namen: namen.items.map((n) => ({ naam: n.name, formule: String(n.formula) })),
    };
  }
  // Excel compares sheet names and workbook names without regard to case (adding "SALDO" next to
  // "Saldo" fails), and getItem finds them the same way.
  const bladen = new Set(bekend.bladen.map(sleutel));
  const bestaandeNamen = new Map(bekend.namen.map((n) => [sleutel(n.naam), n.formule]));
  const bladBestond = bladen.has(sleutel(plan.blad));
  const herstelBestond = bladen.has(sleutel(HERSTEL_BLAD));
  const breedteKolommen = Object.keys(plan.kolombreedtes ?? {});

  // Sync 2 (only when refilling a sheet whose widths the plan sets and no read brought them, or
  // whose plan names its area): the widths to restore on undo, and what the new area would cover.
  const breedtes: Record<string, number> = {};
  let formaten: { kolom: string; format: Excel.RangeFormat }[] | undefined;
  if (metHerstel && bladBestond && breedteKolommen.length > 0) {
    const bekendeBreedtes =
      bekend.breedtes && sleutel(bekend.breedtes.blad) === sleutel(plan.blad)
        ? bekend.breedtes.perKolom
        : undefined;
    if (bekendeBreedtes && breedteKolommen.every((k) => typeof bekendeBreedtes[k] === "number")) {
      for (const k of breedteKolommen) breedtes[k] = bekendeBreedtes[k];
    } else {
      const blad = werkbladen.getItem(plan.blad);
      formaten = breedteKolommen.map((kolom) => {
        const format = blad.getRange(`${kolom}:${kolom}`).format;
        format.load("columnWidth");
        return { kolom, format };
      });
    }
  }
  const gebiedNaam = plan.namen.find((n) => n.adres === plan.gebied)?.naam;
  const bewaak = bladBestond && !opties.wisBlad && gebiedNaam !== undefined;
  // A read in the same run saw the sheet: its cells (and merges) serve the check without a sync.
  const gezien =
    bewaak && bekend.bezetting && sleutel(bekend.bezetting.blad) === sleutel(plan.blad)
      ? bekend.bezetting
      : undefined;
  let inhoud: Excel.Range | undefined;
  let samengevoegd: Excel.RangeAreas | undefined;
  if (bewaak && !gezien) {
    inhoud = werkbladen.getItem(plan.blad).getRange(plan.gebied);
    inhoud.load("formulas");
    // Merged areas need ExcelApi 1.13; older hosts check the contents only.
    if (ondersteuntExcelApi("1.13")) {
      samengevoegd = inhoud.getMergedAreasOrNullObject();
      samengevoegd.load("address");
    }
  }
  // The charts already on the sheet (by name): the plan's own from a previous fill are replaced.
  const grafiekPlannen = metReeksnamen(plan.grafieken ?? [], plan.cellen);
  const grafiekenKunnen = grafiekPlannen.length > 0 && ondersteuntGrafieken();
  let aanwezig: string[] = [];
  let kaarten: Excel.ChartCollection | undefined;
  if (grafiekenKunnen && bladBestond) {
    if (bekend.grafieken && sleutel(bekend.grafieken.blad) === sleutel(plan.blad))
      aanwezig = [...bekend.grafieken.namen];
    else {
      kaarten = werkbladen.getItem(plan.blad).charts;
      kaarten.load("items/name");
    }
  }
  if (formaten || inhoud || kaarten) await sync(context);
  if (kaarten) aanwezig = kaarten.items.map((k) => k.name);
  for (const f of formaten ?? []) breedtes[f.kolom] = f.format.columnWidth;
  if (bewaak && gebiedNaam) {
    const vorigeFormule = bestaandeNamen.get(sleutel(gebiedNaam));
    const vorig = vorigeFormule ? eigenGebied(vorigeFormule, plan.blad, plan.gebied) : undefined;
    const bezet = toetsGebied(vorig, plan.gebied, {
      cellen: gezien ? gezien.cellen : gevuldeCellen(plan.gebied, inhoud?.formulas),
      samenvoegingen: gezien
        ? (gezien.samenvoegingen ?? [])
        : samengevoegd && !samengevoegd.isNullObject
          ? adressen(samengevoegd.address)
          : [],
      // Notes and drawings are known only from a read in the same run (the panel always reads first).
      notities: gezien?.notities ?? [],
      tekeningen: gezien?.tekeningen ?? [],
    });
    if (bezet.length > 0) throw new GebiedFout(gebiedWeigering(plan.blad, vorig, plan.gebied, bezet), bezet);
  }

  // What the charts of the fill before were (for undo), of those this fill replaces.
  const eigenNamen = new Set(grafiekPlannen.map((g) => sleutel(g.naam)));
  const aanwezigSleutels = new Set(aanwezig.map(sleutel));
  const vorigeGrafieken = grafiekenKunnen
    ? leesGrafiekenFormule(bestaandeNamen.get(sleutel(GRAFIEKEN_NAAM))).filter((g) =>
        aanwezigSleutels.has(sleutel(g.naam)),
      )
    : [];
  for (const g of vorigeGrafieken) eigenNamen.add(sleutel(g.naam));
  const naamLijst = [...plan.namen.map((n) => n.naam), ...(grafiekenKunnen ? [GRAFIEKEN_NAAM] : [])];

  // Sync 3: backup, clear, first band of the plan.
  const kenmerk = nieuwKenmerk();
  if (metHerstel) {
    const herstel = herstelBestond ? werkbladen.getItem(HERSTEL_BLAD) : werkbladen.add(HERSTEL_BLAD);
    if (herstelBestond) herstel.getRange().clear("All");
    herstel.visibility = "Hidden";
    if (bladBestond)
      herstel.getRange(plan.gebied).copyFrom(werkbladen.getItem(plan.blad).getRange(plan.gebied), "All");
    const notitie: HerstelNotitie = {
      versie: 1,
      kenmerk,
      blad: plan.blad,
      gebied: plan.gebied,
      bladBestond,
      breedtes,
      namen: naamLijst.map((naam) => ({ naam, formule: bestaandeNamen.get(sleutel(naam)) ?? null })),
      ...(grafiekenKunnen
        ? { grafieken: { geplaatst: grafiekPlannen.map((g) => g.naam), vorige: vorigeGrafieken } }
        : {}),
    };
    const notitieCel = herstel.getRange(HERSTEL_NOTITIE_CEL);
    notitieCel.numberFormat = [["@"]];
    notitieCel.values = [[JSON.stringify(notitie)]];
  }
  const blad = bladBestond ? werkbladen.getItem(plan.blad) : werkbladen.add(plan.blad);
  (opties.wisBlad ? blad.getRange() : blad.getRange(plan.gebied)).clear("All");

  const rijen = planRijen(plan);
  const banden = rijen ? verdeelInBanden(rijen.kosten, budget, budget - 64 * 1024) : [];
  try {
    for (let b = 0; b < Math.max(1, banden.length); b++) {
      const band = banden[b];
      if (rijen && band) {
        const van = band[0];
        const bereik = blad.getRangeByIndexes(
          rijen.vak.rij + van,
          rijen.vak.kolom,
          band.length,
          rijen.vak.kolommen,
        );
        // Number formats first: Excel applies the Text format ("@") only to what is entered after
        // it, so a text like "1234.56" or "1-2" in a text cell must not be read as a number or date.
        bereik.numberFormat = band.map((r) => rijen.notaties[r]);
        bereik.formulas = band.map((r) => rijen.formules[r]);
        if (band.some((r) => rijen.gestijld[r]))
          bereik.setCellProperties(band.map((r) => rijen.eigenschappen[r]));
      }
      if (b === Math.max(1, banden.length) - 1) {
        for (const [k, tekens] of Object.entries(plan.kolombreedtes ?? {})) {
          blad.getRange(`${k}:${k}`).format.columnWidth = tekensNaarPunten(tekens);
        }
        const zetNaam = (naam: string, formule: string) => {
          if (bestaandeNamen.has(sleutel(naam))) namen.getItem(naam).formula = formule;
          else namen.add(naam, formule);
        };
        for (const n of plan.namen) zetNaam(n.naam, naamFormule(plan.blad, n.adres));
        if (grafiekenKunnen) {
          // After the column widths, so each chart covers the cells of its anchor.
          verwijderGrafieken(
            blad,
            aanwezig.filter((n) => eigenNamen.has(sleutel(n))),
            aanwezig,
          );
          plaatsGrafieken(blad, grafiekPlannen);
          const formule = grafiekenFormule(grafiekPlannen);
          if (formule) zetNaam(GRAFIEKEN_NAAM, formule);
          else if (bestaandeNamen.has(sleutel(GRAFIEKEN_NAAM))) namen.getItem(GRAFIEKEN_NAAM).delete();
        }
        if (opties.activeer) blad.activate();
      }
      await sync(context);
    }
  } catch (fout) {
    // A band after the first failed: the backup is in place; put the area back as it was.
    if (metHerstel) await herstelNaMislukking(context, kenmerk);
    throw fout;
  }
  return {
    banden: Math.max(1, banden.length),
    cellen: plan.cellen.length,
    herstelpunt: metHerstel,
    grafieken: grafiekenKunnen ? grafiekPlannen.length : 0,
    ...(grafiekPlannen.length > 0 && !grafiekenKunnen
      ? { grafiekenOvergeslagen: GRAFIEKEN_OVERGESLAGEN }
      : {}),
  };
}

async function herstelNaMislukking(context: Excel.RequestContext, kenmerk: string): Promise<void> {
  try {
    await herstelVulling(context, { kenmerk });
  } catch {
    // The original error is what the user must see; the backup stays for a manual undo.
  }
}

/**
 * Undoes the last fill: puts back the area's values, formulas, formats and column widths and the
 * names as they were, or removes the sheet the fill created; then removes the backup sheet.
 * Two syncs. With `kenmerk`, only that fill's backup is restored; with `blad`, only a fill of that sheet.
 */
export async function herstelVulling(
  context: Excel.RequestContext,
  opties: { kenmerk?: string; blad?: string } = {},
): Promise<HerstelResultaat> {
  const werkbladen = context.workbook.worksheets;
  const namen = context.workbook.names;
  werkbladen.load("items/name");
  namen.load("items/name");
  const herstel = werkbladen.getItem(HERSTEL_BLAD);
  const notitieCel = herstel.getRange(HERSTEL_NOTITIE_CEL);
  notitieCel.load("values");
  try {
    await sync(context);
  } catch (fout) {
    if (isNietGevonden(fout)) return { hersteld: false }; // no backup sheet: nothing to undo
    throw fout;
  }
  const notitie = leesNotitie(notitieCel.values?.[0]?.[0]);
  if (!notitie || (opties.kenmerk && notitie.kenmerk !== opties.kenmerk)) return { hersteld: false };
  if (opties.blad && sleutel(notitie.blad) !== sleutel(opties.blad)) return { hersteld: false };

  const bladen = new Set(werkbladen.items.map((w) => sleutel(w.name)));
  const bestaandeNamen = new Set(namen.items.map((n) => sleutel(n.name)));
  // Charts the fill placed on a sheet that stays: which are there now (the user may have removed one).
  const grafieken =
    notitie.grafieken && notitie.bladBestond && bladen.has(sleutel(notitie.blad)) && ondersteuntGrafieken()
      ? notitie.grafieken
      : undefined;
  let kaarten: Excel.ChartCollection | undefined;
  if (grafieken) {
    kaarten = werkbladen.getItem(notitie.blad).charts;
    kaarten.load("items/name");
    await sync(context);
  }
  for (const n of notitie.namen) {
    if (n.formule === null) {
      if (bestaandeNamen.has(sleutel(n.naam))) namen.getItem(n.naam).delete();
    } else if (bestaandeNamen.has(sleutel(n.naam))) {
      namen.getItem(n.naam).formula = n.formule;
    } else {
      namen.add(n.naam, n.formule);
    }
  }
  if (notitie.bladBestond) {
    const blad = bladen.has(sleutel(notitie.blad))
      ? werkbladen.getItem(notitie.blad)
      : werkbladen.add(notitie.blad);
    const bereik = blad.getRange(notitie.gebied);
    bereik.clear("All");
    bereik.copyFrom(herstel.getRange(notitie.gebied), "All");
    for (const [k, punten] of Object.entries(notitie.breedtes))
      blad.getRange(`${k}:${k}`).format.columnWidth = punten;
    if (grafieken && kaarten) {
      const aanwezig = kaarten.items.map((k) => k.name);
      verwijderGrafieken(blad, grafieken.geplaatst, aanwezig);
      plaatsGrafieken(blad, grafieken.vorige);
    }
    blad.activate();
  } else if (bladen.has(sleutel(notitie.blad))) {
    werkbladen.getItem(notitie.blad).delete();
  }
  herstel.delete();
  await sync(context);
  return { hersteld: true, blad: notitie.blad, gebied: notitie.gebied };
}

function leesNotitie(v: unknown): HerstelNotitie | null {
  if (typeof v !== "string") return null;
  try {
    const n = JSON.parse(v) as HerstelNotitie;
    return n && n.versie === 1 && typeof n.blad === "string" && typeof n.gebied === "string" ? n : null;
  } catch {
    return null;
  }
}

/** Whether an error means "this sheet or cell is not there". */
export function isNietGevonden(fout: unknown): boolean {
  return excelFoutCode(fout) === "ItemNotFound";
}

/** The sheet whose fill the backup holds, or null without one (one sync). */
export async function herstelpuntVan(context: Excel.RequestContext): Promise<string | null> {
  const cel = context.workbook.worksheets.getItem(HERSTEL_BLAD).getRange(HERSTEL_NOTITIE_CEL);
  cel.load("values");
  try {
    await sync(context);
  } catch (fout) {
    if (isNietGevonden(fout)) return null; // no backup sheet
    throw fout;
  }
  return leesNotitie(cel.values?.[0]?.[0])?.blad ?? null;
}

/** Whether the workbook holds a fill that can be undone (one sync). */
export async function heeftHerstelpunt(context: Excel.RequestContext): Promise<boolean> {
  const werkbladen = context.workbook.worksheets;
  werkbladen.load("items/name");
  await sync(context);
  return werkbladen.items.some((w) => w.name === HERSTEL_BLAD);
}
