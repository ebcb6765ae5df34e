#!/usr/bin/env node
// npm run build (after tsc): bundles the CLI and its worker thread, from tsc's
// dist/, into dist/bundle/ — a few files instead of ~370 modules (ours, zod's,
// commander's), which is most of a short run's start-up time. The library
// entry (dist/index.js) stays tsc's output; bin/kcn-extract.js picks the
// bundle when it is newer than dist/cli/main.js.
//
// Beyond the defaults, three things a short run would otherwise pay for:
// JSON is emitted as JSON.parse of a string (V8 reads that faster than the
// same data as an object literal), and two node modules (and the ones they
// pull in) that only unused code of our dependencies needs are not loaded.
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

// chalk works out a default colour level for its default instances at load
// (supports-color: loads node:tty and node:os). kcn-extract never uses them:
// color.ts always gives chalk an explicit level.
const noColorDetection = {
  name: 'no-color-detection',
  resolveId(source, importer) {
    return source === '#supports-color' && importer?.includes(`${path.sep}chalk${path.sep}`) ? '\0no-color-detection' : null;
  },
  load(id) {
    return id === '\0no-color-detection' ? 'export default { stdout: false, stderr: false };' : null;
  },
};

// commander requires node:child_process (with net, dgram...) at load, only
// to run executable subcommands, which kcn-extract has none of: load it
// when spawning. Fails the build if commander changes that line.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!id.endsWith(path.join('commander', 'lib', 'command.js'))) return null;
    if (!code.includes(CHILD_PROCESS)) throw new Error(`build-cli: commander's command.js no longer has: ${CHILD_PROCESS}`);
    return code.replace(CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
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
  plugins: [jsonAsParse, noColorDetection, lazyChildProcess],
  logLevel: 'warn',
  output: {
    dir: BUNDLE_DIR,
    format: 'esm',
    cleanDir: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
