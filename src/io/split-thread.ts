// Splitting a big file into lines on a thread of its own. Reading and
// decoding UTF-8, and for plain text the part of extract() that needs only
// the line (readLine and the line-only rules, rules/early.ts), run there on
// the second core, beside the rest of the extraction instead of before it.
// The events are those of splitLines: the thread runs the same LineSplitter
// and this side replays its lines into the same sink.
//
// A thread takes ~70 ms to start. The main thread does not wait: it splits
// the file itself until the thread is ready, then hands over at the line it
// has reached, and the thread reads on from that line's first byte.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputEvent } from './inputs.js';
import type { ReadAhead } from '../extract.js';
import { readLineFrom } from '../normalize/line.js';
import { splitLines } from './read-lines.js';
import { LineSplitter, type LineSink } from './split.js';
import {
  ALL_CAPS, EARLY, LINE_INVALID, LONG, OWN_NORM, OWN_TEXT, READ, earlySize, unpackEarly,
  type PackedReads, type SplitBatch, type SplitJob, type SplitMessage, type SplitStart,
} from './split-batch.js';

/** Bytes per read on the thread: as inputs.ts's READ_CHUNK, small, so few lines wait at a time. */
const CHUNK_BYTES = 32 * 1024;
/** Reads posted ahead of the extractor: enough that it seldom waits, few enough that memory stays flat (4: ~5 MB more peak RSS). */
const AHEAD = 2;

/** The compiled worker: beside this module (dist/io/, or the bundle's shim), else dist/ from the TypeScript source (vitest). */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'split-worker.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/io/split-worker.js');
}

/** The thread itself failed (not a read): the main thread reads on without it. */
class ThreadStopped extends Error {}

/** The worker and what it has said so far. */
class SplitThread {
  ready = false;
  private readonly worker: Worker;
  private readonly credits: Int32Array;
  private readonly inbox: (SplitBatch | Error)[] = [];
  private waiting: (() => void) | null = null;

  constructor(job: Omit<SplitJob, 'credits'>, file = workerPath()) {
    const shared = new SharedArrayBuffer(4);
    this.credits = new Int32Array(shared);
    this.credits[0] = AHEAD;
    // A small heap: the thread's strings are dropped as soon as they are
    // posted, and its rules' state is ~13 MB. With V8's defaults peak RSS on
    // 1M lines was 145–160 MB, with these 131–139 MB. A line's tokens are the
    // most it holds at once, and split-worker.ts reads only lines of up to
    // 16K characters; should it run out all the same, see ThreadStopped.
    this.worker = new Worker(file, {
      workerData: { ...job, credits: shared } satisfies SplitJob,
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 },
    });
    // Never what keeps the process alive: a consumer that stops early leaves it to close().
    this.worker.unref();
    this.worker.on('message', (m: SplitMessage) => {
      if ('ready' in m) this.ready = true;
      else if ('error' in m) this.deliver(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else this.deliver(m);
    });
    this.worker.on('error', (e) => this.deliver(new ThreadStopped(e.message)));
    this.worker.on('exit', (code) => this.deliver(new ThreadStopped(`exit code ${code}`)));
  }

  private deliver(m: SplitBatch | Error): void {
    this.inbox.push(m);
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }

  start(from: SplitStart): void {
    this.worker.postMessage(from);
  }

  /** The next batch; a read error is thrown as the system error it was (its code kept). */
  async next(): Promise<SplitBatch> {
    while (this.inbox.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    const m = this.inbox.shift()!;
    if (m instanceof Error) throw m;
    // The credit goes back first, so the next chunk is read while this one is extracted.
    if (!m.done) {
      Atomics.add(this.credits, 0, 1);
      Atomics.notify(this.credits, 0);
    }
    return m;
  }

  close(): void {
    void this.worker.terminate();
  }
}

/**
 * Unpacks a batch's reads, line by line, in order. Each line's ReadLine is
 * put together only when its line is extracted: a batch's worth of tokens
 * built at once would outlive young-generation collections (measured: main
 * thread GC 5% → 7%, and no gain left).
 */
class Reads {
  private edgeAt = 0;
  private cleanedAt = 0;
  private earlyAt = 0;

  constructor(private readonly packed: PackedReads) {}

