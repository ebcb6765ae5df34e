// One pass over a line's syllables for the place rules' anchors: where a
// province name may start, where a level word may start, and `tại`/`ở`.
// The rules then look at those tokens only (one walk instead of three).
import { provinceIndex } from '../../gazetteer/index.js';
import { isCapitalised } from '../../normalize/tokens.js';
import type { LineContext } from '../context.js';
import { caseless } from '../provinces/candidates.js';
import { lineState } from './line-state.js';
import { mayStartPrefix, prefixShapes } from './prefixed.js';

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

// By ASCII first letter, a bit per length (bit 31: 31 or more) a syllable of
// any of the three kinds can have: most syllables are passed over after one
// table read. Built on first use (the province index is filled at load).
let shapes: Uint32Array | null = null;

function anchorShapes(): Uint32Array {
  const out = new Uint32Array(128);
  const province = provinceIndex.firstShapes();
  const prefix = prefixShapes();
  for (let c = 0; c < 128; c++) out[c] = province[c] | prefix[c];
  out[111] |= 1 << 1; // o
  out[116] |= 1 << 3; // tai
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
    const c = f.charCodeAt(0);
    if (c < 128 && (table[c] & (1 << (f.length < 31 ? f.length : 31))) === 0) continue;
    if ((noCase || isCapitalised(t.text)) && provinceIndex.startsWith(f)) out.province.push(i);
    if (mayStartPrefix(f)) out.level.push(i);
    if (f.length === 1 ? f === 'o' : f.length === 3 && f === 'tai') out.place.push(i);
  }
  return out;
}
