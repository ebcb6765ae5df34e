// Rules for `parks` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found, Park } from '../../types.js';

export function findParks(line: LineContext, found: Findings): Found<Park>[] {
  void line;
  void found;
  return [];
}
