import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import type { KcnRecord } from '../../src/record/schema.js';
import { countLine, countRecord, newRunSummary, type RunSummary } from '../../src/cli/run-summary.js';
import { count, duration, renderSummary } from '../../src/cli/summary.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function record(source: string, line: number, fields: Partial<KcnRecord> = {}): KcnRecord {
  return {
    source, line, text: 'một dòng tin', province: null, province_2025: null, provinces: [], parks: [],
    areas: [], investments: [], decisions: [], localities: [], ...fields,
  };
}

/** Two inputs: a.txt has 4 lines (1 blank, 1 rejected), b.txt has 2 lines. */
function sample(): RunSummary {
  const s = newRunSummary();
  const feed = (source: string, kind: 'line' | 'blank' | 'reject', r?: KcnRecord) => {
    countLine(s, source, kind);
    if (r) countRecord(s, r);
  };
  feed('a.txt', 'line', record('a.txt', 1, { province: 'Long An', provinces: ['Long An'], areas: [{ hectares: 120, qualifier: 'exact' }] }));
  feed('a.txt', 'blank');
  feed('a.txt', 'line', record('a.txt', 3)); // nothing found
  feed('a.txt', 'reject');
  feed('b.txt', 'line', record('b.txt', 1, { parks: [{ kind: 'industrial_park', name: 'Phú An' }] }));
  feed('b.txt', 'line', record('b.txt', 2, {
    decisions: [{ number: '5/QĐ-TTg', type: 'decision' }],
    investments: [{ amount: 1e9, currency: 'VND', qualifier: 'exact' }],
    localities: [{ level: 'commune', name: 'Phú An' }],
  }));
  s.duplicates = 1;
  s.elapsedMs = 2000;
  return s;
}

describe('RunSummary counters', () => {
  const s = sample();

  it('adds up over the run and per input', () => {
    expect(s).toMatchObject({ lines: 6, blank: 1, rejects: 1, records: 4, matched: 3, errors: 0 });
    expect(s.perField).toEqual({ province: 1, provinces: 1, parks: 1, areas: 1, investments: 1, decisions: 1, localities: 1 });
    expect(s.perSource).toEqual([
      { source: 'a.txt', lines: 4, blank: 1, records: 2, rejects: 1 },
      { source: 'b.txt', lines: 2, blank: 0, records: 2, rejects: 0 },
    ]);
    const sum = (k: 'lines' | 'blank' | 'records' | 'rejects') => s.perSource.reduce((n, p) => n + p[k], 0);
    expect([sum('lines'), sum('blank'), sum('records'), sum('rejects')]).toEqual([s.lines, s.blank, s.records, s.rejects]);
    expect(s.lines).toBe(s.records + s.blank + s.rejects);
  });

  it('counts a record matched once, however many fields it fills', () => {
    const t = newRunSummary();
    countRecord(t, record('-', 1, { province: 'Huế', provinces: ['Huế'], parks: [{ kind: 'economic_zone', name: 'Chân Mây' }] }));
    expect(t.matched).toBe(1);
    expect(t.perSource).toEqual([{ source: '-', lines: 0, blank: 0, records: 1, rejects: 0 }]);
  });
});

describe('renderSummary', () => {
  const out = renderSummary(sample(), plain);
  const rows = out.split('\n');

  it('is plain at level 0 and ends in a newline', () => {
    expect(out).not.toContain('\x1b');
    expect(out.endsWith('\n')).toBe(true);
  });

  it.each([
    [/^lines +6 {2}1 blank$/],
    [/^records +4$/],
    [/^with ≥1 field +3 +75\.0%$/],
    [/^ {2}parks +1 +25\.0%$/],
    [/^ {2}investments +1 +25\.0%$/],
    [/^rejects +1$/],
    [/^duplicates +1$/],
    [/^errors +0$/],
    [/^elapsed +2\.00 s$/],
    [/^lines\/s +3$/],
  ])('has a row %s', (re) => {
    expect(rows.some((r) => re.test(r))).toBe(true);
  });

  it('aligns the numbers in one column', () => {
    const main = rows.slice(0, rows.indexOf(''));
    const end = main.find((r) => r.startsWith('records'))!.length; // a row without a note
    for (const r of main) {
      expect(r[end - 1], r).not.toBe(' ');
      expect(r.length === end || r[end] === ' ', r).toBe(true);
    }
  });

  it('adds a per-input table with more than one input', () => {
    const i = rows.indexOf('');
    expect(rows[i + 1]).toMatch(/^input +lines +blank +records +rejects$/);
    expect(rows[i + 2]).toMatch(/^a\.txt +4 +1 +2 +1$/);
    expect(rows[i + 3]).toMatch(/^b\.txt +2 +0 +2 +0$/);
  });

  it('has no per-input table for one input and no percentages without records', () => {
    const s = newRunSummary();
    countLine(s, 'only.txt', 'blank');
    const text = renderSummary(s, plain);
    expect(text).not.toContain('input');
    expect(text).toMatch(/^ {2}parks +0 +–$/m);
    expect(text).toMatch(/^lines\/s +–$/m);
  });

  it('colours field rows and problems at level 1', () => {
    const s = sample();
    s.errors = 2;
    const text = renderSummary(s, colour);
    expect(text).toContain('\x1b[');
    expect(text).toContain(colour.red('errors'));
    expect(text.replace(/\x1b\[[0-9;]*m/g, '')).toBe(renderSummary(s, plain));
  });
});

describe('formatting helpers', () => {
  it.each([
    [0, '0'], [999, '999'], [1000, '1 000'], [1234567, '1 234 567'],
  ])('count(%d) = %s', (n, s) => expect(count(n)).toBe(s));

  it.each([
    [850, '850 ms'], [2000, '2.00 s'], [12345, '12.3 s'], [245000, '4m 05s'], [3720000, '1h 02m'],
  ])('duration(%d) = %s', (n, s) => expect(duration(n)).toBe(s));
});
