// The built binary, spawned: stdin, pipes closing early, signals with -o,
// and --jobs giving byte-identical output.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jsonl, ROOT, tempDir, writeLines } from './helpers.js';

const BIN = path.join(ROOT, 'bin/kcn-extract.js');
const ENV = { ...process.env, NO_COLOR: '1', KCN_FORCE_TTY: '' };

function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = ENV) {
  return spawnSync(process.execPath, [BIN, ...args], { input, env, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
}

/** Made-up news lines, varied enough to exercise every writer path. */
function manyLines(n: number): string[] {
  const shapes = [
    (i: number) => `KCN Phước Đông ${i % 7} mở rộng thêm ${i % 300} ha tại Tây Ninh`,
    (i: number) => `Cụm công nghiệp Lạc Thịnh ${i % 5} thu hút ${i} tỷ đồng vốn đầu tư`,
    () => '',
    (i: number) => `Quyết định số ${i}/QĐ-UBND về khu kinh tế Nam Phú Yên, diện tích ${i},5 ha`,
    (i: number) => `=SUM(A${i}) dòng lạ, "ngoặc kép" và dấu phẩy`,
    () => 'KCN Phước Đông 1 mở rộng thêm 1 ha tại Tây Ninh',
  ];
  return Array.from({ length: n }, (_, i) => shapes[i % shapes.length](i));
}

beforeAll(() => ensureBuilt(), 120_000);

describe('stdin', () => {
  it('reads stdin with no input or "-"', () => {
    for (const args of [[], ['-']]) {
      const r = cli(['--format', 'jsonl', ...args], 'KCN Tân Bình rộng 10 ha\n\nCCN Hòa Phú\n');
      expect(r.status).toBe(0);
      expect(jsonl(r.stdout).map((x) => [x.source, x.line])).toEqual([['-', 1], ['-', 3]]);
    }
  });
});

describe('stdin as analysts pipe it', () => {
  it('gzipped JSON Lines on stdin with --input-format jsonl: the text fields read, --keep carried', () => {
    const rows = [{ title: 'KCN Đình Vũ mở rộng', summary: 'Hải Phòng giao thêm 50 ha', link: 'http://x/1' }, { title: 'Giá vàng hôm nay', link: 'http://x/2' }];
    const packed = zlib.gzipSync(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--text-field', 'title,summary', '--keep', 'link', '--format', 'jsonl'], {
      input: packed, env: ENV, cwd: ROOT, encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => [x.line, x.text, x.link])).toEqual([
      [1, 'KCN Đình Vũ mở rộng. Hải Phòng giao thêm 50 ha', 'http://x/1'],
      [2, 'Giá vàng hôm nay', 'http://x/2'],
    ]);
    expect(recs[0].parks).toEqual([{ kind: 'industrial_park', name: 'Đình Vũ mở rộng' }]);
  });

  it('a feed whose own "source" names the outlet: --keep outlet=source carries it beside the input path', () => {
    const rows = [{ text: 'CCN Hòa Phú rộng 30 ha', source: 'Báo A - Kinh tế' }];
    const r = cli(['--input-format', 'jsonl', '--keep', 'outlet=source', '--fields', 'source,outlet,parks', '--format', 'jsonl'], JSON.stringify(rows[0]) + '\n');
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout)).toEqual([{ source: '-', outlet: 'Báo A - Kinh tế', parks: [{ kind: 'industrial_cluster', name: 'Hòa Phú' }] }]);
  });
});

describe('pipes', () => {
  it('`| head -1` ends quietly with exit 0', () => {
    const dir = tempDir();
    const file = writeLines(dir, 'big.txt', manyLines(60_000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" "${file}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      env: ENV,
      encoding: 'utf8',
    });
    expect(jsonl(r.stdout)).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=0');
  });
});

// /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
const FULL = '/dev/full';
const hasFull = fs.existsSync(FULL) && fs.statSync(FULL).isCharacterDevice();

