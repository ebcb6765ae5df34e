// Reading inputs: files, folders, glob patterns and stdin, turned into a
// stream of events: one per non-blank line (with its source and 1-based line
// number), one per blank or rejected line, and one per input that could not
// be read. A user's bad input never throws: it becomes an event and the
// other inputs go on. Every input that starts also ends:
//   start, (line | blank | reject | warning)*, [error], end
// or, when it cannot be opened at all (missing, binary), a lone error.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { ReadAhead } from '../extract.js';
import { isGzip, readHead, rejoined, sniff, utf8Chunks } from './decode.js';
import { InputError, isInputError } from './errors.js';
import { describeError, expandInputs, firstLine, type InputItem } from './expand.js';
import { formatOf, type InputFormat } from './input-format.js';
import { parseKeep, type KeepField } from './keep.js';
import { jsonlSink, splitLines, textSink } from './read-lines.js';

export interface InputOptions {
  /** JSON/JSONL inputs: the field(s) holding the text, joined with ". " (default ["text"]). */
  textFields?: string[];
  /** CSV inputs: the column holding the text (default "text"). */
  textColumn?: string;
  /** Other input fields carried into each record (url, date...); "column=field" renames one (see parseKeep). */
  keep?: string[];
  /** Lines longer than this many bytes are rejected, not loaded whole (default 1 MiB). */
  maxLineBytes?: number;
  /** How to read stdin ("-"), which has no extension to tell (default "text"). */
  stdinFormat?: InputFormat;
  /** Read every input (stdin too) as this, whatever its extension says. */
  format?: InputFormat;
  /** Files a folder or pattern never yields (the run's own outputs), as real paths. */
  skip?: ReadonlySet<string>;
  /** The stream read for "-" (default process.stdin); for tests and embedding. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Text and JSON Lines files of at least this many bytes are split into
   * lines on a thread of their own (default 8 MiB; Infinity: never). Below
   * that, starting the thread costs more than it saves.
   */
  threadBytes?: number;
}

export type InputEvent =
  /**
   * A line (or row) to extract. `extra` holds the --keep fields of structured
   * inputs; `read` gives the text read ahead (readLine and the line-only
   * rules), when the split thread has done that already (extractRead takes it).
   */
  | { type: 'line'; source: string; line: number; text: string; extra?: Record<string, unknown>; read?: ReadAhead }
  /** A line that cannot become a record, with the reason; `text` is a preview (first 200 characters). */
  | { type: 'reject'; source: string; line: number; reason: string; text: string }
  /** A blank line: counted, not extracted. */
  | { type: 'blank'; source: string; line: number }
  /**
   * Something worth telling but not fatal (e.g. invalid UTF-8 replaced).
   * `message` is one line without the source or line: show it as
   * `${source}: line ${line}: ${message}`.
   */
  | { type: 'warning'; source: string; line?: number; message: string }
  /**
   * An input that could not be read (missing, binary, corrupt JSON...), or
   * that failed part way (then between its start and end). `message` is one
   * line without the source: show it as `${source}: ${message}`, e.g.
   * "missing.txt: no such file".
   */
  | { type: 'error'; source: string; message: string }
  /** An input starts; `bytes` is its size when known (for progress). */
  | { type: 'start'; source: string; bytes: number | null }
  /** An input is finished. */
  | { type: 'end'; source: string };

/** Bytes read so far across all inputs, for progress bars. */
export interface ReadProgress {
  /** Bytes read from disk or stdin (compressed bytes for .gz inputs). */
  bytesRead: number;
  /** Total size of all inputs on disk, known up front (null when stdin or a pipe is involved). */
  totalBytes: number | null;
}

const MiB = 1 << 20;
/**
 * Bytes per read. Small on purpose: a chunk's lines stay alive until the
 * extractor reaches them, and lines that outlive two young-generation GCs are
 * promoted to the old generation. With 256 KiB chunks peak RSS on a large
 * input was ~146 MB; with 32 KiB ~116 MB, at the same speed.
 */
const READ_CHUNK = 32 * 1024;
const THREAD_BYTES = 8 * MiB;
// Opened first, so that a file that cannot be read fails here, before any
// stream exists. Callback fs, not node:fs/promises (see expand.ts).
const open = promisify(fs.open);

