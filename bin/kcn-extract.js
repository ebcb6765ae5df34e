#!/usr/bin/env node
// Thin shell: all logic lives in the library; this only runs it and sets the exit code.
// It runs the bundle of `npm run build` (dist/bundle/, with its code cache:
// start-up time) unless a later bare `tsc` made dist/cli/ newer: then
// dist/cli/main.js, so a stale bundle is never what runs.
import fs from 'node:fs';

const modified = (file) => fs.statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = '../dist/bundle/kcn-extract.cjs';
const useBundle = modified(bundle) >= 0 && modified(bundle) >= modified('../dist/cli/main.js');
const { main } = useBundle
  ? (await import('../dist/cli/bundle-loader.js')).loadBundle(new URL(bundle, import.meta.url)).exports
  : await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
// Interrupted (130/143): stdin may still hold the event loop open; leave now.
if (process.exitCode >= 128) process.exit();
