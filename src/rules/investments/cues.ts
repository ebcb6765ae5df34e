// Cue words that tie a money amount to investment, capital or cost (positive)
// or to something else: revenue, exports, tax, prices, wages, profit, losses,
// crime (negative). Written folded; `accented` lists the written forms a
// word must have when the line has diacritics (else "giá" price and "Gia Lai"
// are one word). Kinds:
//   strong  – looked for back through the clause ("tổng vốn đầu tư ... 50 triệu USD")
//   verb    – a spending verb right before the amount ("chi 3,9 tỷ", "rót gần 3 tỷ")
//   object  – a project named right before the amount ("cây cầu 830 triệu đồng",
//             "Khu công nghiệp nửa tỷ USD"): the amount is the project's size
//   build    – a building verb a few words before ("xây bến cảng quốc tế 8.800 tỷ",
//             "khởi công nhà máy ... 7 triệu USD"): the amount is the size of what is built
//   valued   – "trị giá", "giá trị": the amount is the value of the noun before it; a
//             project's value is its size, anything else's is not investment
//   negative – the amount is something else
//   neutral  – a longer phrase that hides a cue word inside it ("quốc gia", "trở lại")

import { START, END } from '../../normalize/edges.js';

export type CueKind = 'strong' | 'verb' | 'build' | 'object' | 'valued' | 'negative' | 'neutral';

export interface Cue {
  words: string[];
  kind: CueKind;
  name: string;
  accented?: string[];
}

function cues(kind: CueKind, list: (string | [string, string[]])[]): Cue[] {
  return list.map((item) => {
    const [phrase, accented] = typeof item === 'string' ? [item, undefined] : item;
    return { words: phrase.split(' '), kind, name: phrase.replace(/ /g, '-'), accented };
  });
}

export const CUES: Cue[] = [
  ...cues('strong', [
    'von', 'dau tu', 'tong muc dau tu', 'kinh phi', 'chi phi', 'du toan', 'giai ngan', 'thu hut', 'huy dong',
    'quy mo', 'du an', 'gpmb', 'giai phong mat bang', 'boi thuong', 'den bu', 'tai dinh cu', 'xay dung',
    'von dieu le', 'von chu so huu', 'von ngan sach', 'goi thau', 'goi tin dung', 'ngan sach rot', 'cap von', 'tai tro', 'dau tu cong',
  ]),
  ...cues('verb', [
    ['chi', ['chi']], ['rot', ['rót']], 'bo ra', 'du chi', 'chi ra', 'chi them', 'rot them', 'bo them', 'mo rong', 'nang cap',
    // Investment sought, as "thu hút" is investment won ("kêu gọi 1 tỷ USD vào KCN").
    'keu goi', 'moi goi',
  ]),
  ...cues('build', [
    ['xay', ['xây']], 'xay moi', 'khoi cong', 'dong tho', 'khanh thanh',
  ]),
  ...cues('valued', ['tri gia', 'gia tri']),
  ...cues('object', [
    'khu cong nghiep', 'cum cong nghiep', 'kcn', 'ccn', 'khu kinh te', 'kkt', 'khu che xuat', 'kcx',
    'khu cong nghe cao', 'nha may', 'to hop', 'cay cau', 'san golf', 'khu do thi', 'cong trinh', 'sieu du an',
    'trung tam du lieu', 'cang bien', 'san bay', 'cao toc', 'tuyen duong', 'khu nghi duong',
    'toa nha', 'nha xuong', 'ben cang', ['cang', ['cảng']], 'cau vuot', 'nha ga', 'benh vien', 'dien gio',
    'dien mat troi', 'nha o xa hoi', 'khu dan cu', 'cong vien', 'quang truong', 'san van dong', 'nha hat',
  ]),
  ...cues('negative', [
    'doanh thu', 'doanh so', ['thu', ['thu']], 'mang ve', 'tiet kiem', 'cong no', 'xuat khau', 'nhap khau', 'kim ngach', 'xuat sieu', 'nhap sieu', 'thue',
    'nop ngan sach', 'thu ngan sach', 'dong gop', 'gia tri', 'tri gia', ['gia', ['giá']], 'muc gia', 'luong',
    'thu nhap', 'loi nhuan', ['lai', ['lãi']], ['lo', ['lỗ']], 'thua lo', 'grdp', 'gdp', 'thiet hai', 'lua dao',
    'chiem doat', 'tong tien', 'trom', 'cuop', ['phat', ['phạt']], 'tai san', 'von hoa', 'co phieu',
    'co tuc', 'du no', 'no xau', ['trung', ['trúng']], 'trung thuong', 'trung so', 'xo so', 'doc dac', 'giai thuong',
    'ca do', 'giao dich', 'han muc', 'le phi', 'hoc phi', 'tien mat', 'hoi lo', 'buon lau', 'tang truong',
    ['ban', ['bán']], ['mua', ['mua']], 'thu ve', 'ngan sach', 'chuyen nhuong', 'tieu thu',
    'dinh gia', 'tien dien', 'tien thue', 'nop', ['no', ['nợ']], 'gia ban', 'gia thue', 'gia niem yet',
    'giam gia', 'tang gia', 'gia vang', 'gia khoi diem', 'gia san',
    'quy mo thi truong', ['kiem', ['kiếm']], 'thanh toan', ['mat', ['mất']], ['vay', ['vay']], 'khoan vay',
    // Gifts and donations ("tặng 100 triệu đồng cho bà con vùng lũ", "ủng hộ 5 tỷ").
    ['tang', ['tặng']], ['ung ho', ['ủng hộ']], ['quyen gop', ['quyên góp']], ['bieu', ['biếu']],
    // Damages claimed, in a lawsuit or a dispute, are not a cost paid ("bị đòi bồi thường 20 tỉ đồng").
    ['doi boi thuong', ['đòi bồi thường']], ['yeu cau boi thuong', ['yêu cầu bồi thường']],
    // Prizes and bonuses ("trao thưởng 100 triệu đồng"), and what someone owns ("sở hữu hơn 3 tỷ USD").
    ['thuong', ['thưởng']], ['so huu', ['sở hữu']],
    // Debts repaid or defaulted on, prizes won: unambiguous even typed without diacritics.
    'tra no', 'vo no', 'trung giai',
  ]),
  ...cues('neutral', [
    'quoc gia', 'tham gia', 'chuyen gia', 'gia dinh', 'gia tang', 'tro lai', 'tuong lai', 'gia lai', 'nha dau tu',
    'nhu cau', 'yeu cau', 'chu dau tu', 'toan cau', 'thu hoi', 'thu tuong', 'thu do', 'thu tuc', 'thu nghiem',
    // What a project makes or holds, not a sale or a purchase ("dự án bán dẫn 100 triệu USD").
    'ban dan', 'ban le', 'mua sam',
  ]),
];

