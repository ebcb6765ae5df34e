// Word lists for quantities, as folded text (lower case, no diacritics).
// Compiled once at module load into sticky or end-anchored patterns.
import type { Qualifier } from '../../types.js';
import { alternation, START, END } from '../../normalize/edges.js';

/** Hedge phrases → qualifier. The longest phrase ending right before the number wins. */
export const HEDGES: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['hon', 'over'],
  ['tren', 'over'],
  ['ngoai', 'over'],
  ['gan', 'nearly'],
  ['xap xi gan', 'nearly'],
  ['khoang', 'approx'],
  ['chung', 'approx'],
  ['xap xi', 'approx'],
  ['uoc', 'approx'],
  ['uoc tinh', 'approx'],
  ['uoc dat', 'approx'],
  ['uoc khoang', 'approx'],
  ['du kien khoang', 'approx'],
  ['duoi', 'under'],
  ['chua toi', 'under'],
  ['chua den', 'under'],
  ['toi', 'up_to'],
  ['len toi', 'up_to'],
  ['len den', 'up_to'],
  ['den', 'up_to'],
  ['toi da', 'up_to'],
]);

/**
 * How each hedge syllable must be written when the line has diacritics: the
 * folded forms collide with ordinary words ("chung" shared / "chừng" about,
 * "gan" / "gắn", "den" / "đèn", "toi" / "tôi").
 */
export const HEDGE_SYLLABLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['hon', ['hơn']], ['tren', ['trên']], ['ngoai', ['ngoài']], ['gan', ['gần']], ['xap', ['xấp']], ['xi', ['xỉ']],
  ['khoang', ['khoảng']], ['chung', ['chừng']], ['uoc', ['ước']], ['tinh', ['tính']], ['dat', ['đạt']],
  ['du', ['dự']], ['kien', ['kiến']], ['duoi', ['dưới']], ['chua', ['chưa']], ['toi', ['tới', 'tối']],
  ['den', ['đến']], ['len', ['lên']], ['da', ['đa']],
]);

/** Words that make a following "hơn" a comparison (the number is a difference), not a hedge. */
export const COMPARATIVES = new Set(['thap', 'cao']);

// A hedge phrase that ends the text before a number (looked at through a
// bounded window, so the pattern runs on a few dozen characters at most).
export const HEDGE_BEFORE = new RegExp(`${START}(?:(\\p{L}+) )?(${alternation(HEDGES.keys())})\\s{0,3}$`, 'u');
export const HEDGE_WINDOW = 40;

/** Scale words, matched right after a number (or after "nửa"). */
export const SCALE_AT = new RegExp(`\\s{0,3}(nghin|ngan|trieu|ty|ti)${END}`, 'uy');
/** "tỷ lệ" / "tỉ lệ" is a ratio, never a scale. */
export const RATIO_AFTER = new RegExp(String.raw`\s{1,3}le${END}`, 'uy');

export type AreaUnit = 'ha' | 'm2' | 'km2';
/** Area units, right after the number (and scale): no space needed ("43ha"). */
export const AREA_UNIT_AT = new RegExp(
  `\\s{0,3}(hec\\s?-?\\s?ta|hecta|ha|km2|km²|km vuong|ki-?lo-?met vuong|m2|m²|met vuong)${END}`,
  'uy',
);

export function areaUnitOf(folded: string): AreaUnit {
  if (folded.startsWith('k')) return 'km2';
  if (folded.startsWith('h')) return 'ha';
  return 'm2';
}

/** Words after "ha" that make it the name "Hà ..." in text without diacritics. */
export const HA_NAME_NEXT = new Set([
  'noi', 'tinh', 'nam', 'giang', 'tien', 'dong', 'trung', 'quang', 'hoa', 'long', 'lang', 'thanh', 'huy', 'bac',
]);

/** Words after "đồng" that make it a place (Đồng Nai, Đồng Tháp, Đồng Xoài...): in capitals only they tell. */
export const DONG_NAME_NEXT = new Set(['nai', 'thap', 'xoai', 'hoi', 'van', 'hy', 'phu', 'xuan']);

