// npm run package: the folder (and zip) an IT department copies as it is to a static https web server.
//
//   ADDIN_URL=https://addins.gemeente.nl/ontplooj/ npm run package
//   npm run package -- --url https://addins.gemeente.nl/ontplooj/ [--bronkaarten] [--uit <map>]
//
// Builds the add-in for that base URL (webpack, office.js from Microsoft's CDN, no source maps unless
// --bronkaarten or BRONKAARTEN=ja), adds LEESMIJ.txt for the web administrator and web.config (IIS reads
// it; other servers ignore it), and zips the folder. Refuses without a proper https base URL.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const {
  ProductieFout,
  controleerAddinUrl,
  manifestVersie,
  MIME_TYPES,
  beveiligingsHeaders,
} = require("./productie");

const ROOT = path.resolve(__dirname, "..");
const WEBPACK_CLI = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

/** The options from the command line and the environment; the command line wins. */
function leesOpties(argv, omgeving) {
  const waarde = (vlag) => {
    const i = argv.indexOf(vlag);
    if (i < 0) return undefined;
    const w = argv[i + 1];
    if (w === undefined || w.startsWith("--")) throw new ProductieFout(`${vlag} heeft een waarde nodig.`);
    return w;
  };
  const bekend = new Set(["--url", "--uit", "--bronkaarten"]);
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) continue;
    if (!bekend.has(argv[i])) {
      throw new ProductieFout(`Onbekende optie ${argv[i]}; bekend zijn --url, --uit en --bronkaarten.`);
    }
  }
  const bronkaartenOmgeving = String(omgeving.BRONKAARTEN ?? "").toLowerCase();
  return {
    adres: waarde("--url") ?? omgeving.ADDIN_URL,
    uit: path.resolve(waarde("--uit") ?? path.join(ROOT, "out", "pakket")),
    bronkaarten: argv.includes("--bronkaarten") || ["ja", "1", "true"].includes(bronkaartenOmgeving),
  };
}

/** Every file under a folder, as sorted paths with forward slashes relative to it. */
function bestandenIn(map) {
  const uit = [];
  const loop = (rel) => {
    for (const naam of fs.readdirSync(path.join(map, rel), { withFileTypes: true })) {
      const pad = rel ? `${rel}/${naam.name}` : naam.name;
      if (naam.isDirectory()) loop(pad);
      else uit.push(pad);
    }
  };
  loop("");
  return uit.sort();
}

