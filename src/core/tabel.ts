// The one table reader of the core: finds a table by its header row (any column order, accepted
// spellings, a year in the header), walks its rows the way people lay them out (category rows,
// subtotals, spacer rows, a Totaal) and reads cells through the column's own definition, so a
// column's labels, display name and finding code live in one place.
import { veiligeTekst } from "./echo";
import { eindeGrid, isLeeg, isVerborgenKolom, waardeOp, type CelWaarde, type Grid } from "./grid";
import { normaliseerLabel } from "./labels";
import type { Decimal, Notatie } from "./money";
// The one place numbers (getal-cel.ts) and text are read from a cell.
import { plek, tekstOp as leesTekstCel } from "./bijlage1/tabel";
import { leesGetalCel } from "./getal-cel";

export { plek };

/** Where a value lives: sheet name as the workbook spells it, A1 address, 0-based row and column. */
export interface CelPlek {
  blad: string;
  cel: string;
  rij: number;
  kolom: number;
}

/** A value read from a cell, with its origin. */
export interface Gevonden<T> extends CelPlek {
  waarde: T;
  /** The raw cell value (a formula's cached result for formula cells). */
  ruw: CelWaarde;
  /** The cell's formula in English syntax, when it has one. */
  formule?: string;
  /**
   * True when a number was read from text ("7.150", "2%"): a formula referring to the cell would
   * not see a number, so the settlement sheet copies the value instead.
   */
  uitTekst: boolean;
}

/** Everything about one column of a table. */
export interface KolomDef<S extends string = string, C extends string = string> {
  readonly sleutel: S;
  /** Accepted header texts; the first is the template's. A year may precede or follow ("Tarief 2023"). */
  readonly labels: readonly string[];
  /** Name in messages ("Aantal begroot"). */
  readonly naam: string;
  /** The table cannot be read without this column (its cells are typed as present). */
  readonly verplicht: boolean;
  /** Report the column when absent (KOLOM_ONTBREEKT), but read the table without it. */
  readonly meldAlsAfwezig?: boolean;
  /** Finding code for a cell that is no number (number columns only). */
  readonly ongeldigCode?: C;
}

export type Sleutel<D extends readonly KolomDef[]> = D[number]["sleutel"];
type VerplichteSleutel<D extends readonly KolomDef[]> = Extract<D[number], { verplicht: true }>["sleutel"];

/** Header cells per column: required columns are there (no `!` needed), the others may be. */
export type TabelKolommen<D extends readonly KolomDef[]> = { [S in VerplichteSleutel<D>]: CelPlek } & {
  [S in Sleutel<D>]?: CelPlek;
};

/**
 * Reports a finding: code, Dutch message, cell, expected and found. The caller owns the severity
 * (one definition per code), e.g. bijlage-1's Melder.meldCode.
 */
export type Meld = (
  code: string,
  bericht: string,
  plek: CelPlek,
  verwacht?: string,
  gevonden?: string,
) => void;

/** Finding codes the table reader itself reports; the caller's code list defines their severity. */
export const TABEL_CODES = {
  kolomOntbreekt: "KOLOM_ONTBREEKT",
  kolomDubbel: "KOLOM_DUBBEL",
  kolomVerborgen: "KOLOM_VERBORGEN",
  verborgenGenegeerd: "KOLOM_VERBORGEN_GENEGEERD",
  waardeOntbreekt: "WAARDE_ONTBREEKT",
} as const;

export type TabelCode = (typeof TABEL_CODES)[keyof typeof TABEL_CODES];
/** The codes the header reader (kiesKolommen) reports; every domain's catalogue defines them. */
export type KopCode = Exclude<TabelCode, "WAARDE_ONTBREEKT">;

