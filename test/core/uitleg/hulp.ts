// Shared by the explanation tests: every tree of a workbook's Eindafrekening self-checked against
// the calculation (each node recomputes exactly) and against the reader (each leaf is its cell).
import { controleerBijlage1 } from "../../../src/core/bijlage1";
import { excelDatum } from "../../../src/core/bijlage1/eindafrekening-plan";
import type { Werkboek } from "../../../src/core/grid";
import { uitlegVanWerkboek, type EindafrekeningUitleg } from "../../../src/core/uitleg";
import type { UitlegKnoop } from "../../../src/core/uitleg/model";
import {
  bladen,
  controleerBladen,
  controleerBoom,
  gelezenCellen,
  type UitlegAfwijking,
} from "../../../src/core/uitleg/zelfcontrole";

export function uitlegVan(werkboek: Werkboek): EindafrekeningUitleg {
  const u = uitlegVanWerkboek(werkboek);
  if ("reden" in u) throw new Error(u.reden);
  return u.uitleg;
}

/** What the plan cell shows, as the tree's value would put it (a date as Excel's serial number). */
function planWaardeVan(k: UitlegKnoop): string | number {
  if (k.soort === "tekst") return k.waarde;
  if (k.soort === "datum") {
    const [j, m, d] = k.waarde.split("-").map(Number);
    return excelDatum(j, m, d);
  }
  return Number(k.waarde);
}

/**
 * Everything that is wrong with the explanation of a workbook: plan cells with a formula or a
 * number but no tree, trees whose value is not the cell's, nodes that do not recompute, leaves
 * that are not what the reader read, and leaves that are neither an input cell, a constant nor an empty sum.
 */
export function afwijkingen(werkboek: Werkboek): { afwijkingen: UitlegAfwijking[]; bomen: number } {
  const u = uitlegVan(werkboek);
  const { model } = controleerBijlage1(werkboek);
  const gelezen = gelezenCellen(model);
  const uit: UitlegAfwijking[] = [];
  for (const c of u.plan.cellen) {
    const k = u.cellen.get(c.adres);
    const moet = c.formule !== undefined || typeof c.waarde === "number";
    if (!k) {
      if (moet) uit.push({ pad: c.adres, bericht: "geen uitleg bij deze cel" });
      continue;
    }
    if (planWaardeVan(k) !== c.waarde)
      uit.push({ pad: c.adres, bericht: `de cel toont ${String(c.waarde)}, de uitleg ${k.waarde}` });
    uit.push(...controleerBoom(k).map((a) => ({ ...a, pad: `${c.adres}: ${a.pad}` })));
    uit.push(...controleerBladen(k, gelezen, werkboek).map((a) => ({ ...a, pad: `${c.adres}: ${a.pad}` })));
    for (const b of bladen(k))
      // A sum of nothing (no advances, no cost lines) is 0 and ends there honestly.
      if (b.bewerking.soort !== "invoer" && b.bewerking.soort !== "constante" && b.bewerking.soort !== "som")
        uit.push({ pad: `${c.adres}: ${b.label}`, bericht: "eindigt niet bij een invoercel of constante" });
  }
  return { afwijkingen: uit, bomen: u.cellen.size };
}
