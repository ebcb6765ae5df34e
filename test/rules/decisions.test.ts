// Decisions (FIELDS.md "decisions"): phrasing → the numbered documents found.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/rules/decisions/index.js';
import { emptyFindings, type LineContext } from '../../src/rules/context.js';
import { prepareLine } from '../../src/normalize/text.js';
import { tokenize } from '../../src/normalize/tokens.js';
import type { Decision } from '../../src/types.js';

function decisions(raw: string): Decision[] {
  const p = prepareLine(raw);
  const line: LineContext = { ...p, tokens: tokenize(p.norm, p.fold), options: {} };
  const seen = new Set<string>();
  return findDecisions(line, emptyFindings())
    .sort((a, b) => a.span[0] - b.span[0])
    .map((f) => f.value)
    .filter((d) => !seen.has(d.number.toLowerCase()) && seen.add(d.number.toLowerCase()) !== undefined);
}

const d = (number: string, type: Decision['type']): Decision => ({ number, type });

const POSITIVE: [string, Decision[]][] = [
  ['UBND tỉnh ban hành Quyết định số 27/2024/QĐ-UBND về quy chế cụm công nghiệp.', [d('27/2024/QĐ-UBND', 'decision')]],
  ['Theo quyết định 512/QĐ-TTg năm 2021, khu kinh tế được mở rộng.', [d('512/QĐ-TTg', 'decision')]],
  ['Dự án được chấp thuận tại văn bản 904/ TTg-CN của Thủ tướng.', [d('904/TTg-CN', 'official_letter')]],
  ['Các Quyết định số 301, 302 và 305/QĐ-TTg chấp thuận chủ trương đầu tư ba khu công nghiệp.',
    [d('301/QĐ-TTg', 'decision'), d('302/QĐ-TTg', 'decision'), d('305/QĐ-TTg', 'decision')]],
  ['Quyết định số 14, 15/2023/QĐ-UBND được ban hành cùng ngày.', [d('14/2023/QĐ-UBND', 'decision'), d('15/2023/QĐ-UBND', 'decision')]],
  ['Nghị quyết số 45/NQ-HĐND thông qua danh mục dự án.', [d('45/NQ-HĐND', 'resolution')]],
  ['Thực hiện Nghị định 31/2021/NĐ-CP hướng dẫn Luật Đầu tư.', [d('31/2021/NĐ-CP', 'decree')]],
  ['Thông tư số 05/2023/TT-BKHĐT quy định mẫu văn bản.', [d('05/2023/TT-BKHĐT', 'circular')]],
  // A serial with a letter or a sub-number, a spaced dash in the suffix, an abbreviated word.
  ['Huyện được hưởng chính sách theo Nghị quyết số 30a/2008/NQ-CP.', [d('30a/2008/NQ-CP', 'resolution')]],
  ['Chính phủ ban hành Nghị quyết 66.7/2025/NQ-CP gỡ vướng thủ tục.', [d('66.7/2025/NQ-CP', 'resolution')]],
  ['Sở gửi văn bản số 35B/SCT-QLCN cho các huyện.', [d('35B/SCT-QLCN', 'official_letter')]],
  ['Quyết định 905/QĐ - UBND phê duyệt quy hoạch cụm.', [d('905/QĐ-UBND', 'decision')]],
  ['Theo QĐ 2210, tỉnh thành lập thêm hai cụm công nghiệp.', [d('2210', 'decision')]],
  ['Chỉ thị 09/CT-TTg về tăng cường quản lý.', [d('09/CT-TTg', 'directive')]],
  ['Công văn số 2210/BCT-CN gửi UBND các tỉnh.', [d('2210/BCT-CN', 'official_letter')]],
  ['Kế hoạch số 88/KH-UBND triển khai quy hoạch.', [d('88/KH-UBND', 'plan')]],
  ['Thông báo số 315/TB-VPCP kết luận của Phó Thủ tướng.', [d('315/TB-VPCP', 'notice')]],
  ['Thông tư 17 sửa đổi Thông tư số 22/2019 về hạn mức.', [d('17', 'circular'), d('22/2019', 'circular')]],
  ['Nghị quyết 33 và 34 của Chính phủ được triển khai.', [d('33', 'resolution'), d('34', 'resolution')]],
  // Without the word: the suffix carries the type.
  ['Dự án thực hiện theo 733/QĐ-UBND ngày 5/6/2020.', [d('733/QĐ-UBND', 'decision')]],
  ['Tinh thần 41-NQ/TW của Bộ Chính trị được quán triệt.', [d('41-NQ/TW', 'resolution')]],
  ['Ủy ban Thường vụ Quốc hội ban hành 1210/NQ-UBTVQH15 sắp xếp đơn vị hành chính.', [d('1210/NQ-UBTVQH15', 'resolution')]],
  ['Theo 190/2025/QH15 các tỉnh sắp xếp lại.', [d('190/2025/QH15', 'resolution')]],
  ['Văn bản 3321/UBND-KT nêu rõ tiến độ.', [d('3321/UBND-KT', 'official_letter')]],
  // Generic word, type from the abbreviation; abbreviation beats a misleading word.
  ['Văn bản số 76/2022/NĐ-CP sửa đổi nghị định cũ.', [d('76/2022/NĐ-CP', 'decree')]],
  ['Khu được thành lập theo nghị quyết định số 2041/QĐ-TTg.', [d('2041/QĐ-TTg', 'decision')]],
  ['Quyết định số 155/TTg năm 1996 về quy hoạch.', [d('155/TTg', 'decision')]],
  // Written forms: no diacritics, ALL CAPS, lowercase letters after the word, Ð typed for Đ.
  ['Quyet dinh so 27/2024/QD-UBND ve quy che cum cong nghiep.', [d('27/2024/QD-UBND', 'decision')]],
  ['QUYẾT ĐỊNH SỐ 618/QĐ-TTG PHÊ DUYỆT QUY HOẠCH', [d('618/QĐ-TTG', 'decision')]],
  ['đồng ý tại công văn số 702/ttg-ktn ngày 2/4/2009.', [d('702/ttg-ktn', 'official_letter')]],
  ['Quyết định 88/QÐ-UBND được công bố.', [d('88/QĐ-UBND', 'decision')]],
  ['Nghi quyet so 57-NQ/TW va Thong tu 12/2024/TT-BTC', [d('57-NQ/TW', 'resolution'), d('12/2024/TT-BTC', 'circular')]],
  ['CÔNG VĂN SỐ 4410/UBND-KTN VỀ CỤM CÔNG NGHIỆP', [d('4410/UBND-KTN', 'official_letter')]],
  ['Quyết định (QĐ) số 77/QĐ-BCT được công bố.', [d('77/QĐ-BCT', 'decision')]],
  ['Quyết định số 91/QĐ-UBND ngày 3/2/2021 và Quyết định số 407/QĐ-UBND ngày 9/9/2022.', [d('91/QĐ-UBND', 'decision'), d('407/QĐ-UBND', 'decision')]],
  // Capitalised mid-sentence, "Quyết định" names the document, whatever follows the number
  ['Chủ tịch tỉnh vừa ký Quyết định 36 giao đất cho cụm công nghiệp.', [d('36', 'decision')]],
  ['Chu tich tinh vua ky Quyet dinh 36 giao dat cho cum cong nghiep.', [d('36', 'decision')]],
  // Lowercase or in capitals, a number followed by "vào (ngày)" is a document's, not a count
  ['Giám đốc sở đã ký quyết định 215 vào ngày 3.2 về việc giao đất.', [d('215', 'decision')]],
  ['GIÁM ĐỐC SỞ ĐÃ KÝ QUYẾT ĐỊNH 215 VÀO NGÀY 3.2', [d('215', 'decision')]],
];

