// The production rules as pure functions (scripts/productie.js, scripts/pakket.js) and their wiring in
// webpack.config.js, without building: the base-URL check, the manifest version, the manifest for a
// base URL, the server configuration examples.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");

interface Adres {
  basis: string;
  origin: string;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const productie = require(join(ROOT, "scripts", "productie.js")) as {
  ONTWIKKEL_BASIS: string;
  ProductieFout: new (m: string) => Error;
  controleerAddinUrl(ruw: unknown): Adres;
  manifestVersie(v: string): string;
  manifestVoorAdres(xml: string, o: Partial<Adres> & { versie: string }): string;
  contentSecurityPolicy(): string;
  MIME_TYPES: Record<string, string>;
  beveiligingsHeaders(): Record<string, string>;
};
const pakket = require(join(ROOT, "scripts", "pakket.js")) as {
  leesOpties(
    argv: string[],
    env: Record<string, string | undefined>,
  ): {
    adres?: string;
    uit: string;
    bronkaarten: boolean;
  };
  webConfig(): string;
  nginxVoorbeeld(basis: string): string;
};
const maakConfig = require(join(ROOT, "webpack.config.js")) as (
  env?: object,
  argv?: object,
) => {
  devtool: string | false;
  plugins: { constructor: { name: string }; patterns?: unknown }[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PAKKET_VERSIE = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;

describe("controleerAddinUrl: de basis-URL waaronder de invoegtoepassing gehost wordt", () => {
  test.each([
    ["https://addin.gemeente.example/ontplooj/", "https://addin.gemeente.example/ontplooj/"],
    ["https://addin.gemeente.example/ontplooj", "https://addin.gemeente.example/ontplooj/"],
    ["https://addin.gemeente.example", "https://addin.gemeente.example/"],
    ["https://addin.gemeente.example/", "https://addin.gemeente.example/"],
    ["https://Addins.Gemeente.NL/a/b-c_d.e~f/", "https://addins.gemeente.nl/a/b-c_d.e~f/"],
    ["HTTPS://host.nl:443/x", "https://host.nl/x/"],
    ["https://host.nl:8443/x/", "https://host.nl:8443/x/"],
  ])("%s wordt gebruikt als %s", (ruw, basis) => {
    const adres = productie.controleerAddinUrl(ruw);
    expect(adres.basis).toBe(basis);
    expect(adres.origin).toBe(new URL(basis).origin);
  });

  test.each([
    [undefined, /ontbreekt of is leeg/],
    ["", /ontbreekt of is leeg/],
    [true, /ontbreekt of is leeg/], // webpack --env urlProd without a value
    ["http://addin.gemeente.example/ontplooj/", /moet met https:\/\/ beginnen/],
    ["addin.gemeente.example/ontplooj", /moet met https:\/\/ beginnen/],
    ["ftp://addin.gemeente.example/", /moet met https:\/\/ beginnen/],
    ["https://addin.gemeente.example/ontplooj/?v=1", /vraagteken \(query\)/],
    ["https://addin.gemeente.example/ontplooj/#begin", /# \(fragment\)/],
    ["https://addin.gemeente.example//ontplooj/", /dubbele slash/],
    ["https://addin.gemeente.example/ontplooj//", /dubbele slash/],
    ["https://addin.gemeente.example/ontplooj/ ", /spatie, tab of regeleinde/],
    [" https://addin.gemeente.example/ontplooj/", /spatie, tab of regeleinde/],
    ["https://addin.gemeente.example/ontplooj/\n", /spatie, tab of regeleinde/],
    ["https://addin.gemeente.example/mijn map/", /spatie/],
    ["https://addin.gemeente.example/a/../b/", /het deel "\.\."/],
    ["https://addin.gemeente.example/./b/", /het deel "\."/],
    ["https://addin.gemeente.example/a&b/", /andere tekens/],
    ["https://addin.gemeente.example/a%20b/", /andere tekens/],
    ["https://addin.gemeente.example\\ontplooj", /backslash/],
    ["https://beheer:geheim@addin.gemeente.example/", /gebruikersnaam of wachtwoord/],
    ["https://addin.gemeente.example/ontplooj/taskpane.html", /eindigt op het bestand "taskpane\.html"/],
    ["https://addin.gemeente.example/manifest.xml", /geef de map/],
    ["https://localhost:3000/", /ontwikkeladres/],
    ["https://127.0.0.1/pad/", /ontwikkeladres/],
    ["https://app.localhost/", /ontwikkeladres/],
    ["https://", /geen geldig adres|servernaam/],
  ])("%j wordt geweigerd met een Nederlandse melding die zegt wat te geven", (ruw, reden) => {
    let fout: unknown;
    try {
      productie.controleerAddinUrl(ruw);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(productie.ProductieFout);
    const bericht = (fout as Error).message;
    expect(bericht).toMatch(reden);
    expect(bericht).toMatch(/^ADDIN_URL /);
    expect(bericht).toMatch(/bijvoorbeeld ADDIN_URL=https:\/\//);
  });
});

describe("manifestVersie: de versie uit package.json in de vierdelige vorm van Office", () => {
  test.each([
    ["0.1.0", "0.1.0.0"],
    ["1.2.3", "1.2.3.0"],
    ["99999.0.12", "99999.0.12.0"],
    ["01.2.3", "1.2.3.0"],
  ])("%s wordt %s", (in_, uit) => {
    expect(productie.manifestVersie(in_)).toBe(uit);
  });

  test.each(["1.0.0-beta.1", "1.0.0+build.5", "1.0", "100000.0.0", "v1.0.0", ""])(
    "%j wordt geweigerd (Office wil per uitgave een eenvoudig, hoger nummer)",
    (v) => {
      expect(() => productie.manifestVersie(v)).toThrow(/package\.json past niet in de vorm/);
    },
  );

  test("het ontwikkelmanifest draagt de versie uit package.json (npm version werkt beide bij)", () => {
    const versie = /<Version>([^<]*)<\/Version>/.exec(MANIFEST)?.[1];
    expect(versie).toBe(productie.manifestVersie(PAKKET_VERSIE));
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.version).toBe("node scripts/zet-manifestversie.js && git add manifest.xml");
  });
});

describe("manifestVoorAdres: het manifest voor een basis-URL", () => {
  const adres = productie.controleerAddinUrl("https://addin.gemeente.example/ontplooj");
  const uit = productie.manifestVoorAdres(MANIFEST, { ...adres, versie: "3.4.5.0" });

  test("elke ontwikkel-URL verhuist onder de basis, AppDomains wordt de oorsprong van de basis, verder verandert niets", () => {
    expect(uit).not.toMatch(/localhost/i);
    const ontwikkel = MANIFEST.split(productie.ONTWIKKEL_BASIS).length - 1;
    expect(ontwikkel).toBeGreaterThan(8);
    expect(uit.split("https://addin.gemeente.example/ontplooj/").length - 1).toBe(ontwikkel);
    expect(uit).toContain("<AppDomain>https://addin.gemeente.example</AppDomain>");
    expect(uit).toContain("<Version>3.4.5.0</Version>");
    // Reverting the three replacements gives back the development manifest byte for byte.
    const terug = uit
      .split("https://addin.gemeente.example/ontplooj/")
      .join(productie.ONTWIKKEL_BASIS)
      .replace(
        "<AppDomain>https://addin.gemeente.example</AppDomain>",
        "<AppDomain>https://localhost:3000</AppDomain>",
      )
      .replace("<Version>3.4.5.0</Version>", `<Version>${productie.manifestVersie(PAKKET_VERSIE)}</Version>`);
    expect(terug).toBe(MANIFEST);
  });

  test("het Id is dat van het ontwikkelmanifest: een update is dezelfde invoegtoepassing met een hogere versie", () => {
    const id = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
    expect(id(uit)).toBe(id(MANIFEST));
    expect(id(uit)).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("zonder basis verandert alleen de versie", () => {
    const zelfde = productie.manifestVoorAdres(MANIFEST, { versie: "9.9.9.0" });
    expect(zelfde).toBe(MANIFEST.replace(/<Version>[^<]*<\/Version>/, "<Version>9.9.9.0</Version>"));
  });

  test("een ontwikkel-URL die de vervanging niet kent, is een fout, geen manifest dat naar localhost wijst", () => {
    const anders = MANIFEST.replace(
      "</AppDomains>",
      "<AppDomain>https://localhost:4000</AppDomain></AppDomains>",
    );
    expect(() => productie.manifestVoorAdres(anders, { ...adres, versie: "1.0.0.0" })).toThrow(/localhost/);
  });
});

describe("webpack.config.js met een basis-URL", () => {
  const oud = { ADDIN_URL: process.env.ADDIN_URL, BRONKAARTEN: process.env.BRONKAARTEN };
  afterEach(() => {
    for (const [k, v] of Object.entries(oud)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  function manifestTransform(config: ReturnType<typeof maakConfig>): (b: Buffer) => string {
    const plugin = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
    const patroon = (plugin?.patterns as { to: string; transform?: (b: Buffer) => string }[]).find(
      (p) => p.to === "manifest.xml",
    );
    if (!patroon?.transform) throw new Error("manifest.xml wordt niet omgezet");
    return patroon.transform;
  }

  test("--env urlProd en ADDIN_URL zetten allebei de basis van het manifest; zonder een van beide blijft het localhost", () => {
    delete process.env.ADDIN_URL;
    const bron = Buffer.from(MANIFEST);
    const viaEnv = manifestTransform(maakConfig({ urlProd: "https://a.example/x" }, { mode: "production" }));
    expect(viaEnv(bron)).toContain('DefaultValue="https://a.example/x/taskpane.html"');
    process.env.ADDIN_URL = "https://b.example/y/";
    const viaOmgeving = manifestTransform(maakConfig({}, { mode: "production" }));
    expect(viaOmgeving(bron)).toContain('DefaultValue="https://b.example/y/functions.json"');
    // --env wins over the environment, as on the command line one expects.
    const beide = manifestTransform(maakConfig({ urlProd: "https://a.example/x" }, { mode: "production" }));
    expect(beide(bron)).toContain("https://a.example/x/");
    delete process.env.ADDIN_URL;
    const zonder = manifestTransform(maakConfig({}, { mode: "production" }))(bron);
    expect(zonder).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    expect(zonder).toContain(`<Version>${productie.manifestVersie(PAKKET_VERSIE)}</Version>`);
  });

  test("een foute basis-URL stopt de configuratie met de Nederlandse melding", () => {
    expect(() => maakConfig({ urlProd: "http://a.example/" }, { mode: "production" })).toThrow(
      /ADDIN_URL "http:\/\/a\.example\/" is niet bruikbaar: het moet met https:\/\/ beginnen/,
    );
    process.env.ADDIN_URL = "https://a.example/x?y";
    expect(() => maakConfig({}, { mode: "production" })).toThrow(/vraagteken/);
  });

  test("npm start negeert ADDIN_URL: de ontwikkelserver blijft het ontwikkelmanifest serveren", () => {
    // The dev server's configuration needs the certificates npm start makes (kept while valid).
    execFileSync(process.execPath, [join(ROOT, "scripts", "dev-certs.js")], { stdio: "pipe" });
    process.env.ADDIN_URL = "https://b.example/y/";
    const config = maakConfig(
      { WEBPACK_SERVE: true, urlProd: "https://a.example/" },
      { mode: "development" },
    );
    expect(manifestTransform(config)(Buffer.from(MANIFEST))).toContain(
      "https://localhost:3000/taskpane.html",
    );
  });

  test("standaard bronkaarten; bronkaarten=nee (of BRONKAARTEN=nee) laat ze weg", () => {
    delete process.env.BRONKAARTEN;
    expect(maakConfig({}, { mode: "production" }).devtool).toBe("source-map");
    expect(maakConfig({ bronkaarten: "nee" }, { mode: "production" }).devtool).toBe(false);
    process.env.BRONKAARTEN = "nee";
    expect(maakConfig({}, { mode: "production" }).devtool).toBe(false);
    expect(maakConfig({ bronkaarten: "ja" }, { mode: "production" }).devtool).toBe("source-map");
  });
});

describe("opties van scripts/pakket.js en servervoorbeelden", () => {
  test("--url gaat vóór ADDIN_URL; bronkaarten alleen met --bronkaarten of BRONKAARTEN=ja", () => {
    expect(pakket.leesOpties([], { ADDIN_URL: "https://a.example/" })).toMatchObject({
      adres: "https://a.example/",
      bronkaarten: false,
    });
    expect(
      pakket.leesOpties(["--url", "https://b.example/", "--bronkaarten"], {
        ADDIN_URL: "https://a.example/",
      }),
    ).toMatchObject({ adres: "https://b.example/", bronkaarten: true });
    expect(pakket.leesOpties([], { BRONKAARTEN: "ja" }).bronkaarten).toBe(true);
    expect(pakket.leesOpties([], {}).adres).toBeUndefined();
    expect(pakket.leesOpties(["--uit", "/tmp/p"], {}).uit).toBe("/tmp/p");
    expect(() => pakket.leesOpties(["--url"], {})).toThrow(/--url heeft een waarde nodig/);
    expect(() => pakket.leesOpties(["--zonder-kaarten"], {})).toThrow(/Onbekende optie --zonder-kaarten/);
  });

  test("web.config is goedgevormd en zet elk MIME-type en elke header uit de ene definitie", () => {
    const fouten: string[] = [];
    const doc = new DOMParser({ onError: (_n, b) => void fouten.push(b) }).parseFromString(
      pakket.webConfig(),
      "text/xml",
    );
    expect(fouten).toEqual([]);
    const mime = Array.from(doc.getElementsByTagName("mimeMap")).map((m) => [
      m.getAttribute("fileExtension"),
      m.getAttribute("mimeType"),
    ]);
    expect(Object.fromEntries(mime)).toEqual(productie.MIME_TYPES);
    expect(productie.MIME_TYPES[".json"]).toMatch(/^application\/json/);
    const headers = Object.fromEntries(
      Array.from(doc.getElementsByTagName("add")).map((a) => [
        a.getAttribute("name"),
        a.getAttribute("value"),
      ]),
    );
    const verwacht = productie.beveiligingsHeaders();
    expect(headers["Content-Security-Policy"]).toBe(productie.contentSecurityPolicy());
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    for (const [naam, waarde] of Object.entries(verwacht)) {
      if (naam === "Cache-Control") continue; // clientCache DisableCache sends it
      expect({ naam, waarde: headers[naam] }).toEqual({ naam, waarde });
    }
    expect(doc.getElementsByTagName("clientCache")[0]?.getAttribute("cacheControlMode")).toBe("DisableCache");
    // Excel shows the page in a frame: nothing may forbid that.
    expect(Object.keys(headers)).not.toContain("X-Frame-Options");
    expect(headers["Content-Security-Policy"]).not.toMatch(/frame-ancestors/);
  });

  test("het nginx-voorbeeld serveert het pad van de basis met de MIME-typen en headers, en verbergt web.config", () => {
    const conf = pakket.nginxVoorbeeld("https://addin.gemeente.example/ontplooj/");
    expect(conf).toMatch(/^location \/ontplooj\/ \{/);
    expect(conf).toContain("application/json json;");
    expect(conf).toContain(
      `add_header Content-Security-Policy "${productie.contentSecurityPolicy()}" always;`,
    );
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain("location = /ontplooj/web.config { return 404; }");
    // Balanced braces: the snippet can be pasted into a server block as it is.
    expect(conf.split("{").length).toBe(conf.split("}").length);
  });
});
