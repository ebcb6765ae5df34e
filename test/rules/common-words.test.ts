import { describe, expect, it } from 'vitest';
import joined from '../../src/rules/common-pairs.json' with { type: 'json' };
import { ALWAYS_LOWER, isCommonPair } from '../../src/rules/common-words.js';
import { WRITTEN_NAMES } from '../../src/gazetteer/index.js';

const pairs = joined.split('|');

describe('common pairs (src/rules/common-pairs.json)', () => {
  it('are sorted, unique pairs of lower-case words', () => {
    expect([...pairs].sort()).toEqual(pairs);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const p of pairs) expect(p).toMatch(/^\p{Ll}+ \p{Ll}+$/u);
  });

  it('hold no gazetteer name, so no known place is read as a phrase', () => {
    const names = new Set(WRITTEN_NAMES.map((n) => n.toLowerCase()));
    expect(pairs.filter((p) => names.has(p))).toEqual([]);
  });

  it('leave out pairs whose first word the word list already covers', () => {
    expect(pairs.filter((p) => ALWAYS_LOWER.has(p.split(' ')[0]))).toEqual([]);
  });

  it.each([
    ['HOÀN', 'THÀNH', true],
    ['hoàn', 'thành', true],
    ['Đầu', 'tiên', true],
    ['ĐỒNG', 'TÂM', false], // a commune's name as often as a word
    ['BẾN', 'THÀNH', false],
  ])('%s %s → %s', (a, b, want) => {
    expect(isCommonPair(a, b)).toBe(want);
  });
});
