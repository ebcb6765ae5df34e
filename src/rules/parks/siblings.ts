// Siblings without a prefix: "Tiếp đà WHA Zone 1, Khu công nghiệp WHA Zone 2"
// — the same stem with another number, next to a prefixed name, is a park too.
import type { Found, Park } from '../../types.js';
import { isCapitalised } from '../../normalize/tokens.js';
import type { Scan } from './name.js';
import { ROMAN } from './words.js';

function isNumberWord(w: string): boolean {
  return /^\d{1,3}$/.test(w) || ROMAN.test(w);
}

function tokenIndexAt(s: Scan, offset: number): number {
  const t = s.line.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.length && t[lo].start === offset ? lo : -1;
}

// Bounds that keep the search linear on adversarial lines: a news line names
// a handful of parks, not thousands.
const MAX_STEMS = 16;
const MAX_SIBLINGS = 16;

export function findSiblings(s: Scan, found: Found<Park>[]): Found<Park>[] {
  const t = s.line.tokens;
  const out: Found<Park>[] = [];
  if (found.length > MAX_STEMS) return out;
  const taken = (a: number, b: number) => [...found, ...out].some((f) => a < f.span[1] && f.span[0] < b);
  for (const f of found) {
    if (f.rule === 'park.shorthand') continue;
    const first = tokenIndexAt(s, f.span[0]);
    if (first < 0) continue;
    let last = first;
    while (last < t.length && t[last].end < f.span[1]) last++;
    if (last <= first || !isNumberWord(t[last].text)) continue;
    const stem = t.slice(first, last).map((w) => w.fold);
    for (let i = 0; i + stem.length < t.length; i++) {
      if (!stem.every((w, k) => t[i + k].fold === w) || !isCapitalised(t[i].text)) continue;
      const num = t[i + stem.length];
      const gap = s.line.norm.slice(t[i + stem.length - 1].end, num.start);
      if (gap !== ' ' || !isNumberWord(num.text) || num.text === t[last].text) continue;
      const next = s.line.norm[num.end];
      if (next !== undefined && /[\p{L}\p{N}.,]/u.test(next) && !/^[,.]( |$)/.test(s.line.norm.slice(num.end, num.end + 2))) continue;
      if (taken(t[i].start, num.end)) continue;
      if (out.length >= MAX_SIBLINGS) return out;
      const stemText = s.line.text.slice(t[i].start, t[i + stem.length - 1].end).replace(/\s+/g, ' ');
      out.push({ value: { kind: f.value.kind, name: `${stemText} ${num.text}` }, span: [t[i].start, num.end], rule: 'park.sibling' });
    }
  }
  return out;
}
