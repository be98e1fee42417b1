// `ontplooj FILES…|MAP [--out overzicht.xlsx] [--json] [--forceer] [--jaar J] [--basisjaar J]
// [--omzet bestand.xlsx] [--notatie nl|en]`: the five bijlagen settled together (src/core/
// consolidatie). Input: one workbook with a bijlage-1 sheet per municipality, or separate files
// (named, or every .xlsx in a folder). --out writes the "Overzicht Ontplooj" sheet with formulas:
// into a copy of the one workbook, or into a new workbook holding the five files' sheets.
// Exit 0 without errors, 1 with errors (nothing written unless --forceer), 2 wrong use or unreadable.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Tabel75Vergelijking } from "../../core/bijlage1";
import {
  OVERZICHT_BLAD,
  consolideer,
  consolideerWerkboek,
  groepeerBladen,
  isOmzetBlad,
  leesBron,
  type Consolidatie,
  type ConsolidatieBron,
  type ConsolidatieOpties,
  type ConsolidatieUitkomst,
} from "../../core/consolidatie";
import { heeftFouten, telPerErnst } from "../../core/findings";
import type { Werkboek } from "../../core/grid";
import { formatGetal, formatPercentage, type Decimal } from "../../core/money";
import {
  bedrag,
  bevindingenTekst,
  GebruiksFout,
  leesNotatie,
  leesOpties,
  leesWerkmap,
  metFoutafhandeling,
  opScherm,
  tellingTekst,
} from "../bijlage1-bestand";
import { voegSamen } from "../consolidatie-werkmap";
import { meldOpStderr } from "../grid-bouwer";
import { leesXlsx } from "../xlsx-grid";
import { Pakket, SchrijfWeigering } from "../pakket/pakket";
import { SchrijfFout, schrijfVeilig, zelfdeBestand } from "../pakket/veilig-schrijven";
import { PakketFout } from "../pakket/xml";

const GEBRUIK =
  "gebruik: ontplooj <bestanden.xlsx…|map> [--out <overzicht.xlsx>] [--json] [--forceer] [--jaar <jaar>] [--basisjaar <jaar>] [--omzet <bestand.xlsx>] [--notatie nl|en]";

/** The .xlsx files named, or in the folders named (not recursive; Excel's ~$ lock files left out). */
function bestandenVan(argumenten: readonly string[]): string[] {
  const uit: string[] = [];
  for (const a of argumenten) {
    let isMap = false;
    try {
      isMap = statSync(a).isDirectory();
    } catch {
      throw new GebruiksFout(`bestand of map ${a} bestaat niet`);
    }
    if (!isMap) {
      uit.push(a);
      continue;
    }
    const inMap = readdirSync(a)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$"))
      .sort()
      .map((f) => join(a, f));
    if (inMap.length === 0) throw new GebruiksFout(`de map ${a} bevat geen .xlsx-bestanden`);
    uit.push(...inMap);
  }
  return uit;
}

function jaarOptie(waarde: string | undefined, naam: string): number | undefined {
  if (waarde === undefined) return undefined;
  if (!/^\d{4}$/.test(waarde))
    throw new GebruiksFout(`${naam} verwacht een jaartal zoals 2023, niet '${waarde}'`);
  return Number(waarde);
}

/** A workbook holds several bijlagen when it has a "Bijlage 1 <gemeente>" sheet for two or more. */
function isVerzamelwerkmap(werkboek: Werkboek): boolean {
  return groepeerBladen(werkboek).groepen.length >= 2;
}

/** Notes, merges and drawings on an existing overview sheet, for the area check of the core. */
async function overzichtBezetting(bytes: Uint8Array, naam: string) {
  try {
    const pakket = await Pakket.open(bytes);
    const blad = pakket.zoekBlad(OVERZICHT_BLAD);
    if (!blad) return undefined;
    const { cellen: _cellen, ...rest } = await pakket.bezetting(blad);
    return rest;
  } catch (e) {
    if (e instanceof PakketFout) throw new GebruiksFout(`${naam}: ${e.message}`);
    throw e;
  }
}

