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
  const c = word[0];
  return c !== undefined && (c !== c.toLowerCase() || (c >= '0' && c <= '9'));
}
