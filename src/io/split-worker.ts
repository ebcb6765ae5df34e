// The thread of split-thread.ts: reads one file from where the main thread
// says and splits it into lines with the same LineSplitter; for plain text
// it also reads each line as extract() would and runs the line-only rules.
// It posts the lines a read at a time, packed (see SplitBatch), so that all
// this happens here, beside the rest of the extraction rather than before it.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readLineEdges, readLineFrom } from '../normalize/line.js';
import { findEarly } from '../rules/early.js';
import { isBlank } from './blank.js';
import { LineSplitter } from './split.js';
import {
  ALL_CAPS, EARLY, LINE, LINE_INVALID, LONG, OWN_NORM, OWN_TEXT, READ, packEarly,
  type SplitBatch, type SplitJob, type SplitMessage, type SplitStart,
} from './split-batch.js';

const job = workerData as SplitJob;
const port = parentPort!;

// Batches the thread may still post: the main thread adds one back for each
// batch it takes, so reading stays a few batches in front at most and
// memory does not grow with the file. Shared memory, not a message per
// batch: a message each way per batch cost the main thread ~2%.
const credits = new Int32Array(job.credits);
let startAt: (from: SplitStart) => void;
const started = new Promise<SplitStart>((resolve) => (startAt = resolve));
// `on`, not `once`: the listener keeps the thread alive after its last batch
// until the main thread terminates it, so no batch is lost to an early exit.
port.on('message', (m: SplitStart) => startAt(m));

/** Takes a credit, waiting for one; a bounded wait, so that terminate() is never held up. */
function takeCredit(): void {
  for (;;) {
    const c = Atomics.load(credits, 0);
    if (c > 0) {
      if (Atomics.compareExchange(credits, 0, c, c - 1) === c) return;
      continue;
    }
    Atomics.wait(credits, 0, c, 100);
  }
}

let texts: string[] = [];
let kinds: number[] = [];
let longBytes: number[] = [];
let firstLine = 1;
// With job.read, readLine's results, packed (see PackedReads).
let flags: number[] = [];
let counts: number[] = [];
let folds: string[] = [];
let cleaned: string[] = [];
let early: (string | number)[] = [];
/** No options: the line-only rules read none (see rules/early.ts). */
const NO_OPTIONS = {};
let edges = new Int32Array(64 * 1024);
let edgeCount = 0;

/**
 * Longer lines are left to the main thread: the thread's heap is kept small
 * (split-thread.ts), and one line's tokens grow with its length.
 */
const MAX_READ_CHARS = 16 * 1024;

/** Reads a plain text line as extract() would, here rather than on the main thread. */
function read(text: string): void {
  if (isBlank(text) || text.length > MAX_READ_CHARS) {
    unread();
    return;
  }
  const r = readLineEdges(text);
  let f = READ | (r.allCaps ? ALL_CAPS : 0);
  if (r.text !== text.trim()) {
    f |= OWN_TEXT;
    cleaned.push(r.text);
  }
  if (r.norm !== r.text) {
    f |= OWN_NORM;
    cleaned.push(r.norm);
  }
  const n = 2 * r.tokens;
  if (edgeCount + n > edges.length) {
    const grown = new Int32Array(Math.max(edgeCount + n, 2 * edges.length));
    grown.set(edges.subarray(0, edgeCount));
    edges = grown;
  }
  edges.set(r.edges.subarray(0, n), edgeCount);
  edgeCount += n;
  // The line-only rules, as extract() runs them. Should one throw, the main
  // thread runs them itself and reports the line as extract() does.
  try {
    // From the copy: the rules may read other text, which reuses r.edges.
    const line = readLineFrom(r.text, r.norm, r.fold, r.allCaps, edges, edgeCount - n, r.tokens);
    packEarly(findEarly({ ...line, options: NO_OPTIONS }), early);
    f |= EARLY;
  } catch {
    // left to the main thread
  }
  flags.push(f);
  counts.push(r.tokens);
  folds.push(r.fold);
}

function unread(): void {
  flags.push(0);
  counts.push(0);
  folds.push('');
}

const sink = {
  line(no: number, text: string, invalid: boolean) {
    if (kinds.length === 0) firstLine = no;
    texts.push(text);
    kinds.push(invalid ? LINE_INVALID : LINE);
    if (job.read) read(text);
  },
  long(no: number, preview: string, bytes: number) {
    if (kinds.length === 0) firstLine = no;
    texts.push(preview);
    kinds.push(LONG);
    longBytes.push(bytes);
    if (job.read) unread();
  },
};

function post(bytes: number, done: boolean, resume: SplitStart): void {
  const kindArray = Uint8Array.from(kinds);
  const batch: SplitBatch = { first: firstLine, texts, kinds: kindArray, longBytes, bytes, done, resume };
  // The typed arrays move, not copied.
  const moved: ArrayBuffer[] = [kindArray.buffer];
  if (job.read) {
    const reads = {
      flags: Uint8Array.from(flags),
      counts: Int32Array.from(counts),
      edges: edges.slice(0, edgeCount),
      folds,
      cleaned,
      early,
    };
    batch.reads = reads;
    moved.push(reads.flags.buffer, reads.counts.buffer, reads.edges.buffer);
    flags = [];
    counts = [];
    folds = [];
    cleaned = [];
    early = [];
    edgeCount = 0;
  }
  port.postMessage(batch satisfies SplitMessage, moved);
  texts = [];
  kinds = [];
  longBytes = [];
}

/** Where the main thread would go on, should this thread stop after the batch just split. */
function resumeAt(splitter: LineSplitter, position: number): SplitStart {
  const { unfinished, ...point } = splitter.stop();
  return { start: position - unfinished, ...point };
}

async function run(): Promise<void> {
  let fd: number | null = null;
  try {
    fd = fs.openSync(job.path, 'r');
    port.postMessage({ ready: true } satisfies SplitMessage);
    const from = await started;
    const splitter = new LineSplitter(job.maxLineBytes, sink, from);
    let position = from.start;
    for (;;) {
      // A fresh buffer each time: the splitter keeps views of a chunk for a line cut by its end.
      const chunk = Buffer.allocUnsafe(job.chunkBytes);
      const n = fs.readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      position += n;
      splitter.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      if (kinds.length > 0) {
        takeCredit();
        post(position, false, resumeAt(splitter, position));
      }
    }
    splitter.end();
    post(position, true, resumeAt(splitter, position));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // A system error is the input's (the read failed); anything else is a
    // bug here, and stopping lets the main thread read on without the thread.
    if (typeof err.code !== 'string') throw e;
    port.postMessage({ error: { message: err.message, code: err.code } } satisfies SplitMessage);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

void run();
