// The starting position: is every person paid employed by this municipality under this
// regulation, in this period, at this part-time factor, with a valid indication? And is everyone
// the register says is employed in the period paid? Identity by BSN, personnel number as fallback.
import type { Gemeente } from "../catalogue";
import { zoekGemeente } from "../catalogue";
import type { Bevinding } from "../findings";
import { adres } from "../grid";
import type { Persoonsgegevens } from "../privacy";
import { maak } from "./codes-rechtmatigheid";
import { datumLang, periodeDagen } from "./datum";
import { miljoenstenTekst } from "./getallen";
import { EersteVoorkomen } from "./eerste";
import { celVan } from "./lezer";
import type { BatchRegel, BetaalBatch } from "./model";
import type { Register, RegisterKolom, RegisterRegel } from "./register";

export interface RegisterTelling {
  blad: string;
  personen: number;
  /** Register persons employed (for this municipality) in the period. */
  inDienstInPeriode: number;
  /** Batch rows matched to a register person. */
  gekoppeld: number;
}

/** Checks a batch against the register. `periode` "2026-10" (null: the date checks are skipped). */
export function vergelijkMetRegister(
  batch: BetaalBatch,
  register: Register,
  periode: string | null,
  gemeente: Gemeente | null,
  persoonsgegevens: Persoonsgegevens,
  bevindingen: Bevinding[],
): RegisterTelling {
  // The first register row of each BSN and personnel number, by index (see EersteVoorkomen).
  const regels = register.regels;
  const perBsn = new EersteVoorkomen((i) => regels[i].bsn);
  const perPnr = new EersteVoorkomen((i) => regels[i].personeelsnummer);
  /** Per register row: 1 when another row before it has its BSN (it is not the BSN's person). */
  const latereBsn = new Uint8Array(regels.length);
  for (let i = 0; i < regels.length; i++) {
    if (regels[i].bsn !== "" && perBsn.eerderOfZet(regels[i].bsn, i) !== undefined) latereBsn[i] = 1;
    if (regels[i].personeelsnummer !== "") perPnr.eerderOfZet(regels[i].personeelsnummer, i);
  }
  const opIndex = (i: number | undefined) => (i === undefined ? undefined : regels[i]);
  const rb = register.blad;
  const regCel = (r: RegisterRegel, k: RegisterKolom) => {
    const c = register.kolommen[k] ?? register.kolommen.bsn ?? 0;
    return { blad: rb, cel: adres(r.rij, c) };
  };
  const pnr = (t: string) => persoonsgegevens.toonPersoneelsnummer(t);
  const dagen = periode === null ? null : periodeDagen(periode);
  /** Per register row: 1 when a batch row paid it. */
  const betaald = new Uint8Array(regels.length);
  let gekoppeld = 0;

  for (const b of batch.regels) {
    // Only called for a finding; a clean row allocates nothing for it.
    const plek: Plek = (k, r, rk) => ({
      blad: batch.blad,
      cel: celVan(batch, b.rij, k),
      ...(r ? { ook: regCel(r, rk) } : {}),
    });
    const opBsnI = b.bsn === "" ? undefined : perBsn.zoek(b.bsn);
    const opPnrI = b.personeelsnummer === "" ? undefined : perPnr.zoek(b.personeelsnummer);
    const opBsn = opIndex(opBsnI);
    const opPnr = opIndex(opPnrI);
    if (opBsn && opPnr && opBsn !== opPnr) {
      bevindingen.push(
        maak(
          "REGISTER_ANDERE_PERSOON",
          `BSN en personeelsnummer ${pnr(b.personeelsnummer)} horen in het register bij verschillende personen (register rij ${opBsn.rij + 1} en ${opPnr.rij + 1}; batch rij ${b.rij + 1}).`,
          plek("personeelsnummer", opPnr, "personeelsnummer"),
        ),
      );
    } else if (
      opBsn &&
      !opPnr &&
      b.personeelsnummer !== "" &&
      opBsn.personeelsnummer !== b.personeelsnummer
    ) {
      bevindingen.push(
        maak(
          "REGISTER_ANDERE_PERSOON",
          `Het register kent dit BSN met personeelsnummer ${pnr(opBsn.personeelsnummer)}, de batch met ${pnr(b.personeelsnummer)} (rij ${b.rij + 1}).`,
          plek("personeelsnummer", opBsn, "personeelsnummer"),
          pnr(opBsn.personeelsnummer),
          pnr(b.personeelsnummer),
        ),
      );
    } else if (!opBsn && opPnr && b.bsn !== "" && opPnr.bsn !== "" && opPnr.bsn !== b.bsn) {
      bevindingen.push(
        maak(
          "REGISTER_ANDERE_PERSOON",
          `Personeelsnummer ${pnr(b.personeelsnummer)} hoort in het register bij een ander BSN (rij ${b.rij + 1}).`,
          plek("bsn", opPnr, "bsn"),
        ),
      );
    }
    const r = opBsn ?? opPnr ?? null;
    if (!r) {
      bevindingen.push(
        maak(
          "NIET_IN_REGISTER",
          `Deze persoon wordt betaald maar staat niet in het personeelsregister, niet op BSN en niet op personeelsnummer (rij ${b.rij + 1}).`,
          plek("bsn", null, "bsn"),
        ),
      );
      continue;
    }
    gekoppeld++;
    betaald[(opBsnI ?? opPnrI)!] = 1;
    controleerPersoon(b, r, plek, dagen, gemeente, persoonsgegevens, bevindingen);
  }

  let inDienstInPeriode = 0;
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i];
    if (!inPeriode(r, dagen) || !vanGemeente(r, gemeente)) continue;
    inDienstInPeriode++;
    if (betaald[i] === 1 || latereBsn[i] === 1) continue;
    bevindingen.push(
      maak(
        "IN_DIENST_NIET_BETAALD",
        `Volgens het register is deze persoon in ${periode ?? "de periode"} in dienst, maar de batch betaalt deze persoon niet (register rij ${r.rij + 1}).`,
        regCel(r, "naam"),
      ),
    );
  }
  return { blad: rb, personen: register.regels.length, inDienstInPeriode, gekoppeld };
}

