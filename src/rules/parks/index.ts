// Rules for `parks` (FIELDS.md): prefixed names, the lists and shorthand that
// share a prefix, siblings named without one, and the user's known parks.
import type { Findings, LineContext } from '../context.js';
import type { Found, Park, ParkKind } from '../../types.js';
import { findPrefixes, type Prefix } from './kinds.js';
import { between, canStart, isStop, lower, newScan, provinceAt, readName, spaced, spaces, type NameSpan, type Scan } from './name.js';
import { readList, shorthand } from './lists.js';
import { COUNTRIES, COUNTRY_FIRST, DESCRIPTORS_BY_FIRST, PLURAL, PLURAL_SECOND, hasDigit, isDigits } from './words.js';
import { findSiblings } from './siblings.js';
import { findKnown } from './known.js';
import { findEnglish } from './english.js';

import { fold } from '../../normalize/text.js';
import { firstTokenFrom } from '../../normalize/tokens.js';

const ENGLISH_TRIGGER = /industrial|zone|tech park/;
const MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const ABBREVIATION = /^ {0,2}\( {0,2}[A-ZĐ]{2,6} {0,2}\)/;

/** A '(' within the first three characters: ABBREVIATION needs one. */
function abbreviationAt(norm: string, at: number): boolean {
  return norm.charCodeAt(at) === 40 || norm.charCodeAt(at + 1) === 40 || norm.charCodeAt(at + 2) === 40;
}
const INTRO_COLON = /^ {0,2}: {0,2}$/;

/** Index of the first token starting at or after `offset` (not before token `lo`). */
export function tokenAt(line: LineContext, offset: number, lo = 0): number {
  return firstTokenFrom(line.tokens, offset, lo);
}

/** Written as text: one space, a joining hyphen with one space each side. */
// Only these make nameText change a name cut at token edges.
const RESPACE = /[-–—]|\s\s|[^\S ]/;

export function nameText(text: string): string {
  if (!RESPACE.test(text) && text.trim() === text) return text;
  return text.replace(/(\d)-(\d)|\s*([-–—])\s*/g, (m, a, b, dash) => (dash ? ` ${dash} ` : `${a}-${b}`)).replace(/\s+/g, ' ').trim();
}

export function park(s: Scan, kind: ParkKind, span: NameSpan, rule: string): Found<Park> {
  const t = s.line.tokens;
  const start = t[span.first].start;
  const end = t[span.last - 1].end;
  return { value: { kind, name: nameText(s.line.text.slice(start, end)) }, span: [start, end], rule };
}

// "cụm KCN" is a group of parks; "khu, cụm công nghiệp" a generic pair.
function generic(line: LineContext, p: Prefix): boolean {
  // Cheap look first: "cum " or "khu," / "khu, " right before the prefix.
  const f = line.fold;
  const c = f.charCodeAt(p.start - 1);
  const maybe = c === 32 ? f.startsWith('cum ', p.start - 4) || f.startsWith('khu, ', p.start - 5) : c === 44 && f.startsWith('khu,', p.start - 4);
  if (!maybe) return false;
  const before = line.fold.slice(Math.max(0, p.start - 6), p.start);
  return /(?:^|[^\p{L}])cum $/u.test(before) || /khu, ?$/.test(before);
}

// Words whose number comes after them: "giai đoạn 2", "phân kỳ 1", "đợt 3".
const NUMBERED_BY = new Set(['doan', 'ky', 'dot', 'phase']);

function isPlural(line: LineContext, first: number, marks: boolean): boolean {
  const prev = line.tokens[first - 1];
  if (!prev || !spaces(line.norm, prev.end, line.tokens[first].start, 1, 3)) return false;
  // "9 khu công nghiệp", not "năm 2022, khu..." nor "tỷ lệ 1/2000 Khu..." nor "giai đoạn 2 Khu...".
  if (isDigits(prev.text)) {
    return prev.text.length <= 3 && !/[/.,-]$/.test(line.norm.slice(Math.max(0, prev.start - 1), prev.start)) &&
      !NUMBERED_BY.has(line.tokens[first - 2]?.fold ?? '');
  }
  // "ngã ba", "ngã tư": a junction, not a count.
  if (PLURAL.has(prev.fold)) return writtenAs(PLURAL.get(prev.fold)!, prev.text, marks) && line.tokens[first - 2]?.fold !== 'nga';
  const prev2 = line.tokens[first - 2];
  if (prev2 === undefined || !PLURAL_SECOND.has(prev.fold)) return false;
  const forms = PLURAL.get(`${prev2.fold} ${prev.fold}`);
  return forms !== undefined && writtenAs(forms, `${prev2.text} ${prev.text}`, marks);
}

function writtenAs(forms: readonly string[], text: string, marks: boolean): boolean {
  return !marks || forms.includes(text.toLowerCase());
}

