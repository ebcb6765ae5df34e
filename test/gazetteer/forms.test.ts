// forms.json (npm run name-forms): the folded syllables and marked form of
// every name the gazetteer's indexes hold, worked out ahead for start-up.
import { describe, expect, it, vi } from 'vitest';
import forms from '../../src/gazetteer/forms.json' with { type: 'json' };
import { WRITTEN_NAMES, districtIndex, provinceIndex } from '../../src/gazetteer/index.js';
import { markedForm, nameWords } from '../../src/gazetteer/matcher.js';

type Index = typeof provinceIndex | typeof districtIndex;
const stored = (index: Index) => [...index.names()].map(({ key, forms: written, value }) => ({ key, forms: [...written], value }));

describe('gazetteer forms.json', () => {
  it('holds every name of the indexes as nameWords and markedForm give it (if not: npm run name-forms)', () => {
    expect(WRITTEN_NAMES.length).toBeGreaterThan(700);
    const expected = Object.fromEntries(WRITTEN_NAMES.map((name) => [name, [nameWords(name).join(' '), markedForm(name)]]));
    expect(forms).toEqual(expected);
  });

  it('is only a shortcut: without it, the indexes hold the same names', async () => {
    vi.resetModules();
    vi.doMock('../../src/gazetteer/forms.json', () => ({ default: {} }));
    try {
      const bare = await import('../../src/gazetteer/index.js');
      expect(bare.provinceIndex).not.toBe(provinceIndex);
      expect(stored(bare.provinceIndex)).toEqual(stored(provinceIndex));
      expect(stored(bare.districtIndex)).toEqual(stored(districtIndex));
    } finally {
      vi.doUnmock('../../src/gazetteer/forms.json');
      vi.resetModules();
    }
  });
});
