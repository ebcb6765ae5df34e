import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Qualifier } from '../../src/types.js';

const areas = (line: string) => extract(line).areas.map((a) => [a.hectares, a.qualifier]);
import { retypings } from '../helpers/retype.js';

const CASES: [string, [number, Qualifier][]][] = [
  ['Cụm công nghiệp Tân Lộc rộng 52ha vừa được phê duyệt.', [[52, 'exact']]],
  ['Dự án có diện tích 1.250 ha nằm ven sông.', [[1250, 'exact']]],
  ['Nhà xưởng rộng 2.500 m2 bị hư hỏng.', [[0.25, 'exact']]],
  ['Khu đất 12.400m² được giao cho doanh nghiệp.', [[1.24, 'exact']]],
  ['Khu kinh tế rộng 120,5 km2 nằm giáp biên giới.', [[12050, 'exact']]],
  ['Tổng diện tích 35,75 hecta đã được bàn giao.', [[35.75, 'exact']]],
  ['Quy hoạch thêm 80 héc-ta đất công nghiệp.', [[80, 'exact']]],
  ['Khu đất 45.5 ha được quy hoạch lại.', [[45.5, 'exact']]],
  ['Vùng nguyên liệu khoảng 2 triệu m² sẽ được mở rộng.', [[200, 'approx']]],
  ['Chương trình trồng rừng gần 12 nghìn ha ở miền núi.', [[12000, 'nearly']]],
  // Hedges right before the number
  ['KCN Đông Phú rộng hơn 64ha.', [[64, 'over']]],
  ['Khu đất trên 90 ha đã giải phóng xong.', [[90, 'over']]],
  ['Nhà máy được xây trên diện tích 27ha.', [[27, 'exact']]],
  ['Cụm công nghiệp có quy mô chừng 40 ha.', [[40, 'approx']]],
  ['Diện tích ước tính 310 ha.', [[310, 'approx']]],
  ['Dự kiến khoảng 75 ha được thu hồi.', [[75, 'approx']]],
  ['Mỗi cụm có diện tích dưới 75 ha.', [[75, 'under']]],
  ['Khu vực chưa tới 9 ha vẫn còn trống.', [[9, 'under']]],
  ['Khu kinh tế có thể mở rộng lên tới 2.000 ha.', [[2000, 'up_to']]],
  ['Tổng diện tích xấp xỉ gần 500 ha.', [[500, 'nearly']]],
  // Ranges and pairs share the unit and the hedge
  ['Quy mô mỗi cụm khoảng 50 - 75 ha.', [[50, 'approx'], [75, 'approx']]],
  ['Diện tích tăng từ 120 lên 350ha sau điều chỉnh.', [[120, 'exact'], [350, 'exact']]],
  ['Đã giải phóng mặt bằng 40/95,5ha.', [[40, 'exact'], [95.5, 'exact']]],
  ['Thu hẹp từ 800 ha xuống còn 650,5 ha.', [[800, 'exact'], [650.5, 'exact']]],
  ['Mở rộng từ hơn 500ha lên 900ha.', [[500, 'over'], [900, 'exact']]],
  ['Từ 300 ha đến 450 ha tuỳ giai đoạn.', [[300, 'exact'], [450, 'exact']]],
  // A hedge on the second end only: the first keeps its own reading
  ['Các cụm có quy mô từ 30 đến hơn 75 ha.', [[30, 'exact'], [75, 'over']]],
  ['Diện tích mỗi khu 120 - gần 200 ha.', [[120, 'exact'], [200, 'nearly']]],
  // Lists, repeats
  ['KCN A (210 ha); KCN B (130 ha); KCN C (210 ha).', [[210, 'exact'], [130, 'exact']]],
  // "Hà" folds to "ha": a number right before is still hectares
  ['Năm 2023 Hà Nội thu hút thêm vốn, với 150 ha đất sạch.', [[150, 'exact']]],
  ['Khu công nghiệp 300 ha Hà Nam đang tuyển lao động.', [[300, 'exact']]],
  // The unit capitalised in a line with diacritics: "Hà" would carry its own
  ['Tỉnh giao thêm 150 Ha đất cho cụm công nghiệp.', [[150, 'exact']]],
];

describe('areas', () => {
  it.each(CASES)('%s', (line, expected) => {
    expect(areas(line)).toEqual(expected);
  });
});

describe('areas survive other writings of the same line', () => {
  const transforms = [['no diacritics', retypings.noaccent], ['NFD', retypings.nfd], ['upper case', retypings.upper]] as const;
  for (const [name, f] of transforms) {
    it.each(CASES)(`${name}: %s`, (line, expected) => {
      expect(areas(f(line))).toEqual(expected);
    });
  }
});

describe('not areas', () => {
  const NEGATIVE = [
    // Rates: an area per person, per hour or per year is no land area
    'Mỗi công nhân được bố trí tối thiểu 6 m2/người trong ký túc xá.',
    'Máy gặt đạt công suất 2,5 ha/giờ.',
    'Tỉnh trồng mới 300 ha/năm rừng phòng hộ.',
    'Khu công nghiệp nằm cách sân bay 12 km và cảng biển 30km.',
    'San lấp 150.000m3 đất và làm 4,2 km đường.',
    // Typed without diacritics, a season "2025-2026 hạ màn" reads "2025-2026 ha": two years are no area
    'Giai bong da mua 2025-2026 ha man voi nhieu bat ngo.',
    'Năm 2024 Hà Tĩnh đón nhiều dự án mới.',
    'Lãnh đạo tỉnh Hà Nam làm việc với nhà đầu tư.',
    // A model code, and a capitalised name typed without diacritics
    'Nhà máy điện dùng tua-bin khí 9HA.02 của hãng Mỹ.',
    'Xe khach so 29 Ha Noi gap su co.',
    'Giá thuê đất khoảng 120 USD/m2 mỗi chu kỳ.',
    'Căn hộ bán giá 45 triệu mỗi m2.',
    'Mỗi ha được hỗ trợ 10 triệu đồng.',
    'Tỷ lệ lấp đầy đạt 73%, tăng trưởng 7,5-9%/năm giai đoạn 2021- 2030.',
    'Ngày 15/3/2024, đoàn công tác khảo sát cụm công nghiệp Phương Nam.',
    'Khu nhà Phạha có 20 hộ dân.',
    'Liên hệ 0912.345.678 để biết thêm chi tiết.',
  ];
  it.each(NEGATIVE)('%s', (line) => {
    expect(areas(line)).toEqual([]);
  });
});

describe('adversarial lines stay fast', () => {
  const LINES = [
    '1.'.repeat(200_000) + '5 ha',
    '9'.repeat(30_000) + ',5 ha',
    'khoảng '.repeat(100_000) + '5 ha',
    '1 - '.repeat(100_000) + '5 ha',
    'hơn 5 ha '.repeat(50_000),
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
