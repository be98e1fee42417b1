// Reader: a Werkboek (grids of values and formulas) → the Bijlage1 model, plus the findings about
// what could not be found or read. Semantic checks live in controle.ts.
import { zoekDienst, zoekGemeente } from "../catalogue";
import { adres, eindeGrid, isLeeg, waardeOp, zoekBlad, type Grid, type Werkboek } from "../grid";
import { labelIs, normaliseerLabel } from "../labels";
import type { Decimal, Notatie } from "../money";
import type { KpiRichting } from "../settlement";
import { Melder, toon } from "./melder";
import { leesBenoemdeDelen, zetGemeente } from "./namen";
import {
  BLAD_BIJLAGE1,
  BLAD_KOSTPRIJZEN,
  BLAD_KPI,
  BLAD_VOORSCHOTTEN,
  type Bijlage1,
  type CelPlek,
  type DienstKolom,
  type DienstRegel,
  type Gevonden,
  type KostprijsKolom,
  type KostprijsRegel,
  type KpiKolom,
  type KpiRegel,
  type Tabel,
  type VoorschotKolom,
  type VoorschotRegel,
} from "./model";
import {
  getalOp,
  isVerborgen,
  leesTotaalRij,
  plek,
  tabelRijen,
  tekstOp,
  zoekKopRij,
  zoekLabels,
  type KolomDefinitie,
} from "./tabel";

export const LABELS = {
  gemeente: ["Gemeente", "Naam gemeente"],
  jaar: ["Jaar", "Boekjaar", "Dienstjaar", "Kalenderjaar"],
  risicoOpslag: ["Risico-opslag", "Risicoopslag", "Risico-opslag percentage", "Opslag risico"],
  dvoKenmerk: ["DVO-kenmerk", "Kenmerk DVO", "Kenmerk"],
} as const;

export const DIENST_KOLOMMEN: readonly KolomDefinitie<DienstKolom>[] = [
  { sleutel: "dienst", labels: ["Dienst", "Diensten", "Omschrijving dienst"], verplicht: true },
  { sleutel: "eenheid", labels: ["Eenheid", "Eenheden"], verplicht: true },
  {
    sleutel: "tarief",
    labels: ["Tarief", "Tarief begroot", "Begroot tarief", "Tarief per eenheid"],
    verplicht: true,
  },
  {
    sleutel: "aantalBegroot",
    labels: ["Aantal begroot", "Begroot aantal", "Aantal verwacht", "Verwacht aantal"],
    verplicht: true,
  },
  { sleutel: "bedragBegroot", labels: ["Bedrag begroot", "Begroot bedrag", "Bedrag"], verplicht: false },
  {
    sleutel: "aantalGerealiseerd",
    labels: ["Aantal gerealiseerd", "Gerealiseerd aantal", "Aantal realisatie"],
    verplicht: false,
  },
  {
    sleutel: "tariefGerealiseerd",
    labels: ["Tarief gerealiseerd", "Gerealiseerd tarief", "Tarief realisatie"],
    verplicht: false,
  },
];

export const VOORSCHOT_KOLOMMEN: readonly KolomDefinitie<VoorschotKolom>[] = [
  { sleutel: "periode", labels: ["Periode", "Maand", "Termijn", "Kwartaal"], verplicht: true },
  { sleutel: "bedrag", labels: ["Bedrag", "Voorschot", "Bedrag voorschot"], verplicht: true },
  { sleutel: "factuurnummer", labels: ["Factuurnummer", "Factuur", "Factuurnr"], verplicht: false },
  { sleutel: "datum", labels: ["Datum", "Factuurdatum", "Betaaldatum"], verplicht: false },
];

export const KOSTPRIJS_KOLOMMEN: readonly KolomDefinitie<KostprijsKolom>[] = [
  { sleutel: "dienst", labels: ["Dienst", "Diensten"], verplicht: true },
  { sleutel: "kosten", labels: ["Kosten", "Gerealiseerde kosten"], verplicht: true },
  { sleutel: "opbrengsten", labels: ["Opbrengsten", "Gerealiseerde opbrengsten"], verplicht: true },
  { sleutel: "eenheden", labels: ["Eenheden", "Aantal eenheden", "Gerealiseerde eenheden"], verplicht: true },
];

