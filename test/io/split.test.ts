import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter, formatBytes, preview } from '../../src/io/split.js';

type Out = { no: number; text?: string; invalid?: boolean; preview?: string; bytes?: number };

function split(chunks: Buffer[], max = 1 << 20): Out[] {
  const out: Out[] = [];
  const s = new LineSplitter(max, {
    line: (no, text, invalid) => out.push({ no, text, invalid }),
    long: (no, p, bytes) => out.push({ no, preview: p, bytes }),
  });
  for (const c of chunks) s.push(c);
  s.end();
  return out;
}

const texts = (out: Out[]) => out.map((o) => o.text);
const bytesOf = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => Buffer.from([b]));

describe('LineSplitter', () => {
  it.each([
    ['LF', 'Khu công nghiệp A\nCụm công nghiệp B\n', ['Khu công nghiệp A', 'Cụm công nghiệp B']],
    ['no final line end', 'một\nhai', ['một', 'hai']],
    ['CRLF', 'một\r\nhai\r\n', ['một', 'hai']],
    ['lone CR', 'một\rhai\rba', ['một', 'hai', 'ba']],
    ['mixed ends', 'một\r\nhai\nba\rbốn', ['một', 'hai', 'ba', 'bốn']],
    ['blank lines kept', 'một\n\n  \nhai\n', ['một', '', '  ', 'hai']],
    ['empty input', '', []],
    ['only a line end', '\n', ['']],
  ])('%s', (_, input, expected) => {
    expect(texts(split([Buffer.from(input)]))).toEqual(expected);
    // Same result however the bytes are cut into chunks.
    expect(texts(split(bytesOf(input)))).toEqual(expected);
  });

  it('numbers lines from 1, counting blank ones', () => {
    expect(split([Buffer.from('a\n\nb\n')]).map((o) => o.no)).toEqual([1, 2, 3]);
  });

  it('keeps characters and CRLF whole across chunk boundaries', () => {
    const input = 'Khu kinh tế Vũng Áng\r\nđường 😀 Đông\r\n';
    const out = split(bytesOf(input));
    expect(texts(out)).toEqual(['Khu kinh tế Vũng Áng', 'đường 😀 Đông']);
    expect(out.every((o) => !o.invalid)).toBe(true);
  });

  it('replaces invalid UTF-8 and says so, but not for a genuine U+FFFD', () => {
    const out = split([Buffer.concat([Buffer.from('rộng '), Buffer.from([0xff]), Buffer.from(' 50 ha\nký hiệu \uFFFD\n')])]);
    expect(out[0]).toMatchObject({ no: 1, text: 'rộng \uFFFD 50 ha', invalid: true });
    expect(out[1]).toMatchObject({ no: 2, text: 'ký hiệu \uFFFD', invalid: false });
  });

  it('rejects a line over the limit with a preview, in one chunk or many', () => {
    const long = 'Khu công nghiệp '.repeat(100);
    const input = `đầu\n${long}\ncuối\n`;
    for (const chunks of [[Buffer.from(input)], bytesOf(input)]) {
      const out = split(chunks, 1000);
      expect(texts(out)).toEqual(['đầu', undefined, 'cuối']);
      expect(out[1].no).toBe(2);
      expect(out[1].bytes).toBe(Buffer.byteLength(long));
      expect(out[1].preview).toBe(long.slice(0, 200));
    }
  });

  it('never holds a long line whole: past the limit only the preview is kept', () => {
    const s = new LineSplitter(1000, { line: () => {}, long: () => {} });
    const piece = Buffer.from('x'.repeat(100));
    for (let i = 0; i < 10_000; i++) s.push(piece); // a 1 MB line, no line end yet
    const st = s as unknown as { parts: Buffer[]; head: Buffer | null };
    expect(st.parts.length).toBe(0);
    expect(st.head!.length).toBeLessThanOrEqual(800);
  });

  it('matches a reference split for any text and any chunking', () => {
    const alphabet = fc.constantFrom('a', 'ă', 'Đ', ' ', '\n', '\r', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }), (chars, cuts) => {
        const input = chars.join('');
        const bytes = Buffer.from(input);
        const chunks: Buffer[] = [];
        for (let i = 0, k = 0; i < bytes.length; k++) {
          const n = cuts[k % cuts.length];
          chunks.push(bytes.subarray(i, i + n));
          i += n;
        }
        const expected = input === '' ? [] : input.split(/\r\n|\r|\n/);
        if (/(\r\n|\r|\n)$/.test(input)) expected.pop();
        expect(texts(split(chunks))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('preview and formatBytes', () => {
  it('cuts at 200 characters without splitting a character', () => {
    expect(preview(Buffer.from('ệ'.repeat(300)))).toBe('ệ'.repeat(200));
    expect(preview(Buffer.from('a' + '😀'.repeat(150))).length).toBe(199);
  });
  it.each([
    [1 << 20, '1 MiB'],
    [64 * 1024, '64 KiB'],
    [1000, '1000 bytes'],
  ])('%i → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