async function schrijfOverzicht(bytes: Uint8Array, c: Consolidatie, uitPad: string, origineel?: Uint8Array) {
  let inhoud: Buffer;
  try {
    inhoud = await (await Pakket.open(bytes)).schrijfPlan(c.plan!);
  } catch (e) {
    if (e instanceof SchrijfWeigering || e instanceof PakketFout)
      throw new GebruiksFout(`het overzicht is niet geschreven: ${e.message}`);
    throw e;
  }
  try {
    schrijfVeilig(uitPad, inhoud, origineel ? { backup: true, origineel } : {});
  } catch (e) {
    if (e instanceof SchrijfFout) throw new GebruiksFout(e.message);
    throw e;
  }
}

/**
 * Separate files: a new workbook with their sheets under their municipality's name, then the
 * overview planned on that workbook (so its formulas point at the copied cells) and written into it.
 * Refuses when the merged workbook does not settle to the same cents as the separate files.
 */
export async function schrijfSamengevoegd(
  uitkomst: ConsolidatieUitkomst,
  bytesVan: (werkmap: string) => Uint8Array,
  opties: ConsolidatieOpties,
  uitPad: string,
): Promise<void> {
  const samen = await voegSamen(
    uitkomst.deelnemers.map((d) => ({ bytes: bytesVan(d.werkmap), gemeente: d.gemeente })),
  );
  const samenWerkboek = await leesXlsx(samen, meldOpStderr);
  const opnieuw = consolideerWerkboek(samenWerkboek, { ...opties, forceer: true, werkmap: basename(uitPad) });
  if (!opnieuw.plan || !opnieuw.uitkomst || !zelfdeUitkomst(uitkomst, opnieuw.uitkomst))
    throw new GebruiksFout(
      "de samengevoegde werkmap geeft niet dezelfde afrekening als de losse bestanden (gebruiken ze namen Bijlage1_* of verwijzingen naar andere werkmappen?); zet de bijlagen als bladen 'Bijlage 1 <gemeente>' in één werkmap. Er is niets geschreven",
    );
  await schrijfOverzicht(samen, opnieuw, uitPad);
}

function rij(cellen: string[], breedtes: number[]): string {
  return cellen
    .map((c, i) => (i === 0 ? c.padEnd(breedtes[i]) : c.padStart(breedtes[i])))
    .join("  ")
    .trimEnd();
}

export function tabel75Tekst(v: Tabel75Vergelijking): string[] {
  const b = [26, 10, 13, 10, 11, 4];
  const uit = [
    "Ontplooj-breed tegen tabel 7.5 (realisatie 2023, bijdrage gemeenten = −operationeel resultaat, × € 1.000):",
    rij(["Post", "Berekend", "Gepubliceerd", "Verschil", "Tolerantie", ""], b),
  ];
  for (const r of v.regels)
    uit.push(
      rij(
        [
          r.naam,
          formatGetal(r.berekendDuizenden, 1),
          formatGetal(r.gepubliceerd, 0),
          formatGetal(r.verschilDuizenden, 1),
          `±${r.tolerantie}`,
          r.klopt ? "ok" : "AFWIJKING",
        ],
        b,
      ),
    );
  uit.push(
    v.klopt ? "Tabel 7.5 wordt binnen de tolerantie gereproduceerd." : "Tabel 7.5 wordt NIET gereproduceerd.",
  );
  return uit;
}