export const KPI_KOLOMMEN: readonly KolomDefinitie<KpiKolom>[] = [
  { sleutel: "kpi", labels: ["KPI", "Indicator", "Prestatie-indicator"], verplicht: true },
  { sleutel: "doel", labels: ["Doelwaarde", "Doel", "Norm"], verplicht: true },
  { sleutel: "richting", labels: ["Richting"], verplicht: true },
  { sleutel: "realisatie", labels: ["Realisatie", "Gerealiseerd"], verplicht: true },
];

const LABEL_NAMEN: Record<keyof typeof LABELS, string> = {
  gemeente: "Gemeente",
  jaar: "Jaar",
  risicoOpslag: "Risico-opslag",
  dvoKenmerk: "DVO-kenmerk",
};

type GetalCode = "TARIEF_ONGELDIG" | "AANTAL_ONGELDIG" | "BEDRAG_ONGELDIG";

const DIENST_GETAL_CODE: Record<Exclude<DienstKolom, "dienst" | "eenheid">, GetalCode> = {
  tarief: "TARIEF_ONGELDIG",
  aantalBegroot: "AANTAL_ONGELDIG",
  bedragBegroot: "BEDRAG_ONGELDIG",
  aantalGerealiseerd: "AANTAL_ONGELDIG",
  tariefGerealiseerd: "TARIEF_ONGELDIG",
};

export const KOLOM_NAAM: Record<DienstKolom, string> = {
  dienst: "Dienst",
  eenheid: "Eenheid",
  tarief: "Tarief",
  aantalBegroot: "Aantal begroot",
  bedragBegroot: "Bedrag begroot",
  aantalGerealiseerd: "Aantal gerealiseerd",
  tariefGerealiseerd: "Tarief gerealiseerd",
};

class Lezer {
  constructor(
    readonly melder: Melder,
    readonly notatie: Notatie,
  ) {}

  /** A number in a cell; reports unreadable text with `code`, and an empty required cell. */
  getal(
    grid: Grid,
    rij: number,
    kolom: number,
    code: string,
    wat: string,
    verplicht: boolean,
  ): Gevonden<Decimal> | undefined {
    const l = getalOp(grid, rij, kolom, this.notatie);
    const p = plek(grid, rij, kolom);
    if (l.leeg) {
      if (verplicht)
        this.melder.fout("WAARDE_ONTBREEKT", `${wat} ontbreekt in ${p.cel}.`, p, "een getal", "(leeg)");
      return undefined;
    }
    if ("reden" in l) {
      this.melder.fout(code, `${wat} in ${p.cel} is geen getal: ${l.reden}.`, p, "een getal", toon(l.ruw));
      return undefined;
    }
    return l.getal;
  }

  /** The value cell to the right of a label, found anywhere on the sheet outside the tables. */
  labelWaarde(
    grid: Grid,
    sleutel: keyof typeof LABELS,
    uitgesloten: (rij: number) => boolean,
  ): CelPlek | "ontbreekt" | "leeg" {
    const kandidaten = zoekLabels(grid, LABELS[sleutel]).filter((p) => !uitgesloten(p.rij));
    if (kandidaten.length === 0) return "ontbreekt";
    const [eerste, ...rest] = kandidaten;
    const waardePlek = plek(grid, eerste.rij, eerste.kolom + 1);
    const w = waardeOp(grid, waardePlek.rij, waardePlek.kolom);
    for (const ander of rest) {
      const w2 = waardeOp(grid, ander.rij, ander.kolom + 1);
      if (!isLeeg(w2) && String(w2) !== String(w)) {
        this.melder.waarschuwing(
          "LABEL_DUBBEL",
          `Het label '${LABEL_NAMEN[sleutel]}' staat meer dan eens op het blad; ${eerste.cel} telt, ${ander.cel} wordt genegeerd.`,
          ander,
          toon(w),
          toon(w2),
        );
      }
    }
    if (isLeeg(w)) {
      this.melder.fout(
        "WAARDE_ONTBREEKT",
        `Naast '${LABEL_NAMEN[sleutel]}' (${eerste.cel}) staat geen waarde; vul ${waardePlek.cel} in.`,
        waardePlek,
        "een waarde",
        "(leeg)",
      );
      return "leeg";
    }
    return waardePlek;
  }
}

