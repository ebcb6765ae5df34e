// A line read in one pass: the prepared text, its folded form, whether it is
// a headline in capitals, and its tokens. The same results as prepareLine()
// then tokenize(), with one loop over the characters instead of five (the
// prepare pre-scan, fold, case count, word edges, token slices): extract()
// runs this on every line.
import { CASE, cleanLine, FOLD, fold, PREP, prepare, type PreparedLine } from './text.js';
import { isWordAt, WORD, type Token } from './tokens.js';

export interface ReadLine extends PreparedLine {
  tokens: Token[];
}

/** Longest line folded in one call (String.fromCharCode.apply has an argument limit). */
const ONE_CALL = 4096;

// Token edges of the current line, reused from line to line.
let edges = new Int32Array(512);

/** The edge buffer, big enough for a line of `n` characters (3 slots a token: start, end, folds to itself). */
function edgeBuffer(n: number): Int32Array {
  // At most one token per two characters, plus one.
  const need = 3 * ((n >> 1) + 1);
  if (edges.length < need) edges = new Int32Array(need);
  return edges;
}

/** What one pass found; `tokens` is the token count (edges in `edges`). */
interface Pass {
  codes: number[] | null;
  upper: number;
  lower: number;
  tokens: number;
}

/**
 * Folds, counts cases and finds word edges in `s`. With `checkPrepare`, gives
 * null as soon as it is clear that `prepare` would change `s` (the same test
 * as prepare's own pre-scan): the caller prepares and reads again.
 */
function pass(s: string, checkPrepare: boolean): Pass | null {
  const n = s.length;
  const codes = n <= ONE_CALL ? new Array<number>(n) : null;
  // Locals, not module bindings, in the hot loop.
  const foldOf = FOLD;
  const caseOf = CASE;
  const wordOf = WORD;
  const prep = PREP;
  const ed = edgeBuffer(n);
  let upper = 0;
  let lower = 0;
  let count = 0;
  let inWord = false;
  let sameRun = 1;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    let f = code;
    let word: boolean;
    if (code < 0x2000) {
      if (checkPrepare) {
        const k = prep[code];
        if (k !== 0) {
          if (k === 1) return null;
          if (k === 2 || k === 4) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xc0 && d <= 0x1ef9 && (prep[d] & (k === 2 ? 8 : 16)) !== 0) {
              const e = s.charCodeAt(i + 2);
              if (!(e < 128 && ((e >= 48 && e <= 57) || ((e | 32) >= 97 && (e | 32) <= 122)))) return null;
            }
          }
        }
      }
      f = foldOf[code];
      const k = caseOf[code];
      if (k > 0) upper++;
      else if (k < 0) lower++;
      word = wordOf[code] === 1;
    } else {
      if (checkPrepare && (code <= 0x200b || (code >= 0x2010 && code <= 0x2015) || code === 0x202f || code === 0x205f
        || code === 0x2212 || code === 0x3000)) return null;
      word = isWordAt(s, i);
    }
    if (codes !== null) codes[i] = f;
    if (word) {
      if (!inWord) {
        ed[3 * count] = i;
        inWord = true;
        sameRun = 1;
      }
      if (f !== code) sameRun = 0;
    } else if (inWord) {
      ed[3 * count + 1] = i;
      ed[3 * count + 2] = sameRun;
      count++;
      inWord = false;
    }
  }
  if (inWord) {
    ed[3 * count + 1] = n;
    ed[3 * count + 2] = sameRun;
    count++;
  }
  return { codes, upper, lower, tokens: count };
}

export function readLine(raw: string): ReadLine {
  const text = cleanLine(raw);
  let norm = text;
  let p = pass(text, true);
  if (p === null) {
    norm = prepare(text);
    p = pass(norm, false)!;
  }
  // isAllCaps() counts on `text`; `prepare` keeps every character's case
  // (dashes and spaces have none, Ð → Đ, a moved tone keeps both letters'), so
  // counting on `norm` gives the same answer.
  const allCaps = p.upper > 8 && p.lower * 4 < p.upper;
  const folded = p.codes !== null ? String.fromCharCode.apply(null, p.codes) : fold(norm);
  const ed = edges;
  const tokens: Token[] = new Array(p.tokens);
  for (let t = 0; t < p.tokens; t++) {
    const s = ed[3 * t];
    const e = ed[3 * t + 1];
    const written = norm.slice(s, e);
    tokens[t] = { text: written, fold: ed[3 * t + 2] === 1 ? written : folded.slice(s, e), start: s, end: e };
  }
  return { text, norm, fold: folded, allCaps, tokens };
}
