// Any layout by Excel defined names: workbook-scoped names `Bijlage1_*` say where each part of the
// bijlage 1 lives, and win over the label search. Every value keeps its real sheet and cell: the
// Eindafrekening refers to these cells with formulas. The contract is in docs/werkboek.md §1.8.
import { zoekDienst, zoekGemeente } from "../catalogue";
import { leesGetalCel } from "../getal-cel";
import {
  adres,
  bereik,
  isLeeg,
  parseAdres,
  waardeOp,
  type CelPositie,
  type Grid,
  type Werkboek,
} from "../grid";
import type { Decimal, Notatie } from "../money";
import type { CelPlek, TabelKolommen } from "../tabel";
import type { CodeMetErnst } from "./codes";
import { Melder, toon } from "./melder";
import {
  DIENST_GETAL_CODE,
  DIENST_GETALLEN,
  dienstGetalVerplicht,
  type Bijlage1,
  type DIENST_KOLOMMEN,
  type DienstKolom,
  type DienstRegel,
  type Gevonden,
  type Tabel,
  type VoorschotKolomBenoemd,
  type VoorschotRegel,
  type VoorschotTotaal,
} from "./model";
import { heelJaar, isVerborgen, plek, tekstOp } from "./tabel";

export const NAAM_VOORVOEGSEL = "Bijlage1_";

/** What a name must point at: one cell, one column, one column or one cell, or a table with its header. */
export type NaamVorm = "cel" | "kolom" | "kolomOfCel" | "tabel";

export type NaamRol =
  "gemeente" | "jaar" | "risicoOpslag" | DienstKolom | "voorschotten" | "kostprijzen" | "kpi";

export interface NaamDefinitie {
  rol: NaamRol;
  /** The defined name as the add-in writes it; matched without case, as Excel does. */
  naam: string;
  /** Dutch label for the task pane and messages. */
  label: string;
  vorm: NaamVorm;
  /** What the user should select, in a sentence. */
  uitleg: string;
}

/** The one list of names: the reader, the task pane's Koppelen step and docs/werkboek.md use it. */
export const BIJLAGE1_NAMEN: readonly NaamDefinitie[] = [
  {
    rol: "gemeente",
    naam: "Bijlage1_Gemeente",
    label: "Gemeente",
    vorm: "cel",
    uitleg: "de cel met de naam van de gemeente",
  },
  { rol: "jaar", naam: "Bijlage1_Jaar", label: "Jaar", vorm: "cel", uitleg: "de cel met het jaar (2023)" },
  {
    rol: "risicoOpslag",
    naam: "Bijlage1_RisicoOpslag",
    label: "Risico-opslag",
    vorm: "cel",
    uitleg: "de cel met de risico-opslag (2% of 0,02)",
  },
  {
    rol: "dienst",
    naam: "Bijlage1_Diensten",
    label: "Diensten",
    vorm: "kolom",
    uitleg: "de kolom met de diensten, zonder kopregel en totaal",
  },
  {
    rol: "eenheid",
    naam: "Bijlage1_Eenheden",
    label: "Eenheden",
    vorm: "kolom",
    uitleg: "de kolom met de eenheden, even hoog als de diensten",
  },
  {
    rol: "tarief",
    naam: "Bijlage1_Tarieven",
    label: "Tarieven (begroot)",
    vorm: "kolom",
    uitleg: "de kolom met de begrote tarieven, even hoog als de diensten",
  },
  {
    rol: "aantalBegroot",
    naam: "Bijlage1_AantallenBegroot",
    label: "Aantallen begroot",
    vorm: "kolom",
    uitleg: "de kolom met de begrote aantallen, even hoog als de diensten",
  },
  {
    rol: "bedragBegroot",
    naam: "Bijlage1_BedragenBegroot",
    label: "Bedragen begroot",
    vorm: "kolom",
    uitleg: "de kolom met de begrote bedragen, even hoog als de diensten",
  },
  {
    rol: "aantalGerealiseerd",
    naam: "Bijlage1_AantallenGerealiseerd",
    label: "Aantallen gerealiseerd",
    vorm: "kolom",
    uitleg: "de kolom met de gerealiseerde aantallen, in de volgorde van de diensten (mag op een ander blad)",
  },
  {
    rol: "tariefGerealiseerd",
    naam: "Bijlage1_TarievenGerealiseerd",
    label: "Tarieven gerealiseerd",
    vorm: "kolom",
    uitleg: "de kolom met de gerealiseerde tarieven, in de volgorde van de diensten (mag op een ander blad)",
  },
  {
    rol: "voorschotten",
    naam: "Bijlage1_Voorschotten",
    label: "Voorschotten",
    vorm: "kolomOfCel",
    uitleg: "de kolom met de betaalde voorschotten, of één cel met het totaal",
  },
  {
    rol: "kostprijzen",
    naam: "Bijlage1_Kostprijzen",
    label: "Kostprijzen",
    vorm: "tabel",
    uitleg: "de tabel Kostprijzen, met de kopregel als eerste rij",
  },
  {
    rol: "kpi",
    naam: "Bijlage1_KPI",
    label: "KPI's",
    vorm: "tabel",
    uitleg: "de tabel met KPI's, met de kopregel als eerste rij",
  },
];