export interface TabelSpec<D extends readonly KolomDef[]> {
  definities: D;
  /** The column that names a row (Dienst, KPI); the header row must have it. Without one the leftmost column names rows. */
  anker?: Sleutel<D>;
  /** Known columns a header row needs, the anchor included (default 2). */
  minimum?: number;
  /** Columns a header row needs among those that are required or reported when absent (default 0). */
  minimumNodig?: number;
  /** Text in the anchor column that is a data row even when the rest of the row is empty (a known service). */
  isGegeven?: (tekst: string) => boolean;
  /** Labels of blocks below the table ("Voorschotten betaald"): such a row ends the table. */
  stopLabels?: readonly string[];
  /** Where the search for a header row starts (0-based sheet row). */
  vanafRij?: number;
}

/** A header cell that names a column, possibly for a year ("Tarief 2023"). */
export interface KopKandidaat<S extends string> {
  sleutel: S;
  plek: CelPlek;
  jaar?: number;
  tekst: string;
  verborgen: boolean;
}

export type RijSoort = "gegevens" | "leeg" | "categorie" | "subtotaal" | "totaal";

export interface Subtotaal {
  rij: number;
  /** The data rows it sums: those since the previous subtotal (or the header). */
  regels: number[];
}

/** A located table: its header row, every header candidate and its rows; columns not yet chosen. */
export interface TabelVondst<S extends string> {
  blad: string;
  kopRij: number;
  kandidaten: KopKandidaat<S>[];
  /** Data rows, top to bottom (spacer, category and subtotal rows left out). */
  gegevens: number[];
  categorieen: number[];
  subtotalen: Subtotaal[];
  totaalRij?: number;
  /** Last row that belongs to the table (its Totaal, or its last non-empty row). */
  laatsteRij: number;
  /** Where the table ended without a Totaal: the first row after the two blank rows or the next block. */
  eindeRij?: number;
}

export interface GelezenTabel<D extends readonly KolomDef[]> extends TabelVondst<Sleutel<D>> {
  kolommen: TabelKolommen<D>;
}

const JAAR = /(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])/g;

/** A header text split into its label and the year it carries ("Tarief 2023" → tarief, 2023). */
export function kopTekst(tekst: string): { label: string; jaar?: number } {
  const jaren = [...tekst.matchAll(JAAR)].map((m) => Number(m[1]));
  if (jaren.length !== 1) return { label: normaliseerLabel(tekst) };
  return { label: normaliseerLabel(tekst.replace(JAAR, " ")), jaar: jaren[0] };
}

function labelIndex<D extends readonly KolomDef[]>(definities: D): Map<string, Sleutel<D>> {
  const m = new Map<string, Sleutel<D>>();
  for (const d of definities) for (const l of d.labels) m.set(normaliseerLabel(l), d.sleutel);
  return m;
}

function kandidatenInRij<D extends readonly KolomDef[]>(
  grid: Grid,
  rij: number,
  index: Map<string, Sleutel<D>>,
): KopKandidaat<Sleutel<D>>[] {
  const uit: KopKandidaat<Sleutel<D>>[] = [];
  const r = grid.waarden[rij - grid.startRij] ?? [];
  for (let j = 0; j < r.length; j++) {
    const v = r[j];
    if (typeof v !== "string") continue;
    const { label, jaar } = kopTekst(v);
    const sleutel = index.get(label);
    if (sleutel === undefined) continue;
    const kolom = grid.startKolom + j;
    uit.push({
      sleutel,
      plek: plek(grid, rij, kolom),
      ...(jaar !== undefined ? { jaar } : {}),
      tekst: v.trim(),
      verborgen: isVerborgenKolom(grid, kolom),
    });
  }
  return uit;
}

/** A header row: the anchor's label (when there is an anchor), `minimum` known and `minimumNodig` needed columns. */
function isKopRij<D extends readonly KolomDef[]>(
  spec: TabelSpec<D>,
  kandidaten: readonly KopKandidaat<Sleutel<D>>[],
): boolean {
  const rollen = new Set(kandidaten.map((k) => k.sleutel));
  if (spec.anker !== undefined && !rollen.has(spec.anker)) return false;
  if (rollen.size < (spec.minimum ?? 2)) return false;
  const nodig = spec.definities.filter(
    (d) => (d.verplicht || d.meldAlsAfwezig) && rollen.has(d.sleutel),
  ).length;
  return nodig >= (spec.minimumNodig ?? 0);
}

