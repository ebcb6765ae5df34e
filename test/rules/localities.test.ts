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
    ['Nhà máy ở Tx. Phú Mỹ và Tp. Biên Hòa mở rộng', ['town:Phú Mỹ', 'city:Biên Hòa']],
    ['Thu hồi đất tại thành phố Phan Rang-Tháp Chàm', ['city:Phan Rang - Tháp Chàm']],
    ['Tàu cao tốc ra huyện đảo Cô Tô tăng chuyến', ['district:Cô Tô']],
    // Names of the Central Highlands join syllables with an apostrophe.
    ["Cụm công nghiệp mới ở huyện Cư M'gar đón nhà đầu tư", ["district:Cư M'gar"]],
    ["NHÀ MÁY Ở HUYỆN CƯ M'GAR KHỞI CÔNG", ["district:CƯ M'GAR"]],
    ["Đường vào xã Ia H' Drai đã thông", ["commune:Ia H' Drai"]],
    // A neighbouring country must be written as one where the line has diacritics: `An Lão` is no `Lào`.
    ['Tuyến đường nối huyện Kiến Thụy, huyện An Lão vừa thông xe', ['district:Kiến Thụy', 'district:An Lão']],
    ['XE TẢI MẤT LÁI Ở XÃ THUẬN THÀNH RỒI LAO XUỐNG RUỘNG', ['commune:THUẬN THÀNH']],
    // `Liên đoàn` after a list's comma starts an organisation.
    ['Hội nghị ở phường Hạc Thành, Liên đoàn Lao động tỉnh chủ trì', ['ward:Hạc Thành']],
    // ... but a closing quote after a word is no such join.
    ["Phim 'Mùa xuân ở phường Nam' đồng loạt ra rạp", ['ward:Nam']],
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
    // Items each followed by their province: the list goes on past the asides, to the line's end too.
    ['Hạ tầng nối các huyện Yên Phong (Bắc Ninh), Hiệp Hòa (tỉnh Bắc Giang) và Đông Anh (Hà Nội).',
      ['district:Yên Phong', 'district:Hiệp Hòa', 'district:Đông Anh']],
    // ... but not on to what follows one: where, then what happened.
    ['Chiều qua, tại xã Ba Tơ (Quảng Ngãi), 2 người bị thương', ['commune:Ba Tơ']],
    ['Tại phường Ngọc Hà (Hà Nội), Tổng Bí thư tiếp xúc cử tri', ['ward:Ngọc Hà']],
    ['Nông dân phường Xuân Đài, Sông Cầu (Đắk Lắk) thu hoạch tôm', ['ward:Xuân Đài', 'ward:Sông Cầu']],
    // The level named at the end of an aside, the names after it.
    ['Ba đặc khu (gọi tắt là đặc khu) Vân Đồn (Quảng Ninh) và Phú Quốc (Kiên Giang) được đề xuất',
      ['special_zone:Vân Đồn', 'special_zone:Phú Quốc']],
    // A name that ends the line.
    ['Khu đất ở huyện Đức Hòa', ['district:Đức Hòa']],
    // ALL CAPS: an unknown (misspelt) name between known ones stays in the list.
    ['CÁC HUYỆN THÔNG NÔNG, THẠCH AN, HẠ LẠNG, TRÙNG KHÁNH CỦA TỈNH CAO BẰNG',
      ['district:THÔNG NÔNG', 'district:THẠCH AN', 'district:HẠ LẠNG', 'district:TRÙNG KHÁNH']],
    ['CÁC HUYỆN THÔNG NÔNG, THẠCH AN, HẠ LẠNG CỦA TỈNH CAO BẰNG', ['district:THÔNG NÔNG', 'district:THẠCH AN']],
    // ALL CAPS: after a comma, words news always writes in lower case are no list item.
    ['XÃ BÌNH KHÁNH, SỨC CHỞ ĐẾN 500 NGƯỜI', ['commune:BÌNH KHÁNH']],
    ['CÁC XÃ AN BÌNH, TÂN HÒA VÀ PHÚ AN', ['commune:AN BÌNH', 'commune:TÂN HÒA', 'commune:PHÚ AN']],
    // ALL CAPS with province asides: each aside closes an item, known or not, of any length.
    ['ĐỀ XUẤT BA ĐẶC KHU VÂN ĐỒN (QUẢNG NINH), BẮC VÂN PHONG (KHÁNH HÒA) VÀ PHÚ QUỐC (KIÊN GIANG)',
      ['special_zone:VÂN ĐỒN', 'special_zone:BẮC VÂN PHONG', 'special_zone:PHÚ QUỐC']],
    // ... and the list still stops at what follows an item's aside.
    ['ĐẶC KHU VÂN ĐỒN (QUẢNG NINH), 2 NGƯỜI BỊ THƯƠNG', ['special_zone:VÂN ĐỒN']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });
});

