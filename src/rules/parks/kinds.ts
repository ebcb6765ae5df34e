// Park kinds and the written forms of their prefixes, matched on the folded
// line (lower case, no diacritics), so ALL CAPS, NFD and unaccented text work.
import type { ParkKind } from '../../types.js';
import { START, END } from '../../normalize/edges.js';

// Longest first inside each alternative. "khu kinh te mo" must not eat the
// "mở" of "mở rộng" (\x20: a space the word gaps below leave alone); "khu
// cong nghiep cong nghe cao" is an industrial park with a descriptor, not
// "Khu công nghệ cao".
const FORMS: [string, ParkKind][] = [
  ['khu cong nghiep cong nghe cao', 'industrial_park'],
  ['khu cong nghiep - do thi', 'industrial_park'],
  ['khu cong nghiep', 'industrial_park'],
  ['kcn', 'industrial_park'],
  ['cum cong nghiep', 'industrial_cluster'],
  ['ccn', 'industrial_cluster'],
  ['khu kinh te cua khau', 'economic_zone'],
  ['khu kinh te ven bien', 'economic_zone'],
  ['khu kinh te mo(?!\\x20{1,3}rong)', 'economic_zone'],
  ['khu kinh te', 'economic_zone'],
  ['khu ktck', 'economic_zone'],
  ['kkt cua khau', 'economic_zone'],
  ['kkt', 'economic_zone'],
  ['ktck', 'economic_zone'],
  ['ktm', 'economic_zone'],
  ['khu che xuat', 'export_processing_zone'],
  ['kcx', 'export_processing_zone'],
  ['khu cong nghe cao', 'high_tech_park'],
  ['khu cnc', 'high_tech_park'],
  ['kcnc', 'high_tech_park'],
];

/** The forms as one alternation, words `gap` apart, sticky. */
function prefixPattern(gap: string): RegExp {
  const forms = FORMS.map(([f]) => f.replace(/ - /g, '-').replace(/ /g, gap).replace(/-/g, ' {0,3}- {0,3}'));
  return new RegExp(`${START}(?:${forms.join('|')})${END}`, 'yu');
}
// Tried only where a trigger word starts, with test() (no match array); the
// kind is then read off the matched words. Words are 1 to 3 spaces apart:
// PREFIX_AT allows any number, as a bounded count made the pattern ~7 times
// slower to compile (2-3 ms of every start-up), and a match with a wider gap
// is tried again with the bounded pattern (built then), which it may fail.
const PREFIX_AT = prefixPattern(' +');
let boundedAt: RegExp | null = null;

/** Cheap trigger: no prefix can match on a line without one of these. */
export const TRIGGER_RE = /khu|cum|kcn|ccn|kkt|ktck|ktm|kcx/;
// Every form starts with a trigger word, so a prefix can only start where one does.
const TRIGGER_AT = /khu|cum|kcn|ccn|kkt|ktck|ktm|kcx/g;

export interface Prefix {
  kind: ParkKind;
  start: number;
  end: number;
}

/** Offset of the next word after the word at `at` (skips letters, then spaces). */
function nextWord(folded: string, at: number): number {
  let k = at;
  while (folded.charCodeAt(k) !== 32) k++;
  while (folded.charCodeAt(k) === 32) k++;
  return k;
}

/** The kind of a prefix matched by PREFIX_AT at `at` (the FORMS kind of the alternative that matched). */
function kindAt(folded: string, at: number, end: number): ParkKind {
  if (folded.startsWith('khu', at)) {
    const w2 = nextWord(folded, at);
    if (folded.startsWith('kinh', w2) || folded.startsWith('ktck', w2)) return 'economic_zone';
    if (folded.startsWith('che', w2)) return 'export_processing_zone';
    if (folded.startsWith('cnc', w2)) return 'high_tech_park';
    // "cong nghiep..." or "cong nghe cao"
    return folded.startsWith('nghiep', nextWord(folded, w2)) ? 'industrial_park' : 'high_tech_park';
  }
  if (folded.startsWith('kcnc', at) && end - at === 4) return 'high_tech_park';
  if (folded.startsWith('kcn', at)) return 'industrial_park';
  if (folded.startsWith('cum', at) || folded.startsWith('ccn', at)) return 'industrial_cluster';
  if (folded.startsWith('kcx', at)) return 'export_processing_zone';
  return 'economic_zone'; // kkt, kkt cua khau, ktck, ktm
}

/**
 * True when folded[at, end) holds 4 spaces in a row: a gap PREFIX_AT allows
 * and the forms do not. Looks inside the match only (a search to the line's
 * end, once per trigger word, was quadratic on long lines).
 */
function hasWideGap(folded: string, at: number, end: number): boolean {
  let run = 0;
  for (let k = at; k < end; k++) {
    if (folded.charCodeAt(k) !== 32) run = 0;
    else if (++run === 4) return true;
  }
  return false;
}

/** Every park prefix in the folded line, left to right (the matches of one scan of all the forms). */
export function findPrefixes(folded: string): Prefix[] {
  const out: Prefix[] = [];
  TRIGGER_AT.lastIndex = 0;
  while (TRIGGER_AT.test(folded)) {
    // The trigger words are 3 or 4 letters; where this one starts:
    const at = TRIGGER_AT.lastIndex - (folded.startsWith('ktck', TRIGGER_AT.lastIndex - 4) ? 4 : 3);
    PREFIX_AT.lastIndex = at;
    let end = PREFIX_AT.test(folded) ? PREFIX_AT.lastIndex : -1;
    if (end >= 0 && hasWideGap(folded, at, end)) {
      boundedAt ??= prefixPattern(' {1,3}');
      boundedAt.lastIndex = at;
      end = boundedAt.test(folded) ? boundedAt.lastIndex : -1;
    }
    if (end >= 0) {
      out.push({ kind: kindAt(folded, at, end), start: at, end });
      TRIGGER_AT.lastIndex = end;
    } else {
      TRIGGER_AT.lastIndex = at + 1;
    }
  }
  return out;
}

/** Written forms of a kind in a --parks file (enum values and abbreviations). */
export const KIND_WORDS: Record<string, ParkKind> = {
  industrial_park: 'industrial_park',
  industrial_cluster: 'industrial_cluster',
  economic_zone: 'economic_zone',
  export_processing_zone: 'export_processing_zone',
  high_tech_park: 'high_tech_park',
  kcn: 'industrial_park',
  ccn: 'industrial_cluster',
  kkt: 'economic_zone',
  kcx: 'export_processing_zone',
  kcnc: 'high_tech_park',
};
