// Explanations of settlement numbers (issue 11): the tree model, the lookup of the Eindafrekening,
// the trees of the =ONTPLOOJ.* functions, the self-check and the text rendering.
export * from "./model";
export {
  uitlegEindafrekening,
  uitlegVanWerkboek,
  zoekUitleg,
  vindUitleg,
  type GevondenUitleg,
  uitlegbaar,
  type EindafrekeningUitleg,
  type UitlegUitkomst,
} from "./eindafrekening";
export { uitlegTekst, toonWaarde, toonRuw } from "./tekst";
export {
  uitlegFunctie,
  UITLEGBARE_FUNCTIES,
  type UitlegbareFunctie,
  type FunctieArgument,
  type FunctieWaarde,
  type FunctieUitleg,
} from "./functies";
export {
  controleerBoom,
  controleerBladen,
  gelezenCellen,
  bladen,
  type UitlegAfwijking,
} from "./zelfcontrole";
