// The pipeline: prepare the line → run the field rules in order → refine →
// assemble the record. Each value keeps its span and the rule that found it.
import { readLine, type ReadLine } from './normalize/line.js';
import { emptyFindings, type Findings, type LineContext } from './rules/context.js';
import { findEarly, type EarlyFindings } from './rules/early.js';
import { findParks } from './rules/parks/index.js';
import { findProvinces } from './rules/provinces/index.js';
import { findLocalities } from './rules/localities/index.js';
import { primaryProvince } from './refiners/primary-province.js';
import { province2025 } from './gazetteer/index.js';
import { dedupeFound } from './record/assemble.js';
import type { Area, Decision, ExtractOptions, Found, Investment, Locality, Park } from './types.js';

/** What `extract()` returns: the record's fields plus, for every value, where it came from. */
export interface Extraction {
  text: string;
  province: string | null;
  province_2025: string | null;
  provinces: string[];
  parks: Park[];
  areas: Area[];
  investments: Investment[];
  decisions: Decision[];
  localities: Locality[];
  /** The same values with their spans in `text` and rule names, field by field. */
  found: Findings & { province: Found<string> | null };
}

// Keys under which a value counts once (module-level: no closures per line).
const parkKey = (p: Park) => `${p.kind}|${p.name.toLowerCase()}`;
const provinceKey = (p: string) => p;
const localityKey = (l: Locality) => `${l.level}|${l.name.toLowerCase()}`;

/** The values of the findings (a fresh array each time: callers own it). */
function values<T>(items: Found<T>[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < items.length; k++) out.push(items[k].value);
  return out;
}

/** A line read, and its line-only rules run, ahead of the extraction (split-worker.ts). */
export interface LineAhead {
  line: ReadLine;
  /** Null when they did not run there: extractRead runs them. */
  early: EarlyFindings | null;
}

/** A line read ahead, put together on call (see split-thread.ts). */
export type ReadAhead = () => LineAhead;

// Order matters: later rules read earlier findings (provinces skip park names,
// localities skip provinces).
export function extract(raw: string, options: ExtractOptions = {}): Extraction {
  return extractRead(readLine(raw), options);
}

/**
 * extract() of a line already read by readLine, and maybe with the findings
 * of its line-only rules (findEarly) too: split-worker.ts does both in
 * another thread.
 */
export function extractRead(prepared: ReadLine, options: ExtractOptions = {}, early?: EarlyFindings | null): Extraction {
  // Explicit literals, not spreads: object spread showed up as the costliest
  // line of extract() in profiles.
  const line: LineContext = {
    text: prepared.text,
    norm: prepared.norm,
    fold: prepared.fold,
    allCaps: prepared.allCaps,
    tokens: prepared.tokens,
    options,
  };
  const found = emptyFindings();
  const first = early ?? findEarly(line);
  found.decisions = first.decisions;
  found.areas = first.areas;
  found.investments = first.investments;
  found.parks = dedupeFound(findParks(line, found), parkKey);
  found.provinces = dedupeFound(findProvinces(line, found), provinceKey);
  found.localities = dedupeFound(findLocalities(line, found), localityKey);
  const province = primaryProvince(line, found);
  return {
    text: prepared.text,
    province: province?.value ?? null,
    province_2025: province2025(province?.value ?? null),
    provinces: values(found.provinces),
    parks: values(found.parks),
    areas: values(found.areas),
    investments: values(found.investments),
    decisions: values(found.decisions),
    localities: values(found.localities),
    found: {
      decisions: found.decisions,
      areas: found.areas,
      investments: found.investments,
      parks: found.parks,
      provinces: found.provinces,
      localities: found.localities,
      province,
    },
  };
}