/** After "tỉnh", "TP", "thành phố" followed by a province: the province's token, else -1. */
function provincePrefixAt(s: Scan, i: number): number {
  const t = s.line.tokens;
  if (i >= t.length) return -1;
  const f = t[i].fold;
  const next = f === 'thanh' && t[i + 1]?.fold === 'pho' ? i + 2 : f === 'tinh' || f === 'tp' ? i + 1 : -1;
  if (next < 0 || next >= t.length || !/^\.? {0,2}$/.test(between(s, next - 1, next))) return -1;
  return provinceAt(s, next) ? next : -1;
}

/** Skips lower-case descriptors of the kind ("chuyên sâu", "dầu khí"); returns the name's first token. */
function skipDescriptors(s: Scan, i: number, kind: ParkKind): number {
  const t = s.line.tokens;
  // "Khu kinh tế cửa khẩu tỉnh Cao Bằng", "Khu công nghệ cao TP. Hồ Chí Minh":
  // a province's own zone; the prefix word goes, except in a one-word
  // abbreviation written as a whole ("TP.HCM", "TP HCM").
  // Not for parks and clusters: "khu công nghiệp tỉnh Bắc Ninh" is the province's parks.
  const pre = kind === 'economic_zone' || kind === 'high_tech_park' ? provincePrefixAt(s, i) : -1;
  if (pre > i) {
    const p = provinceAt(s, pre);
    const abbreviation = p !== null && p.last - p.first === 1 && t[pre].text === t[pre].text.toUpperCase() && t[i].fold === 'tp';
    if (p && !abbreviation) return pre;
    if (p) return i;
  }
  // "KKT mở Chu Lai": an open economic zone ("khu kinh tế mở").
  if (kind === 'economic_zone' && t[i]?.fold === 'mo' && i + 1 < t.length && /^ {1,2}$/.test(between(s, i, i + 1)) && canStart(s, i + 1) &&
    (s.noMarks || lower(s, i) === 'mở')) return i + 1;
  for (const d of (i < t.length && DESCRIPTORS_BY_FIRST.get(t[i].fold)) || NO_DESCRIPTORS) {
    if (!wordsAt(t, i, d)) continue;
    const next = i + d.length;
    // "khu công nghiệp dược phẩm, ..." names no park.
    if (next >= t.length || !/^ {1,2}$/.test(between(s, next - 1, next))) return -1;
    if (canStart(s, next)) return next;
    if (s.line.allCaps) return -1;
    // "KCN cơ khí ô tô Chu Lai": more lower-case words after the descriptor.
    const after = lowerRun(s, next);
    return after > next ? after : -1;
  }
  if (s.line.allCaps) return i;
  return lowerRun(s, i);
}

const NO_DESCRIPTORS: string[][] = [];

function wordsAt(t: LineContext['tokens'], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (t[i + k]?.fold !== words[k]) return false;
  return true;
}

/** After up to 3 lower-case descriptor words from `i`, the name's first token; else `i`. */
function lowerRun(s: Scan, i: number): number {
  const t = s.line.tokens;
  let k = i;
  while (k < t.length && k - i < 3 && !canStart(s, k)) {
    const w = t[k].text;
    if (w !== lower(s, k) || hasDigit(w) || (k > i && !spaced12(s, k - 1, k)) || isStop(s, k)) return i;
    k++;
  }
  if (k >= t.length || k === i || !spaced12(s, k - 1, k) || !canStart(s, k) || isLowerStop(s, i, k)) return i;
  // "khu công nghiệp quan tâm ESG": after a lower-case phrase, an acronym is its object, not a name.
  const w = t[k].text;
  return w.length > 1 && w === w.toUpperCase() && !hasDigit(w) ? i : k;
}

function spaced12(s: Scan, a: number, b: number): boolean {
  return spaces(s.line.norm, s.line.tokens[a].end, s.line.tokens[b].start, 1, 2);
}

// Lower-case words that say the mention is generic ("khu công nghiệp trên địa bàn"),
// or name an owner rather than the park ("khu công nghiệp tập đoàn X"), or
// another kind of zone ("khu kinh tế đêm": a night market). Accented, so that
// "ô tô" (a descriptor) is not read as "ở"; folded only for unaccented lines.
const GENERIC_ACCENTED = new Set(['tại', 'ở', 'của', 'và', 'được', 'có', 'với', 'cho', 'để', 'là', 'thuộc', 'trên', 'trong',
  'phía', 'này', 'đó', 'khi', 'trước', 'sau', 'như', 'theo', 'từ', 'đến', 'gồm', 'mới', 'nào', 'đang', 'đã', 'sẽ', 'vừa',
  'tỉnh', 'huyện', 'xã', 'thành', 'quận', 'phường', 'thị', 'năm', 'cùng', 'nhưng', 'các', 'một', 'hay', 'nữa', 'tỷ', 'tỉ',
  'triệu', 'quy', 'tích', 'hoặc', 'mà', 'thì', 'còn', 'giữa', 'về', 'nhất', 'lớn', 'tập', 'đoàn', 'ty', 'đêm', 'miền',
  'vùng', 'vực']);
