// The area a fill owns is a promise: a fill clears and writes only inside it. When a new fill needs
// more room than the previous one owned, it may grow only into empty space; anything the user put
// there (a value, a note, a merge, a drawing) is a refusal that names its cells. Forcing changes
// nothing here: the user's own work is never moved or overwritten. Pure: adapters report what
// they found on the sheet, this decides.
import { adres, parseAdres, type CelPositie } from "./grid";

export interface Rechthoek {
  van: CelPositie;
  tot: CelPositie;
}

/** "A1:K150" or "C5" as a rectangle (0-based, inclusive); "$" signs are allowed. */
export function leesRechthoek(a1: string): Rechthoek {
  const [v, t = v] = a1.split(":");
  const van = parseAdres(v);
  const tot = parseAdres(t);
  return {
    van: { rij: Math.min(van.rij, tot.rij), kolom: Math.min(van.kolom, tot.kolom) },
    tot: { rij: Math.max(van.rij, tot.rij), kolom: Math.max(van.kolom, tot.kolom) },
  };
}

export function rechthoekTekst(r: Rechthoek): string {
  const van = adres(r.van.rij, r.van.kolom);
  const tot = adres(r.tot.rij, r.tot.kolom);
  return van === tot ? van : `${van}:${tot}`;
}

export function bevat(r: Rechthoek, p: CelPositie): boolean {
  return p.rij >= r.van.rij && p.rij <= r.tot.rij && p.kolom >= r.van.kolom && p.kolom <= r.tot.kolom;
}

export function omvat(buiten: Rechthoek, binnen: Rechthoek): boolean {
  return bevat(buiten, binnen.van) && bevat(buiten, binnen.tot);
}

export function overlapt(a: Rechthoek, b: Rechthoek): boolean {
  return (
    a.van.rij <= b.tot.rij &&
    a.tot.rij >= b.van.rij &&
    a.van.kolom <= b.tot.kolom &&
    a.tot.kolom >= b.van.kolom
  );
}

/**
 * The area in a workbook name's reference ("Eindafrekening!$A$1:$K$150", "='Blad 1'!A1:K9") when it
 * points at `blad` (compared without case, as Excel does); otherwise undefined.
 */
export function gebiedUitVerwijzing(verwijzing: string, blad: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(
    verwijzing.trim(),
  );
  if (!m || (m[1] ?? m[2]).replace(/''/g, "'").toLowerCase() !== blad.toLowerCase()) return undefined;
  return m[3].replace(/\$/g, "").toUpperCase();
}

/**
 * The previous fill's area from its name, when it has the shape a fill writes: the new area's
 * first cell and columns, any number of rows. A name the user pointed elsewhere (another corner,
 * more columns, the whole sheet) is not the add-in's area: trusting it would let a fill clear or
 * cover the user's cells in silence, so it counts as no previous area.
 */
export function eigenGebied(verwijzing: string, blad: string, nieuw: string): string | undefined {
  const gebied = gebiedUitVerwijzing(verwijzing, blad);
  if (!gebied) return undefined;
  const v = leesRechthoek(gebied);
  const n = leesRechthoek(nieuw);
  const zelfdeVorm = v.van.rij === n.van.rij && v.van.kolom === n.van.kolom && v.tot.kolom === n.tot.kolom;
  return zelfdeVorm ? gebied : undefined;
}

/** What an adapter found on the sheet, as A1 addresses (cells, notes) or ranges (merges, drawings). */
export interface Bezetting {
  /** Cells with a value or a formula. */
  cellen?: readonly string[];
  /** Cells with a note or a comment. */
  notities?: readonly string[];
  /** Merged ranges ("A20:C22"). */
  samenvoegingen?: readonly string[];
  /** The cells a chart, picture or shape covers ("D5:H20"). */
  tekeningen?: readonly string[];
}

export type BezetSoort = "cel" | "notitie" | "samenvoeging" | "tekening";

export interface Bezet {
  soort: BezetSoort;
  /** The cell or range as found. */
  adres: string;
  /** Its first cell: where a finding points. */
  cel: string;
}

const SOORT_TEKST: Record<BezetSoort, string> = {
  cel: "inhoud",
  notitie: "notitie",
  samenvoeging: "samengevoegde cellen",
  tekening: "grafiek of afbeelding",
};

/**
 * Everything the new area would cover that the previous fill did not own. Cells and notes count
 * when they lie in the new area outside the previous one; merges and drawings when they touch the
 * new area and do not lie wholly inside the previous one (a merge straddling the edge included).
 * Without a previous area, everything in the new area counts. Sorted by row, then column.
 */
export function toetsGebied(vorig: string | undefined, nieuw: string, bezetting: Bezetting): Bezet[] {
  const n = leesRechthoek(nieuw);
  const v = vorig ? leesRechthoek(vorig) : undefined;
  const uit: Bezet[] = [];
  const punten = (soort: BezetSoort, lijst: readonly string[] | undefined) => {
    for (const a of lijst ?? []) {
      const p = parseAdres(a);
      if (bevat(n, p) && !(v && bevat(v, p)))
        uit.push({ soort, adres: a.replace(/\$/g, ""), cel: adres(p.rij, p.kolom) });
    }
  };
  const vlakken = (soort: BezetSoort, lijst: readonly string[] | undefined) => {
    for (const a of lijst ?? []) {
      const r = leesRechthoek(a);
      if (overlapt(n, r) && !(v && omvat(v, r)))
        uit.push({ soort, adres: rechthoekTekst(r), cel: adres(r.van.rij, r.van.kolom) });
    }
  };
  punten("cel", bezetting.cellen);
  punten("notitie", bezetting.notities);
  vlakken("samenvoeging", bezetting.samenvoegingen);
  vlakken("tekening", bezetting.tekeningen);
  const sleutel = (b: Bezet) => {
    const p = parseAdres(b.cel);
    return p.rij * 16384 + p.kolom;
  };
  return uit.sort((a, b) => sleutel(a) - sleutel(b));
}

/** How many occupied places a message names before it says "en N meer". */
const GENOEMD = 8;

/** The Dutch refusal for a non-empty result of toetsGebied. */
export function gebiedWeigering(
  blad: string,
  vorig: string | undefined,
  nieuw: string,
  bezet: readonly Bezet[],
): string {
  const genoemd = bezet
    .slice(0, GENOEMD)
    .map((b) => `${b.adres} (${SOORT_TEKST[b.soort]})`)
    .join(", ");
  const meer = bezet.length > GENOEMD ? ` en nog ${bezet.length - GENOEMD}` : "";
  const groei = vorig
    ? `het gebied van de afrekening groeit van ${vorig} naar ${nieuw}`
    : `de afrekening heeft ${nieuw} nodig`;
  return (
    `Blad '${blad}': ${groei}, maar daar staat werk van uzelf: ${genoemd}${meer}. ` +
    `Er is niets geschreven. Verplaats dat naar buiten ${nieuw} (of naar een ander blad) en vul opnieuw; forceren overschrijft het niet.`
  );
}
