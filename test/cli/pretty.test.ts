import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import type { Extraction } from '../../src/extract.js';
import type { KcnRecord } from '../../src/record/schema.js';
import type { Found, Span } from '../../src/types.js';
import { FIELD_COLOURS, chooseSpans, renderLegend, renderPretty } from '../../src/cli/pretty.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
const ESC = '\x1b';

/** The span of `piece` in `text` (its n-th occurrence), failing loudly if absent. */
function at(text: string, piece: string, from = 0): Span {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`"${piece}" not in line`);
  return [start, start + piece.length];
}
function found<T>(text: string, value: T, piece: string, rule = 'test'): Found<T> {
  return { value, span: at(text, piece), rule };
}

/** An Extraction and its record built by hand from findings. */
function build(text: string, f: Partial<Extraction['found']>): { x: Extraction; r: KcnRecord } {
  const fd: Extraction['found'] = {
    decisions: [], areas: [], investments: [], parks: [], provinces: [], localities: [], province: null, ...f,
  };
  const v = <T>(items: Found<T>[]) => items.map((i) => i.value);
  const x: Extraction = {
    text,
    province: fd.province?.value ?? null,
    province_2025: fd.province?.value ?? null,
    provinces: v(fd.provinces),
    parks: v(fd.parks),
    areas: v(fd.areas),
    investments: v(fd.investments),
    decisions: v(fd.decisions),
    localities: v(fd.localities),
    found: fd,
  };
  const { found: _ignored, ...fields } = x;
  return { x, r: { source: 'tin-kcn.txt', line: 7, ...fields } };
}

const L1 = 'Khu công nghiệp Minh Hưng 3 rộng hơn 120 ha tại tỉnh Bình Phước được rót thêm 280 tỷ đồng';
const one = build(L1, {
  parks: [found(L1, { kind: 'industrial_park', name: 'Minh Hưng 3' }, 'Khu công nghiệp Minh Hưng 3')],
  areas: [found(L1, { hectares: 120, qualifier: 'over' }, 'hơn 120 ha')],
  investments: [found(L1, { amount: 280e9, currency: 'VND', qualifier: 'exact' }, '280 tỷ đồng')],
  provinces: [found(L1, 'Bình Phước', 'tỉnh Bình Phước')],
  province: found(L1, 'Bình Phước', 'tỉnh Bình Phước'),
});

describe('renderPretty without colour', () => {
  const out = renderPretty(one.x, one.r, plain);

  it('is plain text, ends in a newline, starts with source:line', () => {
    expect(out).not.toContain(ESC);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\n')[0]).toBe('tin-kcn.txt:7');
  });

  it('brackets every span and keeps the rest of the text as is', () => {
    expect(out.split('\n')[1]).toBe(
      '  [Khu công nghiệp Minh Hưng 3] rộng [hơn 120 ha] tại [tỉnh Bình Phước] được rót thêm [280 tỷ đồng]',
    );
  });

  it('summarises each non-empty field on its own line', () => {
    const lines = out.trimEnd().split('\n').slice(2);
    expect(lines).toEqual([
      '  province   Bình Phước',
      '  provinces  Bình Phước',
      '  parks      Minh Hưng 3 (KCN)',
      '  areas      >120 ha',
      '  invest     280 tỷ VND',
    ]);
  });

  it('says so when nothing was found', () => {
    const empty = build('Giá thép tăng mạnh trong tháng này', {});
    expect(renderPretty(empty.x, empty.r, plain)).toBe(
      'tin-kcn.txt:7\n  Giá thép tăng mạnh trong tháng này\n  (nothing found)\n',
    );
  });
});

