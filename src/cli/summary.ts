// PLACEHOLDER (owned by the view helper): plain counts.
import type { ChalkInstance } from 'chalk';
import type { RunSummary } from './run-summary.js';

export function renderSummary(s: RunSummary, chalk: ChalkInstance): string {
  void chalk;
  const lines = [`lines ${s.lines}  blank ${s.blank}  records ${s.records}  rejects ${s.rejects}  duplicates ${s.duplicates}  errors ${s.errors}`];
  for (const p of s.perSource) lines.push(`  ${p.source}: lines ${p.lines}  blank ${p.blank}  records ${p.records}  rejects ${p.rejects}`);
  return lines.join('\n') + '\n';
}
