// The bundled sample (fixtures/sample.txt) against its expected records:
// each line is one row of the table.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { comparable, sampleRecords } from './helpers/records.js';

describe('extract() on the bundled sample', () => {
  it.each(sampleRecords().map((r) => [r.id, r] as const))('%s', (_id, want) => {
    expect(comparable(extract(want.text))).toEqual(comparable(want));
  });
});

describe('extract() evidence', () => {
  it('gives every value a span into the text and the rule that found it', () => {
    for (const want of sampleRecords()) {
      const x = extract(want.text);
      for (const field of ['provinces', 'parks', 'areas', 'investments', 'decisions', 'localities'] as const) {
        for (const f of x.found[field]) {
          expect(f.span[0]).toBeGreaterThanOrEqual(0);
          expect(f.span[1]).toBeGreaterThan(f.span[0]);
          expect(f.span[1]).toBeLessThanOrEqual(x.text.length);
          expect(f.rule).toMatch(/^[a-z]+[.-]/);
        }
      }
    }
  });

  it('returns NFC text, trimmed', () => {
    expect(extract('  Khu công nghiệp Hòa Phú  '.normalize('NFD')).text).toBe('Khu công nghiệp Hòa Phú');
  });
});
