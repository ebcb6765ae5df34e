// Where a park's name ends, token by token. Mixed-case text: the capitalised
// run (plus numbers, roman numerals, "mở rộng", joining hyphens). ALL CAPS
// text: the grammar (stop words, punctuation, a province after the name, a
// bounded length), since capitals say nothing there.
import { districtsNamed, provinceIndex } from '../../gazetteer/index.js';
import { isCapitalised } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import {
  CAPITAL_FIRST, CAPITAL_STOP, CAPITAL_STOP_FOLDED, STOP_FIRST, STOP_ONE, STOP_ONE_FOLDED, STOP_TWO,
  STOP_TWO_FOLDED, UNIT_AFTER_NUMBER, hasDigit, isDigits, isPhase, isRoman,
} from './words.js';
import { ALWAYS_LOWER, DIRECTIONS, MOSTLY_LOWER, isCommonPair } from '../common-words.js';

export interface Scan {
  line: LineContext;
  /** No Vietnamese diacritics on the line: stop words are matched folded. */
  noMarks: boolean;
  /** This scan's generation: the per-token memos below hold for it. */
  gen: number;
}

type ProvinceMatch = NonNullable<ReturnType<typeof provinceIndex.matchAt>>;

// Per-token memos, shared by all scans: rules run one line at a time, and a
// slot counts only when its stamp is the current scan's generation. No
// allocation per line; a new line just takes the next generation.
let generation = 0;
let prefixStamp = new Int32Array(0);
let lowerStamp = new Int32Array(0);
let provinceStamp = new Int32Array(0);
let startStamp = new Int32Array(0);
let starts = new Uint8Array(0);
const lowers: string[] = [];
const provinces: (ProvinceMatch | null)[] = [];

/** A Scan of the line; `prefixTokens` are the token indices where a park prefix starts. */
export function newScan(line: LineContext, noMarks: boolean, prefixTokens: number[]): Scan {
  const n = line.tokens.length;
  if (n > lowerStamp.length || generation >= 0x7fffffff) {
    const size = Math.max(n, 2 * lowerStamp.length, 64);
    prefixStamp = new Int32Array(size);
    lowerStamp = new Int32Array(size);
    provinceStamp = new Int32Array(size);
    startStamp = new Int32Array(size);
    starts = new Uint8Array(size);
    generation = 0;
  }
  const gen = ++generation;
  for (const i of prefixTokens) prefixStamp[i] = gen;
  return { line, noMarks, gen };
}

/** A park prefix starts at token i: a name never runs into one. */
export function isPrefixToken(s: Scan, i: number): boolean {
  return prefixStamp[i] === s.gen;
}

/** provinceIndex.matchAt on the scanned line, once per token. */
export function provinceAt(s: Scan, i: number): ProvinceMatch | null {
  if (provinceStamp[i] === s.gen) return provinces[i];
  const found = provinceIndex.matchAt(s.line.tokens, s.line.norm, i);
  // Diacritics, where written, must be the name's own: "HÀ NẰM" (lies) is no Hà Nam.
  const m = found && found.marks === 'other' ? null : found;
  provinceStamp[i] = s.gen;
  provinces[i] = m;
  return m;
}

/** Offsets [from, to) of `norm` hold between `min` and `max` spaces and nothing else. */
export function spaces(norm: string, from: number, to: number, min: number, max: number): boolean {
  const n = to - from;
  if (n < min || n > max) return false;
  for (let k = from; k < to; k++) if (norm.charCodeAt(k) !== 32) return false;
  return true;
}

/** Tokens a and b are separated by 1 to 3 spaces (SPACE on `between`). */
export function spaced(s: Scan, a: number, b: number): boolean {
  const t = s.line.tokens;
  return spaces(s.line.norm, t[a].end, t[b].start, 1, 3);
}

