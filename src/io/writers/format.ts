// What an output format adds around rows: a head, a prefix before each row
// (JSON's commas), and a tail. Rows themselves are serialised apart (maybe in
// a worker thread), so only strings cross threads.
import { createRequire } from 'node:module';
import type { Row } from './rows.js';
import { csvCell } from './csv.js';

export type FormatName = 'jsonl' | 'json' | 'csv' | 'pretty';
export const FORMATS: FormatName[] = ['jsonl', 'json', 'csv', 'pretty'];

export interface Framing {
  head: string;
  /** Put before the `index`-th row (0-based). */
  prefix(index: number): string;
  tail(count: number): string;
}

/** CSV rows end with CRLF, as RFC 4180 says and spreadsheets expect. */
export const CSV_EOL = '\r\n';
const CSV_OPTIONS = { escape_formulas: true, record_delimiter: 'windows', eof: true } as const;

// csv-stringify is loaded on the first CSV row (synchronously, from its
// CommonJS build), so runs writing JSON don't pay for it at start-up.
let csvStringify: typeof import('csv-stringify/sync').stringify | null = null;
function stringify(...args: Parameters<typeof import('csv-stringify/sync').stringify>): string {
  csvStringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return csvStringify(...args);
}

export function serializeRow(format: FormatName, row: Row): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify(row) + '\n';
    case 'json':
      return JSON.stringify(row);
    case 'csv':
      return stringify([Object.values(row).map(csvCell)], CSV_OPTIONS);
    default:
      throw new Error(`rows are not serialised for ${format}`);
  }
}

export function framing(format: FormatName, columns: string[], bom: boolean): Framing {
  switch (format) {
    case 'json':
      return { head: '[', prefix: (i) => (i === 0 ? '\n' : ',\n'), tail: (n) => (n ? '\n]\n' : ']\n') };
    case 'csv':
      return {
        head: (bom ? '\uFEFF' : '') + stringify([columns], CSV_OPTIONS),
        prefix: () => '',
        tail: () => '',
      };
    default:
      return { head: '', prefix: () => '', tail: () => '' };
  }
}
