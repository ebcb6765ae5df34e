// Rules for `decisions` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found, Decision } from '../../types.js';

export function findDecisions(line: LineContext, found: Findings): Found<Decision>[] {
  void line;
  void found;
  return [];
}
