// Finds every written quantity in a line: number (or "nửa"/a bare "nghìn tỷ"),
// scale words, then an area unit or a currency, with the hedge written right
// before it. Ranges ("72 - 318,5 triệu USD", "từ 109 lên 303ha", "105/168,5ha")
// share the unit, scale and hedge of their written end. Linear in the line:
// one left-to-right pass over digit runs, bounded look-ahead and look-behind.
import type { Qualifier } from '../../types.js';
import type { LineContext } from '../context.js';
import { MAX_NUMBER_CHARS, parseNumber, SCALE_ACCENTED, SCALE_WORDS, scaleNumber, type ParsedNumber } from '../../normalize/number.js';
import { START, END, LETTER_DIGIT } from '../../normalize/edges.js';
import { isWordAt } from '../../normalize/tokens.js';
import {
  AMBIGUOUS_CURRENCY, AREA_UNIT_AT, areaUnitOf, COMPARATIVES, CURRENCIES, CURRENCY_AT, COUNTED_NOUNS, DONG_NAME_NEXT, HA_NAME_NEXT,
  HALF, HEDGE_BEFORE, HEDGE_SYLLABLES, HEDGE_WINDOW, HEDGES, RATIO_AFTER, SCALE_AT, type AreaUnit,
} from './words.js';

export interface Quantity {
  /** Where the hedge (or the number, when there is none) starts. */
  start: number;
  /** Where the number starts. */
  numStart: number;
  numEnd: number;
  /** End of the last word read (unit, currency or scale). */
  end: number;
  number: ParsedNumber;
  /** Product of the scale words (1 when none). */
  scale: number;
  scaleWritten: boolean;
  areaUnit: AreaUnit | null;
  currency: string | null;
  /** True when a scaled amount had no currency word (then it is VND). */
  impliedCurrency: boolean;
  qualifier: Qualifier;
  hedged: boolean;
  /** The hedge phrase as folded ('' when none). */
  hedgePhrase: string;
  /** 'range' when unit/scale/hedge were shared from the other end of a range. */
  shape: 'single' | 'range' | 'half' | 'bare-scale';
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// A bare number matters only as the first end of a range.
const RANGE_NEXT = /\s{0,3}(?:-|~|\/|den|toi|len)/y;
const MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const NEXT_WORD = new RegExp(String.raw`\s{1,3}([${LETTER_DIGIT}]+)`, 'uy');

/** The folded word right after `pos` (one to three spaces between), or null. */
function wordAfter(fold: string, pos: number): string | null {
  NEXT_WORD.lastIndex = pos;
  return NEXT_WORD.exec(fold)?.[1] ?? null;
}

/** Placeholder until the number is parsed (only when its tail makes it a quantity). */
const NOT_PARSED: ParsedNumber = { mantissa: 0, decimals: 0 };

/**
 * The first two characters (or the one, for a one-character word) each tail
 * pattern can start with, after up to three spaces: a cheap necessary check
 * before running the pattern itself.
 */
class Gate {
  private readonly one = new Set<number>();
  private readonly two = new Set<number>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 1) this.one.add(w.charCodeAt(0));
      else this.two.add(w.charCodeAt(0) * 65536 + w.charCodeAt(1));
    }
  }
  /** `at`: where the word would start (-1: nowhere). */
  opens(fold: string, at: number): boolean {
    if (at < 0) return false;
    const c = fold.charCodeAt(at);
    return this.one.has(c) || this.two.has(c * 65536 + fold.charCodeAt(at + 1));
  }
}
const SCALE_GATE = new Gate(SCALE_WORDS.keys());
// As AREA_UNIT_AT: hec-ta, hecta, ha, km2, km², km vuông, ki-lô-mét vuông, m2, m², mét vuông.
const AREA_GATE = new Gate(['he', 'ha', 'km', 'ki', 'm2', 'm²', 'me']);
const CURRENCY_GATE = new Gate(CURRENCIES.keys());
const RANGE_GATE = new Gate(['-', '~', '/', 'den', 'toi', 'len']); // as RANGE_NEXT
/** Last words of the hedge phrases: the word right before a number must be one for a hedge. */
const HEDGE_LAST = new Set([...HEDGES.keys()].map((h) => h.slice(h.lastIndexOf(' ') + 1)));
const HEDGE_LAST_MAX = Math.max(...[...HEDGE_LAST].map((w) => w.length));

/** Exactly the characters of the regex class \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the next word starts after at most three spaces from `pos` (-1 when more spaces or the end). */
function afterSpaces(fold: string, pos: number): number {
  for (let k = 0; k <= 3; k++) {
    const c = fold.charCodeAt(pos + k);
    if (!isSpace(c)) return Number.isNaN(c) ? -1 : pos + k;
  }
  return -1;
}

