// From a character offset (found with indexOf on `fold`) to the token
// starting there: a rule finds its few anchor words in one fast pass, then
// looks at those tokens only instead of testing every syllable.
import { tokenStartingAt, type Token } from '../../normalize/tokens.js';

/** Indexes of the tokens whose folded form is `word` (whole syllable), in order. */
export function tokensFolded(tokens: Token[], fold: string, word: string, out: number[]): void {
  for (let at = fold.indexOf(word); at >= 0; at = fold.indexOf(word, at + 1)) {
    const k = tokenStartingAt(tokens, at);
    if (k >= 0 && tokens[k].fold === word) out.push(k);
  }
}
