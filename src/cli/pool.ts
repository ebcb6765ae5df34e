// Runs line batches for --jobs N: N threads extract, the main thread and N-1
// workers. A batch goes to a worker with room in its queue, else the main
// thread runs it at once, so it extracts only in the time that reading and
// writing leave it (and two cores do not run three busy threads). The caller
// hands outcomes on in submission order, so output is identical either way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessConfig } from './process-line.js';
import { makeBatchProcessor, type BatchOutcome, type LineBatch } from './process-batch.js';

export interface BatchRunner {
  /** Runs a batch: its outcome now (run on this thread) or a promise (posted to a worker). */
  run(batch: LineBatch): BatchOutcome | Promise<BatchOutcome>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Worker threads (default jobs - 1). */
  workers?: number;
  /** Whether the main thread runs batches when every worker queue is full (default true). */
  inline?: boolean;
  /** Batches queued per worker before the main thread takes one (default 3: it never waits for work). */
  depth?: number;
  /** The worker script (tests). */
  workerFile?: string;
}

/** What a worker receives: the batch with its texts joined. */
export interface WorkerRequest {
  seq: number;
  batch: LineBatch;
}

/** The compiled worker; under vitest this module is TypeScript source, so use the built one in dist/. */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'worker.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/cli/worker.js');
}

interface Pending {
  resolve: (o: BatchOutcome) => void;
  reject: (e: Error) => void;
  worker: Slot;
}

interface Slot {
  worker: Worker;
  queued: number;
}

export function createRunner(config: ProcessConfig, jobs: number, options: RunnerOptions = {}): BatchRunner {
  const workerCount = options.workers ?? Math.max(0, jobs - 1);
  const inline = options.inline ?? true;
  const depth = options.depth ?? 3;
  // Built on first use: with workers to spare the main thread need not load its rules' state.
  let local: ((batch: LineBatch) => BatchOutcome) | null = null;
  const runHere = (batch: LineBatch): BatchOutcome => (local ??= makeBatchProcessor(config))(batch);
  if (workerCount === 0) return { run: runHere, close: async () => {} };

  const file = options.workerFile ?? workerPath();
  const pending = new Map<number, Pending>();
  let seq = 0;
  let failure: Error | null = null;
  let closing = false;
  const fail = (err: Error): void => {
    failure ??= err;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const slots: Slot[] = Array.from({ length: workerCount }, () => {
    const slot: Slot = { worker: new Worker(file, { workerData: config }), queued: 0 };
    slot.worker.on('message', (msg: { seq: number; outcome: BatchOutcome }) => {
      const p = pending.get(msg.seq);
      if (!p) return;
      pending.delete(msg.seq);
      p.worker.queued--;
      p.resolve(msg.outcome);
    });
    slot.worker.on('error', fail);
    slot.worker.on('messageerror', fail);
    slot.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
  });
  return {
    run(batch) {
      if (failure) return Promise.reject(failure);
      let slot = slots[0];
      for (const s of slots) if (s.queued < slot.queued) slot = s;
      if (inline && slot.queued >= depth) return runHere(batch);
      const id = seq++;
      slot.queued++;
      const texts = typeof batch.texts === 'string' ? batch.texts : batch.texts.join('\n');
      return new Promise<BatchOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: slot });
        // Reads stay here (their tokens are class instances): a worker reads the texts itself.
        const request: WorkerRequest = { seq: id, batch: { ...batch, texts, reads: undefined } };
        slot.worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
