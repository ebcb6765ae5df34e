// Parks named in English inside Vietnamese text: "Deep C Industrial Zone",
// "Saigon Hi-Tech Park". The kind words come after the name, so the name is
// the run of capitalised words just before them.
import type { Found, Park, ParkKind } from '../../types.js';
import { isCapitalised, lastTokenEndingBy } from '../../normalize/tokens.js';
import { START, END } from '../../normalize/edges.js';
import { between, isCapitalStop, isCountry, isStop, type Scan } from './name.js';

const TRIGGER = /industrial|zone|tech park/;

const KINDS: [string, ParkKind][] = [
  ['industrial (?:zone|park|estate|city)', 'industrial_park'],
  ['industrial cluster', 'industrial_cluster'],
  ['(?:special )?economic zone', 'economic_zone'],
  ['export processing zone', 'export_processing_zone'],
  ['hi-?tech park|high-? ?tech park', 'high_tech_park'],
];
const SUFFIX_RE = new RegExp(`${START}(?:${KINDS.map(([f]) => `(${f.replace(/ /g, ' {1,2}')})`).join('|')})${END}`, 'gu');

// Longer runs before the kind words are sentences, not names.
const MAX_NAME_TOKENS = 4;


export function findEnglish(s: Scan): Found<Park>[] {
  const out: Found<Park>[] = [];
  const { fold, norm, text, tokens: t } = s.line;
  if (!TRIGGER.test(fold)) return out;
  SUFFIX_RE.lastIndex = 0;
  for (let m = SUFFIX_RE.exec(fold); m && out.length < 16; m = SUFFIX_RE.exec(fold)) {
    let g = 1;
    while (m[g] === undefined) g++;
    const last = lastTokenEndingBy(s.line.tokens, m.index);
    if (last < 0 || !/^ {1,2}$/.test(norm.slice(t[last].end, m.index))) continue;
    let first = last;
    while (first > 0 && last - first + 1 < MAX_NAME_TOKENS && /^ {1,2}$/.test(between(s, first - 1, first))) {
      const k = first - 1;
      if (!isCapitalised(t[k].text) || isStop(s, k) || isCapitalStop(s, k) || isCountry(s, k)) break;
      first = k;
    }
    if (!isCapitalised(t[first].text) || isStop(s, first) || isCountry(s, first)) continue;
    // "Vietnam Singapore Industrial Park" names the partnership, not one park.
    if (/^viet ?nam$/.test(t[first].fold)) continue;
    const start = t[first].start;
    const end = t[last].end;
    out.push({ value: { kind: KINDS[g - 1][1], name: text.slice(start, end).replace(/\s+/g, ' ') }, span: [start, end], rule: 'park.english' });
  }
  return out;
}
