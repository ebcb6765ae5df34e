// A big file's lines split on a thread must be exactly the events of the
// main thread's splitter: each file below is read both ways and compared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInputs, type InputEvent, type InputOptions, type ReadProgress } from '../../src/io/inputs.js';
import { splitLinesInThread } from '../../src/io/split-thread.js';
import { splitLines, textSink } from '../../src/io/read-lines.js';
import { readLine, type ReadLine } from '../../src/normalize/line.js';
import { findEarly } from '../../src/rules/early.js';

// Counts the files that really went to a thread: otherwise a comparison
// of the main thread's splitter with itself would pass as well.
const threads = vi.hoisted(() => ({ started: 0 }));
vi.mock('../../src/io/split-thread.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/io/split-thread.js')>();
  return {
    ...real,
    splitLinesInThread: (...args: Parameters<typeof real.splitLinesInThread>) => {
      threads.started++;
      return real.splitLinesInThread(...args);
    },
  };
});

// The real split worker, made to stop (exit code 3) when it posts its third batch.
const CRASHING_WORKER = path.join(os.tmpdir(), `kcn-crashing-split-worker-${process.pid}.mjs`);

let dir: string;
function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

async function collect(specs: string[], options: InputOptions, progress?: ReadProgress): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  const before = threads.started;
  for await (const ev of readInputs(specs, options, progress)) out.push(ev);
  // Every non-empty file goes to a thread when asked to, none otherwise.
  const threaded = threads.started - before;
  if (options.threadBytes === Infinity) expect(threaded).toBe(0);
  else if (specs.every((f) => fs.statSync(f).size > 0)) expect(threaded).toBe(specs.length);
  return out;
}

const onThread: InputOptions = { threadBytes: 0 };
const onMain: InputOptions = { threadBytes: Infinity };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-split-thread-'));
  const real = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/io/split-worker.js')).href;
  fs.writeFileSync(CRASHING_WORKER, [
    "import { parentPort } from 'node:worker_threads';",
    'const post = parentPort.postMessage.bind(parentPort);',
    'let batches = 0;',
    'parentPort.postMessage = (m, moved) => {',
    '  if (m.kinds && ++batches === 3) process.exit(3);',
    '  post(m, moved);',
    '};',
    `await import(${JSON.stringify(real)});`,
    '',
  ].join('\n'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(CRASHING_WORKER, { force: true });
});

// Many lines, so that several 64 KiB reads and batches are crossed, with
// multi-byte characters falling on the read boundaries somewhere.
const many = Array.from({ length: 3000 }, (_, i) => `Dòng ${i + 1}: Khu công nghiệp Đồng Văn ${i % 7} rộng ${i * 3} ha`).join('\n');

describe('lines split on a thread are those split on the main thread', () => {
  it.each([
    ['many lines over several reads', many + '\n'],
    ['no line end after the last line', many],
    ['CRLF and lone CR line ends', 'một\r\nhai\rba\r\n\r\nbốn'],
    ['a UTF-8 BOM', '\uFEFFKhu công nghiệp Phú Mỹ\nCụm công nghiệp Tân An\n'],
    ['blank and whitespace-only lines', 'a\n\n   \n\tb\n'],
    ['an empty file', ''],
  ])('%s', async (_, content) => {
    const file = write('case.txt', content);
    const threaded = await collect([file], onThread);
    expect(threaded).toEqual(await collect([file], onMain));
  });

  it('invalid UTF-8: the same replacement and warning, with the line number', async () => {
    const file = write('bad.txt', Buffer.concat([Buffer.from('đúng\nsai '), Buffer.from([0xff, 0xfe]), Buffer.from(' ở đây\nđúng\n')]));
    const threaded = await collect([file], onThread);
    expect(threaded).toEqual(await collect([file], onMain));
    expect(threaded).toContainEqual({ type: 'warning', source: file, line: 2, message: 'invalid UTF-8 bytes replaced with U+FFFD' });
  });

  it('a line over the limit: the same rejection and preview, and the lines after it', async () => {
    const file = write('long.txt', `trước\n${'Khu công nghiệp '.repeat(20000)}\nsau\n`);
    const options = { maxLineBytes: 1000 };
    const threaded = await collect([file], { ...options, ...onThread });
    expect(threaded).toEqual(await collect([file], { ...options, ...onMain }));
    expect(threaded.map((e) => e.type)).toEqual(['start', 'line', 'reject', 'line', 'end']);
  });

  it('JSON Lines: the same rows, rejections and kept fields', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ text: `Cụm công nghiệp số ${i}`, url: `u${i}` }));
    rows.splice(5, 0, '{không phải JSON');
    const file = write('rows.jsonl', rows.join('\n') + '\n');
    const options = { keep: ['url'] };
    const threaded = await collect([file], { ...options, ...onThread });
    expect(threaded).toEqual(await collect([file], { ...options, ...onMain }));
    expect(threaded.filter((e) => e.type === 'reject')).toHaveLength(1);
  });

  it('counts every byte of the file as read, BOM included', async () => {
    const file = write('bom.txt', '\uFEFF' + many);
    const progress: ReadProgress = { bytesRead: 0, totalBytes: null };
    await collect([file], onThread, progress);
    expect(progress.bytesRead).toBe(fs.statSync(file).size);
    expect(progress.totalBytes).toBe(fs.statSync(file).size);
  });
});