export function leesBijlage1(
  werkboek: Werkboek,
  melder: Melder,
  notatie: Notatie = "nl",
): Bijlage1 | undefined {
  const lezer = new Lezer(melder, notatie);
  // Defined names (Bijlage1_*) win over the label search, part by part: see namen.ts.
  const namen = leesBenoemdeDelen(werkboek, melder, notatie);
  const grid = zoekBlad(werkboek, BLAD_BIJLAGE1) ?? namen.blad;
  if (!grid) {
    melder.fout(
      "BLAD_ONTBREEKT",
      `Het werkboek heeft geen blad '${BLAD_BIJLAGE1}'. Bladen: ${werkboek.bladen.map((b) => `'${b.blad}'`).join(", ") || "(geen)"}.`,
      { blad: BLAD_BIJLAGE1 },
      BLAD_BIJLAGE1,
    );
    return undefined;
  }

  const diensten = namen.diensten ? namen.diensten.waarde : leesDienstenTabel(grid, lezer);
  if (!diensten) return undefined;
  const inTabel = (rij: number) =>
    diensten.blad === grid.blad &&
    rij >= diensten.kopRij &&
    rij <= (diensten.totaal?.rij ?? diensten.regels.at(-1)?.rij ?? diensten.kopRij);

  const model: Bijlage1 = { blad: grid.blad, diensten };

  const g = namen.gemeente ? "benoemd" : lezer.labelWaarde(grid, "gemeente", inTabel);
  if (g === "benoemd") {
    zetGemeente(model, namen.gemeente?.waarde);
  } else if (g === "ontbreekt") {
    melder.fout(
      "LABEL_ONTBREEKT",
      `Het label 'Gemeente' ontbreekt op blad '${grid.blad}'.`,
      { blad: grid.blad },
      "Gemeente",
    );
  } else if (g !== "leeg") {
    const t = tekstOp(grid, g.rij, g.kolom);
    if (t) {
      model.gemeente = t;
      model.gemeenteInfo = zoekGemeente(t.waarde);
    }
  }

  const j = namen.jaar ? "benoemd" : lezer.labelWaarde(grid, "jaar", inTabel);
  if (j === "benoemd") {
    if (namen.jaar?.waarde) model.jaar = namen.jaar.waarde;
  } else if (j === "ontbreekt") {
    melder.fout(
      "LABEL_ONTBREEKT",
      `Het label 'Jaar' ontbreekt op blad '${grid.blad}'.`,
      { blad: grid.blad },
      "Jaar",
    );
  } else if (j !== "leeg") {
    const getal = lezer.getal(grid, j.rij, j.kolom, "JAAR_ONGELDIG", "Het jaar", true);
    if (getal) {
      if (!getal.waarde.isInteger()) {
        melder.fout(
          "JAAR_ONGELDIG",
          `Het jaar in ${getal.cel} is geen geheel getal.`,
          getal,
          "een jaartal zoals 2023",
          toon(getal.ruw),
        );
      } else {
        model.jaar = { ...getal, waarde: getal.waarde.toNumber() };
      }
    }
  }

  const r = namen.risicoOpslag ? "benoemd" : lezer.labelWaarde(grid, "risicoOpslag", inTabel);
  if (r === "benoemd") {
    if (namen.risicoOpslag?.waarde) model.risicoOpslag = namen.risicoOpslag.waarde;
  } else if (r !== "ontbreekt" && r !== "leeg") {
    const getal = lezer.getal(grid, r.rij, r.kolom, "RISICO_OPSLAG_ONGELDIG", "De risico-opslag", true);
    if (getal) model.risicoOpslag = getal;
  }

  const k = lezer.labelWaarde(grid, "dvoKenmerk", inTabel);
  if (k !== "ontbreekt" && k !== "leeg") model.dvoKenmerk = tekstOp(grid, k.rij, k.kolom);

  const v = zoekBlad(werkboek, BLAD_VOORSCHOTTEN);
  if (namen.voorschotten) {
    model.voorschotten = namen.voorschotten.waarde;
  } else if (!v) {
    melder.fout(
      "BLAD_ONTBREEKT",
      `Het werkboek heeft geen blad '${BLAD_VOORSCHOTTEN}' met de betaalde voorschotten.`,
      { blad: BLAD_VOORSCHOTTEN },
      BLAD_VOORSCHOTTEN,
    );
  } else {
    model.voorschotten = leesVoorschotten(v, lezer);
  }

  const kp = namen.kostprijzen ? namen.kostprijzen.waarde : zoekBlad(werkboek, BLAD_KOSTPRIJZEN);
  if (kp) model.kostprijzen = leesKostprijzen(kp, lezer);

  const kpi = namen.kpi ? namen.kpi.waarde : zoekBlad(werkboek, BLAD_KPI);
  if (kpi) model.kpis = leesKpis(kpi, lezer);

  return model;
}

