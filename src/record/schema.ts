// The record contract of FIELDS.md as a zod schema: every record is validated
// against it before it is written.
import { z } from 'zod';

const nonEmpty = z.string().min(1);
const qualifier = z.enum(['exact', 'over', 'nearly', 'approx', 'under', 'up_to']);

export const parkSchema = z.object({
  kind: z.enum(['industrial_park', 'industrial_cluster', 'economic_zone', 'export_processing_zone', 'high_tech_park']),
  name: nonEmpty,
});
export const areaSchema = z.object({ hectares: z.number().finite().nonnegative(), qualifier });
export const investmentSchema = z.object({
  amount: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  qualifier,
});
export const decisionSchema = z.object({
  number: nonEmpty,
  type: z.enum(['decision', 'resolution', 'decree', 'circular', 'directive', 'official_letter', 'plan', 'notice']),
});
export const localitySchema = z.object({
  level: z.enum(['district', 'urban_district', 'town', 'city', 'commune', 'ward', 'township', 'special_zone']),
  name: nonEmpty,
});

export const recordSchema = z.object({
  source: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  province: z.string().nullable(),
  province_2025: z.string().nullable(),
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
