// A stand-in for extract() in in-process CLI tests, so they test the shell
// (formats, filters, counts) whatever state the field rules are in. It finds
// "KCN <Word> <digit?>", "<n> ha", "<n> tỷ đồng" and "Tiền Giang".
import type { Extraction } from '../../src/extract.js';
import type { Area, Found, Investment, Park } from '../../src/types.js';

const all = (re: RegExp, text: string): RegExpExecArray[] => [...text.matchAll(re)];

export function fakeExtract(raw: string): Extraction {
  const text = raw.normalize('NFC').trim();
  const parks: Found<Park>[] = all(/KCN (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*(?: \d+)?)/gu, text).map((m) => ({
    value: { kind: 'industrial_park', name: m[1] },
    span: [m.index, m.index + m[0].length],
    rule: 'park.prefix',
  }));
  const areas: Found<Area>[] = all(/(\d+(?:,\d+)?) ha/g, text).map((m) => ({
    value: { hectares: Number(m[1].replace(',', '.')), qualifier: 'exact' },
    span: [m.index, m.index + m[0].length],
    rule: 'area.number-unit',
  }));
  const investments: Found<Investment>[] = all(/(gần )?(\d+) tỷ đồng/g, text).map((m) => ({
    value: { amount: Number(m[2]) * 1e9, currency: 'VND', qualifier: m[1] ? 'nearly' : 'exact' },
    span: [m.index, m.index + m[0].length],
    rule: 'money.scale-currency',
  }));
  const at = text.indexOf('Tiền Giang');
  const provinces: Found<string>[] = at >= 0 ? [{ value: 'Tiền Giang', span: [at, at + 10], rule: 'province.name' }] : [];
  const v = <T>(f: Found<T>[]): T[] => f.map((x) => x.value);
  return {
    text,
    province: provinces[0]?.value ?? null,
    province_2025: provinces.length ? 'Đồng Tháp' : null,
    provinces: v(provinces),
    parks: v(parks),
    areas: v(areas),
    investments: v(investments),
    decisions: [],
    localities: [],
    found: { decisions: [], areas, investments, parks, provinces, localities: [], province: provinces[0] ?? null },
  };
}
