// The --jobs pool: batches packed and unpacked faithfully, run on workers or
// on the main thread when the workers' queues are full, and a worker that
// fails makes its batches fail (main reports it: see main.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRunner } from '../../src/cli/pool.js';
import { BatchBuilder, makeBatchProcessor, type BatchOutcome } from '../../src/cli/process-batch.js';
import { makeLineProcessor, type ProcessConfig } from '../../src/cli/process-line.js';
import { ensureBuilt, tempDir } from './helpers.js';

const CONFIG: ProcessConfig = {
  format: 'jsonl',
  columns: ['source', 'line', 'text', 'parks', 'areas', 'url'],
  explodeParks: false,
  explain: false,
  dedupe: true,
  matchedOnly: false,
  colorLevel: 0,
  debug: false,
};

const TEXTS = ['KCN Tân Bình rộng 10 ha', 'Chợ quê họp phiên sáng nay', 'KCN Tân  Bình rộng 10 ha', 'CCN Hòa Phú và KCN Mỹ Lợi, 25 ha'];

function batchOf(texts: string[], size = 64) {
  const b = new BatchBuilder(size);
  texts.forEach((t, i) => b.add(i < 2 ? 'a.txt' : 'b.jsonl', i + 1, t, i === 3 ? { url: 'https://x.vn/3' } : undefined));
  return b.take();
}

/** The outcome's rows, per line, cut back out of its one string. */
function rowsPerLine(o: BatchOutcome): string[][] {
  const out: string[][] = [];
  let at = 0;
  let r = 0;
  for (const n of o.rowCounts) {
    const rows: string[] = [];
    for (let k = 0; k < n; k++) rows.push(o.out.slice(at, (at += o.rowLens[r++])));
    out.push(rows);
  }
  return out;
}

describe('batches', () => {
  it('the builder says when a batch is full and starts afresh after take()', () => {
    const b = new BatchBuilder(2);
    expect(b.empty).toBe(true);
    expect(b.add('a', 1, 'x')).toBe(false);
    expect(b.add('b', 2, 'y', { url: 'u' })).toBe(true);
    const batch = b.take();
    expect(batch).toMatchObject({ texts: ['x', 'y'], sources: ['a', 'b'], extras: [undefined, { url: 'u' }] });
    expect([...batch.lines]).toEqual([1, 2]);
    expect([...batch.sourceIdx]).toEqual([0, 1]);
    expect(b.empty).toBe(true);
    b.add('b', 3, 'z');
    expect(b.take()).toMatchObject({ texts: ['z'], sources: ['b'] });
  });

  it('a batch outcome holds what the line processor gives line by line, texts joined or not', () => {
    const processLine = makeLineProcessor(CONFIG);
    const expected = TEXTS.map((text, i) =>
      processLine({ source: i < 2 ? 'a.txt' : 'b.jsonl', line: i + 1, text, extra: i === 3 ? { url: 'https://x.vn/3' } : undefined }),
    );
    const processBatch = makeBatchProcessor(CONFIG);
    for (const batch of [batchOf(TEXTS), { ...batchOf(TEXTS), texts: TEXTS.join('\n') }]) {
      const o = processBatch(batch);
      expect(rowsPerLine(o)).toEqual(expected.map((e) => e.rows));
      expect([...o.filled]).toEqual(expected.map((e) => e.filled));
      expect(o.keys?.split('\n')).toEqual(expected.map((e) => e.key));
      expect(o.keys?.split('\n')[0]).toBe(o.keys?.split('\n')[2]); // the dedupe key ignores runs of spaces
      expect(o.errors).toBeUndefined();
    }
    expect(rowsPerLine(processBatch(batchOf(TEXTS)))[3][0]).toContain('"url":"https://x.vn/3"');
  });
});

describe('runner', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a worker gives the same outcome as the main thread', async () => {
    const runner = createRunner(CONFIG, 2, { workers: 1, inline: false });
    try {
      const batch = batchOf(TEXTS);
      const there = await runner.run(batch);
      expect(there).toEqual(makeBatchProcessor(CONFIG)(batch));
    } finally {
      await runner.close();
    }
  }, 30_000);

  it('runs a batch on the main thread when the workers have `depth` batches queued', async () => {
    const runner = createRunner(CONFIG, 2, { workers: 1, depth: 1 });
    try {
      const first = runner.run(batchOf(TEXTS));
      const second = runner.run(batchOf(TEXTS));
      expect(first).toBeInstanceOf(Promise);
      expect(second).not.toBeInstanceOf(Promise);
      expect(await first).toEqual(second);
    } finally {
      await runner.close();
    }
  }, 30_000);

  for (const [what, body] of [
    ['throws', "throw new Error('boom in worker');"],
    ['exits', 'process.exit(3);'],
  ] as const) {
    it(`a worker that ${what} fails its batches, and the ones after`, async () => {
      const file = path.join(tempDir(), 'bad-worker.mjs');
      fs.writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${body} });\n`);
      const runner = createRunner(CONFIG, 2, { workers: 1, inline: false, workerFile: file });
      try {
        const message = what === 'throws' ? 'boom in worker' : 'a worker thread stopped (exit code 3)';
        await expect(runner.run(batchOf(TEXTS))).rejects.toThrow(message);
        await expect(runner.run(batchOf(TEXTS))).rejects.toThrow(message);
      } finally {
        await runner.close();
      }
    }, 30_000);
  }
});
