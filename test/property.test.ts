// Property: whatever the line, extract() does not throw and its record passes
// the schema, and every span points inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { toRecord } from '../src/record/build.js';

const words = fc.constantFrom(
  'Khu công nghiệp', 'KCN', 'cụm công nghiệp', 'CCN', 'Khu kinh tế', 'tỉnh', 'huyện', 'xã', 'phường',
  'Nam Định', 'TP.HCM', 'BR-VT', 'Quyết định số', '/QĐ-UBND', 'QĐ-TTg', 'và', ',', '-', '–', '(', ')',
  'ha', 'm2', 'km²', 'tỷ đồng', 'triệu USD', 'nghìn tỷ', 'khoảng', 'hơn', 'gần', 'từ', 'lên', 'đến',
  'vốn', 'đầu tư', 'doanh thu', 'tỷ lệ', '%', '1.000', '2,5', '66.6', '12', '2021-2030', '15/3/2024',
  'Tân Phước 1', 'Mỹ Thuận', 'giai đoạn 2', 'mở rộng', 'Ð', '\u0301', '\u00a0', '.',
);
const newsish = fc.array(fc.oneof(words, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('extract() on random lines', () => {
  it('never throws and always returns a schema-valid record with spans inside the text', () => {
    fc.assert(fc.property(fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 200 })), (line) => {
      const x = extract(line);
      toRecord(x, 'prop', 1);
      for (const field of ['provinces', 'parks', 'areas', 'investments', 'decisions', 'localities'] as const) {
        for (const f of x.found[field]) {
          expect(f.span[0]).toBeGreaterThanOrEqual(0);
          expect(f.span[1]).toBeLessThanOrEqual(x.text.length);
        }
      }
    }), { numRuns: 3000 });
  });
});
