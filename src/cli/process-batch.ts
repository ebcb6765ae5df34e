// A batch of input lines → one outcome for the whole batch, packed as a few
// strings and typed arrays: posting that between threads costs a copy of
// each, where an object per line (and a string per row) cost a structured
// clone each. The same code runs on the main thread and in workers.
import type { ReadAhead } from '../extract.js';
import { makeLineProcessor, type LineJob, type ProcessConfig } from './process-line.js';

export interface LineBatch {
  /** The lines' texts; joined with '\n' (texts never hold one) when posted to a worker. */
  texts: string[] | string;
  /** Each line's number. */
  lines: Int32Array;
  /** Each line's input, as an index into `sources`. */
  sourceIdx: Int32Array;
  sources: string[];
  /** The --keep fields of structured inputs, per line; absent when no line has any. */
  extras?: (Record<string, unknown> | undefined)[];
  /**
   * Lines the split thread has read already (see InputEvent.read), per line;
   * absent when none has. Never posted to a worker: with --jobs above 1 no
   * split thread runs.
   */
  reads?: (ReadAhead | undefined)[];
}

export interface BatchOutcome {
  /** Every row of the batch, serialised, in order. */
  out: string;
  /** Each row's length in `out`. */
  rowLens: Int32Array;
  /** Each line's number of rows. */
  rowCounts: Int32Array;
  /** Each line's filled bits (see FILLED_FIELDS). */
  filled: Uint8Array;
  /** With --dedupe: each line's key, joined with '\n' (keys never hold one). */
  keys?: string;
  /** Lines that failed, by index in the batch: the reason (rare, so sparse). */
  errors?: [number, string][];
}

export function batchTexts(batch: LineBatch): string[] {
  return typeof batch.texts === 'string' ? batch.texts.split('\n') : batch.texts;
}

export function makeBatchProcessor(config: ProcessConfig): (batch: LineBatch) => BatchOutcome {
  const processLine = makeLineProcessor(config);
  return (batch) => {
    const texts = batchTexts(batch);
    const n = texts.length;
    const rowCounts = new Int32Array(n);
    const filled = new Uint8Array(n);
    const rows: string[] = [];
    const keys: string[] | null = config.dedupe ? [] : null;
    let errors: [number, string][] | undefined;
    for (let i = 0; i < n; i++) {
      const job: LineJob = {
        source: batch.sources[batch.sourceIdx[i]],
        line: batch.lines[i],
        text: texts[i],
        extra: batch.extras?.[i],
        read: batch.reads?.[i],
      };
      const o = processLine(job);
      if (o.error !== undefined) (errors ??= []).push([i, o.error]);
      rowCounts[i] = o.rows.length;
      filled[i] = o.filled;
      keys?.push(o.key ?? '');
      for (const row of o.rows) rows.push(row);
    }
    const rowLens = new Int32Array(rows.length);
    for (let r = 0; r < rows.length; r++) rowLens[r] = rows[r].length;
    const outcome: BatchOutcome = { out: rows.join(''), rowLens, rowCounts, filled };
    if (keys) outcome.keys = keys.join('\n');
    if (errors) outcome.errors = errors;
    return outcome;
  };
}

/** Collects lines into batches of `size`, without an object per line. */
export class BatchBuilder {
  private texts: string[] = [];
  private lines: Int32Array;
  private sourceIdx: Int32Array;
  private sources: string[] = [];
  private extras: (Record<string, unknown> | undefined)[] | null = null;
  private reads: (ReadAhead | undefined)[] | null = null;

  constructor(private readonly size: number) {
    this.lines = new Int32Array(size);
    this.sourceIdx = new Int32Array(size);
  }

  get empty(): boolean {
    return this.texts.length === 0;
  }

  /** Adds a line; true when the batch is full. */
  add(source: string, line: number, text: string, extra?: Record<string, unknown>, read?: ReadAhead): boolean {
    const i = this.texts.length;
    let s = this.sources.length - 1;
    if (s < 0 || this.sources[s] !== source) s = this.sources.push(source) - 1;
    this.texts.push(text);
    this.lines[i] = line;
    this.sourceIdx[i] = s;
    if (extra) (this.extras ??= [])[i] = extra;
    if (read) (this.reads ??= [])[i] = read;
    return i + 1 >= this.size;
  }

  take(): LineBatch {
    const n = this.texts.length;
    const batch: LineBatch = { texts: this.texts, lines: this.lines.slice(0, n), sourceIdx: this.sourceIdx.slice(0, n), sources: this.sources };
    if (this.extras) batch.extras = this.extras;
    if (this.reads) batch.reads = this.reads;
    this.texts = [];
    this.sources = [];
    this.extras = null;
    this.reads = null;
    return batch;
  }
}
