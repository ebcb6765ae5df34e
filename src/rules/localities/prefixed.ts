// Localities written with their level: `xã Phú Túc`, `TX. Phú Mỹ`,
// `các huyện Gia Lộc, Cẩm Giàng và Nam Sách` (one prefix shared by a list).
import { districtsNamed, isMunicipality } from '../../gazetteer/index.js';
import { isCapitalised, isWordAt } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { districtMatchesAt } from './district-at.js';
import type { LocalityLevel } from '../../types.js';
import { caseless, provinceAt, provinceStartingAt } from '../provinces/candidates.js';
import { ALWAYS_LOWER, DIRECTIONS, MOSTLY_LOWER, isCommonPair } from '../common-words.js';
import { hasMarks, sentenceStart, wordIn } from './line-words.js';
import { COMMON_AFTER_PREFIX, COMPOUND_BEFORE, DISTRICT_LEVELS, DOTTED, NOT_A_NAME_START, NOT_A_NAME_START_BEFORE, PREFIXES, STOP_WORDS, TITLE_START, type PrefixForm } from './words.js';

export interface NameRun {
  first: number;
  last: number;
}

export interface Prefix {
  level: LocalityLevel;
  /** First token after the prefix. */
  next: number;
  /** A one-letter abbreviation (`H.`, `Q.`, `P.`): also a person's initial (`ông H. nói`). */
  letter: boolean;
  /** Written abbreviated (`TP`, `TX.`, `P.`): a dot after it is the abbreviation's, not a sentence end. */
  abbreviated: boolean;
}

const ASCII = /^[\x00-\x7f]*$/;

/** As /^\d+$/.test(word), without a regex (asked per syllable of a name). */
function allDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The locality prefix starting at token `i`, or null. */
const FIRST_WORDS = new Set(PREFIXES.map((p) => p.words[0]));

// By first letter, a bit per length a level word's first syllable can have
// (`xa`: x → 2): rules a syllable out without hashing it.
const FIRST_SHAPES = new Uint8Array(128);
for (const w of FIRST_WORDS) FIRST_SHAPES[w.charCodeAt(0)] |= 1 << w.length;

/** The folded first syllables of the level words. */
export function prefixFirstWords(): Iterable<string> {
  return FIRST_WORDS;
}

/** True when a level word can start with this folded syllable. */
export function mayStartPrefix(fold: string): boolean {
  const c = fold.charCodeAt(0);
  return c < 128 && fold.length < 8 && (FIRST_SHAPES[c] & (1 << fold.length)) !== 0 && FIRST_WORDS.has(fold);
}

const TITLE_DOTTED = new Set(['Tp', 'Tx']);

export function prefixAt(line: LineContext, i: number): Prefix | null {
  const { tokens, norm } = line;
  const forms = BY_FIRST.get(tokens[i].fold);
  if (forms === undefined) return null;
  const marks = hasMarks(line);
  for (const p of forms) {
    const n = p.words.length;
    if (i + n > tokens.length) continue;
    if (n === 2 && (tokens[i + 1].fold !== p.words[1] || !oneOrTwoSpaces(norm, tokens[i].end, tokens[i + 1].start))) continue;
    if (p.marked === null) {
      const t = tokens[i].text;
      // In capitals, or `Tp.`, `Tx.` with a capital and a dot, as many sites write them.
      if (t !== t.toUpperCase() && !(TITLE_DOTTED.has(t) && norm[tokens[i].end] === '.')) continue;
      if (DOTTED.has(p.words[0]) && norm[tokens[i].end] !== '.') continue;
      // `C.P. Việt Nam`: a dotted letter inside an abbreviation is no prefix.
      if (DOTTED.has(p.words[0]) && i > 0 && /\.$/.test(norm.slice(tokens[i - 1].end, tokens[i].start))) continue;
    } else {
      const same = n === 2 ? lowerIs(tokens[i].text, p.markedWords[0]) && lowerIs(tokens[i + 1].text, p.markedWords[1]) : lowerIs(tokens[i].text, p.marked);
      // Written as folded (same folded syllables): ASCII unless some syllable has marks.
      if (!same && (marks || !ASCII.test(tokens[i].text) || (n === 2 && !ASCII.test(tokens[i + 1].text)))) continue;
      // Typed without diacritics, a capitalised `Phuong`/`Quan` mid-sentence is a name (`Phuong Thanh`).
      if (!marks && n === 1 && !line.allCaps && isCapitalised(tokens[i].text) && !sentenceStart(line, i)) continue;
      // ... and `tham quan`, `dia phuong` are words of their own.
      if (!marks && n === 1 && i > 0 && COMPOUND_BEFORE[p.words[0]]?.has(tokens[i - 1].fold) && oneOrTwoSpaces(norm, tokens[i - 1].end, tokens[i].start)) continue;
    }
    // `cấp xã`, `cấp huyện`: a tier of government, not a unit (asked last: most syllables fail above).
    if (i > 0 && wordIn(line, tokens[i - 1], TIER)) return null;
    // `phố phường Hà Nội` (the city's streets), `làng xã` (villages): one word with the one before.
    if (i > 0 && n === 1 && PAIRED_BEFORE[p.words[0]] !== undefined && wordIn(line, tokens[i - 1], PAIRED_BEFORE[p.words[0]]) &&
      oneOrTwoSpaces(norm, tokens[i - 1].end, tokens[i].start)) return null;
    return { level: p.level, next: i + n, letter: p.words[0].length === 1, abbreviated: p.marked === null };
  }
  return null;
}

