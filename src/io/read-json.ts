// A .json input: an array of objects, streamed element by element with
// stream-json, so a file larger than memory is fine. Line = index + 1.
import { Readable, pipeline } from 'node:stream';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type { InputEvent } from './inputs.js';
import { InputError } from './errors.js';
import { jsonRowEvent, type RowOptions } from './rows.js';

export async function* readJsonArray(chunks: AsyncIterable<Buffer>, source: string, opts: RowOptions): AsyncGenerator<InputEvent[]> {
  const input = Readable.from(chunks, { objectMode: false });
  const items = pipeline(input, StreamArray.withParser(), () => {
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
}
