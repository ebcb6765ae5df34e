// Tokenizer: Vietnamese syllables (runs of letters and digits) with offsets.
// Used by the gazetteer matcher and by the name rules to walk word by word.

export interface Token {
  /** The syllable as written in the prepared line. */
  text: string;
  /** Folded form (lower case, no diacritics). */
  fold: string;
  start: number;
  end: number;
}

const SYLLABLE = /[\p{L}\p{N}]+/gu;

export function tokenize(norm: string, folded: string): Token[] {
  const out: Token[] = [];
  SYLLABLE.lastIndex = 0;
  for (let m = SYLLABLE.exec(norm); m; m = SYLLABLE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], fold: folded.slice(start, end), start, end });
  }
  return out;
}

/** True when the syllable starts with a capital letter or a digit (a name may start here). */
export function isCapitalised(word: string): boolean {
  // By code point for ASCII, Latin-1 and the Vietnamese block (capitals at
  // even code points): rules ask this per syllable, and toLowerCase would
  // build a string each time. Other scripts fall back to toLowerCase.
  const n = word.charCodeAt(0);
  if (n < 0x80) return (n >= 65 && n <= 90) || (n >= 48 && n <= 57);
  if (n < 0x100) return n >= 0xc0 && n <= 0xde && n !== 0xd7;
  if (n >= 0x1ea0 && n <= 0x1ef9) return (n & 1) === 0;
  if (n === 0x110) return true; // Đ
  if (n === 0x111) return false; // đ
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}