// Level forms by first folded syllable, in PREFIXES order.
const BY_FIRST = new Map<string, (PrefixForm & { markedWords: string[] })[]>();
for (const p of PREFIXES) {
  const list = BY_FIRST.get(p.words[0]) ?? [];
  list.push({ ...p, markedWords: p.marked === null ? [] : p.marked.split(' ') });
  BY_FIRST.set(p.words[0], list);
}

/** `text.toLowerCase() === lower`, without a copy for text already in lower case. */
function lowerIs(text: string, lower: string): boolean {
  return text === lower || (text.length === lower.length && text.toLowerCase() === lower);
}

function oneOrTwoSpaces(norm: string, from: number, to: number): boolean {
  return (to - from === 1 || to - from === 2) && norm.charCodeAt(from) === 32 && norm.charCodeAt(to - 1) === 32;
}

/**
 * An apostrophe inside a name (`M'gar`), or with one space after it after a single
 * letter (`H' Drai`); after a longer word and a space it closes a quote (`'Đất rừng phương Nam' đồng hành`).
 */
function apostropheGap(norm: string, from: number, to: number): boolean {
  const c = norm.charCodeAt(from);
  if (c !== 39 && c !== 0x2019) return false;
  if (to - from === 1) return true;
  return to - from === 2 && norm.charCodeAt(from + 1) === 32 && (from < 2 || !isWordAt(norm, from - 2));
}

const TIER = new Set(['cấp', 'tấn']); // also `Thông tấn xã`, a news agency
const PAIRED_BEFORE: Record<string, Set<string>> = { phuong: new Set(['phố']), xa: new Set(['làng']) };
// `Thông tấn xã Việt Nam` is the news agency.
const NOT_A_PLACE = new Set(['việt nam', 'viet nam']);
const PROVINCE_WORD = new Set(['tỉnh']);

/**
 * True when token `k` is a level word or `tỉnh` that ends a name: written
 * with its diacritics, or in capitals as an abbreviation (TP, TX). A name
 * typed without diacritics may hold such syllables (`Quan Hoa`), so there only
 * `huyen`/`tinh` and two-word levels count.
 */
export function keywordAt(line: LineContext, k: number): boolean {
  const t = line.tokens[k];
  if (t.fold === 'tinh') return wordIn(line, t, PROVINCE_WORD);
  const p = prefixAt(line, k);
  if (!p) return false;
  return hasMarks(line) || p.next - k === 2 || t.text === t.text.toUpperCase() || t.fold === 'huyen';
}

/**
 * ALL CAPS with diacritics: a word news text almost never capitalises
 * (`PHỐI`, `NHẬN`, `ĐẶT`) that starts a phrase, so no place name starts
 * with it or runs into it (`PHƯỜNG KON TUM PHỐI HỢP`, `ĐẾN PHƯỜNG NHẬN 100.000
 * ĐỒNG`). Such a word that closes the name stays (`PHƯỜNG TRẢNG DÀI VÀ`,
 * `XÃ HỒ ĐẮC KIỆN, HUYỆN`): names hold them too. With `mostly`, a word news
 * mostly writes in lower case counts as well (see capsPhraseEnds).
 */