function xmlAttribuut(tekst) {
  return tekst.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** IIS configuration for the package folder: MIME types, security headers, revalidation. */
function webConfig() {
  const headers = beveiligingsHeaders();
  const mime = Object.entries(MIME_TYPES)
    .map(
      ([ext, type]) =>
        `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type}" />`,
    )
    .join("\n");
  const eigen = Object.entries(headers)
    .filter(([naam]) => naam !== "Cache-Control")
    .map(
      ([naam, w]) =>
        `        <remove name="${naam}" />\n        <add name="${naam}" value="${xmlAttribuut(w)}" />`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Ontplooj afrekening: instellingen voor IIS (andere webservers negeren dit bestand; zie LEESMIJ.txt).
     Geen X-Frame-Options en geen frame-ancestors: Excel toont de pagina in een frame. -->
<configuration>
  <system.webServer>
    <staticContent>
${mime}
      <!-- Cache-Control: no-cache: browsers vragen na elke nieuwe versie meteen de nieuwe bestanden op. -->
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
${eigen}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
`;
}

/** The nginx example for a base URL: one location block for the package folder. */
function nginxVoorbeeld(basis) {
  const pad = new URL(basis).pathname;
  const types = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `        ${type.split(";")[0]} ${ext.slice(1)};`)
    .join("\n");
  const headers = Object.entries(beveiligingsHeaders())
    .map(([naam, w]) => `    add_header ${naam} "${w}" always;`)
    .join("\n");
  return `location ${pad} {
    alias /var/www/ontplooj-afrekening/;   # de map uit dit pakket
    types {
${types}
    }
    charset utf-8;
    charset_types text/html text/javascript application/json application/xml text/plain;
${headers}
}
location = ${pad}web.config { return 404; }`;
}

/** LEESMIJ.txt: what the web administrator must do with this folder, in Dutch. */
function leesMij({ basis, versie, bestanden, bronkaarten }) {
  const mime = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `  ${ext.padEnd(6)} ${type}`)
    .join("\n");
  const headers = Object.entries(beveiligingsHeaders())
    .map(([naam, w]) => `  ${naam}: ${w}`)
    .join("\n");
  return `Ontplooj afrekening - Excel-invoegtoepassing, versie ${versie}
Gebouwd voor: ${basis}

Voor de beheerder van de webserver
==================================

1. Kopieer de inhoud van deze map ongewijzigd naar de map op de webserver die als
   ${basis}
   bereikbaar is (https, met een geldig certificaat dat de werkplekken vertrouwen).
   Controle: ${basis}manifest.xml en ${basis}functions.json openen in een browser.

2. Deze bestanden horen erbij (${bestanden.length}):
${bestanden.map((b) => `   ${b}`).join("\n")}
${bronkaarten ? "   De .map-bestanden (bronkaarten) zijn alleen voor ontwikkelaars; ze mogen ook weg.\n" : ""}
3. MIME-types (Excel weigert functions.json als dat niet als JSON komt):
${mime}

4. Headers voor elk bestand (IIS: web.config in deze map regelt 3 en 4 al):
${headers}
   Zet GEEN X-Frame-Options en geen frame-ancestors: Excel toont de pagina in een frame
   (Excel op het web binnen de pagina's van Microsoft).
   Geen inlog, geen omleiding naar een inlogpagina: Excel haalt de bestanden zonder gebruiker op.

5. nginx (voorbeeld; pas het pad van alias aan):
${nginxVoorbeeld(basis)
  .split("\n")
  .map((r) => `   ${r}`)
  .join("\n")}

6. Daarna uploadt de beheerder van Microsoft 365 het bestand manifest.xml in het
   Microsoft 365-beheercentrum (Instellingen > Geïntegreerde apps). Zie docs/installatie.md
   in de broncode voor de hele route, ook voor een nieuwe versie.

Een nieuwe versie: vervang alle bestanden in de map tegelijk en upload daarna het nieuwe
manifest.xml (hogere versie) in het beheercentrum.
`;
}

/** The zip: the folder's files under one top folder with the folder's name. */
async function maakZip(map, bestanden, zipPad) {
  const zip = new JSZip();
  const top = path.basename(map);
  for (const b of bestanden) zip.file(`${top}/${b}`, fs.readFileSync(path.join(map, b)));
  const inhoud = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync(zipPad, inhoud);
}

async function main() {
  const opties = leesOpties(process.argv.slice(2), process.env);
  const { basis } = controleerAddinUrl(opties.adres);
  const pakket = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const versie = manifestVersie(pakket.version);
  const map = path.join(opties.uit, `${pakket.name}-${pakket.version}`);
  const zipPad = `${map}.zip`;
  fs.rmSync(zipPad, { force: true });

  const bouw = spawnSync(
    process.execPath,
    [
      WEBPACK_CLI,
      "--mode",
      "production",
      "--env",
      `urlProd=${basis}`,
      "--env",
      `bronkaarten=${opties.bronkaarten ? "ja" : "nee"}`,
      "--env",
      "officejs=cdn",
      "--output-path",
      map,
      "--stats",
      "errors-warnings",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (bouw.status !== 0) {
    console.error("Pakket niet gemaakt: het bouwen mislukte (zie de meldingen hierboven).");
    process.exit(bouw.status || 1);
  }

  fs.writeFileSync(path.join(map, "web.config"), webConfig());
  const webBestanden = [...bestandenIn(map), "LEESMIJ.txt"].sort();
  fs.writeFileSync(
    path.join(map, "LEESMIJ.txt"),
    leesMij({ basis, versie, bestanden: webBestanden, bronkaarten: opties.bronkaarten }),
  );
  const bestanden = bestandenIn(map);
  await maakZip(map, bestanden, zipPad);

  const toon = (p) =>
    path.relative(process.cwd(), p).startsWith("..") ? p : path.relative(process.cwd(), p);
  console.log(`Pakket voor ${basis} (versie ${versie}):`);
  console.log(`  map: ${toon(map)} (${bestanden.length} bestanden)`);
  console.log(`  zip: ${toon(zipPad)}`);
  console.log("Lees LEESMIJ.txt in de map; de route voor IT staat in docs/installatie.md.");
}

if (require.main === module) {
  main().catch((fout) => {
    if (fout instanceof ProductieFout) {
      console.error(`Pakket niet gemaakt. ${fout.message}`);
      process.exit(2);
    }
    console.error(`Pakket niet gemaakt: ${fout.message}`);
    process.exit(1);
  });
}

module.exports = { leesOpties, bestandenIn, webConfig, nginxVoorbeeld, leesMij };
