// findEarly runs the rules that read only the line: its findings are
// extract()'s for those fields, whoever runs it (split-worker.ts runs it on
// another thread), and it reads neither the options nor other findings.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { readLine } from '../../src/normalize/line.js';
import { findEarly } from '../../src/rules/early.js';

const early = (text: string, options = {}) => findEarly({ ...readLine(text), options });

describe('findEarly', () => {
  it.each([
    ['Quyết định số 45/QĐ-UBND thành lập cụm công nghiệp Tân An rộng 60 ha', 2],
    ['Khu công nghiệp Phú Mỹ 3 mở rộng thêm 1.000 ha, vốn 2,5 tỷ USD', 2],
    ['Tổng vốn đầu tư 3.500 tỷ đồng (tương đương 150 triệu USD), diện tích 120 ha', 3],
    ['Khu kinh tế Vân Phong đón nhà đầu tư mới', 0],
  ])('%s: the decisions, areas and investments extract() finds (%i)', (text, count) => {
    const { decisions, areas, investments } = extract(text).found;
    expect(decisions.length + areas.length + investments.length).toBe(count);
    expect(early(text)).toEqual({ decisions, areas, investments });
  });

  it('reads no options: known parks change nothing', () => {
    const text = 'Dự án Sông Mây rộng 300 ha, vốn 20 triệu USD';
    expect(early(text, { knownParks: [{ name: 'Sông Mây', kind: 'industrial_park' }] })).toEqual(early(text));
  });
});
