// What split-thread.ts and split-worker.ts say to each other. The thread
// says it is ready; the main thread answers where to start reading (it splits
// the file itself meanwhile), then gives a credit back per batch taken (in
// shared memory). A batch holds the lines of a read as an array of strings
// and one byte each for what the line is: arrays of strings and typed arrays
// cross between threads far cheaper than an object per line. Not one joined
// string: the lines split from it on this side would be slices of it, and
// every scan of a slice goes through it (measured: extraction slower by
// several per cent).
import type { EarlyFindings } from '../rules/early.js';
import type { Area, Decision, DecisionType, Found, Investment, Qualifier } from '../types.js';
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
  /** Also run readLine on each line (plain text inputs: the line is what extract() reads). */
  read: boolean;
  chunkBytes: number;
  /**
   * One Int32: batches the thread may post before the main thread takes
   * them (it starts at the number allowed ahead; see split-worker.ts).
   */
  credits: SharedArrayBuffer;
}

export interface SplitBatch {
  /** Line number of the first line; the others follow without gaps. */
  first: number;
  /** The lines' texts (a LONG line's: its preview). */
  texts: string[];
  /** LINE, LINE_INVALID or LONG, one per line. */
  kinds: Uint8Array;
  /** Byte lengths of the LONG lines, in order. */
  longBytes: number[];
  /** With SplitJob.read: how readLine read each line. */
  reads?: PackedReads;
  /** The file offset read up to. */
  bytes: number;
  /** The file is finished: nothing follows. */
  done: boolean;
  /** Where the main thread goes on, should the thread stop after this batch: past its last line. */
  resume: SplitStart;
}

/** PackedReads.flags: the line was read (not blank, not over the limit). */
export const READ = 1;
/** PackedReads.flags: a headline in capitals. */
export const ALL_CAPS = 2;
/** PackedReads.flags: the read text is not the line trimmed (cleaned): it is next in `cleaned`. */
export const OWN_TEXT = 4;
/** PackedReads.flags: the prepared text differs from the text: it is next in `cleaned`. */
export const OWN_NORM = 8;
/** PackedReads.flags: the line-only rules ran (findEarly): their findings are next in `early`. */
export const EARLY = 16;

/**
 * ReadLine results of a batch's lines, in parts that cross cheaply: folded
 * lines are mostly ASCII (one byte a character), token offsets move as a
 * typed array. Most lines need only the fold and the offsets: their text is
 * the line trimmed, and preparing it changes nothing.
 */
export interface PackedReads {
  /** Per line: READ, ALL_CAPS, OWN_TEXT, OWN_NORM, EARLY bits. */
  flags: Uint8Array;
  /** Per line: its token count. */
  counts: Int32Array;
  /** Start and end offsets (in the prepared text) of every token of the batch, line after line. */
  edges: Int32Array;
  /** The folded texts of the lines (empty for a line not read). */
  folds: string[];
  /** The texts (OWN_TEXT) and prepared texts (OWN_NORM) in line order. */
  cleaned: string[];
  /**
   * The findings of findEarly (EARLY lines), flat, line after line: the
   * decisions' count, then number, type, start, end, rule for each; the
   * areas' count, then hectares, qualifier, start, end, rule; the
   * investments' count, then amount, currency, qualifier, start, end, rule.
   * Primitives in one array cross far cheaper than objects.
   */
  early: (string | number)[];
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

/** Appends one line's findEarly findings to PackedReads.early. */
export function packEarly(f: EarlyFindings, out: (string | number)[]): void {
  out.push(f.decisions.length);
  for (const { value, span, rule } of f.decisions) out.push(value.number, value.type, span[0], span[1], rule);
  out.push(f.areas.length);
  for (const { value, span, rule } of f.areas) out.push(value.hectares, value.qualifier, span[0], span[1], rule);
  out.push(f.investments.length);
  for (const { value, span, rule } of f.investments) out.push(value.amount, value.currency, value.qualifier, span[0], span[1], rule);
}

/** How many items of PackedReads.early, from `at`, one line's findings take. */
export function earlySize(a: readonly (string | number)[], at: number): number {
  let k = at;
  k += 1 + 5 * (a[k] as number);
  k += 1 + 5 * (a[k] as number);
  k += 1 + 6 * (a[k] as number);
  return k - at;
}

/** One line's findings from PackedReads.early, from `at`. */
export function unpackEarly(a: readonly (string | number)[], at: number): EarlyFindings {
  let k = at;
  const decisions: Found<Decision>[] = [];
  for (let n = a[k++] as number; n > 0; n--, k += 5) {
    decisions.push({ value: { number: a[k] as string, type: a[k + 1] as DecisionType }, span: [a[k + 2] as number, a[k + 3] as number], rule: a[k + 4] as string });
  }
  const areas: Found<Area>[] = [];
  for (let n = a[k++] as number; n > 0; n--, k += 5) {
    areas.push({ value: { hectares: a[k] as number, qualifier: a[k + 1] as Qualifier }, span: [a[k + 2] as number, a[k + 3] as number], rule: a[k + 4] as string });
  }
  const investments: Found<Investment>[] = [];
  for (let n = a[k++] as number; n > 0; n--, k += 6) {
    investments.push({
      value: { amount: a[k] as number, currency: a[k + 1] as string, qualifier: a[k + 2] as Qualifier },
      span: [a[k + 3] as number, a[k + 4] as number],
      rule: a[k + 5] as string,
    });
  }
  return { decisions, areas, investments };
}
