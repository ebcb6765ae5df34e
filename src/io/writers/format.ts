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

/**
 * How CSV is written. A spreadsheet set to a decimal-comma locale
 * (Vietnamese among them) splits fields on ";" and reads "12,5" as a
 * number, where a comma file opens as one column and "12.5" as text.
 */
export interface CsvStyle {
  /** A UTF-8 byte order mark first (Excel otherwise guesses a legacy code page). */
  bom: boolean;
  separator: ',' | ';' | '\t';
  decimalComma: boolean;
}

export const RFC_CSV: CsvStyle = { bom: false, separator: ',', decimalComma: false };

function csvOptions(style: CsvStyle) {
  return { escape_formulas: true, record_delimiter: 'windows', eof: true, delimiter: style.separator } as const;
}

// csv-stringify is loaded on the first CSV row (synchronously, from its
// CommonJS build), so runs writing JSON don't pay for it at start-up.
let csvStringify: typeof import('csv-stringify/sync').stringify | null = null;
function stringify(...args: Parameters<typeof import('csv-stringify/sync').stringify>): string {
  csvStringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return csvStringify(...args);
}

export function serializeRow(format: FormatName, row: Row, csv: CsvStyle = RFC_CSV): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify(row) + '\n';
    case 'json':
      return JSON.stringify(row);
    case 'csv':
      return stringify([Object.values(row).map((v) => csvCell(v, csv.decimalComma))], csvOptions(csv));
    default:
      throw new Error(`rows are not serialised for ${format}`);
  }
}

export function framing(format: FormatName, columns: string[], csv: CsvStyle = RFC_CSV): Framing {
  switch (format) {
    case 'json':
      return { head: '[', prefix: (i) => (i === 0 ? '\n' : ',\n'), tail: (n) => (n ? '\n]\n' : ']\n') };
    case 'csv':
      return {
        head: (csv.bom ? '\uFEFF' : '') + stringify([columns], csvOptions(csv)),
        prefix: () => '',
        tail: () => '',
      };
    default:
      return { head: '', prefix: () => '', tail: () => '' };
  }
}