/** Currency words → ISO 4217 code. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['dong', 'VND'],
  ['d', 'VND'],
  ['vnd', 'VND'],
  ['₫', 'VND'],
  ['usd', 'USD'],
  ['us$', 'USD'],
  ['$', 'USD'],
  ['do la my', 'USD'],
  ['do la', 'USD'],
  ['do', 'USD'],
  ['my kim', 'USD'],
  ['eur', 'EUR'],
  ['euro', 'EUR'],
  ['€', 'EUR'],
  ['yen', 'JPY'],
  ['yen nhat', 'JPY'],
  ['jpy', 'JPY'],
  ['¥', 'JPY'],
  ['won', 'KRW'],
  ['krw', 'KRW'],
  ['nhan dan te', 'CNY'],
  ['te', 'CNY'],
  ['cny', 'CNY'],
  ['rmb', 'CNY'],
  ['ndt', 'CNY'],
  ['aud', 'AUD'],
  ['do la uc', 'AUD'],
  ['sgd', 'SGD'],
  ['do la singapore', 'SGD'],
  ['gbp', 'GBP'],
  ['bang anh', 'GBP'],
  ['bang', 'GBP'],
  ['£', 'GBP'],
  ['baht', 'THB'],
  ['thb', 'THB'],
  ['cad', 'CAD'],
  ['hkd', 'HKD'],
  ['twd', 'TWD'],
  ['chf', 'CHF'],
  ['inr', 'INR'],
  ['rupee', 'INR'],
  ['rub', 'RUB'],
  ['rup', 'RUB'],
  ['ringgit', 'MYR'],
  ['myr', 'MYR'],
  ['rupiah', 'IDR'],
  ['idr', 'IDR'],
  ['peso', 'PHP'],
]);

// Currency words ending in a symbol cannot use END (a symbol is not a letter anyway).
export const CURRENCY_AT = new RegExp(`\\s{0,3}(${alternation(CURRENCIES.keys())})${END}`, 'uy');

/**
 * Short folded currency words that are also common words ("đô" / "độ",
 * "tệ", "đ"): with diacritics in the line they must be written this way;
 * without, they count only after a scale word.
 */
export const AMBIGUOUS_CURRENCY: ReadonlyMap<string, readonly string[]> = new Map([
  ['do', ['đô']],
  ['te', ['tệ']],
  ['d', ['đ']],
  ['dong', ['đồng']],
  // News often writes the yen as in English, "30 triệu yen", in a line with diacritics.
  ['yen', ['yên', 'yen']],
  // "bảng" is also a board or table: the pound only after a scale word ("10,5 triệu bảng").
  ['bang', ['bảng']],
]);

/**
 * After a scaled number with no currency word, these words say it counts
 * something else ("50 triệu hành khách", "6 triệu tấn", "314.000 tỷ chữ số");
 * any other word lets it be money (VND).
 */
export const COUNTED_NOUNS = new Set([
  'nguoi', 'hanh', 'khach', 'luot', 'tan', 'san', 'chu', 'con', 'cay', 'lieu', 'chiec', 'dan', 'ho', 'lao',
  'cong', 'thue', 'bao', 'goi', 'tin', 'phieu', 'co', 'cp', 'don', 'lit', 'km', 'met', 'thanh', 'vien', 'hoc',
  'ngay', 'gio', 'phut', 'giay', 'lan', 'buoc', 'trang', 'ban', 'cuon', 'dang', 'dai', 'tre', 'em', 'hat', 'thung',
  'kwh', 'kw', 'mw', 'mwh', 'gw', 'm3', 'm³', 'tau', 'xe', 'may', 'view', 'follower', 'khoan', 'suat',
  'doanh', 'lo', 'cuoc', 'so', 'bo', 'mau', 'can', 'nha', 'ly', 'chai', 'hop', 'kg', 'gam', 'lit',
  'thiet', 'phan', 'ty', 'ti', 'trieu', 'nghin', 'ngan', 'diem', 'luong',
]);

/** "nửa" before a scale word is one half. */
export const HALF = 'nua';
