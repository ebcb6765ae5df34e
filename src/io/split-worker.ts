// The thread of split-thread.ts: reads one file from where the main thread
// says and splits it into lines with the same LineSplitter, then posts the
// lines a read at a time, packed (see SplitBatch), so that decoding UTF-8
// happens here, beside the extractor rather than before it.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { LineSplitter } from './split.js';
import { LINE, LINE_INVALID, LONG, type SplitBatch, type SplitJob, type SplitMessage, type SplitStart } from './split-batch.js';

const job = workerData as SplitJob;
const port = parentPort!;

let credits = job.ahead;
let wake: (() => void) | null = null;
let startAt: (from: SplitStart) => void;
const started = new Promise<SplitStart>((resolve) => (startAt = resolve));
// The first message says where to start; after it, the main thread gives a
// credit back for each batch it takes: reading stays at most `ahead` batches
// in front, so memory does not grow with the file.
let first = true;
port.on('message', (m: SplitStart | number) => {
  if (first) {
    first = false;
    startAt(m as SplitStart);
    return;
  }
  credits++;
  if (wake) {
    const w = wake;
    wake = null;
    w();
  }
});

let texts: string[] = [];
let kinds: number[] = [];
let longBytes: number[] = [];
let firstLine = 1;
const sink = {
  line(no: number, text: string, invalid: boolean) {
    if (kinds.length === 0) firstLine = no;
    texts.push(text);
    kinds.push(invalid ? LINE_INVALID : LINE);
  },
  long(no: number, preview: string, bytes: number) {
    if (kinds.length === 0) firstLine = no;
    texts.push(preview);
    kinds.push(LONG);
    longBytes.push(bytes);
  },
};

function post(bytes: number, done: boolean): void {
  const kindArray = Uint8Array.from(kinds);
  const batch: SplitBatch = { first: firstLine, texts: texts.join('\n'), kinds: kindArray, longBytes, bytes, done };
  port.postMessage(batch satisfies SplitMessage, [kindArray.buffer]);
  texts = [];
  kinds = [];
  longBytes = [];
}

async function run(): Promise<void> {
  let fd: number | null = null;
  let bytes = 0;
  try {
    fd = fs.openSync(job.path, 'r');
    port.postMessage({ ready: true } satisfies SplitMessage);
    const from = await started;
    const splitter = new LineSplitter(job.maxLineBytes, sink, from);
    let position = from.start;
    for (;;) {
      if (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      // A fresh buffer each time: the splitter keeps views of a chunk for a line cut by its end.
      const chunk = Buffer.allocUnsafe(job.chunkBytes);
      const n = fs.readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      position += n;
      bytes += n;
      splitter.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      if (kinds.length > 0) {
        credits--;
        post(bytes, false);
      }
    }
    splitter.end();
    post(bytes, true);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    port.postMessage({ error: { message: err.message, code: typeof err.code === 'string' ? err.code : 'EIO' } } satisfies SplitMessage);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

void run();