function inPeriode(r: RegisterRegel, dagen: { eerste: number; laatste: number } | null): boolean {
  if (dagen === null || r.inDienst === null) return false;
  return r.inDienst <= dagen.laatste && (r.uitDienst === null || r.uitDienst >= dagen.eerste);
}

function vanGemeente(r: RegisterRegel, gemeente: Gemeente | null): boolean {
  if (r.gemeente === "" || gemeente === null) return true;
  return zoekGemeente(r.gemeente) === gemeente;
}

type Plek = (
  k: Parameters<typeof celVan>[2],
  r: RegisterRegel | null,
  rk: RegisterKolom,
) => { blad: string; cel?: string; ook?: { blad: string; cel: string } };

function controleerPersoon(
  b: BatchRegel,
  r: RegisterRegel,
  plek: Plek,
  dagen: { eerste: number; laatste: number } | null,
  gemeente: Gemeente | null,
  persoonsgegevens: Persoonsgegevens,
  bevindingen: Bevinding[],
): void {
  const rij = `rij ${b.rij + 1}`;
  if (!vanGemeente(r, gemeente)) {
    bevindingen.push(
      maak(
        "REGISTER_ANDERE_GEMEENTE",
        `Volgens het register is deze persoon in dienst voor ${persoonsgegevens.toonCel(r.gemeente)}, niet voor ${gemeente!.naam} (${rij}).`,
        plek("bsn", r, "gemeente"),
        gemeente!.naam,
        persoonsgegevens.toonCel(r.gemeente),
      ),
    );
  }
  if (dagen !== null && r.inDienst !== null) {
    const tot = r.uitDienst;
    if (r.inDienst > dagen.laatste) {
      bevindingen.push(
        maak(
          "BETAALD_BUITEN_DIENSTVERBAND",
          `Betaald over een maand vóór de datum in dienst ${datumLang(r.inDienst)} (${rij}).`,
          plek("netto", r, "inDienst"),
        ),
      );
    } else if (tot !== null && tot < dagen.eerste) {
      bevindingen.push(
        maak(
          "BETAALD_BUITEN_DIENSTVERBAND",
          `Betaald over een maand na de datum uit dienst ${datumLang(tot)} (${rij}).`,
          plek("netto", r, "uitDienst"),
        ),
      );
    } else if (r.inDienst > dagen.eerste || (tot !== null && tot < dagen.laatste)) {
      const inMaand = r.inDienst > dagen.eerste;
      bevindingen.push(
        maak(
          "DIENSTVERBAND_DEEL_MAAND",
          inMaand
            ? `In dienst op ${datumLang(r.inDienst)}, binnen de maand: controleer dat het loon naar rato is (${rij}).`
            : `Uit dienst op ${datumLang(tot!)}, binnen de maand: controleer dat het loon naar rato is (${rij}).`,
          plek("netto", r, inMaand ? "inDienst" : "uitDienst"),
        ),
      );
    }
  }
  if (r.regeling !== null && b.regeling !== null && r.regeling !== b.regeling) {
    bevindingen.push(
      maak(
        "REGISTER_REGELING_ANDERS",
        `Regeling ${b.regeling} in de batch, ${r.regeling} in het register (${rij}).`,
        plek("regeling", r, "regeling"),
        r.regeling,
        b.regeling,
      ),
    );
  }
  if (r.parttimefactor !== null && b.parttimefactor !== null && r.parttimefactor !== b.parttimefactor) {
    const f = (m: number) => miljoenstenTekst(m).replace(".", ",");
    bevindingen.push(
      maak(
        "REGISTER_PARTTIMEFACTOR_ANDERS",
        `Parttimefactor ${f(b.parttimefactor)} in de batch, ${f(r.parttimefactor)} in het register (${rij}).`,
        plek("parttimefactor", r, "parttimefactor"),
        f(r.parttimefactor),
        f(b.parttimefactor),
      ),
    );
  }
  if (dagen !== null && r.indicatieTot !== null && r.indicatieTot < dagen.eerste) {
    bevindingen.push(
      maak(
        "INDICATIE_VERLOPEN",
        `De indicatie was geldig tot ${datumLang(r.indicatieTot)}, vóór de periode (${rij}).`,
        plek("regeling", r, "indicatieTot"),
      ),
    );
  }
}