/** HYPHEN on `between(s, a, b)`: up to 2 spaces, 1 or 2 hyphens, up to 2 spaces. */
function hyphenGap(s: Scan, a: number, b: number): boolean {
  const norm = s.line.norm;
  const to = s.line.tokens[b].start;
  let k = s.line.tokens[a].end;
  let n = 0;
  while (k < to && norm.charCodeAt(k) === 32) { k++; n++; }
  if (n > 2) return false;
  n = 0;
  while (k < to && norm.charCodeAt(k) === 45) { k++; n++; }
  if (n < 1 || n > 2) return false;
  n = 0;
  while (k < to && norm.charCodeAt(k) === 32) { k++; n++; }
  return n <= 2 && k === to;
}

export interface NameSpan {
  first: number;
  /** One past the last token. */
  last: number;
  /** The name ends with a number or roman numeral ("Tân Phước 1"). */
  numbered: boolean;
}

// Syllables of ALL CAPS names rarely exceed this (numbers not counted).
const MAX_CAPS_SYLLABLES = 4;
// No registered name is longer; bounds the walk on adversarial runs of capitals.
const MAX_TOKENS = 12;

export function between(s: Scan, a: number, b: number): string {
  const t = s.line.tokens;
  return s.line.norm.slice(t[a].end, t[b].start);
}

/** The token's text in lower case, once per token. */
export function lower(s: Scan, i: number): string {
  if (lowerStamp[i] === s.gen) return lowers[i];
  const w = s.line.tokens[i].text.toLowerCase();
  lowerStamp[i] = s.gen;
  lowers[i] = w;
  return w;
}

function pairAt(s: Scan, i: number, folded: boolean): string | null {
  const t = s.line.tokens;
  if (i + 1 >= t.length || !spaced(s, i, i + 1)) return null;
  return folded ? `${t[i].fold} ${t[i + 1].fold}` : `${lower(s, i)} ${lower(s, i + 1)}`;
}

/** A function word or verb (ALL CAPS lines): the name cannot go on. */
export function isStop(s: Scan, i: number): boolean {
  if (!STOP_FIRST.has(s.line.tokens[i].fold)) return false;
  // Unaccented lines use only the folded lists: "khi" there may be "khí".
  if (!s.noMarks) {
    const pair = pairAt(s, i, false);
    return (pair !== null && STOP_TWO.has(pair)) || STOP_ONE.has(lower(s, i));
  }
  const fpair = pairAt(s, i, true);
  return (fpair !== null && STOP_TWO_FOLDED.has(fpair)) || STOP_ONE_FOLDED.has(s.line.tokens[i].fold);
}

/** A capitalised word that still ends a name: a locality prefix, an organisation. */
export function isCapitalStop(s: Scan, i: number): boolean {
  if (!CAPITAL_FIRST.has(s.line.tokens[i].fold)) return false;
  const pair = pairAt(s, i, false);
  if (pair !== null && CAPITAL_STOP.has(pair)) return true;
  if (CAPITAL_STOP.has(lower(s, i))) return true;
  if (!s.noMarks) return false;
  const fpair = pairAt(s, i, true);
  return (fpair !== null && CAPITAL_STOP_FOLDED.has(fpair)) || (CAPITAL_STOP_FOLDED.has(s.line.tokens[i].fold) && s.line.tokens[i].fold !== 'xa');
}

/** ALL CAPS with accents: a word news almost never capitalises ("KHIẾN", "THÊM", "VẪN"). */
function isCommonWord(s: Scan, i: number): boolean {
  return s.line.allCaps && !s.noMarks && ALWAYS_LOWER.has(lower(s, i));
}

function isLowerish(s: Scan, i: number): boolean {
  const w = lower(s, i);
  return ALWAYS_LOWER.has(w) || MOSTLY_LOWER.has(w);
}

/** Token i+1 could carry a name on: a plain word after a space, not a number, letter, stop or place. */
function runsOn(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  const n = i + 1;
  if (n >= t.length || !spaced(s, i, n) || isPrefixToken(s, n)) return false;
  const w = t[n].text;
  if (isDigits(w)) return !nameNumber(s, n); // "KHIẾN 4 NGƯỜI": a quantity runs the phrase on
  if (hasDigit(w) || w.length === 1 || isRoman(w) || isStop(s, n) || isCapitalStop(s, n)) return false;
  return provinceAt(s, n) === null;
}

