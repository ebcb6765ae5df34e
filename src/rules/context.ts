// What every rule receives: the prepared line, its tokens, the options, and
// the findings of the rules that ran before it (see RULE_ORDER in extract.ts).
import type { PreparedLine } from '../normalize/text.js';
import type { Token } from '../normalize/tokens.js';
import type { Area, Decision, ExtractOptions, Found, Investment, Locality, Park } from '../types.js';

export interface LineContext extends PreparedLine {
  tokens: Token[];
  options: ExtractOptions;
}

export interface Findings {
  decisions: Found<Decision>[];
  areas: Found<Area>[];
  investments: Found<Investment>[];
  parks: Found<Park>[];
  provinces: Found<string>[];
  localities: Found<Locality>[];
}

export function emptyFindings(): Findings {
  return { decisions: [], areas: [], investments: [], parks: [], provinces: [], localities: [] };
}
