// The payroll batch check (Loonbatch): one call for the panel and the CLI.
//
//   const { samenvatting, bevindingen } = controleerBetaalbatch(grid, { vorige, bijlage1 });
//
// Everything in the result is safe to show: every finding passes Persoonsgegevens.beveilig on its
// way out (BSNs, IBANs and names of both batches masked wherever they stand, control characters
// gone); the summary holds counts, exact amounts and masked cell text only.
import { sorteerBevindingen, telPerErnst, type Bevinding, type Ernst } from "../findings";
import type { Grid } from "../grid";
import { zoekGemeente } from "../catalogue";
import { formatBedrag, formatGetal } from "../money";
import { vergelijkMetBijlage1 } from "./bijlage1";
import { controleerKop, controleerRegels, vorigePeriode, leesPeriode } from "./controle";
import { centenNaarDecimal, centenTekst } from "./getallen";
import { maakBevinding as bevinding } from "./codes";
import { leesBetaalbatch } from "./lezer";
import { toonCeltekst } from "./masker";
import { MUTATIES, type Mutatie, type Regeling, type RijStroom } from "./model";
import { STANDAARD_DREMPELS, vergelijkMetVorige, type Drempels } from "./vergelijking";
import {
  controleerRechtmatigheid,
  rechtmatigheidTekst,
  type RechtmatigheidOpties,
  type RechtmatigheidSamenvatting,
} from "./rechtmatigheid";

export { veiligeTekst, zonderStuurtekens, ECHO_MAX } from "../echo";
export {
  maskeer,
  maskeerBsn,
  maskeerIban,
  maskeerNaam,
  maskeerRegel,
  toonCeltekst,
  lijktVerschoven,
  Persoonsgegevens,
  type GemaskeerdeRegel,
} from "./masker";
export { elfproef, normaliseerBsn, bsnControleCijfer } from "./bsn";
export { controleerIban, ibanRest, maakIban, normaliseerIban, type IbanOordeel } from "./iban";
export { naarCenten, naarMiljoensten, centenTekst, centenNaarDecimal, eenhedenUitTekst } from "./getallen";
export {
  leesBetaalbatch,
  celVan,
  KOLOM_LABELS,
  KOP_LABELS,
  VERPLICHTE_KOLOMMEN,
  type LeesResultaat,
} from "./lezer";
export { leesPeriode, vorigePeriode } from "./controle";
export {
  LOONBATCH_CODES,
  LOONBATCH_GROEPEN,
  isLoonbatchCode,
  loonbatchCodeTabel,
  maakBevinding,
  type ErnstVan,
  type LoonbatchCode,
} from "./codes";
export type { Bijlage1Samenvatting } from "./bijlage1";
export { STANDAARD_DREMPELS, type Drempels, type VergelijkingTelling } from "./vergelijking";
export * from "./model";
export * from "./rechtmatigheid";

export interface LoonbatchOpties extends RechtmatigheidOpties {
  /** The previous period's batch grid (sheet Betaalbatch or CSV), or its rows as a stream. */
  vorige?: Grid | RijStroom;
  /** The 'Bijlage 1' sheet grid of the municipality's bijlage-1 workbook. */
  bijlage1?: Grid;
  drempels?: Partial<Drempels>;
}

export interface RegelingTelling {
  regeling: Regeling | "onbekend";
  personen: number;
  /** Exact decimal strings in euros ("1234.56"). */
  bruto: string;
  netto: string;
}

export interface LoonbatchSamenvatting extends RechtmatigheidSamenvatting {
  blad: string;
  /** The municipality as the catalogue names it, or the header text when unknown; null when absent. */
  gemeente: string | null;
  /** "2026-10", or null when missing or unreadable. */
  periode: string | null;
  aantalRegels: number;
  /** Distinct persons (by BSN, else personnel number). */
  aantalPersonen: number;
  perRegeling: RegelingTelling[];
  /** Exact decimal strings in euros ("1234.56"); rows with an unreadable amount are left out. */
  totaalBruto: string;
  totaalInhoudingen: string;
  totaalNetto: string;
  /** The control totals as the header gives them (null when missing or unreadable). */
  opgegeven: { aantalRegels: number | null; totaalNetto: string | null };
  mutaties: Record<Mutatie, number>;
  vorige?: {
    periode: string | null;
    aantalRegels: number;
    nieuw: number;
    vertrokken: number;
    gewijzigd: number;
  };
  bijlage1?: {
    gemeente: string | null;
    verloningBegroot: string | null;
    verloningGerealiseerd: string | null;
    personenInBatch: number;
  };
  bevindingen: Record<Ernst, number>;
}

