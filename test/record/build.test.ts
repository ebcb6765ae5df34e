// toRecord: an extraction becomes the record of FIELDS.md, validated. zod
// checks the first records on its plain path and later ones with the parser
// it compiles: both must give the same records and reject the same ones.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract.js';
import { toRecord } from '../../src/record/build.js';

const extraction: Extraction = {
  text: 'CCN Lạc Thịnh rộng 50 ha', province: 'Hòa Bình', province_2025: 'Phú Thọ', provinces: ['Hòa Bình'],
  parks: [{ kind: 'industrial_cluster', name: 'Lạc Thịnh' }], areas: [{ hectares: 50, qualifier: 'exact' }],
  investments: [], decisions: [], localities: [],
  found: {} as Extraction['found'],
};

describe('toRecord', () => {
  it('keeps the contract fields only, in order, on both of zod paths', () => {
    for (let i = 1; i <= 600; i++) {
      const record = toRecord(extraction, 'news.txt', i);
      expect(Object.keys(record)).toEqual(['source', 'line', 'text', 'province', 'province_2025', 'provinces', 'parks', 'areas', 'investments', 'decisions', 'localities']);
      expect(record).toMatchObject({ source: 'news.txt', line: i, parks: extraction.parks, areas: extraction.areas });
    }
  });

  it('rejects a record outside the contract, on both of zod paths', () => {
    const bad = { ...extraction, areas: [{ hectares: -5, qualifier: 'exact' as const }] };
    for (let i = 1; i <= 600; i++) {
      expect(() => toRecord(bad, 'news.txt', i)).toThrow(/Too small: expected number to be >=0/);
      expect(() => toRecord(extraction, 'news.txt', 0)).toThrow(/Too small: expected number to be >0/);
    }
  });
});
