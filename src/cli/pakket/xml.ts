// XML parts of an .xlsx package as DOM documents (@xmldom/xmldom): parsed and written back with
// everything they hold, including elements and namespaces this code does not know (extLst,
// x14ac, mc:AlternateContent), so an owned part keeps what the user's application put there.
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { WERKBOEK_OPNIEUW_OPSLAAN, xmlFoutBij } from "../../core/xml-fout";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** A package that cannot be read or changed safely; the message is Dutch and names the part. */
export class PakketFout extends Error {}

export function leesXml(tekst: string, deel: string): Document {
  try {
    // xmldom writes what it finds to the console unless it is given a handler, and goes on after
    // an "error": a part it misread would be written back wrong. Warnings pass; errors stop.
    const parser = new DOMParser({
      onError: (niveau) => {
        if (niveau === "error") throw new Error("ongeldige XML");
      },
    });
    return parser.parseFromString(tekst, "text/xml");
  } catch (e) {
    throw new PakketFout(
      `het onderdeel ${deel} van het werkboek is geen geldige XML${xmlFoutBij(e)}; ${WERKBOEK_OPNIEUW_OPSLAAN}`,
    );
  }
}

export function schrijfXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/** Child elements, optionally only those with this local name. */
export function kinderen(el: Element, naam?: string): Element[] {
  const uit: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (isElement(n) && (naam === undefined || n.localName === naam)) uit.push(n);
  return uit;
}

export function kind(el: Element, naam: string): Element | undefined {
  return kinderen(el, naam)[0];
}

/** A new element in the namespace (and with the prefix) of its future parent. */
export function maak(ouder: Element, naam: string, attributen: Record<string, string> = {}): Element {
  const doc = ouder.ownerDocument!;
  const el = doc.createElementNS(ouder.namespaceURI, ouder.prefix ? `${ouder.prefix}:${naam}` : naam);
  for (const [k, v] of Object.entries(attributen)) el.setAttribute(k, v);
  return el;
}

/**
 * Inserts `el` as a child of `ouder` where the schema wants it: before the first existing child
 * whose name comes after it in `volgorde` (the schema's sequence of child names).
 */
export function voegInOpPlek(ouder: Element, el: Element, volgorde: readonly string[]): Element {
  const plek = volgorde.indexOf(el.localName!);
  const na = kinderen(ouder).find((k) => volgorde.indexOf(k.localName!) > plek);
  if (na) ouder.insertBefore(el, na);
  else ouder.appendChild(el);
  return el;
}

/** The child with this name, created in schema order when absent. */
export function zekerKind(ouder: Element, naam: string, volgorde: readonly string[]): Element {
  return kind(ouder, naam) ?? voegInOpPlek(ouder, maak(ouder, naam), volgorde);
}

/** A stable text form of an element (name, sorted attributes, children) to recognise equal ones. */
export function kanoniek(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    attrs.push(`${a.localName}=${JSON.stringify(a.value)}`);
  }
  attrs.sort();
  const binnen: string[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (isElement(n)) binnen.push(kanoniek(n));
    else if (n.nodeType === 3 && n.nodeValue && n.nodeValue.trim() !== "")
      binnen.push(JSON.stringify(n.nodeValue));
  }
  return `<${el.localName} ${attrs.join(" ")}>${binnen.join("")}</${el.localName}>`;
}

/** Removes every child node (element, text, comment). */
export function leegMaken(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
