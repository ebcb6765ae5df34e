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
  // Island districts: `huyện đảo Lý Sơn`. (Not `xã đảo`: news writes it of any island
  // commune, `một xã đảo`, and typed bare it is `xã Đạo Trù`, `bệnh xá đảo`.)
  { words: ['huyen', 'dao'], marked: 'huyện đảo', level: 'district' },
  { words: ['huyen'], marked: 'huyện', level: 'district' },
  { words: ['quan'], marked: 'quận', level: 'urban_district' },
  { words: ['xa'], marked: 'xã', level: 'commune' },
  { words: ['phuong'], marked: 'phường', level: 'ward' },
  { words: ['tp'], marked: null, level: 'city' },
  { words: ['tx'], marked: null, level: 'town' },
  { words: ['p'], marked: null, level: 'ward' },
  { words: ['q'], marked: null, level: 'urban_district' },
  { words: ['tt'], marked: null, level: 'township' },
  { words: ['h'], marked: null, level: 'district' },
];

/**
 * Typed without diacritics, a level word is also the second syllable of a
 * common word: `tham quan` (visit, not quận), `lien quan`, `co quan`, `dac xa`
 * (amnesty), `dia phuong` (locality), `song phuong`. After these it is no level.
 */
export const COMPOUND_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  // Not `hai` (hải quan, but also "hai quận", two districts) nor `truc` ("thường trực quận").
  // `binh quan 10%` (average), `Khong quan 917` (the air force), quê quán (home town).
  quan: new Set(['tham', 'lien', 'co', 'chu', 'khach', 'lac', 'bi', 'tong', 'si', 'binh', 'khong', 'luc', 'que']),
  xa: new Set(['dac', 'cu', 'thuong', 'benh']), // đặc xá, cư xá, Thương xá, bệnh xá
  phuong: new Set(['dia', 'song', 'don', 'doi']), // not `da`: "bóng đá phường"
};

/** One-letter abbreviations need a dot right after them. */
export const DOTTED = new Set(['p', 'q', 'tt', 'h']);

/** Levels whose units are in the gazetteer (district level). */
export const DISTRICT_LEVELS = new Set<LocalityLevel>(['district', 'urban_district', 'town', 'city', 'special_zone']);

// Words that end a name where capitals cannot (ALL CAPS headlines): grammar
// words, other prefixes, heads of other kinds of names. Written with their
// diacritics, so `An` (a name syllable) is not `án`; lines typed without
// diacritics compare folded forms (see `wordIn`).
export const STOP_WORDS = new Set([
  'và', 'với', 'tại', 'thuộc', 'ở', 'của', 'có', 'được', 'là', 'cho', 'trên', 'đã', 'đang', 'sẽ', 'nằm', 'gồm',
  'trong', 'đến', 'từ', 'về', 'theo', 'như', 'khi', 'vừa', 'mới', 'cũ', 'này', 'do', 'bị', 'đi', 'ra', 'vào',
  'lên', 'hơn', 'gần', 'khoảng', 'phía', 'nơi', 'cách', 'bên', 'sau', 'trước', 'từng', 'đây', 'đó',
  'tổng', 'rộng', 'diện', 'quy', 'vốn', 'dự', 'giai', 'các', 'những', 'một', 'hai', 'ba', 'cấp', 'thì', 'mà',
  'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị', 'tp', 'tx', 'đặc', 'kcn', 'ccn', 'kkt', 'khu', 'cụm',
  'ubnd', 'công', 'nhà', 'ha', 'km', 'đều', 'cùng', 'để', 'nhằm', 'tiếp', 'giáp', 'vùng',
]);

// Capitalised words that cannot start a place name after a prefix or in a
// list: they start another kind of name or a new clause (`UBND`, `Ban quản
// lý`, `Sở`; titles are in TITLE_START). Written with their diacritics, so
// `Nha Trang` and `Bản Lầu` stay names; a line typed without diacritics
// compares folded forms (see `wordIn`), and a known district name overrides
// (readName).
// (Level words are checked separately, with their diacritics: `Thanh Hà` is a name.)
export const NOT_A_NAME_START = new Set([
  'ubnd', 'hđnd', 'kcn', 'ccn', 'kkt', 'khu', 'cụm', 'công', 'ban', 'sở', 'số', 'bộ', 'dự', 'tập', 'ngân', 'bệnh',
]);

// Words that start a name of another kind only with a certain next word
// (folded): `Trường Đại học` is a school but `Trường Sa` a place, `Nhà máy`
// a factory but `Nhà Bè` a place, `Đoàn công tác` a delegation but `Đoàn Kết` a place.
export const NOT_A_NAME_START_BEFORE: Record<string, Set<string>> = {
  truong: new Set(['dai', 'cao', 'trung', 'tieu', 'mam', 'thpt', 'thcs', 'th', 'mn', 'chinh', 'quoc', 'pho', 'si', 'quan']),
  nha: new Set(['may', 'van', 'nuoc', 'hat', 'tho', 'khach', 'dau', 'o', 'xuat', 'sach', 'tang', 'thi', 'bao']),
  doan: new Set(['thanh', 'cong', 'kiem', 'giam', 'dai', 'dbqh', 'tncs', 'luat', 'khao', 'chuyen']),
  // `đặc khu kinh tế` (a special economic zone), `đặc khu thế hệ mới`, `xã hạt nhân` (a core commune).
  kinh: new Set(['te']),
  the: new Set(['he']),
  hat: new Set(['nhan']),
  nong: new Set(['thon']), // `xã nông thôn mới`
  lien: new Set(['doan']), // `Liên đoàn Lao động` after a list's comma (`xã Liên Minh` is a commune)
};

/**
 * Titles that start no name (`Chủ tịch`, `Phó Bí thư`), told by the next word
 * (folded): typed without diacritics, `Chu Prong` and `Pho Hien` are places.
 * With diacritics only these written forms count (`Chũ`, `Chư`, `Phố` are names).
 */
export const TITLE_START: ReadonlyMap<string, { written: string; next: ReadonlySet<string> }> = new Map([
  ['chu', { written: 'chủ', next: new Set(['tich', 'nhiem', 'tri', 'dau', 'quan', 'doanh', 'cong', 'so', 'tau', 'ho', 'thau']) }],
  ['pho', { written: 'phó', next: new Set(['chu', 'bi', 'giam', 'thu', 'truong', 'tong', 'ban', 'chanh', 'cuc', 'vien', 'hieu', 'doi', 'tu', 'chi', 'tru']) }],
]);

// Words after `xã`/`phường`... that make it a common noun
// (`xã hội` society, `xã viên`), for lines where case says nothing.
export const COMMON_AFTER_PREFIX = new Set(['hội', 'viên', 'giao', 'luận', 'đội', 'khác', 'biên', 'vùng', 'nghèo', 'đảo',
  'miền', 'điển']); // `xã miền núi` (a mountain commune), `xã điển hình` (a model one)

// Countries next to Vietnam whose districts appear in border-zone news.
export const FOREIGN = ['trung quoc', 'lao', 'campuchia', 'cam pu chia', 'thai lan', 'myanmar'];
/** Their written forms, compared where the line has diacritics (`An Lão` is no `Lào`). */
export const FOREIGN_WRITTEN = new Set(['trung quốc', 'lào', 'campuchia', 'cam pu chia', 'thái lan', 'myanmar']);
