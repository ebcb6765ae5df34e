// Rules for `areas` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found, Area } from '../../types.js';

export function findAreas(line: LineContext, found: Findings): Found<Area>[] {
  void line;
  void found;
  return [];
}
