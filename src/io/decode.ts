// Text encodings of an input, decided from its first bytes: UTF-8 (the BOM,
// if any, is dropped), UTF-16 with a BOM (turned into UTF-8 so one splitter
// serves all), or binary (a NUL byte early on, which text never has).

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'binary';

/** Bytes looked at for NUL: the first read of a file is at most this. */
const SNIFF_BYTES = 64 * 1024;

export function sniff(head: Buffer): { encoding: Encoding; bomLength: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  const nul = head.indexOf(0);
  if (nul !== -1 && nul < SNIFF_BYTES) return { encoding: 'binary', bomLength: 0 };
  return { encoding: 'utf8', bomLength: 0 };
}

/**
 * Reads enough of a byte stream to sniff it (a pipe may deliver a byte at a
 * time). Returns the head and the iterator to read the rest from.
 */
export async function readHead(it: AsyncIterator<Buffer>): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let len = 0;
  while (len < 4) {
    const r = await it.next();
    if (r.done) return { head: Buffer.concat(parts, len), done: true };
    const chunk = asBuffer(r.value);
    parts.push(chunk);
    len += chunk.length;
  }
  return { head: parts.length === 1 ? parts[0] : Buffer.concat(parts, len), done: false };
}

/** The two bytes every gzip stream starts with (RFC 1952); no text starts so. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** `head`, then the rest of `it`: the stream as it was before its head was read. */
export async function* rejoined(head: Buffer, it: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  yield head;
  if (it) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
}

/** The whole input as UTF-8 byte chunks, starting with the sniffed head. */
export async function* utf8Chunks(
  head: Buffer,
  done: boolean,
  rest: AsyncIterator<Buffer>,
  encoding: Exclude<Encoding, 'binary'>,
  bomLength: number,
): AsyncGenerator<Buffer> {
  if (encoding === 'utf8') {
    if (head.length > bomLength) yield bomLength ? head.subarray(bomLength) : head;
    if (done) return;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield asBuffer(r.value);
    return;
  }
  // UTF-16: TextDecoder drops the BOM and keeps pairs cut by a chunk boundary.
  const decoder = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
  const text = decoder.decode(head, { stream: true });
  if (text) yield Buffer.from(text, 'utf8');
  if (!done) {
    for (let r = await rest.next(); !r.done; r = await rest.next()) {
      const t = decoder.decode(asBuffer(r.value), { stream: true });
      if (t) yield Buffer.from(t, 'utf8');
    }
  }
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, 'utf8');
}

// A stream in string mode (e.g. stdin after setEncoding) gives strings.
function asBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
