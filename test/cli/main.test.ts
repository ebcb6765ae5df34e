// main() in-process, one option at a time, with a stand-in extract() and
// made-up lines.
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { jsonl, run, tempDir, writeLines } from './helpers.js';
import { fakeExtract } from './fake-extract.js';

vi.mock('../../src/extract.js', () => ({ extract: (raw: string) => fakeExtract(raw) }));

const LINES = [
  'KCN Hòa Bình 2 rộng 120 ha ở Tiền Giang',
  '',
  'Chợ quê họp phiên sáng nay',
  'Dự án vốn gần 280 tỷ đồng tại KCN Tân An và KCN Mỹ Lợi',
];

function fixture(lines = LINES): { dir: string; file: string } {
  const dir = tempDir();
  return { dir, file: writeLines(dir, 'news.txt', lines) };
}

describe('formats', () => {
  it('jsonl is the default off a terminal, fields in RECORD_FIELDS order', async () => {
    const { file } = fixture();
    const r = await run([file]);
    expect(r.code).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(Object.keys(recs[0])).toEqual([
      'source', 'line', 'text', 'province', 'province_2025', 'provinces', 'parks', 'areas', 'investments', 'decisions', 'localities',
    ]);
    expect(recs[0].parks).toEqual([{ kind: 'industrial_park', name: 'Hòa Bình 2' }]);
  });

  it('pretty is the default on a terminal', async () => {
    const { file } = fixture();
    const r = await run([file], { tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain(`${file}:1`);
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it('json is one array, streamed, and valid when empty', async () => {
    const { file, dir } = fixture();
    const r = await run(['--format', 'json', file]);
    const arr = JSON.parse(r.stdout) as unknown[];
    expect(arr).toHaveLength(3);
    expect(r.stdout.startsWith('[\n{')).toBe(true);
    expect(r.stdout).toContain('},\n{');
    const empty = writeLines(dir, 'empty.txt', ['']);
    const e = await run(['--format', 'json', empty]);
    expect(JSON.parse(e.stdout)).toEqual([]);
  });

  it('csv has fixed columns, readable lists, plain numbers, CRLF', async () => {
    const { file } = fixture();
    const r = await run(['--format', 'csv', file]);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe(
      'source,line,text,province,province_2025,provinces,parks,areas,investments,decisions,localities,area_ha,area_qualifier,investment_amount,investment_currency,investment_qualifier',
    );
    expect(rows[1]).toContain(',Tiền Giang,Đồng Tháp,Tiền Giang,Hòa Bình 2 (industrial_park),120 ha,,,,120,exact,,,');
    expect(rows[3]).toContain('Tân An (industrial_park); Mỹ Lợi (industrial_park),,280000000000 VND (nearly),,,,,280000000000,VND,nearly');
    expect(rows.at(-1)).toBe('');
    expect(r.stdout.startsWith('\uFEFF')).toBe(false);
  });

  it('csv --bom starts with a BOM; formula-like cells are neutralised', async () => {
    const { file } = fixture(['=HYPERLINK("x") KCN Tân An', '+1 dòng lạ', '@cmd']);
    const r = await run(['--format', 'csv', '--bom', file]);
    expect(r.stdout.startsWith('\uFEFFsource,')).toBe(true);
    expect(r.stdout).not.toMatch(/,=HYPERLINK/);
    expect(r.stdout).not.toMatch(/,\+1/);
    expect(r.stdout).not.toMatch(/,@cmd/);
  });

  it.each([['semicolon'], [';']])('csv --csv-separator %s --decimal-comma: as a Vietnamese-locale spreadsheet reads it', async (sep) => {
    const { file } = fixture(['KCN Tân An rộng 12,5 ha']);
    const r = await run(['--format', 'csv', '--csv-separator', sep, '--decimal-comma', '--fields', 'line,parks,areas,area_ha', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('line;parks;areas;area_ha\r\n1;Tân An (industrial_park);12,5 ha;12,5\r\n');
  });

  it('CSV-only options on another format: one line on stderr, the output as without them', async () => {
    const { file } = fixture(['KCN Tân An rộng 12,5 ha']);
    const plain = await run(['--format', 'jsonl', file]);
    const r = await run(['--format', 'jsonl', '--bom', '--decimal-comma', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toContain('kcn-extract: --bom, --decimal-comma: only for CSV output; this run writes jsonl\n');
    expect((await run(['--format', 'jsonl', '--quiet', '--csv-separator', 'tab', file])).stderr).toBe('');
  });

  it('--csv-separator takes tab by name; another character is a usage error', async () => {
    const { file } = fixture(['KCN Tân An rộng 12,5 ha']);
    expect((await run(['--format', 'csv', '--csv-separator', 'tab', '--fields', 'line,area_ha', file])).stdout).toBe('line\tarea_ha\r\n1\t12.5\r\n');
    const bad = await run(['--format', 'csv', '--csv-separator', '|', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected comma, semicolon or tab');
  });

  it('unknown --format is a usage error', async () => {
    const r = await run(['--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kcn-extract: .*xml.*\nTry 'kcn-extract --help'/);
  });
});

describe('standard input at a terminal', () => {
  const HINT = 'kcn-extract: reading standard input: type or paste lines, then Ctrl-D (or name files or folders to read)\n';

  it.each<[string, string[], boolean, string]>([
    ['no input named, stdin a terminal: one line says what is read', [], true, HINT],
    ['"-" named, stdin a terminal: the same', ['-'], true, HINT],
    ['stdin piped: nothing said', [], false, ''],
    ['--quiet: nothing said', ['--quiet'], true, ''],
  ])('%s', async (_case, argv, stdinTTY, stderr) => {
    const r = await run(argv, { stdin: 'KCN Tân An rộng 5 ha\n', stdinTTY });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(stderr);
    expect(jsonl(r.stdout).map((x) => x.text)).toEqual(['KCN Tân An rộng 5 ha']);
  });
});

describe('standard input, untouched when not read', () => {
  it('a run over files never asks for stdin (process.stdin is built on first use)', async () => {
    const file = writeLines(tempDir(), 'a.txt', ['KCN Tân An rộng 5 ha']);
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const io = {
      stdout, stderr: new PassThrough(), env: {}, isTTY: {},
      get stdin(): never {
        throw new Error('stdin was asked for');
      },
    };
    expect(await main([file], io)).toBe(0);
    expect(jsonl(text).map((x) => x.text)).toEqual(['KCN Tân An rộng 5 ha']);
  });
});

describe('-o FILE', () => {
  it('takes its format from the extension and replaces the file when complete', async () => {
    const { file, dir } = fixture();
    for (const [ext, check] of [
      ['.csv', (s: string) => s.startsWith('source,line')],
      ['.json', (s: string) => Array.isArray(JSON.parse(s))],
      ['.ndjson', (s: string) => jsonl(s).length === 3],
      ['.jsonl', (s: string) => jsonl(s).length === 3],
    ] as const) {
      const out = path.join(dir, `out${ext}`);
      fs.writeFileSync(out, 'old');
      const r = await run([file, '-o', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(check(fs.readFileSync(out, 'utf8'))).toBe(true);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--format wins over the extension', async () => {
    const { file, dir } = fixture();
    const out = path.join(dir, 'out.csv');
    await run([file, '-o', out, '--format', 'jsonl']);
    expect(jsonl(fs.readFileSync(out, 'utf8'))).toHaveLength(3);
  });

  it('a missing folder is an error, exit 1', async () => {
    const { file, dir } = fixture();
    const r = await run([file, '-o', path.join(dir, 'nope', 'out.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kcn-extract: .*nope.*cannot write/);
  });
});

describe('--explain', () => {
  it('gives per field, per value, span, text and rule', async () => {
    const { file } = fixture();
    const [rec] = jsonl((await run(['--explain', file])).stdout);
    const explain = rec.explain as Record<string, unknown>;
    expect(explain.parks).toEqual([
      { value: { kind: 'industrial_park', name: 'Hòa Bình 2' }, span: [0, 14], text: 'KCN Hòa Bình 2', rule: 'park.prefix' },
    ]);
    expect(explain.province).toEqual({ value: 'Tiền Giang', span: [29, 39], text: 'Tiền Giang', rule: 'province.name' });
    expect(Object.keys(rec).at(-1)).toBe('explain');
  });

  it('csv gets an explain column of JSON', async () => {
    const { file } = fixture();
    const r = await run(['--explain', '--format', 'csv', '--fields', 'line,explain', file]);
    expect(r.stdout.split('\r\n')[0]).toBe('line,explain');
    expect(r.stdout).toContain('park.prefix');
  });
});

describe('filters and shapes', () => {
  it('--matched-only drops lines with nothing found', async () => {
    const { file } = fixture();
    const recs = jsonl((await run(['--matched-only', file])).stdout);
    expect(recs.map((x) => x.line)).toEqual([1, 4]);
  });

  it('--explode parks: one row per park, a line with none still gives one', async () => {
    const { file } = fixture();
    const recs = jsonl((await run(['--explode', 'parks', file])).stdout);
    expect(recs.map((x) => [x.line, x.park_name, x.park_kind])).toEqual([
      [1, 'Hòa Bình 2', 'industrial_park'],
      [3, null, null],
      [4, 'Tân An', 'industrial_park'],
      [4, 'Mỹ Lợi', 'industrial_park'],
    ]);
    expect(recs[0]).not.toHaveProperty('parks');
    const csv = (await run(['--explode', 'parks', '--format', 'csv', file])).stdout.split('\r\n');
    expect(csv[0]).toContain(',provinces,park_kind,park_name,areas,');
    expect(csv).toHaveLength(6); // header, 4 rows, final empty
  });

  it('--explode takes only parks', async () => {
    expect((await run(['--explode', 'areas'])).code).toBe(2);
  });

  it('--fields chooses and orders keys and columns', async () => {
    const { file } = fixture();
    const recs = jsonl((await run(['--fields', 'line,area_ha,parks', file])).stdout);
    expect(Object.keys(recs[0])).toEqual(['line', 'area_ha', 'parks']);
    expect(recs[0].area_ha).toBe(120);
    const csv = (await run(['--fields', 'text,line', '--format', 'csv', file])).stdout;
    expect(csv.split('\r\n')[0]).toBe('text,line');
  });

  it('--fields with an unknown field is a usage error', async () => {
    const { file } = fixture();
    const r = await run(['--fields', 'line,nope', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown field "nope"/);
    expect((await run(['--fields', 'park_name', file])).code).toBe(2); // needs --explode
  });

  it('--dedupe skips repeats of a normalised line and counts them', async () => {
    const { file } = fixture(['KCN Tân An rộng 5 ha', 'KCN  Tân An rộng 5 ha', 'kcn tân an rộng 5 ha', 'KCN Tân An rộng 6 ha']);
    const r = await run(['--dedupe', '--stats', file]);
    expect(jsonl(r.stdout).map((x) => x.line)).toEqual([1, 4]);
    expect(r.summary).toMatchObject({ lines: 4, records: 2, duplicates: 2 });
    expect(r.stderr).not.toBe('');
  });

  it.each([
    ['text', 'the record already has a field named "text" (carry it under another name: --keep input_text=text)'],
    ['page=source,source', 'the record already has a field named "source"'],
    ['=source', 'expected a field name, or column=field to rename it'],
    ['url,url', '"url" is listed twice'],
    ['link=url,link=href', '"link" is listed twice'],
  ])('--keep %s is a usage error', async (keep, message) => {
    const r = await run(['--keep', keep]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('errors, rejects, stats, exit codes', () => {
  it('an unreadable input: one line on stderr, other inputs still done, exit 1', async () => {
    const { file, dir } = fixture();
    const r = await run([path.join(dir, 'missing.txt'), file]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toHaveLength(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kcn-extract: .*missing\.txt: /);
  });

  it('--stats prints per-input counts that add up', async () => {
    const { file } = fixture();
    const r = await run(['--stats', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toBe('');
    expect(r.summary).toMatchObject({ lines: 4, blank: 1, records: 3, rejects: 0, matched: 2, errors: 0 });
    expect(r.summary.perField).toMatchObject({ province: 1, parks: 2, areas: 1, investments: 1, decisions: 0 });
    expect(r.summary.perSource).toEqual([{ source: file, lines: 4, blank: 1, records: 3, rejects: 0 }]);
  });

  it('no summary off a terminal without --stats; --quiet silences the terminal summary', async () => {
    const { file } = fixture();
    expect((await run([file])).stderr).toBe('');
    expect((await run(['--quiet', '--format', 'jsonl', file], { tty: true })).stderr).toBe('');
    expect((await run(['--format', 'jsonl', file], { tty: true })).stderr).not.toBe('');
  });

  it('unknown options: one line and a hint, no stack', async () => {
    const r = await run(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kcn-extract: unknown option '--frobnicate'\nTry 'kcn-extract --help' for more information.\n");
  });

  it('bad --jobs values are usage errors', async () => {
    for (const v of ['0', '-1', 'x', '1.5']) expect((await run(['--jobs', v])).code).toBe(2);
  });

  it('--help lists every option and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--output', '--explain', '--rejects', '--stats', '--strict', '--quiet', '--debug', '--matched-only',
      '--explode', '--fields', '--dedupe', '--text-field', '--text-column', '--keep', '--parks', '--jobs', '--no-color', '--bom', '--csv-separator', '--decimal-comma']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*\b2\b/);
  });

  it('--version prints the version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a bad --parks file is exit 2 with its one-line message', async () => {
    const { file, dir } = fixture();
    const parks = writeLines(dir, 'parks.csv', ['name,kind', ',nonsense']);
    const r = await run(['--parks', parks, file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kcn-extract: /);
  });
});

describe('colour', () => {
  const colored = async (args: string[], env: Record<string, string>, tty: boolean) =>
    // eslint-disable-next-line no-control-regex
    /\u001b\[/.test((await run(['--format', 'pretty', ...args, fixture().file], { env, tty })).stdout);
  it('follows --no-color, NO_COLOR, FORCE_COLOR, then the terminal', async () => {
    expect(await colored([], {}, true)).toBe(true);
    expect(await colored([], {}, false)).toBe(false);
    expect(await colored(['--no-color'], {}, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '1', FORCE_COLOR: '1' }, false)).toBe(false);
    expect(await colored([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colored([], { FORCE_COLOR: '0' }, true)).toBe(false);
  });
});
