// A .csv input with a header row, its separator (',', ';', tab or '|') told
// by that row. The text is in one column (default "text"); --keep columns go
// to `extra`. Line numbers count data rows from 1,
// the header excluded, so row N is the Nth record a spreadsheet shows under
// its header (a physical line number would shift with multi-line cells).
import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import type { InputEvent } from './inputs.js';
import { rejoined } from './decode.js';
import { InputError } from './errors.js';
import { fieldList, reject, textEvent, type RowOptions } from './rows.js';

export interface CsvOptions extends RowOptions {
  textColumn: string;
}

/** Field separators a CSV may use, the first winning ties. */
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The separator of the header row: the one it holds most of, outside
 * quotes. Spreadsheets in locales with a decimal comma (Vietnamese among
 * them) save CSV with ';'; tab-separated exports are common too.
 */
export function headerDelimiter(header: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = DELIMITERS[0];
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** The first line of the input (at most `limit` bytes of it), and all the chunks to read again. */
async function peekFirstLine(chunks: AsyncIterable<Buffer>, limit: number): Promise<{ line: string; all: AsyncIterable<Buffer> }> {
  const it = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < limit) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
    if (r.value.includes(10)) break;
  }
  const bytes = Buffer.concat(head);
  const end = bytes.indexOf(10);
  const line = bytes.toString('utf8', 0, end === -1 ? Math.min(bytes.length, limit) : end);
  return { line, all: rejoined(bytes, done ? null : it) };
}

export async function* readCsv(chunks: AsyncIterable<Buffer>, source: string, opts: CsvOptions): AsyncGenerator<InputEvent[]> {
  const { line: headerLine, all } = await peekFirstLine(chunks, opts.maxLineBytes);
  const input = Readable.from(all, { objectMode: false });
  const rows = pipeline(
    input,
    // Rows with a wrong number of fields are let through and rejected here,
    // one by one, instead of stopping the whole file.
    parse({
      delimiter: headerDelimiter(headerLine),
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: opts.maxLineBytes,
      skip_empty_lines: false,
    }),
    () => {},
  );
  let header: string[] | null = null;
  let textAt = -1;
  let keepAt: [string, number][] = [];
  let row = 0;
  try {
    for await (const fields of rows as AsyncIterable<string[]>) {
      if (header === null) {
        header = fields.map((h) => h.trim());
        textAt = header.indexOf(opts.textColumn);
        if (textAt === -1) {
          throw new InputError(`no ${fieldList([opts.textColumn])} column in the CSV header (found: ${header.join(', ')})`);
        }
        keepAt = opts.keep.map((k) => [k.column, header!.indexOf(k.field)] as [string, number]).filter(([, i]) => i !== -1);
        continue;
      }
      row++;
      if (fields.every((f) => f.trim() === '')) {
        yield [{ type: 'blank', source, line: row }];
        continue;
      }
      if (fields.length !== header.length) {
        yield [reject(source, row, `row has ${fields.length} fields, the header has ${header.length}`, fields.join(','))];
        continue;
      }
      const text = fields[textAt].trim();
      yield [
        textEvent(text, source, row, opts, () => (opts.keep.length ? Object.fromEntries(keepAt.map(([k, i]) => [k, fields[i]])) : undefined), text),
      ];
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new InputError(`invalid CSV after row ${row}: ${(e as Error).message}`);
    }
    throw e;
  } finally {
    rows.destroy();
    input.destroy();
  }
}
