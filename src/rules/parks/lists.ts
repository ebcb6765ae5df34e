// Coordinated names sharing one prefix ("Cụm công nghiệp Mỹ Thuận và Mỹ Tân",
// "KCN Tân Phước 1, Bình Đông"), and numbered shorthand ("Ninh Xuân 1,2").
import { districtIndex } from '../../gazetteer/index.js';
import { between, canStart, isCapitalStop, isPrefixToken, isStop, lower, provinceAt, readName, spaces, type NameSpan, type Scan } from './name.js';
import { END } from '../../normalize/edges.js';
import { isDigits } from './words.js';

const COMMA = /^ {0,2}(?:\[\d{1,3}\] {0,2})?, {0,2}(?:\[\d{1,3}\] {0,2})?$/;
const SPACE = /^ {1,3}(?:\[\d{1,3}\] {0,2})?$/;
const CITATION = /\[\d{1,3}\]/y;

/** Is the item a whole province (or, in a singular comma list, a district)? */
function isPlace(s: Scan, item: NameSpan, districtsToo: boolean): boolean {
  const t = s.line.tokens;
  const p = provinceAt(s, item.first);
  if (p && p.last === item.last) return true;
  if (!districtsToo) return false;
  const d = districtIndex.matchAt(t, s.line.norm, item.first);
  return d !== null && d.last === item.last;
}

function isAnd(s: Scan, i: number): boolean {
  const w = s.line.tokens[i];
  return w !== undefined && w.fold === 'va' && (lower(s, i) === 'và' || s.noMarks);
}

const NO_ITEM = { at: -1, comma: false };

/** The token where the next list item starts, after the name ending at `last`, or -1. */
function nextItem(s: Scan, last: number): { at: number; comma: boolean } {
  const t = s.line.tokens;
  if (last >= t.length) return NO_ITEM;
  // Plain spaces: no comma, so only "và" can go on.
  if (spaces(s.line.norm, t[last - 1].end, t[last].start, 1, 3)) {
    return isAnd(s, last) && last + 1 < t.length && SPACE.test(between(s, last, last + 1)) ? { at: last + 1, comma: false } : NO_ITEM;
  }
  const sep = between(s, last - 1, last);
  if (COMMA.test(sep)) {
    if (isAnd(s, last) && last + 1 < t.length && SPACE.test(between(s, last, last + 1))) return { at: last + 1, comma: false };
    return { at: last, comma: true };
  }
  if (SPACE.test(sep) && isAnd(s, last) && last + 1 < t.length && SPACE.test(between(s, last, last + 1))) {
    return { at: last + 1, comma: false };
  }
  return NO_ITEM;
}

// How news refers to a person ("..., ANH LÊ VĂN AN CHO BIẾT"): with diacritics only, folded they are other words.
const PERSON_TITLES = new Set(['anh', 'chị', 'ông', 'bà', 'em', 'cháu', 'cô', 'chú', 'bác', 'cụ']);

/** ALL CAPS: a list item that starts with a person's title is a person. */
function personAt(s: Scan, i: number): boolean {
  return !s.noMarks && PERSON_TITLES.has(lower(s, i));
}

/** In ALL CAPS a list item must end cleanly (punctuation, "và", a prefix, the end). */
function cleanEnd(s: Scan, item: NameSpan): boolean {
  if (!s.line.allCaps) return true;
  const t = s.line.tokens;
  if (item.last >= t.length) return true;
  const sep = between(s, item.last - 1, item.last);
  return !/^ +$/.test(sep) || isAnd(s, item.last) || isPrefixToken(s, item.last) || isStop(s, item.last) || isCapitalStop(s, item.last);
}

/**
 * Items after a first name (or after a list intro when `first` is null): each
 * one a name that is not a place. `plural` lists ("các KCN", "2 CCN") may name
 * districts; a singular comma list may not ("KCN X, Bến Lức"). `take` keeps each
 * item and returns the token after all it used ("Mỹ Phước 1, 2": its shorthand too).
 */
export function readList(s: Scan, after: number, plural: boolean, take: (item: NameSpan) => number): void {
  let last = after;
  for (let n = 0; n < 40; n++) {
    const { at, comma } = nextItem(s, last);
    if (at < 0 || !canStart(s, at) || (s.line.allCaps && (isStop(s, at) || personAt(s, at)))) break;
    const item = readName(s, at);
    if (!item || isPlace(s, item, comma && !plural) || !cleanEnd(s, item)) break;
    // "KKT Nghi Sơn và 8 KCN": a bare number is a count of what follows, not a park.
    if (item.last - item.first === 1 && isDigits(s.line.tokens[item.first].text)) break;
    last = take(item);
  }
}

// ", 2", "và 3", ",[31] 2": one more number sharing the stem.
// Non-ASCII as \u escapes: a String.raw template reaches the bundle as written, and the bundle is kept ASCII (scripts/build-cli.mjs).
const MORE_NUMBER = new RegExp(String.raw`(?:\[\d{1,3}\])? {0,2}(?:,|&|[vV][\u00E0\u00C0aA]) {0,2}(?:\[\d{1,3}\] {0,2})?(\d{1,2}|I{1,3}|IV|V|VI{1,3})${END}`, 'uy');
// Not "tỷ lệ" (a ratio or a scale: "Ninh Xuân 1,2 tỷ lệ 1/2000").
const QUANTITY = new RegExp(String.raw`^\s*(?:ha|hecta|m2|km|%|t[yi](?!\s+le${END})|trieu|nghin)${END}`, 'u');

/** Numbers written after a numbered name: "Ninh Xuân 1,2" → ["2"], with their spans. */
export function shorthand(s: Scan, name: NameSpan): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  let pos = s.line.tokens[name.last - 1].end;
  for (let n = 0; n < 12; n++) {
    MORE_NUMBER.lastIndex = pos;
    const m = MORE_NUMBER.exec(s.line.norm);
    if (!m) break;
    const end = m.index + m[0].length;
    if (QUANTITY.test(s.line.fold.slice(end, end + 12))) return [];
    out.push({ value: m[1], start: end - m[1].length, end });
    pos = end;
    CITATION.lastIndex = pos;
    if (CITATION.test(s.line.norm)) pos = CITATION.lastIndex;
  }
  return out;
}
