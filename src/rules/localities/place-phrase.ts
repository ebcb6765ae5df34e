// A district named without its level, where the phrase makes it a place:
// followed by its own province (`(Thái Thụy, Thái Bình)`, `Kỳ Anh - Hà Tĩnh`),
// or after `ở`/`tại` when its name is unique in the country (`ở Vân Đồn`).
import { districtIndex, province2025, uniqueProvinceOf, type DistrictName } from '../../gazetteer/index.js';
import { isCapitalised, tokenStartingAt, type Token } from '../../normalize/tokens.js';
import type { Found, Locality } from '../../types.js';
import type { LineContext } from '../context.js';
import { districtMatchesAt } from './district-at.js';
import { caseless, provinceAt, provinceCandidates, provinceStartingAt } from '../provinces/candidates.js';
import type { Match } from '../../gazetteer/matcher.js';
import { plainName } from './prefixed.js';
import { anchorsOf } from './anchors.js';
import { hasMarks, wordIn } from './line-words.js';
import { ALWAYS_LOWER } from '../common-words.js';
import { STOP_WORDS } from './words.js';

// Words before a bare district that make the phrase about a place.
const BEFORE = new Set(['tại', 'ở', 'thuộc', 'về', 'đến', 'và']);
const AT = new Set(['tại', 'ở']);
const BEFORE_FOLDED = new Set(['tai', 'o', 'thuoc', 've', 'den', 'va']);


export function placePhrases(line: LineContext): Found<Locality>[] {
  const noCase = caseless(line);
  if (noCase && !line.allCaps) return [];
  const out: Found<Locality>[] = [];
  // Anchored on what makes the phrase a place, so most syllables are never
  // looked at: a province right after (`Thái Thụy, Thái Bình`), or `tại`/`ở` before.
  for (const p of provinceCandidates(line)) {
    const f = beforeProvince(line, p.first, noCase);
    if (f) out.push(f);
  }
  // `tại`/`ở` tokens (order does not matter: results are sorted by start, which differ).
  const after = anchorsOf(line).place;
  const before = out.length;
  for (const k of after) {
    const f = afterPlaceWord(line, k + 1, noCase);
    if (f && !sameStart(out, before, f.span[0])) out.push(f);
  }
  // `KCN Cầu Tràm (Cần Đước)`: a district alone in brackets.
  const n = out.length;
  for (let open = line.norm.indexOf('('); open >= 0; open = line.norm.indexOf('(', open + 1)) {
    const f = bracketed(line, open, noCase);
    if (f && !sameStart(out, n, f.span[0])) out.push(f);
  }
  return out.length > 1 ? out.sort((a, b) => a.span[0] - b.span[0]) : out;
}

/** The district whose name is unique in the country, alone in the brackets opening at `open`. */
function bracketed(line: LineContext, open: number, noCase: boolean): Found<Locality> | null {
  const { tokens, norm } = line;
  const i = tokenStartingAt(tokens, open + 1);
  if (i < 0 || !startsPhrase(line, i, noCase)) return null;
  // After a sentence's end it is a byline, a writer's name (`... ra đường. (Hải Hà)`).
  if (/(?:^|[.!?:]\s*)$/.test(norm.slice(Math.max(0, open - 3), open))) return null;
  const m = districtAt(line, i);
  if (!m || norm.charCodeAt(m.end) !== 41 || !uniqueProvinceOf(m.value)) return null; // ')'
  return found(line, m, m.value, 'locality.bracket');
}

/** True when one of the first `n` findings starts at `start`. */
function sameStart(found: Found<Locality>[], n: number, start: number): boolean {
  for (let k = 0; k < n; k++) if (found[k].span[0] === start) return true;
  return false;
}

