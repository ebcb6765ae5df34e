// The record contract of FIELDS.md as a zod schema: every record is validated
// against it before it is written. Written with zod/mini (the same zod core
// and checks as `zod`, as functions) so the CLI bundle keeps only what is
// used: the classic API's methods tie all of zod together (~60 KB more to
// load at start-up).
import * as z from 'zod/mini';
import { ZodMiniType } from 'zod/mini';

// zod/mini loads no messages; the classic API's English ones, as before.
z.config(z.locales.en());

// zod/mini's object() checks a record key by key; the classic API's compiles
// one checker per schema (zod core's JIT object), ~3x faster per record. The
// same core object with the mini API, as mini's own object() builds it:
const ZodMiniObjectJIT = z.core.$constructor<z.ZodMiniObject>('ZodMiniObject', (inst, def) => {
  z.core.$ZodObjectJIT.init(inst, def);
  ZodMiniType.init(inst, def);
});
function object<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, z.core.$strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape }) as z.ZodMiniObject<T, z.core.$strip>;
}

const nonEmpty = z.string().check(z.minLength(1));
const qualifier = z.enum(['exact', 'over', 'nearly', 'approx', 'under', 'up_to']);
// zod 4 numbers are finite already (classic `.finite()` was a no-op).
const amount = z.number().check(z.nonnegative());

export const parkSchema = object({
  kind: z.enum(['industrial_park', 'industrial_cluster', 'economic_zone', 'export_processing_zone', 'high_tech_park']),
  name: nonEmpty,
});
export const areaSchema = object({ hectares: amount, qualifier });
export const investmentSchema = object({
  amount,
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  qualifier,
});
export const decisionSchema = object({
  number: nonEmpty,
  type: z.enum(['decision', 'resolution', 'decree', 'circular', 'directive', 'official_letter', 'plan', 'notice']),
});
export const localitySchema = object({
  level: z.enum(['district', 'urban_district', 'town', 'city', 'commune', 'ward', 'township', 'special_zone']),
  name: nonEmpty,
});

export const recordSchema = object({
  source: z.string(),
  line: z.number().check(z.int(), z.positive()),
  text: z.string(),
  province: z.nullable(z.string()),
  province_2025: z.nullable(z.string()),
  provinces: z.array(nonEmpty),
  parks: z.array(parkSchema),
  areas: z.array(areaSchema),
  investments: z.array(investmentSchema),
  decisions: z.array(decisionSchema),
  localities: z.array(localitySchema),
});

export type KcnRecord = z.infer<typeof recordSchema>;

/** The record fields in output order (CSV columns, --fields). */
export const RECORD_FIELDS = [
  'source', 'line', 'text', 'province', 'province_2025', 'provinces', 'parks',
  'areas', 'investments', 'decisions', 'localities',
] as const;