/**
 * ALL CAPS: a common word starts a phrase that is not the name ("ĐỒNG NAI KHIẾN 4...",
 * "DU LONG NỐI DÀI..."), unless it closes the name ("QUẤT ĐỘNG BỐC CHÁY", "CẦU NGHÌN,").
 */
function commonPhrase(s: Scan, i: number): boolean {
  return (isCommonWord(s, i) && runsOn(s, i)) || commonPairAt(s, i);
}

/** ALL CAPS with accents: tokens i and i+1 are a pair news writes in lower case ("ĐẦU TIÊN", "HOÀN THÀNH"). */
function commonPairAt(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  return s.line.allCaps && !s.noMarks && i + 1 < t.length && spaced(s, i, i + 1) && isCommonPair(t[i].text, t[i + 1].text);
}

/** ALL CAPS: a name does not start with a common word, unless a name-like word follows ("MANG YANG"). */
function commonStart(s: Scan, i: number): boolean {
  return (isCommonWord(s, i) && !(runsOn(s, i) && !isDigits(s.line.tokens[i + 1].text) && !isLowerish(s, i + 1))) || commonPairAt(s, i);
}

export function isCountry(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  return t[i].fold === 'vn' || (t[i].fold === 'viet' && t[i + 1]?.fold === 'nam');
}

// A section's number and letter: "Yên Phong 2C", "Mỹ Xuân A2".
const SECTION_CODE = /^(?:\d{1,2}[A-Z]|[A-Z]\d{1,2})$/;

/** A number that belongs to the name: short, not a quantity ("573,81ha", "12 ha"). */
function nameNumber(s: Scan, i: number): boolean {
  const tok = s.line.tokens[i];
  if (!isDigits(tok.text) || tok.text.length > 3) return false;
  return !UNIT_AFTER_NUMBER.test(s.line.fold.slice(tok.end, tok.end + 16));
}

function upperWord(s: Scan, i: number): boolean {
  const w = s.line.tokens[i].text;
  return w === w.toUpperCase();
}

// After "mở rộng", these make it a verb with an object ("mở rộng quy mô",
// "mở rộng thêm 50 ha", "mở rộng sang..."), not part of the name.
const EXPANSION_OBJECT = new Set(['quy', 'dien', 'them', 'sang', 'ra', 'len', 'toi', 'den', 'thanh', 'ha', 'khong',
  'vung', 'pham', 'dau', 'san', 'nha', 'thi', 'dat', 'mo', 'hoat', 'ket', 'cong', 'nang']);

/** "mở rộng" after a name stays: it is part of registered names. */
function isExpansion(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  if (t[i].fold !== 'mo' || pairAt(s, i, true) !== 'mo rong') return false;
  const next = t[i + 2];
  return !(next !== undefined && spaced(s, i + 1, i + 2) && EXPANSION_OBJECT.has(next.fold));
}

/** "TP.HCM", "TP HCM": a city's abbreviation written as one name. */
function cityAbbreviation(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  if (t[i].fold !== 'tp' || i + 1 >= t.length || t[i + 1].text !== t[i + 1].text.toUpperCase()) return false;
  const p = provinceAt(s, i);
  return p !== null && p.last === i + 2;
}

/** "số 2" after a name: a numbered section of it ("Ea Ral số 2"). */
function numberedSection(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  return t[i].fold === 'so' && i + 1 < t.length && isDigits(t[i + 1].text) && t[i + 1].text.length <= 2 &&
    spaced(s, i, i + 1) && nameNumber(s, i + 1);
}

/** Can a name start at token i? Capitalised word or digit, or "số 21". */
export function canStart(s: Scan, i: number): boolean {
  if (i >= s.line.tokens.length) return false;
  if (startStamp[i] === s.gen) return starts[i] === 1;
  const yes = startsName(s, i);
  startStamp[i] = s.gen;
  starts[i] = yes ? 1 : 0;
  return yes;
}