describe('localities: a bare district in a place phrase', () => {
  it.each([
    // Alone in brackets after what it locates.
    ['KCN Phước Đông (Gò Dầu) đón thêm nhà đầu tư', ['district:Gò Dầu']],
    ['Nhà máy thép (Nghi Sơn, Thanh Hóa) tăng công suất', ['town:Nghi Sơn']],
    ['Lễ hội được tổ chức ở Cần Giờ vào cuối tuần', ['district:Cần Giờ']],
    // The name ends at a sentence's end or a comma, whatever follows.
    ['Lễ hội được tổ chức ở Cần Giờ. Nhiều du khách đã đến', ['district:Cần Giờ']],
    ['Vườn rau ở Mê Linh, Tây Tựu vào mùa', ['district:Mê Linh']],
    // ALL CAPS: a word news always writes in lower case ends it.
    ['NGƯỜI BÁN HÀNG Ở CẦN GIỜ GIÚP DU KHÁCH TÌM NGƯỜI THÂN', ['district:CẦN GIỜ']],
    // Also written with its level: that unit, listed once at the written level.
    ['Bến tàu mới ở Côn Đảo. Đặc khu Côn Đảo vừa đưa bến tàu khách vào khai thác', ['special_zone:Côn Đảo']],
    ['Lễ hội hoa ở Đà Lạt: phường Đà Lạt đón hàng nghìn khách', ['ward:Đà Lạt']],
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
    // A level word ending a sentence: the next one starts with a capital.
    'Tỉnh điều động cán bộ về xã, phường. Chiều nay, đoàn công tác lên đường',
    'Người dân có thể nộp hồ sơ tại phường. Ông Trần Văn Bình cho biết thêm',
    // Two sentences do not make one name: `Đức` (Germany), then `Cơ quan`, is not `Đức Cơ`.
    'Một ngân hàng bị phạt nặng tại Đức. Cơ quan giám sát cho biết thêm',
    // ALL CAPS: a word news text writes in lower case, starting a phrase, is no name.
    'NGƯỜI DÂN ĐẾN PHƯỜNG NHẬN QUÀ TẾT',
    'CÁN BỘ XÃ PHẢI VƯỢT SUỐI ĐỂ ĐẾN THÔN',
    'CÁC XÃ MIỀN NÚI THIẾU GIÁO VIÊN',
    // "phố phường" (a city's streets) and "làng xã" (villages) are words, not level words.
    'Phố phường Hải Phòng rực rỡ cờ hoa',
    'Giữ gìn văn hóa làng xã Nam Bộ',
    'TỈNH CÓ THÊM 20 XÃ NÔNG THÔN MỚI',
    // ... nor a pair of words news writes in lower case.
    'MỘT XÃ HOÀN THÀNH PHÁT QUÀ TẾT SỚM',
    // ... nor a common phrase after the level word: special economic zones, core communes.
    'HÌNH THÀNH ĐẶC KHU KINH TẾ GẦN BIÊN GIỚI',
    'XÂY DỰNG MÔ HÌNH ĐẶC KHU THẾ HỆ MỚI',
    'Phát triển các xã hạt nhân có sức lan tỏa',
    // Typed without diacritics: tham quan (visit), địa phương, phương Tây, đặc xá.
    'Du khach tham quan Ha Long dip le',
    'Chinh quyen dia phuong 2 cap van hanh on dinh',
    'Hop tac voi cac nuoc phuong Tay ngay cang sau rong',
    'Chu tich nuoc quyet dinh dac xa 120 pham nhan',
    // ... bình quân (average), Không quân (the air force), quê quán (home town), quán ăn (an eatery).
    'Tang truong GRDP binh quan 10-11% moi nam',
    'Trung doan Khong quan 917 luyen tap bay',
    'Toi phai khai que quan Hai Phong',
    // ... cư xá (housing estate), Thương xá (a store), bệnh xá (an infirmary); xa (far) before a distance.
    'Di doi 6 lo chung cu cu xa Thanh Da',
    'Du an Thuong xa Tax chua trien khai',
    'Benh xa Dang Thuy Tram duoc giu ten',
    'Camera quay ro bien so xe tu xa 500 m',
    // A commune is never numbered: "trung tâm xã 6 giờ đi bộ" is a distance in time.
    'Thôn nằm cách trung tâm xã 6 giờ đi bộ',
    'Tieu thu o cac quan an thi bi phat hien',
    // Where case speaks, a known name written in lower case is words: "thành phố thống nhất".
    'Cả thành phố thống nhất chủ trương mới',
  ])('%s', (line) => {
    expect(localities(line)).toEqual([]);
  });

  it('without diacritics, Chu and Pho start names unless a title follows (Chủ tịch, Phó Bí thư)', () => {
    expect(localities('UBND xa Chu Prong canh bao nguoi dan')).toEqual(['commune:Chu Prong']);
    expect(localities('Khu nha o phuong Pho Hien dang tim nha dau tu')).toEqual(['ward:Pho Hien']);
    expect(localities('Pho chu tich xa Pho Bi thu Dang uy du hop')).toEqual([]);
    // With diacritics, only the title's own spelling is a title: Chũ is a ward.
    expect(localities('Vườn vải ở phường Chũ, phường Phượng Sơn')).toEqual(['ward:Chũ', 'ward:Phượng Sơn']);
  });

  it('without diacritics, a level word after other words still counts', () => {
    expect(localities('Cong an xa Tan Lap vao cuoc')).toEqual(['commune:Tan Lap']);
    expect(localities('Doi bong da phuong Tan Phu thang 2-1')).toEqual(['ward:Tan Phu']);
    expect(localities('Pho bi thu thuong truc quan 10 nhan nhiem vu moi')).toEqual(['urban_district:10']);
  });

  it('after an abbreviation the dot is the abbreviation\'s', () => {
    expect(localities('Trụ sở tại P. Bến Thành và TX. Phú Mỹ')).toEqual(['ward:Bến Thành', 'town:Phú Mỹ']);
  });
});

