// Bad input through the built binary, as a cron job meets it: each case gives
// a one-line message naming the file (and line), the right exit code, and
// every line that could be read still becomes a record.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonl, ROOT, tempDir } from './helpers.js';

const BIN = path.join(ROOT, 'bin/kcn-extract.js');
const ENV = { ...process.env, NO_COLOR: '1', KCN_FORCE_TTY: '' };
const GOOD = 'UBND tỉnh Hà Nam chấp thuận Cụm công nghiệp Kiện Khê 2 rộng 40 ha.';
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, '--format', 'jsonl', ...args], { env: ENV, cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
}

let dir: string;
let good: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  good = path.join(dir, 'good.txt');
  fs.writeFileSync(good, `${GOOD}\n`);
}, 120_000);

describe('bad input through the binary', () => {
  it('a missing file: one line naming it, the other input still done, exit 1', () => {
    const r = cli([path.join(dir, 'nope.txt'), good]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`kcn-extract: ${path.join(dir, 'nope.txt')}: no such file`]);
    expect(jsonl(r.stdout)).toHaveLength(1);
  });

  it('a binary file is skipped with one line, the good file still done', () => {
    const bin = path.join(dir, 'blob.bin');
    fs.writeFileSync(bin, Buffer.from([0x4b, 0x43, 0x4e, 0x00, 0xff, 0x00, 0x10, 0x0a]));
    const r = cli([good, bin]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('blob.bin: binary file, skipped');
    expect(r.stderr).not.toMatch(STACK);
    expect(jsonl(r.stdout).map((x) => x.source)).toEqual([good]);
  });

  it('invalid UTF-8 becomes U+FFFD with a warning naming file:line', () => {
    const f = path.join(dir, 'latin1.txt');
    fs.writeFileSync(f, Buffer.concat([Buffer.from(`${GOOD}\n`), Buffer.from('KCN B\xecnh Xuy\xean 50 ha\n', 'latin1')]));
    const r = cli([f]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('latin1.txt: line 2: invalid UTF-8');
    const recs = jsonl(r.stdout);
    expect(recs).toHaveLength(2);
    expect(String(recs[1].text)).toContain('\uFFFD');
  });

  it('a whole file in another encoding: ten warnings listed, then one line, then the total; every line still a record', () => {
    const f = path.join(dir, 'legacy.txt');
    const lines = Array.from({ length: 25 }, (_, i) => `KCN B\xecnh Xuy\xean ${i + 1} r\xf4ng 50 ha`);
    fs.writeFileSync(f, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    const r = cli([f]);
    expect(r.status).toBe(0);
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(12);
    expect(err.slice(0, 10)).toEqual(lines.slice(0, 10).map((_, i) => `kcn-extract: ${f}: line ${i + 1}: invalid UTF-8 bytes replaced with U+FFFD`));
    expect(err.slice(10)).toEqual([`kcn-extract: ${f}: further warnings are not listed`, `kcn-extract: ${f}: 25 warnings in all`]);
    expect(jsonl(r.stdout)).toHaveLength(25);
  });

  it('-o into a folder that does not exist: one line naming the output and the folder, exit 1', () => {
    const missing = path.join(dir, 'no-such-folder');
    const out = path.join(missing, 'out.jsonl');
    const r = cli(['-o', out, good]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`kcn-extract: ${out}: cannot write: no such folder: ${missing}`]);
  });

  it('-o naming an input: a usage error (exit 2), the input left as it was', () => {
    const f = path.join(dir, 'both.txt');
    fs.writeFileSync(f, `${GOOD}\n`);
    const r = cli(['-o', f, f]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`kcn-extract: ${f} is both an input and an output file`);
    expect(fs.readFileSync(f, 'utf8')).toBe(`${GOOD}\n`);
  });

  it('a nightly run writing into the folder it reads does not read its own last output back', () => {
    const nightly = path.join(dir, 'nightly');
    fs.mkdirSync(nightly);
    fs.writeFileSync(path.join(nightly, 'news.txt'), `${GOOD}\n${GOOD}\n`);
    const out = path.join(nightly, 'records.jsonl');
    for (let night = 0; night < 2; night++) {
      expect(cli(['-o', out, nightly]).status).toBe(0);
      expect(jsonl(fs.readFileSync(out, 'utf8')).map((x) => x.source)).toEqual([path.join(nightly, 'news.txt'), path.join(nightly, 'news.txt')]);
    }
  });

  it('UTF-8 BOM with CRLF, and UTF-16 LE with BOM, read like plain UTF-8', () => {
    const bom = path.join(dir, 'bom.txt');
    fs.writeFileSync(bom, `\uFEFF${GOOD}\r\n${GOOD}\r\n`);
    const utf16 = path.join(dir, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${GOOD}\r\n`, 'utf16le')]));
    const r = cli([bom, utf16]);
    expect(r.status).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => x.text)).toEqual([GOOD, GOOD, GOOD]);
    expect(recs.map((x) => x.province)).toEqual(['Hà Nam', 'Hà Nam', 'Hà Nam']);
  });

  it('a line over 1 MiB is rejected with its reason; --strict turns that into exit 1', () => {
    const f = path.join(dir, 'huge.txt');
    fs.writeFileSync(f, `${GOOD}\n${'Khu công nghiệp '.repeat(80_000)}\n${GOOD}\n`);
    const rejects = path.join(dir, 'rejects.jsonl');
    const r = cli(['--rejects', rejects, f]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.line)).toEqual([1, 3]);
    const [reject] = jsonl(fs.readFileSync(rejects, 'utf8'));
    expect(reject).toMatchObject({ source: f, line: 2, reason: 'line longer than 1 MiB' });
    expect(cli(['--strict', '--quiet', f]).status).toBe(1);
  });

  it('an unknown option is a usage error: exit 2, one line, no stack', () => {
    const r = cli(['--no-such-option', good]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });

  it('CSV cells that would start a formula are neutralised, numbers stay numbers', () => {
    const f = path.join(dir, 'inject.txt');
    fs.writeFileSync(f, '=HYPERLINK("http://example.invalid") KCN Tân Bình rộng 12 ha\n@SUM(1) tỉnh Nam Định\n');
    const r = spawnSync(process.execPath, [BIN, '--format', 'csv', f], { env: ENV, encoding: 'utf8' });
    const rows = r.stdout.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(',')[2]).not.toMatch(/^"?[=+@-]/);
    expect(rows[0]).toMatch(/,12,exact,/);
  });

  it('the same input gives byte-identical output', () => {
    const inputs = [path.join(ROOT, 'fixtures/sample.txt'), good];
    const a = spawnSync(process.execPath, [BIN, '--format', 'csv', ...inputs], { env: ENV });
    const b = spawnSync(process.execPath, [BIN, '--format', 'csv', ...inputs], { env: ENV });
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(Buffer.compare(a.stdout, b.stdout)).toBe(0);
  });
});
