// One pass of a name index over a line's tokens: every name is stored as its
// folded syllables, looked up by its first syllable, and the longest name
// starting at each token wins. Cheaper than one regex per name.
//
// Folding makes no-diacritics, NFD and ALL CAPS text match for free; each
// entry also keeps its written forms with diacritics (lower case), so a rule
// can tell `Phú Yên` (a province) from `Phù Yên` (a district elsewhere).
import type { Token } from '../normalize/tokens.js';
import { fold, prepare } from '../normalize/text.js';
import { LETTER_DIGIT } from '../normalize/edges.js';

export interface Match<T> {
  value: T;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** How the syllables are written compared with the stored forms. */
  marks: 'same' | 'none' | 'other';
}

interface Entry<T> {
  words: string[];
  /** `words` joined by one space. */
  key: string;
  /** Written forms, lower case with diacritics, syllables joined by one space (mostly one: an array, not a Set). */
  forms: string[];
  value: T;
}

// Between two syllables of one name: up to three spaces, hyphens or dots
// ("TP.HCM", "Bà Rịa-Vũng Tàu"), nothing else (a comma ends the name). A dot
// then a space ends a sentence: "tại Đức. Cơ quan..." is not Đức Cơ ("TP. HCM"
// is found as HCM alone). A spaced dash joins two names ("Bà Rịa - Vũng
// Tàu"), so a two-syllable name never spans one: "Lương Hòa - Bình Chánh" is
// no Hòa Bình (`long` is false for such names).
function joins(norm: string, from: number, to: number, long: boolean): boolean {
  if (to - from > 3) return false;
  let dot = false;
  let space = false;
  let dash = false;
  for (let k = from; k < to; k++) {
    const c = norm.charCodeAt(k);
    if (c === 46) dot = true;
    else if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) space = true;
    else if (c === 45) dash = true;
    else return false;
  }
  return !(dot && space) && (long || !(dash && space));
}

const NONE: never[] = [];
const longestFirst = (a: { words: string[] }, b: { words: string[] }): number => b.words.length - a.words.length;
const RANK = { same: 0, none: 1, other: 2 } as const;

const SYLLABLES = new RegExp(String.raw`[${LETTER_DIGIT}]+`, 'gu');

/** Folded syllables of a name as written ("TP.HCM" → ["tp", "hcm"]). */
export function nameWords(name: string): string[] {
  return fold(name.normalize('NFC')).match(SYLLABLES) ?? [];
}

/** Lower-case syllables with diacritics, tone placement unified, joined by one space. */
export function markedForm(name: string): string {
  return (prepare(name.normalize('NFC')).toLowerCase().match(SYLLABLES) ?? []).join(' ');
}

/**
 * The lower case of a code unit where it is one code unit in a known place
 * (ASCII, Latin-1, the letters of Vietnamese), else -1: ask toLowerCase.
 */
function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
  if (c >= 0x1ea0 && c <= 0x1ef9) return c | 1;
  // Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ: capital at the even code point.
  if (c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 ||
    c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1) return c | 1;
  if (c === 0x1af || c === 0x1b0) return 0x1b0; // Ư ư
  return -1;
}

/**
 * `forms.has(written) ? 'same' : isAscii(written) ? 'none' : 'other'` for the
 * lower-cased syllables `i`..`i + n` joined by one space, compared in place;
 * null when some character needs toLowerCase.
 */
function quickMarks(forms: readonly string[], tokens: Token[], i: number, n: number): Match<unknown>['marks'] | null {
  let length = n - 1;
  let ascii = true;
  for (let k = i; k < i + n; k++) {
    const text = tokens[k].text;
    length += text.length;
    for (let x = 0; x < text.length; x++) {
      const c = text.charCodeAt(x);
      if (c >= 0x80) {
        if (lowerUnit(c) < 0) return null;
        ascii = false;
      }
    }
  }
  for (const form of forms) if (form.length === length && writtenAs(form, tokens, i, n)) return 'same';
  return ascii ? 'none' : 'other';
}

/** True when `form` is the lower-cased syllables joined by one space (lengths equal, characters known). */
function writtenAs(form: string, tokens: Token[], i: number, n: number): boolean {
  let at = 0;
  for (let k = i; k < i + n; k++) {
    if (k > i && form.charCodeAt(at++) !== 32) return false;
    const text = tokens[k].text;
    for (let x = 0; x < text.length; x++) if (lowerUnit(text.charCodeAt(x)) !== form.charCodeAt(at++)) return false;
  }
  return true;
}

/** As /^[\x00-\x7f]*$/, without a regex. */
function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

