// Tokenizer: Vietnamese syllables (runs of letters and digits) with offsets.
// Used by the gazetteer matcher and by the name rules to walk word by word.
import { WORD } from './tables.js';

export interface Token {
  /** The syllable as written in the prepared line. */
  readonly text: string;
  /** Folded form (lower case, no diacritics). */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A token whose written form is cut from its line on first read: rules
 * compare folded syllables all the time but look at the written form of few
 * of them (on general news, one token in four), so cutting it up front was
 * wasted. The folded form stays a plain field: it is read on hot paths.
 */
export class LineToken implements Token {
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  private written: string | undefined;
  private readonly norm: string;

  constructor(norm: string, fold: string, start: number, end: number) {
    this.fold = fold;
    this.start = start;
    this.end = end;
    this.written = undefined;
    this.norm = norm;
  }

  get text(): string {
    return this.written ??= this.norm.slice(this.start, this.end);
  }
}

// Letters and digits: the WORD table below U+2000 (tables.ts); other
// characters ask the Unicode-aware regex. A table lookup per character is
// several times cheaper than a /\p{L}/u scan.
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0x2000) return WORD[code] === 1;
  if (code >= 0xD800 && code <= 0xDBFF) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
  if (code >= 0xDC00 && code <= 0xDFFF) return i > 0 && isWordAt(s, i - 1) && s.charCodeAt(i - 1) >= 0xD800 && s.charCodeAt(i - 1) <= 0xDBFF;
  return WORD_CHAR.test(s[i]);
}

export function tokenize(norm: string, folded: string): Token[] {
  const out: Token[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(norm, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordAt(norm, i)) i++;
    out.push(new LineToken(norm, folded.slice(start, i), start, i));
  }
  return out;
}

/** True when the syllable starts with a capital letter or a digit (a name may start here). */
export function isCapitalised(word: string): boolean {
  return capitalisedAt(word, 0);
}

/** isCapitalised() for the syllable starting at `at` in `s`, read in place (no token string cut). */
export function capitalisedAt(s: string, at: number): boolean {
  // By code point for ASCII, Latin-1 and the Vietnamese block (capitals at
  // even code points): rules ask this per syllable, and toLowerCase would
  // build a string each time. Other scripts fall back to toLowerCase.
  const n = s.charCodeAt(at);
  if (n < 0x80) return (n >= 65 && n <= 90) || (n >= 48 && n <= 57);
  if (n < 0x100) return n >= 0xc0 && n <= 0xde && n !== 0xd7;
  if (n >= 0x1ea0 && n <= 0x1ef9) return (n & 1) === 0;
  if (n === 0x110) return true; // Đ
  if (n === 0x111) return false; // đ
  const c = s[at];
  return c !== undefined && c !== c.toLowerCase();
}

// Offset → token lookups (binary search: tokens are in order). Rules find
// anchor words with indexOf on `fold`, then step to the tokens around them.

/** Index of the first token starting at or after `offset`, searching from token `lo`. */
export function firstTokenFrom(tokens: Token[], offset: number, lo = 0): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token starting exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  const k = firstTokenFrom(tokens, offset);
  return k < tokens.length && tokens[k].start === offset ? k : -1;
}

/** Index of the last token ending at or before `offset`, or -1. */
export function lastTokenEndingBy(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