// The bytes in pieces, with a pause after the first: long enough for the
// thread to start (~70 ms), so that it takes over after the second piece, at
// `cut`. Whether it did is asserted, never assumed.
async function* pausedAt(bytes: Buffer, first: number, cut: number): AsyncGenerator<Buffer> {
  yield bytes.subarray(0, first);
  await new Promise((resolve) => setTimeout(resolve, 500));
  yield bytes.subarray(first, cut);
  for (let i = cut; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
}

async function* pieces(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function events(lines: AsyncGenerator<InputEvent[]>): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const batch of lines) out.push(...batch);
  return out;
}

describe('the hand-over from the main thread to the thread', () => {
  const bytes = Buffer.concat([
    Buffer.from('một\r\nhai\rba\nKhu công nghiệp Đồng Văn\n\nsai '),
    Buffer.from([0xff]),
    Buffer.from(' ở đây\n' + 'x'.repeat(3000) + '\nsau\n'),
  ]);
  const max = 1000;
  const at = (s: string) => bytes.indexOf(Buffer.from(s));

  it.each([
    ['between lines', at('Khu')],
    ['between the CR and the LF of a CRLF', at('\r\n') + 1],
    ['right after a lone CR', at('\rba') + 1],
    ['inside a multi-byte character', at('Đồng') + 1],
    ['right after an invalid byte', at('sai ') + 5],
    ['in the middle of a line', at('Văn')],
    ['inside a line over the limit', at('xxx') + 1500],
  ])('%s: the same events as splitting on the main thread', async (_, cut) => {
    const file = write('handover.txt', bytes);
    const sink = (out: InputEvent[]) => textSink(file, max, out);
    let handedOver = false;
    let read = 0;
    const threaded = await events(splitLinesInThread(pausedAt(bytes, 2, cut), {
      file, start: 0, maxLineBytes: max, makeSink: sink, handOver: () => (handedOver = true), onBytes: (n) => (read = n),
    }));
    expect(handedOver).toBe(true);
    expect(read).toBe(bytes.length);
    expect(threaded).toEqual(await events(splitLines(pieces(bytes), max, sink)));
    expect(threaded.map((e) => e.type)).toEqual(['line', 'line', 'line', 'line', 'blank', 'warning', 'line', 'reject', 'line']);
  }, 10_000);

  it('a thread that cannot open the file never takes over: the main thread reads on alone', async () => {
    const sink = (out: InputEvent[]) => textSink('gone.txt', max, out);
    let handedOver = false;
    const lines = splitLinesInThread(pausedAt(bytes, 2, 10), {
      file: path.join(dir, 'gone.txt'), start: 0, maxLineBytes: max, makeSink: sink, handOver: () => (handedOver = true), onBytes: () => {},
    });
    expect(await events(lines)).toEqual(await events(splitLines(pieces(bytes), max, sink)));
    expect(handedOver).toBe(false);
  }, 10_000);

  it('a thread that stops part way: the main thread reads on from its last line, nothing lost', async () => {
    // Lines with CR ends and invalid bytes, so that the resume point matters.
    const content = Buffer.concat(Array.from({ length: 3000 }, (_, i) => Buffer.concat([
      Buffer.from(`Dòng ${i}: Khu công nghiệp Đồng Văn ${i % 7}`), i % 11 === 0 ? Buffer.from([0xff]) : Buffer.alloc(0), Buffer.from(i % 3 ? '\n' : '\r\n'),
    ])));
    const file = write('crash.txt', content);
    const sink = (out: InputEvent[]) => textSink(file, 1 << 20, out);
    let read = 0;
    const threaded = await events(splitLinesInThread(pausedAt(content, 2, 100), {
      file, start: 0, maxLineBytes: 1 << 20, makeSink: sink, handOver: () => {}, onBytes: (n) => (read = n), read: true, workerFile: CRASHING_WORKER,
    }));
    expect(withoutRead(threaded)).toEqual(await events(splitLines(pieces(content), 1 << 20, sink)));
    // Some lines came from the thread (read there) before it stopped, the rest from the main thread.
    const lines = threaded.filter((e) => e.type === 'line');
    expect(lines.some((e) => e.read)).toBe(true);
    expect(lines[lines.length - 1].read).toBeUndefined();
    expect(read).toBe(content.length);
  }, 10_000);

  it('stops when the consumer stops early, without reading the rest', async () => {
    const file = write('stop.txt', `${many}\n`.repeat(4));
    const all = fs.readFileSync(file);
    let read = 0;
    const lines = splitLinesInThread(pausedAt(all, 2, 100), {
      file, start: 0, maxLineBytes: 1 << 20, makeSink: (out) => textSink(file, 1 << 20, out), handOver: () => {}, onBytes: (n) => (read = n),
    });
    for (let r = await lines.next(); !r.done && read === 0; r = await lines.next());
    await lines.return(undefined);
    // At most the batches allowed ahead were read, not the whole file.
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(all.length / 2);
    expect((await lines.next()).done).toBe(true);
  }, 10_000);
});

