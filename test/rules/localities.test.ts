import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const localities = (line: string) => extract(line).localities.map((l) => `${l.level}:${l.name}`);

describe('localities: with a prefix', () => {
  it.each([
    ['Nhà máy đặt tại xã Tân Lập, huyện Đức Huệ, tỉnh Long An', ['commune:Tân Lập', 'district:Đức Huệ']],
    ['Dự án thuộc phường An Phú, TX. Thuận An', ['ward:An Phú', 'town:Thuận An']],
    ['Cụm công nghiệp ở thị trấn Cần Giuộc mở rộng', ['township:Cần Giuộc']],
    ['Quy hoạch mở rộng ở TP Bắc Giang và thị xã Việt Yên', ['city:Bắc Giang', 'town:Việt Yên']],
    ['Khu đất ở Quận 9 cũ và phường 12, Q.Gò Vấp', ['urban_district:9', 'ward:12', 'urban_district:Gò Vấp']],
    ['Du khách đến đặc khu Côn Đảo ngày càng đông', ['special_zone:Côn Đảo']],
    ['Văn phòng ở P.Bến Nghé, TP.HCM', ['ward:Bến Nghé']],
    ['Thu hồi đất tại thành phố Phan Rang-Tháp Chàm', ['city:Phan Rang - Tháp Chàm']],
    ['XÃ ĐÔNG THẠNH, HUYỆN CẦN GIUỘC ĐÓN DỰ ÁN MỚI', ['commune:ĐÔNG THẠNH', 'district:CẦN GIUỘC']],
    ['du an o xa Tan Lap, huyen Duc Hue', ['commune:Tan Lap', 'district:Duc Hue']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });
});

describe('localities: a prefix shared by a list', () => {
  it.each([
    ['Quy hoạch đi qua các huyện Yên Mỹ, Văn Lâm và Mỹ Hào', ['district:Yên Mỹ', 'district:Văn Lâm', 'district:Mỹ Hào']],
    ['Thu hồi đất ở 2 xã Hòa Khánh và Hòa Phú, huyện Hòa Vang', ['commune:Hòa Khánh', 'commune:Hòa Phú', 'district:Hòa Vang']],
    ['Đường nối các xã: Phú Hòa, Phú Lợi', ['commune:Phú Hòa', 'commune:Phú Lợi']],
    // A province ends the list.
    ['Khu đất thuộc huyện Đức Hòa, Long An', ['district:Đức Hòa']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });
});

describe('localities: a bare district in a place phrase', () => {
  it.each([
    ['Nhà máy thép (Nghi Sơn, Thanh Hóa) tăng công suất', ['town:Nghi Sơn']],
    ['Lễ hội được tổ chức ở Cần Giờ vào cuối tuần', ['district:Cần Giờ']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });
});

describe('localities: nothing', () => {
  it.each([
    'Chính sách an sinh xã hội được mở rộng',
    'Công an cấp xã phối hợp kiểm tra',
    'Quy hoạch sử dụng đất cấp huyện đã được duyệt',
    'Thành phố Hải Phòng thu hút vốn FDI', // a centrally-run city is a province
    'UBND TP.HCM ban hành kế hoạch',
    'Các xã đều hoàn thành chỉ tiêu',
    'Đập thủy điện giáp huyện Mường Tè, tỉnh Vân Nam (Trung Quốc)',
    'Cơ quan chức năng liên quan đang vào cuộc',
    'Nhà nghỉ ở xa trung tâm',
    'Thông tấn xã Việt Nam đưa tin',
    'Cư dân quận Cam ở California',
    'Sân bay Gia Bình (Bắc Ninh) được mở rộng',
  ])('%s', (line) => {
    expect(localities(line)).toEqual([]);
  });
});

describe('localities: long lines stay linear', () => {
  it.each(['xã Hà Nội, ', 'huyện Quảng Ninh, Hà Nội, ', '(Thái Thụy, Thái Bình) tại Vân Đồn, xã Tân An '])('%s × many', (unit) => {
    const line = unit.repeat(Math.ceil(200_000 / unit.length));
    const t = performance.now();
    extract(line);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
