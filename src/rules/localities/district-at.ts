// District-name matches at a token, computed once per token and line: the
// prefix, list and place-phrase rules all ask at the same tokens.
import { districtIndex, type DistrictName } from '../../gazetteer/index.js';
import type { Match } from '../../gazetteer/matcher.js';
import type { LineContext } from '../context.js';
import { lineState } from './line-state.js';

/** `districtIndex.matchesAt` at token `i` of the line (shared: do not modify). */
export function districtMatchesAt(line: LineContext, i: number): Match<DistrictName[]>[] {
  const state = lineState(line);
  const at = (state.districts ??= []);
  let m = at[i];
  if (m === undefined) at[i] = m = districtIndex.matchesAt(line.tokens, line.norm, i);
  return m;
}