/** The column that names the rows: the anchor's, else the leftmost header cell. */
function ankerKandidaat<S extends string>(
  anker: S | undefined,
  kandidaten: readonly KopKandidaat<S>[],
): KopKandidaat<S> {
  const eigen = anker === undefined ? undefined : kandidaten.find((k) => k.sleutel === anker);
  return eigen ?? kandidaten.reduce((a, b) => (b.plek.kolom < a.plek.kolom ? b : a));
}

/** The first header row (see isKopRij) from `vanafRij` on. */
export function zoekKop<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
): { kopRij: number; kandidaten: KopKandidaat<Sleutel<D>>[] } | undefined {
  const index = labelIndex(spec.definities);
  for (let i = Math.max(0, (spec.vanafRij ?? grid.startRij) - grid.startRij); i < grid.waarden.length; i++) {
    const rij = grid.startRij + i;
    const kandidaten = kandidatenInRij(grid, rij, index);
    if (isKopRij(spec, kandidaten)) return { kopRij: rij, kandidaten: metJaarBoven(grid, rij, kandidaten) };
  }
  return undefined;
}

/** The year a cell names on its own: 2023, "2023", "Begroting 2023"; else undefined. */
function celJaar(v: CelWaarde): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2099 ? v : undefined;
  if (typeof v !== "string" || v.trim().length > 30) return undefined;
  return kopTekst(v).jaar;
}

/**
 * Years written in the row above the header, one per block ("2024" merged over Tarief and Aantal,
 * then "2023"): a header cell without its own year takes the nearest year at or left of it. Only
 * when every filled cell of that row (within the table) is a year.
 */
function metJaarBoven<S extends string>(
  grid: Grid,
  kopRij: number,
  kandidaten: KopKandidaat<S>[],
): KopKandidaat<S>[] {
  if (kopRij <= grid.startRij) return kandidaten;
  const kolommen = kandidaten.map((k) => k.plek.kolom);
  const links = Math.min(...kolommen);
  const rechts = Math.max(...kolommen);
  const jaren: { kolom: number; jaar: number }[] = [];
  for (let k = links; k <= rechts; k++) {
    const v = waardeOp(grid, kopRij - 1, k);
    if (isLeeg(v)) continue;
    const jaar = celJaar(v);
    if (jaar === undefined) return kandidaten;
    jaren.push({ kolom: k, jaar });
  }
  if (jaren.length === 0) return kandidaten;
  return kandidaten.map((k) => {
    if (k.jaar !== undefined) return k;
    const links = jaren.filter((j) => j.kolom <= k.plek.kolom);
    const boven = links[links.length - 1];
    return boven ? { ...k, jaar: boven.jaar } : k;
  });
}

function tekstBegint(v: CelWaarde, ...begin: string[]): boolean {
  if (typeof v !== "string") return false;
  const n = normaliseerLabel(v);
  return begin.some((b) => n.startsWith(b));
}

/**
 * Walks the rows under a header. A blank row is a spacer; two blank rows in a row, a Totaal, a
 * label/value pair, a label of another block ("Voorschotten betaald") or another header row end it.
 * A row with only a text at or left of the anchor that is no data ("Begeleiding") is a category
 * row; "Subtotaal …" rows are subtotals of the data rows since the previous one.
 */
