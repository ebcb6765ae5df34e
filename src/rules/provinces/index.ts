// Rules for `provinces` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found } from '../../types.js';

export function findProvinces(line: LineContext, found: Findings): Found<string>[] {
  void line;
  void found;
  return [];
}
