// Text preparation. Every transform here keeps the string's length, so an
// offset in the prepared or folded form is the same offset in the record's
// `text`: spans need no offset map.
import { CASE, FOLD, TONED } from './tables.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** The record's `text`: NFC, trimmed. */
export function cleanLine(raw: string): string {
  return raw.normalize('NFC').trim();
}

// Dashes and spaces that news text uses interchangeably with '-' and ' '.
const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\t]/g;
const ETH = /\u00D0/g; // 'Ð' (Icelandic eth) typed for 'Đ'
const ETH_SMALL = /\u00F0/g;

// Old tone placement on an open oa/oe/uy syllable ("Hoá", "Thuỷ"): the tone
// moves to the first vowel ("Hóa", "Thủy"), as in the gazetteer. qu- is left.
const OLD_TONE = /(?<![qQ])([oOuU])([\u00C0-\u1EF9])(?![\p{L}\p{M}\p{N}])/gu;

function moveTone(match: string, first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const base = decomposed[0];
  const pairOk = ((first === 'o' || first === 'O') && /[aAeE]/.test(base))
    || ((first === 'u' || first === 'U') && /[yY]/.test(base));
  const tone = decomposed.match(TONE_MARKS);
  if (!pairOk || !tone || decomposed.length !== 2) return match;
  return (first + tone[0]).normalize('NFC') + base;
}

// What `prepare` looks for, by code below U+2000: 1 a character the DASHES,
// SPACES or ETH passes replace; 2 'o'/'O', 4 'u'/'U' (OLD_TONE's first
// letter); 8 a toned a/e, 16 a toned y (the second letters moveTone changes).
// One loop over the line replaces two regex scans (most lines need neither).
export const PREP = new Uint8Array(0x2000);
(function buildPrep() {
  for (const c of '\u00AD\u00A0\u1680\t\u00D0\u00F0') PREP[c.charCodeAt(0)] = 1;
  for (const c of 'oO') PREP[c.charCodeAt(0)] = 2;
  for (const c of 'uU') PREP[c.charCodeAt(0)] = 4;
  for (let code = 0; code < 0x2000; code++) {
    if (TONED[code] === 1) PREP[code] |= 8;
    else if (TONED[code] === 2) PREP[code] |= 16;
  }
})();

/**
 * Bit 1: a DASHES/SPACES/ETH character; bit 2: an o+toned a/e or u+toned y
 * pair not followed by an ASCII letter or digit, where OLD_TONE may move a
 * tone (the regex then decides).
 */
export function needsPrepare(s: string): number {
  let need = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000) {
      const k = PREP[c];
      if (k === 0) continue;
      if (k === 1) need |= 1;
      else if (k === 2 || k === 4) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xc0 && d <= 0x1ef9 && (PREP[d] & (k === 2 ? 8 : 16)) !== 0) {
          const e = s.charCodeAt(i + 2);
          if (!(e < 128 && ((e >= 48 && e <= 57) || ((e | 32) >= 97 && (e | 32) <= 122)))) need |= 2;
        }
      }
    } else if (c <= 0x200b || (c >= 0x2010 && c <= 0x2015) || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000) {
      need |= 1;
    }
  }
  return need;
}

/** Same length as `text`: unified dashes, spaces, Đ and tone placement. */
export function prepare(text: string): string {
  const need = needsPrepare(text);
  if (need === 0) return text;
  let s = text;
  if ((need & 1) !== 0) {
    s = s.replace(DASHES, '-').replace(SPACES, ' ').replace(ETH, 'Đ').replace(ETH_SMALL, 'đ');
  }
  return (need & 2) !== 0 ? s.replace(OLD_TONE, moveTone) : s;
}


/** Lower case, no diacritics, `đ` → `d`; same length as the input. */
export function fold(text: string): string {
  const n = text.length;
  let out = '';
  // Built in chunks of char codes: fromCharCode.apply has an argument limit.
  for (let from = 0; from < n; from += 4096) {
    const to = Math.min(n, from + 4096);
    const codes = new Array<number>(to - from);
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let f = code;
      if (code < 0x2000) f = FOLD[code];
      codes[i - from] = f;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/** True when the line is written in capitals (a headline): names cannot end at a lower-case word. */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = code < 0x2000 ? CASE[code] : 0;
    if (k > 0) upper++;
    else if (k < 0) lower++;
  }
  return upper > 8 && lower * 4 < upper;
}

/** A prepared line: `text` for output, `norm` for case-aware rules, `fold` for matching. */
export interface PreparedLine {
  text: string;
  norm: string;
  fold: string;
  allCaps: boolean;
}

export function prepareLine(raw: string): PreparedLine {
  const text = cleanLine(raw);
  const norm = prepare(text);
  return { text, norm, fold: fold(norm), allCaps: isAllCaps(text) };
}
