// Line-based inputs: plain text (one line, one event) and JSON Lines (one
// object a line). Events of a chunk are collected synchronously by the
// splitter, then handed out, so the per-line cost stays small.
import type { ReadAhead } from '../extract.js';
import { isBlank } from './blank.js';
import type { InputEvent } from './inputs.js';
import { LineSplitter, formatBytes, type LineSink, type SplitPoint } from './split.js';
import { jsonRowEvent, reject, type RowOptions } from './rows.js';

function invalidUtf8(source: string, line: number): InputEvent {
  return { type: 'warning', source, line, message: 'invalid UTF-8 bytes replaced with U+FFFD' };
}

export function textSink(source: string, maxLineBytes: number, out: InputEvent[]): LineSink {
  const reason = `line longer than ${formatBytes(maxLineBytes)}`;
  return {
    line(no, text, invalid, read?: ReadAhead) {
      if (invalid) out.push(invalidUtf8(source, no));
      if (isBlank(text)) out.push({ type: 'blank', source, line: no });
      else if (read) out.push({ type: 'line', source, line: no, text, read });
      else out.push({ type: 'line', source, line: no, text });
    },
    long(no, preview) {
      out.push({ type: 'reject', source, line: no, reason, text: preview });
    },
  };
}

export function jsonlSink(source: string, opts: RowOptions, out: InputEvent[]): LineSink {
  const reason = `line longer than ${formatBytes(opts.maxLineBytes)}`;
  return {
    line(no, text, invalid) {
      if (invalid) out.push(invalidUtf8(source, no));
      if (isBlank(text)) {
        out.push({ type: 'blank', source, line: no });
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        out.push(reject(source, no, `invalid JSON (${(e as Error).message})`, text));
        return;
      }
      out.push(jsonRowEvent(value, source, no, opts, text));
    },
    long(no, preview) {
      out.push({ type: 'reject', source, line: no, reason, text: preview });
    },
  };
}

/**
 * Runs a splitter over the chunks and yields the events its sink collects;
 * `from`: the chunks start at that point of a file (see LineSplitter).
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
  makeSink: (out: InputEvent[]) => LineSink,
  from?: SplitPoint,
): AsyncGenerator<InputEvent[]> {
  const out: InputEvent[] = [];
  const splitter = new LineSplitter(maxLineBytes, makeSink(out), from);
  // splice(0) hands the batch over and empties the sink's array.
  for await (const chunk of chunks) {
    splitter.push(chunk);
    if (out.length) yield out.splice(0);
  }
  splitter.end();
  if (out.length) yield out.splice(0);
}
