// One input line → its output rows as strings, plus the flags the main thread
// needs (matched, fields filled, dedupe key). Pure and serialisable both
// ways, so the same code runs inline (--jobs 1) and in worker threads.
import { createRequire } from 'node:module';
import { extract, extractRead, type Extraction, type ReadAhead } from '../extract.js';
import { toRecord } from '../record/build.js';
import { cleanLine, prepare } from '../normalize/text.js';
import { buildRows, jsonRowWriter, rowParks, serializeRow, type CsvStyle, type FormatName } from '../io/writers/index.js';
import type { KnownPark } from '../types.js';
import { makeChalk } from './color.js';
import { renderPretty } from './pretty.js';

export interface ProcessConfig {
  format: FormatName;
  columns: string[];
  explodeParks: boolean;
  explain: boolean;
  dedupe: boolean;
  /** With --matched-only, rows of unmatched lines are not built. */
  matchedOnly: boolean;
  colorLevel: 0 | 1 | 2 | 3;
  knownParks?: KnownPark[];
  debug: boolean;
  /** How CSV rows are written (separator, decimal comma). */
  csv: CsvStyle;
}

export interface LineJob {
  source: string;
  line: number;
  text: string;
  extra?: Record<string, unknown>;
  /** `text` read ahead by the split thread (readLine and the line-only rules), when it has. */
  read?: ReadAhead;
}

/** Bits of `filled`, in RunSummary.perField order. */
export const FILLED_FIELDS = ['province', 'provinces', 'parks', 'areas', 'investments', 'decisions', 'localities'] as const;

export interface LineOutcome {
  rows: string[];
  /** Bit i set: FILLED_FIELDS[i] has a value. */
  filled: number;
  /** Normalised text, with --dedupe. */
  key?: string;
  /** Set when the line could not become a record (an internal failure): it is rejected with this reason. */
  error?: string;
}

// node:crypto is loaded on the first dedupe key, so runs without --dedupe
// don't pay for it at start-up.
let hashing: typeof import('node:crypto') | null = null;

/**
 * The dedupe key: a digest of the normalised form (dashes, spaces, Đ, tone
 * placement unified; case and runs of spaces ignored). A run keeps every
 * distinct key, so a digest, not the text: the text kept as a key cost
 * about 3 KB a line (200,000 distinct park lines: 670 MB peak RSS). SHA-256
 * in base64: no two lines of any dump share one by chance, and the key
 * never holds a '\n' (keys cross threads joined by it).
 */
export function dedupeKey(text: string): string {
  let norm = prepare(cleanLine(text)).toLowerCase();
  if (ODD_SPACE.test(norm)) norm = norm.replace(/\s+/g, ' ');
  hashing ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return hashing.hash('sha256', norm, 'base64');
}

// Whitespace that the key writes otherwise: a run of two, or any but a plain space.
const ODD_SPACE = /\s\s|[^\S ]/;

export function makeLineProcessor(config: ProcessConfig): (job: LineJob) => LineOutcome {
  const chalk = makeChalk(config.colorLevel);
  const extractOptions = config.knownParks ? { knownParks: config.knownParks } : {};
  const rowOptions = { columns: config.columns, explodeParks: config.explodeParks, explain: config.explain };
  // JSON rows are written from the record directly (the same text, no row objects).
  const json = config.format === 'jsonl' || config.format === 'json' ? jsonRowWriter(config.columns) : null;
  const eol = config.format === 'jsonl' ? '\n' : '';
  return (job) => {
    try {
      let x: Extraction;
      if (job.read) {
        const ahead = job.read();
        x = extractRead(ahead.line, extractOptions, ahead.early);
      } else x = extract(job.text, extractOptions);
      const record = toRecord(x, job.source, job.line);
      let filled = 0;
      if (record.province !== null) filled |= 1;
      if (record.provinces.length) filled |= 2;
      if (record.parks.length) filled |= 4;
      if (record.areas.length) filled |= 8;
      if (record.investments.length) filled |= 16;
      if (record.decisions.length) filled |= 32;
      if (record.localities.length) filled |= 64;
      const outcome: LineOutcome = { rows: [], filled };
      if (config.dedupe) outcome.key = dedupeKey(job.text);
      if (config.matchedOnly && !filled) return outcome;
      if (config.format === 'pretty') {
        const merged = job.extra ? { ...job.extra, ...record } : record;
        outcome.rows.push(renderPretty(x, merged, chalk));
      } else if (json !== null) {
        for (const park of rowParks(record, config.explodeParks)) outcome.rows.push(json(record, x, job.extra, park) + eol);
      } else {
        for (const row of buildRows(record, x, job.extra, rowOptions)) outcome.rows.push(serializeRow(config.format, row, config.csv));
      }
      return outcome;
    } catch (err) {
      const e = err as Error;
      return { rows: [], filled: 0, error: `internal error: ${config.debug ? (e.stack ?? e.message) : e.message.split('\n')[0]}` };
    }
  };
}
