// Turns findings into the output values: drops repeats (FIELDS.md: a value
// written twice is one value, the first) while keeping first-appearance order.
import type { Found } from '../types.js';

/** Keeps the first finding of each key, ordered by where it starts in the line. */
export function dedupeFound<T>(items: Found<T>[], key: (value: T) => string): Found<T>[] {
  if (items.length < 2) return items; // most lines: nothing to sort or drop
  const sorted = [...items].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const seen = new Set<string>();
  const out: Found<T>[] = [];
  for (const item of sorted) {
    const k = key(item.value);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
