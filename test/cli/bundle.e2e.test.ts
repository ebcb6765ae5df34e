// The bundle of `npm run build` (dist/bundle/) that bin/kcn-extract.js runs:
// it answers, extracts like the sources, its worker threads start, and V8
// takes the code cache that the build saved for it; and the bin picks it, or
// dist/cli/ when a later tsc made that newer.
import fs from 'node:fs';
import path from 'node:path';
import { execSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir, writeLines } from './helpers.js';

const BUNDLE = path.join(ROOT, 'dist/bundle/kcn-extract.cjs');
const LOADER = path.join(ROOT, 'dist/cli/bundle-loader.js');
const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);

// Run the bundle itself (not the bin, which may pick dist/cli/ after a bare tsc).
let runner = '';
function bundled(args: string[], env: Record<string, string> = {}) {
  if (!runner) {
    runner = path.join(tempDir(), 'run-bundle.mjs');
    fs.writeFileSync(runner, [
      `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(LOADER).href)});`,
      `const { exports, cached } = loadBundle(${JSON.stringify(BUNDLE)});`,
      'process.exitCode = await exports.main(process.argv.slice(2));',
      "if (process.env.SHOW_CACHED) process.stderr.write(`cached: ${cached.length}\\n`);",
      '',
    ].join('\n'));
  }
  return spawnSync(process.execPath, [runner, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', KCN_FORCE_TTY: '', ...env }, maxBuffer: 1 << 28,
  });
}

beforeAll(() => {
  // `npm test` builds it; a bare `vitest run` may find it missing or older than tsc's output.
  if (mtime(BUNDLE) < mtime(path.join(ROOT, 'dist/cli/main.js')) || mtime(BUNDLE) < 0) {
    execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  }
}, 120_000);

describe('bundled CLI', () => {
  it('answers --version with the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = bundled(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('writes the same records as the sources, with 1 and 2 jobs', async () => {
    const file = writeLines(tempDir(), 'a.txt', [
      'KCN Tân Bình rộng 120 ha tại tỉnh Bình Dương',
      'Cụm công nghiệp Lạc Thịnh thu hút 300 tỷ đồng vốn đầu tư',
      '',
      'Quyết định số 12/QĐ-UBND về khu kinh tế Nam Phú Yên, diện tích 1.200 ha',
    ]);
    const expected = (await run(['--format', 'csv', file])).stdout;
    expect(expected).toContain('Tân Bình');
    for (const jobs of ['1', '2']) {
      const r = bundled(['--format', 'csv', '--jobs', jobs, file]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  });

  it('splits a big file on its own thread: the same records as the same lines from stdin, with 1 and 2 jobs', () => {
    // Over the 8 MiB from which a file's lines are split on a thread (inputs.ts).
    // Some lines in capitals, some decomposed (NFD) with spaces around: the
    // thread reads lines as extract() would, these included.
    const lines = Array.from({ length: 80_000 }, (_, i) => {
      const line = `Dòng ${i}: Khu công nghiệp Tân Bình ${i % 9} rộng ${100 + (i % 500)} ha, vốn ${i % 70} tỷ đồng, tại tỉnh Bình Dương.`;
      if (i % 5 === 0) return line.toUpperCase();
      if (i % 7 === 0) return `  ${line.normalize('NFD')}\t`;
      return line;
    });
    const file = writeLines(tempDir(), 'big.txt', lines);
    expect(fs.statSync(file).size).toBeGreaterThan(8 << 20);
    const fields = ['--format', 'jsonl', '--fields', 'line,text,parks,areas,investments,province'];
    const fromStdin = spawnSync(process.execPath, [path.join(ROOT, 'bin/kcn-extract.js'), ...fields, '-'], {
      cwd: ROOT, encoding: 'utf8', input: fs.readFileSync(file), maxBuffer: 1 << 28,
    });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout.split('\n')).toHaveLength(lines.length + 1);
    for (const jobs of ['1', '2']) {
      const r = bundled([...fields, '--jobs', jobs, file]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(fromStdin.stdout);
    }
  }, 60_000);

  it('compiles its files from the code cache the build saved', () => {
    const saved = fs.readdirSync(path.dirname(BUNDLE)).filter((f) => f.endsWith('.cjs.cache'));
    expect(saved).toContain('kcn-extract.cjs.cache');
    const r = bundled([path.join(ROOT, 'fixtures', 'example.txt')], { SHOW_CACHED: '1' });
    expect(r.status).toBe(0);
    // Every file with a saved cache that a run on the example loads: the entry and its chunks.
    expect(r.stderr).toBe(`cached: ${saved.length}\n`);
  });

  it('is ASCII only, so that each file loads as a one-byte string', () => {
    const files = fs.readdirSync(path.dirname(BUNDLE)).filter((f) => f.endsWith('.cjs'));
    expect(files).toContain('kcn-extract.cjs');
    const nonAscii = files.filter((f) => /[^\x00-\x7f]/.test(fs.readFileSync(path.join(path.dirname(BUNDLE), f), 'utf8')));
    expect(nonAscii).toEqual([]);
  });

  it('reads gzip input (node:zlib loads by require inside the bundle)', () => {
    const file = path.join(tempDir(), 'lines.txt.gz');
    fs.writeFileSync(file, zlib.gzipSync('KCN Tân Bình rộng 120 ha\n'));
    const r = bundled(['--format', 'csv', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tân Bình');
  });

  it('reports a usage error as the sources do', () => {
    const r = bundled(['--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("kcn-extract: option '-f, --format <format>' argument 'xml' is invalid");
  });
});

describe('bin/kcn-extract.js', () => {
  // A copy of bin/ and dist/ whose bundle entry fails on purpose: which of
  // the bundle and dist/cli/ ran shows in the exit code.
  function copyWithBrokenBundle(): { bin: string; bundle: string; tscMain: string } {
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const bundle = path.join(dir, 'dist/bundle/kcn-extract.cjs');
    fs.writeFileSync(bundle, "exports.main = async () => { process.stderr.write('bundle ran\\n'); return 7; };\n");
    fs.rmSync(bundle + '.cache', { force: true });
    return { bin: path.join(dir, 'bin/kcn-extract.js'), bundle, tscMain: path.join(dir, 'dist/cli/main.js') };
  }
  const runBin = (bin: string) => spawnSync(process.execPath, [bin, '--format', 'csv', '-'], { input: 'KCN Tân Bình rộng 120 ha\n', encoding: 'utf8' });

  it('runs the bundle when it is the newer build, dist/cli/ when a later tsc made that newer', () => {
    const { bin, bundle, tscMain } = copyWithBrokenBundle();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(bundle, later, later);
    const fromBundle = runBin(bin);
    expect([fromBundle.status, fromBundle.stderr]).toEqual([7, 'bundle ran\n']);

    const latest = new Date(Date.now() + 120_000);
    fs.utimesSync(tscMain, latest, latest);
    const fromTsc = runBin(bin);
    expect(fromTsc.status).toBe(0);
    expect(fromTsc.stdout).toContain('KCN Tân Bình rộng 120 ha');
  }, 60_000);
});
