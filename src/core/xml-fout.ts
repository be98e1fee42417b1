// Where an XML parser stopped, for a Dutch message. saxes says it as "file:line:column: reason",
// xmldom in a `locator`, both in English; users get the line and character, and what to do,
// never the English reason.

/** "regel 3, teken 17" from a saxes or xmldom error, or undefined when it names no position. */
export function xmlFoutPlek(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const plek = (e as { locator?: { lineNumber?: unknown; columnNumber?: unknown } }).locator;
  if (plek && typeof plek.lineNumber === "number" && typeof plek.columnNumber === "number")
    return `regel ${plek.lineNumber}, teken ${plek.columnNumber}`;
  const m = /(\d+):(\d+): /.exec(e.message);
  return m ? `regel ${m[1]}, teken ${m[2]}` : undefined;
}

/** " (fout bij regel 3, teken 17)", or "" without a position: to follow "… geen geldige XML". */
export function xmlFoutBij(e: unknown): string {
  const plek = xmlFoutPlek(e);
  return plek ? ` (fout bij ${plek})` : "";
}

/** What to do about a workbook part that is no valid XML: the application that wrote it repairs it. */
export const WERKBOEK_OPNIEUW_OPSLAAN =
  "open het werkboek in Excel of LibreOffice, sla het opnieuw op en probeer het nog eens";
