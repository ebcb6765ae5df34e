// Rules for `areas` (FIELDS.md): every quantity written with an area unit,
// converted to hectares. Distances (km) and volumes (m3) have no area unit.
import type { Findings, LineContext } from '../context.js';
import type { Area, Found } from '../../types.js';
import { findQuantities, hectares } from '../quantity/index.js';

// "8 m2/người", "1,4 ha/giờ", "500 ha/năm": an area per something is a rate, not a land area.
const PER_UNIT = /\s{0,2}\/\s{0,2}\p{L}/uy;

// "mùa 2025-2026 hạ màn" typed without diacritics reads "2025-2026 ha": a
// range of two years is a season, never a land area.
const YEAR_RANGE = /(?:19|20)\d\d\s{0,2}[-–]\s{0,2}(?:19|20)\d\d/;

function yearRange(line: LineContext, numStart: number, numEnd: number): boolean {
  const digits = numEnd - numStart;
  if (digits !== 4) return false;
  return YEAR_RANGE.test(line.norm.slice(Math.max(0, numStart - 9), numEnd + 9));
}

export function findAreas(line: LineContext, found: Findings): Found<Area>[] {
  void found;
  // No trigger of its own: the investments rule scans the line's quantities
  // anyway (the scan is shared), and a unit word is only ever read in that scan.
  const out: Found<Area>[] = [];
  for (const q of findQuantities(line)) {
    if (!q.areaUnit) continue;
    PER_UNIT.lastIndex = q.end;
    if (PER_UNIT.test(line.fold)) continue;
    if (q.areaUnit === 'ha' && yearRange(line, q.numStart, q.numEnd)) continue;
    const value = hectares(q);
    if (!(value > 0) || !Number.isFinite(value)) continue;
    const rule = q.shape === 'range' ? 'area.range' : q.scaleWritten ? 'area.scaled' : `area.number-${q.areaUnit}`;
    out.push({ value: { hectares: value, qualifier: q.qualifier }, span: [q.start, q.end], rule });
  }
  return out;
}