function uitkomstTekst(u: ConsolidatieUitkomst): string[] {
  const out: string[] = [`Ontplooj-breed ${u.jaar}: ${u.deelnemers.length} gemeenten`, ""];
  const b = [12, 17, 17, 17, 16, 13, 11];
  out.push(
    rij(["Gemeente", "Voorcalculatie", "Nacalculatie", "Voorschotten", "Saldo", "Richting", "Uiterlijk"], b),
  );
  for (const g of u.gemeenten) {
    const [j, m, d] = g.eindafrekening.vervaldatum.split("-");
    out.push(
      rij(
        [
          g.gemeente,
          bedrag(g.voorcalculatie),
          bedrag(g.nacalculatie),
          bedrag(g.eindafrekening.voorschottenBetaald),
          bedrag(g.eindafrekening.saldo),
          g.eindafrekening.richting,
          `${d}-${m}-${j}`,
        ],
        b,
      ),
    );
  }
  const t = u.totalen;
  out.push(
    rij(
      [
        "Totaal",
        bedrag(t.voorcalculatie),
        bedrag(t.nacalculatie),
        bedrag(t.voorschottenBetaald),
        bedrag(t.saldo),
      ],
      b,
    ),
  );
  out.push("");
  out.push("Gerealiseerde tarieven (kosten of opbrengsten / eenheden van alle gemeenten):");
  const bt = [34, 16, 12, 16];
  out.push(rij(["Dienst", "Tarief", "Eenheden", "Verdeeld"], bt));
  for (const tr of u.tarieven)
    out.push(
      rij([tr.code, formatGetal(tr.tarief, 2), formatGetal(tr.eenhedenGemeenten), bedrag(tr.verdeeld)], bt),
    );
  out.push(
    `Behoud: Σ nacalculaties zonder opslag ${bedrag(u.behoud.gevonden)} = kosten − opbrengsten ${bedrag(u.behoud.verwacht)}: ${u.behoud.klopt ? "klopt tot op de cent" : "KLOPT NIET"}.`,
  );
  out.push("");
  if (u.werksoorten.length > 0) {
    out.push(`Operationeel resultaat per fte (prijzen ${u.jaar}):`);
    const bw = [24, 12, 12, 12];
    out.push(rij(["Werksoort", "Realisatie", "Begroting", "Cedris"], bw));
    const per = (d?: Decimal) => (d ? formatGetal(d.negated(), 0) : "-");
    for (const w of u.werksoorten)
      out.push(
        rij([w.werksoort, per(w.bijdragePerFte), per(w.bijdragePerFteBegroot), per(w.benchmarkPerFte)], bw),
      );
    out.push("");
  }
  if (u.tabel75) out.push(...tabel75Tekst(u.tabel75), "");
  if (u.inbesteding)
    out.push(
      `Quasi-inbesteding: ${formatPercentage(u.inbesteding.aandeel)} van de omzet komt van Almelo (${u.inbesteding.bron === "dvo" ? "alleen DVO" : "DVO en maatwerk"}); norm 80%: ${u.inbesteding.voldoet ? "voldaan" : "NIET voldaan"}.`,
    );
  const metRealisatie = u.taakstelling.filter((t) => t.gerealiseerd);
  if (metRealisatie.length > 0)
    out.push(
      `Taakstelling beschut werk ${u.jaar}: ${metRealisatie.map((t) => `${t.gemeente} ${formatGetal(t.gerealiseerd!.waarde, 0)}/${t.taakstelling}`).join(", ")}.`,
    );
  return out;
}

