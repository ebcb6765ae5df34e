// The shipped character tables (tables.json, npm run tables) must be what
// Node's own Unicode data gives, character by character.
import { describe, expect, it } from 'vitest';
import { CASE, FOLD, TABLE_LIMIT, TONED, WORD } from '../../src/normalize/tables.js';

describe('character tables', () => {
  it('agree with String methods on every character below U+2000', () => {
    const wrong: string[] = [];
    for (let code = 0; code < TABLE_LIMIT; code++) {
      const c = String.fromCharCode(code);
      let f = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      if (c === 'Đ' || c === 'đ' || c === 'Ð' || c === 'ð') f = 'd';
      const fold = f.length === 1 ? f.charCodeAt(0) : code;
      const kase = c !== c.toLowerCase() ? 1 : c !== c.toUpperCase() ? -1 : 0;
      const word = /[\p{L}\p{N}]/u.test(c) ? 1 : 0;
      const d = c.normalize('NFD');
      const tone = d.length === 2 && /[\u0300\u0301\u0303\u0309\u0323]/.test(d[1]);
      const toned = tone && /[aAeE]/.test(d[0]) ? 1 : tone && /[yY]/.test(d[0]) ? 2 : 0;
      if (FOLD[code] !== fold || CASE[code] !== kase || WORD[code] !== word || TONED[code] !== toned) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Ệ', 'e', 1],
    ['ệ', 'e', -1],
    ['Đ', 'd', 1],
    ['đ', 'd', -1],
    ['7', '7', 0],
    [',', ',', 0],
  ])('%s folds to %s with case %i', (c, folded, kase) => {
    expect(String.fromCharCode(FOLD[c.charCodeAt(0)])).toBe(folded);
    expect(CASE[c.charCodeAt(0)]).toBe(kase);
  });
});
