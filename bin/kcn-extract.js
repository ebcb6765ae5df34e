#!/usr/bin/env node
// Thin shell: all logic lives in the library; this only runs it and sets the exit code.
// It runs the bundle of `npm run build` (dist/bundle/, with its code cache:
// start-up time) unless a later bare `tsc` made dist/cli/ newer: then
// dist/cli/main.js, so a stale bundle is never what runs. CommonJS
// (bin/package.json): the bundle needs no ES module loader, and Node's costs
// a short run a few milliseconds.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const modified = (file) => fs.statSync(path.join(__dirname, file), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = '../dist/bundle/kcn-extract.cjs';
const useBundle = modified(bundle) >= 0 && modified(bundle) >= modified('../dist/cli/main.js');

(async () => {
  const { main } = useBundle
    ? require('../dist/bundle/loader.cjs').loadBundle(path.join(__dirname, bundle)).exports
    : await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
  // Interrupted (130/143): stdin may still hold the event loop open; leave now.
  if (process.exitCode >= 128) process.exit();
})();
