// Every place in a line where a province-level name is written, before the
// locality rules claim some of them (`huyện Quảng Ninh` is a district).
import { districtsNamed, provinceIndex, type ProvinceName } from '../../gazetteer/index.js';
import type { Match } from '../../gazetteer/matcher.js';
import { isCapitalised } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { hasMarks, sentenceStart, wordIn } from '../localities/line-words.js';
import { lineState } from '../localities/line-state.js';
import { anchorsOf } from '../localities/anchors.js';

export interface ProvinceCandidate {
  canonical: string;
  form: ProvinceName['form'];
  start: number;
  end: number;
  /** Token indexes [first, last). */
  first: number;
  last: number;
}

/** True when case tells nothing in this line: an ALL CAPS headline, or text typed without capitals. */
export function caseless(line: LineContext): boolean {
  const state = lineState<ProvinceCandidate>(line);
  if (state.caseless === undefined) state.caseless = line.allCaps || !UPPER.test(line.norm);
  return state.caseless;
}
const UPPER = /\p{Lu}/u;

// A longer name that starts with a province's name and is not about it.
const FOLLOWED_BY_OTHER: Record<string, string[]> = {
  'Thái Bình': ['duong'], // Thái Bình Dương, the Pacific
  'Điện Biên': ['phu', 'dong'], // Điện Biên Phủ: a city, a battle, a street; Điện Biên Đông, a district
};
// The person, not the city: Chủ tịch / Bác / tư tưởng / Đoàn TNCS Hồ Chí Minh, đường mòn, lăng.
const HO_CHI_MINH_PERSON = new Set(['tich', 'bac', 'tuong', 'mon', 'lang', 'tncs', 'san', 'chuong']);
// Before an informal name (Sài Gòn), words that make it a place; elsewhere it is
// usually inside another name (a river, a brand, a newspaper, a park).
const PLACE_WORDS = new Set(['o', 'tai', 've', 'den', 'khap', 'tu', 'vao', 'ra', 'giua']);

// Province names that are also common phrases: counted only when every syllable is capitalised.
const COMMON_PHRASES = new Set(['Hòa Bình', 'Thái Bình', 'Hải Dương', 'Bình Định']);
// Typed without diacritics, these fold to a name and a common word (`Son la`: "Sơn là", after a
// person's name): like the common phrases, counted only when every syllable is capitalised.
const FOLDS_TO_PHRASE = new Set(['Sơn La']);
// A surname or middle name before it makes it a person (`Nguyễn Hòa Bình`).
const PERSON_BEFORE = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ',
  'ngô', 'dương', 'lý', 'đinh', 'trịnh', 'văn', 'thị']);
// ALL CAPS: words that close a compound with a surname or middle name before a province
// (`SƯ PHẠM HÀ NỘI`, `ĐÔ THỊ CÀ MAU`, `CÔNG VĂN`): there it is no person's name.
const COMPOUND_WITH: Record<string, Set<string>> = {
  phạm: new Set(['sư', 'vi', 'tội', 'xâm']),
  thị: new Set(['đô', 'siêu', 'thành', 'chỉ', 'công', 'điện', 'thị']),
  văn: new Set(['công', 'ngữ', 'thiên', 'nhân', 'điều', 'tản', 'hành']),
};
// Of the common phrases, those news writes far more often as the phrase than as the province
// (in the dump: "hòa bình" 1,026 times in lower case, "Hòa Bình" 165, mostly in other names).
const COMMON_WORDS_IN_CAPS = new Set(['Hòa Bình', 'Hải Dương']);
// ALL CAPS: words before a common phrase that make it the province.
const CAPS_PLACE_BEFORE = new Set(['tỉnh', 'tp', 'phố', 'ở', 'tại', 'thuộc', 'khắp']);
// A province's first syllable that ends a common name with the word before it: Việt Nam, Đại Nam
// (a university), Tô Lâm (the General Secretary). Written with diacritics; folded where the line has none.
const ENDS_NAME_WITH: Record<string, Set<string>> = { nam: new Set(['việt', 'đại']), lam: new Set(['tô']) };
// Villages take names of their own: `thôn Hòa Bình`, `ấp Long An`.
const VILLAGE = new Set(['thôn', 'ấp', 'xóm', 'bản', 'làng', 'buôn', 'khóm']);
// `Hòa Bình` is also "peace": after these words it is the word, whatever its
// case (`giải Nobel Hòa Bình`, `GÌN GIỮ HÒA BÌNH`, `ĐÀM PHÁN HÒA BÌNH`).
// Compared with diacritics where the line has them (`cổ phần Hòa Bình` is a company).
const PEACE_BEFORE = new Set(['nobel', 'giữ', 'vì', 'phán', 'thuận', 'trình', 'hoạch', 'xuất', 'chuyện', 'giữa', 'nền', 'giả']);

