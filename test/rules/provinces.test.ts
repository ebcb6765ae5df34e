import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const provinces = (line: string) => extract(line).provinces;

describe('provinces: written forms', () => {
  it.each([
    ['Sở Xây dựng tỉnh Hưng Yên họp bàn quy hoạch', ['Hưng Yên']],
    ['UBND TP.HCM và UBND TPHCM cùng ký', ['Hồ Chí Minh']],
    ['Nhà máy mới ở BR-VT đi vào hoạt động', ['Bà Rịa - Vũng Tàu']],
    ['Cảng biển Bà Rịa-Vũng Tàu mở rộng', ['Bà Rịa - Vũng Tàu']],
    ['Thanh Hoá thu hút thêm dự án', ['Thanh Hóa']],
    ['Thanh Hoa thu hut them du an', ['Thanh Hóa']],
    ['THANH HÓA THU HÚT THÊM DỰ ÁN', ['Thanh Hóa']],
    ['Thanh Hóa thu hút thêm dự án'.normalize('NFD'), ['Thanh Hóa']],
    ['Đăk Lăk mở thêm cụm công nghiệp', ['Đắk Lắk']],
    ['Nhà đầu tư Nhật đến Bắc Ninh, Hải Dương và Hà Nội', ['Bắc Ninh', 'Hải Dương', 'Hà Nội']],
    ['Dự án VSIP Quảng Ngãi mở rộng giai đoạn hai', ['Quảng Ngãi']],
    ['Khu kinh tế Vân Phong - Khánh Hòa đón nhà đầu tư', ['Khánh Hòa']],
    ['Thừa Thiên Huế trước đây, nay là thành phố Huế', ['Thừa Thiên Huế', 'Huế']],
    ['Người dân ở Sài Gòn đổ về trung tâm', ['Hồ Chí Minh']],
    ['Văn phòng đại diện đặt tại TP. HCM', ['Hồ Chí Minh']], // an abbreviation's dot and a space still join
    ['Công an thành phố Đồng Nai kiểm tra khu công nghiệp', ['Đồng Nai']],
  ])('%s', (line, want) => {
    expect(provinces(line)).toEqual(want);
  });
});