export class NameIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /**
   * By a first syllable's first character (ASCII), a bit per length it can
   * have (lengths over 30 share bit 31): most syllables are ruled out without
   * hashing them. Other first characters always ask the map.
   */
  private readonly shapes = new Uint32Array(128);

  /** The folded first syllables of the stored names. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Every stored name: its folded syllables joined by one space, its marked forms, its value. */
  *names(): IterableIterator<{ key: string; forms: readonly string[]; value: T }> {
    for (const list of this.byFirst.values()) yield* list;
  }

  /** False when no stored name can start with `fold` (cheap); true means "ask the map". */
  private mayStart(fold: string): boolean {
    const c = fold.charCodeAt(0);
    return c >= 128 || (this.shapes[c] & (1 << Math.min(fold.length, 31))) !== 0;
  }

  add(name: string, value: T): void {
    this.addAll([[name, value]]);
  }

  /**
   * Adds many names at once: one fold and one prepare over all of them joined
   * by newlines instead of one call per name (start-up time; both keep
   * lengths and treat a newline as a string edge, so each name folds as alone).
   */
  addAll(entries: readonly (readonly [string, T])[]): void {
    const joined = entries.map(([name]) => name).join('\n').normalize('NFC');
    const folded = fold(joined).split('\n');
    const marked = prepare(joined).toLowerCase().split('\n');
    this.addKnown(entries.map(([, value], k) => [
      (folded[k].match(SYLLABLES) ?? []).join(' '),
      (marked[k].match(SYLLABLES) ?? []).join(' '),
      value,
    ]));
  }

  /**
   * Adds names whose forms are known already: `key` is nameWords(name)
   * joined by one space, `form` is markedForm(name) (the gazetteer's are
   * worked out ahead, in forms.json).
   */
  addKnown(entries: readonly (readonly [key: string, form: string, value: T])[]): void {
    const grown = new Set<Entry<T>[]>();
    for (const [key, form, value] of entries) {
      const list = this.insert(key, form, value);
      if (list && list.length > 1) grown.add(list);
    }
    // Longest first; among equals, in the order added (sort is stable). One
    // sort per list, not a splice per name: start-up time.
    for (const list of grown) list.sort(longestFirst);
  }

  /** Appends a name to its list (unsorted); returns the list when it grew. */
  private insert(key: string, form: string, value: T): Entry<T>[] | null {
    if (key === '') return null;
    const words = key.split(' ');
    const c = words[0].charCodeAt(0);
    if (c < 128) this.shapes[c] |= 1 << Math.min(words[0].length, 31);
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    for (let k = 0; k < list.length; k++) {
      const e = list[k];
      if (e.key === key && e.value === value) {
        if (!e.forms.includes(form)) e.forms.push(form);
        return null;
      }
    }
    list.push({ words, key, forms: [form], value });
    return list;
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

  /** The longest name starting at token `i` (several when values differ, e.g. one name in two lists), or null. */
  matchAt(tokens: Token[], norm: string, i: number): Match<T> | null {
    return this.matchesAt(tokens, norm, i)[0] ?? null;
  }

  /** True when some stored name starts with this folded syllable (a cheap test before `matchesAt`). */
  startsWith(fold: string): boolean {
    return this.mayStart(fold) && this.byFirst.has(fold);
  }

  /** Every stored name of the longest length starting at token `i`, best written form first. */
  matchesAt(tokens: Token[], norm: string, i: number): Match<T>[] {
    const first = tokens[i].fold;
    const candidates = this.mayStart(first) ? this.byFirst.get(first) : undefined;
    if (!candidates) return NONE;
    let out: Match<T>[] | null = null;
    // The written form of the last length tried: entries of one length share it.
    let writtenLength = 0;
    let written = '';
    let ascii = false;
    for (let c = 0; c < candidates.length; c++) {
      const entry = candidates[c];
      const n = entry.words.length;
      if (out && n < out[0].last - out[0].first) break;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = tokens[i + k].fold === entry.words[k] && joins(norm, tokens[i + k - 1].end, tokens[i + k].start, n > 2);
      }
      if (!ok) continue;
      let marks: Match<T>['marks'];
      // Most often told without a lower-case copy of the syllables.
      const quick = quickMarks(entry.forms, tokens, i, n);
      if (quick !== null) {
        marks = quick;
      } else {
        if (writtenLength !== n) {
          written = tokens[i].text.toLowerCase();
          for (let k = 1; k < n; k++) written += ' ' + tokens[i + k].text.toLowerCase();
          writtenLength = n;
          ascii = isAscii(written);
        }
        marks = entry.forms.includes(written) ? 'same' : ascii ? 'none' : 'other';
      }
      (out ??= []).push({ value: entry.value, first: i, last: i + n, start: tokens[i].start, end: tokens[i + n - 1].end, marks });
    }
    if (!out) return NONE;
    if (out.length > 1) out.sort((a, b) => RANK[a.marks] - RANK[b.marks]);
    return out;
  }
}
