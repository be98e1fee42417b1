// The build wiring (webpack.config.js) and the privacy settings of the development tools.
import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface HtmlOpties {
  filename: string;
  template: string;
  chunks: string[];
  templateParameters: { officeJsUrl: string; contentSecurityPolicy: string };
}
interface WebpackConfig {
  entry: Record<string, string | { import: string; dependOn?: string }>;
  plugins: { constructor: { name: string }; options?: unknown; userOptions?: unknown; patterns?: unknown }[];
  module: { rules: { use?: { loader: string; options: { configFile: string } } }[] };
  devtool: string;
  devServer: { port: number };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const maakConfig = require(join(ROOT, "webpack.config.js")) as (env?: object, argv?: object) => WebpackConfig;

function htmlOpties(config: WebpackConfig): HtmlOpties {
  const plugin = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
  if (!plugin) throw new Error("geen HtmlWebpackPlugin");
  return plugin.userOptions as HtmlOpties;
}

function kopieerBestemmingen(config: WebpackConfig): string[] {
  const plugin = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
  if (!plugin) throw new Error("geen CopyWebpackPlugin");
  return (plugin.patterns as { to: string }[]).map((p) => p.to);
}

describe("webpack.config.js", () => {
  const oud = process.env.OFFICE_JS;
  afterEach(() => {
    if (oud === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = oud;
  });

  test("twee ingangen, één pagina die beide bundels laadt (gedeelde runtime), de kern één keer", () => {
    const config = maakConfig({}, { mode: "production" });
    // functions.js stays whole on its own; taskpane.js uses the modules functions.js already holds.
    expect(config.entry).toEqual({
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    });
    const html = htmlOpties(config);
    expect(html.filename).toBe("taskpane.html");
    expect(html.chunks).toEqual(["functions", "taskpane"]);
    const metadata = config.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin");
    expect(metadata?.options).toEqual({ output: "functions.json", input: "./src/functions/functions.ts" });
    expect(config.devServer.port).toBe(3000);
    expect(config.devtool).not.toMatch(/eval/); // the CSP forbids eval
  });

  test("productiepagina's laden office.js van het CDN van Microsoft en leveren er geen kopie van mee", () => {
    delete process.env.OFFICE_JS;
    const config = maakConfig({}, { mode: "production" });
    expect(htmlOpties(config).templateParameters.officeJsUrl).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect(kopieerBestemmingen(config).filter((t) => t.startsWith("office-js/"))).toEqual([]);
  });

  test("OFFICE_JS=local of --env officejs=local serveert een lokale office.js voor offline browsertests", () => {
    process.env.OFFICE_JS = "local";
    const viaOmgeving = maakConfig({}, { mode: "production" });
    delete process.env.OFFICE_JS;
    const viaEnv = maakConfig({ officejs: "local" }, { mode: "production" });
    for (const config of [viaOmgeving, viaEnv]) {
      expect(htmlOpties(config).templateParameters.officeJsUrl).toBe("office-js/office.js");
      expect(kopieerBestemmingen(config)).toContain("office-js/office.js");
    }
    const bron = join(ROOT, "node_modules", "@microsoft", "office-js", "dist", "office.js");
    expect(existsSync(bron)).toBe(true);
  });

  test("de Content-Security-Policy staat scripts alleen toe van de invoegtoepassing en het CDN van Office, geen andere verbindingen", () => {
    const csp = htmlOpties(maakConfig({}, { mode: "production" })).templateParameters.contentSecurityPolicy;
    const regels = new Map(
      csp.split(";").map((r) => {
        const [naam, ...waarden] = r.trim().split(/\s+/);
        return [naam, waarden] as const;
      }),
    );
    expect(regels.get("default-src")).toEqual(["'self'"]);
    expect(regels.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(regels.get("connect-src")).toEqual(["'self'"]);
    expect(regels.get("object-src")).toEqual(["'none'"]);
    const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    expect(template).toContain(
      '<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" />',
    );
  });

  test("ts-loader compileert ES-modules (tree-shaking); jest houdt commonjs", () => {
    const config = maakConfig({}, { mode: "production" });
    const tsRegel = config.module.rules.find((r) => r.use?.loader === "ts-loader");
    expect(tsRegel?.use?.options.configFile).toBe(join(ROOT, "tsconfig.webpack.json"));
    const webpackTs = JSON.parse(readFileSync(join(ROOT, "tsconfig.webpack.json"), "utf8")) as {
      extends: string;
      compilerOptions: { module: string; moduleResolution: string };
    };
    expect(webpackTs.extends).toBe("./tsconfig.json");
    expect(webpackTs.compilerOptions).toMatchObject({ module: "esnext", moduleResolution: "bundler" });
    const basis = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8")) as {
      compilerOptions: { module: string };
    };
    expect(basis.compilerOptions.module).toBe("commonjs");
  });
});

describe("scripts/dev-certs.js (npm start)", () => {
  test("maakt offline en zonder sudo een CA en een localhost-certificaat, en houdt ze zolang ze geldig zijn", () => {
    const map = mkdtempSync(join(tmpdir(), "certs-"));
    const script = join(ROOT, "scripts", "dev-certs.js");
    const eerste = execFileSync(process.execPath, [script, "--map", map], { encoding: "utf8" });
    expect(eerste).toMatch(/Ontwikkelcertificaten geschreven/);
    const cert = new X509Certificate(readFileSync(join(map, "localhost.crt")));
    const ca = new X509Certificate(readFileSync(join(map, "ca.crt")));
    expect(cert.subjectAltName).toMatch(/DNS:localhost/);
    expect(cert.subjectAltName).toMatch(/IP Address:127\.0\.0\.1/);
    expect(cert.checkIssued(ca)).toBe(true);
    const dagen = (Date.parse(cert.validTo) - Date.now()) / 86400000;
    expect(dagen).toBeGreaterThan(29);
    expect(dagen).toBeLessThan(31);
    expect(statSync(join(map, "localhost.key")).mode & 0o077).toBe(0); // the key is private
    const tweede = execFileSync(process.execPath, [script, "--map", map], { encoding: "utf8" });
    expect(tweede).toMatch(/nog geldig/);
  });

  test("de ontwikkelserver is https op poort 3000 met die certificaten; zonder certificaten zegt hij wat te draaien", () => {
    const serveer = () =>
      maakConfig({ WEBPACK_SERVE: true }, { mode: "development" }) as unknown as {
        devServer: { port: number; server: { type: string; options: { cert: Buffer } } };
      };
    if (existsSync(join(ROOT, ".certs", "localhost.key"))) {
      const config = serveer();
      expect(config.devServer.port).toBe(3000);
      expect(config.devServer.server.type).toBe("https");
      expect(config.devServer.server.options.cert.toString()).toMatch(/BEGIN CERTIFICATE/);
    } else {
      expect(serveer).toThrow(/node scripts\/dev-certs\.js/);
    }
  });
});

describe("gebruiksgegevens van de office-addin-*-hulpmiddelen", () => {
  /** Every installed copy of office-addin-usage-data (the tools nest their own versions). */
  function kopieen(): string[] {
    const nm = join(ROOT, "node_modules");
    const gevonden: string[] = [];
    const kandidaten = [nm, ...readdirSync(nm).map((d) => join(nm, d, "node_modules"))];
    for (const map of kandidaten) {
      const pad = join(map, "office-addin-usage-data");
      if (existsSync(join(pad, "package.json"))) gevonden.push(pad);
    }
    return gevonden;
  }

  test("elke geïnstalleerde kopie is de versie waarvan het rapporteren niets doet, ook als gevraagd wordt het aan te zetten", () => {
    const paden = kopieen();
    expect(paden.length).toBeGreaterThan(0);
    for (const pad of paden) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(pad, "lib", "usageData.js")) as {
        OfficeAddinUsageData: new (o: object) => { isUsageDataOn(): boolean; getUsageDataLevel(): string };
      };
      const data = new mod.OfficeAddinUsageData({
        projectName: "ontplooj",
        instrumentationKey: "test",
        usageDataLevel: "on",
        raisePrompt: false,
      });
      expect({ pad, aan: data.isUsageDataOn(), niveau: data.getUsageDataLevel() }).toEqual({
        pad,
        aan: false,
        niveau: "off",
      });
    }
  });

  test("de scripts die office-addin-*-hulpmiddelen draaien, zetten eerst de gebruiksgegevens uit", () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    for (const naam of ["start", "validate"]) {
      expect({ naam, script: scripts[naam] }).toEqual({
        naam,
        script: expect.stringMatching(/^office-addin-usage-data off && /),
      });
    }
  });

  test("er is geen telemetrieclient (Application Insights) geïnstalleerd", () => {
    expect(existsSync(join(ROOT, "node_modules", "applicationinsights"))).toBe(false);
  });
});