function commonPhraseInCaps(line: LineContext, k: number, mostly = false): boolean {
  const { tokens } = line;
  if (!line.allCaps || !hasMarks(line)) return false;
  const next = tokens[k + 1];
  if (next === undefined || !oneOrTwoSpaces(line.norm, tokens[k].end, next.start)) return false;
  // A pair news writes in lower case starts a phrase whatever follows (`XÃ HOÀN THÀNH`, `ĐỀ RA`).
  if (isCommonPair(tokens[k].text, next.text)) return true;
  const w = tokens[k].text.toLowerCase();
  if (!ALWAYS_LOWER.has(w) && !(mostly && MOSTLY_LOWER.has(w))) return false;
  return !wordIn(line, next, STOP_WORDS) && !keywordAt(line, k + 1);
}

/** Token `k` starts a title (`Chủ tịch`, `Phó Giám đốc`), not a name. */
function titleAt(line: LineContext, k: number): boolean {
  const t = line.tokens[k];
  const title = TITLE_START.get(t.fold);
  if (title === undefined) return false;
  if (hasMarks(line) && t.text.toLowerCase() !== title.written) return false;
  const next = line.tokens[k + 1];
  return next !== undefined && title.next.has(next.fold);
}

/** True when token `k` can start a place name in this line. */
function nameStart(line: LineContext, k: number, noCase: boolean): boolean {
  const t = line.tokens[k];
  if (wordIn(line, t, NOT_A_NAME_START) || keywordAt(line, k) || titleAt(line, k)) return false;
  const before = NOT_A_NAME_START_BEFORE[t.fold];
  const next = line.tokens[k + 1];
  if (before && (!next || before.has(next.fold) || (!noCase && !isCapitalised(next.text)))) return false;
  return noCase ? !wordIn(line, t, STOP_WORDS) && !wordIn(line, t, COMMON_AFTER_PREFIX) && !commonPhraseInCaps(line, k) : isCapitalised(t.text);
}

/**
 * The name starting at token `j`: the longest gazetteer name (district
 * levels), or the run of capitalised syllables; when case says nothing, a
 * few syllables up to a stop word.
 */
