// Copies text to the clipboard. Office hosts the panel in a frame that may not allow the Clipboard
// API; then the older copy command on a hidden text field does it (it needs the user's click,
// which the caller has). False when neither works: the panel then shows the text to copy by hand.

export async function kopieerTekst(
  tekst: string,
  doc: Document = document,
  klembord: Pick<Clipboard, "writeText"> | undefined = typeof navigator === "undefined"
    ? undefined
    : navigator.clipboard,
): Promise<boolean> {
  try {
    if (klembord) {
      await klembord.writeText(tekst);
      return true;
    }
  } catch {
    // Refused by the frame's permissions: try the copy command below.
  }
  const veld = doc.createElement("textarea");
  veld.value = tekst;
  veld.setAttribute("readonly", "");
  veld.setAttribute("aria-hidden", "true");
  veld.style.position = "fixed";
  veld.style.opacity = "0";
  veld.style.pointerEvents = "none";
  const focus = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(veld);
  veld.select();
  let gelukt = false;
  try {
    gelukt = doc.execCommand("copy");
  } catch {
    gelukt = false;
  }
  veld.remove();
  focus?.focus?.();
  return gelukt;
}
