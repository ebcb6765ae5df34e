import { describe, expect, it } from 'vitest';
import { fold } from '../../src/normalize/text.js';
import { capitalisedAt, firstTokenFrom, isCapitalised, lastTokenEndingBy, LineToken, tokenize, tokenStartingAt } from '../../src/normalize/tokens.js';

const line = 'KCN Tân Phước 1, rộng 50 ha';
const tokens = tokenize(line, fold(line));

describe('tokenize', () => {
  it('gives syllables with offsets and folded forms', () => {
    expect(tokens.map((t) => [t.text, t.fold, t.start])).toEqual([
      ['KCN', 'kcn', 0], ['Tân', 'tan', 4], ['Phước', 'phuoc', 8], ['1', '1', 14],
      ['rộng', 'rong', 17], ['50', '50', 22], ['ha', 'ha', 25],
    ]);
  });
});

describe('LineToken', () => {
  it('cuts its written form from the line when read', () => {
    const t = new LineToken('Khu Đô thị', 'do', 4, 6);
    expect([t.text, t.fold, t.start, t.end]).toEqual(['Đô', 'do', 4, 6]);
  });
});

describe('capitalisedAt', () => {
  it('reads the syllable at an offset as isCapitalised reads the syllable alone', () => {
    const line = 'Đà nẵng 5 ha Ánh éo';
    for (const at of [0, 3, 8, 10, 13, 17]) {
      expect(capitalisedAt(line, at)).toBe(isCapitalised(line.slice(at)));
    }
    expect([0, 3, 8, 10, 13, 17].map((at) => capitalisedAt(line, at))).toEqual([true, false, true, false, true, false]);
  });
});

describe('offset → token', () => {
  it.each([
    // offset, first token from there, token starting exactly there, last token ending by there
    [0, 0, 0, -1],
    [3, 1, -1, 0],
    [4, 1, 1, 0],
    [15, 4, -1, 3],
    [27, 7, -1, 6],
  ])('offset %i', (offset, from, exact, endingBy) => {
    expect(firstTokenFrom(tokens, offset)).toBe(from);
    expect(tokenStartingAt(tokens, offset)).toBe(exact);
    expect(lastTokenEndingBy(tokens, offset)).toBe(endingBy);
  });

  it('searches from a given token', () => {
    expect(firstTokenFrom(tokens, 0, 3)).toBe(3);
  });
});
