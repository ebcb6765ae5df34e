// The gazetteer: provinces before and after 1 July 2025 and district-level
// units, from the generated data.json (npm run gazetteer), with name indexes.
import data from './data.json' with { type: 'json' };
import { NameIndex } from './matcher.js';
import type { LocalityLevel } from '../types.js';

export interface ProvinceName {
  /** Canonical name (FIELDS.md): the official name without its prefix. */
  canonical: string;
  /** How it was written: the official name, an alias (TP.HCM, BR-VT), or an informal name (Sài Gòn). */
  form: 'official' | 'alias' | 'informal';
}

export interface DistrictName {
  name: string;
  level: LocalityLevel;
  province: string;
  former: boolean;
}

/** Province names of both lists, by folded syllables. */
export const provinceIndex = new NameIndex<ProvinceName>();
/** District-level names: one entry per unit (a name may have several). */
export const districtIndex = new NameIndex<DistrictName[]>();

const to2025 = new Map<string, string>();
for (const p of data.provinces) {
  to2025.set(p.name, p.merged_into);
  provinceIndex.add(p.name, { canonical: p.name, form: 'official' });
  for (const a of p.aliases) provinceIndex.add(a, { canonical: p.name, form: 'alias' });
  for (const a of p.informal) provinceIndex.add(a, { canonical: p.name, form: 'informal' });
}
for (const p of data.provinces2025) {
  to2025.set(p.name, p.name);
  provinceIndex.add(p.name, { canonical: p.name, form: 'official' });
  for (const a of p.aliases) provinceIndex.add(a, { canonical: p.name, form: 'alias' });
}

const districtsByName = new Map<string, DistrictName[]>();
for (const [name, level, province, former] of data.districts as [string, LocalityLevel, string, string?][]) {
  const list = districtsByName.get(name) ?? [];
  list.push({ name, level, province, former: former === 'former' });
  districtsByName.set(name, list);
}
for (const [name, list] of districtsByName) districtIndex.add(name, list);

/** The province-level unit a province became on 1 July 2025 (itself when unchanged). */
export function province2025(name: string | null): string | null {
  if (name === null) return null;
  return to2025.get(name) ?? null;
}

/** The province a district name implies, when that name is unique in the country; else null. */
export function uniqueProvinceOf(units: DistrictName[]): string | null {
  const provinces = new Set(units.map((u) => u.province));
  return provinces.size === 1 ? [...provinces][0] : null;
}

export const PROVINCE_NAMES: readonly string[] = [...new Set([...data.provinces.map((p) => p.name), ...data.provinces2025.map((p) => p.name)])];
