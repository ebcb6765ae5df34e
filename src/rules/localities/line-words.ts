// Comparing a token with a word list: with diacritics when the line has any
// (`xã` is not `xa` "far", `An` is not `án`), folded when it was typed without.
import { fold } from '../../normalize/text.js';
import type { Token } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { lineState } from './line-state.js';

const foldedLists = new WeakMap<Set<string>, Set<string>>();

/**
 * True when the line is written with diacritics: more than a stray one (a
 * line typed without them may still hold one `Đ` or a quoted name).
 */
export function hasMarks(line: LineContext): boolean {
  const state = lineState(line);
  if (state.marks === undefined) state.marks = moreMarkedThan(line.norm, line.tokens.length / 10);
  return state.marks;
}

// Letters with diacritics (and đ): Latin-1 and Latin Extended letters, up to
// the Vietnamese block U+1EA0–U+1EF9. Counting code points needs no copy of
// the line, and stops as soon as the count is over `limit` (early in a line
// written with diacritics).
function moreMarkedThan(norm: string, limit: number): boolean {
  let n = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || c >= 0x1e00) && ++n > limit) return true;
  }
  return false;
}

/** True when the token is one of `words` (lower case, with diacritics). */
export function wordIn(line: LineContext, t: Token, words: Set<string>): boolean {
  let folded = foldedLists.get(words);
  if (!folded) foldedLists.set(words, (folded = new Set([...words].map((w) => fold(w)))));
  // A word of the list folds to a folded word of the list: most tokens are
  // ruled out without a lower-case copy (unless folding kept a character as
  // is, e.g. the Kelvin sign, which lower-cases to `k`).
  if (!folded.has(t.fold) && foldsFully(t.text)) return false;
  return hasMarks(line) ? words.has(t.text.toLowerCase()) : folded.has(t.fold);
}

/** True when every character is below U+2000, where the fold table maps it. */
function foldsFully(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2000) return false;
  return true;
}

/** True when token `i` starts the line, a sentence, a quote or a bracket: a capital there says nothing. */
export function sentenceStart(line: LineContext, i: number): boolean {
  return i === 0 || /[.:;!?(\[\-"'“]\s*$/.test(line.norm.slice(line.tokens[i - 1].end, line.tokens[i].start));
}
