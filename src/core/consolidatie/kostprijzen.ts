// Steps 2 and 3 of the consolidation: the same Kostprijzen in every bijlage, and Ontplooj's
// realisation per service from them, with the units of the municipalities adding up.
import type { Gevonden, KostprijsRegel } from "../bijlage1";
import { dienst, type DienstCode } from "../catalogue";
import { bladVerwijzing } from "../grid";
import { NUL, formatGetal, som, type Decimal } from "../money";
import type { DienstRealisatie } from "../settlement";
import type { Deelnemer } from "./model";
import { Meldingen, plek, waar } from "./meldingen";

const KOSTPRIJS_VELDEN = [
  ["kosten", "de kosten"],
  ["opbrengsten", "de opbrengsten"],
  ["eenheden", "de eenheden"],
] as const;

/** Step 2: the same Kostprijzen in every bijlage; the first that has them is the reference. */
export function vergelijkKostprijzen(deelnemers: readonly Deelnemer[], m: Meldingen) {
  const ref = deelnemers.find((d) => d.model.kostprijzen);
  if (!ref) return undefined;
  const refTabel = ref.model.kostprijzen!;
  const refRij = (code: DienstCode) => refTabel.regels.find((r) => r.dienst?.code === code);
  for (const d of deelnemers) {
    const tabel = d.model.kostprijzen;
    if (d === ref || !tabel) continue;
    const codes = new Set<DienstCode>();
    for (const r of [...refTabel.regels, ...tabel.regels]) if (r.dienst) codes.add(r.dienst.code);
    for (const code of codes) {
      const a = refRij(code);
      const b = tabel.regels.find((r) => r.dienst?.code === code);
      const label = dienst(code).label;
      if (!a || !b) {
        const er = (a ?? b)!;
        const bij = a ? ref : d;
        const zonder = a ? d : ref;
        m.meld(
          "CONS_KOSTPRIJZEN_VERSCHILLEN",
          `'${label}' staat in de Kostprijzen van ${waar(bij.werkmap, er.omschrijving)} maar niet in die van ${zonder.werkmap} (blad '${(zonder === ref ? refTabel : tabel).blad}'). Neem in elke bijlage dezelfde Kostprijzen over.`,
          { werkmap: d.werkmap, plek: b ? plek(b.omschrijving) : { blad: tabel.blad, cel: "A1" } },
          label,
          a ? "(ontbreekt)" : label,
        );
        continue;
      }
      for (const [veld, naam] of KOSTPRIJS_VELDEN) {
        const va = a[veld];
        const vb = b[veld];
        const gelijk = va && vb ? va.waarde.equals(vb.waarde) : !va && !vb;
        if (gelijk) continue;
        const cel = vb ?? b.omschrijving;
        m.meld(
          "CONS_KOSTPRIJZEN_VERSCHILLEN",
          `De Kostprijzen verschillen: ${naam} van '${label}' zijn ${vb ? formatGetal(vb.waarde) : "leeg"} in ${waar(d.werkmap, cel)}, maar ${va ? formatGetal(va.waarde) : "leeg"} in ${waar(ref.werkmap, va ?? a.omschrijving)}. Het gerealiseerde tarief is Ontplooj-breed één tarief; neem dezelfde Kostprijzen over (die van de jaarrekening van Ontplooj).`,
          { werkmap: d.werkmap, plek: plek(cel), ook: plek(va ?? a.omschrijving) },
          va ? va.waarde.toFixed() : "(leeg)",
          vb ? vb.waarde.toFixed() : "(leeg)",
        );
      }
    }
  }
  return { werkmap: ref.werkmap, tabel: refTabel };
}

/** The amount a Kostprijzen row gives a service: costs for a cost service, revenues for a revenue service. */
function bedragVan(code: DienstCode, r: KostprijsRegel): Gevonden<Decimal> | undefined {
  return dienst(code).soort === "kosten" ? r.kosten : r.opbrengsten;
}

