// Lays out one bijlage-1 workbook the way municipal finance staff keep theirs (issue 9, "What was
// seen"): labels with a spacer or merged column before the value, or the value under the label;
// the year only in a title or a sheet name; typed service names; category, subtotal and spacer
// rows; two year blocks; an old tariff column; budget and realisation on separate sheets; advances
// as a table (with real dates) or one labelled total; an Excel table; Kostprijzen.
import ExcelJS from "exceljs";
import { D, type Dec } from "./antwoord";
import type { Gegevens, Groep, Regel } from "./gegevens";
import { NUMFMT, celWaarde, type Soort, type Stijl } from "./opmaak";

export interface Vorm {
  /** How numbers are typed; `per` overrides it for one kind of number. */
  stijl: Stijl;
  per?: Partial<Record<Soort, Stijl>>;
  /** Where a label's value sits: right of it, after a spacer column, after a merged label, under it. */
  labels: "rechts" | "tussenkolom" | "samengevoegd" | "onder";
  /** Where the year is: a Jaar label, only the title, only the sheet names, nowhere. */
  jaar: "label" | "titel" | "bladnaam" | "nergens";
  namen: "label" | "getypt";
  categorieen?: boolean;
  legeRijen?: boolean;
  bedragKolom?: boolean;
  /** Next year's budget block left of this year's: year in the header, or in a group row above. */
  jaarblokken?: "kop" | "groepsrij";
  /** Last year's tariffs in a column left of the current one. */
  oudTarief?: "verborgen-jaar" | "verborgen-kaal" | "zichtbaar-kaal";
  /** One sheet; "Begroting 2023" + "Realisatie 2023"; or Bijlage 1 + a realisation sheet with "Aantal". */
  bladen?: "een" | "begroting-realisatie" | "realisatie-apart";
  voorschotten?: "tabel" | "totaal";
  /** Advance periods as real Excel dates (and a Datum column). */
  datums?: boolean;
  excelTabel?: boolean;
  /** Realised tariffs from an Ontplooj-wide Kostprijzen sheet instead of a column. */
  kostprijzen?: boolean;
}

/** Where things ended up, for refusal expectations: "Blad!A1" per header and per row and field. */
export interface Plek {
  hoofdblad: string;
  koppen: Map<string, string[]>;
  cellen: Map<string, string>;
}

type Veld = "tarief" | "aantalBegroot" | "bedragBegroot" | "aantalGerealiseerd" | "tariefGerealiseerd";

interface Kolom {
  kop: string;
  waarde: (r: Regel, rij: number) => ExcelJS.CellValue;
  veld?: Veld | "dienst" | "tariefOud" | "tariefVolgend" | "aantalVolgend";
  soort?: Soort;
  verborgen?: boolean;
}

const GROEP_KOP: Record<Groep, string> = {
  begeleiding: "Begeleiding",
  opbrengsten: "Opbrengsten",
  overig: "Werkgeverstaken en verloning",
};