describe.skipIf(!hasFull)('a full disk', () => {
  it('stdout: a small output (one last write) still fails with exit 1 and one line naming stdout', () => {
    const dir = tempDir();
    const file = writeLines(dir, 'few.txt', manyLines(6));
    const fd = fs.openSync(FULL, 'w');
    const r = spawnSync(process.execPath, [BIN, file], { env: ENV, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
    fs.closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^kcn-extract: stdout: cannot write: ENOSPC\b[^\n]*$/);
  });

  it('-o on the device itself: written in place (the device stays a device), exit 1', () => {
    const dir = tempDir();
    const file = writeLines(dir, 'few.txt', manyLines(6));
    const r = cli(['-o', FULL, file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^kcn-extract: \/dev\/full: cannot write: ENOSPC\b[^\n]*$/);
    expect(fs.statSync(FULL).isCharacterDevice()).toBe(true);
  });
});

describe('signals with -o', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: exit ${code}, old file untouched, temporary file removed`, async () => {
      const dir = tempDir();
      const out = path.join(dir, 'out.jsonl');
      fs.writeFileSync(out, 'old\n');
      const child = spawn(process.execPath, [BIN, '-o', out], { env: ENV, stdio: ['pipe', 'ignore', 'pipe'] });
      child.stdin.write('KCN Tân Bình rộng 10 ha\n');
      const deadline = Date.now() + 20_000;
      while (!fs.readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 200));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(fs.readFileSync(out, 'utf8')).toBe('old\n');
      expect(fs.readdirSync(dir)).toEqual(['out.jsonl']);
    }, 30_000);
  }
});

describe('--jobs', () => {
  const dir = tempDir();
  const a = writeLines(dir, 'a.txt', manyLines(3000));
  const b = writeLines(dir, 'b.txt', manyLines(1100).reverse());
  // A structured input with fields to --keep (and a line too long to read, rejected by the reader).
  const rows = manyLines(2500).map((text, i) => JSON.stringify({ text, url: `https://x.vn/${i}`, date: `2025-01-${(i % 28) + 1}` }));
  rows[1234] = JSON.stringify({ text: 'x'.repeat(2 << 20) });
  const c = writeLines(dir, 'c.jsonl', rows);
  for (const extra of [
    ['--format', 'jsonl'],
    ['--format', 'json', '--explain'],
    ['--format', 'csv'],
    ['--format', 'csv', '--explode', 'parks'],
    ['--format', 'json', '--explode', 'parks'],
    ['--format', 'jsonl', '--dedupe', '--stats'],
    ['--format', 'csv', '--dedupe', '--matched-only'],
    ['--format', 'csv', '--csv-separator', 'semicolon', '--decimal-comma', '--bom'],
    ['--format', 'pretty', '--matched-only'],
    ['--format', 'jsonl', '--keep', 'url,date', c],
    ['--format', 'csv', '--keep', 'url', '--explode', 'parks', c],
  ]) {
    const inputs = extra.includes(c) ? [] : [a, b];
    // Default: batches on the workers and on the main thread; KCN_POOL=2,0,1: every batch on one of 2 workers.
    const runs = extra.length === 2 ? [['2', ''], ['3', ''], ['2', '2,0,1']] : [['2', ''], ['2', '2,0,1']];
    it(`${extra.join(' ').replace(c, 'c.jsonl')}: byte-identical with --jobs ${runs.map(([j, p]) => (p ? `${j} (KCN_POOL=${p})` : j)).join(', ')}`, () => {
      const one = cli([...extra, ...inputs]);
      expect(one.status).toBe(0);
      if (!extra.includes('--matched-only')) expect(one.stdout.length).toBeGreaterThan(1000);
      for (const [jobs, pool] of runs) {
        const many = cli([...extra, '--jobs', jobs, ...inputs], undefined, { ...ENV, KCN_POOL: pool });
        expect(many.status).toBe(0);
        expect(many.stdout).toBe(one.stdout);
        if (!extra.includes('--stats')) expect(many.stderr).toBe(one.stderr); // the summary has timings
      }
    }, 120_000);
  }
});

describe('terminal behaviour (KCN_FORCE_TTY=1)', () => {
  it('pretty output and a summary on stderr', () => {
    const r = cli([], 'KCN Tân Bình rộng 10 ha\n', { ...ENV, KCN_FORCE_TTY: '1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-:1');
    expect(r.stdout.startsWith('{')).toBe(false);
    expect(r.stderr).not.toBe('');
  });
});