describe('renderPretty with colour', () => {
  const out = renderPretty(one.x, one.r, colour);
  const textLine = out.split('\n')[1];

  it('colours exactly the spans, each in its field colour', () => {
    const expected =
      '  ' +
      colour[FIELD_COLOURS.parks]('Khu công nghiệp Minh Hưng 3') +
      ' rộng ' +
      colour[FIELD_COLOURS.areas]('hơn 120 ha') +
      ' tại ' +
      colour[FIELD_COLOURS.province]('tỉnh Bình Phước') +
      ' được rót thêm ' +
      colour[FIELD_COLOURS.investments]('280 tỷ đồng');
    expect(textLine).toBe(expected);
    expect(textLine.replace(/\x1b\[[0-9;]*m/g, '')).not.toContain('['); // no brackets when coloured
  });

  it('strips back to the original text', () => {
    expect(textLine.replace(/\x1b\[[0-9;]*m/g, '')).toBe('  ' + L1);
  });

  it('colours the label of each summary line like its highlight', () => {
    expect(out).toContain('  ' + colour[FIELD_COLOURS.areas]('areas') + ' '.repeat(6) + '>120 ha');
  });
});

describe('overlapping spans', () => {
  const L = 'Cụm công nghiệp Tân Phước 2 mở rộng thêm 43,5 ha ở xã Tân Phước';
  const parkSpan = at(L, 'Cụm công nghiệp Tân Phước 2 mở rộng');
  const inner: Span = at(L, 'Tân Phước 2');
  const x = build(L, {
    parks: [{ value: { kind: 'industrial_cluster', name: 'Tân Phước 2 mở rộng' }, span: parkSpan, rule: 't' }],
    // A locality wrongly inside the park and one crossing its end: neither may cut the park.
    localities: [
      { value: { level: 'commune', name: 'Tân Phước' }, span: [inner[0], inner[0] + 9], rule: 't' },
      { value: { level: 'commune', name: 'x' }, span: [parkSpan[1] - 3, parkSpan[1] + 6], rule: 't' },
      found(L, { level: 'commune', name: 'Tân Phước' }, 'xã Tân Phước'),
    ],
    areas: [found(L, { hectares: 43.5, qualifier: 'exact' }, '43,5 ha')],
  });

  it('draws the outer span whole and drops the ones inside or across it', () => {
    expect(renderPretty(x.x, x.r, plain).split('\n')[1]).toBe(
      '  [Cụm công nghiệp Tân Phước 2 mở rộng] thêm [43,5 ha] ở [xã Tân Phước]',
    );
    const coloured = renderPretty(x.x, x.r, colour).split('\n')[1];
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe('  ' + L);
  });

  it('ignores spans outside the text', () => {
    const kept = chooseSpans(
      [
        { field: 'areas', span: [5, 2] },
        { field: 'areas', span: [-1, 3] },
        { field: 'areas', span: [3, 99] },
        { field: 'parks', span: [0, 4] },
      ],
      10,
    );
    expect(kept).toEqual([{ field: 'parks', span: [0, 4] }]);
  });

  it('prefers the primary province over the same span in provinces', () => {
    const kept = chooseSpans([{ field: 'provinces', span: [0, 4] }, { field: 'province', span: [0, 4] }], 10);
    expect(kept).toEqual([{ field: 'province', span: [0, 4] }]);
  });
});

describe('summary lines', () => {
  const L = 'QĐ số 12/2024/QĐ-UBND lập 2 CCN Gia Thuận 2, An Hòa tại huyện Gò Công Đông, vốn khoảng 1,2 tỷ USD';
  const x = build(L, {
    decisions: [found(L, { number: '12/2024/QĐ-UBND', type: 'decision' }, 'QĐ số 12/2024/QĐ-UBND')],
    parks: [
      found(L, { kind: 'industrial_cluster', name: 'Gia Thuận 2' }, 'CCN Gia Thuận 2'),
      found(L, { kind: 'industrial_cluster', name: 'An Hòa' }, 'An Hòa'),
    ],
    localities: [found(L, { level: 'district', name: 'Gò Công Đông' }, 'huyện Gò Công Đông')],
    investments: [found(L, { amount: 1.2e9, currency: 'USD', qualifier: 'approx' }, 'khoảng 1,2 tỷ USD')],
  });
  const out = renderPretty(x.x, x.r, plain);

  it.each([
    ['  parks      Gia Thuận 2 (CCN), An Hòa (CCN)'],
    ['  invest     ~1.2 tỷ USD'],
    ['  decisions  12/2024/QĐ-UBND (QĐ)'],
    ['  localities Gò Công Đông (huyện)'],
  ])('%s', (line) => {
    expect(out.split('\n')).toContain(line);
  });

  it('shows the 2025 province when it differs', () => {
    const y = build('KCN Tân Bình ở tỉnh Bình Phước', {
      province: found('KCN Tân Bình ở tỉnh Bình Phước', 'Bình Phước', 'tỉnh Bình Phước'),
    });
    y.r.province_2025 = 'Đồng Nai';
    expect(renderPretty(y.x, y.r, plain)).toContain('  province   Bình Phước (2025: Đồng Nai)\n');
  });
});

describe('hostile text', () => {
  it('shows control characters as replacement marks, keeping spans in place', () => {
    const L = 'KCN Phú An\x1b[31m rộng 50 ha\x07';
    const x = build(L, { areas: [found(L, { hectares: 50, qualifier: 'exact' }, '50 ha')] });
    const out = renderPretty(x.x, x.r, plain);
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\x07');
    expect(out.split('\n')[1]).toBe('  KCN Phú An\uFFFD[31m rộng [50 ha]\uFFFD');
  });
});

describe('renderLegend', () => {
  it('names every field, plain at level 0, coloured at level 1', () => {
    const p = renderLegend(plain);
    expect(p).not.toContain(ESC);
    expect(p.endsWith('\n')).toBe(true);
    for (const f of ['province', 'provinces', 'parks', 'areas', 'invest', 'decisions', 'localities']) expect(p).toContain(f);
    expect(renderLegend(colour)).toContain(colour[FIELD_COLOURS.parks]('parks'));
  });
});