/**
 * Words that end a project's name: after one of them, an object cue no longer
 * names the amount's project. With diacritics in the line a word must be
 * written as listed ("cơ khí" is no "có", "Tân" no "tại").
 */
export const BREAKERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dat', ['đạt']], ['la', ['là']], ['co', ['có']], ['duoc', ['được']], ['voi', ['với']], ['tai', ['tại']],
  ['o', ['ở']], ['cua', ['của']], ['trong', ['trong']], ['nop', ['nộp']], ['thu', ['thu']], ['ve', ['về']],
  ['tren', ['trên']], ['cho', ['cho']], ['va', ['và']], ['bi', ['bị']],
  // Predicates: "nâng mức ... nhà ở xã hội lên 27 triệu", "nhận 71 tỷ", "còn 1,4 triệu".
  ['len', ['lên']], ['nhan', ['nhận']], ['con', ['còn']], ['tu', ['từ']], ['mat', ['mất']],
]);

/**
 * Words right after an amount that say what it pays for, when that is not
 * investment: bonuses, wages, dividends, bribes ("chi 600 tỷ thưởng Tết").
 * With diacritics they must be written as listed.
 */
export const PURPOSE_NEGATIVE: ReadonlyMap<string, readonly string[]> = new Map([
  ['thuong', ['thưởng']], ['luong', ['lương']], ['co tuc', ['cổ tức']], ['hoi lo', ['hối lộ']],
  // Buying goods or importing is spending, not investing ("chi 2,6 tỷ USD nhập ngô"); "mua lại" (a takeover) is kept.
  ['mua', ['mua']], ['nhap', ['nhập']], ['nap', ['nạp']], ['thue', ['thuê']],
  // People spending on leisure ("khách chi 4.200 tỉ đồng đi chơi", "chi 5.600 tỷ xem phim").
  ['xem', ['xem']], ['di choi', ['đi chơi']],
]);

/** Purposes that fold to no other common word, so they decide in a line typed without diacritics too. */
export const PURPOSE_UNACCENTED: ReadonlySet<string> = new Set(['co tuc', 'hoi lo', 'xem', 'di choi']);

/** A purpose word that a next word turns into something else ("mua lại": acquiring a company; "xem xét": considering). */
export const PURPOSE_UNLESS_NEXT: ReadonlyMap<string, string> = new Map([['mua', 'lai'], ['xem', 'xet']]);

/**
 * Money per unit of area, per person or month, or per item sold ("22 triệu
 * đồng/m2", "19 triệu một m2", "27 triệu mỗi người", "/tháng", "/cổ phiếu")
 * is a price, rent or wage, never a project's size. Not "/năm": a yearly
 * cost counts ("kinh phí 18 tỷ đồng/năm").
 */
