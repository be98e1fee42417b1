#!/usr/bin/env node
// Builds the command line to one plain JavaScript file, dist-cli/ontplooj.js (the package's
// `ontplooj` bin), so it starts with Node alone: no tsx, no TypeScript at run time. Runs from
// `prepare` (so `npm ci` builds it) and from `npm run build`; `npm run cli` rebuilds it when a
// source file is newer (scripts/cli.js). Bundled from src/cli/main.ts, so every command it lists
// comes along; run as a script the bundle starts itself (main.ts's `require.main === module`).
// Not in dist/: webpack empties that folder, and it is the add-in's web folder.
const { chmodSync, existsSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const UIT_MAP = join(ROOT, "dist-cli");
const BUNDEL = join(UIT_MAP, "ontplooj.js");
/** esbuild's list of the bundle's inputs, for the freshness check. */
const INVOER_LIJST = join(UIT_MAP, "invoer.json");

/** Builds the bundle to `uit` (default dist-cli/ontplooj.js) and returns its path. */
function bouwCli(uit = BUNDEL) {
  const esbuild = require("esbuild");
  const r = esbuild.buildSync({
    entryPoints: [join(ROOT, "src", "cli", "main.ts")],
    outfile: uit,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // exceljs (1 MB, half a second to load) is only for the sample generators and tests; kept out
    // of the bundle, so a command that ever needs it imports it from node_modules when it runs.
    external: ["exceljs"],
    banner: { js: "#!/usr/bin/env node" },
    // Smaller is faster to compile at every start; keepNames keeps class names in messages.
    minify: true,
    keepNames: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    absWorkingDir: ROOT,
  });
  chmodSync(uit, 0o755); // runnable as ./dist-cli/ontplooj.js too, through its #! line
  if (uit === BUNDEL) {
    writeFileSync(INVOER_LIJST, JSON.stringify(Object.keys(r.metafile.inputs)));
  }
  return uit;
}

/** True when the bundle exists and no input esbuild used is newer than it. */
function isVers() {
  let gebouwd;
  try {
    gebouwd = statSync(BUNDEL).mtimeMs;
    const invoer = JSON.parse(readFileSync(INVOER_LIJST, "utf8"));
    return invoer.every((pad) => statSync(join(ROOT, pad)).mtimeMs <= gebouwd);
  } catch {
    return false; // no bundle, no list, or an input that is gone: build again
  }
}

/**
 * The bundle's path, rebuilt first when it is missing or older than a source file. Without esbuild
 * (an install without devDependencies) an existing bundle is used as it is.
 */
function bundelActueel() {
  if (isVers()) return BUNDEL;
  try {
    return bouwCli();
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND" && existsSync(BUNDEL)) return BUNDEL;
    throw e;
  }
}

module.exports = { BUNDEL, bouwCli, bundelActueel, isVers };

if (require.main === module) {
  try {
    bouwCli();
  } catch (e) {
    // `prepare` (--als-mogelijk) must not break an install without devDependencies (no esbuild).
    if (process.argv.includes("--als-mogelijk") && e && e.code === "MODULE_NOT_FOUND") {
      console.error(
        "esbuild ontbreekt (installatie zonder devDependencies): de opdrachtregel is niet gebouwd.",
      );
      process.exit(0);
    }
    console.error(`De opdrachtregel kon niet worden gebouwd: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
