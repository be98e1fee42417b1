// The manifest checked offline (`office-addin-manifest validate` needs Microsoft's online service):
// well-formed, the element order Office's schema enforces, every resid resolved, https URLs,
// icons present with the right pixel size, one shared runtime for task pane and functions.
// Every check runs on the development manifest and on the one the build writes for a production
// base URL (scripts/productie.js; test/manifest/pakket.test.ts checks that the build writes exactly that).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const productie = require(join(ROOT, "scripts", "productie.js")) as {
  controleerAddinUrl(ruw: string): { basis: string; origin: string };
  manifestVersie(v: string): string;
  manifestVoorAdres(xml: string, o: { basis?: string; origin?: string; versie: string }): string;
};
const PAKKET_VERSIE = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;
/** The production base the issue names; any base that passes the check gives the same structure. */
const PRODUCTIE_BASIS = "https://addin.gemeente.example/ontplooj/";
const OFFICEAPP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const VO_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** Child order of OfficeApp + TaskPaneApp in OfficeAppManifestv1.1.xsd (an xs:sequence). */
const OFFICEAPP_VOLGORDE = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const VERPLICHT = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

function parse(xml: string): { doc: Document; fouten: string[] } {
  const fouten: string[] = [];
  const parser = new DOMParser({
    onError: (niveau, bericht) => {
      fouten.push(`${niveau}: ${bericht}`);
    },
  });
  try {
    return { doc: parser.parseFromString(xml, "text/xml"), fouten };
  } catch (e) {
    // xmldom 0.9 reports a fatal error and then throws it.
    return { doc: parser.parseFromString("<fout/>", "text/xml"), fouten: [...fouten, String(e)] };
  }
}

function kinderen(el: Element): Element[] {
  const uit: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) uit.push(n as Element);
  return uit;
}

function alle(el: Element | Document, ns: string, naam: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, naam)) as Element[];
}

function een(el: Element | Document, ns: string, naam: string): Element {
  const gevonden = alle(el, ns, naam);
  if (gevonden.length !== 1) throw new Error(`verwacht precies één ${naam}, gevonden ${gevonden.length}`);
  return gevonden[0];
}

function kind(el: Element, naam: string): Element {
  const gevonden = kinderen(el).filter((k) => k.localName === naam);
  if (gevonden.length !== 1) throw new Error(`${el.localName} heeft ${gevonden.length} kinderen ${naam}`);
  return gevonden[0];
}

/** Resource id → value, per resource kind. */
function resourceTabel(resources: Element, groep: string): Map<string, string> {
  const tabel = new Map<string, string>();
  for (const el of kinderen(kind(resources, groep))) {
    const id = el.getAttribute("id");
    const waarde = el.getAttribute("DefaultValue");
    if (!id || waarde === null) throw new Error(`${groep}: element zonder id of DefaultValue`);
    if (tabel.has(id)) throw new Error(`${groep}: id ${id} dubbel`);
    tabel.set(id, waarde);
  }
  return tabel;
}

function resid(el: Element): string {
  const r = el.getAttribute("resid");
  if (!r) throw new Error(`${el.localName} zonder resid`);
  return r;
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23), after checking the signature. */
function pngMaat(pad: string): { breed: number; hoog: number } {
  const buf = readFileSync(pad);
  const handtekening = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(handtekening)) throw new Error(`${pad} is geen PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${pad}: eerste chunk is geen IHDR`);
  return { breed: buf.readUInt32BE(16), hoog: buf.readUInt32BE(20) };
}

/** The local file a URL under the base is built from in this repository. */
function lokaalBestand(url: string, basis: string): string {
  if (!url.startsWith(basis)) throw new Error(`${url} ligt niet onder ${basis}`);
  return join(ROOT, url.slice(basis.length));
}

const ONTWIKKEL_XML = readFileSync(MANIFEST, "utf8");
const PRODUCTIE_ADRES = productie.controleerAddinUrl(PRODUCTIE_BASIS);
const VERSIE = productie.manifestVersie(PAKKET_VERSIE);