/** Decimals as exact strings, for --json. */
function alsJson(u: ConsolidatieUitkomst) {
  return {
    jaar: u.jaar,
    basisjaar: u.basisjaar,
    gemeenten: u.gemeenten.map((g) => ({
      gemeente: g.gemeente,
      werkmap: g.werkmap,
      voorcalculatie: g.voorcalculatie.toFixed(2),
      nacalculatieZonderOpslag: g.nacalculatieSubtotaal.toFixed(2),
      risicoOpslag: g.risicoOpslag.toFixed(2),
      nacalculatie: g.nacalculatie.toFixed(2),
      voorschottenBetaald: g.eindafrekening.voorschottenBetaald.toFixed(2),
      saldo: g.eindafrekening.saldo.toFixed(2),
      richting: g.eindafrekening.richting,
      toelichting: g.eindafrekening.toelichting,
      vervaldatum: g.eindafrekening.vervaldatum,
    })),
    totalen: Object.fromEntries(Object.entries(u.totalen).map(([k, v]) => [k, v.toFixed(2)])),
    tarieven: u.tarieven.map((t) => ({
      code: t.code,
      bedrag: t.bedrag.waarde.toFixed(2),
      eenhedenKostprijzen: t.eenhedenKostprijzen.waarde.toFixed(),
      eenhedenGemeenten: t.eenhedenGemeenten.toFixed(),
      tarief: t.tarief.toFixed(),
      verdeeld: t.verdeeld.toFixed(2),
    })),
    verdeling: u.verdeling.map((v) => ({
      code: v.code,
      gemeente: v.gemeente,
      aantal: v.aantal.toFixed(),
      basisCenten: v.basisCenten.toFixed(0),
      extraCent: v.extraCent,
      bedrag: v.bedrag.toFixed(2),
    })),
    behoud: {
      verwacht: u.behoud.verwacht.toFixed(2),
      gevonden: u.behoud.gevonden.toFixed(2),
      klopt: u.behoud.klopt,
    },
    ...(u.tabel75
      ? {
          tabel75: u.tabel75.regels.map((r) => ({
            post: r.post,
            berekendDuizenden: r.berekendDuizenden.toFixed(3),
            gepubliceerd: r.gepubliceerd,
            klopt: r.klopt,
          })),
        }
      : {}),
    werksoorten: u.werksoorten.map((w) => ({
      werksoort: w.werksoort,
      nominaal: w.nominaal.toFixed(),
      fte: w.fte.toFixed(),
      resultaatPerFte: w.bijdragePerFte.negated().toFixed(2),
      resultaatPerFteBegroot: w.bijdragePerFteBegroot?.negated().toFixed(2) ?? null,
      resultaatPerFteCedris: w.benchmarkPerFte?.negated().toFixed(2) ?? null,
      indexfactor: w.indexfactor?.toFixed() ?? null,
    })),
    ...(u.inbesteding
      ? {
          inbesteding: {
            bron: u.inbesteding.bron,
            omzetAlmelo: u.inbesteding.omzetAlmelo.toFixed(2),
            omzetTotaal: u.inbesteding.omzetTotaal.toFixed(2),
            aandeel: u.inbesteding.aandeel.toFixed(6),
            voldoet: u.inbesteding.voldoet,
          },
        }
      : {}),
    taakstelling: u.taakstelling.map((t) => ({
      gemeente: t.gemeente,
      taakstelling: t.taakstelling,
      gerealiseerd: t.gerealiseerd?.waarde.toFixed() ?? null,
    })),
    kpis: u.kpis.map((k) => ({
      kpi: k.naam,
      doel: k.doel?.toFixed() ?? null,
      richting: k.richting ?? null,
      perGemeente: k.perGemeente.map((g) => ({
        gemeente: g.gemeente,
        realisatie: g.realisatie?.waarde.toFixed() ?? null,
        behaald: g.behaald ?? null,
      })),
    })),
  };
}

