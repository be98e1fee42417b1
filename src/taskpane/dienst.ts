// The panel's service layer: what the components may ask for. Components only know this
// interface, so they can be rendered with a fake; excelDienst.ts implements it with Office.js.
import type { AfrekeningSamenvatting } from "../core/bijlage1";
import type { NaamRol } from "../core/bijlage1/namen";
import type { Bevinding } from "../core/findings";
import type { LoonbatchSamenvatting } from "../core/payroll";
import type { UitlegKnoop } from "../core/uitleg/model";

export interface ControleUitkomst {
  bevindingen: Bevinding[];
  /** The municipality and year the bijlage names, when they could be read. */
  gemeente?: string;
  jaar?: number;
}

export interface AfrekenUitkomst {
  bevindingen: Bevinding[];
  /** The settlement as the core computed it (exact decimal strings); absent when refused. */
  afrekening?: AfrekeningSamenvatting;
  /** Dutch reason the sheet was not filled. */
  geweigerd?: string;
  /** The sheet that was filled. */
  blad?: string;
  /** Whether the fill can be undone now. */
  herstelpunt: boolean;
  /** Dutch note when this Excel could not add the sheet's charts (the cells are filled). */
  grafiekenOvergeslagen?: string;
}

export interface LoonbatchKeuze {
  batch: string;
  vorige?: string;
  bijlage1?: string;
  /** Sheet with the personnel register (Personeelsregister). */
  register?: string;
  /** The bank file (pain.001) the user picked, read in the browser; it never leaves the machine. */
  betaalbestand?: { naam: string; inhoud: Uint8Array };
  /** The municipality's own account, when the register does not give it. */
  rekening?: string;
}

export interface LoonbatchUitkomst {
  samenvatting: LoonbatchSamenvatting;
  /** Masked by the core: no BSN, name or IBAN in plain text. */
  bevindingen: Bevinding[];
}

/** One Bijlage1_* name of the workbook, as the Koppelen step shows it. */
export interface Koppeling {
  /** The name as the workbook spells it. */
  naam: string;
  /** The part it names; absent for a Bijlage1_* name the add-in does not know. */
  rol?: NaamRol;
  /** "Begroting 2023!B8:B12"; absent when the name points at nothing usable. */
  adres?: string;
  /** What is wrong with it, in Dutch; absent when usable. */
  probleem?: string;
}

/** What section Uitleg shows for the cell selected in Excel. */
export type UitlegUitkomst =
  | {
      soort: "uitleg";
      blad: string;
      cel: string;
      /** The workbook names that point at this cell (Ontplooj_Saldo). */
      namen: string[];
      boom: UitlegKnoop;
      /** Shown beside the tree: the sheet no longer matches the input, or the check found errors. */
      waarschuwing?: string;
    }
  | {
      soort: "geen";
      blad: string;
      cel: string;
      /** Dutch: why this cell has no explanation and what can be explained instead. */
      bericht: string;
    };

export interface TaakvensterDienst {
  /** Validates the workbook's bijlage 1. */
  controleer(): Promise<ControleUitkomst>;
  /** Selects a finding's cell in the workbook. */
  toonCel(bevinding: Bevinding): Promise<void>;
  /** Writes the findings as a report sheet with links; returns the sheet's name. */
  schrijfRapport(bevindingen: readonly Bevinding[]): Promise<string>;
  /** Checks, plans and fills the Eindafrekening sheet. */
  vulEindafrekening(opties: { forceer: boolean }): Promise<AfrekenUitkomst>;
  kanOngedaanMaken(): Promise<boolean>;
  /** Undoes the last fill; false when there was nothing to undo. */
  maakOngedaan(): Promise<boolean>;
  /** The workbook's sheet names (for the payroll choices). */
  bladen(): Promise<string[]>;
  controleerLoonbatch(keuze: LoonbatchKeuze): Promise<LoonbatchUitkomst>;
  /** The workbook's Bijlage1_* names (step Koppelen). */
  koppelingen(): Promise<Koppeling[]>;
  /**
   * Names the cells selected in Excel as `rol`, replacing the name of that part if `huidige` (the
   * list shown) has one; returns the new mapping.
   */
  koppel(rol: NaamRol, huidige: readonly Koppeling[]): Promise<Koppeling>;
  /** Removes one name. */
  ontkoppel(naam: string): Promise<void>;
  /** The explanation of the cell selected in Excel (its active cell). */
  uitlegBijSelectie(): Promise<UitlegUitkomst>;
  /**
   * Calls `bijWissel` whenever the user selects other cells; resolves to a function that stops
   * following, or to null when this Excel cannot report selections (then the panel offers a button).
   */
  volgSelectie(bijWissel: () => void): Promise<(() => Promise<void>) | null>;
  /** Selects a cell in the workbook (an input of an explanation). */
  selecteer(blad: string, cel: string): Promise<void>;
}

/** An error whose message is meant for the user (Dutch). */
export class DienstFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = "DienstFout";
  }
}

/** The message to show for anything a service call threw. */
export function foutTekst(fout: unknown): string {
  if (fout instanceof DienstFout) return fout.message;
  return "Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, sluit dan het taakvenster en open het opnieuw.";
}
