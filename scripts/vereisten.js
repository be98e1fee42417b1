#!/usr/bin/env node
// Makes a fresh clone ready for `npm test` / `npm run demo` without extra steps: installs the
// npm packages from the lockfile when node_modules is missing, and, for the tests, the Debian
// packages the real-part tests use (Chromium for the task pane, LibreOffice for recalculation)
// when they are missing and this user may install them (root, or sudo without a password).
// Nothing happens when everything is present, so it costs a few milliseconds on a ready machine.
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");

/** Debian package per command the tests need. */
const DEBIAN = [
  { opdracht: "chromium", pakket: "chromium", waarvoor: "de browsertest van het taakvenster" },
  { opdracht: "libreoffice", pakket: "libreoffice-calc", waarvoor: "het narekenen van gevulde werkmappen" },
  { opdracht: "pdftoppm", pakket: "poppler-utils", waarvoor: "het tekenen van de grafieken als afbeelding" },
];

function aanwezig(opdracht) {
  return spawnSync("sh", ["-c", `command -v ${opdracht}`], { stdio: "ignore" }).status === 0;
}

function draai(opdracht, args, opties = {}) {
  const r = spawnSync(opdracht, args, { stdio: "inherit", cwd: ROOT, ...opties });
  return r.status === 0;
}

function npmPakketten() {
  if (existsSync(join(ROOT, "node_modules", ".package-lock.json"))) return true;
  console.error("node_modules ontbreekt: npm ci installeert de pakketten uit package-lock.json (eenmalig).");
  return draai("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** How to run apt-get as root here: directly, through sudo without a password, or not at all. */
function alsRoot() {
  if (typeof process.getuid === "function" && process.getuid() === 0) return [];
  if (aanwezig("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0)
    return ["sudo", "-n"];
  return undefined;
}

function debianPakketten() {
  const ontbrekend = DEBIAN.filter((d) => !aanwezig(d.opdracht));
  if (ontbrekend.length === 0) return true;
  const namen = ontbrekend.map((d) => d.pakket);
  const uitleg = ontbrekend.map((d) => `${d.pakket} (${d.waarvoor})`).join(", ");
  const root = alsRoot();
  if (!aanwezig("apt-get") || root === undefined) {
    console.error(
      `Ontbreekt: ${uitleg}. Installeer als beheerder: apt-get install -y --no-install-recommends ${namen.join(" ")}`,
    );
    return false;
  }
  console.error(`Ontbreekt: ${uitleg}. Installeren met apt-get (eenmalig) …`);
  const [prefix, ...prefixArgs] = root.length > 0 ? root : ["env"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const ok =
    draai(prefix, [...prefixArgs, "apt-get", "update", "-qq"], { env }) &&
    draai(prefix, [...prefixArgs, "apt-get", "install", "-y", "-qq", "--no-install-recommends", ...namen], {
      env,
    });
  if (!ok)
    console.error(
      `apt-get kon ${namen.join(" ")} niet installeren; de tests die ze nodig hebben falen of worden overgeslagen.`,
    );
  return ok;
}

const voorTests = process.argv.includes("--tests");
if (!npmPakketten()) process.exit(1);
// Missing Debian packages are reported, not fatal here: the tests that need them say so themselves.
if (voorTests) debianPakketten();
