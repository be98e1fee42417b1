// The explanation of a settlement number: a tree built from the very values the calculation
// used, so it cannot drift from the number it explains. Each node says in Dutch what it is,
// its exact value, the operation that made it from its children, and for inputs where it was read.

/** Where an input was read: the sheet, the cell and the text or value as the user typed it. */
export interface UitlegBron {
  blad: string;
  /** A1 address without "$". */
  cel: string;
  /** The cell as the reader found it: a number, the text as typed ("€ 7.150,-"), a boolean or empty. */
  ruw: string | number | boolean | null;
}

/**
 * How a node's value follows from its children. Recomputing it over the children's values must
 * give the node's value exactly (the self-check in `zelfcontrole.ts`).
 * - invoer: a leaf read from a cell (has `bron`); constante: a fixed parameter or a date rule.
 * - som / verschil (first minus the rest) / product / quotient: exact, no rounding.
 * - afronding: round the only child to `decimalen` places, half away from zero.
 * - grootsteRest: this node is one share of a largest-remainder split (DOMAIN.md §3) of the child
 *   at `totaalIndex`: over the other children as weights (share `aandeel`, 0-based among them),
 *   or, with `delen`, over that many equal parts (the other children then only say why).
 * - keuze: a rule picks the value from the children's values; `regel` names it (see KeuzeRegel).
 */
export type UitlegBewerking =
  | { soort: "invoer" }
  | { soort: "constante" }
  | { soort: "som" }
  | { soort: "verschil" }
  | { soort: "product" }
  | { soort: "quotient" }
  | { soort: "afronding"; decimalen: number }
  | { soort: "grootsteRest"; aandeel: number; totaalIndex: number; delen?: number }
  | { soort: "keuze"; regel?: KeuzeRegel };

/**
 * The rules a `keuze` node follows; the self-check re-applies them with the core's own functions.
 * - richting: "bijbetalen" / "terugbetalen" / "nihil" from the sign of the only child (the saldo);
 * - wieBetaalt: the sentence "X betaalt Ontplooj bij" from children [richting, gemeente];
 * - vervaldatum: 30 April of the year after the only child (the year);
 * - geenOpslag: 0, because the only child (the cost base) is not positive;
 * - kpi: "behaald" / "niet behaald" from children [doel, richting, realisatie].
 */
export type KeuzeRegel = "richting" | "wieBetaalt" | "vervaldatum" | "geenOpslag" | "kpi";

export type UitlegSoort = "bedrag" | "getal" | "percentage" | "datum" | "tekst";

export interface UitlegKnoop {
  /** Dutch label in the domain's words: "Nacalculatie Wierden 2023". */
  label: string;
  /** Exact value as a decimal string ("12345.67"); a date as "2024-07-01"; text as is. */
  waarde: string;
  soort: UitlegSoort;
  bewerking: UitlegBewerking;
  /** The operation in words and symbols: "som van 8 regels", "tarief × aantal, afgerond op centen". */
  omschrijving: string;
  kinderen: UitlegKnoop[];
  /** Set on leaves that were read from a cell. */
  bron?: UitlegBron;
  /** Where this value stands on the Eindafrekening (or the sheet of a function), when it does. */
  plek?: { blad: string; cel: string };
}