export function readName(line: LineContext, j: number, level: LocalityLevel): NameRun | null {
  const { tokens, norm } = line;
  const noCase = caseless(line);
  if (j >= tokens.length) return null;
  if (!line.allCaps && noCase) return null; // all lower case: `xã hội`, `thành phố` are common words
  if (noCase && DISTRICT_LEVELS.has(level)) {
    // In a headline a known district name is the safest reading (`TP BIÊN HÒA VÀ`).
    const gz = districtMatchesAt(line, j).find((m) => m.marks !== 'other');
    if (gz) return { first: j, last: gz.last };
  }
  if (!nameStart(line, j, noCase) && !knownDistrictAt(line, j, level)) return null;
  let last = j + 1;
  let joined = 0; // apostrophe joins: `M'gar` is one syllable
  const max = noCase ? (DISTRICT_LEVELS.has(level) ? 4 : 3) : 6;
  if (!allDigits(tokens[j].fold)) {
    while (last < tokens.length && last - j < max) {
      const t = tokens[last];
      // Names of the Central Highlands join syllables with an apostrophe (`Cư M'gar`, `Ia H' Drai`).
      if (apostropheGap(norm, tokens[last - 1].end, t.start)) {
        last++;
        joined++;
        continue;
      }
      if (!oneOrTwoSpaces(norm, tokens[last - 1].end, t.start)) break;
      if (allDigits(t.fold)) {
        // `Móng Cái 1`, but not `Kỳ Anh 10 km` or `Bình An 2.000`.
        const after = tokens[last + 1];
        const tail = norm.slice(t.end, after ? after.start : norm.length);
        if (t.fold.length <= 2 && !/^[.,]\d/.test(tail) && !(after && /^ +$/.test(tail) && !isCapitalised(after.text))) last++;
        break;
      }
      if (noCase ? !knownLonger(line, j, last) && (wordIn(line, t, STOP_WORDS) || capsPhraseEnds(line, j, last) || provinceStartingAt(line, last) !== undefined) : !isCapitalised(t.text) || keywordAt(line, last)) break;
      last++;
    }
  }
  if (DISTRICT_LEVELS.has(level)) {
    const gz = districtMatchesAt(line, j).find((m) => m.marks !== 'other');
    if (gz) last = noCase ? gz.last : Math.max(last, gz.last);
    else if (noCase && last - j - joined > 2) last = j + 2 + joined; // unknown district in a headline: most names are two syllables
  } else if (noCase && line.allCaps && last - j === 3) {
    // `P.BÌNH HƯNG HÒA B,`: a one-letter section closes the name.
    if (sectionLetterAt(line, last) && runsToEnd(line, last + 1)) last++;
    // `PHƯỜNG BẾN THÀNH ĐỀ RA`: as for districts, but only where the name does not close cleanly.
    else if (!runsToEnd(line, last) && !likelyLong(line, j)) last = j + 2;
  }
  // Without diacritics `phuong Tay` is phương Tây (the West), not a ward named Tây.
  if (last - j === 1 && level === 'ward' && !hasMarks(line) && DIRECTIONS.has(tokens[j].fold)) return null;
  // ALL CAPS: one syllable that news text mostly writes in lower case is a
  // word (`XÃ HỖ TRỢ`, `ĐẶC KHU KINH TẾ`), not a one-syllable name.
  if (last - j === 1 && noCase && line.allCaps && hasMarks(line) && !knownDistrictAt(line, j, level)) {
    const w = tokens[j].text.toLowerCase();
    if (ALWAYS_LOWER.has(w) || MOSTLY_LOWER.has(w)) return null;
  }
  return { first: j, last };
}

// Words that follow a whole place name in a headline (`XÃ AN PHÚ TÂN VÀ ...`, `... ĐÃ ...`).
const AFTER_NAME = new Set(['và', 'với', 'của', 'tại', 'ở', 'thuộc', 'cũ', 'mới', 'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị',
  'là', 'có', 'cho', 'nơi', 'này', 'nay', 'trước', 'sau', 'hiện']);

/**
 * ALL CAPS: a name read up to token `last` closes cleanly there: at the end,
 * before punctuation, a number, or a word that follows whole names. Else its
 * last syllable may start the phrase after it (`ĐỀ RA`, `NGẬP TRONG`).
 */
function runsToEnd(line: LineContext, last: number): boolean {
  const { tokens, norm } = line;
  if (last >= tokens.length || !oneOrTwoSpaces(norm, tokens[last - 1].end, tokens[last].start)) return true;
  const t = tokens[last];
  return allDigits(t.fold) || AFTER_NAME.has(t.text.toLowerCase()) || provinceStartingAt(line, last) !== undefined;
}

/** Token `k` is a one-letter section of a name (`BÌNH HƯNG HÒA B`, `AN PHÚ A`), after a space. */
function sectionLetterAt(line: LineContext, k: number): boolean {
  const { tokens, norm } = line;
  return k < tokens.length && /^[A-D]$/.test(tokens[k].text) && oneOrTwoSpaces(norm, tokens[k - 1].end, tokens[k].start);
}

// Surnames: a unit named after a person has three syllables (`PHAN ĐÌNH PHÙNG`, `ĐẶNG THÙY TRÂM`).
const SURNAMES = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'đinh', 'trịnh', 'trương', 'lương', 'mạc', 'cao', 'hà']);

/**
 * The three syllables from `j` have the shape of a longer name: a direction
 * before or after a name (`BẮC NHA TRANG`, `TRUNG MỸ TÂY`), a person's name,
 * or a known name.
 */
function likelyLong(line: LineContext, j: number): boolean {
  const { tokens } = line;
  return DIRECTIONS.has(tokens[j].fold) || DIRECTIONS.has(tokens[j + 2].fold) || SURNAMES.has(tokens[j].text.toLowerCase()) ||
    knownLonger(line, j, j + 2);
}