export function vindRijen<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
  kopRij: number,
  kandidaten: readonly KopKandidaat<Sleutel<D>>[],
): Omit<TabelVondst<Sleutel<D>>, "blad" | "kopRij" | "kandidaten"> {
  const ankerKolom = ankerKandidaat(spec.anker, kandidaten).plek.kolom;
  const kolommen = kandidaten.map((k) => k.plek.kolom);
  const links = Math.min(grid.startKolom, ...kolommen);
  const rechts = Math.max(...kolommen);
  const stop = new Set((spec.stopLabels ?? []).map(normaliseerLabel));
  const index = labelIndex(spec.definities);
  const einde = eindeGrid(grid).rij;

  const gegevens: number[] = [];
  const categorieen: number[] = [];
  const subtotalen: Subtotaal[] = [];
  let sindsSubtotaal: number[] = [];
  let laatsteRij = kopRij;
  let leeg = 0;
  for (let rij = kopRij + 1; rij <= einde; rij++) {
    const gevuld: { kolom: number; v: CelWaarde }[] = [];
    for (let k = links; k <= rechts; k++) {
      const v = waardeOp(grid, rij, k);
      if (!isLeeg(v)) gevuld.push({ kolom: k, v });
    }
    if (gevuld.length === 0) {
      if (++leeg >= 2) return { gegevens, categorieen, subtotalen, laatsteRij, eindeRij: rij + 1 };
      continue;
    }
    const eerste = gevuld[0].v;
    const anker = waardeOp(grid, rij, ankerKolom);
    const naam = isLeeg(anker) ? eerste : anker;
    const labelTekst = typeof naam === "string" ? naam.trim() : "";
    const gegeven = labelTekst !== "" && (spec.isGegeven?.(labelTekst) ?? false);
    const volgendeKop = isKopRij(spec, kandidatenInRij(grid, rij, index));
    // The table is over at a label/value pair ("Opgesteld door:" | "J. Jansen"; after a blank row
    // also without colon, when the row holds no number), a known label of another block, or a
    // second header row. A lone "Begeleiding:" is a category row, not an end.
    const paar = gevuld.length >= 2 && !gegeven;
    const zonderGetal = gevuld.every((c) => typeof c.v === "string" && !/[0-9]/.test(c.v));
    if (
      (paar && labelTekst.endsWith(":")) ||
      (paar && leeg > 0 && zonderGetal) ||
      stop.has(normaliseerLabel(labelTekst)) ||
      volgendeKop
    )
      return { gegevens, categorieen, subtotalen, laatsteRij, eindeRij: rij };
    leeg = 0;
    laatsteRij = rij;
    if (tekstBegint(eerste, "subtotaal", "subtotal") || tekstBegint(anker, "subtotaal", "subtotal")) {
      subtotalen.push({ rij, regels: sindsSubtotaal });
      sindsSubtotaal = [];
      continue;
    }
    if (tekstBegint(eerste, "totaal", "total") || tekstBegint(anker, "totaal", "total"))
      return { gegevens, categorieen, subtotalen, laatsteRij, totaalRij: rij, eindeRij: rij + 1 };
    const alleen = gevuld.length === 1 ? gevuld[0] : undefined;
    if (
      alleen &&
      typeof alleen.v === "string" &&
      alleen.kolom <= ankerKolom &&
      !(spec.isGegeven?.(alleen.v) ?? false)
    ) {
      categorieen.push(rij);
      continue;
    }
    gegevens.push(rij);
    sindsSubtotaal.push(rij);
  }
  return { gegevens, categorieen, subtotalen, laatsteRij };
}

/** Finds a table on a sheet: header row and rows. The columns are chosen by `kiesKolommen`. */
export function zoekTabel<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
): TabelVondst<Sleutel<D>> | undefined {
  const kop = zoekKop(grid, spec);
  if (!kop) return undefined;
  return { blad: grid.blad, ...kop, ...vindRijen(grid, spec, kop.kopRij, kop.kandidaten) };
}

function cellen(ks: readonly KopKandidaat<string>[]): string {
  return ks.map((k) => `${k.plek.cel} ('${k.tekst}')`).join(" en ");
}

/**
 * Chooses one header cell per column. With several candidates (two year blocks, an old column
 * left in place): the block of the workbook's year; else the one visible candidate, saying which
 * hidden one is left out; else a KOLOM_DUBBEL naming the cells, and the column is not used.
 * A hidden column that is used gets KOLOM_VERBORGEN. Returns undefined when a required column is
 * missing or ambiguous (after reporting it).
 */