describe('provinces: not counted', () => {
  it.each([
    'Việt Nam thu hút vốn FDI kỷ lục',
    'Dự án nằm ở huyện Quảng Ninh, cách biển 10 km', // a district of Quảng Bình
    'Đường sông Sài Gòn được nạo vét',
    'Giải Nobel Hòa bình năm nay được trao cho một tổ chức',
    'Phó thủ tướng Nguyễn Hòa Bình làm việc với doanh nghiệp',
    'Các nước châu Á - Thái Bình Dương họp thượng đỉnh',
    'Đường Điện Biên Phủ được mở rộng',
    'Cụm công nghiệp mới ở Điện Biên Đông rộng 20 ha', // a district of Điện Biên
    'Gia đình ở huyện Phù Yên trồng thêm mận', // Phù Yên (Sơn La), not Phú Yên
    'bao cao cho thay ha nam nay kho khan', // lower-case words that fold to a name
    // A capitalised name's last syllable and lower-case words after it ("Việt Nam định hướng").
    'Đội tuyển Việt Nam định hình lối chơi mới',
    'Tong Bi thu To Lam dong chu tri cuoc hop',
    'CCN Tan Quang nam tai thi tran Voi',
    // ... in capitals too, where case cannot tell: the word before makes the other name.
    'ĐỘI TUYỂN VIỆT NAM ĐỊNH HÌNH LỐI CHƠI MỚI',
    'TỔNG BÍ THƯ TÔ LÂM ĐỒNG CHỦ TRÌ HỘI NGHỊ',
    // "Peace" after words that make it the word, in any case.
    'Ủy ban trao giải Nobel Hòa Bình cho một nhà hoạt động',
    'LỰC LƯỢNG GÌN GIỮ HÒA BÌNH LÊN ĐƯỜNG LÀM NHIỆM VỤ',
    'HAI BÊN NỐI LẠI ĐÀM PHÁN HÒA BÌNH TẠI DOHA',
    'VIỆN HẢI DƯƠNG HỌC MỞ CỬA KHU TRƯNG BÀY MỚI', // oceanography
    // Typed without diacritics: a sentence's capital, a person, oceanography.
    'Dien bien vu an dang duoc dieu tra them',
    'Pho thu tuong Nguyen Hoa Binh lam viec voi doanh nghiep',
    'Vien Hai duong hoc mo cua khu trung bay',
    // ... a name folding to a name and a common word: "Hòa bình" (peace), "Sơn là" (Sơn is).
    'Cuoc thi Hoa hau Hoa binh mo vong so khao',
    'Ca khuc cua nhac si Truong Son la mot ky niem dep',
    // A dash with spaces joins two names: no two-syllable province spans it.
    'Đại lộ Tân Hòa - Bình Lợi kết nối hai xã',
    // ALL CAPS: "hòa bình" (peace) and "hải dương" (ocean) after a word are the words.
    'LỄ HỘI VÌ HÒA BÌNH KHAI MẠC TỐI NAY',
    'GIẢI ĐUA XE ĐẠP LAN TỎA THÔNG ĐIỆP HÒA BÌNH',
    'KHÁM PHÁ SINH VẬT HẢI DƯƠNG QUÝ HIẾM',
    // ... Huệ, a syllable of other names, followed by the rest of the name.
    'Du khach tham chua Hue Nghiem dip dau nam',
    'Bat nhom trom tai khu du lich Tan Hue Vien',
  ])('%s', (line) => {
    expect(provinces(line)).toEqual([]);
  });

  it.each([
    ['KCN LƯƠNG SƠN, HÒA BÌNH THU HÚT THÊM DỰ ÁN', ['Hòa Bình']],
    ['Công ty cổ phần Hòa Bình Xanh mở nhà máy', ['Hòa Bình']], // "phần", not "phán"
    ['HẢI DƯƠNG HỌC TẬP KINH NGHIỆM THU HÚT FDI', ['Hải Dương']], // the province, then the verb "học tập"
    ['Dien Bien thu hut them dau tu', ['Điện Biên']],
    ['Du an moi o Da nang khoi cong', ['Đà Nẵng']], // only the first capital, mid-sentence
    ['Do Ha Noi thieu mat bang nen du an doi dia diem', ['Hà Nội']], // "Do" (because) opens the sentence
    ['Tinh Son La thu hut them du an', ['Sơn La']],
    // ALL CAPS: after a word that makes it a place, or after a comma, the province.
    ['DOANH NGHIỆP TẠI HÒA BÌNH MỞ RỘNG SẢN XUẤT', ['Hòa Bình']],
    ['UBND TỈNH HẢI DƯƠNG PHÊ DUYỆT QUY HOẠCH', ['Hải Dương']],
    ['BẮC NINH VÀ HẢI DƯƠNG CŨ THU HÚT THÊM VỐN', ['Bắc Ninh', 'Hải Dương']],
    // ALL CAPS: a surname-like word closing a compound (sư phạm, đô thị) makes no person.
    ['TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI TUYỂN SINH', ['Hà Nội']],
    ['CÔNG TY MÔI TRƯỜNG ĐÔ THỊ CÀ MAU THAY LÃNH ĐẠO', ['Cà Mau']],
    ['ÔNG PHẠM HÀ NAM NHẬN NHIỆM VỤ MỚI', []],
    // ... where a typo keeps only the first capital, after a place word or opening the line.
    ['Công an TP Hải phòng tạm giữ tài xế', ['Hải Phòng']],
    // A surname-like syllable ending a district's name before it makes no person either.
    ['Nhà xưởng ở KCN Quế Võ Bắc Ninh đổi chủ', ['Bắc Ninh']],
    ['Nha xuong o KCN Que Vo Bac Ninh doi chu', ['Bắc Ninh']],
    ['Bà Lê Võ Bắc Ninh nhận nhiệm vụ mới', []],
    // A two-syllable name written with a hyphen and no spaces, and a spaced dash inside a longer name.
    ['Ve Hoa-Binh tham que', ['Hòa Bình']],
    ['Cảng biển Bà Rịa - Vũng Tàu đón tàu lớn', ['Bà Rịa - Vũng Tàu']],
    // Huế before a person's name, after a word that makes it the city; or before a number.
    ['Chu tich UBND TP Hue Tran Van An ky quyet dinh', ['Huế']],
    ['Giai chay Hue 2026 thu hut 5.000 nguoi', ['Huế']],
  ])('still the province: %s', (line, want) => {
    expect(provinces(line)).toEqual(want);
  });
});