function ontbrekendeKolommen<K extends string>(
  grid: Grid,
  definities: readonly KolomDefinitie<K>[],
  kolommen: Partial<Record<K, CelPlek>>,
  kopRij: number,
  melder: Melder,
  ankerKolom: number,
): boolean {
  let mist = false;
  for (const d of definities) {
    if (d.verplicht && !kolommen[d.sleutel]) {
      mist = true;
      melder.fout(
        "KOLOM_ONTBREEKT",
        `De tabel op blad '${grid.blad}' (kopregel vanaf ${adres(kopRij, ankerKolom)}) heeft geen kolom '${d.labels[0]}'.`,
        { blad: grid.blad, cel: adres(kopRij, ankerKolom) },
        d.labels[0],
      );
    }
  }
  return mist;
}

function tabelOntbreekt(grid: Grid, melder: Melder, wat: string, labels: readonly string[]): void {
  melder.fout(
    "TABEL_ONTBREEKT",
    `Op blad '${grid.blad}' staat geen ${wat}: geen kopregel met ${labels.map((l) => `'${l}'`).join(", ")}.`,
    { blad: grid.blad },
    labels.join(", "),
  );
}

function verborgenMelding(grid: Grid, rij: number, kolom: number, melder: Melder): void {
  if (!isVerborgen(grid, rij)) return;
  melder.info(
    "VERBORGEN_RIJ",
    `Rij ${rij + 1} (${adres(rij, kolom)}) op blad '${grid.blad}' is verborgen maar telt mee in de afrekening.`,
    plek(grid, rij, kolom),
  );
}