const GENERIC_FOLDED = new Set([...GENERIC_ACCENTED].map(fold));
function isLowerStop(s: Scan, from: number, to: number): boolean {
  const words = s.noMarks ? GENERIC_FOLDED : GENERIC_ACCENTED;
  for (let k = from; k < to; k++) {
    const w = s.line.tokens[k];
    if (words.has(s.noMarks ? w.fold : lower(s, k))) return true;
  }
  return false;
}

function wholeProvince(s: Scan, span: NameSpan): boolean {
  const p = provinceAt(s, span.first);
  return p !== null && p.last === span.last;
}

// "Khu công nghiệp - đô thị - dịch vụ VSIP Quảng Ngãi": a mixed-use park's kind, joined by dashes or
// spaces (a space only in lower case: in capitals "KCN DỊCH VỤ THỦY SẢN" may be the name). Not by a
// comma or "và": "khu công nghiệp, đô thị Bắc Ninh" is the province's parks and towns.
const MIXED_USE_SEP = /(?: ?[-\u2013] ?| )/y;
const MIXED_USE_WORD = /(?:do thi|dich vu)(?![\p{L}\p{N}])/uy;

/** Past the mixed-use words after the prefix ending at `from`; `from` when there are none. */
function pastMixedUse(line: LineContext, from: number): number {
  let pos = from;
  for (let n = 0; n < 3; n++) {
    MIXED_USE_SEP.lastIndex = pos;
    const sep = MIXED_USE_SEP.exec(line.fold);
    if (!sep) break;
    const at = pos + sep[0].length;
    MIXED_USE_WORD.lastIndex = at;
    const word = MIXED_USE_WORD.exec(line.fold);
    if (!word) break;
    const end = at + word[0].length;
    const written = line.norm.slice(at, end);
    if (line.allCaps ? sep[0] === ' ' : written !== written.toLowerCase()) break;
    pos = end;
  }
  return pos;
}

const INTRO_WORDS = new Set(['la', 'gom', 'nhu', 'bao']);
const MAX_INTRO_WORDS = 5;

function introAt(s: Scan, p: Prefix, i: number): number {
  const t = s.line.tokens;
  if (i >= t.length) return -1;
  if (INTRO_COLON.test(s.line.norm.slice(p.end, t[i].start))) return i;
  let k = i;
  // "các KCN lớn như A, B", "6 KCN đi vào hoạt động gồm A, B": a few lower-case words on the kind before the list.
  for (let n = 0; n < MAX_INTRO_WORDS && k + 1 < t.length && !INTRO_WORDS.has(t[k].fold); n++) {
    if (!/^ {1,2}$/.test(between(s, k, k + 1)) || (!s.line.allCaps && t[k].text !== lower(s, k)) || hasDigit(t[k].text)) return -1;
    k++;
  }
  if (t[k].fold === 'bao' && t[k + 1]?.fold === 'gom') k++;
  if (t[k].fold === 'la' || t[k].fold === 'gom' || t[k].fold === 'nhu') {
    const after = k + 1;
    if (after < t.length && /^ {0,2}:? {0,2}$/.test(between(s, k, after))) return after;
  }
  return -1;
}

// Between a park and the next prefix: a list's separator (", ", " và ", ", và ").
const LIST_SEPARATOR = /^ {0,2}(?:,|(?:, {0,2})?v[aà]) {1,2}$/i;

/**
 * ALL CAPS: the prefix repeats in a list of parks ("KCN PHÚ MỸ 2, KCN CÁI
 * MÉP, CẢNG BIỂN"), so items go with their own prefix and a bare item after
 * this one is something else. (Other lines need no such guess: case ends the list.)
 */
function prefixRepeated(line: LineContext, p: Prefix, out: Found<Park>[]): boolean {
  if (!line.allCaps || out.length === 0) return false;
  const prev = out[out.length - 1].span[1];
  return prev <= p.start && p.start - prev <= 8 && LIST_SEPARATOR.test(line.fold.slice(prev, p.start));
}

