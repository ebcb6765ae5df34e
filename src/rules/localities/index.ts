// Rules for `localities` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found, Locality } from '../../types.js';

export function findLocalities(line: LineContext, found: Findings): Found<Locality>[] {
  void line;
  void found;
  return [];
}
