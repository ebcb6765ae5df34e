// Comparing a token with a word list: with diacritics when the line has any
// (`xã` is not `xa` "far", `An` is not `án`), folded when it was typed without.
import { fold } from '../../normalize/text.js';
import type { Token } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';

const marksCache = new WeakMap<LineContext, boolean>();
const foldedLists = new WeakMap<Set<string>, Set<string>>();

/**
 * True when the line is written with diacritics: more than a stray one (a
 * line typed without them may still hold one `Đ` or a quoted name).
 */
export function hasMarks(line: LineContext): boolean {
  let v = marksCache.get(line);
  if (v === undefined) {
    const lower = line.norm.toLowerCase();
    let marked = 0;
    for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) !== line.fold.charCodeAt(i)) marked++;
    marksCache.set(line, (v = marked * 10 > line.tokens.length));
  }
  return v;
}

/** True when the token is one of `words` (lower case, with diacritics). */
export function wordIn(line: LineContext, t: Token, words: Set<string>): boolean {
  if (hasMarks(line)) return words.has(t.text.toLowerCase());
  let folded = foldedLists.get(words);
  if (!folded) foldedLists.set(words, (folded = new Set([...words].map((w) => fold(w)))));
  return folded.has(t.fold);
}
