// The user's known parks (--parks): their names and aliases are found even
// without a prefix, as whole words on folded syllables.
import { NameIndex } from '../../gazetteer/matcher.js';
import type { LineContext } from '../context.js';
import type { Found, KnownPark, Park } from '../../types.js';

const cache = new WeakMap<KnownPark[], NameIndex<KnownPark>>();

function indexOf(known: KnownPark[]): NameIndex<KnownPark> {
  let index = cache.get(known);
  if (!index) {
    index = new NameIndex<KnownPark>();
    for (const k of known) {
      index.add(k.name, k);
      for (const a of k.aliases) index.add(a, k);
    }
    cache.set(known, index);
  }
  return index;
}

/** Known parks named on the line and not already found there by a prefix rule. */
export function findKnown(line: LineContext, known: KnownPark[], found: Found<Park>[]): Found<Park>[] {
  const out: Found<Park>[] = [];
  for (const m of indexOf(known).matchAll(line.tokens, line.norm)) {
    if (found.some((f) => m.start < f.span[1] && f.span[0] < m.end)) continue;
    out.push({ value: { kind: m.value.kind, name: m.value.name }, span: [m.start, m.end], rule: 'park.known' });
  }
  return out;
}
