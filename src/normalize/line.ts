// A line read in one pass: the prepared text, its folded form, whether it is
// a headline in capitals, and its tokens. The same results as prepareLine()
// then tokenize(), with one loop over the characters instead of five (the
// prepare pre-scan, fold, case count, word edges, token slices): extract()
// runs this on every line.
import { CASE, FOLD, WORD } from './tables.js';
import { cleanLine, fold, PREP, prepare, type PreparedLine } from './text.js';
import { isWordAt, LineToken, type Token } from './tokens.js';

export interface ReadLine extends PreparedLine {
  tokens: Token[];
}

// The folded line is written as UTF-16 code units into a buffer reused from
// line to line and decoded in one native call: cheaper than an array of
// numbers and String.fromCharCode.apply. ignoreBOM keeps a U+FEFF; lines with
// surrogates or other codes from U+D800 up (which the decoder would replace
// or drop) go through fold() instead. Most folded lines are all below U+0100:
// their codes are narrowed into bytes and read as Latin-1, cheaper again.
let foldBuf = new Uint16Array(1024);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
let latin1Buf = Buffer.alloc(1024);

/** The folded line from the first `n` codes of foldBuf; `codeBits`: those codes OR-ed together. */
function decodeFolded(n: number, codeBits: number): string {
  if (codeBits > 0xff) return UTF16.decode(foldBuf.subarray(0, n));
  if (latin1Buf.length < n) latin1Buf = Buffer.alloc(n);
  latin1Buf.set(foldBuf.subarray(0, n));
  return latin1Buf.toString('latin1', 0, n);
}

// Token edges of the current line, reused from line to line.
let edges = new Int32Array(512);

/** The edge buffer, big enough for a line of `n` characters (token starts and ends, alternately). */
function edgeBuffer(n: number): Int32Array {
  // The pass writes a slot at every character (see pass), plus the last end.
  const need = n + 2;
  if (edges.length < need) edges = new Int32Array(need);
  return edges;
}

/** What one pass found; `tokens` is the token count (edges in `edges`). */
interface Pass {
  /** Some code at or above U+D800: the buffer is not decoded (see foldBuf). */
  wide: boolean;
  /** The folded codes OR-ed together: below 0x100 when all are. */
  codeBits: number;
  upper: number;
  lower: number;
  tokens: number;
}

// FOLD, CASE, WORD and PREP packed into one word per code below U+2000, so
// the loop reads one table per character instead of four: bits 0-15 the
// folded code, 16 a letter or digit, 17 upper case, 18 lower case, 19-23 PREP
// without its 'o'/'u' bits (the pass looks back from the toned letter
// instead: fewer characters take the branch), 24 a code NFC might change (see
// mayChangeInNfc).
const INFO = new Uint32Array(0x2000);
const WORD_BIT = 1 << 16;
const PREP_SHIFT = 19;
const NFC_BIT = 1 << 24;
const PREP_O_U = 2 | 4;
for (let code = 0; code < 0x2000; code++) {
  INFO[code] = FOLD[code] | (WORD[code] === 1 ? WORD_BIT : 0) | (CASE[code] > 0 ? 1 << 17 : 0)
    | (CASE[code] < 0 ? 1 << 18 : 0) | ((PREP[code] & ~PREP_O_U) << PREP_SHIFT) | (mayChangeInNfc(code) ? NFC_BIT : 0);
}

/**
 * False for the codes a line made only of which NFC leaves as it is: below
 * U+0300 (before the combining marks), the Vietnamese block U+1E00-U+1EFF and
 * the quotes and ellipsis news text uses (all composed, none combining with
 * the code before). Such lines skip normalize(), most of its cost on a line.
 */
export function mayChangeInNfc(code: number): boolean {
  if (code < 0x300 || (code >= 0x1e00 && code <= 0x1eff)) return false;
  return !(code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x2026);
}

/**
 * Folds, counts cases and finds word edges in `s`. With `checkPrepare`, gives
 * null as soon as it is clear that `prepare` would change `s` (the same test
 * as prepare's own pre-scan) or that NFC might: the caller normalises,
 * prepares and reads again.
 */
