// The built binary, spawned: stdin, pipes closing early, signals with -o,
// and --jobs giving byte-identical output.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
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
  for (const extra of [
    ['--format', 'jsonl'],
    ['--format', 'json', '--explain'],
    ['--format', 'csv', '--explode', 'parks'],
    ['--format', 'jsonl', '--dedupe', '--stats'],
    ['--format', 'pretty', '--matched-only'],
  ]) {
    it(`${extra.join(' ')}: byte-identical with 1 and 3 jobs`, () => {
      const one = cli([...extra, a, b]);
      const three = cli([...extra, '--jobs', '3', a, b]);
      expect(one.status).toBe(0);
      expect(three.status).toBe(0);
      expect(three.stdout).toBe(one.stdout);
      if (!extra.includes('--stats')) expect(three.stderr).toBe(one.stderr); // the summary has timings
      if (!extra.includes('--matched-only')) expect(one.stdout.length).toBeGreaterThan(1000);
    }, 60_000);
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
