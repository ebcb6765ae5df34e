import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Qualifier } from '../../src/types.js';

const money = (line: string) => extract(line).investments.map((i) => [i.amount, i.currency, i.qualifier]);
import { retypings } from '../helpers/retype.js';

const CASES: [string, [number, string, Qualifier][]][] = [
  // Cue words before the amount
  ['Dự án có tổng vốn đầu tư 450 tỷ đồng.', [[450e9, 'VND', 'exact']]],
  ['Tổng mức đầu tư khoảng 1,2 tỷ USD.', [[1.2e9, 'USD', 'approx']]],
  ['Doanh nghiệp đăng ký số vốn hơn 75 triệu USD cho nhà máy.', [[75e6, 'USD', 'over']]],
  ['Kinh phí giải phóng mặt bằng dự kiến 320 tỉ đồng.', [[320e9, 'VND', 'exact']]],
  ['Chi phí bồi thường gần 95 tỷ đ cho các hộ dân.', [[95e9, 'VND', 'nearly']]],
  ['Tỉnh đã thu hút 640,25 triệu USD trong 9 tháng.', [[640.25e6, 'USD', 'exact']]],
  ['Công ty nâng vốn điều lệ lên 12.500 tỷ đồng.', [[12.5e12, 'VND', 'exact']]],
  ['Vốn đăng ký đạt 2,35 tỷ USD, tăng mạnh so với cùng kỳ.', [[2.35e9, 'USD', 'exact']]],
  ['Nhà đầu tư Hàn Quốc rót thêm 300 triệu USD vào khu công nghiệp.', [[300e6, 'USD', 'exact']]],
  ['Tỉnh dự chi hơn 2.000 tỷ đồng để di dời các hộ dân.', [[2e12, 'VND', 'over']]],
  ['Tập đoàn Nhật Bản đầu tư 80 tỷ yên vào nhà máy chip.', [[80e9, 'JPY', 'exact']]],
  // The yen written as in English, in a line with diacritics
  ['Tập đoàn Nhật Bản sẽ đầu tư hơn 450 tỉ yen vào nhà cho thuê.', [[450e9, 'JPY', 'over']]],
  ['Quỹ châu Âu cam kết đầu tư 500 triệu euro cho năng lượng sạch.', [[500e6, 'EUR', 'exact']]],
  ['Đối tác cam kết vốn đầu tư 3 tỷ nhân dân tệ.', [[3e9, 'CNY', 'exact']]],
  ['Quỹ Anh rót 40 triệu bảng vào trung tâm dữ liệu.', [[40e6, 'GBP', 'exact']]],
  ['Tập đoàn Malaysia đầu tư 900 triệu ringgit vào cụm công nghiệp.', [[900e6, 'MYR', 'exact']]],
  ['Tổng vốn đầu tư lên đến 1,5 tỷ đô la Mỹ.', [[1.5e9, 'USD', 'up_to']]],
  // What the project does after a comma is no purpose of the amount
  ['Khu công nghiệp đón dự án vốn đầu tư 45 triệu USD, thuê 7 ha đất.', [[45e6, 'USD', 'exact']]],
  // Investment appealed for, where a park or a project is in the line
  ['Tỉnh kêu gọi 800 triệu USD vào hai cụm công nghiệp mới.', [[800e6, 'USD', 'exact']]],
  // A colon after the amount's label
  ['Thái Bình: CCN Trà Lý, tổng vốn đầu tư: 420 tỷ đồng, diện tích: 60 ha', [[420e9, 'VND', 'exact']]],
  ['Số vốn đăng ký: 25 triệu USD, thời hạn 50 năm.', [[25e6, 'USD', 'exact']]],
  // Compensation named after the amount, where land is in the line
  ['Thị xã cần gần 410 tỷ đồng để bồi thường cho các hộ có đất trong cụm công nghiệp.', [[410e9, 'VND', 'nearly']]],
  // The currency written before the number, its hedge before it
  ['Nhà máy vốn 4.200 tỷ đồng (khoảng US$170 triệu) vừa khởi công.', [[4.2e12, 'VND', 'exact'], [170e6, 'USD', 'approx']]],
  ['Tổng vốn đầu tư $85 triệu cho giai đoạn đầu.', [[85e6, 'USD', 'exact']]],
  ['Tổng vốn đầu tư hơn USD 1,1 tỷ, giải ngân trong ba năm.', [[1.1e9, 'USD', 'over']]],
  // ... but a code closing the amount before is not the next number's
  ['Tổng vốn 20 triệu USD 30 năm qua chưa giải ngân hết.', [[20e6, 'USD', 'exact']]],
  ['Tổng vốn 9.800 tỷ cho toàn tuyến.', [[9.8e12, 'VND', 'exact']]],
  ['Tổng vốn đầu tư 4 nghìn tỷ đồng.', [[4e12, 'VND', 'exact']]],
  ['Dự án mới có vốn gần 280tỷ.', [[280e9, 'VND', 'nearly']]],
  // The project's size, written right after it
  ['Nhà máy 150 triệu USD ở Bắc Giang đi vào hoạt động.', [[150e6, 'USD', 'exact']]],
  ['Khởi công khu công nghiệp nửa tỷ USD ở miền Trung.', [[500e6, 'USD', 'exact']]],
  ['Tỉnh ủng hộ dự án khu công nghiệp 2 tỷ USD của nhà đầu tư Nhật.', [[2e9, 'USD', 'exact']]],
  ['Dự án điện gió hơn nghìn tỷ chậm tiến độ.', [[1e12, 'VND', 'over']]],
  // "nghìn tỷ" alone right after what is built: one nghìn tỷ, as written
  ['Công trình ngàn tỉ ven sông Hồng vẫn nằm chờ vốn.', [[1e12, 'VND', 'exact']]],
  ['Tỉnh phê duyệt dự án nghìn tỷ trong khu công nghiệp Phú Mỹ.', [[1e12, 'VND', 'exact']]],
  // Ranges, equivalents, hedges that bear on one number only
  ['Vốn mỗi dự án khoảng 20 - 45,5 triệu USD.', [[20e6, 'USD', 'approx'], [45.5e6, 'USD', 'approx']]],
  ['Vốn đầu tư khoảng 90 triệu USD và 600 tỷ đồng.', [[90e6, 'USD', 'approx'], [600e9, 'VND', 'exact']]],
  ['Tổng vốn 5.000 tỷ đồng (khoảng 200 triệu USD).', [[5e12, 'VND', 'exact'], [200e6, 'USD', 'approx']]],
  ['Tổng mức đầu tư 700 tỷ đồng, tương đương 28 triệu USD.', [[700e9, 'VND', 'exact'], [28e6, 'USD', 'exact']]],
  ['Tổng vốn đầu tư trên 1.000 tỷ đồng, vượt kế hoạch.', [[1e12, 'VND', 'over']]],
  ['Tổng vốn đầu tư lên đến gần 3.900 tỷ đồng.', [[3.9e12, 'VND', 'nearly']]],
  // A building verb a few words before: the amount is the size of what is built
  ['Tập đoàn Hoàng Long sắp xây kho lạnh chế biến nông sản hơn 1.200 tỷ đồng ở Long An.', [[1.2e12, 'VND', 'over']]],
  ['Khởi công cụm công nghiệp cơ khí chính xác gần 900 tỷ đồng tại Nghệ An.', [[900e9, 'VND', 'nearly']]],
  ['Động thổ bến cảng tổng hợp quốc tế 3.500 tỷ đồng.', [[3.5e12, 'VND', 'exact']]],
  // More projects named right before their size
  ['Tòa nhà điều hành khu công nghệ 95 tỷ đồng sắp hoàn thành.', [[95e9, 'VND', 'exact']]],
  ['Nhà xưởng xây sẵn 40 triệu USD đón khách đầu tiên.', [[40e6, 'USD', 'exact']]],
  // What the project makes is no sale or purchase
  ['Khu công nghệ cao đón dự án bán dẫn 250 triệu USD của nhà đầu tư Hàn Quốc.', [[250e6, 'USD', 'exact']]],
  ['Dự án trung tâm mua sắm 80 triệu USD khởi công cạnh khu công nghiệp.', [[80e6, 'USD', 'exact']]],
  // Counted projects named before an amount: it is their total size
  ['Tập đoàn được chấp thuận làm hai khu đô thị hơn 65.000 tỷ đồng ở Khánh Hòa.', [[65e12, 'VND', 'over']]],
  ['Tap doan duoc chap thuan lam hai khu do thi hon 65.000 ty dong o Khanh Hoa.', [[65e12, 'VND', 'over']]],
  ['Tỉnh trao chủ trương cho 7 dự án trị giá 16.000 tỷ đồng.', [[16e12, 'VND', 'exact']]],
  // Typed without diacritics, "chi" stays the spending verb unless a price word stands before it
  ['Tap doan du kien chi 3.000 ty dong xay nha may moi.', [[3e12, 'VND', 'exact']]],
  ['Muc chi gan 80 ty dong cho cum cong nghiep da duoc duyet.', [[80e9, 'VND', 'nearly']]],
  // ... and "trung", "lo" before an amount may be inside a word ("tập trung", "đại lộ")
  ['Tinh khanh thanh tru so hanh chinh tap trung hon 500 ty dong.', [[500e9, 'VND', 'over']]],
  ['Thanh pho khoi cong du an dai lo nghin ty noi hai khu cong nghiep.', [[1e12, 'VND', 'exact']]],
  // "trị giá" after a project is the project's size
  ['Nhà máy pin trị giá 300 triệu USD được cấp phép tại Bình Định.', [[300e6, 'USD', 'exact']]],
  ['Một dự án logistics trị giá hơn 2.000 tỷ đồng vừa khởi động.', [[2e12, 'VND', 'over']]],
  // An amount followed by what it builds
  ['Hơn 600 tỷ đồng làm đường vào khu công nghiệp Phước Thạnh.', [[600e9, 'VND', 'over']]],
  ['Đề xuất 1.500 tỷ đồng nâng cấp hạ tầng cụm công nghiệp.', [[1.5e12, 'VND', 'exact']]],
  // Compensation where land is in the line
  ['Tỉnh chi trả bồi thường 45 tỷ đồng cho các hộ dân có đất thu hồi.', [[45e9, 'VND', 'exact']]],
  // Owners' equity is capital ("sở hữu" alone is what someone owns)
  ['Ngân hàng nâng vốn chủ sở hữu lên 80.000 tỷ đồng.', [[80e12, 'VND', 'exact']]],
  // A project's "quy mô" with a market named further back is still its size
  ['Dự án trung tâm thương mại quy mô 900 tỷ đồng phục vụ thị trường miền Tây.', [[900e9, 'VND', 'exact']]],
  ['Dự án hướng tới thị trường nội địa, quy mô 700 tỷ đồng.', [[700e9, 'VND', 'exact']]],
  // A yearly cost still counts (not a price per unit)
  ['Tổng kinh phí dự kiến 18 tỷ đồng/năm cho nhân viên y tế.', [[18e9, 'VND', 'exact']]],
  // "xem xét" (considering) is no leisure spending
  ['Dự án 600 tỷ đồng xem xét điều chỉnh tiến độ.', [[600e9, 'VND', 'exact']]],
  // A lowercase descriptor that folds like a breaker ("cơ" is not "có")
  ['Khởi công khu công nghiệp cơ khí Hòa Bình 1.100 tỷ đồng.', [[1.1e12, 'VND', 'exact']]],
  // A repeated amount is listed once
  ['Vốn đầu tư 60 triệu USD. Dự án 60 triệu USD khởi công hôm nay.', [[60e6, 'USD', 'exact']]],
];

