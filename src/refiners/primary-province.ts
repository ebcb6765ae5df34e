// The record's `province`: the first province named; else the one implied by
// a district name unique in the country; else a known park's province.
import type { Findings, LineContext } from '../rules/context.js';
import type { Found } from '../types.js';

export function primaryProvince(line: LineContext, found: Findings): Found<string> | null {
  void line;
  return found.provinces[0] ?? null;
}
