// A district named without its level, where the phrase makes it a place:
// followed by its own province (`(Thái Thụy, Thái Bình)`, `Kỳ Anh - Hà Tĩnh`),
// or after `ở`/`tại` when its name is unique in the country (`ở Vân Đồn`).
import { districtIndex, province2025, uniqueProvinceOf, type DistrictName } from '../../gazetteer/index.js';
import { isCapitalised, type Token } from '../../normalize/tokens.js';
import type { Found, Locality } from '../../types.js';
import type { LineContext } from '../context.js';
import { caseless, provinceStartingAt } from '../provinces/candidates.js';
import { wordIn } from './line-words.js';
import { STOP_WORDS } from './words.js';

// Words before a bare district that make the phrase about a place.
const BEFORE = new Set(['tại', 'ở', 'thuộc', 'về', 'đến', 'và']);
const AT = new Set(['tại', 'ở']);
const BEFORE_FOLDED = new Set(['tai', 'o', 'thuoc', 've', 'den', 'va']);

export function placePhrases(line: LineContext): Found<Locality>[] {
  const { tokens, norm } = line;
  const noCase = caseless(line);
  if (noCase && !line.allCaps) return [];
  const out: Found<Locality>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const here = provinceStartingAt(line, i);
    if (here) {
      i = here.last - 1;
      continue;
    }
    // Numbered districts (`quận 7`) only ever count with their prefix.
    if (/^\d/.test(tokens[i].text) || (!noCase && !isCapitalised(tokens[i].text))) continue;
    // Cheap checks first: this runs on every capitalised syllable.
    const prev = tokens[i - 1];
    let opened = prev === undefined;
    let afterWord = false;
    if (prev) {
      let k = tokens[i].start - 1;
      while (k >= prev.end && norm.charCodeAt(k) === 32) k--;
      if (k >= prev.end) opened = norm[k] === '(' || norm[k] === ',';
      else afterWord = k < tokens[i].start - 1 && BEFORE_FOLDED.has(prev.fold) && wordIn(line, prev, BEFORE) && (noCase || !isCapitalised(prev.text));
    }
    if (!opened && !afterWord) continue;
    const m = districtIndex.matchesAt(tokens, norm, i).find((x) => x.marks !== 'other');
    if (!m) continue;
    const next = tokens[m.last];
    const gap = next ? norm.slice(tokens[m.last - 1].end, next.start) : '';
    let units: DistrictName[] = [];
    let rule = '';
    const province = next && /^\s*(?:,|\(|-)\s*$/.test(gap) ? provinceStartingAt(line, m.last) : undefined;
    if (province) {
      units = m.value.filter((u) => u.province === province.canonical || province2025(u.province) === province.canonical);
      rule = 'locality.place-phrase';
    } else if (afterWord && wordIn(line, prev, AT) && !(next && / $/.test(gap) && (noCase ? !wordIn(line, next, STOP_WORDS) : isCapitalised(next.text)))) {
      units = uniqueProvinceOf(m.value) ? m.value : [];
      rule = 'locality.place-word';
    }
    if (!units.length) continue;
    const unit = units.find((u) => u.level === 'district') ?? units[0];
    out.push({ value: { level: unit.level, name: written(line, tokens, m.first, m.last) }, span: [m.start, m.end], rule });
    i = m.last - 1;
  }
  return out;
}

function written(line: LineContext, tokens: Token[], first: number, last: number): string {
  return line.text.slice(tokens[first].start, tokens[last - 1].end).replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ');
}
