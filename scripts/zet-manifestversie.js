// Writes package.json's version into manifest.xml's <Version> (four parts). npm runs this as the
// "version" script, so `npm version patch` bumps both in one commit; the build writes the same version
// into every manifest it produces (scripts/productie.js), and a test keeps the two equal.
const fs = require("fs");
const path = require("path");
const { ProductieFout, manifestVersie, manifestVoorAdres } = require("./productie");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

try {
  const versie = manifestVersie(require(path.join(ROOT, "package.json")).version);
  const oud = fs.readFileSync(MANIFEST, "utf8");
  const nieuw = manifestVoorAdres(oud, { versie });
  if (nieuw !== oud) fs.writeFileSync(MANIFEST, nieuw);
  console.log(`manifest.xml: <Version>${versie}</Version>`);
} catch (fout) {
  console.error(fout instanceof ProductieFout ? fout.message : String(fout));
  process.exit(2);
}
