// Facts about the current line that several place rules read (case, marks,
// province candidates, localities). Kept in one slot for the line being
// extracted: lines are processed one at a time, so a single slot replaces
// per-fact WeakMaps (cheaper lookups, nothing left for the GC to trace).
import type { Found, Locality } from '../../types.js';
import type { DistrictName } from '../../gazetteer/index.js';
import type { Match } from '../../gazetteer/matcher.js';
import type { Anchors } from './anchors.js';
import type { LineContext } from '../context.js';

export interface LineState<C> {
  line: LineContext;
  caseless?: boolean;
  marks?: boolean;
  candidates?: C[];
  /** Candidate covering each token, when the line has any candidate. */
  byToken?: (C | undefined)[];
  localities?: Found<Locality>[];
  /** Bare names in place phrases that the line also writes with their level (not in the record). */
  shadowed?: Found<Locality>[];
  /** District-name matches by token, as the rules ask for them (several times at one token). */
  districts?: (Match<DistrictName[]>[] | undefined)[];
  anchors?: Anchors;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let current: LineState<any> | null = null;

/** The state of `line` (a new one when another line comes). */
export function lineState<C>(line: LineContext): LineState<C> {
  // Every field set here, in one order: one object shape, fast property access.
  if (current === null || current.line !== line) {
    current = { line, caseless: undefined, marks: undefined, candidates: undefined, byToken: undefined, localities: undefined, shadowed: undefined, districts: undefined, anchors: undefined };
  }
  return current as LineState<C>;
}
