// Counters of one run, filled as events and records go by, printed at the end
// by renderSummary (summary.ts). Plain data so it can also be written as JSON.
import type { KcnRecord } from '../record/schema.js';

export interface SourceSummary {
  source: string;
  /** Every line read from this input, blank and rejected ones included. */
  lines: number;
  blank: number;
  records: number;
  rejects: number;
}

export interface RunSummary {
  /** Every line read, blank and rejected ones included. */
  lines: number;
  blank: number;
  /** Records written. */
  records: number;
  /** Records with at least one field filled. */
  matched: number;
  /** Records with that field filled (non-null province, non-empty lists). */
  perField: { province: number; parks: number; areas: number; investments: number; decisions: number; localities: number; provinces: number };
  rejects: number;
  /** Inputs that could not be read. */
  errors: number;
  /** Records dropped as repeats of an earlier line. */
  duplicates: number;
  elapsedMs: number;
  /** One entry per input, in the order they were first seen. */
  perSource: SourceSummary[];
}

export function newRunSummary(): RunSummary {
  return {
    lines: 0,
    blank: 0,
    records: 0,
    matched: 0,
    perField: { province: 0, provinces: 0, parks: 0, areas: 0, investments: 0, decisions: 0, localities: 0 },
    rejects: 0,
    errors: 0,
    duplicates: 0,
    elapsedMs: 0,
    perSource: [],
  };
}

/** The entry of `source`, created on first use. Inputs come one after another, so the last entry is checked first. */
export function sourceSummary(summary: RunSummary, source: string): SourceSummary {
  const list = summary.perSource;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].source === source) return list[i];
  const entry: SourceSummary = { source, lines: 0, blank: 0, records: 0, rejects: 0 };
  list.push(entry);
  return entry;
}

/** Counts one line read: an extracted one, a blank one or a rejected one (totals and its input). */
export function countLine(summary: RunSummary, source: string, kind: 'line' | 'blank' | 'reject'): void {
  const entry = sourceSummary(summary, source);
  summary.lines++;
  entry.lines++;
  if (kind === 'blank') {
    summary.blank++;
    entry.blank++;
  } else if (kind === 'reject') {
    summary.rejects++;
    entry.rejects++;
  }
}

/** Counts one record written: records, matched, per field, and its input's records. */
export function countRecord(summary: RunSummary, record: KcnRecord): void {
  summary.records++;
  sourceSummary(summary, record.source).records++;
  const filled: [keyof RunSummary['perField'], boolean][] = [
    ['province', record.province !== null],
    ['provinces', record.provinces.length > 0],
    ['parks', record.parks.length > 0],
    ['areas', record.areas.length > 0],
    ['investments', record.investments.length > 0],
    ['decisions', record.decisions.length > 0],
    ['localities', record.localities.length > 0],
  ];
  let any = false;
  for (const [field, has] of filled) {
    if (!has) continue;
    summary.perField[field]++;
    any = true;
  }
  if (any) summary.matched++;
}