export function readInputs(specs: string[], options: InputOptions = {}, progress?: ReadProgress): AsyncIterable<InputEvent> {
  // A plain iterator over the batches: an async generator here would add
  // its own queueing to every single line.
  return {
    [Symbol.asyncIterator](): AsyncIterator<InputEvent> {
      const batches = readInputBatches(specs, options, progress);
      let batch: InputEvent[] = [];
      let i = 0;
      return {
        async next(): Promise<IteratorResult<InputEvent>> {
          while (i >= batch.length) {
            const r = await batches.next();
            if (r.done) return { done: true, value: undefined };
            batch = r.value;
            i = 0;
          }
          return { done: false, value: batch[i++] };
        },
        async return(): Promise<IteratorResult<InputEvent>> {
          // Runs the readers' finally blocks: streams closed, nothing read behind.
          await batches.return(undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}

function keepField(spec: string): KeepField {
  const k = parseKeep(spec);
  if (!k) throw new TypeError(`keep: "${spec}" is not a field name or column=field`);
  return k;
}

/**
 * The same events in batches (those of one read chunk): one await per batch
 * instead of one per line, for consumers on the hot path.
 */
export async function* readInputBatches(
  specs: string[],
  options: InputOptions = {},
  progress: ReadProgress = { bytesRead: 0, totalBytes: null },
): AsyncGenerator<InputEvent[]> {
  const opts = {
    textFields: options.textFields?.length ? options.textFields : ['text'],
    textColumn: options.textColumn ?? 'text',
    keep: (options.keep ?? []).map(keepField),
    maxLineBytes: options.maxLineBytes ?? MiB,
    stdinFormat: options.stdinFormat ?? 'text',
    format: options.format,
    stdin: options.stdin,
    threadBytes: options.threadBytes ?? THREAD_BYTES,
  };
  const items = await expandInputs(specs, options.skip);
  progress.totalBytes = items.some((it) => it.kind === 'stdin' || (it.kind === 'file' && it.size === null))
    ? null
    : items.reduce((sum, it) => sum + (it.kind === 'file' ? (it.size ?? 0) : 0), 0);
  for (const item of items) {
    if (item.kind === 'error') yield [{ type: 'error', source: item.source, message: item.message }];
    else yield* readOne(item, opts, progress);
  }
}

type Resolved = Required<Omit<InputOptions, 'stdin' | 'format' | 'skip' | 'keep'>> & {
  keep: KeepField[];
  stdin?: NodeJS.ReadableStream;
  format?: InputFormat;
};

async function* readOne(
  item: Exclude<InputItem, { kind: 'error' }>,
  opts: Resolved,
  progress: ReadProgress,
): AsyncGenerator<InputEvent[]> {
  const source = item.source;
  const named = item.kind === 'stdin' ? { format: opts.stdinFormat, gzip: false } : formatOf(item.path);
  const format = opts.format ?? named.format;
  const gzip = named.gzip;
  const before = progress.bytesRead;
  let raw: Readable | null = null;
  let bytes: Readable | null = null;
  let started = false;
  try {
    if (item.kind === 'stdin') raw = (opts.stdin ?? process.stdin) as Readable;
    else raw = fs.createReadStream(item.path, { fd: await open(item.path, 'r'), highWaterMark: READ_CHUNK });
    const counted = raw;
    counted.on('data', (c: Buffer | string) => {
      progress.bytesRead += c.length;
    });
    bytes = gzip ? gunzipped(counted) : counted;
    let it = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let { head, done } = await readHead(it);
    if (!gzip && isGzip(head)) {
      // Gzip data under a name that does not say so (stdin, /dev/fd/63): read it all the same.
      bytes = gunzipped(Readable.from(rejoined(head, done ? null : it)));
      it = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      ({ head, done } = await readHead(it));
    }
    const { encoding, bomLength } = sniff(head);
    if (encoding === 'binary') {
      yield [{ type: 'error', source, message: 'binary file, skipped' }];
      return;
    }
    started = true;
    yield [{ type: 'start', source, bytes: item.kind === 'file' ? item.size : null }];
    const chunks = utf8Chunks(head, done, it, encoding, bomLength);
    if (format === 'text' || format === 'jsonl') {
      const makeSink = format === 'text'
        ? (out: InputEvent[]) => textSink(source, opts.maxLineBytes, out)
        : (out: InputEvent[]) => jsonlSink(source, opts, out);
      if (item.kind === 'file' && (item.size ?? 0) >= opts.threadBytes && bytes === raw && encoding === 'utf8' && !done) {
        // A big plain file: a thread takes over the reading once it has started.
        const stream = raw;
        const handOver = () => stream.destroy();
        const onBytes = (n: number) => {
          progress.bytesRead = before + bomLength + n;
        };
        // Loaded only for such a file (node:worker_threads with it): start-up time.
        const { splitLinesInThread } = await import('./split-thread.js');
        yield* splitLinesInThread(chunks, {
          file: item.path,
          start: bomLength,
          maxLineBytes: opts.maxLineBytes,
          makeSink,
          handOver,
          onBytes,
          // Plain text only: a JSON line's text is not the line.
          read: format === 'text',
        });
      } else {
        yield* splitLines(chunks, opts.maxLineBytes, makeSink);
      }
    }
    // The JSON and CSV parsers are loaded only when such an input comes: start-up time.
    else if (format === 'json') yield* (await import('./read-json.js')).readJsonArray(chunks, source, opts);
    else yield* (await import('./read-csv.js')).readCsv(chunks, source, opts);
    yield [{ type: 'end', source }];
  } catch (e) {
    if (!isInputError(e)) throw e;
    yield [{ type: 'error', source, message: reason(e) }];
    if (started) yield [{ type: 'end', source }];
  } finally {
    // Also runs when the consumer stops early: no read goes on behind its back.
    // stdin is left open when fully read (an embedding app may still own it).
    if (bytes && bytes !== raw) bytes.destroy();
    if (raw && (raw !== process.stdin || !raw.readableEnded)) raw.destroy();
  }
}

/**
 * The decompressed bytes of `compressed`; node:zlib is loaded only when gzip
 * data comes (start-up time). By require, not import(): the CLI's bundle runs
 * as a vm.Script (bundle-loader.ts), which cannot import().
 */
function gunzipped(compressed: Readable): Readable {
  const zlib = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  const gunzip = zlib.createGunzip({ chunkSize: READ_CHUNK });
  compressed.on('error', (e) => gunzip.destroy(e));
  return compressed.pipe(gunzip);
}

function reason(e: Error & { code?: string }): string {
  if (e instanceof InputError) return firstLine(e.message);
  if (e.code?.startsWith('Z_') || e.code === 'ERR_ZLIB_INITIALIZATION_FAILED') return `corrupt gzip data (${firstLine(e.message)})`;
  return describeError(e);
}