export interface LoonbatchResultaat {
  samenvatting: LoonbatchSamenvatting;
  /** Sorted: errors first, then by sheet and cell. */
  bevindingen: Bevinding[];
}

/**
 * Checks a payment batch, from a grid or from a stream of its rows (a large CSV file: no grid of
 * 100,000 rows is ever built); never throws on user data.
 */
export function controleerBetaalbatch(
  batchGrid: Grid | RijStroom,
  opties: LoonbatchOpties = {},
): LoonbatchResultaat {
  const drempels: Drempels = { ...STANDAARD_DREMPELS, ...opties.drempels };
  const { batch, bevindingen, persoonsgegevens } = leesBetaalbatch(batchGrid);
  // The previous batch's people are known before any check words a message (shifted columns
  // there put its names and BSNs where a personnel number belongs).
  const vorige = opties.vorige ? leesBetaalbatch(opties.vorige) : undefined;
  if (vorige) persoonsgegevens.voegToe(vorige.batch.regels);
  const kop = controleerKop(batch, bevindingen, persoonsgegevens);
  const totalen = controleerRegels(batch, kop, bevindingen, batchGrid.verborgenRijen, persoonsgegevens);

  const telPerRegeling = new Map<Regeling | "onbekend", number>();
  const regelingen: RegelingTelling[] = [];
  for (const [reg, t] of totalen.perRegeling) {
    const regeling = reg ?? "onbekend";
    if (t.personen === 0 && regeling === "onbekend") continue;
    telPerRegeling.set(regeling, t.personen);
    regelingen.push({
      regeling,
      personen: t.personen,
      bruto: centenTekst(t.bruto.totaal),
      netto: centenTekst(t.netto.totaal),
    });
  }

  const samenvatting: LoonbatchSamenvatting = {
    blad: batch.blad,
    gemeente:
      kop.gemeente?.naam ??
      (kop.gemeenteTekst === null ? null : toonCeltekst(kop.gemeenteTekst, persoonsgegevens)),
    periode: kop.periode,
    aantalRegels: totalen.aantalRegels,
    aantalPersonen: totalen.aantalPersonen,
    perRegeling: regelingen,
    totaalBruto: centenTekst(totalen.bruto.totaal),
    totaalInhoudingen: centenTekst(totalen.inhoudingen.totaal),
    totaalNetto: centenTekst(totalen.netto.totaal),
    opgegeven: {
      aantalRegels: kop.aantalRegels,
      totaalNetto: kop.totaalNetto === null ? null : centenTekst(kop.totaalNetto),
    },
    mutaties: totalen.mutaties,
    bevindingen: { fout: 0, waarschuwing: 0, info: 0 },
  };

  if (opties.vorige && vorige) {
    const fataal = vorige.bevindingen.find(
      (b) =>
        b.code === "TABEL_ONTBREEKT" ||
        (b.code === "KOLOM_ONTBREEKT" && (b.verwacht === "BSN" || b.verwacht === "Personeelsnummer")),
    );
    if (fataal) {
      bevindingen.push(
        bevinding(
          "fout",
          "VORIGE_ONLEESBAAR",
          `De vorige batch is niet te vergelijken: ${fataal.bericht}`,
          opties.vorige.blad + " (vorige batch)",
          fataal.cel,
        ),
      );
    } else {
      const vorigePer =
        vorige.batch.periode.waarde === null ? null : leesPeriode(vorige.batch.periode.waarde);
      if (kop.periode !== null && vorigePer !== null && vorigePer !== vorigePeriode(kop.periode)) {
        bevindingen.push(
          bevinding(
            "waarschuwing",
            "VORIGE_PERIODE_ONVERWACHT",
            `De vorige batch is van ${vorigePer}; verwacht de periode vóór ${kop.periode}.`,
            opties.vorige.blad + " (vorige batch)",
            vorige.batch.periode.cel ?? undefined,
            vorigePeriode(kop.periode),
            vorigePer,
          ),
        );
      }
      const vorigeGemeente =
        vorige.batch.gemeente.waarde === null ? null : zoekGemeente(String(vorige.batch.gemeente.waarde));
      if (kop.gemeente && vorigeGemeente && vorigeGemeente !== kop.gemeente) {
        bevindingen.push(
          bevinding(
            "fout",
            "VORIGE_ANDERE_GEMEENTE",
            `De vorige batch is van ${vorigeGemeente.naam}, deze van ${kop.gemeente.naam}: vergelijk batches van dezelfde gemeente.`,
            opties.vorige.blad + " (vorige batch)",
            vorige.batch.gemeente.cel ?? undefined,
            kop.gemeente.naam,
            vorigeGemeente.naam,
          ),
        );
      }
      const telling = vergelijkMetVorige(batch, vorige.batch, drempels, bevindingen, persoonsgegevens);
      samenvatting.vorige = { periode: vorigePer, aantalRegels: vorige.batch.regels.length, ...telling };
    }
  }

  if (opties.bijlage1) {
    const b1 = vergelijkMetBijlage1(
      opties.bijlage1,
      kop.gemeente,
      telPerRegeling,
      drempels.verloningProcent,
      persoonsgegevens,
      bevindingen,
    );
    if (b1) samenvatting.bijlage1 = { ...b1, personenInBatch: samenvatting.aantalPersonen };
  }

  // Register and bank file (issue 13): their people join the mask before any finding is shown.
  Object.assign(
    samenvatting,
    controleerRechtmatigheid(batch, kop, opties, vorige?.batch, persoonsgegevens, bevindingen),
  );

  // The one way out: every text a finding or the summary repeats passes the privacy mask, however
  // and wherever the finding was made.
  const veilig = bevindingen.map((b) => persoonsgegevens.beveilig(b));
  // A catalogue name is the add-in's own word; only header text can hold someone's data (and
  // asking builds the set of every person of batch, register and bank file).
  if (samenvatting.gemeente !== null && !kop.gemeente)
    samenvatting.gemeente = persoonsgegevens.maskeerTekst(samenvatting.gemeente);
  if (samenvatting.bijlage1?.gemeente)
    samenvatting.bijlage1.gemeente = persoonsgegevens.maskeerTekst(samenvatting.bijlage1.gemeente);
  samenvatting.bevindingen = telPerErnst(veilig);
  return { samenvatting, bevindingen: sorteerBevindingen(veilig) };
}

