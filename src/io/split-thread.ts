// Splitting a big file into lines on a thread of its own. Reading and
// decoding UTF-8 are about a tenth of a run's main-thread time; on a second
// core they overlap the extraction instead of coming before it. The events
// are those of splitLines: the thread runs the same LineSplitter and this
// side replays its lines into the same sink.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputEvent } from './inputs.js';
import type { LineSink } from './split.js';
import { LINE_INVALID, LONG, type SplitJob, type SplitMessage } from './split-batch.js';

/** Bytes per read on the thread: as inputs.ts's READ_CHUNK, small, so few lines wait at a time. */
const CHUNK_BYTES = 32 * 1024;
/** Chunks read ahead of the extractor: enough that it never waits, few enough that memory stays flat. */
const AHEAD = 4;

/** The compiled worker: beside this module (dist/io/, or the bundle's shim), else dist/ from the TypeScript source (vitest). */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'split-worker.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/io/split-worker.js');
}

/**
 * The lines of the file at `file` from byte `start` on, as splitLines would
 * give them; `onBytes` hears the bytes read so far (from `start`). A read
 * error is thrown as the system error it was (its code kept), after the
 * lines before it.
 */
export async function* splitLinesInThread(
  file: string,
  start: number,
  maxLineBytes: number,
  makeSink: (out: InputEvent[]) => LineSink,
  onBytes: (bytes: number) => void,
): AsyncGenerator<InputEvent[]> {
  const out: InputEvent[] = [];
  const sink = makeSink(out);
  const job: SplitJob = { path: file, start, maxLineBytes, chunkBytes: CHUNK_BYTES, ahead: AHEAD };
  // A small young generation: the thread's strings are dropped as soon as
  // they are posted; the default (16 MB) cost 3–4 MB more peak RSS.
  const worker = new Worker(workerPath(), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
  // Never what keeps the process alive: a consumer that stops early leaves it to terminate().
  worker.unref();
  const inbox: SplitMessage[] = [];
  let failure: Error | null = null;
  let waiting: (() => void) | null = null;
  const wakeUp = () => {
    const w = waiting;
    waiting = null;
    w?.();
  };
  worker.on('message', (m: SplitMessage) => {
    inbox.push(m);
    wakeUp();
  });
  worker.on('error', (e) => {
    failure ??= e;
    wakeUp();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the line-splitting thread stopped (exit code ${code})`);
    wakeUp();
  });
  try {
    for (;;) {
      while (inbox.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (waiting = resolve));
      }
      const m = inbox.shift()!;
      if ('error' in m) throw Object.assign(new Error(m.error.message), { code: m.error.code });
      // The credit goes back first, so the next chunk is read while this one is extracted.
      if (!m.done) worker.postMessage(0);
      const texts = m.texts.split('\n');
      const { kinds, longBytes } = m;
      let long = 0;
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        if (kind === LONG) sink.long(m.first + i, texts[i], longBytes[long++]);
        else sink.line(m.first + i, texts[i], kind === LINE_INVALID);
      }
      onBytes(m.bytes);
      if (out.length) yield out.splice(0);
      if (m.done) return;
    }
  } finally {
    void worker.terminate();
  }
}
