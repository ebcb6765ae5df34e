// Reading inputs: files, folders, glob patterns and stdin, turned into a
// stream of events: one per non-blank line (with its source and 1-based line
// number), one per rejected line, and one per input that could not be read.
// Placeholder implementation: plain UTF-8 text files and stdin only.
import fs from 'node:fs';
import readline from 'node:readline';

export interface InputOptions {
  /** JSON/JSONL inputs: the field(s) holding the text, joined with ". " (default ["text"]). */
  textFields?: string[];
  /** CSV inputs: the column holding the text (default "text"). */
  textColumn?: string;
  /** Other input fields carried into each record (url, date...). */
  keep?: string[];
  /** Lines longer than this many bytes are rejected, not loaded whole (default 1 MiB). */
  maxLineBytes?: number;
}

export type InputEvent =
  /** A line (or row) to extract. `extra` holds the --keep fields of structured inputs. */
  | { type: 'line'; source: string; line: number; text: string; extra?: Record<string, unknown> }
  /** A line that cannot become a record, with the reason. */
  | { type: 'reject'; source: string; line: number; reason: string; text: string }
  /** A blank line: counted, not extracted. */
  | { type: 'blank'; source: string; line: number }
  /** Something worth telling but not fatal (e.g. invalid UTF-8 replaced). */
  | { type: 'warning'; source: string; line?: number; message: string }
  /** An input that could not be read at all (missing, binary, not a file). */
  | { type: 'error'; source: string; message: string }
  /** An input starts; `bytes` is its size when known (for progress). */
  | { type: 'start'; source: string; bytes: number | null }
  /** An input is finished. */
  | { type: 'end'; source: string };

/** Bytes read so far across all inputs, for progress bars. */
export interface ReadProgress {
  bytesRead: number;
  /** Total bytes of all inputs when known in advance (null for stdin or compressed input). */
  totalBytes: number | null;
}

export function readInputs(specs: string[], options: InputOptions = {}, progress?: ReadProgress): AsyncIterable<InputEvent> {
  void options;
  void progress;
  return (async function* () {
    for (const source of specs.length ? specs : ['-']) {
      let stream: NodeJS.ReadableStream;
      if (source === '-') stream = process.stdin;
      else {
        try {
          fs.accessSync(source, fs.constants.R_OK);
        } catch {
          yield { type: 'error', source, message: 'cannot read' } as InputEvent;
          continue;
        }
        stream = fs.createReadStream(source);
      }
      yield { type: 'start', source, bytes: null } as InputEvent;
      const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
      let n = 0;
      for await (const text of rl) {
        n++;
        if (!text.trim()) yield { type: 'blank', source, line: n } as InputEvent;
        else yield { type: 'line', source, line: n, text } as InputEvent;
      }
      yield { type: 'end', source } as InputEvent;
    }
  })();
}
