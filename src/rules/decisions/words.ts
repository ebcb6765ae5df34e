// The words that name a legal document, and the abbreviations inside a
// document's number, each with the type it gives (FIELDS.md "decisions").
import type { DecisionType } from '../../types.js';
import { alternation, END, START } from '../../normalize/edges.js';
import { fold } from '../../normalize/text.js';

/**
 * A word's meaning: a listed type; `generic` ("văn bản": the number decides);
 * `law` or `other` (a law, verdict, form, report...: no listed type fits).
 */
export type WordKind = DecisionType | 'generic' | 'law' | 'other';

// Written forms, lower case with diacritics; matched on the folded line.
const WRITTEN: Record<string, WordKind> = {
  'quyết định': 'decision',
  'nghị quyết': 'resolution',
  'nghị quyết liên tịch': 'resolution',
  'nghị định': 'decree',
  'thông tư': 'circular',
  'thông tư liên tịch': 'circular',
  'chỉ thị': 'directive',
  'công văn': 'official_letter',
  'kế hoạch': 'plan',
  'thông báo': 'notice',
  'văn bản': 'generic',
  'luật': 'law',
  'bộ luật': 'law',
  // Numbered papers of kinds the field does not list.
  'quy định': 'other', 'quy chế': 'other', 'kết luận': 'other', 'báo cáo': 'other',
  'tờ trình': 'other', 'hợp đồng': 'other', 'giấy phép': 'other', 'giấy chứng nhận': 'other',
  'hướng dẫn': 'other', 'công điện': 'other', 'bản án': 'other', 'mẫu': 'other',
  'tờ khai': 'other',
};

// Abbreviations used as words ("QĐ số 12"): only in capitals.
const ABBREV_WORDS: Record<string, WordKind> = {
  qd: 'decision', nq: 'resolution', nd: 'decree', tt: 'circular',
  ct: 'directive', cv: 'official_letter', kh: 'plan', tb: 'notice',
};

/** Strong words name one document type on their own: a plain number after them counts without "số". */
const STRONG = new Set(['quyết định', 'nghị quyết', 'nghị quyết liên tịch', 'nghị định', 'thông tư',
  'thông tư liên tịch', 'chỉ thị', 'công văn'].map(fold));
// Their abbreviations in capitals too ("theo QĐ 1234"); not TT, CT, KH, TB, which name other things before a number.
for (const w of ['qd', 'nq', 'nd']) STRONG.add(w);

const KIND = new Map<string, WordKind>();
const ACCENTED = new Map<string, string>(); // folded → written with diacritics
for (const [w, k] of Object.entries(WRITTEN)) { KIND.set(fold(w), k); ACCENTED.set(fold(w), w); }
for (const [w, k] of Object.entries(ABBREV_WORDS)) KIND.set(w, k);

export function wordKind(folded: string): WordKind | undefined {
  return KIND.get(folded);
}

export function isStrongWord(folded: string): boolean {
  return STRONG.has(folded);
}

export function isAbbrevWord(folded: string): boolean {
  return folded in ABBREV_WORDS;
}

/**
 * True when `written` carries the word's own diacritics or none at all (text
 * typed without accents): "lưu thông từ" folds to "thong tu"
 * and "chỉ thi" to "chi thi", but neither is the document word.
 */
export function writtenAsWord(written: string, folded: string, accented = ACCENTED.get(folded)): boolean {
  if (accented === undefined) return true;
  const got = written.toLowerCase().replace(/\s+/gu, ' ');
  return got === accented || got === folded;
}

const WORD_ALT = alternation(KIND.keys());

/** Any document word, to find the nearest one before a number written further away. */
export const ANY_WORD = new RegExp(`${START}(?:${WORD_ALT})${END}`, 'gu');

// Abbreviations that open a number's suffix ("QĐ-UBND", "2022/NĐ-CP", "60-NQ/TW"), folded.
const ABBREVS: Record<string, DecisionType | null> = {
  qd: 'decision', qdi: 'decision',
  nq: 'resolution', nqlt: 'resolution',
  nd: 'decree',
  tt: 'circular', ttlt: 'circular',
  ct: 'directive',
  cv: 'official_letter',
  kh: 'plan',
  tb: 'notice',
  // Numbered documents of kinds the field does not list: reports, conclusions,
  // guides, contracts, submissions, licences, dispatches, projects, rules,
  // consolidated texts.
  bc: null, kl: null, hd: null, ttr: null, gp: null, cd: null, da: null,
  qc: null, qyd: null, bb: null, pa: null, vbhn: null,
};

/**
 * The type an abbreviation in a number gives: a type, `null` for a document
 * of an unlisted kind, `undefined` when the group is no type abbreviation
 * (an issuer such as "TTg", "UBND", "BCT": a letter's number).
 */
export function abbrevType(foldedGroup: string): DecisionType | null | undefined {
  return Object.prototype.hasOwnProperty.call(ABBREVS, foldedGroup) ? ABBREVS[foldedGroup] : undefined;
}

/**
 * Words that may follow "quyết định <n>" when it names a document ("Quyết
 * định 868 năm 2025", "quyết định 45 của ..."); any other word makes it the
 * verb ("quyết định 2 suất", "quyết định 66 nội dung"). Folded.
 */
export const AFTER_DECISION = new Set(['ve', 'cua', 'ngay', 'nam', 'va', 'phe', 'sua', 'quy', 'co', 'duoc',
  'do', 'ban', 'tai', 'la', 'da', 'neu', 'nay', 'huong', 'thi', 'vua', 'moi', 'cu', 'giao', 'dieu', 'bo',
  'thanh', 'cho', 'tu', 'trong', 'nhu', 'se', 'cung', 'chap', 'vao']);