const euro = (s: string) => formatBedrag(s);

/** The summary as Dutch lines of text, for the CLI and any plain-text report. */
export function samenvattingTekst(s: LoonbatchSamenvatting): string[] {
  const regels: string[] = [];
  regels.push(
    `Betaalbatch ${s.gemeente ?? "(gemeente onbekend)"}, periode ${s.periode ?? "(onbekend)"} (blad ${s.blad})`,
  );
  regels.push(`Regels: ${s.aantalRegels}, personen: ${s.aantalPersonen}`);
  regels.push("Personen per regeling:");
  for (const r of s.perRegeling) {
    regels.push(
      `  ${r.regeling.padEnd(8)} ${String(r.personen).padStart(7)}   bruto ${euro(r.bruto).padStart(18)}   netto ${euro(r.netto).padStart(18)}`,
    );
  }
  regels.push(`Totaal bruto:       ${euro(s.totaalBruto)}`);
  regels.push(`Totaal inhoudingen: ${euro(s.totaalInhoudingen)}`);
  regels.push(`Totaal netto:       ${euro(s.totaalNetto)}`);
  regels.push(
    `Controletotalen:    ${s.opgegeven.aantalRegels ?? "?"} regels, ${s.opgegeven.totaalNetto === null ? "?" : euro(s.opgegeven.totaalNetto)} netto`,
  );
  regels.push(`Mutaties: ${MUTATIES.map((m) => `${m} ${s.mutaties[m]}`).join(", ")}`);
  if (s.vorige) {
    regels.push(
      `Vergeleken met ${s.vorige.periode ?? "de vorige batch"} (${s.vorige.aantalRegels} regels): ${s.vorige.nieuw} nieuw, ${s.vorige.vertrokken} vertrokken, ${s.vorige.gewijzigd} met gewijzigd loon of parttimefactor`,
    );
  }
  if (s.bijlage1) {
    const fmt = (a: string | null) => (a === null ? "?" : formatGetalTekst(a));
    regels.push(
      `Bijlage 1 ${s.bijlage1.gemeente ?? ""}: verloning begroot ${fmt(s.bijlage1.verloningBegroot)}` +
        (s.bijlage1.verloningGerealiseerd !== null
          ? `, gerealiseerd ${fmt(s.bijlage1.verloningGerealiseerd)}`
          : "") +
        ` medewerkers; in deze batch ${s.bijlage1.personenInBatch} personen`,
    );
  }
  regels.push(...rechtmatigheidTekst(s));
  regels.push(
    `Bevindingen: ${s.bevindingen.fout} fout, ${s.bevindingen.waarschuwing} waarschuwing, ${s.bevindingen.info} info`,
  );
  return regels;
}

/** "1234.5" → "1.234,5": Dutch notation, keeping the decimals the figure has. */
function formatGetalTekst(a: string): string {
  return formatGetal(a, (a.split(".")[1] ?? "").length);
}

/** An amount in cents as Dutch text (€ 1.234,56). */
export function formatCenten(centen: number | bigint): string {
  return formatBedrag(centenNaarDecimal(centen));
}