export function provinceCandidates(line: LineContext): ProvinceCandidate[] {
  const state = lineState<ProvinceCandidate>(line);
  if (state.candidates === undefined) state.candidates = scan(line);
  return state.candidates;
}

/** The candidate covering token `k`, if any (constant time: rules ask this per token). */
export function provinceAt(line: LineContext, k: number): ProvinceCandidate | undefined {
  const state = lineState<ProvinceCandidate>(line);
  let at = state.byToken;
  if (at === undefined) {
    const all = provinceCandidates(line);
    at = state.byToken = all.length ? new Array<ProvinceCandidate | undefined>(line.tokens.length) : [];
    for (const c of all) for (let t = c.first; t < c.last; t++) at[t] = c;
  }
  return at[k];
}

/** The candidate starting at token `k`, if any. */
export function provinceStartingAt(line: LineContext, k: number): ProvinceCandidate | undefined {
  const c = provinceAt(line, k);
  return c && c.first === k ? c : undefined;
}

function scan(line: LineContext): ProvinceCandidate[] {
  const { tokens, norm } = line;
  const noCase = caseless(line);
  const out: ProvinceCandidate[] = [];
  // Where case speaks, a name starts with a capital (see `written`): the
  // anchors hold only capitalised known first syllables.
  let from = 0;
  for (const i of anchorsOf(line).province) {
    if (i < from) continue;
    const matches = provinceIndex.matchesAt(tokens, norm, i);
    let m: Match<ProvinceName> | undefined;
    for (const x of matches) if (written(x, line, noCase)) { m = x; break; }
    if (!m) continue;
    const block = blocked(m, line);
    if (block) {
      // `Thái Bình Dương`: skip the longer name whole, or `Bình Dương` would match inside it.
      if (block === 'longer') from = m.last + 1;
      continue;
    }
    out.push({ canonical: m.value.canonical, form: m.value.form, start: m.start, end: m.end, first: m.first, last: m.last });
    from = m.last;
  }
  return out;
}

// Diacritics, when written, must be the name's own (`Phù Yên` is a district,
// `Phú Yên` the province); a name typed without them must be capitalised,
// since many province names fold to common words.
function written(m: Match<ProvinceName>, line: LineContext, noCase: boolean): boolean {
  if (m.marks === 'other') return false;
  if (line.allCaps) return true;
  // All lower case: only a name written with its own diacritics (`hà nam` typed bare is "ha nam").
  if (noCase) return m.marks === 'same' && hasMarks(line);
  const { tokens } = line;
  if (m.marks === 'same') {
    if (!isCapitalised(tokens[m.first].text)) return false;
    // `Đà nẵng` is a typo for the city, `Hòa bình` is "peace" (Nobel Hòa bình), and
    // after a capitalised word the capital is that name's (`Việt Nam định hướng`).
    if (!COMMON_PHRASES.has(m.value.canonical) && ownCapital(line, m)) return true;
  }
  // A line typed without diacritics often keeps only the first capital (`Da nang`),
  // but at a sentence's start that capital is the sentence's (`Dien bien vu an`: diễn biến).
  if (!hasMarks(line)) {
    if (!isCapitalised(tokens[m.first].text)) return false;
    if (!sentenceStart(line, m.first) && !COMMON_PHRASES.has(m.value.canonical) && !FOLDS_TO_PHRASE.has(m.value.canonical) &&
      ownCapital(line, m)) return true;
    return laterCapitalised(line, m);
  }
  return isCapitalised(tokens[m.first].text) && laterCapitalised(line, m);
}