/** A line with more quantities than this is not news text: stop reading (bounds the work). */
const MAX_QUANTITIES = 1000;

// The areas and investments rules run one after the other on the same line:
// remembering the last line is enough to scan it once.
let lastLine: LineContext | null = null;
let lastQuantities: Quantity[] = [];

/** All quantities of the line, computed once and shared by the areas and investments rules. */
export function findQuantities(line: LineContext): Quantity[] {
  if (line !== lastLine) {
    lastQuantities = scanLine(line);
    lastLine = line;
  }
  return lastQuantities;
}

/** True when the line carries Vietnamese diacritics (else accents cannot tell words apart). */
export function hasMarks(norm: string): boolean {
  return MARKS.test(norm);
}

/** The line being scanned; whether it has diacritics is looked up only when a unit asks. */
class Scan {
  private marksKnown = false;
  private marksValue = false;
  constructor(readonly fold: string, readonly norm: string, readonly allCaps: boolean) {}
  get marks(): boolean {
    if (!this.marksKnown) {
      this.marksValue = hasMarks(this.norm);
      this.marksKnown = true;
    }
    return this.marksValue;
  }
}

const NEXT_DIGIT = /[0-9]/g;

// "nửa" or "nghìn tỷ" written out: the only quantities with no digit.
const BARE_TRIGGER = /nua|ng(?:hin|an) t[yi]/;
// The next digit or bare trigger: until a trigger is seen, one regex pass
// answers both (a second whole-line scan cost more than the wider class).
// A trigger's match ends with a letter, a digit's is the digit alone.
const NEXT_DIGIT_OR_BARE = new RegExp(`[0-9]|${BARE_TRIGGER.source}`, 'g');

function scanLine(line: LineContext): Quantity[] {
  const { fold } = line;
  const scan = new Scan(fold, line.norm, line.allCaps);
  const out: Quantity[] = [];
  const n = fold.length;
  let from = 0;
  let bare = false;
  while (out.length < MAX_QUANTITIES) {
    // The next digit: a native regex scan beats a charCodeAt loop on long stretches of words.
    const next = bare ? NEXT_DIGIT : NEXT_DIGIT_OR_BARE;
    next.lastIndex = from;
    if (!next.test(fold)) break;
    const start = next.lastIndex - 1;
    if (!isDigit(fold.charCodeAt(start))) {
      bare = true;
      from = next.lastIndex;
      continue;
    }
    const end = numberRunEnd(fold, start);
    from = end;
    // A digit glued to a letter is a code or a name ("R7725", "VSIP1"), not a quantity.
    if (start > 0 && isWordAt(fold, start - 1) && !isDigit(fold.charCodeAt(start - 1))) continue;
    if (end - start > MAX_NUMBER_CHARS) continue;
    // Most numbers have no unit after them: read the tail first, parse only what counts.
    const q = readTail(scan, start, end, NOT_PARSED, 'single');
    if (!q) continue;
    const parsed = parseNumber(fold.slice(start, end));
    if (!parsed) continue;
    q.number = parsed;
    out.push(q);
    if (end >= n) break;
  }
  // Stopped early at MAX_QUANTITIES: the rest of the line was not read for a trigger.
  if (bare || (out.length >= MAX_QUANTITIES && BARE_TRIGGER.test(fold))) {
    for (const q of bareScales(scan)) out.push(q);
    out.sort((a, b) => a.numStart - b.numStart);
  }
  shareRanges(scan, out);
  return out.filter((q) => q.areaUnit !== null || q.currency !== null);
}

/** End of a run of digits joined by '.' or ',' (and "3. 684"); never re-reads a character. */
function numberRunEnd(fold: string, from: number): number {
  const n = fold.length;
  let j = from;
  let groupLen = 0;
  while (j < n) {
    const c = fold.charCodeAt(j);
    if (isDigit(c)) {
      j++;
      groupLen++;
      continue;
    }
    if ((c === 46 || c === 44) && j + 1 < n && isDigit(fold.charCodeAt(j + 1))) {
      j++;
      groupLen = 0;
      continue;
    }
    // "3. 684": a stray space after a thousands dot, only before exactly three digits.
    if (c === 46 && groupLen >= 1 && groupLen <= 3 && fold.charCodeAt(j + 1) === 32
      && isDigit(fold.charCodeAt(j + 2)) && isDigit(fold.charCodeAt(j + 3)) && isDigit(fold.charCodeAt(j + 4))
      && !isDigit(fold.charCodeAt(j + 5))) {
      j += 2;
      groupLen = 0;
      continue;
    }
    break;
  }
  return j;
}

