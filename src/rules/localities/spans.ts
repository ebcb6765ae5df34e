// Overlap test against spans sorted by start and not overlapping each other
// (the prefixed localities): binary search, so a long line stays linear-ish.
import type { Span } from '../../types.js';

export function overlapsAny(sorted: Span[], [start, end]: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  // First span whose end is past `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo][0] < end;
}
