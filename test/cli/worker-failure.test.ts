// A worker that fails part way: main() reports it, exits 1, and leaves no
// output file behind (the pool's side is in pool.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run, tempDir, writeLines } from './helpers.js';

vi.mock('../../src/cli/pool.js', () => ({
  createRunner: () => {
    let batches = 0;
    return {
      // The first batch runs, the second fails as a crashed worker's would.
      run: () =>
        batches++ === 0
          ? Promise.resolve({ out: '{"a":1}\n', rowLens: new Int32Array([8]), rowCounts: new Int32Array([1]), filled: new Uint8Array([0]) })
          : Promise.reject(new Error('a worker thread stopped (exit code 3)')),
      close: async () => {},
    };
  },
}));

describe('a worker failure', () => {
  it('is reported, exit 1, the output file is not written', async () => {
    const dir = tempDir();
    const file = writeLines(dir, 'news.txt', Array.from({ length: 2000 }, (_, i) => `KCN Tân Bình ${i} rộng 10 ha`));
    const out = path.join(dir, 'out.jsonl');
    const r = await run(['--jobs', '2', '-o', out, file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a worker thread stopped (exit code 3)');
    expect(fs.readdirSync(dir)).toEqual(['news.txt']);
  });
});