export function kiesKolommen<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
  vondst: Pick<TabelVondst<Sleutel<D>>, "kandidaten">,
  jaar: number | undefined,
  meld: Meld,
): TabelKolommen<D> | undefined {
  const kolommen: Partial<Record<Sleutel<D>, CelPlek>> = {};
  const ankerPlek = ankerKandidaat(spec.anker, vondst.kandidaten).plek;
  const tabelNaam = `de tabel op blad '${grid.blad}' (kopregel ${ankerPlek.cel})`;
  let bruikbaar = true;
  for (const d of spec.definities) {
    let ks = vondst.kandidaten.filter((k) => k.sleutel === d.sleutel);
    const alle = ks;
    if (ks.length > 1 && jaar !== undefined && ks.some((k) => k.jaar === jaar))
      ks = ks.filter((k) => k.jaar === jaar);
    else if (jaar !== undefined && ks.some((k) => k.jaar !== undefined && k.jaar !== jaar))
      // A block of another year is never the workbook's.
      ks = ks.filter((k) => k.jaar === undefined || k.jaar === jaar);
    if (ks.length > 1 && ks.filter((k) => !k.verborgen).length === 1) {
      const zichtbaar = ks.find((k) => !k.verborgen)!;
      for (const v of ks.filter((k) => k.verborgen))
        meld(
          TABEL_CODES.verborgenGenegeerd,
          `In ${tabelNaam} staat '${d.naam}' twee keer: de verborgen kolom ${v.plek.cel} ('${v.tekst}') telt niet mee, ${zichtbaar.plek.cel} ('${zichtbaar.tekst}') wel.`,
          v.plek,
          zichtbaar.plek.cel,
          v.plek.cel,
        );
      ks = [zichtbaar];
    }
    if (ks.length > 1) {
      meld(
        TABEL_CODES.kolomDubbel,
        `In ${tabelNaam} staat '${d.naam}' meer dan eens: ${cellen(ks)}. Het is niet zeker welke kolom telt${jaar === undefined ? "" : ` (geen van beide is duidelijk die van ${jaar})`}. Zet het jaar in de kop ('${d.labels[0]} ${jaar ?? 2023}'), verwijder de oude kolom of hernoem die.`,
        ks[0].plek,
        `één kolom '${d.naam}'`,
        ks.map((k) => k.plek.cel).join(", "),
      );
      if (d.verplicht) bruikbaar = false;
      continue;
    }
    if (ks.length === 0) {
      if (!d.verplicht && !d.meldAlsAfwezig) continue;
      const anderJaar = alle.filter((k) => k.jaar !== undefined && k.jaar !== jaar);
      const hint =
        anderJaar.length > 0
          ? ` ${cellen(anderJaar)} ${anderJaar.length === 1 ? "hoort" : "horen"} bij een ander jaar dan ${jaar}.`
          : "";
      meld(
        TABEL_CODES.kolomOntbreekt,
        `${tabelNaam[0].toUpperCase()}${tabelNaam.slice(1)} heeft geen kolom '${d.labels[0]}'.${hint} Voeg de kolom toe met deze kop.`,
        ankerPlek,
        d.labels[0],
      );
      if (d.verplicht) bruikbaar = false;
      continue;
    }
    const k = ks[0];
    if (k.verborgen)
      meld(
        TABEL_CODES.kolomVerborgen,
        `De kolom '${d.naam}' (${k.plek.cel}, '${k.tekst}') op blad '${grid.blad}' is verborgen maar wordt gebruikt. Maak de kolom zichtbaar en controleer haar, of verwijder haar als zij niet meer geldt.`,
        k.plek,
        "een zichtbare kolom",
        k.plek.cel,
      );
    kolommen[d.sleutel as Sleutel<D>] = k.plek;
  }
  return bruikbaar ? (kolommen as TabelKolommen<D>) : undefined;
}

