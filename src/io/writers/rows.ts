// From a record to the rows an output holds: the standard fields, the
// derived flat columns (first area, first investment, exploded park), the
// --keep fields and the --explain evidence, then only the chosen columns.
import type { Extraction } from '../../extract.js';
import { RECORD_FIELDS, type KcnRecord } from '../../record/schema.js';
import type { Found, Park } from '../../types.js';

/** Flat columns computed from the record, for spreadsheets. */
export const DERIVED_FIELDS = [
  'area_ha', 'area_qualifier', 'investment_amount', 'investment_currency', 'investment_qualifier',
] as const;
/** With --explode parks: one row per park. */
export const EXPLODED_FIELDS = ['park_kind', 'park_name'] as const;

export type Row = Record<string, unknown>;

export interface RowOptions {
  /** Columns in output order. */
  columns: string[];
  /** One row per park (a line without a park still gives one row). */
  explodeParks: boolean;
  /** Add the `explain` evidence. */
  explain: boolean;
}

export interface ExplainEntry {
  value: unknown;
  span: [number, number];
  text: string;
  rule: string;
}

/** Per field, per value: where in `text` it came from and which rule fired. */
export function explainOf(x: Extraction): Record<string, ExplainEntry | ExplainEntry[] | null> {
  const entry = (f: Found<unknown>): ExplainEntry => ({
    value: f.value,
    span: [f.span[0], f.span[1]],
    text: x.text.slice(f.span[0], f.span[1]),
    rule: f.rule,
  });
  const f = x.found;
  return {
    province: f.province ? entry(f.province) : null,
    provinces: f.provinces.map(entry),
    parks: f.parks.map(entry),
    areas: f.areas.map(entry),
    investments: f.investments.map(entry),
    decisions: f.decisions.map(entry),
    localities: f.localities.map(entry),
  };
}

/** Every column a run can offer, in default order, given the options. */
export function availableColumns(opts: { csv: boolean; explodeParks: boolean; keep: string[]; explain: boolean }): {
  defaults: string[];
  all: string[];
} {
  const base: string[] = RECORD_FIELDS.flatMap((f) => (f === 'parks' && opts.explodeParks ? [...EXPLODED_FIELDS] : [f]));
  const tail = [...opts.keep, ...(opts.explain ? ['explain'] : [])];
  const defaults = [...base, ...(opts.csv ? DERIVED_FIELDS : []), ...tail];
  const all = [...RECORD_FIELDS, ...DERIVED_FIELDS, ...(opts.explodeParks ? EXPLODED_FIELDS : []), ...tail];
  return { defaults, all };
}

/** The value of one column; `park` is the exploded park (undefined: not exploding). */
export function columnValue(
  column: string,
  record: KcnRecord,
  x: Extraction,
  extra: Record<string, unknown> | undefined,
  park: Park | null | undefined,
): unknown {
  switch (column) {
    case 'area_ha':
      return record.areas.length ? record.areas[0].hectares : null;
    case 'area_qualifier':
      return record.areas.length ? record.areas[0].qualifier : null;
    case 'investment_amount':
      return record.investments.length ? record.investments[0].amount : null;
    case 'investment_currency':
      return record.investments.length ? record.investments[0].currency : null;
    case 'investment_qualifier':
      return record.investments.length ? record.investments[0].qualifier : null;
    case 'park_kind':
      return park ? park.kind : null;
    case 'park_name':
      return park ? park.name : null;
    case 'explain':
      return explainOf(x);
    default: {
      const v = column in record ? (record as Record<string, unknown>)[column] : extra?.[column];
      return v === undefined ? null : v;
    }
  }
}

export function buildRows(record: KcnRecord, x: Extraction, extra: Record<string, unknown> | undefined, opts: RowOptions): Row[] {
  return rowParks(record, opts.explodeParks).map((park) => {
    const row: Row = {};
    for (const c of opts.columns) row[c] = columnValue(c, record, x, extra, park);
    return row;
  });
}

const NOT_EXPLODING: readonly undefined[] = [undefined];
const NO_PARK: readonly null[] = [null];

/**
 * The park of each row a record gives: one row (undefined) when not
 * exploding; exploding, one per park, or one with a null park when it has none.
 */
export function rowParks(record: KcnRecord, explodeParks: boolean): readonly (Park | null | undefined)[] {
  if (!explodeParks) return NOT_EXPLODING;
  return record.parks.length ? record.parks : NO_PARK;
}
