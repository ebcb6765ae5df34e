// What split-thread.ts and split-worker.ts say to each other. The thread
// says it is ready; the main thread answers where to start reading (it splits
// the file itself meanwhile), then gives a credit back per batch taken. A
// batch holds the lines of a read in one string (a line never holds a line
// end, so "\n" joins them unambiguously) and one byte each for what the line
// is: one string and one typed array cross between threads far cheaper than
// an object per line.
import type { SplitPoint } from './split.js';

/** A line as read. */
export const LINE = 0;
/** A line whose invalid UTF-8 bytes were replaced with U+FFFD. */
export const LINE_INVALID = 1;
/** A line over the limit: its text is the preview; its length is in longBytes. */
export const LONG = 2;

export interface SplitJob {
  path: string;
  maxLineBytes: number;
  chunkBytes: number;
  /** Batches the thread may post before the main thread takes them. */
  ahead: number;
}

export interface SplitBatch {
  /** Line number of the first line; the others follow without gaps. */
  first: number;
  texts: string;
  /** LINE, LINE_INVALID or LONG, one per line. */
  kinds: Uint8Array;
  /** Byte lengths of the LONG lines, in order. */
  longBytes: number[];
  /** Bytes read from the file so far (from `start`). */
  bytes: number;
  /** The file is finished: nothing follows. */
  done: boolean;
}

/** Where the thread starts: a byte offset at the start of line `lines + 1`. */
export interface SplitStart extends SplitPoint {
  start: number;
}

/** A read that failed: the system error's message and code. */
export interface SplitFailure {
  error: { message: string; code: string };
}

/** From the thread: ready to start, a batch, or a failure. */
export type SplitMessage = { ready: true } | SplitBatch | SplitFailure;
