// The Ontplooj-wide consolidation API that the command line and the task pane call: the bijlagen
// of the five municipalities in, findings and the "Overzicht Ontplooj" sheet plan out. Pure.
export { consolideer, consolideerWerkboek, leesBron } from "./consolideer";
export { CONSOLIDATIE_CODES, consolidatieCodeTabelMarkdown, type ConsolidatieCode } from "./codes";
export {
  OVERZICHT_BLAD,
  groepeerBladen,
  gemeenteInBladnaam,
  type BladGroep,
  type Groepering,
} from "./groepen";
export { OMZET_KOLOMMEN } from "./omzet";
export { maakOverzichtPlan, OVERZICHT_GRAFIEK, OVERZICHT_MARKERING, OVERZICHT_NAMEN } from "./overzicht-plan";
export * from "./model";