describe('investments', () => {
  it.each(CASES)('%s', (line, expected) => {
    expect(money(line)).toEqual(expected);
  });
});

describe('investments survive other writings of the same line', () => {
  const transforms = [['no diacritics', retypings.noaccent], ['NFD', retypings.nfd], ['upper case', retypings.upper]] as const;
  for (const [name, f] of transforms) {
    it.each(CASES)(`${name}: %s`, (line, expected) => {
      expect(money(f(line))).toEqual(expected);
    });
  }
});

describe('not investments', () => {
  const NEGATIVE = [
    'Doanh thu của doanh nghiệp đạt 820 tỷ đồng trong quý II.',
    'Kim ngạch xuất khẩu của tỉnh ước đạt 3,2 tỷ USD.',
    'Các KCN đã nộp ngân sách hơn 4.500 tỷ đồng.',
    'Giá thuê đất bình quân 150 USD/m2 cho cả chu kỳ.',
    'Lương bình quân của công nhân khoảng 9 triệu đồng/tháng.',
    'Công ty báo lãi 230 tỉ đồng, lợi nhuận tăng mạnh.',
    'Thiệt hại do cháy ước tính hơn 60 tỉ đồng.',
    'Tỷ lệ lấp đầy đạt 73%, tỷ lệ tăng trưởng 7,5-9%/năm giai đoạn 2021- 2030.',
    'Nhà máy có công suất 2 triệu tấn/năm và 5 triệu sản phẩm.',
    'Sân bay đón 25 triệu hành khách mỗi năm.',
    'Giá vàng miếng lên 150 triệu đồng một lượng.',
    'Người trúng xổ số nhận hơn 12 tỉ đồng tiền thưởng.',
    'Ngày 15/3/2024, tỉnh tổ chức hội nghị xúc tiến đầu tư.',
    'Liên hệ 0912.345.678 để được tư vấn đầu tư.',
    'Tổng vốn đầu tư ' + '9'.repeat(30_000) + ',5 tỷ đồng.',
    'Khu công nghiệp thu hút 20 dự án đầu tư trong năm 2023.',
    // An uncounted plural is a kind of project, not one with a size
    'Những nhà máy 500 tỷ đồng như vậy rất hiếm ở miền núi.',
    // Counted homes priced one by one: without diacritics "gia" may be "giá" (price)
    'Thanh pho mo ban 420 nha o xa hoi gia duoi 1,1 ty dong.',
    // ... and right before an amount such a word can only be the negative one
    'Toa nha van phong gia 900 ty dong vua doi chu.',
    'Doanh nghiep bi phat 120 trieu dong vi xa thai.',
    'Chu dau tu khu do thi lo hon 70 ty dong trong quy III.',
    // "chi" after a price word is "chỉ" (only), not the spending verb
    'Mau xe dien moi gia chi 690 trieu dong, re hon xe xang.',
    'Nguoi ban khai chi 300 trieu dong de giam thue.',
    // "nghìn tỷ" alone elsewhere is a vague count or a boast, not one nghìn tỷ
    'Hàng nghìn tỷ đồng vốn đầu tư công vẫn chưa giải ngân.',
    'Startup tham vọng xây dựng mô hình AI nghìn tỉ tham số.',
    'Tập đoàn nghìn tỷ mở rộng sang bất động sản khu công nghiệp.',
    // What the spending pays for is not investment
    'Công ty may Phước An dự kiến chi 45 tỷ đồng thưởng Tết cho công nhân.',
    'Ngân hàng chi 3.000 tỷ đồng trả cổ tức bằng tiền mặt.',
    'Doanh nghiệp khai đã chi 12 tỷ đồng hối lộ cán bộ thuế.',
    'Cả nước chi 1,8 tỷ USD nhập phân bón trong quý I.',
    'Gia đình chi 300 triệu đồng mua xe mới.',
    'Du khách chi gần 900 tỷ đồng đi chơi Đà Lạt dịp Tết.',
    'Khán giả chi hơn 300 tỷ đồng xem phim chiếu rạp trong tháng.',
    // Lawsuits and sacked coaches: compensation with no land in the line
    'Ca sĩ kiện hãng đĩa, đòi bồi thường 20 triệu USD.',
    'Câu lạc bộ phải đền bù 90 tỷ đồng cho huấn luyện viên bị sa thải.',
    'Hãng hàng không trả 12 tỷ đồng để bồi thường cho hành khách bị hoãn chuyến.',
    // A headline's topic before a colon is no label
    'Sự cố ở cảng hàng không Điện Biên: Hơn 3 tỉ đồng hỗ trợ các hộ dân.',
    'Doanh thu: 300 tỷ đồng trong quý I.',
    // ... not a charity appeal
    'Hội từ thiện kêu gọi 3 tỷ đồng giúp bệnh nhi ung thư.',
    // Damages claimed are no cost paid, even where the dispute is over a project
    'Nghệ sĩ thắng kiện trong vụ bị đòi bồi thường 5 tỉ đồng liên quan dự án phim.',
    'Nhà đầu tư yêu cầu bồi thường 40 tỷ đồng vì dự án chậm bàn giao.',
    // "tuyên" (a court's ruling) is no "tuyến" (a route) of a land context
    'Tòa tuyên trường đại học phải bồi thường 87 triệu đồng cho cựu sinh viên.',
    // Crime: the scale of a ring, what was stolen or spent on it
    'Triệt phá đường dây cá độ bóng đá quy mô 500 tỷ đồng.',
    'Nhóm đối tượng trộm cáp điện trị giá 800 triệu đồng trong cụm công nghiệp.',
    // Earning, losing, borrowing, prices per area or per person
    'Hợp tác xã thu gần 2 tỷ đồng từ vụ cam năm nay.',
    'Doanh nghiệp vay 500 tỷ đồng để bổ sung vốn lưu động.',
    'Căn hộ nhà ở xã hội được bán với giá từ 18 triệu đồng/m2.',
    'Căn hộ nhà ở xã hội tại Bắc Giang khoảng 16 triệu đồng một m2.',
    'Lao động trong khu công nghiệp có thu nhập 9 triệu đồng mỗi người một tháng.',
    'Quy mô thị trường logistics đạt 45 tỷ USD năm ngoái.',
    'Giá khởi điểm lô đất trong khu công nghiệp là 700 tỷ đồng.',
    'Sinh viên chi 5 triệu đồng thuê phòng gần khu công nghiệp.',
    'Thợ lặn nhận kinh phí 800.000 đồng/ngày.',
    'Diễn viên kiếm 30 triệu USD nhờ đầu tư chứng khoán.',
    'Dự án cần hơn 3 triệu m³ đất đắp nền.',
    // Prizes, wealth, a market's size, and funds raised by someone since sentenced
    'Nhà tài trợ trao thưởng em học sinh 100 triệu đồng vì thành tích.',
    'Nhà đầu tư kỳ cựu này hiện sở hữu hơn 2 tỷ USD.',
    'Doanh nghiệp bước vào thị trường thực phẩm chức năng với quy mô khoảng 3 tỷ USD.',
    'Giám đốc huy động hơn 200 tỉ đồng từ nhà đầu tư, lĩnh án chung thân.',
    // Typed without diacritics: purposes and cues that fold to no other word
    'Du khach chi gan 900 ty dong di choi Da Lat dip Tet',
    'Tap doan ban du an de co tien tra no gan 2.000 ty dong',
    'Cong ty huy dong von roi vo no hon 3.000 ti dong cua khach hang',
    'Ky su lam viec o cong ty von dau tu nuoc ngoai trung giai Jackpot hon 100 ty dong',
    // "bảng" without a scale word is a board, not the pound
    'Dự án đầu tư 12 bảng quảng cáo điện tử tại cửa ngõ khu công nghiệp.',
    // Gifts and donations, even where a sponsor's funds are named first
    'Câu lạc bộ trích quỹ tài trợ, tặng 200 triệu đồng cho người dân vùng bão.',
    'Nhiều doanh nghiệp trong khu công nghiệp ủng hộ 5 tỷ đồng cho quỹ phòng chống thiên tai.',
    'Đêm nhạc quyên góp được 600 triệu đồng giúp bệnh nhân nghèo.',
    // "trị giá" of something that is no project
    'Kẻ gian lấy đi số trang sức trị giá 2 tỷ đồng.',
    // A company numbered after a place named Đồng: in capitals only the next word tells.
    'CÔNG TY CƠ KHÍ SỐ 2 ĐỒNG THÁP (CHỦ ĐẦU TƯ) KHỞI CÔNG NHÀ XƯỞNG',
  ];
  it.each(NEGATIVE)('%s', (line) => {
    expect(money(line)).toEqual([]);
  });
});

