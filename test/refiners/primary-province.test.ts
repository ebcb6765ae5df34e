import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { KnownPark } from '../../src/types.js';

describe('primary province', () => {
  it.each([
    ['Hải Dương và Bắc Ninh ký kết hợp tác', 'Hải Dương', 'Hải Phòng'],
    ['Huyện Cẩm Giàng vừa khởi công cụm công nghiệp', 'Hải Dương', 'Hải Phòng'],
    ['Cụm công nghiệp ở quận Bình Tân được di dời', 'Hồ Chí Minh', 'Hồ Chí Minh'], // the level narrows Bình Tân
    ['Nhà máy đặt tại thành phố Long Khánh', 'Đồng Nai', 'Đồng Nai'],
    // A ward named after a former province is a ward: the province is the one after it.
    ['Chợ mới ở P.Kon Tum (tỉnh Quảng Ngãi) khai trương', 'Quảng Ngãi', 'Quảng Ngãi'],
    // A province-level name after `thành phố` with no city of that name below it.
    ['Sở Xây dựng thành phố Đồng Nai duyệt quy hoạch', 'Đồng Nai', 'Đồng Nai'],
    // A special zone implies its province.
    ['Cảng cá ở đặc khu Vân Đồn được nâng cấp', 'Quảng Ninh', 'Quảng Ninh'],
    // A bare town whose record lists it at the level written later still names the town.
    ['Sạt lở đất ở Sa Pa. Đường vào bản du lịch của xã Sa Pa bị chia cắt', 'Lào Cai', 'Lào Cai'],
    // A district whose name holds an apostrophe.
    ["Dự án điện gió ở huyện Ia H' Drai được gia hạn", 'Kon Tum', 'Quảng Ngãi'],
  ])('%s → %s', (line, province, p2025) => {
    const x = extract(line);
    expect(x.province).toBe(province);
    expect(x.province_2025).toBe(p2025);
  });

  it.each([
    'Huyện Châu Thành có thêm cụm công nghiệp', // in ten provinces
    'Xã Bình An được giao đất làm khu tái định cư', // communes never imply a province
    'Khu công nghiệp Đoan Hùng mở rộng', // a park name is not a district phrase
  ])('%s → null', (line) => {
    expect(extract(line).province).toBeNull();
  });

  it('falls back to a known park’s province', () => {
    const knownParks: KnownPark[] = [{ name: 'Sunrise Valley', kind: 'industrial_park', province: 'Long An', aliases: [] }];
    const x = extract('Nhà đầu tư thứ cấp đến Sunrise Valley', { knownParks });
    // Only when the parks rule reports the park; the refiner never guesses from raw text.
    expect([null, 'Long An']).toContain(x.province);
  });
});
