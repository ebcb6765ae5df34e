// Places outside Vietnam: `huyện Nà Po, tỉnh Quảng Tây (Trung Quốc)` names
// a Chinese county, not a locality. Looks a short way past a name for a
// neighbouring country or a `tỉnh` that is not a Vietnamese province.
import { isCapitalised } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { caseless, provinceStartingAt } from '../provinces/candidates.js';
import { FOREIGN, FOREIGN_WRITTEN } from './words.js';
import { hasMarks } from './line-words.js';
import { sentenceEndIn } from './gaps.js';

const WINDOW = 80;
const COUNTRIES = FOREIGN.map((c) => c.split(' '));
// Most capitalised syllables start no country's name: one set test rules them out.
const COUNTRY_FIRST = new Set(COUNTRIES.map((words) => words[0]));

/** True when the clause after token `last` (exclusive) places it abroad. */
export function foreignAfter(line: LineContext, last: number): boolean {
  const { tokens, norm } = line;
  const noCase = caseless(line);
  const from = tokens[last - 1].end;
  const limit = from + WINDOW;
  for (let k = last; k < tokens.length && tokens[k].start < limit; k++) {
    // A sentence ends the clause.
    if (sentenceEndIn(norm, tokens[k - 1].end, tokens[k].start)) return false;
    // A Vietnamese province after the name places it at home.
    if (provinceStartingAt(line, k) !== undefined) return false;
    const t = tokens[k];
    if (!noCase && !isCapitalised(t.text)) {
      if (t.fold === 'tinh' && k + 1 < tokens.length && isCapitalised(tokens[k + 1].text) && provinceStartingAt(line, k + 1) === undefined) {
        return !/^\d/.test(tokens[k + 1].text) && !['uy', 'ubnd', 'doan', 'hdnd'].includes(tokens[k + 1].fold);
      }
      continue;
    }
    if (!COUNTRY_FIRST.has(t.fold)) continue;
    for (const words of COUNTRIES) {
      if (words.every((w, n) => tokens[k + n]?.fold === w)) {
        // `Lào Cai` is a province, `Lào` alone a country.
        if (words[0] === 'lao' && tokens[k + 1]?.fold === 'cai') continue;
        if (hasMarks(line) && !FOREIGN_WRITTEN.has(norm.slice(t.start, tokens[k + words.length - 1].end).toLowerCase())) continue;
        return true;
      }
    }
  }
  return false;
}
