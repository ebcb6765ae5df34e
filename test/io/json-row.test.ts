// The JSON row writer must give exactly JSON.stringify of the row object
// that buildRows makes, for any columns: it replaces that path for JSON output.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { toRecord } from '../../src/record/build.js';
import { RECORD_FIELDS } from '../../src/record/schema.js';
import { availableColumns, buildRows, jsonRowWriter, serializeRow } from '../../src/io/writers/index.js';

const LINES = [
  'Sở Công Thương kêu gọi đầu tư Khu công nghiệp Tân Phước 6, Bình Đông, đưa Cụm công nghiệp Gia Thuận 5 hoạt động vào tháng 9.',
  'KCN Yên Phong (Bắc Ninh) rộng hơn 351,1 ha, tổng vốn gần 280 tỷ đồng và 12,5 triệu USD theo Quyết định số 1107/QĐ-TTg tại huyện Yên Phong.',
  'Khu kinh tế Vân Đồn "đặc biệt" \\ có tab\tvà emoji 😀 và nửa cặp \uD800 ở thị xã Quảng Yên, tỉnh Quảng Ninh.',
  'Không có gì ở đây.',
];
const extra = { url: 'http://x/1', date: { y: 2024, 'm"x': [1, '\u2028', null] }, n: -0, missing: null };

describe('jsonRowWriter', () => {
  it('the record keys are in RECORD_FIELDS order (the order the default columns are written in)', () => {
    for (const [i, line] of LINES.entries()) expect(Object.keys(toRecord(extract(line), 'a.txt', i + 1))).toEqual([...RECORD_FIELDS]);
  });

  const columnSets: [string, string[]][] = [
    ['default', availableColumns({ csv: false, explodeParks: false, keep: [], explain: false }).defaults],
    ['all, explain, keep', availableColumns({ csv: true, explodeParks: false, keep: ['url', 'date', 'n', 'missing'], explain: true }).defaults],
    ['exploded', availableColumns({ csv: false, explodeParks: true, keep: ['url'], explain: true }).defaults],
    ['reordered subset', ['line', 'area_ha', 'investment_currency', 'parks', 'text', 'park_name', 'park_kind', 'source', 'province']],
  ];
  for (const [name, columns] of columnSets) {
    it(`gives JSON.stringify of the row: ${name} columns`, () => {
      const write = jsonRowWriter(columns)!;
      for (const explodeParks of [false, true]) {
        for (const [i, line] of LINES.entries()) {
          const x = extract(line);
          const record = toRecord(x, 'dir/"quoted".txt', i + 1);
          const rows = buildRows(record, x, extra, { columns, explodeParks, explain: columns.includes('explain') });
          const parks = explodeParks ? (record.parks.length ? record.parks : [null]) : [undefined];
          expect(parks.map((p) => write(record, x, extra, p))).toEqual(rows.map((r) => serializeRow('json', r)));
        }
      }
    });
  }

  it('leaves a "__proto__" column to the generic path', () => {
    expect(jsonRowWriter(['line', '__proto__'])).toBeNull();
  });
});