/** The cells of a service's realised units in every bijlage, for a message. */
function aantalCellen(deelnemers: readonly Deelnemer[], code: DienstCode): string {
  const delen: string[] = [];
  for (const d of deelnemers) {
    for (const r of d.model.diensten.regels) {
      if (r.dienst?.code === code && r.aantalGerealiseerd)
        delen.push(
          `${d.gemeente} ${formatGetal(r.aantalGerealiseerd.waarde)} (${bladVerwijzing(r.aantalGerealiseerd.blad, r.aantalGerealiseerd.cel)})`,
        );
    }
  }
  return delen.join(", ");
}

export type KostprijsBron = { bedrag: Gevonden<Decimal>; eenheden: Gevonden<Decimal> };

export interface Realisatie {
  realisatie: DienstRealisatie[];
  bronnen: Map<DienstCode, KostprijsBron>;
  /** The services with a realisation, in the order of the Kostprijzen. */
  volgorde: DienstCode[];
}

/** Step 3: Ontplooj's realisation per service from the Kostprijzen; the units must add up. */
export function realisatieUitKostprijzen(
  deelnemers: readonly Deelnemer[],
  kostprijzen: NonNullable<ReturnType<typeof vergelijkKostprijzen>>,
  m: Meldingen,
): Realisatie {
  const { werkmap: kpWerkmap, tabel } = kostprijzen;
  // Services: every service with realised units somewhere, or a Kostprijzen row.
  const gebruikt = new Set<DienstCode>();
  for (const d of deelnemers) for (const c of Object.keys(d.aantallen) as DienstCode[]) gebruikt.add(c);
  const realisatie: DienstRealisatie[] = [];
  const bronnen = new Map<DienstCode, { bedrag: Gevonden<Decimal>; eenheden: Gevonden<Decimal> }>();
  const volgorde: DienstCode[] = [];
  for (const r of tabel.regels) {
    if (!r.dienst || volgorde.includes(r.dienst.code)) continue;
    const code = r.dienst.code;
    const bedrag = bedragVan(code, r);
    const totaal = som(deelnemers.map((d) => d.aantallen[code] ?? NUL));
    if (!bedrag || !r.eenheden) {
      if (gebruikt.has(code))
        m.meld(
          "CONS_KOSTPRIJS_ONTBREEKT",
          `'${dienst(code).label}' heeft gerealiseerde aantallen, maar de Kostprijzen (${waar(kpWerkmap, r.omschrijving)}) noemen geen ${dienst(code).soort === "kosten" ? "kosten" : "opbrengsten"} of eenheden. Vul ze in.`,
          { werkmap: kpWerkmap, plek: plek(r.omschrijving) },
        );
      continue;
    }
    if (!totaal.equals(r.eenheden.waarde)) {
      m.meld(
        "CONS_EENHEDEN_TELLEN_NIET_OP",
        `De gerealiseerde aantallen '${dienst(code).label}' van de gemeenten tellen op tot ${formatGetal(totaal)} (${aantalCellen(deelnemers, code) || "geen"}), maar de Kostprijzen noemen ${formatGetal(r.eenheden.waarde)} eenheden in ${waar(kpWerkmap, r.eenheden)}. Controleer de aantallen van elke gemeente en de eenheden in Kostprijzen.`,
        { werkmap: kpWerkmap, plek: plek(r.eenheden) },
        formatGetal(r.eenheden.waarde),
        formatGetal(totaal),
      );
    }
    if (totaal.isZero()) continue;
    volgorde.push(code);
    realisatie.push({ code, bedrag: bedrag.waarde });
    bronnen.set(code, { bedrag, eenheden: r.eenheden });
  }
  for (const code of gebruikt) {
    if (bronnen.has(code) || tabel.regels.some((r) => r.dienst?.code === code)) continue;
    m.meld(
      "CONS_KOSTPRIJS_ONTBREEKT",
      `'${dienst(code).label}' heeft gerealiseerde aantallen (${aantalCellen(deelnemers, code)}), maar staat niet in de Kostprijzen (${kpWerkmap}, blad '${tabel.blad}'). Voeg de dienst met kosten of opbrengsten en eenheden toe.`,
      { werkmap: kpWerkmap, plek: { blad: tabel.blad, cel: "A1" } },
    );
  }
  return { realisatie, bronnen, volgorde };
}