type DienstWaardeKolom = Exclude<DienstKolom, "dienst">;

const DIENST_KOLOM_ROLLEN: readonly DienstWaardeKolom[] = ["eenheid", ...DIENST_GETALLEN];

/** Without these a named services table cannot be computed. */
const VERPLICHT_BIJ_DIENSTEN: readonly DienstWaardeKolom[] = ["tarief", "aantalBegroot"];

export function naamDefinitie(naam: string): NaamDefinitie | undefined {
  const n = naam.toLowerCase();
  return BIJLAGE1_NAMEN.find((d) => d.naam.toLowerCase() === n);
}

export function definitieVanRol(rol: NaamRol): NaamDefinitie {
  return BIJLAGE1_NAMEN.find((d) => d.rol === rol)!;
}

/** A reference to one rectangular block of cells on one sheet. */
export interface Verwijzing {
  blad: string;
  van: CelPositie;
  tot: CelPositie;
}

export type VerwijzingLezing = ({ ok: true } & Verwijzing) | { ok: false; reden: string };

/**
 * Parses a name's reference as Excel (`='Begroting 2023'!$B$5:$B$15`) or a file (without "=")
 * gives it. Refuses #REF!, more than one area, whole rows or columns, constants and formulas.
 */
export function parseVerwijzing(tekst: string): VerwijzingLezing {
  const t = tekst.trim().replace(/^=/, "");
  if (/#REF!/i.test(t)) return { ok: false, reden: "wijst nergens naar (#REF!): de cellen zijn verwijderd" };
  const m =
    /^(?:'((?:[^']|'')+)'|([^'!,()"]+))!(\$?[A-Za-z]{1,3}\$?[0-9]+)(?::(\$?[A-Za-z]{1,3}\$?[0-9]+))?$/.exec(
      t,
    );
  if (!m) {
    if (/^(?:'(?:[^']|'')+'|[^'!,]+)![^,]+,/.test(t))
      return { ok: false, reden: `bestaat uit meer dan één gebied (${t})` };
    return { ok: false, reden: `wijst niet naar een cel of bereik op een blad (${t})` };
  }
  const blad = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const a = parseAdres(m[3]);
  const b = m[4] ? parseAdres(m[4]) : a;
  return {
    ok: true,
    blad,
    van: { rij: Math.min(a.rij, b.rij), kolom: Math.min(a.kolom, b.kolom) },
    tot: { rij: Math.max(a.rij, b.rij), kolom: Math.max(a.kolom, b.kolom) },
  };
}

/** "'Begroting 2023'!B5:B15" for people: the sheet and the address without dollar signs. */
export function toonVerwijzing(v: Verwijzing): string {
  const a =
    v.van.rij === v.tot.rij && v.van.kolom === v.tot.kolom
      ? adres(v.van.rij, v.van.kolom)
      : bereik(v.van, v.tot);
  return `${v.blad}!${a}`;
}

/** A part that was named: `waarde` is absent when the name was unusable (a finding says why). */
export interface Benoemd<T> {
  waarde?: T;
}

