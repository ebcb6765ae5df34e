// Cue words that tie a money amount to investment, capital or cost (positive)
// or to something else: revenue, exports, tax, prices, wages, profit, losses,
// crime (negative). Written folded; `accented` lists the written forms a
// word must have when the line has diacritics (else "giá" price and "Gia Lai"
// are one word). Kinds:
//   strong  – looked for back through the clause ("tổng vốn đầu tư ... 50 triệu USD")
//   verb    – a spending verb right before the amount ("chi 3,9 tỷ", "rót gần 3 tỷ")
//   object  – a project named right before the amount ("cây cầu 830 triệu đồng",
//             "Khu công nghiệp nửa tỷ USD"): the amount is the project's size
//   negative – the amount is something else
//   neutral  – a longer phrase that hides a cue word inside it ("quốc gia", "trở lại")

export type CueKind = 'strong' | 'verb' | 'object' | 'negative' | 'neutral';

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
    'von dieu le', 'von ngan sach', 'goi thau', 'goi tin dung', 'ngan sach rot', 'cap von', 'tai tro', 'dau tu cong',
  ]),
  ...cues('verb', [
    ['chi', ['chi']], ['rot', ['rót']], 'bo ra', 'du chi', 'chi ra', 'chi them', 'rot them', 'bo them', 'xay', 'mo rong', 'nang cap',
  ]),
  ...cues('object', [
    'khu cong nghiep', 'cum cong nghiep', 'kcn', 'ccn', 'khu kinh te', 'kkt', 'khu che xuat', 'kcx',
    'khu cong nghe cao', 'nha may', 'to hop', 'cay cau', 'san golf', 'khu do thi', 'cong trinh', 'sieu du an',
    'trung tam du lieu', 'cang bien', 'san bay', 'cao toc', 'tuyen duong', 'khu nghi duong',
  ]),
  ...cues('negative', [
    'doanh thu', 'doanh so', 'xuat khau', 'nhap khau', 'kim ngach', 'xuat sieu', 'nhap sieu', 'thue',
    'nop ngan sach', 'thu ngan sach', 'dong gop', 'gia tri', 'tri gia', ['gia', ['giá']], 'muc gia', 'luong',
    'thu nhap', 'loi nhuan', ['lai', ['lãi']], ['lo', ['lỗ']], 'thua lo', 'grdp', 'gdp', 'thiet hai', 'lua dao',
    'chiem doat', 'tong tien', 'trom', 'cuop', ['phat', ['phạt']], 'tai san', 'von hoa', 'co phieu',
    'co tuc', 'du no', 'no xau', ['trung', ['trúng']], 'trung thuong', 'trung so', 'xo so', 'doc dac', 'giai thuong',
    'ca do', 'giao dich', 'han muc', 'le phi', 'hoc phi', 'tien mat', 'hoi lo', 'buon lau', 'tang truong',
    ['ban', ['bán']], ['mua', ['mua']], 'thu ve', 'ngan sach', 'chuyen nhuong', 'tieu thu',
    'dinh gia', 'tien dien', 'tien thue', 'nop', ['no', ['nợ']], 'gia ban', 'gia thue', 'gia niem yet',
    'giam gia', 'tang gia', 'gia vang',
  ]),
  ...cues('neutral', [
    'quoc gia', 'tham gia', 'chuyen gia', 'gia dinh', 'gia tang', 'tro lai', 'tuong lai', 'gia lai', 'nha dau tu',
  ]),
];

/** Words that end a project's name: after one of them, an object cue no longer names the amount's project. */
export const BREAKERS = new Set([
  'dat', 'la', 'co', 'duoc', 'voi', 'tai', 'o', 'cua', 'trong', 'nop', 'thu', 've', 'tren', 'cho', 'va', 'bi',
]);

/** A plural or counted object ("các KCN", "5 nhà máy") is not one project with a size. */
export const PLURALS = new Set(['cac', 'nhung', 'nhieu', 'moi', 'hai', 'ba', 'bon', 'nam']);

/** Cue words looked for after the amount when nothing before it decides ("18 tỷ USD vốn hạ tầng"). */
export const FORWARD: ReadonlyMap<string, number> = new Map([
  ['von', 0],
  ['dau tu', 4],
  ['xay', 1],
  ['xay dung', 2],
  ['giai phong mat bang', 2],
  ['gpmb', 2],
]);