/** The lower-case written form of [start, end) in the prepared line. */
function written(scan: Scan, start: number, end: number): string {
  return scan.norm.slice(start, end).toLowerCase();
}

function capitalised(scan: Scan, at: number): boolean {
  const c = scan.norm[at];
  return !scan.allCaps && c !== undefined && c !== c.toLowerCase();
}

/** Reads scale words, then an area unit or a currency, after a number ending at `pos`. */
function readTail(scan: Scan, numStart: number, numEnd: number, parsed: ParsedNumber, shape: Quantity['shape']): Quantity | null {
  const { fold } = scan;
  let pos = numEnd;
  let scale = 1;
  let scaleWritten = false;
  for (let k = 0; k < 2; k++) {
    if (!SCALE_GATE.opens(fold, afterSpaces(fold, pos))) break;
    SCALE_AT.lastIndex = pos;
    const m = SCALE_AT.exec(fold);
    if (!m) break;
    const word = m[1];
    const wordStart = m.index + m[0].length - word.length;
    if (word === 'ty' || word === 'ti') {
      RATIO_AFTER.lastIndex = m.index + m[0].length;
      if (RATIO_AFTER.test(fold)) break;
    }
    if (scan.marks && !SCALE_ACCENTED.get(word)!.includes(written(scan, wordStart, wordStart + word.length))) break;
    scale *= SCALE_WORDS.get(word)!;
    scaleWritten = true;
    pos = m.index + m[0].length;
  }

  const q: Quantity = {
    start: numStart, numStart, numEnd, end: pos, number: parsed, scale, scaleWritten,
    areaUnit: null, currency: null, impliedCurrency: false, qualifier: 'exact', hedged: false, hedgePhrase: '', shape,
  };

  const next = afterSpaces(fold, pos);
  AREA_UNIT_AT.lastIndex = pos;
  const area = AREA_GATE.opens(fold, next) ? AREA_UNIT_AT.exec(fold) : null;
  if (area && isAreaUnit(scan, area)) {
    q.areaUnit = areaUnitOf(area[1]);
    q.end = area.index + area[0].length;
  } else {
    CURRENCY_AT.lastIndex = pos;
    const cur = CURRENCY_GATE.opens(fold, next) ? CURRENCY_AT.exec(fold) : null;
    const before = cur && isCurrency(scan, cur, scaleWritten) ? -1 : currencyBefore(fold, numStart, scaleWritten);
    if (before === -1) {
      q.currency = CURRENCIES.get(cur![1])!;
      q.end = cur!.index + cur![0].length;
    } else if (before >= 0) {
      // "US$140 triệu", "USD 50 triệu": the currency written first.
      PREFIX_CURRENCY.lastIndex = before;
      q.currency = CURRENCIES.get(PREFIX_CURRENCY.exec(fold)![1])!;
      q.start = before;
    } else if (scaleWritten && freeAfter(scan, pos)) {
      // "8.300 tỷ": a scale word with no currency word is VND.
      q.currency = 'VND';
      q.impliedCurrency = true;
    }
  }
  if (!q.areaUnit && !q.currency) {
    if (!RANGE_GATE.opens(fold, afterSpaces(fold, q.end))) return null;
    RANGE_NEXT.lastIndex = q.end;
    if (!RANGE_NEXT.test(fold)) return null;
  }
  applyHedge(scan, q);
  return q;
}

// A currency code or symbol written before the number (FIELDS lists US$ and $).
// A code needs a space and a scale word after the number ("USD 50 triệu"): else it
// is more likely the previous amount's ("100 triệu USD 50 năm qua").
const PREFIX_CURRENCY = /(us\$|s\$|\$|€|£|¥|usd|eur|jpy|sgd)\s?/y;
const PREFIX_LOOKBACK = 5;
const PREFIX_LAST = '$€£¥dry';

/** Where a currency written right before the number at `numStart` begins (-2: none). */
function currencyBefore(fold: string, numStart: number, scaled: boolean): number {
  // Cheap look first: every currency above ends in one of these characters.
  let last = numStart - 1;
  if (fold.charCodeAt(last) === 32) last--;
  if (!PREFIX_LAST.includes(fold[last] ?? ' ')) return -2;
  for (let from = Math.max(0, numStart - PREFIX_LOOKBACK); from < numStart; from++) {
    PREFIX_CURRENCY.lastIndex = from;
    const m = PREFIX_CURRENCY.exec(fold);
    if (!m || from + m[0].length !== numStart) continue;
    if (/[a-z]$/.test(m[1]) && (m[0].length === m[1].length || !scaled)) continue;
    if (from > 0 && isWordAt(fold, from - 1)) continue; // inside a longer word
    // Right after a number it closes that amount ("140$ 50 lao động").
    let b = from;
    while (b > 0 && fold.charCodeAt(b - 1) === 32) b--;
    if (b > 0 && isDigit(fold.charCodeAt(b - 1))) continue;
    return from;
  }
  return -2;
}

