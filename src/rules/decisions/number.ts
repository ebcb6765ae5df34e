// The shapes of a document number, matched on `norm` (same offsets as `fold`
// and `text`). Abbreviation letters are ASCII or Đ in every written form, so
// a class of those letters already rejects ordinary words ("5/tháng").
// Every repetition is bounded: the scan is linear in the line length.

import { END, LETTER_DIGIT } from '../../normalize/edges.js';

const L = '[A-Za-zĐđ]';
/** One letter group of a suffix: "QĐ", "UBND", "TTg", "UBTVQH15", "CNĐP". */
const GROUP = `${L}{1,10}\\d{0,3}`;
// Groups join with "-" or "/"; a spaced dash only before a group in capitals ("QĐ - UBND").
const SUFFIX = `${GROUP}(?:(?:[-/]|\\s[-–]\\s(?=[A-ZĐ]{2}))${GROUP}){0,5}`;
// A serial may carry a letter or a sub-number before its slash ("30a/2008/NQ-CP", "66.3/2025/NQ-CP").
const SERIAL_TAIL = '(?:[A-Za-z]|\\.\\d{1,2})?';

/**
 * A number: serial (1), then one of
 *  - slash form: optional year (2), then the suffix (3): "11/2025/QĐ-UBND", "817/ TTg";
 *  - dash form: type (4) and issuer (5): "60-NQ/TW";
 *  - year only (6): "40/2024";
 *  - nothing: a plain serial ("Thông tư 41"), kept only after a document word.
 * Not inside a longer number, a date or a decimal (no digit, letter, "/", ".", "," before).
 */
export const NUMBER = new RegExp(
  `(?<![${LETTER_DIGIT}/.-])(\\d{1,6})(?:${SERIAL_TAIL}`
  + `(?:\\s?/\\s?(\\d{4}))?\\s?/\\s?(${SUFFIX})`
  + `|-(${GROUP})/(${SUFFIX})`
  + `|/(\\d{4})`
  + `)?${END}`,
  'gu',
);

/** What may not follow a plain serial: a date, decimal, range or percent goes on ("15/3", "2021- 2030", "7,5"). */
export const PLAIN_CONTINUES = /^(?:\s?[-/]\s?\d|[.,]\d|\s?%)/u;

/**
 * A unit or a counted noun after a plain serial makes it a quantity: typed
 * without diacritics "luu thong tu 6 gio" is "lưu thông từ 6 giờ" (traffic
 * from 6 o'clock), not Thông tư 6. (Not "năm", "ngày": "Nghị quyết 57 năm 2024".)
 */
export const QUANTITY_AFTER = new RegExp(String.raw`^\s{1,2}(?:gio|phut|giay|km|ty|ti|trieu|nghin|ngan|nguoi|chiec|tan)${END}`, 'u');

/** A four-digit year written alone ("Nghị quyết 2025" is no number). */
export const YEAR_LIKE = /^(?:19|20)\d\d$/u;

/** The letter part of a suffix's first group, folded ("QĐ" → "qd", "QH15" → "qh"). */
export function firstGroupLetters(suffix: string): string {
  const m = /^[A-Za-zĐđ]+/u.exec(suffix);
  return m ? m[0] : '';
}

/** Capital letters in a group: an issuer or a type is written in capitals ("QĐ", "TTg"). */
export function capitals(group: string): number {
  let n = 0;
  for (const ch of group) if (ch >= 'A' && ch <= 'Z' || ch === 'Đ') n++;
  return n;
}

/** The number as the field writes it: inner spaces out, `Ð` as `Đ`. */
export function cleanNumber(written: string): string {
  return written.replace(/\s+/gu, '').replace(/\u00D0/gu, 'Đ');
}
