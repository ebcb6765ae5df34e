import { describe, expect, it } from 'vitest';
import { cleanLine, fold, isAllCaps, prepare, prepareLine } from '../../src/normalize/text.js';

describe('prepare', () => {
  it.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['KHÁNH HOÀ', 'KHÁNH HÒA'],
    ['Thuỷ Nguyên', 'Thủy Nguyên'],
    ['hoà bình', 'hòa bình'],
    // closed syllables and qu- keep their tone where it is
    ['Hoàn Kiếm', 'Hoàn Kiếm'],
    ['quý I', 'quý I'],
    ['Ðà Nẵng', 'Đà Nẵng'],
    ['Tử Đà – An Đạo', 'Tử Đà - An Đạo'],
    ['50\u00a0ha', '50 ha'],
  ])('%s → %s', (input, want) => {
    expect(prepare(input)).toBe(want);
  });
});

describe('fold', () => {
  it.each([
    ['Cụm công nghiệp Xuân Cao 2', 'cum cong nghiep xuan cao 2'],
    ['ĐỒNG NAI', 'dong nai'],
    ['Đắk Lắk', 'dak lak'],
    ['TP.HCM', 'tp.hcm'],
  ])('%s → %s', (input, want) => {
    expect(fold(input)).toBe(want);
  });

  it('keeps the length of any string, so spans carry over', () => {
    const s = 'Khu công nghiệp Ⅲ 😀 İstanbul ẞ ﬁ Ωμέγα';
    expect(fold(s)).toHaveLength(s.length);
    expect(prepare(s)).toHaveLength(s.length);
  });

  it('folds a long line in one piece', () => {
    const s = 'Hà Nội '.repeat(3000);
    expect(fold(s)).toBe('ha noi '.repeat(3000));
  });
});

describe('prepareLine', () => {
  it('normalises NFD input to NFC and trims it', () => {
    const raw = '  Thanh Hóa  '.normalize('NFD');
    const line = prepareLine(raw);
    expect(line.text).toBe('Thanh Hóa');
    expect(line.fold).toBe('thanh hoa');
    expect(cleanLine(raw)).toBe('Thanh Hóa');
  });

  it.each([
    ['UBND TỈNH NAM ĐỊNH PHÊ DUYỆT CỤM CÔNG NGHIỆP', true],
    ['UBND tỉnh Nam Định phê duyệt cụm công nghiệp', false],
    ['KCN VSIP', false],
  ])('isAllCaps(%s) = %s', (text, want) => {
    expect(isAllCaps(text)).toBe(want);
  });
});
