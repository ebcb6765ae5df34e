// Unicode-aware word edges: JavaScript's \b only knows ASCII letters, so
// /\bha\b/ would match inside "Phạha". Rules use these instead.

/**
 * Letters and digits (a character-class body): exactly \p{L}\p{N} within the
 * scripts Vietnamese news writes or quotes (Latin with Vietnamese, Greek,
 * Cyrillic, kana, CJK, Hangul; edges.test.ts checks each code point). Written
 * out because V8 builds \p{...} from ICU for every regex that holds one:
 * ~0.3 ms each, a tenth of a one-line run's start-up over all the rules.
 */
export const LETTER_DIGIT = '0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F'
  + '\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u04FF'
  + '\\u1E00-\\u1EFF\\u3041-\\u3096\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF\\u4E00-\\u9FFF\\uAC00-\\uD7A3';

/** Not preceded by a letter or digit. */
export const START = `(?<![${LETTER_DIGIT}])`;
/** Not followed by a letter or digit. */
export const END = `(?![${LETTER_DIGIT}])`;

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literals, longest first, so the longest written form wins. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');
}

/** A whole-word, Unicode-aware pattern for any of `words`. */
export function wordsRe(words: Iterable<string>, flags = 'gu'): RegExp {
  return new RegExp(`${START}(?:${alternation(words)})${END}`, flags);
}