function letter(kolom: number): string {
  let n = kolom;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const adres = (rij: number, kolom: number) => `${letter(kolom)}${rij}`;

export function bouwWerkmap(g: Gegevens, vorm: Vorm): { wb: ExcelJS.Workbook; plek: Plek } {
  const bladen = vorm.bladen ?? "een";
  const getal = (d: Dec, soort: Soort) => celWaarde(d, soort, vorm.per?.[soort] ?? vorm.stijl);
  const isEcht = (soort: Soort) => (vorm.per?.[soort] ?? vorm.stijl) === "echt";
  const naam = (r: Regel) => (vorm.namen === "getypt" ? r.dienst.getypt : r.dienst.label);
  const wb = new ExcelJS.Workbook();
  wb.creator = "corpus issue 9";
  wb.created = new Date(Date.UTC(2024, 1, 1));
  wb.modified = wb.created;

  const hoofdNaam =
    bladen === "begroting-realisatie"
      ? `Begroting ${g.jaar}`
      : vorm.jaar === "bladnaam"
        ? `Bijlage 1 ${g.jaar}`
        : "Bijlage 1";
  const voorschotNaam =
    bladen === "begroting-realisatie" || vorm.jaar === "bladnaam" ? `Voorschotten ${g.jaar}` : "Voorschotten";
  const plek: Plek = { hoofdblad: hoofdNaam, koppen: new Map(), cellen: new Map() };
  const noteerKop = (blad: string, kop: string, cel: string) =>
    plek.koppen.set(kop, [...(plek.koppen.get(kop) ?? []), `${blad}!${cel}`]);
  const noteerCel = (blad: string, sleutel: string, cel: string) =>
    plek.cellen.set(sleutel, `${blad}!${cel}`);

  // ---- main sheet: title and label/value pairs
  const ws = wb.addWorksheet(hoofdNaam);
  ws.getCell("A1").value =
    vorm.jaar === "titel"
      ? `Begroting ${g.jaar} gemeente ${g.gemeente}`
      : `Dienstverleningsovereenkomst Ontplooj – gemeente ${g.gemeente}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  const betaald = g.voorschotten.reduce((s, v) => s.plus(v.bedrag), new D(0));
  const paren: [string, ExcelJS.CellValue, string?][] = [["Gemeente", g.gemeente]];
  if (vorm.jaar === "label") paren.push(["Jaar", g.jaar]);
  paren.push([
    "Risico-opslag",
    getal(g.risicoOpslag, "percentage"),
    isEcht("percentage") ? NUMFMT.percentage : undefined,
  ]);
  paren.push(["DVO-kenmerk", g.dvoKenmerk]);
  if (vorm.voorschotten === "totaal")
    paren.push([
      "Voorschotten betaald",
      getal(betaald, "bedrag"),
      isEcht("bedrag") ? NUMFMT.bedrag : undefined,
    ]);
  const c0 = 2;
  paren.forEach(([label, waarde, fmt], i) => {
    let lc: ExcelJS.Cell;
    let vc: ExcelJS.Cell;
    if (vorm.labels === "onder") {
      lc = ws.getCell(3, c0 + i);
      vc = ws.getCell(4, c0 + i);
    } else {
      lc = ws.getCell(3 + i, c0);
      vc = ws.getCell(3 + i, vorm.labels === "rechts" ? c0 + 1 : c0 + 2);
      if (vorm.labels === "samengevoegd") ws.mergeCells(3 + i, c0, 3 + i, c0 + 1);
    }
    lc.value = vorm.labels === "tussenkolom" ? `${label}:` : label;
    lc.font = { bold: true };
    vc.value = waarde;
    if (fmt) vc.numFmt = fmt;
    noteerCel(hoofdNaam, `label.${label}`, vc.address);
  });
  const blokHoogte = vorm.labels === "onder" ? 2 : paren.length;

  // ---- the services table
  const heeftRealisatieKolommen = bladen === "een";
  const tariefKolom = (r: Regel) => getal(r.tarief, "tarief");
  const kolommen: Kolom[] = [
    { kop: "Dienst", waarde: (r) => naam(r), veld: "dienst" },
    { kop: "Eenheid", waarde: (r) => r.dienst.eenheid },
  ];
  if (vorm.oudTarief) {
    kolommen.push({
      kop: vorm.oudTarief === "verborgen-jaar" ? `Tarief ${g.jaar - 1}` : "Tarief",
      waarde: (r) => getal(r.tariefVorigJaar, "tarief"),
      veld: "tariefOud",
      soort: "tarief",
      verborgen: vorm.oudTarief !== "zichtbaar-kaal",
    });
  }
  const metJaar = (kop: string, jaar: number) => (vorm.jaarblokken === "kop" ? `${kop} ${jaar}` : kop);
  if (vorm.jaarblokken) {
    kolommen.push(
      {
        kop: metJaar("Tarief", g.jaar + 1),
        waarde: (r) => getal(r.tariefVolgendJaar, "tarief"),
        veld: "tariefVolgend",
        soort: "tarief",
      },
      {
        kop: metJaar("Aantal begroot", g.jaar + 1),
        waarde: (r) => getal(r.aantalBegrootVolgendJaar, "aantal"),
        veld: "aantalVolgend",
        soort: "aantal",
      },
    );
  }
  const tariefLetter = () => letter(c0 + kolommen.findIndex((k) => k.veld === "tarief"));
  const aantalLetter = () => letter(c0 + kolommen.findIndex((k) => k.veld === "aantalBegroot"));
  kolommen.push(
    {
      kop: vorm.jaarblokken ? metJaar("Tarief", g.jaar) : "Tarief",
      waarde: tariefKolom,
      veld: "tarief",
      soort: "tarief",
    },
    {
      kop: vorm.jaarblokken ? metJaar("Aantal begroot", g.jaar) : "Aantal begroot",
      waarde: (r) => getal(r.aantalBegroot, "aantal"),
      veld: "aantalBegroot",
      soort: "aantal",
    },
  );
  const bedrag = (r: Regel) => r.tarief.times(r.aantalBegroot).toDecimalPlaces(2, D.ROUND_HALF_UP);
  if (vorm.bedragKolom) {
    kolommen.push({
      kop: "Bedrag begroot",
      waarde: (r, rij) =>
        isEcht("bedrag") && isEcht("tarief") && isEcht("aantal") && !vorm.excelTabel
          ? {
              formula: `ROUND(${tariefLetter()}${rij}*${aantalLetter()}${rij},2)`,
              result: bedrag(r).toNumber(),
            }
          : getal(bedrag(r), "bedrag"),
      veld: "bedragBegroot",
      soort: "bedrag",
    });
  }
  if (heeftRealisatieKolommen) {
    kolommen.push({
      kop: "Aantal gerealiseerd",
      waarde: (r) => getal(r.aantalGerealiseerd, "aantal"),
      veld: "aantalGerealiseerd",
      soort: "aantal",
    });
    if (!vorm.kostprijzen)
      kolommen.push({
        kop: "Tarief gerealiseerd",
        waarde: (r) => getal(r.tariefGerealiseerd, "tariefGerealiseerd"),
        veld: "tariefGerealiseerd",
        soort: "tariefGerealiseerd",
      });
  }
  kolommen.push({
    kop: "Opmerking",
    waarde: (r) => (r.dienst.groep === "opbrengsten" ? "opbrengst: negatief" : null),
  });

  const groepRij = vorm.jaarblokken === "groepsrij";
  const kopRij = 3 + blokHoogte + 2 + (groepRij ? 1 : 0);
  if (groepRij) {
    const vanVolgend = c0 + kolommen.findIndex((k) => k.veld === "tariefVolgend");
    const vanDit = c0 + kolommen.findIndex((k) => k.veld === "tarief");
    for (const [van, jaar] of [
      [vanVolgend, g.jaar + 1],
      [vanDit, g.jaar],
    ]) {
      ws.getCell(kopRij - 1, van).value = `Begroting ${jaar}`;
      ws.getCell(kopRij - 1, van).font = { bold: true };
      ws.mergeCells(kopRij - 1, van, kopRij - 1, van + 1);
    }
  }
  kolommen.forEach((k, i) => {
    noteerKop(hoofdNaam, k.kop, adres(kopRij, c0 + i));
    if (k.verborgen) ws.getColumn(c0 + i).hidden = true;
    else ws.getColumn(c0 + i).width = i === 0 ? 44 : 18;
  });
  const noteerRij = (r: Regel, rij: number) =>
    kolommen.forEach((k, i) => {
      if (k.veld) noteerCel(hoofdNaam, `${r.dienst.code}.${k.veld}`, adres(rij, c0 + i));
    });

  if (vorm.excelTabel) {
    ws.addTable({
      name: "tblDiensten",
      ref: adres(kopRij, c0),
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium9", showRowStripes: true },
      columns: kolommen.map((k) => ({ name: k.kop, filterButton: true })),
      rows: g.regels.map((r, i) => kolommen.map((k) => k.waarde(r, kopRij + 1 + i))),
    });
    g.regels.forEach((r, i) => noteerRij(r, kopRij + 1 + i));
  } else {
    kolommen.forEach((k, i) => {
      const cel = ws.getCell(kopRij, c0 + i);
      cel.value = k.kop;
      cel.font = { bold: true };
    });
    let rij = kopRij + 1;
    const bedragKol = kolommen.findIndex((k) => k.veld === "bedragBegroot");
    const subtotalen: number[] = [];
    const schrijfRegel = (r: Regel) => {
      kolommen.forEach((k, i) => {
        const cel = ws.getCell(rij, c0 + i);
        cel.value = k.waarde(r, rij);
        if (k.soort && typeof cel.value !== "string") cel.numFmt = NUMFMT[k.soort];
      });
      noteerRij(r, rij);
      rij++;
    };
    /** A subtotal (a range of lines) or the Totaal (the same range, or the subtotal rows). */
    const somRij = (tekst: string, bereik: { van: number; tot: number } | number[], bedragen: Dec) => {
      ws.getCell(rij, c0).value = tekst;
      ws.getCell(rij, c0).font = { bold: true };
      if (bedragKol >= 0) {
        const l = letter(c0 + bedragKol);
        const cel = ws.getCell(rij, c0 + bedragKol);
        const formule = Array.isArray(bereik)
          ? bereik.map((x) => `${l}${x}`).join("+")
          : `SUM(${l}${bereik.van}:${l}${bereik.tot})`;
        cel.value = isEcht("bedrag")
          ? { formula: formule, result: bedragen.toNumber() }
          : getal(bedragen, "bedrag");
        if (isEcht("bedrag")) cel.numFmt = NUMFMT.bedrag;
      }
      rij++;
    };
    if (vorm.categorieen) {
      const groepen: Groep[] = ["begeleiding", "opbrengsten", "overig"];
      for (const groep of groepen) {
        const leden = g.regels.filter((r) => r.dienst.groep === groep);
        if (leden.length === 0) continue;
        ws.getCell(rij, c0).value = GROEP_KOP[groep];
        ws.getCell(rij, c0).font = { bold: true, italic: true };
        rij++;
        const eerste = rij;
        leden.forEach(schrijfRegel);
        const s = leden.reduce((t, r) => t.plus(bedrag(r)), new D(0));
        somRij(`Subtotaal ${GROEP_KOP[groep].toLowerCase()}`, { van: eerste, tot: rij - 1 }, s);
        subtotalen.push(rij - 1);
        if (vorm.legeRijen) rij++;
      }
      somRij(
        "Totaal",
        subtotalen,
        g.regels.reduce((t, r) => t.plus(bedrag(r)), new D(0)),
      );
    } else {
      const eerste = rij;
      let vorige: Groep | undefined;
      for (const r of g.regels) {
        if (vorm.legeRijen && vorige && r.dienst.groep !== vorige) rij++;
        vorige = r.dienst.groep;
        schrijfRegel(r);
      }
      somRij(
        "Totaal",
        { van: eerste, tot: rij - 1 },
        g.regels.reduce((t, r) => t.plus(bedrag(r)), new D(0)),
      );
    }
  }

  // ---- realisation on its own sheet
  if (bladen !== "een") {
    const rNaam = bladen === "begroting-realisatie" ? `Realisatie ${g.jaar}` : "Realisatie";
    const rs = wb.addWorksheet(rNaam);
    rs.getCell("A1").value = `Realisatie ${g.jaar} gemeente ${g.gemeente}`;
    rs.getCell("A1").font = { bold: true };
    const koppen: [
      string,
      ((r: Regel) => ExcelJS.CellValue) | undefined,
      Soort | undefined,
      Veld | "dienst",
    ][] = [
      ["Dienst", naam, undefined, "dienst"],
      [
        bladen === "realisatie-apart" ? "Aantal" : "Aantal gerealiseerd",
        (r) => getal(r.aantalGerealiseerd, "aantal"),
        "aantal",
        "aantalGerealiseerd",
      ],
    ];
    if (!vorm.kostprijzen)
      koppen.push([
        "Tarief gerealiseerd",
        (r) => getal(r.tariefGerealiseerd, "tariefGerealiseerd"),
        "tariefGerealiseerd",
        "tariefGerealiseerd",
      ]);
    koppen.forEach(([kop], i) => {
      rs.getCell(3, 1 + i).value = kop;
      rs.getCell(3, 1 + i).font = { bold: true };
      noteerKop(rNaam, kop, adres(3, 1 + i));
    });
    rs.getColumn(1).width = 44;
    g.regels.forEach((r, j) =>
      koppen.forEach(([, waarde, soort, veld], i) => {
        const cel = rs.getCell(4 + j, 1 + i);
        cel.value = waarde!(r);
        if (soort && typeof cel.value !== "string") cel.numFmt = NUMFMT[soort];
        noteerCel(rNaam, `${r.dienst.code}.${veld}`, cel.address);
      }),
    );
  }

  // ---- advances
  if (vorm.voorschotten !== "totaal") {
    const vs = wb.addWorksheet(voorschotNaam);
    const koppen = ["Periode", "Factuurnummer", ...(vorm.datums ? ["Datum"] : []), "Bedrag"];
    koppen.forEach((k, i) => {
      vs.getCell(1, 1 + i).value = k;
      vs.getCell(1, 1 + i).font = { bold: true };
    });
    const bedragKol = koppen.length;
    g.voorschotten.forEach((v, i) => {
      const rij = 2 + i;
      const periode = vs.getCell(rij, 1);
      if (vorm.datums) {
        periode.value = new Date(Date.UTC(g.jaar, i, 1));
        periode.numFmt = "mmm yyyy";
        vs.getCell(rij, 3).value = v.datum;
        vs.getCell(rij, 3).numFmt = "dd-mm-yyyy";
      } else {
        periode.value = v.periode;
      }
      vs.getCell(rij, 2).value = `VF-${g.jaar}-${String(i + 1).padStart(3, "0")}`;
      const b = vs.getCell(rij, bedragKol);
      b.value = getal(v.bedrag, "bedrag");
      if (isEcht("bedrag")) b.numFmt = NUMFMT.bedrag;
      noteerCel(voorschotNaam, `voorschot.${i}`, b.address);
    });
    const t = 2 + g.voorschotten.length;
    vs.getCell(t, 1).value = "Totaal";
    vs.getCell(t, 1).font = { bold: true };
    const l = letter(bedragKol);
    vs.getCell(t, bedragKol).value = isEcht("bedrag")
      ? { formula: `SUM(${l}2:${l}${t - 1})`, result: betaald.toNumber() }
      : getal(betaald, "bedrag");
    if (isEcht("bedrag")) vs.getCell(t, bedragKol).numFmt = NUMFMT.bedrag;
    vs.getColumn(1).width = 16;
    vs.getColumn(bedragKol).width = 16;
  }

  // ---- Ontplooj-wide Kostprijzen (realised tariff = kosten / eenheden, exact by construction)
  if (vorm.kostprijzen) {
    const kp = wb.addWorksheet("Kostprijzen");
    kp.getCell("A1").value = `Ontplooj-brede realisatie ${g.jaar} (alle gemeenten)`;
    ["Dienst", "Kosten", "Opbrengsten", "Eenheden"].forEach((k, i) => {
      kp.getCell(3, 1 + i).value = k;
      kp.getCell(3, 1 + i).font = { bold: true };
    });
    g.regels.forEach((r, j) => {
      const rij = 4 + j;
      const totaal = r.tariefGerealiseerd.abs().times(r.eenhedenOntplooj);
      kp.getCell(rij, 1).value = r.dienst.label;
      const kol = r.tariefGerealiseerd.isNegative() ? 3 : 2;
      kp.getCell(rij, kol).value = getal(totaal, "bedrag");
      kp.getCell(rij, 4).value = getal(r.eenhedenOntplooj, "aantal");
      if (isEcht("bedrag")) kp.getCell(rij, kol).numFmt = NUMFMT.bedrag;
      noteerCel("Kostprijzen", `${r.dienst.code}.kostprijs`, kp.getCell(rij, kol).address);
    });
  }
  return { wb, plek };
}
