import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberValue, parseGeneral, parseNumber, scaleNumber } from '../../src/normalize/number.js';

describe('parseNumber: Vietnamese style', () => {
  const cases: [string, number][] = [
    ['43', 43],
    ['07', 7],
    ['1.200', 1200],
    ['26.669', 26669],
    ['106.000', 106000],
    ['1.234.567', 1234567],
    ['7,5', 7.5],
    ['77,987', 77.987],
    ['3.493,3', 3493.3],
    ['145.629,6', 145629.6],
    ['66.6', 66.6],
    ['12.05', 12.05],
    ['3. 684', 3684],
    ['1,234.5', 1234.5],
    ['1,200,000', 1200000],
  ];
  it.each(cases)('%s → %d', (written, value) => {
    const parsed = parseNumber(written);
    expect(parsed).not.toBeNull();
    expect(numberValue(parsed!)).toBeCloseTo(value, 9);
  });
});

describe('parseNumber: not one number', () => {
  const cases = ['24.8.2025', '18.5.2026', '1,2,3', '0912.345.678', '1.2345', '', '9'.repeat(30) + ',5', '1.'.repeat(50) + '5'];
  it.each(cases)('%s → null', (written) => {
    expect(parseNumber(written)).toBeNull();
  });
});

describe('scaleNumber is exact', () => {
  it('1,2 × 10^9', () => expect(scaleNumber(parseNumber('1,2')!, 1e9)).toBe(1200000000));
  it('966,358 × 10^6', () => expect(scaleNumber(parseNumber('966,358')!, 1e6)).toBe(966358000));
  it('1.000 m2 ÷ 10^4', () => expect(scaleNumber(parseNumber('1.000')!, 1, 10_000)).toBe(0.1));
  it('301,3 km2 × 100', () => expect(scaleNumber(parseNumber('301,3')!, 100)).toBe(30130));
});

describe('parseNumber fast paths', () => {
  it('agree with the general parser on every shape', () => {
    const written = fc.array(fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', 'a'), { maxLength: 20 }).map((c) => c.join(''));
    fc.assert(fc.property(written, (s) => {
      expect(parseNumber(s)).toEqual(parseGeneral(s));
    }), { numRuns: 20000 });
  });
});
