// Word lists for place names: the prefixes that name a sub-province level,
// and the words that end a name when case cannot (ALL CAPS headlines).
import type { LocalityLevel } from '../../types.js';

export interface PrefixForm {
  /** Folded syllables. */
  words: string[];
  /** Written form with diacritics (lower case); `null` for an abbreviation. */
  marked: string | null;
  level: LocalityLevel;
}

// Abbreviations (TP, TX, P., Q., TT.) must be written in capitals; the
// dotted one-letter ones need their dot (`P.Bình Dương`, `Q.7`).
export const PREFIXES: PrefixForm[] = [
  { words: ['thanh', 'pho'], marked: 'thành phố', level: 'city' },
  { words: ['thi', 'xa'], marked: 'thị xã', level: 'town' },
  { words: ['thi', 'tran'], marked: 'thị trấn', level: 'township' },
  { words: ['dac', 'khu'], marked: 'đặc khu', level: 'special_zone' },
  { words: ['huyen'], marked: 'huyện', level: 'district' },
  { words: ['quan'], marked: 'quận', level: 'urban_district' },
  { words: ['xa'], marked: 'xã', level: 'commune' },
  { words: ['phuong'], marked: 'phường', level: 'ward' },
  { words: ['tp'], marked: null, level: 'city' },
  { words: ['tx'], marked: null, level: 'town' },
  { words: ['p'], marked: null, level: 'ward' },
  { words: ['q'], marked: null, level: 'urban_district' },
  { words: ['tt'], marked: null, level: 'township' },
];

/** One-letter abbreviations need a dot right after them. */
export const DOTTED = new Set(['p', 'q', 'tt']);

/** Levels whose units are in the gazetteer (district level). */
export const DISTRICT_LEVELS = new Set<LocalityLevel>(['district', 'urban_district', 'town', 'city', 'special_zone']);

// Folded words that end a name: grammar words, other prefixes, and heads of
// other kinds of names. Used where capitals cannot end a name.
export const STOP_WORDS = new Set([
  'va', 'voi', 'tai', 'thuoc', 'o', 'cua', 'co', 'duoc', 'la', 'cho', 'tren', 'da', 'dang', 'se', 'nam',
  'gom', 'trong', 'den', 'tu', 've', 'theo', 'nhu', 'khi', 'vua', 'moi', 'cu', 'nay', 'do', 'bi', 've',
  'tinh', 'huyen', 'quan', 'xa', 'phuong', 'thi', 'thanh', 'tp', 'tx', 'dac', 'kcn', 'ccn', 'kkt', 'khu', 'cum',
  'ubnd', 'cong', 'du', 'an', 'giai', 'doan', 'dien', 'tich', 'quy', 'mo', 'von', 'ha', 'km', 'nha', 'may',
]);

// Capitalised words that cannot start a place name after a prefix or in a
// list: they start another kind of name or a new clause.
// (Level words are checked separately, with their diacritics: `Thanh Hà` is a name.)
export const NOT_A_NAME_START = new Set([
  'ubnd', 'hdnd', 'kcn', 'ccn', 'kkt', 'khu', 'cum', 'cong', 'ban', 'so', 'bo', 'nha', 'du', 'tap', 'doan',
  'ngan', 'truong', 'benh', 'chu', 'pho',
]);

// Lower-case words after `xã`/`phường`... that make it a common noun
// (`xã hội` society, `xã viên`), for lines where case says nothing.
export const COMMON_AFTER_PREFIX = new Set(['hoi', 'vien', 'giao', 'luan', 'tac', 'doi', 'huyen', 'phuong', 'thi', 'tran', 'nay', 'do', 'khac']);

// Countries next to Vietnam whose districts appear in border-zone news.
export const FOREIGN = ['trung quoc', 'lao', 'campuchia', 'cam pu chia', 'thai lan', 'myanmar'];
