// From an extraction to the record a consumer sees (FIELDS.md), validated.
import type { Extraction } from '../extract.js';
import { recordSchema, type KcnRecord } from './schema.js';

export function toRecord(x: Extraction, source: string, line: number): KcnRecord {
  const record: KcnRecord = {
    source,
    line,
    text: x.text,
    province: x.province,
    province_2025: x.province_2025,
    provinces: x.provinces,
    parks: x.parks,
    areas: x.areas,
    investments: x.investments,
    decisions: x.decisions,
    localities: x.localities,
  };
  return recordSchema.parse(record, validated++ < EAGER_RECORDS ? EAGER : undefined);
}

// zod compiles a fast parser for the schema (new Function) on its first
// parse: worth it over a dump, a cost for a short run. The first records are
// checked without it, the same checks by zod's plain path.
const EAGER_RECORDS = 256;
const EAGER = { jitless: true } as const;
let validated = 0;
