// The production facts of the add-in in one place, used by webpack.config.js (the build), scripts/pakket.js
// (the package for IT) and the tests: the check of the base URL the add-in is hosted under, the manifest
// version derived from package.json, the manifest rewritten for that base, the page's Content-Security-Policy
// and the headers and MIME types a web server must send.
//
// Pure functions, no file system: callers pass the texts in.

/** The base every URL in the development manifest (manifest.xml) starts with: the dev server. */
const ONTWIKKEL_BASIS = "https://localhost:3000/";
const ONTWIKKEL_ORIGIN = "https://localhost:3000";

/** Microsoft's CDN for office.js; Office requires add-ins to load it from there. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const VOORBEELD = "ADDIN_URL=https://addins.gemeente.nl/ontplooj/";

/** A refusal of the base URL or the version: its message is meant for the person who runs the build. */
class ProductieFout extends Error {
  constructor(bericht) {
    super(bericht);
    this.name = "ProductieFout";
  }
}

function weiger(ruw, reden) {
  return new ProductieFout(
    `ADDIN_URL ${JSON.stringify(ruw)} is niet bruikbaar: ${reden}. ` +
      `Geef het https-adres van de map waarin de bestanden van de invoegtoepassing staan, bijvoorbeeld ${VOORBEELD}`,
  );
}

/**
 * Checks the base URL the add-in will be hosted under and returns it normalised: with a trailing slash
 * (the folder the files are in) and its origin (for AppDomains). Refuses, with a Dutch message that says
 * what to give instead, anything Office cannot use or that would silently end up as a different URL:
 * no https, a query or fragment, user name or password, an empty segment (double slash), `.` or `..`
 * segments, spaces or characters that need escaping, a file name instead of a folder, a development host.
 */
function controleerAddinUrl(ruw) {
  if (ruw === undefined || ruw === null || ruw === true || ruw === "") {
    throw new ProductieFout(
      `ADDIN_URL ontbreekt of is leeg: geef het https-adres van de map waarin de bestanden van de invoegtoepassing komen, bijvoorbeeld ${VOORBEELD} npm run package`,
    );
  }
  if (typeof ruw !== "string") throw weiger(String(ruw), "dit is geen adres");
  if (/\s/.test(ruw))
    throw weiger(ruw, "het bevat een spatie, tab of regeleinde (ook aan het begin of eind)");
  if (!/^https:\/\//i.test(ruw)) {
    throw weiger(ruw, "het moet met https:// beginnen; Office laadt invoegtoepassingen alleen via https");
  }
  if (ruw.includes("?"))
    throw weiger(ruw, "er staat een vraagteken (query) in; alleen het mapadres hoort erin");
  if (ruw.includes("#")) throw weiger(ruw, "er staat een # (fragment) in; alleen het mapadres hoort erin");
  if (ruw.includes("\\"))
    throw weiger(ruw, "er staat een backslash in; gebruik / tussen de delen van het pad");
  let url;
  try {
    url = new URL(ruw);
  } catch {
    throw weiger(ruw, "het is geen geldig adres");
  }
  if (url.username || url.password) throw weiger(ruw, "er staan een gebruikersnaam of wachtwoord in");
  const host = url.hostname;
  if (!host) throw weiger(ruw, "de servernaam ontbreekt");
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i.test(host) || /\.localhost$/i.test(host)) {
    throw weiger(ruw, "dat is een ontwikkeladres; voor ontwikkelen is er npm start");
  }
  // The path as typed (new URL() would quietly resolve `..`, collapse nothing and percent-encode).
  const naHost = ruw.replace(/^https:\/\/[^/]*/i, "");
  if (naHost.includes("//")) throw weiger(ruw, "het pad bevat een dubbele slash (//)");
  const segmenten = naHost.split("/").filter((s) => s !== "");
  for (const segment of segmenten) {
    if (segment === "." || segment === "..") throw weiger(ruw, `het pad bevat het deel "${segment}"`);
    if (!/^[A-Za-z0-9._~-]+$/.test(segment)) {
      throw weiger(
        ruw,
        `het pad-deel "${segment}" bevat andere tekens dan letters, cijfers en . _ ~ - (bijvoorbeeld & of %)`,
      );
    }
  }
  const laatste = segmenten[segmenten.length - 1] ?? "";
  if (/\.(html?|xml|js|json|aspx?|php)$/i.test(laatste)) {
    throw weiger(ruw, `het eindigt op het bestand "${laatste}"; geef de map waarin de bestanden staan`);
  }
  const origin = url.origin; // lower-case host, default port dropped
  const basis = origin + "/" + segmenten.map((s) => s + "/").join("");
  return { basis, origin };
}

/**
 * The manifest version for a package.json version: Office wants one to four numeric parts of at most five
 * digits; the build always writes four (0.1.0 -> 0.1.0.0). A pre-release (1.0.0-beta.1) is refused: its
 * number would equal the release's, and Office only picks up a manifest whose version is higher.
 */
function manifestVersie(pakketVersie) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(pakketVersie));
  if (!m) {
    throw new ProductieFout(
      `De versie ${JSON.stringify(pakketVersie)} in package.json past niet in de vorm die Office voor <Version> eist ` +
        "(drie getallen van hoogstens vijf cijfers, zonder achtervoegsel zoals -beta). " +
        "Zet een gewone versie, bijvoorbeeld met npm version patch.",
    );
  }
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

/**
 * The development manifest rewritten for a base URL: every URL under that base, AppDomains the base's
 * origin, <Version> from package.json. <Id> stays as it is: Office recognises an update by the same Id
 * with a higher version. Without a base the development URLs stay, and only the version is set.
 */
function manifestVoorAdres(xml, { basis, origin, versie }) {
  let uit = xml;
  const versies = uit.match(/<Version>[^<]*<\/Version>/g) || [];
  if (versies.length !== 1)
    throw new Error(`manifest.xml: verwacht één <Version>, gevonden ${versies.length}`);
  uit = uit.replace(/<Version>[^<]*<\/Version>/, `<Version>${versie}</Version>`);
  if (!basis) return uit;
  uit = uit.split(ONTWIKKEL_BASIS).join(basis);
  uit = uit.split(`<AppDomain>${ONTWIKKEL_ORIGIN}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`);
  // Any development URL left (a new element written another way) would send users to localhost.
  if (/localhost/i.test(uit)) {
    throw new Error(
      "manifest.xml: na het vervangen staat er nog een localhost-adres in; pas productie.js aan",
    );
  }
  return uit;
}

/** Content-Security-Policy of the page: the add-in loads its own files and Office's office.js, nothing else. */
function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    `script-src 'self' ${new URL(OFFICE_JS_CDN).origin}`,
    // Fluent UI (Griffel) inserts its generated CSS rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The MIME types the web server must send for the files of the package. Excel refuses functions.json
 * served as anything but JSON; older IIS versions know no .json at all.
 */
const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Response headers for every file. No X-Frame-Options and no frame-ancestors: Excel shows the page in a
 * frame (on the web inside Microsoft's own pages). no-cache makes browsers revalidate, so a new release
 * (same file names) is picked up at once instead of after a cache lifetime.
 */
function beveiligingsHeaders() {
  return {
    "Content-Security-Policy": contentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}

module.exports = {
  ONTWIKKEL_BASIS,
  OFFICE_JS_CDN,
  ProductieFout,
  controleerAddinUrl,
  manifestVersie,
  manifestVoorAdres,
  contentSecurityPolicy,
  MIME_TYPES,
  beveiligingsHeaders,
};