/** Every syllable after the first is capitalised. */
function laterCapitalised(line: LineContext, m: Match<ProvinceName>): boolean {
  for (let k = m.first + 1; k < m.last; k++) if (!isCapitalised(line.tokens[k].text)) return false;
  return true;
}

/** The first capital is the name's own: all its syllables have one, or no capitalised name runs into it. */
function ownCapital(line: LineContext, m: Match<ProvinceName>): boolean {
  return laterCapitalised(line, m) || !afterCapitalised(line, m.first);
}

/**
 * Token `k` follows a capitalised word with one space between, as a name's next
 * syllable (`Việt Nam`): not a sentence's first word, an acronym (`TP`, `CLB`) or a place word.
 */
function afterCapitalised(line: LineContext, k: number): boolean {
  const prev = k > 0 ? line.tokens[k - 1] : undefined;
  if (prev === undefined || !oneSpace(line.norm, prev.end, line.tokens[k].start) || !isCapitalised(prev.text)) return false;
  if (prev.text === prev.text.toUpperCase() || HUE_PLACE_BEFORE.has(prev.fold)) return false;
  return !sentenceStart(line, k - 1);
}

// Words before `Hue` that make it the city, whatever follows (`TP Hue Nguyen Van A`: the city's chairman).
const HUE_PLACE_BEFORE = new Set(['tp', 'tinh', 'pho', 'o', 'tai', 'den', 've', 'ubnd']);

