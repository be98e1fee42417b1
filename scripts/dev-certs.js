// Development certificates for https://localhost:3000, generated offline and without sudo into
// .certs/ (git-ignored): ca.crt (a private CA), localhost.crt and localhost.key.
// `node scripts/dev-certs.js` keeps valid certificates; `--opnieuw` makes new ones; `--map <dir>`
// writes elsewhere (the tests use it).
// To let a browser or Excel trust the dev server, trust .certs/ca.crt once in your OS or browser
// (on Windows/macOS `npx office-addin-dev-certs install` does that for its own CA, with admin rights).
const { X509Certificate } = require("crypto");
const fs = require("fs");
const path = require("path");
const { generateCertificates } = require("office-addin-dev-certs/lib/generate");

const mapArg = process.argv.indexOf("--map");
const MAP = mapArg > 0 ? path.resolve(process.argv[mapArg + 1]) : path.resolve(__dirname, "..", ".certs");
const CA = path.join(MAP, "ca.crt");
const CERT = path.join(MAP, "localhost.crt");
const SLEUTEL = path.join(MAP, "localhost.key");
const DAGEN = 30;
const DOMEINEN = ["localhost", "127.0.0.1"];

function nogGeldig() {
  if (![CA, CERT, SLEUTEL].every((f) => fs.existsSync(f))) return false;
  const cert = new X509Certificate(fs.readFileSync(CERT));
  // Renew a day before expiry so a dev session never runs into an expired certificate.
  return new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000;
}

async function main() {
  const opnieuw = process.argv.includes("--opnieuw");
  if (!opnieuw && nogGeldig()) {
    console.log(`Ontwikkelcertificaten in ${MAP} zijn nog geldig.`);
    return;
  }
  // generateCertificates only writes when ca.crt is absent.
  for (const f of [CA, CERT, SLEUTEL]) fs.rmSync(f, { force: true });
  await generateCertificates(CA, CERT, SLEUTEL, DAGEN, DOMEINEN);
  fs.chmodSync(SLEUTEL, 0o600);
  console.log(
    `Ontwikkelcertificaten geschreven naar ${MAP} (${DAGEN} dagen geldig voor ${DOMEINEN.join(", ")}).`,
  );
}

main().catch((fout) => {
  console.error(fout instanceof Error ? fout.message : String(fout));
  process.exit(1);
});
