import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/gazetteer/matcher.js';
import { fold } from '../../src/normalize/text.js';
import { tokenize } from '../../src/normalize/tokens.js';

function marksOf(index: NameIndex<string>, text: string): string[] {
  const tokens = tokenize(text, fold(text));
  return index.matchesAt(tokens, text, 0).map((m) => m.marks);
}

describe('NameIndex marks', () => {
  const index = new NameIndex<string>();
  index.add('Phú Yên', 'province');

  it('compares written forms in any case, without a copy or with one', () => {
    expect(marksOf(index, 'Phú Yên')).toEqual(['same']);
    expect(marksOf(index, 'PHÚ YÊN')).toEqual(['same']);
    expect(marksOf(index, 'Phu Yen')).toEqual(['none']);
    expect(marksOf(index, 'Phù Yên')).toEqual(['other']);
    expect(marksOf(index, 'PHÙ YÊN')).toEqual(['other']);
  });
});

describe('NameIndex names', () => {
  it('lists each stored name once, by folded key, with its marked forms, in the order added', () => {
    const index = new NameIndex<string>();
    index.addAll([['Phù Ninh', 'a'], ['Phú Ninh', 'b'], ['Hòa Bình', 'c'], ['Hoà Bình', 'c']]);
    const names = [...index.names()].map((n) => [n.key, [...n.forms], n.value]);
    expect(names).toEqual([
      ['phu ninh', ['phù ninh'], 'a'],
      ['phu ninh', ['phú ninh'], 'b'],
      ['hoa binh', ['hòa bình'], 'c'],
    ]);
  });
});

describe('NameIndex order', () => {
  /** The values of every name of the longest length starting at the line's first word. */
  const valuesAt = (index: NameIndex<string>, text: string): string[] =>
    index.matchesAt(tokenize(text, fold(text)), text, 0).map((m) => m.value);

  it('tries the longest name first, whichever was added first', () => {
    const index = new NameIndex<string>();
    index.addAll([['Tân', 'one'], ['Tân Uyên', 'two'], ['Bắc Tân Uyên', 'x'], ['Tân Phú Đông', 'three']]);
    expect(valuesAt(index, 'Tân Phú Đông mới')).toEqual(['three']);
    expect(valuesAt(index, 'Tân Uyên mới')).toEqual(['two']);
    expect(valuesAt(index, 'Tân Hiệp')).toEqual(['one']);
  });

  it('keeps names of one length in the order added, across several calls', () => {
    const index = new NameIndex<string>();
    index.addAll([['Châu Thành', 'first'], ['Châu Đức', 'other']]);
    index.add('Châu Thành A', 'longer');
    index.addAll([['Châu Thành', 'second']]);
    index.add('Chau Thanh', 'third');
    expect(valuesAt(index, 'Châu Thành')).toEqual(['first', 'second', 'third']);
    expect(valuesAt(index, 'Châu Thành A')).toEqual(['longer']);
    expect([...index.names()].map((n) => n.value)).toEqual(['longer', 'first', 'other', 'second', 'third']);
  });
});
