// Reads the municipality's personnel register (sheet Personeelsregister, or a CSV/.xlsx) by label:
// who is employed, under which regulation, from when to when, at which part-time factor and with
// an indication valid until when. Above the table a `Rekening gemeente` label may give the
// municipality's own account (the debtor of the bank file). Cell problems are findings; never throws.
import type { Bevinding } from "../findings";
import { adres, isLeeg, type CelWaarde, type Grid } from "../grid";
import { normaliseerLabel } from "../labels";
import { maskeer, type Persoonsgegevens, type PersoonsVelden } from "../privacy";
import { normaliseerBsn } from "./bsn";
import { maak } from "./codes-rechtmatigheid";
import { leesDatum } from "./datum";
import { EersteVoorkomen } from "./eerste";
import { naarMiljoensten } from "./getallen";
import { normaliseerIban } from "./iban";
import { REGELING_INDEX } from "./lezer";
import type { Regeling } from "./model";

export type RegisterKolom =
  | "personeelsnummer"
  | "bsn"
  | "naam"
  | "regeling"
  | "gemeente"
  | "inDienst"
  | "uitDienst"
  | "parttimefactor"
  | "indicatieTot";

export const REGISTER_LABELS: Readonly<Record<RegisterKolom, readonly string[]>> = {
  personeelsnummer: ["Personeelsnummer", "Personeelsnr", "Pers.nr.", "Medewerkernummer"],
  bsn: ["BSN", "Burgerservicenummer"],
  naam: ["Naam", "Naam medewerker"],
  regeling: ["Regeling"],
  gemeente: ["Gemeente"],
  inDienst: ["Datum in dienst", "In dienst", "Ingangsdatum"],
  uitDienst: ["Datum uit dienst", "Uit dienst", "Einddatum"],
  parttimefactor: ["Parttimefactor", "Deeltijdfactor", "Parttime-factor"],
  indicatieTot: ["Indicatie geldig tot", "Indicatie tot", "Beschikking geldig tot"],
};

export const REGISTER_KOLOM_NAAM: Readonly<Record<RegisterKolom, string>> = {
  personeelsnummer: "Personeelsnummer",
  bsn: "BSN",
  naam: "Naam",
  regeling: "Regeling",
  gemeente: "Gemeente",
  inDienst: "Datum in dienst",
  uitDienst: "Datum uit dienst",
  parttimefactor: "Parttimefactor",
  indicatieTot: "Indicatie geldig tot",
};

export const REGISTER_VERPLICHT: readonly RegisterKolom[] = [
  "personeelsnummer",
  "bsn",
  "naam",
  "regeling",
  "inDienst",
  "parttimefactor",
];

/** Labels above the table for the municipality's own account. */
export const REKENING_LABELS = ["Rekening gemeente", "Eigen rekening", "IBAN gemeente", "Rekening"];

export interface RegisterRegel extends PersoonsVelden {
  /** 0-based sheet row. */
  rij: number;
  personeelsnummer: string;
  /** Nine digits when it looks like a BSN, else the text as written. */
  bsn: string;
  naam: string;
  /** Always "": the register holds no accounts (PersoonsVelden wants the field). */
  iban: string;
  regeling: Regeling | null;
  gemeente: string;
  /** Excel serial days; null when empty or unreadable. */
  inDienst: number | null;
  uitDienst: number | null;
  /** Millionths; null when empty or unreadable. */
  parttimefactor: number | null;
  indicatieTot: number | null;
}

export interface Register {
  blad: string;
  kolommen: Partial<Record<RegisterKolom, number>>;
  regels: RegisterRegel[];
  /** The municipality's own account as the register gives it, with its cell. */
  rekening: { iban: string; cel: string } | null;
}

const INDEX = (() => {
  const m = new Map<string, RegisterKolom>();
  for (const k of Object.keys(REGISTER_LABELS) as RegisterKolom[])
    for (const l of REGISTER_LABELS[k]) m.set(normaliseerLabel(l), k);
  return m;
})();
const REKENING_INDEX = new Set(REKENING_LABELS.map(normaliseerLabel));

const DATUM_KOLOMMEN = ["inDienst", "uitDienst", "indicatieTot"] as const;

function tekst(v: CelWaarde): string {
  return v === null ? "" : typeof v === "string" ? v.trim() : String(v);
}