// A bare district can start here: capitalised, and after `(`, `,`, the line's
// start, or one of BEFORE.
function startsPhrase(line: LineContext, i: number, noCase: boolean): { afterWord: boolean } | null {
  const { tokens, norm } = line;
  if (i >= tokens.length) return null;
  // Numbered districts (`quận 7`) only ever count with their prefix.
  if (tokens[i].text.charCodeAt(0) <= 57 || (!noCase && !isCapitalised(tokens[i].text))) return null;
  const prev = tokens[i - 1];
  if (prev === undefined) return { afterWord: false };
  let k = tokens[i].start - 1;
  while (k >= prev.end && norm.charCodeAt(k) === 32) k--;
  if (k >= prev.end) return norm[k] === '(' || norm[k] === ',' ? { afterWord: false } : null;
  const afterWord = k < tokens[i].start - 1 && BEFORE_FOLDED.has(prev.fold) && wordIn(line, prev, BEFORE) && (noCase || !isCapitalised(prev.text));
  return afterWord ? { afterWord } : null;
}

/** The longest district name at `i` (not inside a province's name), or undefined. */
function districtAt(line: LineContext, i: number): Match<DistrictName[]> | undefined {
  if (!districtIndex.startsWith(line.tokens[i].fold) || provinceAt(line, i)) return undefined;
  return districtMatchesAt(line, i).find((x) => x.marks !== 'other');
}

// `(Thái Thụy, Thái Bình)`, `Kỳ Anh - Hà Tĩnh`: a district of that province ending
// right before it (the longest one: the leftmost start that reaches it).
function beforeProvince(line: LineContext, first: number, noCase: boolean): Found<Locality> | null {
  const { tokens, norm } = line;
  if (first === 0 || !/^\s*(?:,|\(|-)\s*$/.test(norm.slice(tokens[first - 1].end, tokens[first].start))) return null;
  const province = provinceStartingAt(line, first)!;
  for (let i = Math.max(0, first - MAX_SYLLABLES); i < first; i++) {
    if (!startsPhrase(line, i, noCase)) continue;
    const m = districtAt(line, i);
    if (!m || m.last !== first) continue;
    const units = m.value.filter((u) => u.province === province.canonical || province2025(u.province) === province.canonical);
    if (!units.length) continue;
    return found(line, m, units, 'locality.place-phrase');
  }
  return null;
}

// `ở Vân Đồn`: a district whose name is unique in the country, not followed
// by more of a name (`ở Cần Giờ` but not `ở Cần Giờ Xanh`).
function afterPlaceWord(line: LineContext, i: number, noCase: boolean): Found<Locality> | null {
  const { tokens, norm } = line;
  const start = startsPhrase(line, i, noCase);
  if (!start?.afterWord || !wordIn(line, tokens[i - 1], AT)) return null;
  const m = districtAt(line, i);
  if (!m) return null;
  const next = tokens[m.last];
  const gap = next ? norm.slice(tokens[m.last - 1].end, next.start) : '';
  // More of a name only after plain spaces: `ở Đà Lạt. Nhiệt độ...` ends at the dot. In capitals a
  // word news always writes in lower case ends the name too (`Ở PHÚ QUỐC GIÚP DU KHÁCH`).
  if (next && /^ +$/.test(gap) && (noCase ? !wordIn(line, next, STOP_WORDS) && !commonInCaps(line, next) : isCapitalised(next.text))) return null;
  // Followed by a province: only its own (see beforeProvince).
  if (next && /^\s*(?:,|\(|-)\s*$/.test(gap) && provinceStartingAt(line, m.last)) return null;
  return uniqueProvinceOf(m.value) ? found(line, m, m.value, 'locality.place-word') : null;
}

/** ALL CAPS with diacritics: `t` is a word news always writes in lower case (it starts the next phrase). */
function commonInCaps(line: LineContext, t: Token): boolean {
  return line.allCaps && hasMarks(line) && ALWAYS_LOWER.has(t.text.toLowerCase());
}

function found(line: LineContext, m: Match<DistrictName[]>, units: DistrictName[], rule: string): Found<Locality> {
  const unit = units.find((u) => u.level === 'district') ?? units[0];
  return { value: { level: unit.level, name: written(line, line.tokens, m.first, m.last) }, span: [m.start, m.end], rule };
}

const MAX_SYLLABLES = 5;

function written(line: LineContext, tokens: Token[], first: number, last: number): string {
  const text = line.text.slice(tokens[first].start, tokens[last - 1].end);
  return plainName(text) ? text : text.replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ');
}