/** "ha" after a number is hectares unless it is the name "Hà ..." (which folds to "ha" too). */
function isAreaUnit(scan: Scan, m: RegExpExecArray): boolean {
  const word = m[1];
  if (word !== 'ha') return true;
  const at = m.index + m[0].length - 2;
  if (scan.marks && written(scan, at, at + 2) !== 'ha') return false;
  const next = wordAfter(scan.fold, at + 2);
  // "Ha" capitalised before another capitalised word is a name ("5 Ha Noi", "Ha Tinh");
  // "9HA.02" in a mixed-case line is a model code.
  if (capitalised(scan, at) && (scan.norm[at + 1] !== 'a' || capitalised(scan, afterSpaces(scan.fold, at + 2)) ||
    (!scan.marks && next !== null && HA_NAME_NEXT.has(next)))) return false;
  // A headline in capitals without diacritics: only the next word can tell "HA NOI" from "5 HA".
  if (next !== null && scan.allCaps && !scan.marks && HA_NAME_NEXT.has(next)) return false;
  return true;
}

function isCurrency(scan: Scan, m: RegExpExecArray, scaled: boolean): boolean {
  const word = m[1];
  const forms = AMBIGUOUS_CURRENCY.get(word);
  if (!forms) return true;
  const at = m.index + m[0].length - word.length;
  if (capitalised(scan, at)) return false;
  if (word === 'dong' && !scaled && scan.allCaps) {
    // "SỐ 1 ĐỒNG NAI": an amount of one đồng is rarer than a place named Đồng.
    const next = wordAfter(scan.fold, at + 4);
    if (next !== null && DONG_NAME_NEXT.has(next)) return false;
  }
  if (word === 'dong' && !scan.marks) return true;
  if (scan.marks) return forms.includes(written(scan, at, at + word.length)) && (scaled || word === 'dong' || word === 'd' || word === 'yen');
  return scaled;
}

/** After a scaled amount without currency: end of clause, or a word that is not a counted noun. */
function freeAfter(scan: Scan, pos: number): boolean {
  const { fold } = scan;
  let j = pos;
  while (j < fold.length && fold[j] === ' ') j++;
  if (j >= fold.length) return true;
  if (!isWordAt(fold, j)) return fold[j] !== '%' && fold[j] !== '/';
  const next = wordAfter(fold, pos);
  return next !== null && !COUNTED_NOUNS.has(next);
}

function applyHedge(scan: Scan, q: Quantity): void {
  // Before the currency when it is written first ("khoảng US$140 triệu").
  const at = q.start;
  const from = Math.max(0, at - HEDGE_WINDOW);
  if (!hedgeWordBefore(scan.fold, from, at)) return;
  const m = HEDGE_BEFORE.exec(scan.fold.slice(from, at));
  if (!m) return;
  const phrase = m[2];
  if (phrase === 'hon' && m[1] !== undefined && COMPARATIVES.has(m[1])) return;
  const phraseStart = from + m.index + (m[1] !== undefined ? m[1].length + 1 : 0);
  if (scan.marks && !hedgeWritten(scan, phraseStart, phrase)) return;
  q.qualifier = HEDGES.get(phrase)!;
  q.hedged = true;
  q.hedgePhrase = phrase;
  q.start = phraseStart;
}

/**
 * Necessary for HEDGE_BEFORE to match in fold[from, at): after at most three
 * spaces, the letters ending there are the last word of a hedge phrase.
 */
function hedgeWordBefore(fold: string, from: number, at: number): boolean {
  let e = at;
  while (e > from && isSpace(fold.charCodeAt(e - 1))) if (at - --e > 3) return false;
  let b = e;
  while (b > from && e - b <= HEDGE_LAST_MAX) {
    const c = fold.charCodeAt(b - 1);
    if (c < 97 || c > 122) break;
    b--;
  }
  return e - b <= HEDGE_LAST_MAX && b < e && HEDGE_LAST.has(fold.slice(b, e));
}

/** With diacritics in the line, each syllable of the hedge must carry its own ("chung" is not "chừng"). */
function hedgeWritten(scan: Scan, at: number, phrase: string): boolean {
  const words = written(scan, at, at + phrase.length).split(' ');
  const folded = phrase.split(' ');
  return folded.every((w, k) => HEDGE_SYLLABLES.get(w)?.includes(words[k]) ?? true);
}

