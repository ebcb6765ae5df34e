import { describe, expect, it } from 'vitest';
import { END, LETTER_DIGIT, START, wordsRe } from '../../src/normalize/edges.js';

// The blocks LETTER_DIGIT claims to cover exactly.
const BLOCKS: [number, number][] = [
  [0x0000, 0x024f], // Basic Latin to Latin Extended-B
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x3040, 0x30ff], // kana
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7af], // Hangul
];

describe('LETTER_DIGIT', () => {
  const written = new RegExp(`^[${LETTER_DIGIT}]$`, 'u');
  const unicode = /^[\p{L}\p{N}]$/u;

  it('is exactly \\p{L}\\p{N} on every code point of its blocks', () => {
    const wrong: string[] = [];
    for (const [from, to] of BLOCKS) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCodePoint(c);
        if (written.test(ch) !== unicode.test(ch)) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(['ạ', 'Đ', 'ữ', 'Ỹ', '²', '7', 'ж', '東', '한'])('holds %s', (ch) => {
    expect(written.test(ch)).toBe(true);
  });

  it.each([' ', '-', '/', '.', '×', '\u0301'])('does not hold %j', (ch) => {
    expect(written.test(ch)).toBe(false);
  });
});

describe('START and END', () => {
  const ha = new RegExp(`${START}ha${END}`, 'u');
  it.each([
    ['120 ha,', true],
    ['(ha)', true],
    ['Phạha', false],
    ['hai', false],
    ['ha²', false],
    ['2ha', false],
  ])('%s: a whole word ha → %s', (text, found) => {
    expect(ha.test(text)).toBe(found);
  });

  it('wordsRe builds a whole-word alternation', () => {
    expect('kcn, ccn và kcnx'.match(wordsRe(['kcn', 'ccn']))).toEqual(['kcn', 'ccn']);
  });
});