export interface BenoemdeDelen {
  gemeente?: Benoemd<Gevonden<string>>;
  jaar?: Benoemd<Gevonden<number>>;
  risicoOpslag?: Benoemd<Gevonden<Decimal>>;
  diensten?: Benoemd<Tabel<DienstRegel, typeof DIENST_KOLOMMEN>>;
  /** A column of amounts, or one cell with the total. */
  voorschotten?: Benoemd<VoorschotKolomBenoemd | VoorschotTotaal>;
  /** The named range as a grid of its own (real sheet positions), for the usual table reader. */
  kostprijzen?: Benoemd<Grid>;
  kpi?: Benoemd<Grid>;
  /** The sheet of Bijlage1_Diensten: stands in for 'Bijlage 1' when no sheet has that name. */
  blad?: Grid;
}

interface Gebied {
  definitie: NaamDefinitie;
  /** The name as the workbook spells it. */
  naam: string;
  grid: Grid;
  van: CelPositie;
  tot: CelPositie;
}

function hoogte(g: Pick<Gebied, "van" | "tot">): number {
  return g.tot.rij - g.van.rij + 1;
}

function breedte(g: Pick<Gebied, "van" | "tot">): number {
  return g.tot.kolom - g.van.kolom + 1;
}

function vormKlopt(vorm: NaamVorm, g: Pick<Gebied, "van" | "tot">): boolean {
  switch (vorm) {
    case "cel":
      return hoogte(g) === 1 && breedte(g) === 1;
    case "kolom":
    case "kolomOfCel":
      return breedte(g) === 1;
    case "tabel":
      return hoogte(g) >= 2;
  }
}

const VORM_TEKST: Record<NaamVorm, string> = {
  cel: "één cel",
  kolom: "één kolom",
  kolomOfCel: "één kolom of één cel",
  tabel: "een tabel met de kopregel als eerste rij",
};

/**
 * What is wrong with a reference for a name, in Dutch ("moet één cel zijn, …"), or undefined when it
 * has the right shape. For the task pane's list; the reader reports the same as findings.
 */
export function vormProbleem(definitie: NaamDefinitie, verwijzing: string): string | undefined {
  const v = parseVerwijzing(verwijzing);
  if (!v.ok) return v.reden;
  if (vormKlopt(definitie.vorm, v)) return undefined;
  return `moet ${VORM_TEKST[definitie.vorm]} zijn, maar is ${hoogte(v)} × ${breedte(v)} cellen`;
}

/** The place a finding about a name points at: the name's first cell when known. */
function naamPlek(g: Pick<Gebied, "grid" | "van">) {
  return plek(g.grid, g.van.rij, g.van.kolom);
}