/** Exactly one space between offsets `from` and `to` (two tokens side by side). */
function oneSpace(norm: string, from: number, to: number): boolean {
  return to - from === 1 && norm.charCodeAt(from) === 32;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Typed without diacritics, `Hue` is also Huệ, a syllable of many names
 * (`Tan Hue Vien`, `chua Hue Nghiem`): followed by another capitalised word,
 * it starts or continues that name, unless a word before makes it the city.
 */
function insideOtherName(m: Match<ProvinceName>, line: LineContext, spaceBefore: boolean): boolean {
  if (hasMarks(line) || line.allCaps || m.last - m.first !== 1) return false;
  const { tokens, norm } = line;
  const next = tokens[m.last];
  if (next === undefined || !oneSpace(norm, m.end, next.start) || !isCapitalised(next.text) || isDigit(next.text.charCodeAt(0))) return false;
  return !(spaceBefore && HUE_PLACE_BEFORE.has(tokens[m.first - 1].fold));
}

/** Token `k` (a surname or middle name) closes a compound with the word before it. */
function compoundBefore(line: LineContext, k: number): boolean {
  const { tokens, norm } = line;
  const words = COMPOUND_WITH[tokens[k].text.toLowerCase()];
  const before = tokens[k - 1];
  return words !== undefined && before !== undefined && oneSpace(norm, before.end, tokens[k].start) && words.has(before.text.toLowerCase());
}

/**
 * Token `k` (a surname or middle name) ends a two-syllable district name with the
 * word before it (`KCN Quế Võ Bắc Ninh`, `Phủ Lý Hà Nam`): a place, not a person.
 */
function placeEndingAt(line: LineContext, k: number): boolean {
  const { tokens, norm } = line;
  const before = tokens[k - 1];
  if (before === undefined || !oneSpace(norm, before.end, tokens[k].start) || !isCapitalised(before.text)) return false;
  return districtsNamed(norm.slice(before.start, tokens[k].end)).length > 0;
}

/** ALL CAPS: token `k` follows "VÀ" after a province ("HẢI PHÒNG VÀ HẢI DƯƠNG"): a list of provinces. */
function afterProvinceAnd(line: LineContext, k: number): boolean {
  const { tokens, norm } = line;
  if (k < 2 || tokens[k - 1].text !== 'VÀ') return false;
  // Province names have one to four syllables: look for one ending right before "VÀ".
  for (let from = Math.max(0, k - 5); from < k - 1; from++) {
    if (provinceIndex.matchesAt(tokens, norm, from).some((x) => x.last === k - 1 && x.marks !== 'other')) return true;
  }
  return false;
}

function blocked(m: Match<ProvinceName>, line: LineContext): boolean | 'longer' {
  const { tokens, norm } = line;
  const next = tokens[m.last];
  const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
  const spaceBefore = prev !== undefined && oneSpace(norm, prev.end, m.start);
  if (spaceBefore) {
    // Folded where the line has no diacritics (`Nguyen Hoa Binh`); a capital
    // opening a sentence is no name's (`Do Ha Noi...`: because).
    if (isCapitalised(prev.text) && wordIn(line, prev, PERSON_BEFORE) && (hasMarks(line) || !sentenceStart(line, m.first - 1)) &&
      !(line.allCaps && compoundBefore(line, m.first - 1)) && !placeEndingAt(line, m.first - 1)) return true;
    if (wordIn(line, prev, VILLAGE)) return true;
    // The first syllable ends another name with the word before (`Việt Nam định hướng`,
    // `Tô Lâm đồng chủ trì`), in capitals too, where case cannot tell.
    const ends = ENDS_NAME_WITH[tokens[m.first].fold];
    if (ends !== undefined && wordIn(line, prev, ends)) return true;
  }
  if (m.value.canonical === 'Hòa Bình' && spaceBefore && wordIn(line, prev, PEACE_BEFORE)) return true;
  // ALL CAPS: a common phrase ("HÒA BÌNH", peace; "HẢI DƯƠNG", ocean) right after a word is that
  // phrase, unless the word makes it a place ("TỈNH HÒA BÌNH", "TẠI HÒA BÌNH").
  if (line.allCaps && spaceBefore && COMMON_WORDS_IN_CAPS.has(m.value.canonical) && !wordIn(line, prev, CAPS_PLACE_BEFORE) &&
    next?.text !== 'CŨ' && !afterProvinceAnd(line, m.first)) return true;
  if (m.value.canonical === 'Huế' && insideOtherName(m, line, spaceBefore)) return true;
  if (oceanography(m, line)) return true;
  const other = FOLLOWED_BY_OTHER[m.value.canonical];
  if (other !== undefined && next !== undefined && /^\s+$/.test(norm.slice(tokens[m.last - 1].end, next.start)) &&
    other.includes(next.fold) && isCapitalised(next.text)) return 'longer';
  if (m.value.canonical === 'Hồ Chí Minh' && m.last - m.first === 3 && prev && HO_CHI_MINH_PERSON.has(prev.fold)) return true;
  if (m.value.form === 'informal') {
    const before = norm.slice(prev ? prev.end : 0, m.start);
    const alone = before.endsWith('(') && norm[m.end] === ')';
    return !(alone || (prev && PLACE_WORDS.has(prev.fold) && /^\s+$/.test(before)) || (!prev && /^\s*$/.test(before)));
  }
  return false;
}

// `Hải Dương học`, `HẢI DƯƠNG HỌC`, `Hai duong hoc` is oceanography; `... học
// tập`, `học hỏi` is the province learning.
const LEARN = new Set(['tap', 'hoi']);
function oceanography(m: Match<ProvinceName>, line: LineContext): boolean {
  const { tokens, norm } = line;
  const next = tokens[m.last];
  return m.value.canonical === 'Hải Dương' && next?.fold === 'hoc' && /^ +$/.test(norm.slice(m.end, next.start)) &&
    !LEARN.has(tokens[m.last + 1]?.fold ?? '');
}
