// Word lists that bound a park's name. Accented, lower case; `fold` versions
// are derived for lines typed without diacritics.
import { fold } from '../../normalize/text.js';
import { END } from '../../normalize/edges.js';

function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s*\n\s*|\s*,\s*/).filter(Boolean));
}

// Function words, verbs and nouns that follow a park's name in news text.
// In mixed-case text a lower-case word ends a name anyway; these matter for
// ALL CAPS lines (one syllable or two, matched syllable by syllable).
const STOP_ACCENTED = set(`
  tại, ở, của, và, được, có, với, cho, để, là, thuộc, trên, dưới, trong, ngoài,
  năm, rộng, diện tích, vốn, tỉnh, huyện, xã, thành phố, tp, tx, thị xã, thị trấn,
  quận, phường, giai đoạn, đạt, thu hút, đã, đang, sẽ, vừa, mới, này, đó, nào,
  do, bởi, theo, từ, đến, tới, sang, khi, trước, sau, nhằm, gồm, bao gồm,
  hiện, nay, cũng, còn, đều, chỉ, thì, mà, nhưng, hoặc, hay, về, lên, xuống,
  quy mô, tổng, khoảng, gần, hơn, chủ đầu tư, đầu tư, dự án, nhà máy, công ty,
  tập đoàn, ubnd, hđnd, ban, bộ, sở, phía, khu vực, nằm, cách, đi, tiếp tục,
  chính thức, khởi công, hoạt động, thành lập, phê duyệt, quy hoạch, điều chỉnh,
  bổ sung, chấp thuận, công bố, tổ chức, bốc cháy, xảy ra, ra, vào, làm,
  người, công nhân, lao động, doanh nghiệp, tăng, giảm, lấp đầy, tỷ lệ, hạ tầng,
  kết cấu, xây dựng, kinh doanh, chuyển, đón, đề xuất, kêu gọi, cần, phải,
  không, chưa, đề nghị, yêu cầu, nhận, hỗ trợ, ngày, tháng, quý, lúc, sáng,
  chiều, tối, đêm, ha, héc, hecta, km, triệu, tỷ, tỉ, usd,
  vnđ, vnd, ông, bà, chị, các, những, một, hai, ba, bốn, nhiều, mọi,
  việt nam, vn, nhà, đầu, chủ, cùng, như, rất, ngay, sớm, hết, toàn,
  nửa, hoàn thiện, rà soát, thuê, xin, dự kiến, quy định, cụ thể, hình thành, ước,
  khác, cả nước, lớn, nhất, sản xuất, phát triển, mở, đóng, góp, trở thành, trở,
  gặp, bị, bắt, cháy, nổ, dừng, chậm, thực hiện, triển khai, cấp, nộp, thu,
  tuyển, đưa, trả, tìm, mua, bán, xuất khẩu, nhập khẩu, giúp, dành, tiếp nhận,
  đạt được, tăng trưởng, ký, kí, ghi nhận, gây, ô nhiễm, xả thải, nước thải, rác,
  chiếm, gấp, kỳ vọng, hướng, tầm, đồ án, danh mục, kế hoạch, quyết định, nghị quyết,
  phục vụ, mặt bằng, thành khu, tọa lạc, toạ lạc, trở thành, văn bản, công văn, tờ trình, báo cáo, dược phẩm, ...,
  chờ, miền, vùng, quan tâm, tương lai, đông dân, hàng trăm, hàng nghìn, hàng ngàn, hàng chục, lâu đời,
  lưu lượng, trưng bày, thúc đẩy, đảm bảo, bảo đảm, tích hợp, hưởng lợi, cúp, khảo sát, chững, dẫn dắt,
  dọc, liền kề, đẩy mạnh, thí điểm, vì, vẫn, vận hành, duy nhất,
`);

// Single syllables that are ambiguous once folded ("Nam" vs "năm", "Xá" vs "xã").
const AMBIGUOUS_FOLDED = new Set(['nam', 'xa', 'co', 'de', 'la', 'ba', 'do', 'tu', 'tan', 'ha', 'an', 'hai', 'mot', 'dong', 'tinh', 'ban', 'bo', 'so', 'nay', 'sau', 'ra', 'vao', 'lam', 'tang', 'hay', 'nha', 'dau', 'chu', 'cung', 'nhu', 'toan', 'hien', 'chi', 'khi', 'moi', 'tong', 'hon', 'tren', 'trong', 'duoi', 'ngoai', 'tai', 'cho', 'thi', 'ma', 've', 'len', 'xuong', 'don', 'dat', 'den', 'toi', 'sang', 'hoac', 'nhan', 'quy', 'luc', 'toi', 'dem', 'ong', 'anh', 'chi', 'le', 'tx', 'tp', 'phuong', 'quan', 'huyen', 'vi', 'thu', 'ha', 'p', 'q', 'uoc', 'kim', 'lon', 'mo', 'dong', 'tro', 'gap', 'bi', 'bat', 'chay', 'no', 'dung', 'cham', 'giao', 'cap', 'nop', 'tao', 'giup', 'danh', 'ky', 'ki', 'gay', 'rac', 'chiem', 'huong', 'tam', 'ban', 'mua', 'tim', 'tra', 'dua', 'tuyen', 'khac', 'xin', 'thue', 'nua', 'nhat']);

// Single syllables only; multi-syllable entries are checked as pairs.
export const STOP_ONE = new Set([...STOP_ACCENTED].filter((w) => !w.includes(' ')));
export const STOP_TWO = new Set([...STOP_ACCENTED].filter((w) => w.includes(' ')));
export const STOP_ONE_FOLDED = new Set([...STOP_ONE].map(fold).filter((w) => !AMBIGUOUS_FOLDED.has(w)));
export const STOP_TWO_FOLDED = new Set([...STOP_TWO].map(fold));

