// Siblings without a prefix: "Tiếp đà WHA Zone 1, Khu công nghiệp WHA Zone 2"
// — the same stem with another number, next to a prefixed name, is a park too.
import type { Found, Park } from '../../types.js';
import { isCapitalised, isWordAt, tokenStartingAt } from '../../normalize/tokens.js';
import type { Scan } from './name.js';
import { isDigits, isRoman } from './words.js';

function isNumberWord(w: string): boolean {
  return (w.length <= 3 && isDigits(w)) || isRoman(w);
}

/** The folded syllables `stem` (from token `first`) are also at token i. */
function stemAt(t: Scan['line']['tokens'], i: number, first: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (t[i + k].fold !== t[first + k].fold) return false;
  return true;
}

function overlaps(list: Found<Park>[], a: number, b: number): boolean {
  for (const f of list) if (a < f.span[1] && f.span[0] < b) return true;
  return false;
}


// Bounds that keep the search linear on adversarial lines: a news line names
// a handful of parks, not thousands.
const MAX_STEMS = 16;
const MAX_SIBLINGS = 16;

export function findSiblings(s: Scan, found: Found<Park>[]): Found<Park>[] {
  const t = s.line.tokens;
  const out: Found<Park>[] = [];
  if (found.length > MAX_STEMS) return out;
  const taken = (a: number, b: number) => overlaps(found, a, b) || overlaps(out, a, b);
  for (const f of found) {
    if (f.rule === 'park.shorthand') continue;
    const first = tokenStartingAt(s.line.tokens, f.span[0]);
    if (first < 0) continue;
    let last = first;
    while (last < t.length && t[last].end < f.span[1]) last++;
    if (last <= first || !isNumberWord(t[last].text)) continue;
    const n = last - first;
    for (let i = 0; i + n < t.length; i++) {
      if (!stemAt(t, i, first, n) || !isCapitalised(t[i].text)) continue;
      const num = t[i + n];
      const gap = s.line.norm.slice(t[i + n - 1].end, num.start);
      if (gap !== ' ' || !isNumberWord(num.text) || num.text === t[last].text) continue;
      const next = s.line.norm[num.end];
      if (next !== undefined && (isWordAt(s.line.norm, num.end) || next === '.' || next === ',') && !/^[,.]( |$)/.test(s.line.norm.slice(num.end, num.end + 2))) continue;
      if (taken(t[i].start, num.end)) continue;
      if (out.length >= MAX_SIBLINGS) return out;
      const stemText = s.line.text.slice(t[i].start, t[i + n - 1].end).replace(/\s+/g, ' ');
      out.push({ value: { kind: f.value.kind, name: `${stemText} ${num.text}` }, span: [t[i].start, num.end], rule: 'park.sibling' });
    }
  }
  return out;
}
