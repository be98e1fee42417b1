#!/usr/bin/env node
// `npm run -s cli -- <opdracht> …` and `npm run -s demo`: the built command line, rebuilt first
// when a source file changed since the last build (a few milliseconds to check, under a second to
// build), so the script never runs stale code and never needs tsx.
const { bundelActueel } = require("./bouw-cli");

require(bundelActueel()).start(process.argv.slice(2));