/** Finds the workbook-scoped Bijlage1_* names, checks their shape and reads the parts they name. */
export function leesBenoemdeDelen(werkboek: Werkboek, melder: Melder, notatie: Notatie): BenoemdeDelen {
  const gebieden = new Map<NaamRol, Gebied>();
  const ongeldig = new Set<NaamRol>();
  for (const n of werkboek.namen ?? []) {
    if (!n.naam.toLowerCase().startsWith(NAAM_VOORVOEGSEL.toLowerCase())) continue;
    if (n.blad !== undefined) {
      melder.info(
        "NAAM_BLADNIVEAU",
        `De naam ${n.naam} geldt alleen op blad '${n.blad}' en wordt genegeerd. Geef de naam het bereik 'Werkmap' (Formules > Namen beheren), of koppel opnieuw in het taakvenster.`,
        { blad: n.blad },
        "bereik Werkmap",
        `bereik '${n.blad}'`,
      );
      continue;
    }
    const definitie = naamDefinitie(n.naam);
    const v = parseVerwijzing(n.verwijzing);
    const grid = v.ok
      ? werkboek.bladen.find((b) => b.blad.toLowerCase() === v.blad.toLowerCase())
      : undefined;
    if (!definitie) {
      melder.waarschuwing(
        "NAAM_ONBEKEND",
        `De naam ${n.naam}${v.ok ? ` (${toonVerwijzing({ ...v, blad: grid?.blad ?? v.blad })})` : ""} is geen van de namen die de add-in leest en telt niet mee. Bekende namen: ${BIJLAGE1_NAMEN.map((d) => d.naam).join(", ")}.`,
        v.ok && grid ? naamPlek({ grid, van: v.van }) : undefined,
        "een bekende Bijlage1-naam",
        n.naam,
      );
      continue;
    }
    if (!v.ok || !grid) {
      const reden = v.ok ? `wijst naar blad '${v.blad}', dat er niet is` : v.reden;
      melder.fout(
        "NAAM_VERWIJZING_ONGELDIG",
        `De naam ${n.naam} ${reden}. Koppel ${definitie.uitleg} opnieuw (taakvenster, stap Koppelen) of verwijder de naam.`,
        v.ok ? { blad: v.blad } : undefined,
        definitie.uitleg,
        n.verwijzing,
      );
      ongeldig.add(definitie.rol);
      continue;
    }
    const gebied: Gebied = { definitie, naam: n.naam, grid, van: v.van, tot: v.tot };
    if (!vormKlopt(definitie.vorm, gebied)) {
      melder.fout(
        "NAAM_VORM_ONGELDIG",
        `De naam ${n.naam} wijst naar ${toonVerwijzing({ ...v, blad: grid.blad })} (${hoogte(gebied)} × ${breedte(gebied)} cellen), maar moet ${VORM_TEKST[definitie.vorm]} zijn: ${definitie.uitleg}.`,
        naamPlek(gebied),
        VORM_TEKST[definitie.vorm],
        `${hoogte(gebied)} rijen × ${breedte(gebied)} kolommen`,
      );
      ongeldig.add(definitie.rol);
      continue;
    }
    gebieden.set(definitie.rol, gebied);
  }

  const delen: BenoemdeDelen = {};
  const benoemd = (rol: NaamRol) => gebieden.has(rol) || ongeldig.has(rol);

  const gemeente = gebieden.get("gemeente");
  if (benoemd("gemeente")) delen.gemeente = { waarde: gemeente && tekstCel(gemeente, melder) };

  const jaar = gebieden.get("jaar");
  if (benoemd("jaar")) delen.jaar = { waarde: jaar && jaarCel(jaar, melder, notatie) };

  const risico = gebieden.get("risicoOpslag");
  if (benoemd("risicoOpslag"))
    delen.risicoOpslag = {
      waarde:
        risico &&
        getalCel(risico, risico.van.rij, "RISICO_OPSLAG_ONGELDIG", "De risico-opslag", true, melder, notatie),
    };

  const kolomRollen = DIENST_KOLOM_ROLLEN.filter(benoemd);
  if (benoemd("dienst") || kolomRollen.length > 0) {
    const diensten = gebieden.get("dienst");
    if (diensten) delen.blad = diensten.grid;
    delen.diensten = { waarde: diensten && dienstenTabel(diensten, gebieden, ongeldig, melder, notatie) };
    if (!benoemd("dienst")) {
      melder.fout(
        "NAAM_ONTBREEKT",
        `Er zijn namen voor kolommen van de dienstentabel (${kolomRollen.map((r) => definitieVanRol(r).naam).join(", ")}), maar geen Bijlage1_Diensten. Koppel de kolom met de diensten (taakvenster, stap Koppelen).`,
        undefined,
        "Bijlage1_Diensten",
        "(geen)",
      );
    }
  }

  const voorschotten = gebieden.get("voorschotten");
  if (benoemd("voorschotten"))
    delen.voorschotten = { waarde: voorschotten && voorschottenTabel(voorschotten, melder, notatie) };

  for (const rol of ["kostprijzen", "kpi"] as const) {
    const g = gebieden.get(rol);
    if (benoemd(rol)) delen[rol] = { waarde: g && uitsnede(g) };
  }
  return delen;
}

/** The municipality from a named cell, with its catalogue entry. */
export function zetGemeente(model: Bijlage1, g: Gevonden<string> | undefined): void {
  if (!g) return;
  model.gemeente = g;
  model.gemeenteInfo = zoekGemeente(g.waarde);
}

function leegMelding(g: Gebied, melder: Melder): void {
  const p = naamPlek(g);
  melder.fout(
    "WAARDE_ONTBREEKT",
    `${g.definitie.label} ontbreekt: de naam ${g.naam} wijst naar ${p.blad}!${p.cel}, maar die cel is leeg. Vul de cel in of koppel ${g.definitie.uitleg}.`,
    p,
    "een waarde",
    "(leeg)",
  );
}

function tekstCel(g: Gebied, melder: Melder): Gevonden<string> | undefined {
  const t = tekstOp(g.grid, g.van.rij, g.van.kolom);
  if (!t) leegMelding(g, melder);
  return t;
}

