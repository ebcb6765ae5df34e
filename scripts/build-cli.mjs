#!/usr/bin/env node
// npm run build (after tsc): bundles the CLI and its worker thread, from tsc's
// dist/, into dist/bundle/ — a few files instead of ~370 modules (ours, zod's,
// commander's), which is most of a short run's start-up time. The library
// entry (dist/index.js) stays tsc's output; bin/kcn-extract.js picks the
// bundle when it is newer than dist/cli/main.js.
//
// Inputs, outputs and the one non-default: JSON is emitted as JSON.parse of
// a string, which V8 reads faster than the same data as an object literal.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const BUNDLE_DIR = path.join(dist, 'bundle');

const jsonAsParse = {
  name: 'json-as-parse',
  load(id) {
    if (!id.endsWith('.json')) return null;
    const text = JSON.stringify(JSON.parse(fs.readFileSync(id, 'utf8')));
    return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
  },
};

if (!fs.existsSync(path.join(dist, 'cli', 'main.js'))) {
  console.error('build-cli: dist/cli/main.js is missing; run tsc first (npm run build does both)');
  process.exit(1);
}

await build({
  cwd: root,
  input: {
    'kcn-extract': path.join(dist, 'cli', 'main.js'),
    // pool.ts starts worker.js from beside itself: here, the bundled one.
    worker: path.join(dist, 'cli', 'worker.js'),
  },
  platform: 'node',
  external: [/^node:/],
  plugins: [jsonAsParse],
  logLevel: 'warn',
  output: {
    dir: BUNDLE_DIR,
    format: 'esm',
    cleanDir: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
