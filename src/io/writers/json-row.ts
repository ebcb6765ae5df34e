// JSON rows written straight from the record, one fragment per column: the
// same text as JSON.stringify(buildRows(...)[i]) without building the row
// object and walking it generically (the serialiser was the top self-time
// function of the writing side). Record fields have fixed shapes, validated
// by the zod schema before they get here, so:
//   - enum values (kinds, qualifiers, types, levels) and currencies (/^[A-Z]{3}$/)
//     are plain ASCII words that JSON writes as they are, in quotes;
//   - numbers are finite, and String(n) is what JSON.stringify(n) writes;
//   - free text goes through JSON.stringify (escapes, lone surrogates).
// Other columns (derived, exploded park, --keep, explain) take their value
// from columnValue and JSON.stringify, exactly as the generic path does.
import type { Extraction } from '../../extract.js';
import { RECORD_FIELDS, type KcnRecord } from '../../record/schema.js';
import type { Park } from '../../types.js';
import { columnValue } from './rows.js';

/** One row as JSON text (without a line end); `park` as in columnValue. */
export type JsonRowWriter = (record: KcnRecord, x: Extraction, extra: Record<string, unknown> | undefined, park: Park | null | undefined) => string;

const q = JSON.stringify as (s: string) => string;

function list<T>(items: T[], one: (item: T) => string): string {
  const n = items.length;
  if (n === 0) return '[]';
  let s = '[' + one(items[0]);
  for (let i = 1; i < n; i++) s += ',' + one(items[i]);
  return s + ']';
}

type Item<K extends keyof KcnRecord> = KcnRecord[K] extends (infer T)[] ? T : never;
const park = (p: Item<'parks'>): string => '{"kind":"' + p.kind + '","name":' + q(p.name) + '}';
const area = (a: Item<'areas'>): string => '{"hectares":' + a.hectares + ',"qualifier":"' + a.qualifier + '"}';
const investment = (v: Item<'investments'>): string =>
  '{"amount":' + v.amount + ',"currency":"' + v.currency + '","qualifier":"' + v.qualifier + '"}';
const decision = (d: Item<'decisions'>): string => '{"number":' + q(d.number) + ',"type":"' + d.type + '"}';
const locality = (l: Item<'localities'>): string => '{"level":"' + l.level + '","name":' + q(l.name) + '}';

/** Record fields written by hand; the key order inside items is the schema's (what zod's output has). */
function recordFragment(column: string): ((r: KcnRecord) => string) | null {
  switch (column) {
    case 'source': {
      // One source for many lines: its JSON is computed once per source.
      let last: string | null = null;
      let json = '';
      return (r) => {
        if (r.source !== last) {
          last = r.source;
          json = q(r.source);
        }
        return json;
      };
    }
    case 'line':
      return (r) => String(r.line);
    case 'text':
      return (r) => q(r.text);
    case 'province':
      return (r) => (r.province === null ? 'null' : q(r.province));
    case 'province_2025':
      return (r) => (r.province_2025 === null ? 'null' : q(r.province_2025));
    case 'provinces':
      return (r) => list(r.provinces, q);
    case 'parks':
      return (r) => list(r.parks, park);
    case 'areas':
      return (r) => list(r.areas, area);
    case 'investments':
      return (r) => list(r.investments, investment);
    case 'decisions':
      return (r) => list(r.decisions, decision);
    case 'localities':
      return (r) => list(r.localities, locality);
    default:
      return null;
  }
}

/**
 * The default columns (the record's fields in RECORD_FIELDS order) in one
 * expression: with the write that follows, 0.5 µs a line cheaper than
 * JSON.stringify(record) (measured on news lines), and cheaper than the
 * column loop below, which pays for its generality on every row.
 */
function recordRow(): JsonRowWriter {
  const source = recordFragment('source')!;
  return (r) => '{"source":' + source(r) + ',"line":' + r.line + ',"text":' + q(r.text)
    + ',"province":' + (r.province === null ? 'null' : q(r.province))
    + ',"province_2025":' + (r.province_2025 === null ? 'null' : q(r.province_2025))
    + ',"provinces":' + list(r.provinces, q) + ',"parks":' + list(r.parks, park) + ',"areas":' + list(r.areas, area)
    + ',"investments":' + list(r.investments, investment) + ',"decisions":' + list(r.decisions, decision)
    + ',"localities":' + list(r.localities, locality) + '}';
}

/**
 * A writer for these columns, or null when the row object must be built
 * (a "__proto__" column, which an object literal would not hold as a key).
 */
export function jsonRowWriter(columns: string[]): JsonRowWriter | null {
  if (columns.includes('__proto__')) return null;
  if (columns.length === RECORD_FIELDS.length && columns.every((c, i) => c === RECORD_FIELDS[i])) return recordRow();
  const keys = columns.map((c) => q(c) + ':');
  const fragments = columns.map(recordFragment);
  return (record, x, extra, parkValue) => {
    let s = '';
    for (let i = 0; i < columns.length; i++) {
      const own = fragments[i];
      let value: string | undefined;
      if (own !== null) value = own(record);
      else {
        // JSON.stringify gives undefined where it would leave the key out.
        value = JSON.stringify(columnValue(columns[i], record, x, extra, parkValue)) as string | undefined;
        if (value === undefined) continue;
      }
      s += (s === '' ? '{' : ',') + keys[i] + value;
    }
    return s === '' ? '{}' : s + '}';
  };
}
