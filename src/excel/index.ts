// The Office.js adapter: the only code that talks to Excel. Each function takes the request
// context of an Excel.run, so the caller decides the batch; every sync is counted (syncs.ts).
export { leesWerkboek, leesBladnamen, type GelezenWerkboek, type LeesOpties, type Notatie } from "./lezen";
export {
  schrijfPlan,
  herstelVulling,
  heeftHerstelpunt,
  planRijen,
  formuleInvoer,
  naamFormule,
  tekensNaarPunten,
  HERSTEL_NOTITIE_CEL,
  GebiedFout,
  PlanFout,
  type HerstelNotitie,
  type HerstelResultaat,
  type SchrijfOpties,
  type SchrijfResultaat,
  type BekendeWerkmap,
} from "./schrijven";
export {
  plaatsGrafieken,
  verwijderGrafieken,
  metReeksnamen,
  ondersteuntGrafieken,
  GRAFIEK_EXCEL_API,
  GRAFIEKEN_NAAM,
  GRAFIEKEN_OVERGESLAGEN,
} from "./grafieken";
export { selecteerCel } from "./selecteren";
export { excelFoutCode, excelFoutTekst } from "./fouten";
export { HERSTEL_BLAD, RAPPORT_BLAD, VEREISTE_EXCEL_API, ondersteuntExcelApi, isEigenBlad } from "./omgeving";
export { PAYLOAD_LIMIET_WEB, STANDAARD_BUDGET, jsonBytes, verdeelInBanden } from "./payload";
export { aantalSyncs, resetSyncs, telSyncs, sync } from "./syncs";
export { leesKoppelingen, koppelSelectie, verwijderKoppeling, type Koppeling } from "./namen";
export {
  vraagActieveCel,
  kloptMetWerkboek,
  kanSelectieVolgen,
  volgWerkmap,
  stopVolgen,
  type ActieveCel,
  type Registratie,
  type WerkmapVolgers,
} from "./selectie";
