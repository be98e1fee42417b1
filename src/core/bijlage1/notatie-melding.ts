// Says how the workbook's text numbers were read, where it matters: when the workbook mixes the
// Dutch and English notations, and when ambiguous text ("7.150", "1,442") was read by a notation
// the workbook or Excel decided, so the user can see which reading was taken and why.
import { parseGetal, type Notatie } from "../money";
import type { NotatieBepaling, NotatieVoorbeeld } from "../notatie";
import type { Melder } from "./melder";

const NAAM: Record<"nl" | "en", string> = { nl: "Nederlandse", en: "Engelse" };

function waar(v: NotatieVoorbeeld): string {
  return `'${v.tekst}' (${v.blad}!${v.cel})`;
}

export function meldNotatie(bepaling: NotatieBepaling, gekozen: Notatie | undefined, melder: Melder): void {
  const { conflict, dubbelzinnig, aantalDubbelzinnig } = bepaling;
  if (conflict) {
    const gevolg =
      gekozen && gekozen !== "auto"
        ? `Tekst die in beide notaties iets anders betekent (zoals 1,442) wordt gelezen in de gekozen ${NAAM[gekozen]} notatie.`
        : "Tekst die in beide notaties iets anders betekent (zoals 1,442) wordt daarom niet gelezen.";
    melder.waarschuwing(
      "NOTATIE_GEMENGD",
      `Het werkboek mengt twee getalnotaties: ${waar(conflict.en)} is Engels (punt als decimaalteken), ${waar(conflict.nl)} Nederlands (komma als decimaalteken). ${gevolg} Schrijf de getallen in één notatie of maak er echte getallen van.`,
      conflict.en,
      "één getalnotatie",
      `${conflict.en.tekst} en ${conflict.nl.tekst}`,
    );
  }
  if (gekozen !== undefined || !dubbelzinnig || bepaling.notatie === "auto") return;
  const notatie = bepaling.notatie;
  const lezing = parseGetal(dubbelzinnig.tekst, { notatie });
  const voorbeeld = `${waar(dubbelzinnig)}${lezing.ok ? ` als ${lezing.waarde.toString().replace(".", ",")}` : ""}`;
  const reden =
    bepaling.bron === "werkboek" && bepaling.bewijs
      ? `omdat ${waar(bepaling.bewijs)} in het werkboek ${NAAM[notatie]} notatie is`
      : `omdat deze Excel een ${notatie === "nl" ? "decimaalkomma" : "decimaalpunt"} gebruikt en het werkboek zelf het niet zegt`;
  const bericht =
    aantalDubbelzinnig === 1
      ? `${voorbeeld} is in ${NAAM[notatie]} notatie gelezen, ${reden}.`
      : `${aantalDubbelzinnig} getallen als tekst zijn in ${NAAM[notatie]} notatie gelezen, zoals ${voorbeeld}, ${reden}.`;
  melder.info("NOTATIE_BEPAALD", bericht, dubbelzinnig, `${NAAM[notatie]} notatie`, dubbelzinnig.tekst);
}
