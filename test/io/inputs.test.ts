import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputEvent, type InputOptions, type ReadProgress } from '../../src/io/inputs.js';

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
function write(name: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(at(name)), { recursive: true });
  fs.writeFileSync(at(name), content);
  return at(name);
}

async function collect(specs: string[], options: InputOptions = {}, progress?: ReadProgress): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const ev of readInputs(specs, options, progress)) out.push(ev);
  return out;
}
const lines = (evs: InputEvent[]) => evs.filter((e) => e.type === 'line').map((e) => (e as { text: string }).text);
const kinds = (evs: InputEvent[]) => evs.map((e) => e.type);
const stdin = (s: string | Buffer) => Readable.from([Buffer.from(s)]);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-io-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('which inputs are read', () => {
  it('reads files in the order given; a missing one is an error and the others go on', async () => {
    const a = write('order/a.txt', 'Khu công nghiệp Phú Mỹ\n');
    const b = write('order/b.txt', 'Cụm công nghiệp Tân An\n');
    const evs = await collect([b, 'missing.txt', a]);
    expect(lines(evs)).toEqual(['Cụm công nghiệp Tân An', 'Khu công nghiệp Phú Mỹ']);
    expect(evs.find((e) => e.type === 'error')).toEqual({ type: 'error', source: 'missing.txt', message: 'no such file' });
    expect(kinds(evs)).toEqual(['start', 'line', 'end', 'error', 'start', 'line', 'end']);
  });

  it('reads a folder recursively, sorted, text and structured files only', async () => {
    write('tree/b.txt', 'hai\n');
    write('tree/a.txt', 'một\n');
    write('tree/sub/c.txt', 'ba\n');
    write('tree/sub/d.jsonl', '{"text":"bốn"}\n');
    write('tree/notes.md', 'không đọc\n');
    const evs = await collect([at('tree')]);
    expect(lines(evs)).toEqual(['một', 'hai', 'ba', 'bốn']);
    expect(evs.filter((e) => e.type === 'start').map((e) => e.source)).toEqual(
      ['a.txt', 'b.txt', 'sub/c.txt', 'sub/d.jsonl'].map((f) => at('tree', f)),
    );
  });

  it('a folder (or pattern) whose link points back up the tree: each file read once, under its first name', async () => {
    write('looped/sub/a.txt', 'Khu công nghiệp Tiên Sơn\n');
    fs.symlinkSync('..', at('looped', 'sub', 'up'));
    for (const spec of [at('looped'), at('looped', '**', '*.txt')]) {
      const evs = await collect([spec]);
      expect(evs.filter((e) => e.type === 'start').map((e) => e.source)).toEqual([at('looped', 'sub', 'a.txt')]);
      expect(lines(evs)).toEqual(['Khu công nghiệp Tiên Sơn']);
    }
  });

  it('expands a quoted glob pattern, sorted, with sources as expanded', async () => {
    write('glob/z.txt', 'cuối\n');
    write('glob/m/k.txt', 'giữa\n');
    write('glob/a.txt', 'đầu\n');
    const evs = await collect([at('glob', '**', '*.txt')]);
    expect(lines(evs)).toEqual(['đầu', 'giữa', 'cuối']);
    expect(evs[0]).toMatchObject({ type: 'start', source: at('glob/a.txt') });
  });

  it('a pattern matching nothing is an error', async () => {
    const pattern = at('glob', '*.csv');
    expect(await collect([pattern])).toEqual([{ type: 'error', source: pattern, message: 'no files match this pattern' }]);
  });

  it('reads stdin for "-" and when no input is given, with source "-"', async () => {
    for (const specs of [['-'], []]) {
      const evs = await collect(specs, { stdin: stdin('Khu kinh tế Dung Quất\n') });
      expect(evs).toContainEqual({ type: 'line', source: '-', line: 1, text: 'Khu kinh tế Dung Quất' });
    }
  });

  it('reads stdin as JSON Lines when asked', async () => {
    const evs = await collect(['-'], { stdin: stdin('{"text":"Cụm công nghiệp Bình Minh"}\n'), stdinFormat: 'jsonl' });
    expect(lines(evs)).toEqual(['Cụm công nghiệp Bình Minh']);
  });

  it('format: every input, stdin included, is read as that whatever its extension', async () => {
    const f = write('override/rows.txt', '{"title":"KCN Đình Vũ","summary":"rộng 50 ha"}\n');
    const options: InputOptions = { format: 'jsonl', textFields: ['title', 'summary'], stdin: stdin('{"title":"CCN Tân An"}\n') };
    expect(lines(await collect([f, '-'], options))).toEqual(['KCN Đình Vũ. rộng 50 ha', 'CCN Tân An']);
    expect(lines(await collect([f]))).toEqual(['{"title":"KCN Đình Vũ","summary":"rộng 50 ha"}']); // by extension: text
  });

  it('gzip data is decompressed whatever its name says: stdin, a file without .gz', async () => {
    const packed = zlib.gzipSync('Khu công nghiệp Quế Võ\n\nKhu kinh tế Vân Đồn\n');
    const f = write('packed/news.txt', packed);
    for (const [specs, options] of [[[f], {}], [['-'], { stdin: stdin(packed) }]] as [string[], InputOptions][]) {
      const evs = await collect(specs, options);
      expect(lines(evs)).toEqual(['Khu công nghiệp Quế Võ', 'Khu kinh tế Vân Đồn']);
      expect(kinds(evs)).toEqual(['start', 'line', 'blank', 'line', 'end']);
    }
  });

  it('gzip data cut short under a plain name: an error for that input, the lines before it kept', async () => {
    const packed = zlib.gzipSync('Khu công nghiệp Quế Võ\n'.repeat(2000));
    const f = write('packed/cut.txt', packed.subarray(0, packed.length - 20));
    const evs = await collect([f]);
    expect(lines(evs).length).toBeGreaterThan(0);
    expect(evs.find((e) => e.type === 'error')).toMatchObject({ source: f, message: expect.stringMatching(/^corrupt gzip data/) });
  });
});