function leesDienstenTabel(grid: Grid, lezer: Lezer): Tabel<DienstRegel, DienstKolom> | undefined {
  const { melder } = lezer;
  const kop = zoekKopRij(grid, DIENST_KOLOMMEN, "dienst", 2);
  if (!kop) {
    tabelOntbreekt(grid, melder, "dienstentabel", ["Dienst", "Eenheid", "Tarief", "Aantal begroot"]);
    return undefined;
  }
  const { kolommen, kopRij } = kop;
  const ankerKolom = kolommen.dienst!.kolom;
  ontbrekendeKolommen(grid, DIENST_KOLOMMEN, kolommen, kopRij, melder, ankerKolom);

  const { rijen, totaalRij, legeRij } = tabelRijen(grid, kopRij, kop.gevondenKolommen, ankerKolom);
  const regels: DienstRegel[] = [];
  for (const rij of rijen) {
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
    const regel: DienstRegel = {
      rij,
      verborgen: isVerborgen(grid, rij),
      omschrijving,
      dienst: zoekDienst(omschrijving.waarde),
    };
    if (kolommen.eenheid) {
      regel.eenheid = tekstOp(grid, rij, kolommen.eenheid.kolom);
    }
    for (const sleutel of [
      "tarief",
      "aantalBegroot",
      "bedragBegroot",
      "aantalGerealiseerd",
      "tariefGerealiseerd",
    ] as const) {
      const k = kolommen[sleutel];
      if (!k) continue;
      // A realised count must be there once the column is; a realised tariff may come from Kostprijzen.
      const verplicht =
        sleutel === "tarief" || sleutel === "aantalBegroot" || sleutel === "aantalGerealiseerd";
      const g = lezer.getal(
        grid,
        rij,
        k.kolom,
        DIENST_GETAL_CODE[sleutel],
        `${KOLOM_NAAM[sleutel]} van '${omschrijving.waarde}'`,
        verplicht,
      );
      if (g) regel[sleutel] = g;
    }
    regels.push(regel);
  }

  // A blank row ends the table; services written below it would silently drop out.
  if (legeRij !== undefined) {
    const einde = eindeGrid(grid).rij;
    for (let rij = legeRij + 1; rij <= einde; rij++) {
      const v = waardeOp(grid, rij, ankerKolom);
      if (typeof v === "string" && normaliseerLabel(v).startsWith("totaal")) break;
      if (typeof v === "string" && zoekDienst(v)) {
        melder.waarschuwing(
          "DIENST_NA_EINDE",
          `'${v}' in ${adres(rij, ankerKolom)} staat onder de lege rij ${legeRij + 1} die de dienstentabel afsluit en telt niet mee.`,
          plek(grid, rij, ankerKolom),
          "geen lege rij in de tabel",
          toon(v),
        );
      }
    }
  }

  const tabel: Tabel<DienstRegel, DienstKolom> = { blad: grid.blad, kopRij, kolommen, regels };
  if (totaalRij !== undefined) {
    tabel.totaal = leesTotaalRij(
      grid,
      totaalRij,
      kolommen,
      ["aantalBegroot", "bedragBegroot", "aantalGerealiseerd"],
      lezer.notatie,
    );
  }
  return tabel;
}

function leesVoorschotten(grid: Grid, lezer: Lezer): Tabel<VoorschotRegel, VoorschotKolom> | undefined {
  const { melder } = lezer;
  const kop = zoekKopRij(grid, VOORSCHOT_KOLOMMEN, "bedrag", 2);
  if (!kop) {
    tabelOntbreekt(grid, melder, "voorschottentabel", ["Periode", "Bedrag"]);
    return undefined;
  }
  const { kolommen, kopRij } = kop;
  const anker = kolommen.periode?.kolom ?? kolommen.bedrag!.kolom;
  if (ontbrekendeKolommen(grid, VOORSCHOT_KOLOMMEN, kolommen, kopRij, melder, anker)) return undefined;
  const { rijen, totaalRij } = tabelRijen(grid, kopRij, kop.gevondenKolommen, anker);
  const regels: VoorschotRegel[] = [];
  for (const rij of rijen) {
    verborgenMelding(grid, rij, anker, melder);
    const regel: VoorschotRegel = { rij, verborgen: isVerborgen(grid, rij) };
    regel.periode = tekstOp(grid, rij, kolommen.periode!.kolom);
    const periodeTekst = regel.periode?.waarde ?? `rij ${rij + 1}`;
    regel.bedrag = lezer.getal(
      grid,
      rij,
      kolommen.bedrag!.kolom,
      "VOORSCHOT_ONGELDIG",
      `Het voorschot van ${periodeTekst}`,
      true,
    );
    if (kolommen.factuurnummer) regel.factuurnummer = tekstOp(grid, rij, kolommen.factuurnummer.kolom);
    if (kolommen.datum) {
      const d = tekstOp(grid, rij, kolommen.datum.kolom);
      if (d) regel.datum = { ...d, waarde: d.ruw };
    }
    regels.push(regel);
  }
  const tabel: Tabel<VoorschotRegel, VoorschotKolom> = { blad: grid.blad, kopRij, kolommen, regels };
  if (totaalRij !== undefined)
    tabel.totaal = leesTotaalRij(grid, totaalRij, kolommen, ["bedrag"], lezer.notatie);
  return tabel;
}