/** Finds a table and chooses its columns; undefined when there is no header or a required column is unusable. */
export function leesTabel<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
  jaar: number | undefined,
  meld: Meld,
  vondst: TabelVondst<Sleutel<D>> | undefined = zoekTabel(grid, spec),
): GelezenTabel<D> | undefined {
  if (!vondst) return undefined;
  const kolommen = kiesKolommen(grid, spec, vondst, jaar, meld);
  return kolommen ? { ...vondst, kolommen } : undefined;
}

/** A table with its columns chosen and a reader of its cells. */
export interface GeopendeTabel<D extends readonly KolomDef[]> extends GelezenTabel<D> {
  cellen: TabelCellen<D>;
}

/**
 * The set-up every table reader shares: find the table (or take the one found), choose its
 * columns (reporting through `meld`), and read its cells through their definitions. Undefined when
 * there is no header or a required column is unusable; a missing table is the caller's to report.
 */
export function openTabel<D extends readonly KolomDef[]>(
  grid: Grid,
  spec: TabelSpec<D>,
  jaar: number | undefined,
  notatie: Notatie,
  meld: Meld,
  vondst: TabelVondst<Sleutel<D>> | undefined = zoekTabel(grid, spec),
): GeopendeTabel<D> | undefined {
  const t = leesTabel(grid, spec, jaar, meld, vondst);
  if (!t) return undefined;
  return { ...t, cellen: new TabelCellen(grid, spec.definities, t.kolommen, notatie, meld) };
}

/** Reads cells of a table through their column definitions. */
export class TabelCellen<D extends readonly KolomDef[]> {
  private readonly defs: Map<string, KolomDef>;

  constructor(
    readonly grid: Grid,
    definities: D,
    readonly kolommen: TabelKolommen<D>,
    readonly notatie: Notatie,
    readonly meld: Meld,
  ) {
    this.defs = new Map(definities.map((d) => [d.sleutel, d]));
  }

  private kolom(sleutel: Sleutel<D>): CelPlek | undefined {
    return (this.kolommen as Partial<Record<string, CelPlek>>)[sleutel];
  }

  tekst(rij: number, sleutel: Sleutel<D>): Gevonden<string> | undefined {
    const k = this.kolom(sleutel);
    return k ? leesTekstCel(this.grid, rij, k.kolom) : undefined;
  }

  /**
   * A number; a cell that is no number is reported with the column's code, an empty cell only when
   * `verplicht` ("`wat` ontbreekt in C12").
   */
  getal(rij: number, sleutel: Sleutel<D>, wat: string, verplicht: boolean): Gevonden<Decimal> | undefined {
    const k = this.kolom(sleutel);
    if (!k) return undefined;
    return leesGetal(this.grid, rij, k.kolom, this.notatie, this.meld, {
      code: this.defs.get(sleutel)?.ongeldigCode ?? TABEL_CODES.waardeOntbreekt,
      wat,
      verplicht,
    });
  }
}

/** A number from a cell, reporting an unreadable one with `code` and an empty required one. */
export function leesGetal(
  grid: Grid,
  rij: number,
  kolom: number,
  notatie: Notatie,
  meld: Meld,
  o: { code: string; wat: string; verplicht: boolean },
): Gevonden<Decimal> | undefined {
  const l = leesGetalCel(grid, rij, kolom, notatie);
  const p = plek(grid, rij, kolom);
  if (l.leeg) {
    if (o.verplicht)
      meld(
        TABEL_CODES.waardeOntbreekt,
        `${o.wat} ontbreekt in ${p.cel}; vul een getal in.`,
        p,
        "een getal",
        "(leeg)",
      );
    return undefined;
  }
  if ("reden" in l) {
    meld(o.code, `${o.wat} in ${p.cel} is geen getal: ${l.reden}.`, p, "een getal", toonWaarde(l.ruw));
    return undefined;
  }
  return l.getal;
}

/** A raw cell value in a message: control characters stripped, long text cut (veiligeTekst). */
export function toonWaarde(v: unknown): string {
  if (v === null || v === undefined) return "(leeg)";
  if (typeof v === "string") {
    const t = veiligeTekst(v);
    return t === "" ? "(leeg)" : `'${t}'`;
  }
  return veiligeTekst(String(v));
}