describe('lines and encodings', () => {
  it('gives blank lines their own events, so every line is counted', async () => {
    const f = write('blank.txt', 'một\n\n   \nhai\n');
    const evs = await collect([f]);
    expect(evs.filter((e) => e.type === 'line' || e.type === 'blank').map((e) => [e.type, (e as { line: number }).line])).toEqual([
      ['line', 1],
      ['blank', 2],
      ['blank', 3],
      ['line', 4],
    ]);
  });

  it('strips a UTF-8 BOM and CRLF / CR line ends', async () => {
    const f = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Đồng Nai\r\nBình Dương\rLong An\r\n')]));
    expect(lines(await collect([f]))).toEqual(['Đồng Nai', 'Bình Dương', 'Long An']);
  });

  it('decodes UTF-16 LE and BE with a BOM', async () => {
    const text = 'Khu công nghiệp Đình Vũ\r\nHải Phòng\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(lines(await collect([write('u16le.txt', le)]))).toEqual(['Khu công nghiệp Đình Vũ', 'Hải Phòng']);
    expect(lines(await collect([write('u16be.txt', be)]))).toEqual(['Khu công nghiệp Đình Vũ', 'Hải Phòng']);
  });

  it('replaces invalid UTF-8 and warns with the line number', async () => {
    const f = write('bad.txt', Buffer.concat([Buffer.from('tốt\nrộng '), Buffer.from([0xc3, 0x28]), Buffer.from(' ha\n')]));
    const evs = await collect([f]);
    expect(lines(evs)).toEqual(['tốt', 'rộng \uFFFD( ha']);
    expect(evs).toContainEqual({ type: 'warning', source: f, line: 2, message: 'invalid UTF-8 bytes replaced with U+FFFD' });
  });

  it('skips a binary file with one error and nothing else', async () => {
    const bin = write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x0a, 0x41]));
    const good = write('after-bin.txt', 'vẫn đọc\n');
    const evs = await collect([bin, good]);
    expect(evs[0]).toEqual({ type: 'error', source: bin, message: 'binary file, skipped' });
    expect(evs.filter((e) => e.source === bin)).toHaveLength(1);
    expect(lines(evs)).toEqual(['vẫn đọc']);
  });

  it('rejects a line over maxLineBytes with a reason and a preview', async () => {
    const long = 'Khu công nghiệp Quế Võ '.repeat(200);
    const f = write('long.txt', `ngắn\n${long}\nsau\n`);
    const evs = await collect([f], { maxLineBytes: 1024 });
    expect(lines(evs)).toEqual(['ngắn', 'sau']);
    expect(evs).toContainEqual({ type: 'reject', source: f, line: 2, reason: 'line longer than 1 KiB', text: long.slice(0, 200) });
  });

  it('rejects a line over the default 1 MiB', async () => {
    const f = write('huge.txt', 'a'.repeat((1 << 20) + 10) + '\nsau\n');
    const evs = await collect([f]);
    expect(evs.find((e) => e.type === 'reject')).toMatchObject({ line: 1, reason: 'line longer than 1 MiB' });
    expect(lines(evs)).toEqual(['sau']);
  });

  it('an empty file starts and ends with nothing between', async () => {
    expect(kinds(await collect([write('empty.txt', '')]))).toEqual(['start', 'end']);
  });
});