/** Case says nothing: tokens `j` to `k` are a known name of three or more syllables (`THỦ DẦU MỘT`, whose last is a stop word). */
function knownLonger(line: LineContext, j: number, k: number): boolean {
  const { tokens } = line;
  return k >= j + 2 && districtsNamed(line.text.slice(tokens[j].start, tokens[k].end)).length > 0;
}

/**
 * ALL CAPS: whether token `k`, inside a name read from `j`, starts the
 * phrase after it. As the third syllable of an unknown name: most names have
 * two, and a headline often goes straight on to a verb phrase (`PHƯỜNG CÁT
 * LÁI PHÁT TRIỂN`, `XÃ BÌNH LỢI HỖ TRỢ`), so a word news text mostly writes
 * in lower case ends the name too, not only one it always does.
 */
function capsPhraseEnds(line: LineContext, j: number, k: number): boolean {
  return commonPhraseInCaps(line, k, k === j + 2 && !likelyLong(line, j));
}

// A known district-level name (`huyện Nhà Bè`) even where its first word
// usually starts another kind of name.
function knownDistrictAt(line: LineContext, j: number, level: LocalityLevel): boolean {
  if (!DISTRICT_LEVELS.has(level) || keywordAt(line, j)) return false;
  // Where case speaks, a name is capitalised: `quan an thi` is "quán ăn thì", not Ân Thi.
  if (!caseless(line) && !isCapitalised(line.tokens[j].text)) return false;
  const marks = hasMarks(line);
  return districtMatchesAt(line, j).some((m) => (m.marks === 'same' || (!marks && m.marks === 'none')) && m.last - m.first > 1);
}

/** The written name, whitespace collapsed and a joining hyphen spaced (`Phan Rang - Tháp Chàm`). */
export function nameText(line: LineContext, run: NameRun): string {
  const text = line.text.slice(line.tokens[run.first].start, line.tokens[run.last - 1].end);
  if (plainName(text)) return text;
  return text.replace(/\s*[-\u2010-\u2015]\s*/g, ' - ').replace(/\s+/g, ' ');
}

/**
 * True when `text` has no dash, and no white space but single spaces: the
 * usual name, which the clean-up would leave as it is (checked without regexes).
 */
export function plainName(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (c === 45 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x1680 && (c < 0x1e00 || c >= 0x1f00))) {
      return false;
    }
  }
  return true;
}

/** Whether a name read after a prefix of this level is a locality of it. */
export function acceptName(line: LineContext, run: NameRun, level: LocalityLevel, letter = false): boolean {
  const name = nameText(line, run);
  if (NOT_A_PLACE.has(name.toLowerCase())) return false;
  // After `H.` a district must be a known one: the letter may be an initial.
  if (letter && level === 'district' && districtsNamed(name).length === 0) return false;
  const cover = provinceAt(line, run.first);
  const province = cover && cover.last >= run.last ? cover : undefined;
  // `thành phố Hải Phòng`, `TP.HCM`, `TP Huế`: a centrally-run city is a province.
  if (province && (level === 'city' || level === 'town') && isMunicipality(province.canonical)) return false;
  // `thành phố Đồng Nai`: a province-level name that no city below a province
  // bears names the province (a province may become a centrally-run city).
  if (province && level === 'city' && districtsNamed(name).length === 0) return false;
  // Communes are never numbered: `xa 500 m` typed without diacritics is "xa" (far).
  if (level === 'commune' && allDigits(name)) return false;
  // A city is always a known unit: `thành phố Thâm Quyến` is abroad.
  // So is a quận: `quận Cam` is Orange County. Numbered ones (`Quận 7`) are kept.
  if (level === 'city' || level === 'urban_district') {
    return districtsNamed(name).length > 0 || province !== undefined || /^\d+$/.test(name);
  }
  // A syllable with two vowel groups is not Vietnamese (`thị trấn Canada`):
  // a place abroad, unless it is a known unit.
  for (let k = run.first; k < run.last; k++) {
    if (FOREIGN_SYLLABLE.test(line.tokens[k].fold)) return districtsNamed(name).length > 0; // `phường Pleiku`
  }
  return true;
}

const FOREIGN_SYLLABLE = /[aeiouy][^aeiouy\d]+[aeiouy]/;
