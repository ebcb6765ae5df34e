// The one place where numbers written in Vietnamese news are parsed.
// Vietnamese style: '.' groups thousands ("1.200" is 1200), ',' is the decimal
// mark ("7,5" is 7.5). A lone '.' followed by one or two digits is a decimal
// mark written English-style ("66.6"). Anything else ('24.8.2025', '1,2,3',
// '0912.345.678') is not one number and gives null.

/** A parsed number kept exact: value = mantissa / 10^decimals. */
export interface ParsedNumber {
  mantissa: number;
  decimals: number;
}

/** Longer than this is not a quantity anyone writes (and would lose precision). */
export const MAX_DIGITS = 15;
/** Upper bound on the written form, so parsing work is bounded too. */
export const MAX_NUMBER_CHARS = 32;

const THOUSANDS_TAIL = /^\d{3}$/;
const LEAD_GROUP = /^\d{1,3}$/;
const DIGITS = /^\d+$/;

function exact(intDigits: string, fracDigits: string): ParsedNumber | null {
  const all = (intDigits + fracDigits).replace(/^0+(?=\d)/, '');
  if (all.length > MAX_DIGITS) return null;
  return { mantissa: Number(all), decimals: fracDigits.length };
}

/** True when `groups` is "1-3 digits" then any number of exact 3-digit groups. */
function thousandsGrouped(groups: string[]): boolean {
  if (!LEAD_GROUP.test(groups[0])) return false;
  for (let i = 1; i < groups.length; i++) if (!THOUSANDS_TAIL.test(groups[i])) return false;
  return true;
}

/**
 * Parses one written number made of digits, '.' and ',' (a space right after
 * a thousands dot, "3. 684", is tolerated). Returns null for anything that is
 * not a single number.
 */
export function parseNumber(written: string): ParsedNumber | null {
  if (written.length === 0 || written.length > MAX_NUMBER_CHARS) return null;
  // Fast path, most numbers: digits only (same result as `exact(written, '')`).
  let lead = 0;
  let k = 0;
  for (; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if (c < 48 || c > 57) break;
    if (c === 48 && lead === k) lead++;
  }
  if (k === written.length) {
    if (written.length - Math.min(lead, written.length - 1) > MAX_DIGITS) return null;
    return { mantissa: Number(written), decimals: 0 };
  }
  const simple = parseSimple(written);
  if (simple !== undefined) return simple;
  return parseGeneral(written);
}

/**
 * The common shapes without splitting or regexes: digits with '.' groups
 * ("1.200.000", "66.6") or with one ',' ("7,5"). Same result as parseGeneral;
 * undefined for any other shape (then parseGeneral decides).
 */
function parseSimple(written: string): ParsedNumber | null | undefined {
  const n = written.length;
  let dots = 0;
  let commas = 0;
  let lastSep = -1;
  let firstSep = -1;
  let threes = true; // every group after the first has exactly three digits
  let empty = false; // a group without digits
  for (let k = 0; k < n; k++) {
    const c = written.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if (c === 46) dots++;
    else if (c === 44) commas++;
    else return undefined;
    if (k === 0 || k - lastSep === 1) empty = true;
    if (lastSep >= 0 && k - lastSep !== 4) threes = false;
    if (firstSep < 0) firstSep = k;
    lastSep = k;
  }
  if (lastSep === n - 1) empty = true;
  if (commas > 0 && (commas > 1 || dots > 0)) return undefined;
  if (empty) return null;
  if (n - lastSep !== 4) threes = false;
  if (commas === 0) {
    // Thousands groups: 1-3 digits, then groups of exactly three.
    if (threes && firstSep <= 3) return exact(written.replace(DOTS, ''), '');
    // One English-style decimal point before one or two digits.
    if (dots === 1 && n - lastSep - 1 <= 2) return exact(written.slice(0, lastSep), written.slice(lastSep + 1));
    return null;
  }
  return exact(written.slice(0, lastSep), written.slice(lastSep + 1)); // one ',' and no '.'
}

const DOTS = /\./g;

/** Every shape (see parseNumber); exported so tests can hold the fast paths to it. */
export function parseGeneral(written: string): ParsedNumber | null {
  if (written.length === 0 || written.length > MAX_NUMBER_CHARS) return null;
  const s = written.replace(/\. (?=\d)/g, '.');
  if (DIGITS.test(s)) return exact(s, '');
  const commas = s.split(',');
  const dots = s.split('.');
  for (const part of [...commas, ...dots]) if (part === '') return null;

  if (commas.length === 1) {
    // Dots only: thousands groups, or one English-style decimal point.
    if (thousandsGrouped(dots)) return exact(dots.join(''), '');
    if (dots.length === 2 && DIGITS.test(dots[0]) && /^\d{1,2}$/.test(dots[1])) return exact(dots[0], dots[1]);
    return null;
  }
  if (commas.length === 2) {
    const [intPart, frac] = commas;
    // English "1,234.5": comma groups thousands, the dot is the decimal mark.
    if (frac.includes('.')) {
      const [thousands, decimals] = frac.split('.');
      if (frac.split('.').length !== 2 || !LEAD_GROUP.test(intPart) || !THOUSANDS_TAIL.test(thousands)) return null;
      return exact(intPart + thousands, decimals);
    }
    const intGroups = intPart.split('.');
    if (intGroups.length > 1 && !thousandsGrouped(intGroups)) return null;
    if (!DIGITS.test(frac)) return null;
    return exact(intGroups.join(''), frac);
  }
  // Several commas: only English thousands grouping ("1,200,000") is a number.
  if (dots.length === 1 && thousandsGrouped(commas)) return exact(commas.join(''), '');
  return null;
}

/** The plain value of a parsed number. */
export function numberValue(n: ParsedNumber): number {
  return n.mantissa / 10 ** n.decimals;
}

/**
 * value × multiplier ÷ divisor, computed as one division of exact integers so
 * that 1.000 m2 gives exactly 0.1 ha and 1,2 tỷ gives exactly 1200000000.
 */
export function scaleNumber(n: ParsedNumber, multiplier: number, divisor = 1): number {
  return (n.mantissa * multiplier) / (10 ** n.decimals * divisor);
}

/** Scale words as folded (lower case, no diacritics). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghin', 1e3],
  ['ngan', 1e3],
  ['trieu', 1e6],
  ['ty', 1e9],
  ['ti', 1e9],
]);

/** The written (lower-case, NFC) forms a scale word must have when the line has diacritics. */
export const SCALE_ACCENTED: ReadonlyMap<string, readonly string[]> = new Map([
  ['nghin', ['nghìn']],
  ['ngan', ['ngàn']],
  ['trieu', ['triệu']],
  ['ty', ['tỷ', 'tỉ']],
  ['ti', ['tỉ', 'tỷ']],
]);
