// Unicode-aware word edges: JavaScript's \b only knows ASCII letters, so
// /\bha\b/ would match inside "Phạha". Rules use these instead.

/** Not preceded by a letter or digit. */
export const START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const END = '(?![\\p{L}\\p{N}])';

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