describe('localities: ALL CAPS names end before a verb phrase', () => {
  it.each([
    ['CÔNG AN PHƯỜNG TÂN AN PHỐI HỢP BẮT GIỮ ĐỐI TƯỢNG', ['ward:TÂN AN']],
    ['XÃ BÌNH MINH ĐẶT MỤC TIÊU THU HÚT 3 DỰ ÁN', ['commune:BÌNH MINH']],
    // A third syllable news mostly writes in lower case, starting a phrase, ends an unknown name ...
    ['PHƯỜNG TÂN ĐỊNH PHÁT TRIỂN KHÔNG GIAN XANH', ['ward:TÂN ĐỊNH']],
    ['XÃ HÒA AN HỖ TRỢ DOANH NGHIỆP LÀM ĐƯỜNG', ['commune:HÒA AN']],
    // ... but a known name of three syllables goes on, even through a stop word.
    ['PHƯỜNG THỦ DẦU MỘT ĐÓN NHÀ ĐẦU TƯ', ['ward:THỦ DẦU MỘT']],
    // An unknown third syllable that does not close the name starts the phrase after it ("nổi lên") ...
    ['PHƯỜNG TÂN LẬP NỔI LÊN NHƯ MỘT ĐIỂM SÁNG', ['ward:TÂN LẬP']],
    ['PHƯỜNG TÂN LẬP ĐỀ RA KẾ HOẠCH MỚI', ['ward:TÂN LẬP']],
    // ... unless the name closes cleanly, or has the shape of a longer name:
    // a direction, a person's name.
    ['XÃ HÒA PHÚ TÂN VÀ XÃ AN BÌNH', ['commune:HÒA PHÚ TÂN', 'commune:AN BÌNH']],
    ['PHƯỜNG TÂN THỚI ĐÔNG TỔ CHỨC HỘI NGHỊ', ['ward:TÂN THỚI ĐÔNG']],
    ['PHƯỜNG NGUYỄN THÁI HỌC TỔ CHỨC HỘI NGHỊ', ['ward:NGUYỄN THÁI HỌC']],
    // A one-letter section closes a three-syllable name.
    ['TRƯỚC ĐÂY THUỘC P.BÌNH HƯNG HÒA B, Q.BÌNH TÂN', ['ward:BÌNH HƯNG HÒA B', 'urban_district:BÌNH TÂN']],
    // ... but a name may end in such a word ("kè"), before a comma or "và".
    ['ĐƯỜNG NỐI XÃ CẦU KÈ VÀ XÃ AN PHÚ TÂN', ['commune:CẦU KÈ', 'commune:AN PHÚ TÂN']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });
});

describe('localities: names whose first word often starts something else', () => {
  it.each([
    // With diacritics `Chư`, `Nha`, `Bản`, `Phố` are not `Chủ`, `Nhà`, `Ban`, `Phó`.
    ['Mở rộng cụm công nghiệp ở huyện Chư Păh', ['district:Chư Păh']],
    ['Nhà đầu tư đến phường Nha Trang tìm mặt bằng', ['ward:Nha Trang']],
    ['Bà con xã Bản Phiệt trồng chuối xuất khẩu', ['commune:Bản Phiệt']],
    ['Lễ hội ở phường Phố Hiến kéo dài ba ngày', ['ward:Phố Hiến']],
    // `Trường`, `Nhà`, `Đoàn` start a name unless the next word makes them a school, a building, a delegation.
    ['Tàu cá cập cảng đặc khu Trường Sa an toàn', ['special_zone:Trường Sa']],
    ['Đường liên xã Trường Thịnh được nâng cấp', ['commune:Trường Thịnh']],
    ['Cụm công nghiệp ở xã Nhà Bè sắp đấu giá', ['commune:Nhà Bè']],
    ['Nông dân phường Đoàn Kết thu hoạch lúa', ['ward:Đoàn Kết']],
    // A known unit's name passes the foreign-syllable test at any level.
    ['Chợ đêm ở phường Pleiku đông khách', ['ward:Pleiku']],
    // `P.` glued to the name, and `H.` before a known district.
    ['Nhà xưởng tại P.Tân Định và H.Củ Chi cho thuê', ['ward:Tân Định', 'district:Củ Chi']],
  ])('%s', (line, want) => {
    expect(localities(line)).toEqual(want);
  });

  it.each([
    'Sinh viên thị xã Trường Đại học Sư phạm tham gia',
    'Lãnh đạo xã Chủ tịch UBND tỉnh tiếp',
    'Phó chủ tịch xã Phó Bí thư Đảng ủy dự họp',
    'Ý kiến của xã Đoàn công tác ghi nhận',
    'ÔNG H. NÓI RẰNG SẼ KHÁNG CÁO', // an initial, not `huyện`
    'Cửa hàng H.P.H bị xử phạt',
    // A writer's name in brackets after the last sentence.
    'Xe máy lao vào cửa hàng ven đường. (Cần Đước)',
  ])('nothing: %s', (line) => {
    expect(localities(line)).toEqual([]);
  });
});

describe('localities: places abroad and province-level cities', () => {
  it.each([
    'Một vụ nổ xảy ra ở thị trấn Florida, nhiều người bị thương. Cảnh sát điều tra.',
    'Tuyết rơi dày ở xã Ontario trong nhiều ngày. Giao thông tê liệt.',
    'Cảnh sát thành phố Nagoya bắt giữ nghi phạm',
    'Cửa khẩu ở huyện Sầm Nưa, tỉnh Hủa Phăn (Lào) mở lại',
    // A province-level name that is no city below a province is the province.
    'Sở Công Thương thành phố Đồng Nai kiểm tra các nhà máy',
  ])('%s', (line) => {
    expect(localities(line)).toEqual([]);
  });
});

describe('localities: long lines stay linear', () => {
  it.each(['xã Hà Nội, ', 'huyện Quảng Ninh, Hà Nội, ', '(Thái Thụy, Thái Bình) tại Vân Đồn, xã Tân An '])('%s × many', (unit) => {
    const line = unit.repeat(Math.ceil(200_000 / unit.length));
    const t = performance.now();
    extract(line);
    // A ceiling far above the linear time (well under a second) and far below a
    // quadratic pass over these lengths (minutes): it catches backtracking without
    // failing on a busy machine.
    expect(performance.now() - t).toBeLessThan(15_000);
  });
});