/** ALL CAPS: tokens i and i+1 are a district's name ("NĂM CĂN", "NHÀ BÈ"), whose first word is also a common one. */
function districtAt(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  return i + 1 < t.length && spaced(s, i, i + 1) && districtsNamed(s.line.norm.slice(t[i].start, t[i + 1].end)).length > 0;
}

function startsName(s: Scan, i: number): boolean {
  const t = s.line.tokens;
  if (i < t.length && cityAbbreviation(s, i)) return true;
  if (i >= t.length || isPrefixToken(s, i) || isCountry(s, i) || isCapitalStop(s, i)) return false;
  if (s.line.allCaps && isStop(s, i)) return districtAt(s, i);
  if (isDigits(t[i].text)) return nameNumber(s, i) && !/^[.,/]\d/.test(s.line.norm.slice(t[i].end, t[i].end + 2));
  if (t[i].fold === 'so' && i + 1 < t.length && isDigits(t[i + 1].text) && spaced(s, i, i + 1)) return true;
  if (commonStart(s, i) && !provinceAt(s, i) && !districtAt(s, i)) return false;
  return isCapitalised(t[i].text);
}

// A Vietnamese syllable: onset, vowels, final. Anything else is a brand
// ("VSIP", "Gilimex", "WHA"), after which a province may be part of the name.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
function isForeign(folded: string): boolean {
  return !SYLLABLE.test(folded);
}

function allForeign(s: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isForeign(s.line.tokens[k].fold)) return false;
  return to > from;
}

function allDirections(s: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!DIRECTIONS.has(s.line.tokens[k].fold)) return false;
  return to > from;
}

/**
 * The name starting at token `i0` (which `canStart`), or null. The end is the
 * first token that cannot belong to it.
 */