/** Reads a register grid; `persoonsgegevens` shows cell text in messages (masked where personal). */
export function leesRegister(
  grid: Grid,
  persoonsgegevens: Persoonsgegevens,
): { register: Register; bevindingen: Bevinding[] } {
  const blad = grid.blad;
  const bevindingen: Bevinding[] = [];
  const register: Register = { blad, kolommen: {}, regels: [], rekening: null };
  let kopIndex = -1;
  for (let r = 0; r < Math.min(grid.waarden.length, 100) && kopIndex < 0; r++) {
    const kolommen: Partial<Record<RegisterKolom, number>> = {};
    let verplicht = 0;
    grid.waarden[r].forEach((v, k) => {
      const s = typeof v === "string" ? INDEX.get(normaliseerLabel(v)) : undefined;
      if (s === undefined || kolommen[s] !== undefined) return;
      kolommen[s] = grid.startKolom + k;
      if (REGISTER_VERPLICHT.includes(s)) verplicht++;
    });
    if (verplicht >= 4) {
      kopIndex = r;
      register.kolommen = kolommen;
    }
  }
  if (kopIndex < 0) {
    bevindingen.push(
      maak(
        "REGISTER_ONLEESBAAR",
        `Geen personeelsregister gevonden in blad ${blad}: geen kopregel met de kolommen.`,
        {
          blad,
        },
      ),
    );
    return { register, bevindingen };
  }
  // The account above the table: the first filled cell right of its label.
  for (let r = 0; r < kopIndex; r++) {
    const rij = grid.waarden[r];
    const k = rij.findIndex((v) => typeof v === "string" && REKENING_INDEX.has(normaliseerLabel(v)));
    if (k < 0) continue;
    const j = rij.findIndex((v, i) => i > k && !isLeeg(v));
    if (j >= 0)
      register.rekening = {
        iban: normaliseerIban(tekst(rij[j])),
        cel: adres(grid.startRij + r, grid.startKolom + j),
      };
  }
  const kopRij = grid.startRij + kopIndex;
  for (const k of REGISTER_VERPLICHT) {
    if (register.kolommen[k] === undefined) {
      bevindingen.push(
        maak(
          "REGISTER_KOLOM_ONTBREEKT",
          `Het register mist de kolom '${REGISTER_KOLOM_NAAM[k]}' (kopregel ${kopRij + 1}): voeg haar toe.`,
          { blad, cel: adres(kopRij, grid.startKolom) },
          REGISTER_KOLOM_NAAM[k],
        ),
      );
    }
  }
  const kol = register.kolommen;
  const ongeldig = (rij: number, k: RegisterKolom, waarde: CelWaarde, reden: string) =>
    bevindingen.push(
      maak(
        "REGISTER_VELD_ONGELDIG",
        `${REGISTER_KOLOM_NAAM[k]} '${persoonsgegevens.toonCel(tekst(waarde))}' ${reden} (register, rij ${rij + 1}).`,
        { blad, cel: adres(rij, kol[k]!) },
      ),
    );
  // Codes repeat on every row: each distinct text is normalised once.
  const regelingen = new Map<string, Regeling | null>();
  for (let r = kopIndex + 1; r < grid.waarden.length; r++) {
    const w = grid.waarden[r];
    const rij = grid.startRij + r;
    const veld = (k: RegisterKolom): CelWaarde => {
      const c = kol[k];
      if (c === undefined) return null;
      const v = w[c - grid.startKolom];
      return v === undefined ? null : v;
    };
    if (w.every(isLeeg)) continue;
    if (/^totaal/i.test(tekst(w[0] ?? null))) break;
    const bsnRuw = veld("bsn");
    const regel: RegisterRegel = {
      rij,
      personeelsnummer: tekst(veld("personeelsnummer")),
      bsn: isLeeg(bsnRuw) ? "" : (normaliseerBsn(bsnRuw as string | number) ?? tekst(bsnRuw)),
      naam: tekst(veld("naam")),
      iban: "",
      regeling: null,
      gemeente: tekst(veld("gemeente")),
      inDienst: null,
      uitDienst: null,
      parttimefactor: null,
      indicatieTot: null,
    };
    const regTekst = tekst(veld("regeling"));
    if (kol.regeling !== undefined) {
      let reg = regelingen.get(regTekst);
      if (reg === undefined)
        regelingen.set(regTekst, (reg = REGELING_INDEX.get(normaliseerLabel(regTekst)) ?? null));
      regel.regeling = reg;
      if (regel.regeling === null) ongeldig(rij, "regeling", regTekst, "is geen WSW, NB of PW");
    }
    for (const k of DATUM_KOLOMMEN) {
      const v = veld(k);
      if (kol[k] === undefined || (isLeeg(v) && k !== "inDienst")) continue;
      const d = leesDatum(v);
      if (d.ok) regel[k] = d.dag;
      else ongeldig(rij, k, v, isLeeg(v) ? "is leeg" : d.reden);
    }
    if (kol.parttimefactor !== undefined) {
      const v = veld("parttimefactor");
      const f = isLeeg(v) ? null : naarMiljoensten(v);
      if (f?.ok && f.waarde >= 0 && f.waarde <= 1000000) regel.parttimefactor = f.waarde;
      else ongeldig(rij, "parttimefactor", v, isLeeg(v) ? "is leeg" : "is geen factor tussen 0 en 1");
    }
    register.regels.push(regel);
  }
  // A register is keyed by BSN: the same BSN twice is a finding of its own.
  const regels = register.regels;
  const gezien = new EersteVoorkomen((i) => regels[i].bsn);
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i];
    if (r.bsn === "") continue;
    const e = gezien.eerderOfZet(r.bsn, i);
    const eerder = e === undefined ? undefined : regels[e];
    if (eerder) {
      bevindingen.push(
        maak(
          "REGISTER_DUBBEL_BSN",
          `BSN ${maskeer(r.bsn)} staat twee keer in het register (rij ${eerder.rij + 1} en ${r.rij + 1}).`,
          { blad, cel: adres(r.rij, kol.bsn!) },
        ),
      );
    }
  }
  return { register, bevindingen };
}
