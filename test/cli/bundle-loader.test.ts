// The loader of the CLI's CommonJS bundle: it runs the files as Node would,
// and a saved code cache is used when V8 accepts it and ignored when not.
import fs from 'node:fs';
import path from 'node:path';
import { execSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_SUFFIX, loadBundle } from '../../src/cli/bundle-loader.js';
import { ROOT, tempDir } from './helpers.js';

/** A two-file bundle: entry.cjs requires ./shared.cjs twice (once through other.cjs) and a node module. */
function writeBundle(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'shared.cjs'), 'exports.count = (exports.count ?? 0) + 1;\nexports.where = __filename;\n');
  fs.writeFileSync(path.join(dir, 'other.cjs'), "module.exports = { shared: require('./shared.cjs') };\n");
  fs.writeFileSync(path.join(dir, 'entry.cjs'), [
    "'use strict';",
    "const shared = require('./shared.cjs');",
    "const other = require('./other.cjs');",
    "const { basename } = require('node:path');",
    'exports.same = shared === other.shared;',
    'exports.count = shared.count;',
    'exports.name = basename(shared.where);',
    'exports.dir = __dirname;',
    'exports.double = (n) => n * 2;',
    '',
  ].join('\n'));
  return dir;
}

const BUILT_LOADER = path.join(ROOT, 'dist/cli/bundle-loader.js');

/** Loads dir/entry.cjs in a new node with the built loader; what it saw. */
function inChild(dir: string, makeCache: boolean): { cached?: string[]; count: number; same: boolean; saved?: number } {
  const script = [
    `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(BUILT_LOADER).href)});`,
    `const b = loadBundle(${JSON.stringify(path.join(dir, 'entry.cjs'))}, { makeCache: ${makeCache} });`,
    'const { count, same } = b.exports;',
    `const out = ${makeCache} ? { saved: b.saveCodeCache(), count, same } : { cached: b.cached.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort(), count, same };`,
    'console.log(JSON.stringify(out));',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ReturnType<typeof inChild>;
}

beforeAll(() => {
  // `npm test` builds it; a bare `vitest run` may find it missing or older than its source.
  const mtime = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (mtime(BUILT_LOADER) < mtime(path.join(ROOT, 'src/cli/bundle-loader.ts'))) execSync('npx tsc -p .', { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('loadBundle', () => {
  it('runs the entry with its relative files once each and Node modules by require', () => {
    const dir = writeBundle();
    const { exports, cached } = loadBundle(path.join(dir, 'entry.cjs'));
    expect(exports).toMatchObject({ same: true, count: 1, name: 'shared.cjs', dir });
    expect((exports.double as (n: number) => number)(21)).toBe(42);
    expect(cached).toEqual([]);
  });

  it('takes a file: URL as the entry', () => {
    const dir = writeBundle();
    const url = new URL(`file://${path.join(dir, 'entry.cjs')}`);
    expect(loadBundle(url).exports.count).toBe(1);
  });

  // V8 reuses a script compiled earlier in the same process whatever the
  // cached data says, so each load that tests the cache runs in a new node.
  it('saves a cache per file that a later process compiles from', () => {
    const dir = writeBundle();
    expect(inChild(dir, true)).toMatchObject({ saved: 3 });
    for (const f of ['entry.cjs', 'other.cjs', 'shared.cjs']) expect(fs.statSync(path.join(dir, f + CACHE_SUFFIX)).size).toBeGreaterThan(0);
    expect(inChild(dir, false)).toEqual({ cached: ['entry.cjs', 'other.cjs', 'shared.cjs'], count: 1, same: true });
  });

  it('compiles as usual when a cache is corrupt or was made for other source', () => {
    const dir = writeBundle();
    inChild(dir, true);
    fs.writeFileSync(path.join(dir, 'shared.cjs' + CACHE_SUFFIX), 'not a code cache');
    fs.appendFileSync(path.join(dir, 'other.cjs'), 'module.exports.extra = 7;\n');
    expect(inChild(dir, false)).toEqual({ cached: ['entry.cjs'], count: 1, same: true });
  });

  it('reads no cache when making one', () => {
    const dir = writeBundle();
    loadBundle(path.join(dir, 'entry.cjs'), { makeCache: true }).saveCodeCache();
    expect(loadBundle(path.join(dir, 'entry.cjs'), { makeCache: true }).cached).toEqual([]);
  });
});