const NEGATIVE: string[] = [
  // A comet's designation has letters after its number but no document's type.
  'Sao chổi 3I/ATLAS bay gần Trái đất nhất vào tháng 12.',
  // Lowercase, or opening the sentence, it may be the verb
  'Hội đồng quản trị quyết định 36 suất học bổng cho con công nhân.',
  'Quyết định 3 phương án di dời nhà máy ra khu công nghiệp.',
  'Thủ tướng đã ký quyết định thành lập khu kinh tế.',
  'Khu công nghiệp được thành lập ngày 13/12/1995.',
  'Quy hoạch phân khu tỷ lệ 1/2000 khu công nghiệp.',
  'Quy hoạch giai đoạn 2021- 2030, tầm nhìn 2050.',
  'theo kế hoạch 2025, tỉnh thu hút 1,5 tỷ USD.',
  'Tỷ lệ lấp đầy đạt 3/4 diện tích, giá thuê 120 USD/m2.',
  'Liên hệ đường dây nóng 0912 345 678 hoặc 024-3825-1234.',
  'Hội đồng sẽ quyết định 12 suất học bổng.',
  'Trọng tài quyết định 2 cầu thủ vào sân thay người.',
  'Xe lưu thông từ 6 giờ sáng nay.',
  'Xe luu thong tu 6 gio sang nay.', // the same typed without diacritics: "thong tu" is no Thông tư here
  'Thí sinh chỉ thi 3 môn bắt buộc.',
  'Bản án số 88/2024/HS-ST được tuyên.',
  'Kết luận số 76-KL/TW của Bộ Chính trị.',
  'Luật Đầu tư số 61/2020/QH14 có hiệu lực.',
  'Giá thuê đất 50 USD/m2/chu kỳ, phí 5/ha.',
  'Ngày 15/3/2024, tỉnh khởi công dự án.',
  'Văn bản hợp nhất số 12/VBHN-BXD đăng công báo.',
  'Sở 12 được giao nhiệm vụ mới.',
  'Công suất 5/10 dây chuyền, năm 2024.',
];

describe('decisions: phrasings', () => {
  it.each(POSITIVE)('%s', (text, want) => {
    expect(decisions(text)).toEqual(want);
  });
});

describe('decisions: nothing to find', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(decisions(text)).toEqual([]);
  });
});

describe('decisions: written forms', () => {
  it('reads NFD text', () => {
    expect(decisions('Quyết định số 27/2024/QĐ-UBND'.normalize('NFD'))).toEqual([d('27/2024/QĐ-UBND', 'decision')]);
  });
  it('names the rule that fired', () => {
    const p = prepareLine('Các Quyết định số 301, 305/QĐ-TTg và 901/QĐ-UBND');
    const rules = findDecisions({ ...p, tokens: tokenize(p.norm, p.fold), options: {} }, emptyFindings()).map((f) => f.rule);
    expect(new Set(rules)).toEqual(new Set(['decision.shared-suffix', 'decision.bare-number']));
  });
});

describe('decisions: linear time', () => {
  const cases = [
    'Quyết định số ' + '1/'.repeat(20000) + 'QĐ',
    'Quyết định số ' + '1, '.repeat(300000),
    '123/' + 'A-'.repeat(300000),
    'quyết định '.repeat(90000) + '1',
    '1-QĐ/'.repeat(150000),
  ];
  it.each(cases.map((c) => [c.slice(0, 30), c]))('%s…', (_label, text) => {
    const t0 = performance.now();
    decisions(text);
    // A ceiling far above the linear time (well under a second) and far below a
    // quadratic pass over these lengths (minutes): it catches backtracking without
    // failing on a busy machine.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