function pass(s: string, checkPrepare: boolean): Pass | null {
  const n = s.length;
  if (foldBuf.length < n) foldBuf = new Uint16Array(n);
  const codes = foldBuf;
  let wide = false;
  let codeBits = 0;
  // Locals, not module bindings, in the hot loop.
  const info = INFO;
  const ed = edgeBuffer(n);
  let upper = 0;
  let lower = 0;
  // Edges: `i` is written at every character and kept (the count moves on)
  // only where word and non-word meet. A branch per edge mispredicted about
  // once a syllable; this costs a store instead.
  let edgeCount = 0;
  let inWord = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    let f = code;
    let word: number;
    if (code < 0x2000) {
      const bits = info[code];
      if (checkPrepare && bits >>> PREP_SHIFT !== 0) {
        if ((bits & NFC_BIT) !== 0) return null;
        const k = bits >>> PREP_SHIFT;
        if (k === 1) return null;
        // A toned a/e (8) after 'o'/'O', or a toned y (16) after 'u'/'U'.
        if (i > 0 && (s.charCodeAt(i - 1) | 32) === (k === 8 ? 111 : 117)) {
          const e = s.charCodeAt(i + 1);
          if (!(e < 128 && ((e >= 48 && e <= 57) || ((e | 32) >= 97 && (e | 32) <= 122)))) return null;
        }
      }
      f = bits & 0xffff;
      upper += (bits >>> 17) & 1;
      lower += (bits >>> 18) & 1;
      word = (bits & WORD_BIT) >>> 16;
    } else {
      // Every code from U+2000 that prepare changes (spaces, dashes, U+2212)
      // is one mayChangeInNfc flags too: it answers for both.
      if (checkPrepare && mayChangeInNfc(code)) return null;
      if (code >= 0xd800) wide = true;
      word = isWordAt(s, i) ? 1 : 0;
    }
    codes[i] = f;
    codeBits |= f;
    ed[edgeCount] = i;
    edgeCount += word ^ inWord;
    inWord = word;
  }
  if (inWord === 1) ed[edgeCount++] = n;
  return { wide, codeBits, upper, lower, tokens: edgeCount >> 1 };
}

export function readLine(raw: string): ReadLine {
  const r = readLineEdges(raw);
  return readLineFrom(r.text, r.norm, r.fold, r.allCaps, r.edges, 0, r.tokens);
}

/** A line read without building its tokens: `tokens` of them, their start and end offsets the pairs of `edges`. */
export interface LineEdges extends PreparedLine {
  tokens: number;
  /** Reused by the next call: copy what must be kept. */
  edges: Int32Array;
}

/** readLine without the token objects (split-worker.ts sends the offsets on instead). */
export function readLineEdges(raw: string): LineEdges {
  // Most lines are NFC already and need no preparing: the pass tells, and
  // cleanLine(raw) is then just the trimmed line.
  let text = raw.trim();
  let norm = text;
  let p = pass(text, true);
  if (p === null) {
    text = cleanLine(raw);
    norm = prepare(text);
    p = pass(norm, false)!;
  }
  // isAllCaps() counts on `text`; `prepare` keeps every character's case
  // (dashes and spaces have none, Ð → Đ, a moved tone keeps both letters'), so
  // counting on `norm` gives the same answer.
  const allCaps = p.upper > 8 && p.lower * 4 < p.upper;
  const folded = p.wide ? fold(norm) : decodeFolded(norm.length, p.codeBits);
  return { text, norm, fold: folded, allCaps, tokens: p.tokens, edges };
}

/**
 * A line read elsewhere (split-worker.ts runs readLine beside the extractor),
 * put together again from its parts: `count` tokens whose start and end
 * offsets in `norm` are the pairs of `edges` from index `at`.
 */
export function readLineFrom(
  text: string,
  norm: string,
  folded: string,
  allCaps: boolean,
  edges: Int32Array,
  at: number,
  count: number,
): ReadLine {
  const tokens: Token[] = new Array(count);
  for (let t = 0; t < count; t++) {
    const s = edges[at + 2 * t];
    const e = edges[at + 2 * t + 1];
    tokens[t] = new LineToken(norm, folded.slice(s, e), s, e);
  }
  return { text, norm, fold: folded, allCaps, tokens };
}