// Non-ASCII as \u escapes: a String.raw template reaches the bundle as written, and the bundle is kept ASCII (scripts/build-cli.mjs).
export const PER_UNIT = new RegExp(String.raw`\s{0,2}(?:\/|moi |mot )\s{0,2}(?:m2|m\u00B2|ha|met vuong|sao|cong|nguoi|thang|kg|lit|tan|kwh|co phieu|can|xe|ve|suat|ngay)${END}`, 'uy');

/** Site compensation ("bồi thường", "đền bù") is a cost only where land or a project is in the line. */
export const COMPENSATION = new Set(['boi-thuong', 'den-bu']);
export const LAND_CONTEXT = new RegExp(String.raw`${START}(?:dat|mat bang|gpmb|du an|tai dinh cu|thu hoi|ho dan|khu cong nghiep|kcn|ccn|cum cong nghiep|cong trinh|tuyen duong|duong sat|metro|vanh dai|cao toc)${END}`, 'u');
/** Money appealed for ("kêu gọi", "mời gọi"): investment only where land, a project or investment is in the line. */
export const SOUGHT = new Set(['keu-goi', 'moi-goi']);
export const INVESTMENT_WORDS = /(?:^|[^a-z])(?:dau tu|ha tang|fdi)(?![a-z])/;

/**
 * Crime and gambling: the "scale" of a ring or what someone spent on it is
 * no investment, however it is phrased ("đường dây đánh bạc quy mô 350 tỷ").
 */
export const CRIME_CONTEXT = new RegExp(String.raw`${START}(?:danh bac|ca do|lua dao|buon lau|ma tuy|chiem doat|hoi lo|tham o|rua tien|duong day|trom|cuop|chay an|linh an|an tu|chung than)${END}`, 'u');

/**
 * A market's size: "thị trường dược với quy mô khoảng 5 tỷ USD" (the reverse
 * of the negative cue "quy mô thị trường"). How many words before "quy mô"
 * the market may be named, with no comma between.
 */
export const MARKET = { words: ['thi', 'truong'], forms: ['thị trường'] };
export const MAX_MARKET = 6;

/**
 * An uncounted plural ("các KCN", "những nhà máy") is a kind of project, not
 * one with a size. A counted one is ("hai khu đô thị hơn 65.000 tỷ đồng": their
 * total), so numbers are not listed here.
 */
export const PLURALS = new Set(['cac', 'nhung', 'nhieu', 'moi']);

/**
 * Typed without diacritics, these negative words right before an amount can be
 * read only one way there ("gia 1,2 ti": giá, a price; "lo 55 ty": lỗ, a loss),
 * so they decide though a bare "gia" elsewhere may be Gia Lai or gia đình.
 */
// Not "trung" (tập trung 544 tỷ).
export const UNACCENTED_RIGHT_BEFORE = new Set(['gia', 'ban', 'mua', 'no', 'mat', 'vay', 'kiem', 'thuong', 'phat', 'lo']);
/** ... except after the word they end a compound with: "dai lo nghin ty" is đại lộ. */
export const UNACCENTED_NOT_AFTER: Readonly<Record<string, string>> = { lo: 'dai' };

/**
 * Typed without diacritics, "chi" right after these words is "chỉ" (only), not
 * the spending verb: "gia chi 769 trieu", "khai chi 460 trieu", "van chi 2 ty".
 * In the accented dump "chỉ" + amount follows them; "chi" + amount follows
 * đã, sẽ, dự kiến, a country, and "mức" and "thuế" as often as "chỉ" does.
 */
export const ONLY_AFTER = new Set(['gia', 'yet', 'khai', 'van']);

/** Number words that count a project ("hai khu đô thị"), folded. */
export const NUMBER_WORDS = new Set(['hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi']);

/** Cue words looked for after the amount when nothing before it decides ("18 tỷ USD vốn hạ tầng"). */
export const FORWARD: ReadonlyMap<string, number> = new Map([
  ['von', 0],
  ['dau tu', 4],
  ['xay', 1],
  ['xay dung', 2],
  ['giai phong mat bang', 2],
  // "cần 620 tỷ đồng để bồi thường": compensation, vetoed like its cue before an amount when no land is in the line.
  ['boi thuong', 1],
  ['den bu', 1],
  ['gpmb', 2],
  ['lam', 0],
  ['nang cap', 1],
  ['mo rong', 1],
  ['cai tao', 1],
]);

/** Written forms of forward cues that fold like other words ("làm" / "Lâm"). */
export const FORWARD_FORMS: ReadonlyMap<string, readonly string[]> = new Map([['lam', ['làm']], ['xay', ['xây']]]);
