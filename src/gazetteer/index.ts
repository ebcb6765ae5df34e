// The gazetteer: provinces before and after 1 July 2025 and district-level
// units, from the generated data.json (npm run gazetteer), with name indexes.
import data from './data.json' with { type: 'json' };
import forms from './forms.json' with { type: 'json' };
import { NameIndex, markedForm, nameWords } from './matcher.js';
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

// Each written name's folded syllables and marked form, as the index
// stores them, worked out ahead by `npm run name-forms`
// (scripts/build-name-forms.mjs): folding and preparing ~750 names was a
// twentieth of a one-line run. A test checks the file against nameWords and
// markedForm; a name missing from it is worked out here.
const FORMS: Record<string, string[]> = forms;
/** Every written name the indexes hold, in the order added (for scripts/build-name-forms.mjs and its test). */
export const WRITTEN_NAMES: string[] = [];
function withForms<T>(names: [string, T][]): [string, string, T][] {
  return names.map(([written, value]) => {
    WRITTEN_NAMES.push(written);
    const known = Object.hasOwn(FORMS, written) ? FORMS[written] : null;
    return [known ? known[0] : nameWords(written).join(' '), known ? known[1] : markedForm(written), value];
  });
}

const to2025 = new Map<string, string>();
const municipalities = new Set<string>();
// One value object per (name, form), so a name in both lists is one entry.
const provinceValues = new Map<string, ProvinceName>();
const provinceNames: [string, ProvinceName][] = [];
function addProvince(written: string, canonical: string, form: ProvinceName['form']): void {
  const key = `${canonical}|${form}`;
  let value = provinceValues.get(key);
  if (!value) provinceValues.set(key, (value = { canonical, form }));
  provinceNames.push([written, value]);
}
for (const p of data.provinces) {
  to2025.set(p.name, p.merged_into);
  if (p.type === 'municipality') municipalities.add(p.name);
  addProvince(p.name, p.name, 'official');
  for (const a of p.aliases) addProvince(a, p.name, 'alias');
  for (const a of p.informal) addProvince(a, p.name, 'informal');
}
for (const p of data.provinces2025) {
  to2025.set(p.name, p.name);
  if (p.type === 'municipality') municipalities.add(p.name);
  addProvince(p.name, p.name, 'official');
  for (const a of p.aliases) addProvince(a, p.name, 'alias');
}
provinceIndex.addKnown(withForms(provinceNames));

/** A centrally-run city (Hà Nội, Hồ Chí Minh, Huế...): "thành phố X" names the province, not a locality. */
export function isMunicipality(canonical: string): boolean {
  return municipalities.has(canonical);
}

const districtsByName = new Map<string, DistrictName[]>();
for (const [name, level, province, former] of data.districts as [string, LocalityLevel, string, string?][]) {
  const list = districtsByName.get(name) ?? [];
  list.push({ name, level, province, former: former === 'former' });
  districtsByName.set(name, list);
}
districtIndex.addKnown(withForms([...districtsByName]));

// By folded name, for looking up a name read from a line. Built on the first
// lookup (many runs, and most lines, never need it) from the index's own
// entries, which hold each name's folded and marked forms already. Names
// under one key keep the order they were added in: the index keeps it too.
type FoldedDistricts = Map<string, { marked: string; units: DistrictName[] }[]>;
let districtsByFold: FoldedDistricts | null = null;
function foldedDistricts(): FoldedDistricts {
  if (districtsByFold) return districtsByFold;
  districtsByFold = new Map();
  for (const { key, forms, value } of districtIndex.names()) {
    const entries = districtsByFold.get(key) ?? [];
    for (const marked of forms) entries.push({ marked, units: value });
    districtsByFold.set(key, entries);
  }
  return districtsByFold;
}

/**
 * District-level units with this name as written: diacritics must agree when
 * the name has any (`Phù Ninh` is not `Phú Ninh`); a name typed without them
 * matches every unit that folds to it.
 */
export function districtsNamed(written: string): DistrictName[] {
  let units = namedCache.get(written);
  if (units === undefined) {
    // Bounded: adversarial text could name endless places.
    if (namedCache.size >= 20_000) namedCache.clear();
    namedCache.set(written, (units = lookUpNamed(written)));
  }
  return units;
}
// Rules ask this several times per name, and names recur across lines.
const namedCache = new Map<string, DistrictName[]>();

function lookUpNamed(written: string): DistrictName[] {
  const entries = foldedDistricts().get(nameWords(written).join(' '));
  if (!entries) return [];
  const marked = markedForm(written);
  const exact = entries.filter((e) => e.marked === marked);
  if (exact.length) return exact.flatMap((e) => e.units);
  return /^[\x00-\x7f]*$/.test(written) ? entries.flatMap((e) => e.units) : [];
}

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
