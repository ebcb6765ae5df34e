// From a character offset (found with indexOf on `fold`) to the token
// starting there: a rule finds its few anchor words in one fast pass, then
// looks at those tokens only instead of testing every syllable.
import type { Token } from '../../normalize/tokens.js';

/** Index of the token starting at `offset`, or -1 (binary search: tokens are in order). */
export function tokenStartingAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start === offset ? lo : -1;
}

/** Indexes of the tokens whose folded form is `word` (whole syllable), in order. */
export function tokensFolded(tokens: Token[], fold: string, word: string, out: number[]): void {
  for (let at = fold.indexOf(word); at >= 0; at = fold.indexOf(word, at + 1)) {
    const k = tokenStartingAt(tokens, at);
    if (k >= 0 && tokens[k].fold === word) out.push(k);
  }
}
