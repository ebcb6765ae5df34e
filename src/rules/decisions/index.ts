// Rules for `decisions` (FIELDS.md): every numbered legal document.
// One pass over the number shapes; each number then looks back at the words
// before it ("Quyết định số", "số", a list of serials) to decide whether it
// counts and which type it has.
import type { Findings, LineContext } from '../context.js';
import type { Decision, DecisionType, Found } from '../../types.js';
import {
  capitals, cleanNumber, firstGroupLetters, NUMBER, PLAIN_CONTINUES, QUANTITY_AFTER, YEAR_LIKE,
} from './number.js';
import { abbrevType, AFTER_DECISION, ANY_WORD, isAbbrevWord, wordKind, writtenAsWord, type WordKind } from './words.js';
import { wordBefore, type WordBefore } from './before.js';
import { END, LETTER_DIGIT } from '../../normalize/edges.js';

/** How far back the nearest document word is looked for when the number's own letters say nothing. */
const CONTEXT_REACH = 60;

const HAS_DIGIT = /\d/u;
// Cheap trigger: a number with letters needs a '/'; a plain serial counts only
// after a listed document word (or its capitalised abbreviation). Lines with
// neither cannot give a decision, whatever their numbers.
// The '/' is looked for with indexOf first: the regex without it scans faster
// (measured), and a '/' alone already lets the line through.
const FOLD_TRIGGER = /quyet dinh|nghi (?:quyet|dinh)|thong (?:tu|bao)|chi thi|cong van|ke hoach|van ban/;
const ABBREV_TRIGGER = /Q[ĐD]|N[QĐD]|TT|C[TV]|KH|TB/;
const QH_GROUP = /^qh\d{0,3}$/u;
const NEXT_WORD = new RegExp(String.raw`^\s{1,2}([a-z]{1,8})${END}`, 'u');

/** The last document word in the stretch before a number ("Luật Đầu tư số 61/2020/QH14"). */
function nearestWord(line: LineContext, from: number, at: number): WordKind | undefined {
  const sliceFrom = Math.max(from, at - CONTEXT_REACH);
  const slice = line.fold.slice(sliceFrom, at);
  let last: WordKind | undefined;
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(slice); m; m = ANY_WORD.exec(slice)) {
    const written = line.norm.slice(sliceFrom + m.index, sliceFrom + m.index + m[0].length);
    if (!isAbbrevWord(m[0]) && writtenAsWord(written, m[0])) last = wordKind(m[0]);
  }
  return last;
}

const isListed = (k: WordKind | undefined): k is DecisionType =>
  k !== undefined && k !== 'generic' && k !== 'law' && k !== 'other';

/**
 * The type of a number with letters: its own abbreviation first ("QĐ" in
 * "1979/QĐ-TTg" even after "nghị quyết định"), then the word, then what the
 * issuer implies. `null`: not a document of a listed type.
 */
function suffixType(group: string, near: WordKind | undefined, farWord: () => WordKind | undefined): DecisionType | null {
  const own = abbrevType(group);
  if (own) return own;
  if (own === null) return isListed(near) ? near : null;
  const word = near ?? farWord();
  if (word === 'law' || word === 'other') return null; // "Luật ... số 80/2015/QH13", "Bản án số 15/2024/HS-ST"
  if (isListed(word)) return word;
  // National Assembly numbers ("202/2025/QH15") name its resolutions here; an issuer-unit pair is a letter.
  return QH_GROUP.test(group) ? 'resolution' : 'official_letter';
}

interface Serial { text: string; start: number }

/** Serials after one document word, waiting for a shared suffix ("Quyết định số 647, 648, 650/QĐ-TTg"). */
interface Run { head: WordBefore; serials: Serial[]; end: number }

/** What may stand between two listed serials. */
const LIST_SEP = /^(?:\s?[,;]\s?|\s{1,2}va\s{1,2})$/u;
const MAX_LIST = 10;

// "Quyết định" capitalised after a lowercase word, mid-sentence, names the document ("vừa ký Quyết định 21 chuyển giao ...").
const TITLED_DECISION = new RegExp(String.raw`[${LETTER_DIGIT},]\s{1,2}(quyet dinh)\s{0,2}$`, 'u');

