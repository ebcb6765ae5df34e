// One pass over a line's syllables for the place rules' anchors: where a
// province name may start, where a level word may start, and `tại`/`ở`.
// The rules then look at those tokens only (one walk instead of three).
import { provinceIndex } from '../../gazetteer/index.js';
import { capitalisedAt } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { caseless } from '../provinces/candidates.js';
import { lineState } from './line-state.js';
import { mayStartPrefix, prefixFirstWords } from './prefixed.js';

export interface Anchors {
  /** Tokens where a province name may start: a known first syllable, capitalised unless the line is caseless. */
  province: number[];
  /** Tokens that may start a level word (`huyện`, `TP`, `P.`...). */
  level: number[];
  /** `tại` and `ở` (folded). */
  place: number[];
}

export function anchorsOf(line: LineContext): Anchors {
  const state = lineState(line);
  if (state.anchors === undefined) state.anchors = scan(line);
  return state.anchors;
}

// A bit per length (bit 31: 31 or more) of the anchor words, by a hash of
// their first and last characters: three quarters of a line's syllables are
// passed over after one table read (the tests below are exact). Built on
// first use (the province index is filled at load).
let shapes: Uint32Array | null = null;

function shapeKey(f: string): number {
  return ((f.charCodeAt(0) << 6) ^ (f.length > 1 ? f.charCodeAt(f.length - 1) : 0)) & 4095;
}

function anchorShapes(): Uint32Array {
  const out = new Uint32Array(4096);
  const add = (w: string) => { out[shapeKey(w)] |= 1 << (w.length < 31 ? w.length : 31); };
  for (const w of provinceIndex.firstWords()) add(w);
  for (const w of prefixFirstWords()) add(w);
  add('o');
  add('tai');
  return out;
}

function scan(line: LineContext): Anchors {
  const { tokens } = line;
  const noCase = caseless(line);
  const out: Anchors = { province: [], level: [], place: [] };
  const table = (shapes ??= anchorShapes());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const f = t.fold;
    if ((table[shapeKey(f)] & (1 << (f.length < 31 ? f.length : 31))) === 0) continue;
    // Read in place: most tokens' written form is never needed, and stays uncut.
    if ((noCase || capitalisedAt(line.norm, t.start)) && provinceIndex.startsWith(f)) out.province.push(i);
    if (mayStartPrefix(f)) out.level.push(i);
    if (f.length === 1 ? f === 'o' : f.length === 3 && f === 'tai') out.place.push(i);
  }
  return out;
}
