// Runs line batches inline (1 job) or on worker threads, and hands outcomes
// back strictly in submission order, so output is identical either way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeLineProcessor, type LineJob, type LineOutcome, type ProcessConfig } from './process-line.js';

export interface BatchRunner {
  /** Queues a batch; resolves with outcomes in order. */
  run(jobs: LineJob[]): Promise<LineOutcome[]>;
  close(): Promise<void>;
}

/** The compiled worker; under vitest this module is TypeScript source, so use the built one in dist/. */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'worker.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/cli/worker.js');
}

export function createRunner(config: ProcessConfig, jobs: number): BatchRunner {
  if (jobs <= 1) {
    const processLine = makeLineProcessor(config);
    return { run: async (batch) => batch.map(processLine), close: async () => {} };
  }
  const file = workerPath();
  const pending = new Map<number, { resolve: (o: LineOutcome[]) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(file, { workerData: config });
    w.on('message', (msg: { seq: number; outcomes: LineOutcome[] }) => {
      const p = pending.get(msg.seq);
      pending.delete(msg.seq);
      p?.resolve(msg.outcomes);
    });
    w.on('error', (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    return w;
  });
  return {
    run(batch) {
      if (failure) return Promise.reject(failure);
      const id = seq++;
      const worker = workers[id % workers.length];
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ seq: id, jobs: batch });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
