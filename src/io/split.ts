// A line splitter over UTF-8 byte chunks: the hot path of reading.
// It finds line ends with Buffer#indexOf (native, fast) instead of decoding
// whole chunks, so a line is decoded once, and a line longer than the limit
// is never held whole: past the limit only a short preview is kept and the
// rest is skipped while counting bytes.
// Line ends: LF, CRLF and a lone CR (old Mac files). UTF-8 never has byte
// 0x0A or 0x0D inside a multi-byte character, so splitting bytes is safe and
// characters cut by a chunk boundary are whole again once the line is joined.
import { isUtf8 } from 'node:buffer';
import type { ReadAhead } from '../extract.js';
import { StringDecoder } from 'node:string_decoder';

/** Characters of text shown for a rejected line. */
export const PREVIEW_CHARS = 200;
// Enough bytes for PREVIEW_CHARS characters of up to 4 bytes each.
const PREVIEW_BYTES = PREVIEW_CHARS * 4;

const LF = 10;
const CR = 13;

export interface LineSink {
  /**
   * A line (1-based number) without its line end; `invalidUtf8` when bytes
   * were replaced by U+FFFD; `read` gives the line read ahead (readLine and
   * the line-only rules), when a split thread has done that already.
   */
  line(no: number, text: string, invalidUtf8: boolean, read?: ReadAhead): void;
  /** A line over the limit: its byte length and the text of its start. */
  long(no: number, preview: string, bytes: number): void;
}

/** A point between lines: the lines before it, and whether the bytes before it end with a CR (an LF next is that line's end). */
export interface SplitPoint {
  lines: number;
  afterCR: boolean;
}

export class LineSplitter {
  /** Pieces of a line cut by a chunk boundary (only while under the limit). */
  private parts: Buffer[] = [];
  /** Bytes of the current unfinished line, including those no longer kept. */
  private carried = 0;
  /** The first bytes of a line that went over the limit, or null. */
  private head: Buffer | null = null;
  /** The previous chunk ended with CR: an LF starting the next one belongs to it. */
  private skipLF = false;
  private no = 0;

  /**
   * `from`: where another splitter stopped (see `stop`), to go on from there:
   * the lines it emitted, and whether its bytes ended with a CR.
   */
  constructor(
    private readonly maxLineBytes: number,
    private readonly sink: LineSink,
    from?: SplitPoint,
  ) {
    if (from) {
      this.no = from.lines;
      this.skipLF = from.afterCR;
    }
  }

  /** Number of line ends seen so far (the last line number emitted). */
  get lineCount(): number {
    return this.no;
  }

  /**
   * Where to go on without this splitter: `unfinished` bytes at the end of
   * what was pushed belong to a line not yet emitted (to read again).
   */
  stop(): SplitPoint & { unfinished: number } {
    return { lines: this.no, afterCR: this.skipLF, unfinished: this.carried };
  }

  push(chunk: Buffer): void {
    const n = chunk.length;
    let pos = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (n > 0 && chunk[0] === LF) pos = 1;
    }
    // Positions of the next LF and CR, searched again only once passed;
    // -1 means none in the rest of the chunk (most files have no CR at all).
    let lf = chunk.indexOf(LF, pos);
    let cr = chunk.indexOf(CR, pos);
    for (;;) {
      if (lf !== -1 && lf < pos) lf = chunk.indexOf(LF, pos);
      if (cr !== -1 && cr < pos) cr = chunk.indexOf(CR, pos);
      let end: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        if (lf === -1) break;
        end = lf;
        this.finish(chunk, pos, end);
        pos = end + 1;
      } else {
        end = cr;
        this.finish(chunk, pos, end);
        if (end + 1 < n) pos = chunk[end + 1] === LF ? end + 2 : end + 1;
        else {
          pos = n;
          this.skipLF = true;
        }
      }
    }
    if (pos < n) this.carry(chunk, pos, n);
  }

  /** The input ended: a last line without a line end is still a line. */
  end(): void {
    if (this.carried > 0) this.finish(Buffer.alloc(0), 0, 0);
    this.skipLF = false;
  }

  private carry(chunk: Buffer, start: number, end: number): void {
    const len = end - start;
    if (this.head === null && this.carried + len > this.maxLineBytes) {
      // Over the limit: keep only what the preview needs from now on.
      this.parts.push(chunk.subarray(start, Math.min(end, start + PREVIEW_BYTES)));
      this.head = Buffer.concat(this.parts).subarray(0, PREVIEW_BYTES);
      this.parts = [];
    } else if (this.head === null) {
      // The chunk is not reused by the stream, so a view of it is safe to keep.
      this.parts.push(chunk.subarray(start, end));
    }
    this.carried += len;
  }

  private finish(chunk: Buffer, start: number, end: number): void {
    const no = ++this.no;
    const len = end - start;
    if (this.carried === 0) {
      if (len > this.maxLineBytes) {
        this.sink.long(no, preview(chunk.subarray(start, start + PREVIEW_BYTES)), len);
        return;
      }
      this.deliver(no, chunk, start, end);
      return;
    }
    const total = this.carried + len;
    const head = this.head;
    const parts = this.parts;
    this.parts = [];
    this.head = null;
    this.carried = 0;
    if (head !== null) {
      this.sink.long(no, preview(head), total);
    } else if (total > this.maxLineBytes) {
      parts.push(chunk.subarray(start, Math.min(end, start + PREVIEW_BYTES)));
      this.sink.long(no, preview(Buffer.concat(parts)), total);
    } else {
      parts.push(chunk.subarray(start, end));
      this.deliver(no, Buffer.concat(parts, total), 0, total);
    }
  }

  private deliver(no: number, buf: Buffer, start: number, end: number): void {
    const text = buf.toString('utf8', start, end);
    // U+FFFD is rare in real text: only then check whether bytes were invalid
    // (the file may also hold a genuine U+FFFD, which is not an error).
    const invalid = text.indexOf('\uFFFD') !== -1 && !isUtf8(buf.subarray(start, end));
    this.sink.line(no, text, invalid);
  }
}

/** The first PREVIEW_CHARS characters of some UTF-8 bytes, without a character cut in half. */
export function preview(bytes: Buffer): string {
  const text = new StringDecoder('utf8').write(bytes.subarray(0, PREVIEW_BYTES));
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = text.charCodeAt(PREVIEW_CHARS - 1);
  // Do not end on the first half of a surrogate pair.
  return text.slice(0, cut >= 0xd800 && cut <= 0xdbff ? PREVIEW_CHARS - 1 : PREVIEW_CHARS);
}

/** "1 MiB", "64 KiB" or "1000 bytes", for messages about the line limit. */
export function formatBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