describe('structured inputs', () => {
  it('JSON Lines: text fields joined, kept fields in extra, bad rows rejected by row number', async () => {
    const f = write(
      'rows.jsonl',
      [
        '{"title":"Khu công nghiệp Yên Phong","text":"mở rộng 300 ha","url":"u1","x":1}',
        '',
        'không phải JSON',
        '{"url":"u3"}',
        '[1,2]',
        '{"title":"Cụm công nghiệp Hà Lam.","text":"đã lấp đầy","url":"u6"}',
      ].join('\n'),
    );
    const evs = await collect([f], { textFields: ['title', 'text'], keep: ['url', 'date'] });
    expect(evs.filter((e) => e.type === 'line')).toEqual([
      { type: 'line', source: f, line: 1, text: 'Khu công nghiệp Yên Phong. mở rộng 300 ha', extra: { url: 'u1' } },
      { type: 'line', source: f, line: 6, text: 'Cụm công nghiệp Hà Lam. đã lấp đầy', extra: { url: 'u6' } },
    ]);
    const rejects = evs.filter((e) => e.type === 'reject') as Extract<InputEvent, { type: 'reject' }>[];
    expect(rejects.map((r) => [r.line, r.reason.split(' (')[0]])).toEqual([
      [3, 'invalid JSON'],
      [4, 'no text field'],
      [5, 'not a JSON object'],
    ]);
    expect(rejects[0].text).toBe('không phải JSON');
    expect(evs).toContainEqual({ type: 'blank', source: f, line: 2 });
  });

  it('.ndjson reads as JSON Lines with the default "text" field', async () => {
    const f = write('rows.ndjson', '{"text":"Khu kinh tế Nghi Sơn"}\n');
    expect(lines(await collect([f]))).toEqual(['Khu kinh tế Nghi Sơn']);
  });

  it('JSON array: streamed, line = index + 1, bad elements rejected', async () => {
    const f = write('arr.json', '[{"text":"một","id":7},\n 42,\n {"text":"ba"}]');
    const evs = await collect([f], { keep: ['id'] });
    expect(evs.filter((e) => e.type === 'line')).toEqual([
      { type: 'line', source: f, line: 1, text: 'một', extra: { id: 7 } },
      { type: 'line', source: f, line: 3, text: 'ba', extra: {} },
    ]);
    expect(evs).toContainEqual({ type: 'reject', source: f, line: 2, reason: 'not a JSON object', text: '42' });
  });

  it('JSON object holding the records (an API answer): the first array among its values, numbered from 1', async () => {
    const f = write('api.json', '{"status":"ok","total":2,"articles":[{"title":"KCN Tân An"},{"title":"CCN Hòa Phú"}],"tags":["x"]}');
    const evs = await collect([f], { textFields: ['title'] });
    expect(evs.filter((e) => e.type === 'line').map((e) => [(e as { line: number }).line, (e as { text: string }).text])).toEqual([
      [1, 'KCN Tân An'],
      [2, 'CCN Hòa Phú'],
    ]);
  });

  it.each([
    ['an object without an array', '{"text":"KCN Tân An"}'],
    ['a single value', '"KCN Tân An"'],
  ])('JSON holding no array of records (%s): an error saying what was found', async (found, content) => {
    const f = write(`none-${content.length}.json`, content);
    const evs = await collect([f]);
    expect(evs.find((e) => e.type === 'error')).toEqual({
      type: 'error', source: f, message: `expected an array of records, or an object holding one ({"articles": [...]}); found ${found}`,
    });
  });

  it('broken JSON keeps what came before and ends with an error', async () => {
    const f = write('broken.json', '[{"text":"trước lỗi"}, {"text": ');
    const evs = await collect([f]);
    expect(lines(evs)).toEqual(['trước lỗi']);
    const err = evs.find((e) => e.type === 'error') as Extract<InputEvent, { type: 'error' }>;
    expect(err.message).toMatch(/^invalid JSON after element 1: /);
    expect(err.message).not.toContain('\n');
    expect(kinds(evs).at(-1)).toBe('end');
  });

  it('CSV: header row, text column, kept columns; rows numbered from 1 after the header', async () => {
    const f = write('rows.csv', 'url,noi_dung\nu1,"Khu công nghiệp Long Hậu, Long An"\n,\nu3\nu4,"dòng\nhai dòng"\nu5,Cụm công nghiệp Tân Phú\n');
    const evs = await collect([f], { textColumn: 'noi_dung', keep: ['url'] });
    const renamed = await collect([f], { textColumn: 'noi_dung', keep: ['link=url'] });
    expect(renamed.find((e) => e.type === 'line')).toMatchObject({ line: 1, extra: { link: 'u1' } });
    expect(evs.filter((e) => e.type === 'line')).toEqual([
      { type: 'line', source: f, line: 1, text: 'Khu công nghiệp Long Hậu, Long An', extra: { url: 'u1' } },
      { type: 'line', source: f, line: 4, text: 'dòng\nhai dòng', extra: { url: 'u4' } },
      { type: 'line', source: f, line: 5, text: 'Cụm công nghiệp Tân Phú', extra: { url: 'u5' } },
    ]);
    expect(evs).toContainEqual({ type: 'blank', source: f, line: 2 });
    expect(evs).toContainEqual({ type: 'reject', source: f, line: 3, reason: 'row has 1 fields, the header has 2', text: 'u3' });
  });

  it.each([
    ['semicolons (a spreadsheet in a decimal-comma locale)', 'url;text\nu1;"KCN Tân An; rộng 5 ha"\nu2;CCN Hòa Phú, Hà Nội\n'],
    ['tabs', 'url\ttext\nu1\tKCN Tân An; rộng 5 ha\nu2\tCCN Hòa Phú, Hà Nội\n'],
    ['commas, a quoted header holding a semicolon', '"url;id",text\nu1,KCN Tân An; rộng 5 ha\nu2,"CCN Hòa Phú, Hà Nội"\n'],
  ])('CSV separated by %s: the header row tells the separator', async (_how, content) => {
    const f = write(`sep-${content.length}.csv`, content);
    expect(lines(await collect([f]))).toEqual(['KCN Tân An; rộng 5 ha', 'CCN Hòa Phú, Hà Nội']);
  });

  it('CSV without the text column is an error naming the column', async () => {
    const f = write('nocol.csv', 'a,b\n1,2\n');
    const evs = await collect([f]);
    expect(evs.find((e) => e.type === 'error')).toEqual({ type: 'error', source: f, message: 'no "text" column in the CSV header (found: a, b)' });
  });

  it('gunzips .gz inputs of every kind; corrupt gzip is an error', async () => {
    const txt = write('a.txt.gz', zlib.gzipSync('Khu công nghiệp nén\n'));
    const jsonl = write('b.jsonl.gz', zlib.gzipSync('{"text":"dòng nén"}\n'));
    const csv = write('c.csv.gz', zlib.gzipSync('text\nhàng nén\n'));
    const json = write('d.json.gz', zlib.gzipSync('[{"text":"mảng nén"}]'));
    expect(lines(await collect([txt, jsonl, csv, json]))).toEqual(['Khu công nghiệp nén', 'dòng nén', 'hàng nén', 'mảng nén']);
    const bad = write('bad.txt.gz', 'không phải gzip\n');
    const evs = await collect([bad]);
    expect(evs.find((e) => e.type === 'error')).toMatchObject({ message: expect.stringMatching(/^corrupt gzip data \(/) });
  });
});

describe('progress and stopping', () => {
  it('counts bytes read against the total size known up front (compressed for .gz)', async () => {
    const a = write('p/a.txt', 'một hai ba\n'.repeat(100));
    const b = write('p/b.txt.gz', zlib.gzipSync('bốn năm\n'.repeat(100)));
    const total = fs.statSync(a).size + fs.statSync(b).size;
    const progress: ReadProgress = { bytesRead: 0, totalBytes: null };
    await collect([a, b], {}, progress);
    expect(progress).toEqual({ bytesRead: total, totalBytes: total });
  });

  it('has no total when stdin is read', async () => {
    const progress: ReadProgress = { bytesRead: 0, totalBytes: 0 };
    await collect(['-'], { stdin: stdin('một\n') }, progress);
    expect(progress).toEqual({ bytesRead: Buffer.byteLength('một\n'), totalBytes: null });
  });

  it('stops reading and closes the input when the consumer stops', async () => {
    let produced = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced++;
          yield Buffer.from('Khu công nghiệp không hết\n'.repeat(100));
        }
      })(),
    );
    let seen = 0;
    for await (const ev of readInputs(['-'], { stdin: endless })) {
      if (ev.type === 'line' && ++seen === 10) break;
    }
    expect(endless.destroyed).toBe(true);
    const after = produced;
    await new Promise((r) => setTimeout(r, 20));
    expect(produced).toBe(after);
    expect(produced).toBeLessThan(100);
  });

  it('closes a file when the consumer stops early', async () => {
    const f = write('stop.txt', 'dòng\n'.repeat(100_000));
    const openOnIt = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === f;
        } catch {
          return false;
        }
      }).length;
    for await (const ev of readInputs([f])) {
      if (ev.type === 'line') {
        expect(openOnIt()).toBe(1);
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(openOnIt()).toBe(0);
  });
});
