#!/usr/bin/env node
// npm run build (after tsc): bundles the CLI and its worker thread, from tsc's
// dist/, into dist/bundle/ — a few files instead of ~370 modules (ours, zod's,
// commander's), which is most of a short run's start-up time. The library
// entry (dist/index.js) stays tsc's output; bin/kcn-extract.js picks the
// bundle when it is newer than dist/cli/main.js.
//
// Beyond the defaults, what a short run would otherwise pay for: JSON is
// emitted as JSON.parse of a string (V8 reads that faster than the same data
// as an object literal); two node modules (and the ones they pull in) that
// only unused code of our dependencies needs are not loaded; the output is
// minified and ASCII only (see `output`).
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
    worker: path.join(dist, 'cli', 'worker.js'),
    'split-worker': path.join(dist, 'io', 'split-worker.js'),
  },
  platform: 'node',
  external: [/^node:/],
  plugins: [jsonAsParse, noColorDetection, lazyChildProcess],
  logLevel: 'warn',
  output: {
    dir: BUNDLE_DIR,
    // CommonJS so that bundle-loader.ts can hand V8 a code cache (see there).
    format: 'cjs',
    cleanDir: true,
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
    // A short run reads and decodes every file it loads. Without comments
    // and blanks, and ASCII only (V8 then holds it in one byte per character,
    // not two), the three files a one-line run loads went from 545 KB of
    // text (~920 KB of strings) to 407 KB. Names are not mangled, so a bug's
    // stack trace still reads.
    minify: { compress: true, mangle: false },
    charset: 'ascii',
  },
});

// The loader itself, as CommonJS for bin/kcn-extract.js (a CommonJS file:
// Node's ES module loader, and the ES module view of node:fs it builds, were
// a few milliseconds of every run).
await build({
  cwd: root,
  input: { loader: path.join(dist, 'cli', 'bundle-loader.js') },
  platform: 'node',
  external: [/^node:/],
  logLevel: 'warn',
  output: { dir: BUNDLE_DIR, format: 'cjs', entryFileNames: '[name].cjs', charset: 'ascii' },
});

// pool.ts and split-thread.ts start their workers from beside themselves:
// here, ones that load the bundled workers the same way.
for (const name of ['worker', 'split-worker']) {
  fs.writeFileSync(
    path.join(BUNDLE_DIR, `${name}.js`),
    '// Written by scripts/build-cli.mjs: a bundled worker thread, through the code cache.\n' +
      "import { loadBundle } from '../cli/bundle-loader.js';\n\n" +
      `loadBundle(new URL('./${name}.cjs', import.meta.url));\n`,
  );
}

// The code cache: V8 keeps the bytecode of every function that has run, so
// run the CLI once on the README's four-line example, as a short run would,
// and save it.
const { loadBundle } = await import(pathToFileURL(path.join(dist, 'cli', 'bundle-loader.js')).href);
const cli = loadBundle(path.join(BUNDLE_DIR, 'kcn-extract.cjs'), { makeCache: true });
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const example = path.join(root, 'fixtures', 'example.txt');
const code = await cli.exports.main(['--format', 'jsonl', example], { stdout: discard, stderr: discard, env: {} });
if (code !== 0) throw new Error(`build-cli: the bundle exited ${code} on ${example}`);
cli.saveCodeCache();
