import { describe, expect, it } from 'vitest';
import { onlySpaces, sentenceEndIn, spacesAround } from '../../src/rules/localities/gaps.js';

// The gap tests stand in for regexes over a slice: they must agree with them.
const GAPS = ['. ', '.  ', '! "', '?\u00a0(', '; ', '.;', ' . ', '.\n', '. \ufeff', '', ' ', '  ', ',', ' , ', ', ', '.', ' .', ': ', '\u00a0', '\u2003,\t', ',,', ' . .', 'a', ' ;', '\n', '\u0085', '\u3000:\ufeff'];

describe('locality gaps', () => {
  it('agree with the regexes they replace', () => {
    for (const gap of GAPS) {
      const norm = `X${gap}Y`;
      const to = 1 + gap.length;
      expect(spacesAround(norm, 1, to, '.:'), JSON.stringify(gap)).toBe(/^\s*[.:]?\s*$/.test(gap));
      expect(spacesAround(norm, 1, to, ',', true), JSON.stringify(gap)).toBe(/^\s*,\s*$/.test(gap));
      expect(onlySpaces(norm, 1, to), JSON.stringify(gap)).toBe(/^\s+$/.test(gap));
      expect(sentenceEndIn(norm, 1, to), JSON.stringify(gap)).toBe(/[.;!?]\s+\S/.test(gap));
    }
  });
});