function getalCel(
  g: Gebied,
  rij: number,
  code: CodeMetErnst<"fout">,
  wat: string,
  verplicht: boolean,
  melder: Melder,
  notatie: Notatie,
  kolom = g.van.kolom,
): Gevonden<Decimal> | undefined {
  const l = leesGetalCel(g.grid, rij, kolom, notatie);
  const p = plek(g.grid, rij, kolom);
  if (l.leeg) {
    if (verplicht)
      melder.fout(
        "WAARDE_ONTBREEKT",
        `${wat} ontbreekt in ${p.blad}!${p.cel} (naam ${g.naam}).`,
        p,
        "een getal",
        "(leeg)",
      );
    return undefined;
  }
  if ("reden" in l) {
    melder.fout(code, `${wat} in ${p.blad}!${p.cel} is geen getal: ${l.reden}.`, p, "een getal", toon(l.ruw));
    return undefined;
  }
  return l.getal;
}

function jaarCel(g: Gebied, melder: Melder, notatie: Notatie): Gevonden<number> | undefined {
  const getal = getalCel(g, g.van.rij, "JAAR_ONGELDIG", "Het jaar", true, melder, notatie);
  return getal && heelJaar(getal, `${getal.blad}!${getal.cel}`, melder);
}

function dienstenTabel(
  diensten: Gebied,
  gebieden: Map<NaamRol, Gebied>,
  ongeldig: Set<NaamRol>,
  melder: Melder,
  notatie: Notatie,
): Tabel<DienstRegel, typeof DIENST_KOLOMMEN> | undefined {
  const n = hoogte(diensten);
  const kolommen: Partial<Record<DienstWaardeKolom, CelPlek>> = {};
  const kolomGebieden: [DienstWaardeKolom, Gebied][] = [];
  let bruikbaar = true;
  for (const rol of DIENST_KOLOM_ROLLEN) {
    const g = gebieden.get(rol);
    if (!g) {
      if (VERPLICHT_BIJ_DIENSTEN.includes(rol) && !ongeldig.has(rol)) {
        const d = definitieVanRol(rol);
        melder.fout(
          "NAAM_ONTBREEKT",
          `Bijlage1_Diensten (${toonVerwijzing({ blad: diensten.grid.blad, van: diensten.van, tot: diensten.tot })}) is gekoppeld, maar ${d.naam} niet: zonder ${d.label.toLowerCase()} is de voorcalculatie niet te maken. Koppel ${d.uitleg}.`,
          naamPlek(diensten),
          d.naam,
          "(geen)",
        );
      }
      continue;
    }
    if (hoogte(g) !== n) {
      const p = naamPlek(g);
      melder.fout(
        "NAAM_HOOGTE_ONGELIJK",
        `De naam ${g.naam} (${toonVerwijzing({ blad: g.grid.blad, van: g.van, tot: g.tot })}) is ${hoogte(g)} rijen hoog, Bijlage1_Diensten (${toonVerwijzing({ blad: diensten.grid.blad, van: diensten.van, tot: diensten.tot })}) ${n}. De kolommen worden op volgorde gekoppeld en moeten even hoog zijn: pas het bereik van ${g.naam} aan.`,
        p,
        `${n} rijen`,
        `${hoogte(g)} rijen`,
      );
      bruikbaar = false;
      continue;
    }
    kolommen[rol] = naamPlek(g);
    kolomGebieden.push([rol, g]);
  }
  // Without budgeted counts (reported above) there is no table to compute with.
  const aantalBegroot = kolommen.aantalBegroot;
  if (!bruikbaar || !aantalBegroot) return undefined;
  const tabelKolommen: TabelKolommen<typeof DIENST_KOLOMMEN> = {
    ...kolommen,
    dienst: naamPlek(diensten),
    aantalBegroot,
  };

  const regels: DienstRegel[] = [];
  for (let i = 0; i < n; i++) {
    const rij = diensten.van.rij + i;
    const omschrijving = tekstOp(diensten.grid, rij, diensten.van.kolom);
    if (!omschrijving) {
      const gevuld = kolomGebieden.find(([, g]) => !isLeeg(waardeOp(g.grid, g.van.rij + i, g.van.kolom)));
      if (gevuld) {
        const p = plek(diensten.grid, rij, diensten.van.kolom);
        melder.fout(
          "WAARDE_ONTBREEKT",
          `Positie ${i + 1} van Bijlage1_Diensten (${p.blad}!${p.cel}) is leeg, maar ${gevuld[1].naam} heeft daar een waarde. Vul de dienst in of maak de bereiken kleiner.`,
          p,
          "een dienst",
          "(leeg)",
        );
      }
      continue;
    }
    const regel: DienstRegel = {
      rij,
      verborgen: isVerborgen(diensten.grid, rij),
      omschrijving,
    };
    // The catalogue's one lookup (abbreviations; an ambiguous name is no service), as the label reader uses.
    const dienst = zoekDienst(omschrijving.waarde);
    if (dienst) regel.dienst = dienst;
    for (const [rol, g] of kolomGebieden) {
      const r = g.van.rij + i;
      if (rol === "eenheid") {
        // An empty unit cell stays visible: the check then names this cell, not a guessed one.
        regel.eenheid = tekstOp(g.grid, r, g.van.kolom) ?? {
          ...plek(g.grid, r, g.van.kolom),
          waarde: "",
          ruw: null,
          uitTekst: false,
        };
        continue;
      }
      const getal = getalCel(
        g,
        r,
        DIENST_GETAL_CODE[rol],
        `${definitieVanRol(rol).label} van '${omschrijving.waarde}'`,
        dienstGetalVerplicht(rol),
        melder,
        notatie,
      );
      if (getal) regel[rol] = getal;
    }
    regels.push(regel);
  }
  return { blad: diensten.grid.blad, kopRij: diensten.van.rij - 1, kolommen: tabelKolommen, regels };
}

