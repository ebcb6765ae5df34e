// Output writers: numbers, CSV cells, framing, and the sink's file safety.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, framing, OutputSink, plainNumber, RFC_CSV, serializeRow } from '../../src/io/writers/index.js';

describe('plainNumber', () => {
  it.each([
    [280000000000, '280000000000'],
    [2.8e21, '2800000000000000000000'],
    [12.5, '12.5'],
    [0.0001, '0.0001'],
    [1e-7, '0.0000001'],
    [0, '0'],
  ])('%d → %s', (n, s) => expect(plainNumber(n)).toBe(s));
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [['Bắc Ninh', 'Hà Nam'], 'Bắc Ninh; Hà Nam'],
    [[{ kind: 'industrial_cluster', name: 'Đông Xuyên' }], 'Đông Xuyên (industrial_cluster)'],
    [[{ hectares: 12.5, qualifier: 'over' }, { hectares: 3, qualifier: 'exact' }], '12.5 ha (over); 3 ha'],
    [[{ amount: 1.5e12, currency: 'VND', qualifier: 'approx' }], '1500000000000 VND (approx)'],
    [[{ number: '12/2024/QĐ-UBND', type: 'decision' }], '12/2024/QĐ-UBND (decision)'],
    [[{ level: 'district', name: 'Yên Phong' }], 'Yên Phong (district)'],
    [3.25, '3.25'],
    [{ a: 1 }, '{"a":1}'],
  ])('%j → %s', (v, s) => expect(csvCell(v)).toBe(s));

  it.each([
    [[{ hectares: 12.5, qualifier: 'over' }, { hectares: 3, qualifier: 'exact' }], '12,5 ha (over); 3 ha'],
    [[{ amount: 2.5e6, currency: 'USD', qualifier: 'exact' }], '2500000 USD'],
    [0.000015, '0,000015'], // no exponent either
    ['12.5', '12.5'], // text stays as written
  ])('decimal comma: %j → %s', (v, s) => expect(csvCell(v, true)).toBe(s));
});

describe('serializeRow / framing', () => {
  it('csv quotes as needed, escapes formulas, ends in CRLF', () => {
    expect(serializeRow('csv', { a: 'x, y', b: '=1+1', c: '-5 ha', d: 'say "hi"' })).toBe('"x, y",\'=1+1,\'-5 ha,"say ""hi"""\r\n');
  });
  it('json frames rows as one array, empty or not', () => {
    const f = framing('json', []);
    expect(f.head + f.tail(0)).toBe('[]\n');
    expect(f.head + f.prefix(0) + '1' + f.prefix(1) + '2' + f.tail(2)).toBe('[\n1,\n2\n]\n');
  });
  it('csv head is the header row, with an optional BOM', () => {
    expect(framing('csv', ['a', 'b'], { ...RFC_CSV, bom: true }).head).toBe('\uFEFFa,b\r\n');
    expect(framing('csv', ['a', 'b']).head).toBe('a,b\r\n');
  });
  it('csv for a decimal-comma spreadsheet: semicolons, quoting cells that hold one, decimal commas', () => {
    const style = { bom: false, separator: ';', decimalComma: true } as const;
    expect(framing('csv', ['line', 'areas', 'area_ha'], style).head).toBe('line;areas;area_ha\r\n');
    const areas = [{ hectares: 7.5, qualifier: 'exact' }, { hectares: 2, qualifier: 'exact' }];
    expect(serializeRow('csv', { line: 4, areas, area_ha: 7.5 }, style)).toBe('4;"7,5 ha; 2 ha";7,5\r\n');
    expect(serializeRow('csv', { a: 'x\ty', b: 1.5 }, { ...style, separator: '\t', decimalComma: false })).toBe('"x\ty"\t1.5\r\n');
  });
});

describe('OutputSink', () => {
  const made: string[] = [];
  const dir = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-sink-'));
    made.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  });

  it('writes a file under a temporary name, renamed on commit', async () => {
    const d = dir();
    const target = path.join(d, 'out.jsonl');
    fs.writeFileSync(target, 'old');
    const sink = await OutputSink.toFile(target);
    await sink.write('new\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(d).some((f) => f.endsWith('.tmp'))).toBe(true);
    await sink.commit();
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
    expect(fs.readdirSync(d)).toEqual(['out.jsonl']);
  });

  it('discard leaves the old file and removes the temporary one', async () => {
    const d = dir();
    const target = path.join(d, 'out.csv');
    fs.writeFileSync(target, 'old');
    const sink = await OutputSink.toFile(target);
    await sink.write('x'.repeat(200_000));
    sink.discard();
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(d)).toEqual(['out.csv']);
  });

  it('waits for drain under backpressure and keeps order', async () => {
    const chunks: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk.toString());
        setImmediate(done);
      },
    });
    const sink = OutputSink.toStream(slow);
    const parts = Array.from({ length: 2000 }, (_, i) => `${i}\n`);
    for (const p of parts) await sink.write(p);
    await sink.commit();
    expect(chunks.join('')).toBe(parts.join(''));
    expect(chunks.length).toBeLessThan(20); // batched, not one write per part
  });

  it('encodes multi-byte text across chunk boundaries, large texts included, in order', async () => {
    const chunks: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk);
        done();
      },
    });
    const sink = OutputSink.toStream(collect);
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // Now and then a text too large for one chunk (over 64 KiB once encoded).
      parts.push(i % 1000 === 500 ? `Đ${'ữ'.repeat(30_000)}\n` : `{"line":${i},"text":"Khu công nghiệp Đồng Văn 😀 ${i}"}\n`);
    }
    for (const p of parts) if (sink.push(p)) await sink.flush();
    await sink.commit();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(parts.join(''));
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(2 + 90_000 + 1); // the large texts whole, the rest ≤ 64 KiB
  });

  it('a write that fails after everything else is done still fails the commit', async () => {
    // As stdout on a full disk: the stream answers the last write late.
    const full = new Writable({
      write(_c, _e, done) {
        setTimeout(() => done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })), 20);
      },
    });
    const sink = OutputSink.toStream(full);
    sink.push('{"line":1}\n');
    await sink.commit();
    expect((sink.failure as NodeJS.ErrnoException | null)?.code).toBe('ENOSPC');
  });

  it('a named pipe given as the target is written in place, not replaced by a file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-fifo-'));
    const fifo = path.join(dir, 'out.pipe');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString('utf8')));
    const ended = new Promise((resolve) => reader.on('close', resolve));
    try {
      const sink = await OutputSink.toFile(fifo);
      sink.push('Khu công nghiệp Đồng Văn\n');
      await sink.commit();
      await ended; // commit closed the pipe: the reader saw its end
      expect(got).toBe('Khu công nghiệp Đồng Văn\n');
      expect(sink.failure).toBeNull();
      expect(fs.statSync(fifo).isFIFO()).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['out.pipe']); // no temporary file left beside it
    } finally {
      reader.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('EPIPE closes the sink quietly', async () => {
    const broken = new Writable({
      write(_c, _e, done) {
        const err = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        done(err);
      },
    });
    const sink = OutputSink.toStream(broken);
    await sink.write('x'.repeat(70_000));
    await new Promise((r) => setImmediate(r));
    expect(sink.closed).toBe(true);
    expect(sink.failure).toBeNull();
    await sink.write('more'); // ignored
  });
});
