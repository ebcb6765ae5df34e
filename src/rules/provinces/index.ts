// Rules for `provinces` (FIELDS.md): every province-level name written in
// the line, in any form, except where a locality rule read it as a district
// or a commune (`huyện Quảng Ninh`, `P.Bình Dương`).
import type { Findings, LineContext } from '../context.js';
import type { Found } from '../../types.js';
import { localitiesOf } from '../localities/index.js';
import { provinceCandidates } from './candidates.js';
import { overlapsAny } from '../localities/spans.js';

const RULE = { official: 'province.name', alias: 'province.alias', informal: 'province.informal' } as const;

export function findProvinces(line: LineContext, found: Findings): Found<string>[] {
  void found;
  const candidates = provinceCandidates(line);
  const localities = localitiesOf(line);
  if (candidates.length === 0) return [];
  const claimed = localities.map((l) => l.span).sort((a, b) => a[0] - b[0]);
  const out: Found<string>[] = [];
  for (const c of candidates) {
    if (overlapsAny(claimed, [c.start, c.end])) continue;
    out.push({ value: c.canonical, span: [c.start, c.end], rule: RULE[c.form] });
  }
  return out;
}
