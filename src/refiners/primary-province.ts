// The record's `province` (FIELDS.md): the first province named; else the one
// implied by a named district, town or city whose name is unique in the
// country; else the province of a park the user declared (--parks).
import type { Findings, LineContext } from '../rules/context.js';
import type { Found, Locality, LocalityLevel } from '../types.js';
import { shadowedPlaces } from '../rules/localities/index.js';
import { districtsNamed, uniqueProvinceOf } from '../gazetteer/index.js';
import { fold } from '../normalize/text.js';

// Communes and wards are not in the gazetteer: only district-level units imply a province.
const DISTRICT_LEVELS = new Set<LocalityLevel>(['district', 'urban_district', 'town', 'city', 'special_zone']);

export function primaryProvince(line: LineContext, found: Findings): Found<string> | null {
  // The first by position (the first of equal starts, as a stable sort would give).
  let named: Found<string> | undefined;
  for (const p of found.provinces) if (named === undefined || p.span[0] < named.span[0]) named = p;
  if (named) return named;
  const fromListed = impliedBy(found.localities);
  // A bare name listed at the level the line also writes (`ở Sa Pa ... xã Sa Pa`) still names the town.
  const fromBare = impliedBy(shadowedPlaces(line));
  const implied = fromBare && (!fromListed || fromBare.span[0] < fromListed.span[0]) ? fromBare : fromListed;
  if (implied) return implied;
  for (const p of found.parks) {
    const known = knownParkProvince(line, fold(p.value.name));
    if (known) return { value: known, span: p.span, rule: 'province.known-park' };
  }
  return null;
}

/** The province of the first district-level unit whose name is unique in the country. */
function impliedBy(localities: Found<Locality>[]): Found<string> | null {
  for (const l of localities) {
    if (!DISTRICT_LEVELS.has(l.value.level)) continue;
    const units = districtsNamed(l.value.name);
    // The level narrows a name shared across provinces (`quận Bình Tân` is in
    // Hồ Chí Minh); a unit whose level has changed since still counts by name.
    const sameLevel = units.filter((u) => u.level === l.value.level);
    const province = uniqueProvinceOf(sameLevel.length ? sameLevel : units);
    if (province) return { value: province, span: l.span, rule: 'province.inferred-district' };
  }
  return null;
}

function knownParkProvince(line: LineContext, name: string): string | null {
  for (const k of line.options.knownParks ?? []) {
    if (!k.province) continue;
    if (fold(k.name) === name || k.aliases.some((a) => fold(a) === name)) return k.province;
  }
  return null;
}
