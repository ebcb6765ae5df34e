// Rules for `localities` (FIELDS.md): sub-province units named with their
// level (`huyện Quỳnh Phụ`, `các xã A, B và C`), and districts named bare in
// a place phrase (`(Thái Thụy, Thái Bình)`, `ở Vân Đồn`).
import type { Findings, LineContext } from '../context.js';
import type { Found, Locality, LocalityLevel } from '../../types.js';
import { DISTRICT_LEVELS } from './words.js';
import { isCapitalised } from '../../normalize/tokens.js';
import { acceptName, nameText, prefixAt, readName, type NameRun } from './prefixed.js';
import { caseless, provinceStartingAt } from '../provinces/candidates.js';
import { overlapsAny } from './spans.js';
import { foreignAfter } from './foreign.js';
import { isSpace, onlySpaces, spacesAround } from './gaps.js';
import { placePhrases } from './place-phrase.js';
import { districtMatchesAt } from './district-at.js';
import { lineState, type LineState } from './line-state.js';
import { anchorsOf } from './anchors.js';
import { ALWAYS_LOWER } from '../common-words.js';


export function findLocalities(line: LineContext, found: Findings): Found<Locality>[] {
  void found;
  return localitiesOf(line);
}

/** The line's localities (computed once: the province rule reads them too). */
export function localitiesOf(line: LineContext): Found<Locality>[] {
  const state = lineState(line);
  if (state.localities === undefined) scan(line, state);
  return state.localities!;
}

/**
 * Bare names in place phrases that the line also writes with their level
 * (`ở Nha Trang ... phường Nha Trang`): listed once, at the written level, but
 * still a named city from which the province may be inferred.
 */
export function shadowedPlaces(line: LineContext): Found<Locality>[] {
  const state = lineState(line);
  if (state.localities === undefined) scan(line, state);
  return state.shadowed ?? NONE;
}

const NONE: Found<Locality>[] = [];

function scan(line: LineContext, state: LineState<unknown>): void {
  const out: Found<Locality>[] = [];
  const { tokens, norm } = line;
  {
    let noCase: boolean | undefined;
    let from = 0;
    // Tokens that may start a level word (one table test each, in the anchors pass).
    for (const i of anchorsOf(line).level) {
      if (i < from) continue;
      const prefix = prefixAt(line, i);
      if (!prefix) continue;
      // Between prefix and name: a space, the abbreviation's dot, a list's colon,
      // or the end of an aside naming the level (`(gọi tắt là đặc khu) Vân Đồn`).
      // After a word, a dot ends the sentence: `về xã, phường. Chiều nay...`.
      const j = prefix.next;
      if (j >= tokens.length || !spacesAround(norm, tokens[j - 1].end, tokens[j].start, prefix.abbreviated ? '.:)' : ':)')) {
        from = j;
        continue;
      }
      const group: NameRun[] = [];
      let run = readName(line, j, prefix.level);
      // Every item so far followed by its province (`Vân Đồn (Quảng Ninh), ...`).
      let asides = true;
      let aside = run && pastProvinceAside(line, run.last);
      while (run && aside && acceptName(line, run, prefix.level, prefix.letter)) {
        group.push(run);
        asides &&= aside.k !== run.last;
        const next = listNext(line, asides ? aside : itemEnd(line, run.last), (noCase ??= caseless(line)));
        run = next === null ? null : readName(line, next, prefix.level);
        if (run && asides && line.allCaps) run = asideItem(line, run) ?? run;
        aside = run && pastProvinceAside(line, run.last);
        if (run && aside && !listItem(line, run, prefix.level) && !bridged(line, run, prefix.level, noCase) && !(asides && line.allCaps && aside.k !== run.last)) {
          run = null;
          aside = null;
        }
        // A list of items with their provinces goes on only with another such item:
        // `tại xã Ba Tơ (Quảng Ngãi), 2 người...` is where, then what happened.
        if (run && aside && asides && aside.k === run.last) run = null;
      }
      if (group.length && !foreignAfter(line, group[group.length - 1].last)) {
        group.forEach((g, k) => out.push({
          value: { level: prefix.level, name: nameText(line, g) },
          span: [tokens[k === 0 ? i : g.first].start, tokens[g.last - 1].end],
          rule: k === 0 ? 'locality.prefix' : 'locality.prefix-list',
        }));
      }
      from = Math.max(j, group.length ? group[group.length - 1].last : j);
    }
  }
  const taken = out.map((f) => f.span);
  // A bare name also written with its level (`ở Phú Quốc ... đặc khu Phú Quốc`)
  // is that unit: the level the line writes, not the one the gazetteer guesses.
  let named: Set<string> | undefined;
  for (const f of placePhrases(line)) {
    if (overlapsAny(taken, f.span)) continue;
    named ??= new Set(out.map((g) => g.value.name.toLowerCase()));
    if (named.has(f.value.name.toLowerCase())) (state.shadowed ??= []).push(f);
    else out.push(f);
  }
  state.localities = out;
}

/** Where a list item ends: `k`, the next token; `from`, the offset the separator starts at. */
interface ItemEnd {
  k: number;
  from: number;
}

