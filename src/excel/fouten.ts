// Turns what Excel throws into a sentence a consultant understands (Dutch), for the panel.

interface MetCode {
  code?: unknown;
  message?: unknown;
}

/** The error code Office.js gives (e.g. "ItemNotFound"), or undefined. */
export function excelFoutCode(fout: unknown): string | undefined {
  const code = (fout as MetCode | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function excelFoutTekst(fout: unknown): string {
  switch (excelFoutCode(fout)) {
    case "ItemNotFound":
      return "Het blad of de cel bestaat niet (meer) in deze werkmap.";
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return "Het verzoek aan Excel was te groot. Probeer het opnieuw met een kleiner blad.";
    case "ResponsePayloadSizeLimitExceeded":
      // Excel on the web answers at most a few MB per request: a sheet whose used range runs far
      // beyond the table (formatted empty rows or columns) is the usual cause.
      return "Het antwoord van Excel was te groot (Excel op het web geeft per keer maar een beperkte hoeveelheid gegevens terug). Verklein het gebruikte bereik van het blad, bijvoorbeeld door lege maar opgemaakte rijen en kolommen onder en naast de tabel te verwijderen, of gebruik Excel voor Windows of Mac.";
    case "InvalidSelection":
      return "De selectie in Excel is hiervoor niet geschikt: selecteer één cel of één aaneengesloten bereik op een werkblad.";
    case "InvalidOperationInCellEditMode":
      return "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.";
    case "AccessDenied":
      return "Excel staat deze wijziging niet toe (is het blad of de werkmap beveiligd?).";
    case "InvalidArgument":
      return "Excel weigerde een waarde of formule van de invoegtoepassing.";
    case "ActivityLimitReached":
    case "RequestAborted":
      return "Excel was te druk en heeft het verzoek afgebroken. Probeer het over een moment opnieuw.";
    default: {
      const bericht = (fout as MetCode | null)?.message;
      return typeof bericht === "string" && bericht !== ""
        ? `Excel meldde een fout: ${bericht}`
        : "Er ging iets mis in de verbinding met Excel.";
    }
  }
}