  /** Line `i` read ahead, to put together (`raw` its text as split), or undefined when the thread did not read it. */
  at(i: number, raw: string): ReadAhead | undefined {
    const { flags, cleaned, counts, edges, folds, early } = this.packed;
    const f = flags[i];
    if ((f & READ) === 0) return undefined;
    const text = (f & OWN_TEXT) !== 0 ? cleaned[this.cleanedAt++] : null;
    const norm = (f & OWN_NORM) !== 0 ? cleaned[this.cleanedAt++] : null;
    const at = this.edgeAt;
    this.edgeAt += 2 * counts[i];
    const fold = folds[i];
    let earlyAt = -1;
    if ((f & EARLY) !== 0) {
      earlyAt = this.earlyAt;
      this.earlyAt += earlySize(early, earlyAt);
    }
    return () => {
      const t = text ?? raw.trim();
      return {
        line: readLineFrom(t, norm ?? t, fold, (f & ALL_CAPS) !== 0, edges, at, counts[i]),
        early: earlyAt < 0 ? null : unpackEarly(early, earlyAt),
      };
    };
  }
}

export interface ThreadSplitOptions {
  /** The file to read, and the byte offset its lines start at (past a BOM). */
  file: string;
  start: number;
  maxLineBytes: number;
  makeSink: (out: InputEvent[]) => LineSink;
  /** Called when the thread takes over: stop reading `chunks`. */
  handOver: () => void;
  /** Bytes read so far, from `start` (from the hand-over on). */
  onBytes: (bytes: number) => void;
  /** Plain text: the thread also reads each line as extract() would. */
  read?: boolean;
  /** The worker script (tests). */
  workerFile?: string;
}

/**
 * The lines of a file, as splitLines would give them from `chunks` (its
 * bytes from `start`); from the thread's hand-over on, the thread reads the
 * file itself. A read error is thrown as the system error it was (its code
 * kept). Should the thread itself stop (a bug, memory), the main thread
 * reads on from the end of the last line it was given: no line is lost.
 */
export async function* splitLinesInThread(chunks: AsyncIterable<Buffer>, options: ThreadSplitOptions): AsyncGenerator<InputEvent[]> {
  const { file, start, maxLineBytes, handOver, onBytes } = options;
  const out: InputEvent[] = [];
  const sink = options.makeSink(out);
  const thread = new SplitThread({ path: file, maxLineBytes, read: options.read ?? false, chunkBytes: CHUNK_BYTES }, options.workerFile);
  try {
    const splitter = new LineSplitter(maxLineBytes, sink);
    let consumed = 0;
    let handedOver = false;
    for await (const chunk of chunks) {
      splitter.push(chunk);
      consumed += chunk.length;
      if (out.length) yield out.splice(0);
      if (thread.ready) {
        handedOver = true;
        break;
      }
    }
    if (!handedOver) {
      // The file ended first (or the thread failed to start: it never says ready).
      splitter.end();
      if (out.length) yield out.splice(0);
      return;
    }
    handOver();
    // The line not yet finished is read again by the thread, from its first byte.
    const { unfinished, ...point } = splitter.stop();
    let resume: SplitStart = { start: start + consumed - unfinished, ...point };
    thread.start(resume);
    for (;;) {
      let m: SplitBatch;
      try {
        m = await thread.next();
      } catch (e) {
        if (!(e instanceof ThreadStopped)) throw e;
        yield* splitFrom(resume, options);
        return;
      }
      const texts = m.texts;
      const { kinds, longBytes } = m;
      const reads = m.reads ? new Reads(m.reads) : null;
      let long = 0;
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        if (kind === LONG) sink.long(m.first + i, texts[i], longBytes[long++]);
        else sink.line(m.first + i, texts[i], kind === LINE_INVALID, reads?.at(i, texts[i]));
      }
      resume = m.resume;
      onBytes(m.bytes - start);
      if (out.length) yield out.splice(0);
      if (m.done) return;
    }
  } finally {
    thread.close();
  }
}

/** The rest of the file split on this thread, from a point between lines. */
async function* splitFrom(from: SplitStart, options: ThreadSplitOptions): AsyncGenerator<InputEvent[]> {
  const stream = fs.createReadStream(options.file, { start: from.start, highWaterMark: CHUNK_BYTES });
  let bytes = from.start - options.start;
  stream.on('data', (chunk) => options.onBytes((bytes += chunk.length)));
  try {
    yield* splitLines(stream, options.maxLineBytes, options.makeSink, from);
  } finally {
    stream.destroy();
  }
}