function emitNamed(s: Scan, kind: ParkKind, name: NameSpan, plural: boolean, rule: string, out: Found<Park>[], bareItems = true): void {
  // Countries have one or two syllables.
  if (name.last - name.first <= 2 && COUNTRY_FIRST.has(s.line.tokens[name.first].fold)) {
    const folded = s.line.tokens.slice(name.first, name.last).map((w) => w.fold).join(' ');
    if (COUNTRIES.has(folded)) return;
  }
  if (!(plural && wholeProvince(s, name))) out.push(park(s, kind, name, rule));
  const last = withShorthand(s, kind, name, out);
  if (!bareItems) return;
  // "KCN Sóng Thần và Mỹ Phước 1, 2": each item's shorthand is read with it.
  readList(s, last, plural, (item) => {
    out.push(park(s, kind, item, 'park.list'));
    return withShorthand(s, kind, item, out);
  });
}

/** "Ninh Xuân 1,2": after a numbered name, the parks its stem shares; returns the token after them. */
function withShorthand(s: Scan, kind: ParkKind, name: NameSpan, out: Found<Park>[]): number {
  if (!name.numbered) return name.last;
  const stem = { ...name, last: name.last - 1 };
  const extra = shorthand(s, name);
  if (stem.last > stem.first) {
    for (const x of extra) {
      const stemText = nameText(s.line.text.slice(s.line.tokens[stem.first].start, s.line.tokens[stem.last - 1].end));
      out.push({ value: { kind, name: `${stemText} ${x.value}` }, span: [x.start, x.end], rule: 'park.shorthand' });
    }
  }
  return extra.length > 0 ? tokenAt(s.line, extra[extra.length - 1].end) : name.last;
}

// "3 CCN là Hồng Lạc, Hồng Lạc II...", "các cụm công nghiệp: Thanh An, Tân Thành".
function tryIntro(s: Scan, p: Prefix, i: number, out: Found<Park>[]): void {
  const intro = introAt(s, p, i);
  if (intro < 0 || !canStart(s, intro)) return;
  const first = readName(s, intro);
  if (first && !wholeProvince(s, first)) emitNamed(s, p.kind, first, true, 'park.list', out);
}

export function findParks(line: LineContext, found: Findings): Found<Park>[] {
  void found;
  const prefixes = findPrefixes(line.fold);
  const known = line.options.knownParks;
  const english = ENGLISH_TRIGGER.test(line.fold);
  if (prefixes.length === 0 && !english && (!known || known.length === 0)) return [];
  const firsts: number[] = [];
  for (const p of prefixes) firsts.push(tokenAt(line, p.start, firsts.length > 0 ? firsts[firsts.length - 1] : 0));
  const s = newScan(line, !MARKS.test(line.norm), firsts);
  const out: Found<Park>[] = [];
  for (let n = 0; n < prefixes.length; n++) {
    const p = prefixes[n];
    if (generic(line, p)) continue;
    const plural = isPlural(line, firsts[n], !s.noMarks);
    let from = p.end;
    const abbr = abbreviationAt(line.norm, p.end) ? ABBREVIATION.exec(line.norm.slice(p.end, p.end + 16)) : null;
    if (abbr) from += abbr[0].length;
    if (p.kind === 'industrial_park') from = pastMixedUse(line, from);
    // A few tokens past the prefix's first: walk them.
    let i0 = firsts[n];
    while (i0 < line.tokens.length && line.tokens[i0].start < from) i0++;
    // The name follows the prefix after a space: "khu công nghiệp. Nhiều..." names nothing.
    if (i0 >= line.tokens.length || !spaces(line.norm, from, line.tokens[i0].start, 1, 3)) {
      if (plural) tryIntro(s, p, i0, out);
      continue;
    }
    const i = skipDescriptors(s, i0, p.kind);
    if (i < 0) continue;
    // "Khu công nghiệp TP HCM" is the city's parks; "Khu công nghệ cao TP.HCM" is one park.
    const cityParks = line.tokens[i]?.fold === 'tp' && (p.kind === 'industrial_park' || p.kind === 'industrial_cluster');
    if (canStart(s, i) && !cityParks) {
      const name = readName(s, i);
      const before = out.length;
      if (name) emitNamed(s, p.kind, name, plural, 'park.prefixed', out, !prefixRepeated(line, p, out));
      // "các khu công nghiệp Becamex", "30 KCN VSIP": a plural with one name is a brand's family, not a park.
      if (plural && out.length - before === 1) out.pop();
      continue;
    }
    if (plural) tryIntro(s, p, i, out);
  }
  if (out.length > 0) out.push(...findSiblings(s, out));
  if (english) for (const e of findEnglish(s)) if (!out.some((f) => e.span[0] < f.span[1] && f.span[0] < e.span[1])) out.push(e);
  if (known && known.length > 0) out.push(...findKnown(line, known, out));
  // Stable sort: already in order (the usual case) it would change nothing.
  return inOrder(out) ? out : out.sort((a, b) => a.span[0] - b.span[0]);
}

function inOrder(out: Found<Park>[]): boolean {
  for (let k = 1; k < out.length; k++) if (out[k].span[0] < out[k - 1].span[0]) return false;
  return true;
}
