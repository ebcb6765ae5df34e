// The record schema's checks (FIELDS.md) and zod's English messages: the
// schema is written with zod/mini, which loads no messages by itself.
import { describe, expect, it } from 'vitest';
import { recordSchema, type KcnRecord } from '../../src/record/schema.js';

const valid: KcnRecord = {
  source: 'a.txt', line: 1, text: 'KCN Tân Bình rộng 120 ha', province: null, province_2025: null, provinces: [],
  parks: [{ kind: 'industrial_park', name: 'Tân Bình' }], areas: [{ hectares: 120, qualifier: 'exact' }],
  investments: [{ amount: 3e11, currency: 'VND', qualifier: 'over' }], decisions: [{ number: '12/QĐ-UBND', type: 'decision' }],
  localities: [{ level: 'district', name: 'Bến Cát' }],
};

/** The first issue's path and message, for a record with `change` applied. */
function firstIssue(change: Partial<Record<keyof KcnRecord, unknown>>): string {
  const r = recordSchema.safeParse({ ...valid, ...change });
  if (r.success) return 'valid';
  const issue = r.error.issues[0];
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('recordSchema', () => {
  it('accepts a valid record as it is', () => {
    expect(recordSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ line: 0 }, 'line: Too small: expected number to be >0'],
    [{ line: 1.5 }, 'line: Invalid input: expected int, received number'],
    [{ text: null }, 'text: Invalid input: expected string, received null'],
    [{ province: 3 }, 'province: Invalid input: expected string, received number'],
    [{ provinces: [''] }, 'provinces.0: Too small: expected string to have >=1 characters'],
    [{ parks: [{ kind: 'park', name: 'X' }] }, 'parks.0.kind: Invalid option: expected one of "industrial_park"|"industrial_cluster"|"economic_zone"|"export_processing_zone"|"high_tech_park"'],
    [{ areas: [{ hectares: -1, qualifier: 'exact' }] }, 'areas.0.hectares: Too small: expected number to be >=0'],
    [{ areas: [{ hectares: Infinity, qualifier: 'exact' }] }, 'areas.0.hectares: Invalid input: expected number, received Infinity'],
    [{ investments: [{ amount: 1, currency: 'vnd', qualifier: 'exact' }] }, 'investments.0.currency: Invalid string: must match pattern /^[A-Z]{3}$/'],
    [{ decisions: [{ number: '', type: 'decision' }] }, 'decisions.0.number: Too small: expected string to have >=1 characters'],
    [{ localities: [{ level: 'village', name: 'X' }] }, 'localities.0.level: Invalid option: expected one of "district"|"urban_district"|"town"|"city"|"commune"|"ward"|"township"|"special_zone"'],
  ])('rejects %j: %s', (change, expected) => {
    expect(firstIssue(change)).toBe(expected);
  });

  it('drops keys the contract does not have, as zod objects do', () => {
    expect(recordSchema.parse({ ...valid, extra: 1, parks: [{ ...valid.parks[0], x: 2 }] })).toEqual(valid);
  });

  it('throws on parse, with the issues as the message', () => {
    expect(() => recordSchema.parse({ ...valid, line: 0 })).toThrow(/"message": "Too small: expected number to be >0"/);
  });
});