export async function run(argv: string[]): Promise<number> {
  return metFoutafhandeling(async () => {
    const { vrij, waarden, aan } = leesOpties(
      argv,
      ["--out", "--jaar", "--basisjaar", "--omzet", "--notatie"],
      ["--json", "--forceer"],
    );
    if (vrij.length === 0) throw new GebruiksFout(GEBRUIK);
    const uitPad = waarden["--out"];
    if (uitPad && extname(uitPad).toLowerCase() !== ".xlsx")
      throw new GebruiksFout(`--out verwacht een naam die eindigt op .xlsx, niet '${uitPad}'`);
    const notatie = leesNotatie(waarden["--notatie"]);
    const opties: ConsolidatieOpties = {};
    const jaar = jaarOptie(waarden["--jaar"], "--jaar");
    const basisjaar = jaarOptie(waarden["--basisjaar"], "--basisjaar");
    if (jaar !== undefined) opties.jaar = jaar;
    if (basisjaar !== undefined) opties.basisjaar = basisjaar;
    if (aan.has("--forceer")) opties.forceer = true;
    if (notatie) opties.notatie = notatie;
    if (waarden["--omzet"]) {
      const pad = waarden["--omzet"];
      const wb = await leesWerkmap(pad);
      const grid = wb.bladen.find((b) => isOmzetBlad(b.blad)) ?? wb.bladen[0];
      if (!grid) throw new GebruiksFout(`${pad} heeft geen blad 'Omzet'`);
      opties.omzet = { werkmap: basename(pad), grid };
    }

    const bestanden = bestandenVan(vrij);
    const gelezen: { pad: string; werkboek: Werkboek }[] = [];
    for (const pad of bestanden) gelezen.push({ pad, werkboek: await leesWerkmap(pad) });

    let consolidatie: Consolidatie;
    let geschreven: string | undefined;
    const verzamel = gelezen.length === 1 && isVerzamelwerkmap(gelezen[0].werkboek);
    if (verzamel) {
      // One workbook with a sheet per municipality: the overview goes into a copy of it.
      const { pad, werkboek } = gelezen[0];
      const bytes = readFileSync(pad);
      const bezetting = await overzichtBezetting(bytes, basename(pad));
      consolidatie = consolideerWerkboek(werkboek, {
        ...opties,
        werkmap: basename(pad),
        ...(bezetting ? { bezetting } : {}),
      });
      if (uitPad && consolidatie.plan) {
        await schrijfOverzicht(bytes, consolidatie, uitPad, zelfdeBestand(pad, uitPad) ? bytes : undefined);
        geschreven = uitPad;
      }
    } else {
      const bronnen: ConsolidatieBron[] = gelezen.map(({ pad, werkboek }) =>
        leesBron(basename(pad), werkboek, notatie ? { notatie } : {}),
      );
      consolidatie = consolideer(bronnen, opties);
      if (uitPad && consolidatie.plan && consolidatie.uitkomst) {
        if (bestanden.some((b) => zelfdeBestand(b, uitPad)))
          throw new GebruiksFout(`--out ${uitPad} is een van de invoerbestanden; kies een nieuwe naam`);
        await schrijfSamengevoegd(
          consolidatie.uitkomst,
          (werkmap) => readFileSync(gelezen.find((g) => basename(g.pad) === werkmap)!.pad),
          opties,
          uitPad,
        );
        geschreven = uitPad;
      }
    }
    const { bevindingen, uitkomst, geweigerd } = consolidatie;
    const fouten = heeftFouten(bevindingen);
    if (aan.has("--json")) {
      process.stdout.write(
        JSON.stringify(
          {
            bestanden: bestanden.map((b) => basename(b)),
            uitvoer: geschreven ?? null,
            ...(geweigerd ? { geweigerd } : {}),
            ...(uitkomst ? { uitkomst: alsJson(uitkomst) } : {}),
            telling: telPerErnst(bevindingen),
            bevindingen,
          },
          null,
          2,
        ) + "\n",
      );
    } else {
      const out: string[] = [
        `Consolidatie van ${bestanden.map((b) => opScherm(basename(b))).join(", ")}: ${tellingTekst(bevindingen)}`,
      ];
      const getoond = bevindingen.filter((b) => b.ernst !== "info" || b.code.startsWith("CONS_"));
      if (getoond.length > 0) out.push(bevindingenTekst(getoond));
      out.push("");
      if (uitkomst) out.push(...uitkomstTekst(uitkomst), "");
      if (geweigerd) out.push(`Geen overzicht: ${geweigerd}`);
      if (geschreven)
        out.push(
          `Blad '${OVERZICHT_BLAD}' geschreven naar ${opScherm(geschreven)} (formules naar de bladen van de gemeenten).`,
        );
      process.stdout.write(out.join("\n") + "\n");
    }
    return fouten || (geweigerd && !uitkomst) ? 1 : 0;
  });
}

/** The same settlement from the merged workbook as from the separate files (to the cent). */
function zelfdeUitkomst(a: ConsolidatieUitkomst, b: ConsolidatieUitkomst): boolean {
  return (
    a.gemeenten.length === b.gemeenten.length &&
    a.gemeenten.every((g, i) => {
      const h = b.gemeenten[i];
      return (
        g.gemeente === h.gemeente &&
        g.nacalculatie.equals(h.nacalculatie) &&
        g.voorcalculatie.equals(h.voorcalculatie) &&
        g.eindafrekening.saldo.equals(h.eindafrekening.saldo)
      );
    })
  );
}
