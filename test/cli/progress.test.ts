import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { bytes, startProgress } from '../../src/cli/progress.js';

/** A fake terminal stream that records everything written to it. */
function fakeStream(isTTY = true): { stream: NodeJS.WriteStream; output: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  Object.assign(w, { isTTY, columns: 120 });
  return { stream: w as unknown as NodeJS.WriteStream, output: () => chunks.join('') };
}

/**
 * The screen a terminal would show for `out`: enough of VT100 for what the
 * bar writes (CR, LF, cursor to column, erase line / to the right). Any other
 * escape sequence fails the test, so the bar cannot leave a mode switched.
 */
function screen(out: string): string[] {
  const lines: string[] = [''];
  let col = 0;
  const re = /\x1b\[(\d*)([GK])|\r|\n|[^\x1b\r\n]+|\x1b\S*/gu;
  for (const m of out.matchAll(re)) {
    const row = lines.length - 1;
    const cur = lines[row];
    if (m[0] === '\r') col = 0;
    else if (m[0] === '\n') (lines.push(''), (col = 0));
    else if (m[2] === 'G') col = Math.max(0, Number(m[1] || 1) - 1);
    else if (m[2] === 'K') lines[row] = m[1] === '2' ? '' : cur.slice(0, col);
    else if (m[0].startsWith('\x1b')) throw new Error(`unexpected escape ${JSON.stringify(m[0])}`);
    else {
      const text = [...m[0]];
      const chars = [...cur.padEnd(col)];
      chars.splice(col, text.length, ...text);
      lines[row] = chars.join('');
      col += text.length;
    }
  }
  return lines;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startProgress with a known total', () => {
  it('draws bytes, percentage, lines/s and ETA, then stop() leaves a clean line', () => {
    const { stream, output } = fakeStream();
    const read = { bytesRead: 0, totalBytes: 2_000_000 };
    const p = startProgress(read, stream);
    for (let i = 1; i <= 10; i++) {
      vi.advanceTimersByTime(200);
      read.bytesRead = i * 100_000;
      p.tick(i * 1000);
    }
    vi.advanceTimersByTime(100); // the next frame draws the last update
    const shown = screen(output());
    expect(shown).toHaveLength(1); // always redrawn in place, never a new line
    expect(shown[0]).toMatch(/50% \| 1\.0 MB\/2\.0 MB \| 10 000 lines \| 5 000 lines\/s \| ETA \d+s/);
    expect(shown[0]).toContain('█');

    p.stop();
    expect(screen(output())).toEqual(['']);
    expect(vi.getTimerCount()).toBe(0);
    expect(() => p.stop()).not.toThrow();
    const before = output();
    p.tick(20_000);
    vi.advanceTimersByTime(1000);
    expect(output()).toBe(before);
  });

  it('throttles: a tick per line does not redraw per line', () => {
    const { stream, output } = fakeStream();
    const read = { bytesRead: 0, totalBytes: 1_000 };
    const p = startProgress(read, stream);
    const writesBefore = output().length;
    for (let i = 1; i <= 1000; i++) {
      read.bytesRead = i;
      p.tick(i);
    }
    // Time did not move: at most one redraw for the 1000 ticks.
    expect(output().length - writesBefore).toBeLessThan(400);
    p.stop();
    expect(screen(output())).toEqual(['']);
  });
});

describe('startProgress without a total', () => {
  it('shows lines and lines/s, no bar, no percentage, no ETA', () => {
    const { stream, output } = fakeStream();
    const read = { bytesRead: 0, totalBytes: null };
    const p = startProgress(read, stream);
    vi.advanceTimersByTime(1000);
    read.bytesRead = 4096;
    p.tick(300);
    vi.advanceTimersByTime(100);
    const line = screen(output())[0];
    expect(line).toMatch(/^4\.1 KB \| 300 lines \| 300 lines\/s \| /);
    expect(line).not.toMatch(/%|ETA|█/);
    p.stop();
    expect(screen(output())).toEqual(['']);
  });
});

describe('startProgress elsewhere', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const { stream, output } = fakeStream(false);
    const p = startProgress({ bytesRead: 0, totalBytes: 10 }, stream);
    p.tick(5);
    vi.advanceTimersByTime(1000);
    p.stop();
    expect(output()).toBe('');
  });

  it('log() prints above the bar and the bar comes back', () => {
    const { stream, output } = fakeStream();
    const read = { bytesRead: 5, totalBytes: 10 };
    const p = startProgress(read, stream);
    p.tick(7);
    p.log('cảnh báo: dòng 3 quá dài\n');
    const shown = screen(output());
    expect(shown[0]).toBe('cảnh báo: dòng 3 quá dài');
    expect(shown[1]).toMatch(/50%/);
    p.stop();
    expect(screen(output())).toEqual(['cảnh báo: dòng 3 quá dài', '']);
  });
});

describe('bytes()', () => {
  it.each([
    [0, '0 B'], [999, '999 B'], [1500, '1.5 KB'], [2_500_000, '2.5 MB'], [3e9, '3.0 GB'],
  ])('%d → %s', (n, s) => expect(bytes(n)).toBe(s));
});