/** Folded first syllables of the entries of `words`: a token whose fold is not here starts none of them. */
function firstSyllables(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => fold(w).split(' ')[0]));
}
// A word that lower-cases to an entry folds to the entry's fold, so these
// reject most tokens before any lower-casing or pair building.
export const STOP_FIRST = firstSyllables(STOP_ACCENTED);

// Capitalised words that end a name even in mixed-case text (locality prefixes,
// organisations, countries): "KCN Thụy Vân, TP Việt Trì", "KCN X và UBND huyện".
export const CAPITAL_STOP = set(`
  tp, tx, tt, p, q, ubnd, hđnd, tỉnh, huyện, xã, phường, quận, thành phố, thị xã,
  thị trấn, công ty, tập đoàn, ban, bộ, sở, ngân hàng, nhà máy, dự án, chính phủ,
  thủ tướng, chủ tịch, việt nam, vn, giai đoạn, kcn, ccn, kkt, kcx, kcnc, cty,
  tổng công ty, liên doanh, quyết định, nghị quyết, nghị định, đại học, học viện,
  bệnh viện, trung tâm, viện,
  trường đại, trường đh, trường cđ, trường cao, trường trung, trường thpt, trường thcs,
  trường tiểu, trường mầm,
`);
export const CAPITAL_STOP_FOLDED = new Set([...CAPITAL_STOP].map(fold).filter((w) => !AMBIGUOUS_FOLDED.has(w)));
export const CAPITAL_FIRST = firstSyllables(CAPITAL_STOP);

// Lower-case descriptors between the prefix and the name belong to the kind;
// listed so that ALL CAPS lines can skip them too.
export const DESCRIPTORS = [
  'chuyên sâu', 'dầu khí', 'sân bay', 'công nghệ cao', 'trọng điểm quốc gia', 'trọng điểm',
  'hỗ trợ', 'sinh thái', 'chuyên ngành', 'tập trung', 'đô thị', 'cảng biển', 'ven biển',
  'cửa khẩu', 'quốc tế', 'xanh', 'thông minh', 'dệt may', 'công nghiệp hỗ trợ', 'làng nghề',
  'đa ngành', 'công nghệ thông tin', 'cơ khí ô tô', 'cơ khí', 'ô tô', 'chế biến', 'dược phẩm', 'chuyên biệt',
  'tự do', 'đặc biệt', 'phi thuế quan', 'tổng hợp', 'kinh tế tuần hoàn', 'xuyên biên giới', 'thế hệ mới',
  'sinh học', 'công nghệ số', 'phụ trợ', 'kiểu mẫu', 'trung hòa carbon', 'thông thường', 'dầu mỏ', 'hóa dầu',
  'phi quân sự', 'năng lượng',
].map((d) => fold(d).split(' '));

/** DESCRIPTORS by first syllable, each list in DESCRIPTORS order (the first that fits wins). */
export const DESCRIPTORS_BY_FIRST = new Map<string, string[][]>();
for (const d of DESCRIPTORS) {
  const list = DESCRIPTORS_BY_FIRST.get(d[0]) ?? [];
  list.push(d);
  DESCRIPTORS_BY_FIRST.set(d[0], list);
}

// Words that mark a generic, plural mention before the prefix, folded, with their written
// forms: where the line has diacritics "Sau KCN X" (after) and "nhưng KCN X" (but) are no counts.
export const PLURAL: ReadonlyMap<string, readonly string[]> = new Map([
  ['cac', ['các']], ['nhung', ['những']], ['nhieu', ['nhiều']], ['moi', ['mỗi']], ['hai', ['hai']], ['ba', ['ba']],
  ['bon', ['bốn']], ['nam', ['năm']], ['sau', ['sáu']], ['bay', ['bảy', 'bẩy']], ['tam', ['tám']], ['chin', ['chín']],
  ['muoi', ['mười']], ['mot so', ['một số']], ['so', ['số']],
]);
/** Last syllables of the two-syllable PLURAL entries. */
export const PLURAL_SECOND = new Set([...PLURAL.keys()].filter((w) => w.includes(' ')).map((w) => w.split(' ')[1]));


// After a number: a unit or scale means the number is a quantity, not part of the name.
// Non-ASCII as \u escapes: a String.raw template reaches the bundle as written, and the bundle is kept ASCII (scripts/build-cli.mjs).
export const UNIT_AFTER_NUMBER = new RegExp(String.raw`^\s*(?:[.,]\d+\s*)?(?:ha|hecta|hec|m2|m\u00B2|km|km2|%|t[yi](?!\s+le${END})|trieu|nghin|ngan|usd|dong|vnd|nam|thang|ngay|nguoi|lao|du an|doanh|tan)${END}`, 'u');

export const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

/** ROMAN.test, without running the regex on words that cannot match. */
export function isRoman(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 73 || c === 86 || c === 88) && w.length <= 4 && ROMAN.test(w);
}

/** /^\d+$/.test without a regex. */
export function isDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** /\d/.test without a regex. */
export function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "giai đoạn" (phase label): dropped with what follows. */
export function isPhase(foldA: string, foldB: string | undefined): boolean {
  return foldA === 'giai' && foldB === 'doan';
}

// A foreign country alone is not a park's name ("Khu công nghiệp Đài Loan" is an association's).
export const COUNTRIES = new Set(['dai loan', 'trung quoc', 'nhat ban', 'han quoc', 'singapore', 'thai lan', 'lao',
  'campuchia', 'my', 'hoa ky', 'an do', 'trieu tien', 'nga', 'duc', 'phap', 'anh', 'uc']);
export const COUNTRY_FIRST = new Set([...COUNTRIES].map((c) => c.split(' ')[0]));
