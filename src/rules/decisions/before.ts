// What stands right before a number: a document word and/or "số", read
// backwards syllable by syllable (constant work per number, whatever the line).
import type { LineContext } from '../context.js';
import type { WordKind } from './words.js';
import { isAbbrevWord, isStrongWord, wordKind, writtenAsWord } from './words.js';
import { capitals } from './number.js';
import { isWordAt } from '../../normalize/tokens.js';

export interface WordBefore {
  kind: WordKind | undefined;
  /** The word names one type on its own ("Quyết định 45" counts without "số"). */
  strong: boolean;
  so: boolean;
  /** Written as an abbreviation ("QĐ"): never the verb "quyết định". */
  abbrev: boolean;
}

/** Longest document word: "nghị quyết liên tịch" has four syllables. */
const MAX_SYLLABLES = 4;

const isLetter = (c: number) => c >= 97 && c <= 122;

/** Skips back over up to `max` spaces (and a colon when `colon`); returns the new end. */
function skipSpaces(fold: string, end: number, max: number, colon = false): number {
  let k = end;
  while (k > 0 && end - k < max && (fold[k - 1] === ' ' || (colon && fold[k - 1] === ':'))) k--;
  return k;
}

/** The syllable ending at `end` in the folded line: [start, end), or undefined. */
function syllableBefore(fold: string, end: number): number | undefined {
  let k = end;
  while (k > 0 && end - k < 12 && isLetter(fold.charCodeAt(k - 1))) k--;
  if (k === end || (k > 0 && isWordAt(fold, k - 1))) return undefined;
  return k;
}

/** "số" as written: "số" or "so", not "sở" (a department). */
function isSo(line: LineContext, at: number): boolean {
  const w = line.norm.slice(at, at + 2).toLowerCase();
  return w === 'số' || w === 'so';
}

/** The document word and/or "số" ending where the number at `at` starts, if any. */
export function wordBefore(line: LineContext, at: number): WordBefore | undefined {
  const { fold, norm } = line;
  let end = skipSpaces(fold, at, 6, true);
  let start = syllableBefore(fold, end);
  let so = false;
  if (start !== undefined && fold.slice(start, end) === 'hieu') { // "số hiệu"
    const e = skipSpaces(fold, start, 2);
    const s = syllableBefore(fold, e);
    if (s !== undefined && fold.slice(s, e) === 'so') { end = e; start = s; }
  }
  if (start !== undefined && fold.slice(start, end) === 'so') {
    if (!isSo(line, start)) return undefined;
    so = true;
    end = skipSpaces(fold, start, 3);
    start = syllableBefore(fold, end);
  }
  // A bracketed abbreviation between word and number: "Quyết định (QĐ) số".
  if (fold[end - 1] === ')') {
    const open = fold.lastIndexOf('(', end - 1);
    if (open >= 0 && end - open <= 9) { end = skipSpaces(fold, open, 2); start = syllableBefore(fold, end); }
  }
  // Longest word ending here, up to four syllables.
  let found: { kind: WordKind; word: string; start: number } | undefined;
  let s = start;
  for (let n = 1; s !== undefined && n <= MAX_SYLLABLES; n++) {
    const word = fold.slice(s, end);
    const kind = wordKind(word);
    if (kind !== undefined) found = { kind, word, start: s };
    if (s < 2 || fold[s - 1] !== ' ') break;
    s = syllableBefore(fold, s - 1);
  }
  if (found) {
    const written = norm.slice(found.start, end);
    // "QĐ", "TT" as words only in capitals; full words with their own accents or none.
    const ok = isAbbrevWord(found.word) ? capitals(written) === found.word.length : writtenAsWord(written, found.word);
    if (ok) return { kind: found.kind, strong: isStrongWord(found.word), so, abbrev: isAbbrevWord(found.word) };
  }
  return so ? { kind: undefined, strong: false, so, abbrev: false } : undefined;
}
