// The rules that read nothing but the line: decisions, areas, investments.
// extract() runs them first; split-worker.ts runs them ahead of the
// extraction, beside it, for lines it reads. They must not read the options
// or the findings passed to them (none of them does), or the two would differ.
import { dedupeFound } from '../record/assemble.js';
import type { Area, Decision, Investment } from '../types.js';
import { findAreas } from './areas/index.js';
import { emptyFindings, type Findings, type LineContext } from './context.js';
import { findDecisions } from './decisions/index.js';
import { findInvestments } from './investments/index.js';

export type EarlyFindings = Pick<Findings, 'decisions' | 'areas' | 'investments'>;

// Keys under which a value counts once (module-level: no closures per line).
const decisionKey = (d: Decision) => d.number.toLowerCase();
const areaKey = (a: Area) => String(a.hectares);
const investmentKey = (i: Investment) => `${i.currency}|${i.amount}`;

export function findEarly(line: LineContext): EarlyFindings {
  const found = emptyFindings();
  found.decisions = dedupeFound(findDecisions(line, found), decisionKey);
  found.areas = dedupeFound(findAreas(line, found), areaKey);
  found.investments = dedupeFound(findInvestments(line, found), investmentKey);
  return { decisions: found.decisions, areas: found.areas, investments: found.investments };
}
