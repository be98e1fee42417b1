// The turnover table of Ontplooj per customer (for the in-house test, DOMAIN.md §3.11) with,
// optionally, the realised sheltered places per municipality (the taakstelling, §3.14).
import { BEVINDING_CODES } from "../bijlage1/codes";
import { zoekGemeente } from "../catalogue";
import type { Bevinding, Ernst } from "../findings";
import type { Grid } from "../grid";
import type { Notatie } from "../money";
import { openTabel, zoekTabel, type KolomDef, type Meld, type TabelSpec } from "../tabel";
import { CONSOLIDATIE_CODES } from "./codes";
import type { OmzetRegel } from "./model";

export const OMZET_KOLOMMEN = [
  { sleutel: "klant", labels: ["Klant", "Gemeente", "Afnemer"], naam: "Klant", verplicht: true },
  {
    sleutel: "dvo",
    labels: ["Omzet DVO", "DVO", "Omzet dienstverleningsovereenkomst"],
    naam: "Omzet DVO",
    verplicht: true,
    ongeldigCode: "CONS_OMZET_ONGELDIG",
  },
  {
    sleutel: "maatwerk",
    labels: ["Omzet maatwerk", "Maatwerk"],
    naam: "Omzet maatwerk",
    verplicht: false,
    ongeldigCode: "CONS_OMZET_ONGELDIG",
  },
  {
    sleutel: "plaatsenBeschut",
    labels: ["Plaatsen beschut", "Plaatsen beschut werk", "Gerealiseerde plaatsen beschut"],
    naam: "Plaatsen beschut",
    verplicht: false,
    ongeldigCode: "CONS_OMZET_ONGELDIG",
  },
] as const satisfies readonly KolomDef[];

const SPEC: TabelSpec<typeof OMZET_KOLOMMEN> = {
  definities: OMZET_KOLOMMEN,
  anker: "klant",
  minimum: 2,
};

/** Reads the table; findings get `werkmap`. Codes come from this module's or the bijlage's catalogue. */
export function leesOmzet(
  grid: Grid,
  werkmap: string,
  notatie: Notatie,
  bevindingen: Bevinding[],
): OmzetRegel[] | undefined {
  const meld: Meld = (code, bericht, plek, verwacht, gevonden) => {
    const uitleg =
      (CONSOLIDATIE_CODES as Record<string, { ernst: Ernst }>)[code] ??
      (BEVINDING_CODES as Record<string, { ernst: Ernst }>)[code];
    if (!uitleg) throw new Error(`onbekende bevindingcode ${code}`);
    const b: Bevinding = { ernst: uitleg.ernst, code, bericht, werkmap, blad: plek.blad, cel: plek.cel };
    if (verwacht !== undefined) b.verwacht = verwacht;
    if (gevonden !== undefined) b.gevonden = gevonden;
    bevindingen.push(b);
  };
  const vondst = zoekTabel(grid, SPEC);
  if (!vondst) {
    bevindingen.push({
      ernst: "fout",
      code: "TABEL_ONTBREEKT",
      bericht: `Op blad '${grid.blad}' staat geen omzettabel: zet de koppen 'Klant' en 'Omzet DVO' (en eventueel 'Omzet maatwerk', 'Plaatsen beschut') in één rij boven de tabel.`,
      werkmap,
      blad: grid.blad,
    });
    return undefined;
  }
  const t = openTabel(grid, SPEC, undefined, notatie, meld, vondst);
  if (!t) return undefined;
  const { cellen } = t;
  const regels: OmzetRegel[] = [];
  for (const rij of t.gegevens) {
    const klant = cellen.tekst(rij, "klant");
    if (!klant) continue;
    const dvo = cellen.getal(rij, "dvo", `De omzet DVO van '${klant.waarde}'`, true);
    if (!dvo) continue;
    const regel: OmzetRegel = { klant, dvo };
    const g = zoekGemeente(klant.waarde);
    if (g) regel.gemeente = g.naam;
    else
      meld(
        "CONS_OMZET_KLANT_ONBEKEND",
        `'${klant.waarde}' in ${klant.cel} is geen DVO-gemeente; de omzet telt mee in het totaal van Ontplooj, niet bij een gemeente.`,
        klant,
        "Almelo, Wierden, Twenterand, Dinkelland of Tubbergen",
        klant.waarde,
      );
    const maatwerk = cellen.getal(rij, "maatwerk", `De omzet maatwerk van '${klant.waarde}'`, false);
    if (maatwerk) regel.maatwerk = maatwerk;
    const plaatsen = cellen.getal(rij, "plaatsenBeschut", `De plaatsen beschut van '${klant.waarde}'`, false);
    if (plaatsen) regel.plaatsenBeschut = plaatsen;
    regels.push(regel);
  }
  return regels;
}