const BARE_SCALE = new RegExp(String.raw`${START}(?:(nua)\s{1,3})?(nghin t[yi]|ngan t[yi]|trieu|t[yi])${END}`, 'gu');

// A bare "nghìn tỷ" with no hedge is one nghìn tỷ only as a project's size
// right after what is built ("dự án nghìn tỷ", "cây cầu ngàn tỉ"): elsewhere
// it is as often a vague count ("hàng nghìn tỷ") or a boast ("mô hình nghìn tỉ").
const PROJECT_BEFORE = /(?:^|[^\p{L}\p{N}])(?:du an|cong trinh|cay cau|toa thap|toa nha|dai lo|cong vien|khu cong nghiep|nha may|san van dong|dau tu)\s{1,3}$/u;

/** Whether a project noun ends right before `pos`. */
function projectBefore(fold: string, pos: number): boolean {
  return PROJECT_BEFORE.test(fold.slice(Math.max(0, pos - 24), pos));
}

/** "nửa tỷ USD" (a half) and "nghìn tỷ" alone (one): scale words with no digits. */
function bareScales(scan: Scan): Quantity[] {
  const out: Quantity[] = [];
  const { fold } = scan;
  BARE_SCALE.lastIndex = 0;
  for (let m = BARE_SCALE.exec(fold); m; m = BARE_SCALE.exec(fold)) {
    const half = m[1] === HALF;
    const isThousandBillion = m[2].startsWith('ng');
    if (!half && !isThousandBillion) continue;
    // A digit right before belongs to the number scanner.
    let b = m.index - 1;
    while (b >= 0 && fold[b] === ' ') b--;
    if (b >= 0 && isDigit(fold.charCodeAt(b))) continue;
    const numEnd = half ? m.index + m[1].length : m.index;
    const number: ParsedNumber = half ? { mantissa: 5, decimals: 1 } : { mantissa: 1, decimals: 0 };
    const q = readTail(scan, m.index, numEnd, number, half ? 'half' : 'bare-scale');
    if (!q || !q.scaleWritten) continue;
    if (!half && !q.hedged && !projectBefore(fold, m.index)) continue;
    out.push(q);
  }
  return out;
}

// Between the two ends of a range: a dash, a slash, or "đến/tới/lên".
const RANGE_GAP = /^\s{0,3}(?:-|~|\/|den|toi|len|len den|len toi)\s{0,3}$/;

const UP_TO_CONNECTORS = new Set(['den', 'toi', 'len den', 'len toi']);

/** A bare first number before a range connector takes the unit, scale and hedge of the second. */
function shareRanges(scan: Scan, qs: Quantity[]): void {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    const joined = b.numStart - a.end <= 12 && RANGE_GAP.test(scan.fold.slice(a.end, b.numStart));
    // "từ 200 đến hơn 1.000 ha": the second end's own hedge after the connector.
    const ownHedge = !joined && b.hedged && b.start > a.end && b.start - a.end <= 12 && RANGE_GAP.test(scan.fold.slice(a.end, b.start));
    if (!joined && !ownHedge) continue;
    if (a.areaUnit || (a.currency && !a.impliedCurrency)) {
      // "từ 1.000 ha đến 827 ha": 'đến' joins two complete quantities, it hedges neither.
      if (UP_TO_CONNECTORS.has(b.hedgePhrase)) Object.assign(b, { qualifier: 'exact', hedged: false, hedgePhrase: '', start: b.numStart });
      continue;
    }
    if (!(b.areaUnit || b.currency)) continue;
    a.areaUnit = b.areaUnit;
    a.currency = b.currency;
    a.impliedCurrency = b.impliedCurrency;
    if (!a.scaleWritten) a.scale = b.scale;
    a.end = b.end;
    a.shape = 'range';
    b.shape = 'range';
    if (ownHedge) continue;
    // The connector is not a hedge of the second end; a hedge written once covers both.
    b.qualifier = a.qualifier;
    b.hedged = a.hedged;
    b.hedgePhrase = a.hedgePhrase;
    b.start = b.numStart;
  }
}

/** Hectares of an area quantity. */
export function hectares(q: Quantity): number {
  const mult = q.areaUnit === 'km2' ? 100 * q.scale : q.scale;
  return scaleNumber(q.number, mult, q.areaUnit === 'm2' ? 10_000 : 1);
}

/** Whole currency units of a money quantity. */
export function amount(q: Quantity): number {
  return Math.round(scaleNumber(q.number, q.scale));
}