describe.each([
  ["manifest.xml (development)", ONTWIKKEL_XML, "https://localhost:3000/", "https://localhost:3000"],
  [
    `the manifest for ${PRODUCTIE_BASIS}`,
    productie.manifestVoorAdres(ONTWIKKEL_XML, { ...PRODUCTIE_ADRES, versie: VERSIE }),
    PRODUCTIE_ADRES.basis,
    PRODUCTIE_ADRES.origin,
  ],
])("%s", (_naam, xml, basis, origin) => {
  const { doc } = parse(xml);
  const root = doc.documentElement as unknown as Element;
  const versionOverrides = een(doc, VO_NS, "VersionOverrides");
  const resources = kind(versionOverrides, "Resources");
  const urls = resourceTabel(resources, "Urls");
  const afbeeldingen = resourceTabel(resources, "Images");
  const korteTeksten = resourceTabel(resources, "ShortStrings");
  const langeTeksten = resourceTabel(resources, "LongStrings");

  test("is goedgevormde XML met OfficeApp TaskPaneApp als wortel", () => {
    const { fouten } = parse(xml);
    expect(fouten).toEqual([]);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICEAPP_NS);
    expect(root.getAttributeNS(XSI_NS, "type")).toBe("TaskPaneApp");
  });

  test("een kapot manifest wordt door dezelfde parser gemeld (de controle hierboven kan falen)", () => {
    const { fouten } = parse(xml.replace("</DefaultSettings>", ""));
    expect(fouten.length).toBeGreaterThan(0);
  });

  test("de kinderen van OfficeApp staan in de volgorde van het schema, elk één keer, de verplichte aanwezig", () => {
    const namen = kinderen(root).map((k) => k.localName ?? "");
    expect(new Set(namen).size).toBe(namen.length);
    for (const naam of namen) expect(OFFICEAPP_VOLGORDE).toContain(naam);
    const posities = namen.map((n) => OFFICEAPP_VOLGORDE.indexOf(n));
    expect(posities).toEqual([...posities].sort((a, b) => a - b));
    for (const naam of VERPLICHT) expect(namen).toContain(naam);
  });

  test("VersionOverrides 1.0: Hosts vóór Resources; Resources in de volgorde Images, Urls, ShortStrings, LongStrings", () => {
    expect(versionOverrides.getAttributeNS(XSI_NS, "type")).toBe("VersionOverridesV1_0");
    expect(kinderen(versionOverrides).map((k) => k.localName)).toEqual(["Hosts", "Resources"]);
    expect(kinderen(resources).map((k) => `${k.namespaceURI}|${k.localName}`)).toEqual(
      ["Images", "Urls", "ShortStrings", "LongStrings"].map((n) => `${BT_NS}|${n}`),
    );
    const host = kind(kind(versionOverrides, "Hosts"), "Host");
    expect(host.getAttributeNS(XSI_NS, "type")).toBe("Workbook");
    expect(kinderen(host).map((k) => k.localName)).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
    const desktop = kind(host, "DesktopFormFactor");
    expect(kinderen(desktop).map((k) => k.localName)).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
  });

  test("standaard Nederlands, de minste toestemming die werkt, alleen Excel", () => {
    expect(kind(root, "DefaultLocale").textContent).toBe("nl-NL");
    expect(kind(root, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(kind(root, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(kind(root, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(kind(root, "Version").textContent).toBe(VERSIE);
    const hosts = kinderen(kind(root, "Hosts")).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const displayName = kind(root, "DisplayName").getAttribute("DefaultValue") ?? "";
    const beschrijving = kind(root, "Description").getAttribute("DefaultValue") ?? "";
    expect(displayName).toBe("Ontplooj afrekening");
    expect(displayName.length).toBeLessThanOrEqual(125);
    expect(beschrijving).toMatch(/afrekening/);
    expect(beschrijving.length).toBeLessThanOrEqual(250);
  });

  test("vereist de gedeelde runtime en de runtime voor aangepaste functies", () => {
    const sets = alle(kind(root, "Requirements"), OFFICEAPP_NS, "Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    // CustomFunctions.Error (src/functions: errors with a Dutch message) is CustomFunctionsRuntime 1.2.
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]));
  });

  test("elke resid verwijst naar een resource van de juiste soort, en elke resource wordt gebruikt", () => {
    const gebruikt = new Set<string>();
    const elementen = alle(versionOverrides, "*", "*").filter((el) => el.hasAttribute("resid"));
    expect(elementen.length).toBeGreaterThan(10);
    for (const el of elementen) {
      const r = resid(el);
      const naam = el.localName ?? "";
      gebruikt.add(r);
      const soort =
        naam === "Image"
          ? afbeeldingen
          : ["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"].includes(naam)
            ? urls
            : naam === "Description"
              ? langeTeksten
              : korteTeksten;
      expect({ element: el.localName, resid: r, gevonden: soort.has(r) }).toEqual({
        element: el.localName,
        resid: r,
        gevonden: true,
      });
    }
    const alleIds = [...urls.keys(), ...afbeeldingen.keys(), ...korteTeksten.keys(), ...langeTeksten.keys()];
    expect(alleIds.filter((id) => !gebruikt.has(id))).toEqual([]);
    expect(new Set(alleIds).size).toBe(alleIds.length);
  });

  test("resourceteksten blijven binnen de lengtegrenzen van Office (kort 125, lang 250)", () => {
    for (const [id, s] of korteTeksten) expect({ id, lengte: s.length <= 125 }).toEqual({ id, lengte: true });
    for (const [id, s] of langeTeksten) expect({ id, lengte: s.length <= 250 }).toEqual({ id, lengte: true });
  });

  test("elke URL in het manifest is https onder de basis; AppDomains is de oorsprong van de basis", () => {
    const gevonden = new Set<string>();
    for (const el of alle(doc, "*", "*")) {
      for (const attr of Array.from(el.attributes)) {
        if (/^[a-z]+:\/\//i.test(attr.value) && !attr.name.startsWith("xmlns")) gevonden.add(attr.value);
      }
    }
    expect(gevonden.size).toBeGreaterThan(5);
    expect(basis).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
    for (const url of gevonden) expect(url.startsWith(basis)).toBe(true);
    const domeinen = alle(doc, OFFICEAPP_NS, "AppDomain").map((d) => d.textContent);
    expect(domeinen).toEqual([origin]);
  });

  test("de pictogrammen staan in assets/ als PNG's van de grootte die het manifest noemt", () => {
    const verwacht: [string, number][] = [
      [kind(root, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [kind(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const img of alle(versionOverrides, BT_NS, "Image")) {
      if (!img.hasAttribute("resid")) continue;
      verwacht.push([afbeeldingen.get(resid(img)) ?? "", Number(img.getAttribute("size"))]);
    }
    // Two icons on the manifest, three sizes on the group and three on the button.
    expect(verwacht).toHaveLength(8);
    for (const [url, maat] of verwacht) {
      const bestand = lokaalBestand(url, basis);
      expect(bestand.startsWith(join(ROOT, "assets"))).toBe(true);
      expect(existsSync(bestand)).toBe(true);
      expect({ url, ...pngMaat(bestand) }).toEqual({ url, breed: maat, hoog: maat });
    }
  });

  test("één gedeelde runtime: Runtime, de Page van de aangepaste functies en FunctionFile gebruiken de URL van het taakvenster", () => {
    const runtimes = alle(versionOverrides, VO_NS, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtimeId = resid(runtimes[0]);
    const cf = alle(versionOverrides, VO_NS, "ExtensionPoint").find(
      (e) => e.getAttributeNS(XSI_NS, "type") === "CustomFunctions",
    );
    if (!cf) throw new Error("geen CustomFunctions ExtensionPoint");
    const pagina = resid(kind(kind(cf, "Page"), "SourceLocation"));
    const functionFile = resid(een(versionOverrides, VO_NS, "FunctionFile"));
    expect(pagina).toBe(runtimeId);
    expect(functionFile).toBe(runtimeId);
    const taakvensterUrl = urls.get(runtimeId);
    expect(taakvensterUrl).toBe(`${basis}taskpane.html`);
    // The ribbon button and DefaultSettings open that same page.
    const actie = alle(versionOverrides, VO_NS, "Action")[0];
    expect(urls.get(resid(kind(actie, "SourceLocation")))).toBe(taakvensterUrl);
    expect(kind(kind(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      taakvensterUrl,
    );
    // The functions bundle and the metadata the build writes next to taskpane.html.
    expect(urls.get(resid(kind(kind(cf, "Script"), "SourceLocation")))).toBe(`${basis}functions.js`);
    expect(urls.get(resid(kind(kind(cf, "Metadata"), "SourceLocation")))).toBe(`${basis}functions.json`);
  });

  test("aangepaste functies staan in de naamruimte ONTPLOOJ", () => {
    const ns = een(versionOverrides, VO_NS, "Namespace");
    expect(korteTeksten.get(resid(ns))).toBe("ONTPLOOJ");
  });

  test("office-addin-manifest leest het offline", () => {
    const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const bestand = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(bestand, xml);
    const uit = execFileSync(process.execPath, [cli, "info", bestand], { encoding: "utf8" });
    expect(uit).toMatch(/Name: Ontplooj afrekening/);
    expect(uit).toMatch(/Type: TaskPaneApp/);
    expect(uit).toMatch(/Default Locale: nl-NL/);
    expect(uit).toMatch(/Permissions: ReadWriteDocument/);
  });
});

test("de taakvensterpagina laadt office.js en beide bundels (gedeelde runtime)", () => {
  const html = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
  expect(html).toMatch(/<script src="<%= officeJsUrl %>"><\/script>/);
});
