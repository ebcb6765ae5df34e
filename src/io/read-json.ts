// A .json input: an array of objects, or an object holding one (an API's
// answer: {"status": "ok", "articles": [...]}), streamed element by element
// with stream-json, so a file larger than memory is fine. Line = index + 1.
import { Readable, pipeline } from 'node:stream';
import Parser from 'stream-json/Parser.js';
import type FilterBase from 'stream-json/filters/FilterBase.js';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { InputEvent } from './inputs.js';
import { InputError } from './errors.js';
import { jsonRowEvent, type RowOptions } from './rows.js';

export async function* readJsonArray(chunks: AsyncIterable<Buffer>, source: string, opts: RowOptions): AsyncGenerator<InputEvent[]> {
  const input = Readable.from(chunks, { objectMode: false });
  // The records: the top-level array, else the first array among the
  // top-level object's values. What the top level was is kept for the error.
  let top: string | null = null;
  const records = (stack: FilterBase.Stack, token: FilterBase.Token): boolean => {
    if (stack.length === 0) top ??= token.name;
    return token.name === 'startArray' && (stack.length === 0 || (stack.length === 1 && top === 'startObject'));
  };
  const items = pipeline(input, new Parser(), new Pick({ filter: records, once: true }), new StreamArray(), () => {
    // Errors surface through the iteration below.
  });
  let last = 0;
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      last = item.key + 1;
      yield [jsonRowEvent(item.value, source, last, opts)];
    }
  } catch (e) {
    if ((e as { code?: unknown }).code !== undefined) throw e; // read or gzip errors
    // stream-json's messages ("Parser cannot parse input: expected a value")
    // are clear enough once we say where we were.
    throw new InputError(`invalid JSON after element ${last}: ${(e as Error).message}`);
  } finally {
    items.destroy();
    input.destroy();
  }
  if (last === 0 && top !== null && top !== 'startArray') {
    throw new InputError(`expected an array of records, or an object holding one ({"articles": [...]}); found ${top === 'startObject' ? 'an object without an array' : 'a single value'}`);
  }
}