function voorschottenTabel(
  g: Gebied,
  melder: Melder,
  notatie: Notatie,
): VoorschotKolomBenoemd | VoorschotTotaal | undefined {
  if (hoogte(g) === 1) {
    // One cell with the total must hold a number.
    const bedrag = getalCel(
      g,
      g.van.rij,
      "VOORSCHOT_ONGELDIG",
      "Het totaal van de voorschotten",
      true,
      melder,
      notatie,
    );
    if (!bedrag) return undefined;
    return {
      blad: g.grid.blad,
      soort: "totaal",
      regels: [{ rij: g.van.rij, verborgen: isVerborgen(g.grid, g.van.rij), bedrag }],
    };
  }
  const regels: VoorschotRegel[] = [];
  for (let rij = g.van.rij; rij <= g.tot.rij; rij++) {
    // In a column, an empty cell is a period not (yet) paid.
    const wat = `Het voorschot op positie ${rij - g.van.rij + 1}`;
    const bedrag = getalCel(g, rij, "VOORSCHOT_ONGELDIG", wat, false, melder, notatie);
    if (bedrag) regels.push({ rij, verborgen: isVerborgen(g.grid, rij), bedrag });
  }
  return { blad: g.grid.blad, kopRij: g.van.rij - 1, kolommen: { bedrag: naamPlek(g) }, regels };
}

/** The named table as a grid of its own that keeps the real sheet positions. */
function uitsnede(g: Gebied): Grid {
  const snij = <T>(rijen: T[][] | undefined, leeg: T): T[][] => {
    const uit: T[][] = [];
    for (let rij = g.van.rij; rij <= g.tot.rij; rij++) {
      const bron = rijen?.[rij - g.grid.startRij];
      const r: T[] = [];
      for (let k = g.van.kolom; k <= g.tot.kolom; k++) {
        const v = bron?.[k - g.grid.startKolom];
        r.push(v === undefined ? leeg : v);
      }
      uit.push(r);
    }
    return uit;
  };
  const grid: Grid = {
    blad: g.grid.blad,
    startRij: g.van.rij,
    startKolom: g.van.kolom,
    waarden: snij(g.grid.waarden, null),
    formules: snij(g.grid.formules, null),
  };
  if (g.grid.verborgenRijen) grid.verborgenRijen = g.grid.verborgenRijen;
  if (g.grid.verborgenKolommen) grid.verborgenKolommen = g.grid.verborgenKolommen;
  if (g.grid.datumCellen) grid.datumCellen = g.grid.datumCellen;
  return grid;
}
