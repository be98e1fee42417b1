// The checks of one batch on its own (DOMAIN.md §5): header, each row, duplicates, control totals.
import type { Bevinding } from "../findings";
import { zoekGemeente, type Gemeente } from "../catalogue";
import { formatBedrag } from "../money";
import type { CelWaarde } from "../grid";
import { elfproef } from "./bsn";
import { EersteVoorkomen } from "./eerste";
import { controleerIban } from "./iban";
import { centenNaarDecimal, miljoenstenTekst, naarCenten } from "./getallen";
import { maakBevinding as bevinding, type ErnstVan, type LoonbatchCode } from "./codes";
import { celVan, KOP_NAAM } from "./lezer";
import {
  lijktVerschoven,
  maskeerBsn,
  maskeerIban,
  Persoonsgegevens,
  toonCeltekst,
  vervangCeltekst,
} from "./masker";
import {
  REGELINGEN,
  type BatchRegel,
  type BetaalBatch,
  type KolomSleutel,
  type KopVeld,
  type Mutatie,
  type Regeling,
} from "./model";

/** "2026-10", or a date serial as Excel turns a typed 2026-10 into → "2026-10"; null otherwise. */
export function leesPeriode(v: CelWaarde): string | null {
  // Serials from 2000-01-01 (36526) to 2099-12-31 (73050); a number like 202610 is no period.
  if (typeof v === "number" && Number.isFinite(v) && v >= 36526 && v < 73051) {
    // Excel serial day 25569 is 1970-01-01 (the 1900 leap-year bug only affects serials below 61).
    const d = new Date(Math.round((Math.floor(v) - 25569) * 86400000));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  if (typeof v !== "string") return null;
  const m = /^\s*(\d{4})\s*[-/]\s*(\d{1,2})(?:\s*[-/]\s*\d{1,2})?\s*$/.exec(v);
  if (!m) return null;
  const maand = Number(m[2]);
  if (maand < 1 || maand > 12) return null;
  return `${m[1]}-${String(maand).padStart(2, "0")}`;
}

/** The period before "2026-01" is "2025-12". */
export function vorigePeriode(periode: string): string {
  const [j, m] = periode.split("-").map(Number);
  return m === 1 ? `${j - 1}-12` : `${j}-${String(m - 1).padStart(2, "0")}`;
}

export interface KopOordeel {
  gemeente: Gemeente | null;
  /** The header text when it names no known municipality. */
  gemeenteTekst: string | null;
  periode: string | null;
  aantalRegels: number | null;
  totaalNetto: number | null;
}

/**
 * Header fields: present, municipality known, period jjjj-mm, control totals readable. Cell text
 * repeated in a finding goes through toonCeltekst.
 */
export function controleerKop(
  batch: BetaalBatch,
  bevindingen: Bevinding[],
  persoonsgegevens = new Persoonsgegevens(batch.regels),
): KopOordeel {
  const blad = batch.blad;
  const toon = (v: CelWaarde) => toonCeltekst(String(v), persoonsgegevens);
  const ontbreekt = (naam: string, veld: KopVeld, uitleg: string) =>
    bevindingen.push(
      bevinding(
        "fout",
        "KOPVELD_ONTBREEKT",
        veld.cel === null
          ? `Kopveld '${naam}' ontbreekt boven de tabel; ${uitleg}`
          : `Kopveld '${naam}' is leeg; ${uitleg}`,
        blad,
        veld.cel ?? undefined,
        naam,
      ),
    );
  const oordeel: KopOordeel = {
    gemeente: null,
    gemeenteTekst: null,
    periode: null,
    aantalRegels: null,
    totaalNetto: null,
  };

  if (batch.gemeente.waarde === null)
    ontbreekt(
      KOP_NAAM.gemeente,
      batch.gemeente,
      "zonder gemeente kan niet worden gecontroleerd of iedereen bij de gemeente hoort.",
    );
  else {
    const t = String(batch.gemeente.waarde).trim();
    oordeel.gemeente = zoekGemeente(t) ?? null;
    if (!oordeel.gemeente) {
      oordeel.gemeenteTekst = t;
      bevindingen.push(
        bevinding(
          "fout",
          "GEMEENTE_ONBEKEND",
          `Gemeente '${toon(t)}' is geen DVO-gemeente van Ontplooj.`,
          blad,
          batch.gemeente.cel ?? undefined,
          "Almelo, Wierden, Twenterand, Dinkelland of Tubbergen",
          toon(t),
        ),
      );
    }
  }

  if (batch.periode.waarde === null)
    ontbreekt(KOP_NAAM.periode, batch.periode, "vul de loonperiode in als jjjj-mm.");
  else {
    oordeel.periode = leesPeriode(batch.periode.waarde);
    if (oordeel.periode === null) {
      bevindingen.push(
        bevinding(
          "fout",
          "PERIODE_ONGELDIG",
          `Periode '${toon(batch.periode.waarde)}' is geen jjjj-mm.`,
          blad,
          batch.periode.cel ?? undefined,
          "jjjj-mm, bijvoorbeeld 2026-10",
          toon(batch.periode.waarde),
        ),
      );
    }
  }

  if (batch.aantalRegels.waarde === null)
    ontbreekt(
      KOP_NAAM.aantalRegels,
      batch.aantalRegels,
      "het aantal regels is een controletotaal van de batch.",
    );
  else {
    const o = naarCenten(batch.aantalRegels.waarde);
    if (o.ok && o.waarde >= 0 && o.waarde % 100 === 0) oordeel.aantalRegels = o.waarde / 100;
    else
      bevindingen.push(
        bevinding(
          "fout",
          "KOPVELD_ONGELDIG",
          `Aantal regels '${toon(batch.aantalRegels.waarde)}' is geen geheel getal.`,
          blad,
          batch.aantalRegels.cel ?? undefined,
          "geheel getal",
          toon(batch.aantalRegels.waarde),
        ),
      );
  }

  if (batch.totaalNetto.waarde === null)
    ontbreekt(
      KOP_NAAM.totaalNetto,
      batch.totaalNetto,
      "het totaal netto is een controletotaal van de batch.",
    );
  else {
    const o = naarCenten(batch.totaalNetto.waarde);
    if (o.ok) oordeel.totaalNetto = o.waarde;
    else
      bevindingen.push(
        bevinding(
          "fout",
          "KOPVELD_ONGELDIG",
          `Totaal netto is geen geldig bedrag (${vervangCeltekst(o.reden, String(batch.totaalNetto.waarde), persoonsgegevens)}).`,
          blad,
          batch.totaalNetto.cel ?? undefined,
          "bedrag, bijvoorbeeld 1.234,56",
          toon(batch.totaalNetto.waarde),
        ),
      );
  }
  return oordeel;
}

/** Sum of integer cents, exact even past Number.MAX_SAFE_INTEGER (falls back to BigInt). */
export class CentenTeller {
  private klein = 0;
  private groot = 0n;
  tel(c: number): void {
    const s = this.klein + c;
    if (Number.isSafeInteger(s) && Math.abs(s) < 2 ** 52) this.klein = s;
    else {
      this.groot += BigInt(this.klein) + BigInt(c);
      this.klein = 0;
    }
  }
  get totaal(): bigint {
    return this.groot + BigInt(this.klein);
  }
}

export interface RegelTotalen {
  aantalRegels: number;
  /** Distinct persons (by valid BSN, else personnel number; rows with neither count each). */
  aantalPersonen: number;
  /** Per regulation (null: unknown): distinct persons (counted where first seen), bruto and netto. */
  perRegeling: Map<Regeling | null, { personen: number; bruto: CentenTeller; netto: CentenTeller }>;
  mutaties: Record<Mutatie, number>;
  bruto: CentenTeller;
  inhoudingen: CentenTeller;
  netto: CentenTeller;
  /** Rows whose netto could not be read (left out of the netto total). */
  zonderNetto: number;
}

/**
 * The checks of one row, in one pass over the batch: each check a named step that reads the row
 * and, where it finds something, adds a finding. The state across rows (first occurrences, totals)
 * lives here.
 */
class RegelControle {
  readonly totalen: RegelTotalen;
  private readonly regels: readonly BatchRegel[];
  private readonly blad: string;
  // First row index per BSN, personnel number and IBAN (duplicates point back to it).
  private readonly eersteBsn: EersteVoorkomen;
  private readonly eerstePnr: EersteVoorkomen;
  private readonly eersteIban: EersteVoorkomen;
  private readonly pnrZonderBsn = new Set<string>();
  private readonly gemeenteCache = new Map<string, Gemeente | null>();
  private readonly verborgen: ReadonlySet<number>;

  constructor(
    private readonly batch: BetaalBatch,
    private readonly kop: KopOordeel,
    private readonly bevindingen: Bevinding[],
    verborgenRijen: readonly number[],
    private readonly persoonsgegevens: Persoonsgegevens,
  ) {
    const regels = batch.regels;
    this.regels = regels;
    this.blad = batch.blad;
    this.eersteBsn = new EersteVoorkomen((i) => regels[i].bsn, regels.length);
    this.eerstePnr = new EersteVoorkomen((i) => regels[i].personeelsnummer, regels.length);
    this.eersteIban = new EersteVoorkomen((i) => regels[i].iban, regels.length);
    this.verborgen = new Set(verborgenRijen);
    this.totalen = {
      aantalRegels: regels.length,
      aantalPersonen: 0,
      perRegeling: new Map(),
      mutaties: { instroom: 0, uitstroom: 0, wijziging: 0 },
      bruto: new CentenTeller(),
      inhoudingen: new CentenTeller(),
      netto: new CentenTeller(),
      zonderNetto: 0,
    };
    for (const reg of [...REGELINGEN, null])
      this.totalen.perRegeling.set(reg, {
        personen: 0,
        bruto: new CentenTeller(),
        netto: new CentenTeller(),
      });
  }

  controleer(index: number): void {
    const r = this.regels[index];
    const geldigBsn = r.bsn !== "" && elfproef(r.bsn);
    const eerdereBsn = r.bsn === "" ? undefined : this.eersteBsn.eerderOfZet(r.bsn, index);
    this.telPersoon(r, geldigBsn, eerdereBsn);
    this.verborgenRij(r);
    this.bsn(r, geldigBsn, eerdereBsn);
    this.personeelsnummer(r, index);
    this.iban(r, index);
    this.gemeente(r);
    this.werksoort(r);
    this.parttimefactor(r);
    this.bedragen(r);
  }

  private meld<C extends LoonbatchCode>(
    ernst: ErnstVan<C>,
    code: C,
    bericht: string,
    cel?: string,
    verwacht?: string,
    gevonden?: string,
  ): void {
    this.bevindingen.push(bevinding(ernst, code, bericht, this.blad, cel, verwacht, gevonden));
  }

  private cel(r: BatchRegel, kolom: KolomSleutel): string | undefined {
    return celVan(this.batch, r.rij, kolom);
  }

  /** Persons by valid BSN, else personnel number; per regulation also bruto and netto. */
  private telPersoon(r: BatchRegel, geldigBsn: boolean, eerdereBsn: number | undefined): void {
    let nieuwePersoon: boolean;
    if (geldigBsn) nieuwePersoon = eerdereBsn === undefined;
    else if (r.personeelsnummer === "") nieuwePersoon = true;
    else {
      nieuwePersoon = !this.pnrZonderBsn.has(r.personeelsnummer);
      this.pnrZonderBsn.add(r.personeelsnummer);
    }
    const t = this.totalen;
    const perReg = t.perRegeling.get(r.regeling)!;
    if (nieuwePersoon) {
      t.aantalPersonen++;
      perReg.personen++;
    }
    if (r.mutatie !== null) t.mutaties[r.mutatie]++;
    if (r.bruto !== null) perReg.bruto.tel(r.bruto);
    if (r.netto !== null) perReg.netto.tel(r.netto);
  }

  private verborgenRij(r: BatchRegel): void {
    if (this.verborgen.size === 0 || !this.verborgen.has(r.rij)) return;
    this.meld(
      "waarschuwing",
      "REGEL_VERBORGEN",
      `Rij ${r.rij + 1} is verborgen in het werkblad: ook deze betaling wordt goedgekeurd; maak de rij zichtbaar en controleer haar.`,
      this.cel(r, "personeelsnummer") ?? this.cel(r, "bsn"),
      "zichtbare rij",
      "verborgen",
    );
  }

  private bsn(r: BatchRegel, geldigBsn: boolean, eerdereBsn: number | undefined): void {
    if (r.bsn === "") return;
    if (!geldigBsn)
      this.meld(
        "fout",
        "BSN_ONGELDIG",
        r.bsn.length === 9 && /^[0-9]+$/.test(r.bsn)
          ? `BSN ${maskeerBsn(r.bsn)} voldoet niet aan de elfproef (rij ${r.rij + 1}).`
          : `BSN ${maskeerBsn(r.bsn)} is geen BSN van negen cijfers (rij ${r.rij + 1}).`,
        this.cel(r, "bsn"),
        "negen cijfers die de elfproef doorstaan",
        maskeerBsn(r.bsn),
      );
    if (eerdereBsn !== undefined) {
      const eerder = this.regels[eerdereBsn].rij;
      this.meld(
        "fout",
        "DUBBEL_BSN",
        `BSN ${maskeerBsn(r.bsn)} staat al op rij ${eerder + 1}: dezelfde persoon twee keer in één periode.`,
        this.cel(r, "bsn"),
        "elke persoon één keer per periode",
        `ook op rij ${eerder + 1}`,
      );
    }
  }

  private personeelsnummer(r: BatchRegel, index: number): void {
    if (r.personeelsnummer === "") return;
    const eerdere = this.eerstePnr.eerderOfZet(r.personeelsnummer, index);
    if (eerdere === undefined) return;
    const eerder = this.regels[eerdere].rij;
    this.meld(
      "fout",
      "DUBBEL_PERSONEELSNUMMER",
      `Personeelsnummer ${this.persoonsgegevens.toonPersoneelsnummer(r.personeelsnummer)} staat al op rij ${eerder + 1}.`,
      this.cel(r, "personeelsnummer"),
      "elk personeelsnummer één keer per periode",
      `ook op rij ${eerder + 1}`,
    );
  }

  private iban(r: BatchRegel, index: number): void {
    if (r.iban === "") return;
    const o = controleerIban(r.iban);
    if (!o.ok)
      this.meld(
        "fout",
        o.soort === "formaat" ? "IBAN_FORMAAT" : "IBAN_ONGELDIG",
        `IBAN ${maskeerIban(r.iban)}: ${o.reden} (rij ${r.rij + 1}).`,
        this.cel(r, "iban"),
        o.soort === "formaat" ? "NLkk BBBB 0123456789" : "IBAN met kloppend controlegetal",
        maskeerIban(r.iban),
      );
    else if (o.land !== "NL")
      this.meld(
        "waarschuwing",
        "IBAN_BUITENLAND",
        `IBAN ${maskeerIban(r.iban)} is een buitenlandse rekening (${o.land}); controleer of dit klopt (rij ${r.rij + 1}).`,
        this.cel(r, "iban"),
        "Nederlandse rekening (NL)",
        o.land,
      );
    const i = this.eersteIban.eerderOfZet(r.iban, index);
    const eerder = i === undefined ? undefined : this.regels[i];
    if (
      eerder !== undefined &&
      (eerder.bsn !== r.bsn || (r.bsn === "" && eerder.personeelsnummer !== r.personeelsnummer))
    )
      this.meld(
        "waarschuwing",
        "IBAN_GEDEELD",
        `IBAN ${maskeerIban(r.iban)} ontvangt ook het loon van een andere persoon (rij ${eerder.rij + 1}); controleer of dit de bedoeling is.`,
        this.cel(r, "iban"),
        "een eigen rekening per persoon",
        `ook op rij ${eerder.rij + 1}`,
      );
  }

  /** A row's own municipality (a Gemeente column) must be the batch's. */
  private gemeente(r: BatchRegel): void {
    const kop = this.kop;
    if (r.gemeente === "" || !(kop.gemeente || kop.gemeenteTekst)) return;
    let g = this.gemeenteCache.get(r.gemeente);
    if (g === undefined) {
      g = zoekGemeente(r.gemeente) ?? null;
      this.gemeenteCache.set(r.gemeente, g);
    }
    const batchNaam = kop.gemeente ? kop.gemeente.naam : kop.gemeenteTekst;
    if (g === null ? r.gemeente === batchNaam : g === kop.gemeente) return;
    const getoond = batchNaam === null ? null : toonCeltekst(batchNaam, this.persoonsgegevens);
    const regelGemeente = toonCeltekst(r.gemeente, this.persoonsgegevens, lijktVerschoven(r));
    this.meld(
      "fout",
      "GEMEENTE_ANDERS",
      `Deze regel hoort bij gemeente '${regelGemeente}', de batch is van ${getoond} (rij ${r.rij + 1}).`,
      this.cel(r, "gemeente"),
      getoond ?? undefined,
      regelGemeente,
    );
  }

  /** Through SPN a municipality buys payroll for beschut werk only. */
  private werksoort(r: BatchRegel): void {
    const gemeente = this.kop.gemeente;
    if (r.werksoort === null || r.werksoort === "beschut" || !gemeente?.viaSpn) return;
    this.meld(
      "waarschuwing",
      "WERKSOORT_NIET_AFGENOMEN",
      `${gemeente.naam} neemt via SPN alleen verloning af voor beschut werk; deze regel is ${r.werksoort} (rij ${r.rij + 1}).`,
      this.cel(r, "werksoort"),
      "beschut",
      r.werksoort,
    );
  }

  private parttimefactor(r: BatchRegel): void {
    if (r.parttimefactor === null || (r.parttimefactor >= 0 && r.parttimefactor <= 1000000)) return;
    this.meld(
      "fout",
      "PARTTIMEFACTOR_BUITEN_BEREIK",
      `Parttimefactor ${miljoenstenTekst(r.parttimefactor).replace(".", ",")} ligt niet tussen 0 en 1 (rij ${r.rij + 1}).`,
      this.cel(r, "parttimefactor"),
      "0 tot en met 1",
      miljoenstenTekst(r.parttimefactor).replace(".", ","),
    );
  }

  /** The totals, and netto = bruto − inhoudingen ≥ 0. */
  private bedragen(r: BatchRegel): void {
    const t = this.totalen;
    if (r.bruto !== null) t.bruto.tel(r.bruto);
    if (r.inhoudingen !== null) t.inhoudingen.tel(r.inhoudingen);
    if (r.netto === null) {
      t.zonderNetto++;
      return;
    }
    t.netto.tel(r.netto);
    if (r.bruto !== null && r.inhoudingen !== null && r.bruto - r.inhoudingen !== r.netto) {
      const verwacht = formatBedrag(centenNaarDecimal(r.bruto - r.inhoudingen));
      this.meld(
        "fout",
        "NETTO_KLOPT_NIET",
        `Netto is niet bruto − inhoudingen: verwacht ${verwacht}, gevonden ${formatBedrag(centenNaarDecimal(r.netto))} (rij ${r.rij + 1}).`,
        this.cel(r, "netto"),
        verwacht,
        formatBedrag(centenNaarDecimal(r.netto)),
      );
    }
    if (r.netto < 0)
      this.meld(
        "fout",
        "NETTO_NEGATIEF",
        `Netto is negatief (${formatBedrag(centenNaarDecimal(r.netto))}): er valt niets uit te betalen; verreken dit buiten de betaalbatch (rij ${r.rij + 1}).`,
        this.cel(r, "netto"),
        "netto ≥ € 0,00",
        formatBedrag(centenNaarDecimal(r.netto)),
      );
  }

  /** After the last row: the header's control totals against the table. */
  controletotalen(): void {
    const { kop, totalen, batch } = this;
    if (kop.aantalRegels !== null && kop.aantalRegels !== totalen.aantalRegels)
      this.meld(
        "fout",
        "AANTAL_REGELS_KLOPT_NIET",
        `Het controletotaal noemt ${kop.aantalRegels} regels, de tabel heeft er ${totalen.aantalRegels}.`,
        batch.aantalRegels.cel ?? undefined,
        String(totalen.aantalRegels),
        String(kop.aantalRegels),
      );
    if (kop.totaalNetto !== null && BigInt(kop.totaalNetto) !== totalen.netto.totaal) {
      const som = formatBedrag(centenNaarDecimal(totalen.netto.totaal));
      const genoemd = formatBedrag(centenNaarDecimal(kop.totaalNetto));
      const kanttekening =
        totalen.zonderNetto > 0
          ? ` (${totalen.zonderNetto} regels zonder leesbaar netto niet meegeteld)`
          : "";
      this.meld(
        "fout",
        "TOTAAL_NETTO_KLOPT_NIET",
        `Het controletotaal netto is ${genoemd}, de som van de regels is ${som}${kanttekening}.`,
        batch.totaalNetto.cel ?? undefined,
        som,
        genoemd,
      );
    }
  }
}

/**
 * Row checks: BSN, IBAN, duplicates, municipality, netto = bruto − inhoudingen, netto ≥ 0,
 * part-time factor in 0..1, services the municipality buys. Then the control totals.
 */
export function controleerRegels(
  batch: BetaalBatch,
  kop: KopOordeel,
  bevindingen: Bevinding[],
  verborgenRijen: readonly number[] = [],
  persoonsgegevens = new Persoonsgegevens(batch.regels),
): RegelTotalen {
  const controle = new RegelControle(batch, kop, bevindingen, verborgenRijen, persoonsgegevens);
  for (let i = 0; i < batch.regels.length; i++) controle.controleer(i);
  controle.controletotalen();
  return controle.totalen;
}
