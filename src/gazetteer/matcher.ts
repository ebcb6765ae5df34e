// One pass of a name index over a line's tokens: every name is stored as its
// folded syllables, looked up by its first syllable, and the longest name
// starting at each token wins. Cheaper than one regex per name.
import type { Token } from '../normalize/tokens.js';
import { fold } from '../normalize/text.js';

export interface Match<T> {
  value: T;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Entry<T> {
  words: string[];
  value: T;
}

// Between two syllables of one name: spaces, a hyphen or a dot ("TP.HCM",
// "Bà Rịa-Vũng Tàu"), nothing else (a comma ends the name).
const JOIN = /^[\s.\-]{0,3}$/;

/** Folded syllables of a name as written ("TP.HCM" → ["tp", "hcm"]). */
export function nameWords(name: string): string[] {
  return fold(name.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export class NameIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(name: string, value: T): void {
    const words = nameWords(name);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' ') && e.value === value)) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** Longest matches, left to right, not overlapping. `norm` is the line the tokens came from. */
  matchAll(tokens: Token[], norm: string): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, norm, i);
      if (m) {
        out.push(m);
        i = m.last - 1;
      }
    }
    return out;
  }

  /** The longest name starting at token `i`, or null. */
  matchAt(tokens: Token[], norm: string, i: number): Match<T> | null {
    const candidates = this.byFirst.get(tokens[i].fold);
    if (!candidates) return null;
    for (const entry of candidates) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = tokens[i + k].fold === entry.words[k] && JOIN.test(norm.slice(tokens[i + k - 1].end, tokens[i + k].start));
      }
      if (ok) return { value: entry.value, first: i, last: i + n, start: tokens[i].start, end: tokens[i + n - 1].end };
    }
    return null;
  }
}
