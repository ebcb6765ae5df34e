import { describe, expect, it } from 'vitest';
import { districtsNamed, isMunicipality, province2025, uniqueProvinceOf } from '../../src/gazetteer/index.js';

describe('gazetteer', () => {
  it('maps old provinces to 2025 ones by name', () => {
    expect(province2025('Bình Dương')).toBe('Hồ Chí Minh');
    expect(province2025('Thừa Thiên Huế')).toBe('Huế');
    expect(province2025('Hà Nội')).toBe('Hà Nội');
    expect(province2025('Atlantis')).toBeNull();
  });

  it('knows the centrally-run cities', () => {
    expect(isMunicipality('Hải Phòng')).toBe(true);
    expect(isMunicipality('Huế')).toBe(true);
    expect(isMunicipality('Thanh Hóa')).toBe(false);
  });

  it('looks districts up with their diacritics when written', () => {
    expect(uniqueProvinceOf(districtsNamed('Phù Ninh'))).toBe('Phú Thọ');
    expect(uniqueProvinceOf(districtsNamed('Phú Ninh'))).toBe('Quảng Nam');
    expect(uniqueProvinceOf(districtsNamed('Phu Ninh'))).toBeNull(); // both, once folded
    expect(uniqueProvinceOf(districtsNamed('Châu Thành'))).toBeNull();
    expect(uniqueProvinceOf(districtsNamed('Thuận Thành'))).toBe('Bắc Ninh');
  });
});
