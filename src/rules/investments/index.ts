// Rules for `investments` (FIELDS.md). Placeholder: finds nothing yet.
import type { Findings, LineContext } from '../context.js';
import type { Found, Investment } from '../../types.js';

export function findInvestments(line: LineContext, found: Findings): Found<Investment>[] {
  void line;
  void found;
  return [];
}