/** The end of an item whose last token is `last - 1`. */
function itemEnd(line: LineContext, last: number): ItemEnd {
  return { k: last, from: line.tokens[last - 1].end };
}

/**
 * After a list item, an aside naming its province (`Vân Đồn (Quảng Ninh),
 * Bắc Vân Phong (Khánh Hòa) và ...`): the item's end taken past the aside's
 * `)`. Without one: the item's own end.
 */
function pastProvinceAside(line: LineContext, last: number): ItemEnd {
  const { tokens, norm } = line;
  const none = itemEnd(line, last);
  if (last >= tokens.length || !spacesAround(norm, tokens[last - 1].end, tokens[last].start, '(', true)) return none;
  const p = tokens[last].fold === 'tinh' && last + 1 < tokens.length ? last + 1 : last;
  const province = provinceStartingAt(line, p);
  if (!province) return none;
  // The aside may end the line (`... và Phú Quốc (Kiên Giang).`).
  const limit = province.last < tokens.length ? tokens[province.last].start : norm.length;
  let i = tokens[province.last - 1].end;
  while (i < limit && isSpace(norm.charCodeAt(i))) i++;
  return norm[i] === ')' ? { k: province.last, from: i + 1 } : none;
}

/** How many words an item of a capitals list may have before its province aside. */
const MAX_ASIDE_ITEM = 4;

/**
 * ALL CAPS, in a list whose items so far each had a province aside: the item
 * runs to the next such aside (`..., BẮC VÂN PHONG (KHÁNH HÒA) VÀ ...`),
 * whatever its length or whether it is a known name. Null when no aside
 * follows within a few space-separated words.
 */
function asideItem(line: LineContext, run: NameRun): NameRun | null {
  const { tokens, norm } = line;
  for (let last = run.first + 1; last <= run.first + MAX_ASIDE_ITEM && last <= tokens.length; last++) {
    if (last > run.first + 1 && !onlySpaces(norm, tokens[last - 2].end, tokens[last - 1].start)) return null;
    if (pastProvinceAside(line, last).k !== last) return { first: run.first, last };
  }
  return null;
}

/** After a list item ending at `end`: the first token of the next item (`, B`, ` và B`, `, và B`), or null. */
function listNext(line: LineContext, end: ItemEnd, noCase: boolean): number | null {
  const { tokens, norm } = line;
  const last = end.k;
  if (last >= tokens.length) return null;
  const from = end.from;
  const to = tokens[last].start;
  let k = last;
  // A comma, or the spaces before `và` (not bare spaces: `/^\s*,\s*$/` then `/^\s+$/`).
  if (spacesAround(norm, from, to, ',', true)) {
    if (tokens[k].fold === 'va' && isAnd(tokens[k].text) && k + 1 < tokens.length) k++;
  } else if (tokens[k].fold === 'va' && onlySpaces(norm, from, to) && isAnd(tokens[k].text) && k + 1 < tokens.length) {
    k++;
  } else {
    return null;
  }
  if (k !== last && !onlySpaces(norm, tokens[k - 1].end, tokens[k].start)) return null;
  // A province or another prefix ends the list (`huyện Bến Lức, Long An`, `xã A, huyện B`).
  if (provinceStartingAt(line, k) || prefixAt(line, k)) return null;
  if (!noCase && !isCapitalised(tokens[k].text)) return null;
  return k;
}

function isAnd(word: string): boolean {
  return word.toLowerCase() === 'và' || word.toLowerCase() === 'va';
}

/**
 * ALL CAPS, district levels: an item that is no known name still belongs to
 * the list when the item after it is a known one (`CÁC HUYỆN THÔNG NÔNG,
 * THẠCH AN, HẠ LẠNG, TRÙNG KHÁNH`, a misspelt name among known ones).
 */
function bridged(line: LineContext, run: NameRun, level: LocalityLevel, noCase: boolean): boolean {
  if (!line.allCaps || !DISTRICT_LEVELS.has(level)) return false;
  const next = listNext(line, itemEnd(line, run.last), noCase);
  const after = next === null ? null : readName(line, next, level);
  return after !== null && listItem(line, after, level);
}

// A list item looks like a Vietnamese place name: words written with capital
// then small letters (not an acronym like `VSIP`), or a number (`phường 12`).
function listItem(line: LineContext, run: NameRun, level: LocalityLevel): boolean {
  // In a headline nothing marks where a list ends: district-level items must be known names.
  if (line.allCaps && DISTRICT_LEVELS.has(level)) {
    const gz = districtMatchesAt(line, run.first).find((m) => m.marks !== 'other');
    return gz !== undefined && gz.last === run.last;
  }
  for (let k = run.first; k < run.last; k++) {
    const t = line.tokens[k].text;
    if (/^\d+$/.test(t)) continue;
    if (!line.allCaps && t === t.toUpperCase() && (t.length > 1 || run.last - run.first === 1)) return false;
    // In capitals: a word news always writes in lower case is no part of a name (`XÃ TÂN TIẾN, SONG KHÔNG CÒN`).
    if (line.allCaps && ALWAYS_LOWER.has(t.toLowerCase())) return false;
  }
  return true;
}
