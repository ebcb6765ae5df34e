// Park kinds and the written forms of their prefixes, matched on the folded
// line (lower case, no diacritics), so ALL CAPS, NFD and unaccented text work.
import type { ParkKind } from '../../types.js';
import { START, END } from '../../normalize/edges.js';

// Longest first inside each alternative. "khu kinh te mo" must not eat the
// "mở" of "mở rộng"; "khu cong nghiep cong nghe cao" is an industrial park
// with a descriptor, not "Khu công nghệ cao".
const FORMS: [string, ParkKind][] = [
  ['khu cong nghiep cong nghe cao', 'industrial_park'],
  ['khu cong nghiep - do thi', 'industrial_park'],
  ['khu cong nghiep', 'industrial_park'],
  ['kcn', 'industrial_park'],
  ['cum cong nghiep', 'industrial_cluster'],
  ['ccn', 'industrial_cluster'],
  ['khu kinh te cua khau', 'economic_zone'],
  ['khu kinh te ven bien', 'economic_zone'],
  ['khu kinh te mo(?! rong)', 'economic_zone'],
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

// One alternation; each form is a capture group so the kind is known by index.
export const PREFIX_RE = new RegExp(
  `${START}(?:${FORMS.map(([f]) => `(${f.replace(/ - /g, '-').replace(/ /g, ' {1,3}').replace(/-/g, ' {0,3}- {0,3}')})`).join('|')})${END}`,
  'g',
);

/** Cheap trigger: no prefix can match on a line without one of these. */
export const TRIGGER_RE = /khu|cum|kcn|ccn|kkt|ktck|ktm|kcx/;

export interface Prefix {
  kind: ParkKind;
  start: number;
  end: number;
}

/** Every park prefix in the folded line, left to right. */
export function findPrefixes(folded: string): Prefix[] {
  const out: Prefix[] = [];
  if (!TRIGGER_RE.test(folded)) return out;
  PREFIX_RE.lastIndex = 0;
  for (let m = PREFIX_RE.exec(folded); m; m = PREFIX_RE.exec(folded)) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ kind: FORMS[g - 1][1], start: m.index, end: m.index + m[0].length });
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