export function readName(s: Scan, i0: number): NameSpan | null {
  const t = s.line.tokens;
  const caps = s.line.allCaps;
  let i = i0;
  let syllables = 0;
  let numbered = false;
  let hyphenated = false;
  // Capitalised syllables since the name's start or its last lower-case bridge.
  let segment = 0;
  const start = provinceAt(s, i);
  if (start && (!caps || cityAbbreviation(s, i))) {
    // "Khu công nghệ cao Đà nẵng": a province written in any case is one word group.
    i = start.last;
    syllables = start.last - start.first;
    segment = syllables;
  } else if (caps && (isStop(s, i) || commonStart(s, i)) && districtAt(s, i)) {
    // "NĂM CĂN", "NHÀ BÈ": a district's name whose first word is also a common one.
    i += 2;
    syllables = 2;
    segment = 2;
  } else if (t[i].fold === 'so' && isDigits(t[i + 1]?.text ?? '')) {
    i += 2;
    numbered = true;
  } else if (isDigits(t[i].text) && i + 1 < t.length && isDigits(t[i + 1].text) && between(s, i, i + 1) === '-') {
    // "KCN 19-5": a date written as the name.
    i += 2;
    numbered = true;
  }
  while (i < t.length && i - i0 < MAX_TOKENS) {
    if (i > i0) {
      if (hyphenGap(s, i - 1, i)) {
        // A joining hyphen needs a name on its right, not "- Quảng Ngãi" or "- giai đoạn 1".
        // A province on the right is the park's province, unless the left part is a place too ("Sài Gòn - Bắc Giang").
        if (!canStart(s, i) || isPhase(t[i].fold, t[i + 1]?.fold)) break;
        if (provinceAt(s, i) && !(start && start.last === i && !hyphenated)) break;
        if (!caps && !isCapitalised(t[i].text)) break;
        syllables = 0; // each joined part is a name of its own length, and number ("Nam Sơn 2 - Hạp Lĩnh")
        segment = 0;
        numbered = false;
        hyphenated = true;
      } else if (!spaced(s, i - 1, i)) break;
    }
    if (i > i0 && isPrefixToken(s, i)) break;
    if (isPhase(t[i].fold, t[i + 1]?.fold)) break;
    const word = t[i].text;
    if (i > i0 && !numbered && numberedSection(s, i)) {
      i += 2;
      numbered = true;
      continue;
    }
    if (isDigits(word)) {
      if (!nameNumber(s, i) || numbered) break;
      numbered = true;
      i++;
      continue;
    }
    if (SECTION_CODE.test(word) && i > i0) {
      // "Yên Phong 2C", "Mỹ Xuân A2": a section's number and letter.
      if (numbered) break;
      numbered = true;
      i++;
      continue;
    }
    if (hasDigit(word)) break; // "81ha", "2025a": a quantity or a code glued to a unit
    if (isExpansion(s, i)) {
      i += 2;
      continue;
    }
    if (i > i0 && isCapitalStop(s, i)) break;
    if (isCountry(s, i)) break;
    if (isRoman(word) && i > i0 && (!caps || syllables > 0)) {
      if (numbered) break;
      numbered = true;
      i++;
      continue;
    }
    if (caps) {
      // A province first: "VSIP CẦN THƠ" is not cut at "cần" (need).
      const prov = provinceAt(s, i);
      if (!prov && isStop(s, i)) break;
      // After a name of its own, a province ends it, except after foreign words ("VSIP CẦN THƠ",
      // "WHA SMART ECO NGHỆ AN") or a two-syllable Vietnamese name ("THĂNG LONG VĨNH PHÚC", as mixed case reads it).
      if (prov && syllables > 0 && !allDirections(s, i0, i) && !(!hyphenated && (allForeign(s, i0, i) || syllables === 2))) break;
      if (numbered || syllables >= MAX_CAPS_SYLLABLES) break;
      if (prov) {
        syllables += prov.last - prov.first;
        i = prov.last;
        continue;
      }
      if (i > i0 && commonPhrase(s, i)) break;
      syllables++;
      i++;
      continue;
    }
    if (isCapitalised(word)) {
      // "Tân Phước 1 Tiền Giang": a province after the number is not the name.
      if (numbered && provinceAt(s, i)) break;
      if (numbered && !upperWord(s, i)) break;
      syllables++;
      segment++;
      i++;
      continue;
    }
    // Lower case. "La Sơn khu số 1": a numbered section stays.
    if ((t[i].fold === 'khu' && t[i + 1]?.fold === 'so' && isDigits(t[i + 2]?.text ?? '')) && spaced(s, i, i + 1)) {
      i += 3;
      numbered = true;
      continue;
    }
    // "Dịch vụ thủy sản Đà Nẵng": one capital, a few lower-case words, then
    // capitals again; and so on ("Dịch vụ Thủy sản Đà Nẵng"), each time after
    // a single capital.
    if (segment === 1 && !numbered) {
      const end = sentenceCaseEnd(s, i);
      if (end > i) {
        syllables += end - i;
        segment = 0;
        i = end;
        continue;
      }
    }
    break;
  }
  if (i === i0) return null;
  // ALL CAPS: one lower-case-looking syllable alone is a word, not a name ("KCN LẠI SÁNG ĐÈN").
  if (caps && !s.noMarks && i === i0 + 1 && isLowerish(s, i0)) return null;
  return { first: i0, last: i, numbered };
}

const PLACE_LEAD_FOLDED = new Set(['tai', 'o', 'huyen', 'tinh', 'xa', 'phuong', 'quan', 'thi', 'trong', 'cua', 'thuoc', 'va', 'voi', 'tp', 'tx']);

function sentenceCaseEnd(s: Scan, i: number): number {
  const t = s.line.tokens;
  let k = i;
  while (k < t.length && k - i < 3 && !isCapitalised(t[k].text) && !isDigits(t[k].text)) {
    if (!spaced(s, k - 1, k) || isStop(s, k) || isPrefixToken(s, k)) return i;
    // Typed without diacritics these fold like other words, so isStop lets them by; here they
    // only ever lead to a place ("Amata tai huyen Long Thanh").
    if (s.noMarks && PLACE_LEAD_FOLDED.has(t[k].fold)) return i;
    k++;
  }
  if (k === i || k >= t.length || !spaced(s, k - 1, k)) return i;
  if (!isCapitalised(t[k].text) || isDigits(t[k].text) || isCapitalStop(s, k) || isPrefixToken(s, k)) return i;
  return k;
}