/** A plain serial after "quyết định" without "số" may be the verb: "quyết định 2 suất". */
function verbUse(line: LineContext, start: number, end: number): boolean {
  if (!line.allCaps) {
    const from = Math.max(0, start - 40);
    const m = TITLED_DECISION.exec(line.fold.slice(from, start));
    if (m) {
      const at = from + m.index + m[0].indexOf('quyet');
      const before = line.norm[from + m.index];
      if (line.norm[at] === 'Q' && 'đdĐD'.includes(line.norm[at + 6]) && before === before.toLowerCase()) return false;
    }
  }
  const next = NEXT_WORD.exec(line.fold.slice(end, end + 12));
  return next !== null && !AFTER_DECISION.has(next[1]);
}

/** A letter or a sub-number right after the serial's digits. */
function serialTail(norm: string, at: number): boolean {
  const c = norm.charCodeAt(at);
  return c !== 47 && c !== 32 && c !== 45;
}

export function findDecisions(line: LineContext, found: Findings): Found<Decision>[] {
  void found;
  const { norm, fold } = line;
  if (!HAS_DIGIT.test(fold) || (fold.indexOf('/') === -1 && !FOLD_TRIGGER.test(fold) && !ABBREV_TRIGGER.test(norm))) return [];
  const out: Found<Decision>[] = [];
  const shared = new Set<number>(); // starts of serials completed by a shared suffix
  let prevEnd = 0; // a word before an earlier document is not this one's
  const push = (number: string, type: DecisionType, start: number, end: number, rule: string) => {
    out.push({ value: { number, type }, span: [start, end], rule });
    prevEnd = Math.max(prevEnd, end);
  };

  let run: Run | undefined;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, serial, year, suffix, dashType, , yearOnly] = m;
    const before = wordBefore(line, start);
    const list = !before && run && run.serials.length < MAX_LIST && start - run.end <= 6
      && LIST_SEP.test(fold.slice(run.end, start)) ? run : undefined;
    run = undefined;

    if (suffix !== undefined || dashType !== undefined) {
      const group = suffix !== undefined ? firstGroupLetters(suffix) : dashType;
      const groupAt = suffix !== undefined ? end - suffix.length : start + serial.length + 1;
      const foldedGroup = fold.slice(groupAt, groupAt + group.length);
      const shares = suffix !== undefined ? list : undefined;
      // Without a word, "số" or a listed head, only capitals make a number ("123/QĐ-UBND", not "5/ha"),
      // and a lettered serial needs a year or a document's type ("30a/2008/NQ-CP", not the comet "3I/ATLAS").
      if (!before && !shares && capitals(group) < 2) continue;
      if (!before && year === undefined && serialTail(norm, start + serial.length) && !abbrevType(foldedGroup)) continue;
      const near = before?.kind ?? shares?.head.kind;
      const type = suffixType(foldedGroup, near, () => nearestWord(line, prevEnd, start));
      if (type === null) continue;
      if (shares) {
        const tail = cleanNumber(`${year !== undefined ? `/${year}` : ''}/${suffix}`);
        for (const s of shares.serials) {
          shared.add(s.start);
          push(s.text + tail, type, s.start, s.start + s.text.length, 'decision.shared-suffix');
        }
      }
      const rule = before?.kind ? 'decision.word-number' : shares ? 'decision.shared-suffix' : 'decision.bare-number';
      push(cleanNumber(norm.slice(start, end)), type, start, end, rule);
      continue;
    }

    // A plain serial ("Thông tư 41", "Thông tư số 40/2024", "Nghị quyết 59, 70"): only after a document word.
    const head = before?.kind ? before : list?.head;
    if (!head) continue;
    run = list ?? { head, serials: [], end };
    run.serials.push({ text: serial, start });
    run.end = end;
    if (!isListed(head.kind) && head.kind !== 'generic') continue;
    if (!head.strong && !head.so) continue;
    if (PLAIN_CONTINUES.test(fold.slice(end, end + 4)) || QUANTITY_AFTER.test(fold.slice(end, end + 10))) continue;
    if (before && yearOnly === undefined && !before.so) {
      if (YEAR_LIKE.test(serial)) continue;
      if (head.kind === 'decision' && !before.abbrev && verbUse(line, start, end)) continue;
    }
    const type: DecisionType = isListed(head.kind) ? head.kind : 'official_letter';
    push(cleanNumber(norm.slice(start, end)), type, start, end, list ? 'decision.word-list' : 'decision.word-number');
  }
  // A serial completed by a shared suffix also looked like a plain number.
  return shared.size === 0 ? out : out.filter((f) => f.rule === 'decision.shared-suffix' || !shared.has(f.span[0]));
}