function leesKostprijzen(grid: Grid, lezer: Lezer): Tabel<KostprijsRegel, KostprijsKolom> | undefined {
  const { melder } = lezer;
  const kop = zoekKopRij(grid, KOSTPRIJS_KOLOMMEN, "dienst", 2);
  if (!kop) {
    tabelOntbreekt(grid, melder, "kostprijzentabel", ["Dienst", "Kosten", "Opbrengsten", "Eenheden"]);
    return undefined;
  }
  const { kolommen, kopRij } = kop;
  const anker = kolommen.dienst!.kolom;
  if (ontbrekendeKolommen(grid, KOSTPRIJS_KOLOMMEN, kolommen, kopRij, melder, anker)) return undefined;
  const { rijen, totaalRij } = tabelRijen(grid, kopRij, kop.gevondenKolommen, anker);
  const regels: KostprijsRegel[] = [];
  for (const rij of rijen) {
    const omschrijving = tekstOp(grid, rij, anker);
    if (!omschrijving) continue;
    verborgenMelding(grid, rij, anker, melder);
    const regel: KostprijsRegel = { rij, omschrijving, dienst: zoekDienst(omschrijving.waarde) };
    const wat = (k: string) => `${k} van '${omschrijving.waarde}' (Kostprijzen)`;
    regel.kosten = lezer.getal(
      grid,
      rij,
      kolommen.kosten!.kolom,
      "KOSTPRIJS_ONGELDIG",
      wat("De kosten"),
      false,
    );
    regel.opbrengsten = lezer.getal(
      grid,
      rij,
      kolommen.opbrengsten!.kolom,
      "KOSTPRIJS_ONGELDIG",
      wat("De opbrengsten"),
      false,
    );
    regel.eenheden = lezer.getal(
      grid,
      rij,
      kolommen.eenheden!.kolom,
      "KOSTPRIJS_ONGELDIG",
      wat("Het aantal eenheden"),
      true,
    );
    regels.push(regel);
  }
  const tabel: Tabel<KostprijsRegel, KostprijsKolom> = { blad: grid.blad, kopRij, kolommen, regels };
  if (totaalRij !== undefined) tabel.totaal = { rij: totaalRij, cellen: {} };
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

function leesKpis(grid: Grid, lezer: Lezer): Tabel<KpiRegel, KpiKolom> | undefined {
  const { melder } = lezer;
  const kop = zoekKopRij(grid, KPI_KOLOMMEN, "kpi", 2);
  if (!kop) {
    tabelOntbreekt(grid, melder, "KPI-tabel", ["KPI", "Doelwaarde", "Richting", "Realisatie"]);
    return undefined;
  }
  const { kolommen, kopRij } = kop;
  const anker = kolommen.kpi!.kolom;
  if (ontbrekendeKolommen(grid, KPI_KOLOMMEN, kolommen, kopRij, melder, anker)) return undefined;
  const { rijen } = tabelRijen(grid, kopRij, kop.gevondenKolommen, anker);
  const regels: KpiRegel[] = [];
  for (const rij of rijen) {
    const naam = tekstOp(grid, rij, anker);
    if (!naam) continue;
    verborgenMelding(grid, rij, anker, melder);
    const regel: KpiRegel = { rij, naam };
    regel.doel = lezer.getal(
      grid,
      rij,
      kolommen.doel!.kolom,
      "KPI_ONGELDIG",
      `De doelwaarde van '${naam.waarde}'`,
      true,
    );
    const r = tekstOp(grid, rij, kolommen.richting!.kolom);
    if (!r) {
      melder.fout(
        "WAARDE_ONTBREEKT",
        `De richting van '${naam.waarde}' ontbreekt.`,
        plek(grid, rij, kolommen.richting!.kolom),
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
    regel.realisatie = lezer.getal(
      grid,
      rij,
      kolommen.realisatie!.kolom,
      "KPI_ONGELDIG",
      `De realisatie van '${naam.waarde}'`,
      false,
    );
    regels.push(regel);
  }
  return { blad: grid.blad, kopRij, kolommen, regels };
}