describe('hedges carry their own diacritics', () => {
  it('"chung" (shared) is no "chừng" (about)', () => {
    expect(money('Các viện sẽ đầu tư phòng thí nghiệm chung 800 tỷ đồng.')).toEqual([[800e9, 'VND', 'exact']]);
    expect(money('Dự án cần vốn chừng 800 tỷ đồng.')).toEqual([[800e9, 'VND', 'approx']]);
  });
});

describe('bare amounts among numbers', () => {
  // The number scan also looks for the bare trigger words: they count wherever they stand.
  it('finds "hơn nghìn tỷ" between numbers', () => {
    expect(money('Dự án 50 ha, vốn hơn nghìn tỷ đồng và thêm 20 triệu USD.')).toEqual([[1e12, 'VND', 'over'], [20e6, 'USD', 'exact']]);
  });
  it('finds "hơn nghìn tỷ" after the quantity cap stopped the number scan', () => {
    expect(money('5 ha, '.repeat(1001) + 'vốn hơn nghìn tỷ đồng')).toEqual([[1e12, 'VND', 'over']]);
  });
});

describe('adversarial lines stay fast', () => {
  const LINES = [
    '9'.repeat(30_000) + ',5 tỷ đồng',
    'vốn đầu tư '.repeat(80_000) + '5 tỷ đồng',
    'tổng vốn 5 tỷ đồng, '.repeat(40_000),
    'nửa '.repeat(150_000) + 'tỷ USD',
    'hơn nghìn tỷ '.repeat(60_000),
  ];
  it.each(LINES.map((l) => [l.slice(0, 12), l]))('%s…', (_, line) => {
    const t = performance.now();
    extract(line);
    // A ceiling far above the linear time (well under a second) and far below a
    // quadratic pass over these lengths (minutes): it catches backtracking without
    // failing on a busy machine.
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
