// --dedupe keys: one key for the same line however it is typed, another for
// any other line; short, and never holding a line end (keys cross threads
// joined by '\n').
import { describe, expect, it } from 'vitest';
import { dedupeKey } from '../../src/cli/process-line.js';

const LINE = 'KCN Tân An (Hòa Bình) rộng 5 ha';

describe('dedupeKey', () => {
  it.each([
    ['runs of spaces and tabs', 'KCN  Tân An\t(Hòa Bình)   rộng 5 ha'],
    ['case', 'kcn tân an (HÒA BÌNH) rộng 5 HA'],
    ['NFD input', LINE.normalize('NFD')],
    ['old tone placement', 'KCN Tân An (Hoà Bình) rộng 5 ha'],
    ['spaces around the line', `  ${LINE} `],
  ])('same line, %s: same key', (_how, other) => {
    expect(dedupeKey(other)).toBe(dedupeKey(LINE));
  });

  it.each([
    ['a number', 'KCN Tân An (Hòa Bình) rộng 6 ha'],
    ['a tone mark', 'KCN Tấn An (Hòa Bình) rộng 5 ha'],
    ['a word', 'KCN Tân An (Hòa Bình) rộng 5 ha mở rộng'],
  ])('another line, differing by %s: another key', (_how, other) => {
    expect(dedupeKey(other)).not.toBe(dedupeKey(LINE));
  });

  it('is a short digest without a line end, whatever the line length', () => {
    for (const text of [LINE, 'Khu công nghiệp '.repeat(5000)]) {
      const key = dedupeKey(text);
      expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    }
  });
});
