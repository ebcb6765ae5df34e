// How main() handles every kind of input event (rejects, warnings, errors,
// --keep extras), with a scripted readInputBatches() and the stand-in extract().
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { InputEvent, InputOptions } from '../../src/io/inputs.js';
import { jsonl, run, tempDir } from './helpers.js';
import { fakeExtract } from './fake-extract.js';

vi.mock('../../src/extract.js', () => ({ extract: (raw: string) => fakeExtract(raw) }));

const seenOptions: InputOptions[] = [];
const SCRIPT: InputEvent[] = [
  { type: 'start', source: 'a.jsonl', bytes: 100 },
  { type: 'line', source: 'a.jsonl', line: 1, text: 'KCN Tân An rộng 5 ha', extra: { url: 'http://x/1', date: '2024-05-01' } },
  { type: 'blank', source: 'a.jsonl', line: 2 },
  { type: 'reject', source: 'a.jsonl', line: 3, reason: 'not JSON', text: '{oops' },
  { type: 'warning', source: 'a.jsonl', line: 4, message: 'invalid UTF-8 replaced' },
  { type: 'line', source: 'a.jsonl', line: 4, text: 'Chợ phiên', extra: { url: 'http://x/2' } },
  { type: 'end', source: 'a.jsonl' },
  { type: 'error', source: 'gone.txt', message: 'no such file' },
  { type: 'start', source: 'b.txt', bytes: 10 },
  { type: 'line', source: 'b.txt', line: 1, text: 'KCN Mỹ Lợi' },
  { type: 'end', source: 'b.txt' },
];

// The CLI reads events in batches; the script arrives in two of them.
vi.mock('../../src/io/inputs.js', () => ({
  readInputBatches: (_specs: string[], options: InputOptions) => {
    seenOptions.push(options);
    return (async function* () {
      yield SCRIPT.slice(0, 3);
      yield SCRIPT.slice(3);
    })();
  },
}));

describe('input events', () => {
  it('counts per input, prints warnings and errors one line each, exit 1 for the unreadable input', async () => {
    const r = await run(['--stats', 'x']);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => [x.source, x.line])).toEqual([['a.jsonl', 1], ['a.jsonl', 4], ['b.txt', 1]]);
    const err = r.stderr.split('\n');
    expect(err).toContain('kcn-extract: a.jsonl: line 3: rejected: not JSON');
    expect(err).toContain('kcn-extract: a.jsonl: line 4: invalid UTF-8 replaced');
    expect(err).toContain('kcn-extract: gone.txt: no such file');
    expect(r.summary).toMatchObject({ lines: 5, blank: 1, records: 3, rejects: 1, errors: 1 });
    expect(r.summary.perSource).toEqual([
      { source: 'a.jsonl', lines: 4, blank: 1, records: 2, rejects: 1 },
      { source: 'b.txt', lines: 1, blank: 0, records: 1, rejects: 0 },
    ]);
  });

  it('--quiet drops warnings and rejects from stderr, not errors', async () => {
    const r = await run(['--quiet', 'x']);
    expect(r.stderr).toBe('kcn-extract: gone.txt: no such file\n');
  });

  it('--rejects writes JSON Lines; --strict makes a reject exit 1', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'rejects.jsonl');
    const r = await run(['--rejects', file, '--strict', 'x']);
    expect(r.code).toBe(1);
    expect(jsonl(fs.readFileSync(file, 'utf8'))).toEqual([{ source: 'a.jsonl', line: 3, reason: 'not JSON', text: '{oops' }]);
    expect(r.stderr).not.toContain('rejected');
  });

  it('--keep fields come after the standard ones, null when missing; options reach the reader', async () => {
    seenOptions.length = 0;
    const r = await run(['--keep', 'url,date', '--text-field', 'title,lead', '--text-column', 'body', 'x']);
    const recs = jsonl(r.stdout);
    expect(Object.keys(recs[0]).slice(-3)).toEqual(['localities', 'url', 'date']);
    expect(recs.map((x) => [x.url, x.date])).toEqual([['http://x/1', '2024-05-01'], ['http://x/2', null], [null, null]]);
    expect(seenOptions[0]).toMatchObject({ keep: ['url', 'date'], textFields: ['title', 'lead'], textColumn: 'body' });
    const csv = (await run(['--keep', 'url', '--format', 'csv', 'x'])).stdout.split('\r\n');
    expect(csv[0].endsWith(',investment_qualifier,url')).toBe(true);
    expect(csv[1].endsWith(',http://x/1')).toBe(true);
  });
});
