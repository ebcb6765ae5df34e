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
  if (state.marks === undefined) state.marks = countMarked(line.norm) * 10 > line.tokens.length;
  return state.marks;
}

// Letters with diacritics (and đ): Latin-1 and Latin Extended letters, up to
// the Vietnamese block U+1EA0–U+1EF9. Counting code points needs no copy of the line.
function countMarked(norm: string): number {
  let n = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || c >= 0x1e00)) n++;
  }
  return n;
}

/** True when the token is one of `words` (lower case, with diacritics). */
export function wordIn(line: LineContext, t: Token, words: Set<string>): boolean {
  if (hasMarks(line)) return words.has(t.text.toLowerCase());
  let folded = foldedLists.get(words);
  if (!folded) foldedLists.set(words, (folded = new Set([...words].map((w) => fold(w)))));
  return folded.has(t.fold);
}