// What extract() takes from a read line, tokens as plain values.
const parts = (r: ReadLine) => ({ ...r, tokens: r.tokens.map((t) => [t.start, t.end, t.fold, t.text]) });
const withoutRead = (evs: InputEvent[]) => evs.map((e) => (e.type === 'line' ? { ...e, read: undefined } : e));
const early = (text: string) => {
  const r = readLine(text);
  return findEarly({ ...r, options: {} });
};

describe('lines read on the thread', () => {
  // Lines readLine cleans or prepares (spaces around, NFD, a misplaced tone,
  // a dash, Ð), headlines in capitals, plain ones, and ones with decisions,
  // areas and investments for the line-only rules.
  const lines = [
    'Khu công nghiệp Phú Mỹ 3 rộng 1.000 ha',
    '   KHU KINH TẾ VÂN PHONG ĐƯỢC MỞ RỘNG THÊM 500 HA\t',
    'Cu\u0323m co\u0302ng nghie\u0323\u0302p Tân An',
    'Khu công nghiệp Hoà Phú – giai đoạn 2, vốn đầu tư 3.500 tỷ đồng',
    'ÐÔNG NAM BỘ: KHU CÔNG NGHIỆP\u00a0NHƠN TRẠCH',
    '',
    'Quyết định 12/QĐ-UBND phê duyệt cụm công nghiệp 75 ha, tổng vốn 1,2 tỷ USD',
    'Khu công nghiệp dài '.repeat(1000),
  ];
  const bytes = Buffer.from(lines.join('\n') + '\n');

  it('gives each line as readLine reads it, with its line-only findings; blank and very long lines none', async () => {
    const file = write('reads.txt', bytes);
    const sink = (out: InputEvent[]) => textSink(file, 1 << 20, out);
    const threaded = await events(splitLinesInThread(pausedAt(bytes, 2, bytes.indexOf('\n') + 1), {
      file, start: 0, maxLineBytes: 1 << 20, makeSink: sink, handOver: () => {}, onBytes: () => {}, read: true,
    }));
    expect(withoutRead(threaded)).toEqual(await events(splitLines(pieces(bytes), 1 << 20, sink)));
    const read = threaded.filter((e) => e.type === 'line');
    // The first line is split on the main thread before the hand-over: not read.
    expect(read[0].read).toBeUndefined();
    // Over 16K characters: left to the main thread.
    expect(read[read.length - 1].read).toBeUndefined();
    const ahead = read.slice(1, -1).map((e) => ({ text: e.text, ...e.read!() }));
    for (const a of ahead) {
      expect(parts(a.line)).toEqual(parts(readLine(a.text)));
      expect(a.early).toEqual(early(a.text));
    }
    expect(ahead.map((a) => a.line.allCaps)).toEqual([true, false, false, true, false]);
    expect(ahead[ahead.length - 1].early).toMatchObject({ decisions: [{}], areas: [{}], investments: [{}] });
  }, 10_000);

  it('reads plain text only: JSON Lines are split, not read', async () => {
    const file = write('reads.jsonl', lines.map((text) => JSON.stringify({ text })).join('\n'));
    const evs = await collect([file], onThread);
    expect(evs.filter((e) => e.type === 'line' && e.read)).toEqual([]);
  });
});
