// Rules for `investments` (FIELDS.md): money amounts the line ties to
// investment, capital or cost. The cue window: from the amount (its hedge
// included) walk back word by word through the clause; the nearest cue
// decides (a negative cue nearer than a positive one wins). When nothing
// before decides, a few words after may ("18 tỷ USD vốn hạ tầng"). An amount
// right after another, in brackets or after "tương đương", is its equivalent
// and shares its fate.
import type { Findings, LineContext } from '../context.js';
import type { Found, Investment } from '../../types.js';
import { lastTokenEndingBy } from '../../normalize/tokens.js';
import { amount, findQuantities, hasMarks, type Quantity } from '../quantity/index.js';
import {
  BREAKERS, COMPENSATION, CRIME_CONTEXT, CUES, FORWARD, FORWARD_FORMS, LAND_CONTEXT, MARKET, MAX_MARKET, NUMBER_WORDS, ONLY_AFTER, PER_UNIT, PLURALS, PURPOSE_NEGATIVE, PURPOSE_UNACCENTED, PURPOSE_UNLESS_NEXT, SOUGHT, INVESTMENT_WORDS, UNACCENTED_NOT_AFTER, UNACCENTED_RIGHT_BEFORE, type Cue,
} from './cues.js';

/** How many words back a strong cue may stand from the amount. */
const MAX_BACK = 20;
const MAX_VERB = 0;
const MAX_OBJECT = 5;
/** How many words back a building verb may stand ("xây bến cảng quốc tế ... 8.800 tỷ"). */
const MAX_BUILD = 8;
/** How many words before "trị giá" the valued thing may be named. */
const MAX_VALUED = 5;
/** How many words after an amount may say what it pays for. */
const MAX_PURPOSE = 3;

const BY_LAST_WORD = new Map<string, Cue[]>();
for (const cue of CUES) {
  const last = cue.words[cue.words.length - 1];
  const list = BY_LAST_WORD.get(last) ?? [];
  list.push(cue);
  BY_LAST_WORD.set(last, list);
}
for (const list of BY_LAST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

// Clause ends between two words: sentence punctuation ('.' only before a space
// or the end, so "TP.HCM" and "1.000" do not end anything), a bar, a newline.
// As /[;:!?|…\n]|\.\s/ on norm.slice(from, to), without the slice.
const SPACE = /\s/;

function clauseEnds(norm: string, from: number, upTo: number): boolean {
  const to = Math.min(upTo, norm.length);
  for (let i = from; i < to; i++) {
    const c = norm.charCodeAt(i);
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 124 || c === 0x2026 || c === 10) return true;
    if (c === 46 && i + 1 < to) {
      const d = norm.charCodeAt(i + 1);
      if (d === 32 || (d < 128 ? d >= 9 && d <= 13 : SPACE.test(norm[i + 1]))) return true;
    }
  }
  return false;
}

// Word lists split once at load.
const PURPOSES = [...PURPOSE_NEGATIVE].map(([phrase, forms]) => ({
  phrase, words: phrase.split(' '), forms, unaccented: PURPOSE_UNACCENTED.has(phrase), rule: `negative-purpose-${phrase.replace(/ /g, '-')}`,
}));
const FORWARDS = [...FORWARD].map(([phrase, maxDist]) => ({ phrase, words: phrase.split(' '), maxDist, rule: `investment.after-${phrase.replace(/ /g, '-')}` }));
const EQUIVALENT_GAP = /^[\s,(–-]{0,4}(?:(?:tuong duong|tuc|hay|quy doi)(?: voi| khoang| gan| hon)?)?[\s:]{0,3}$/;

const LABEL_GAP = /^ {0,2}: {0,2}$/;
/** How many words back from a colon the label's capital cue may start ("Số vốn đăng ký:"). */
const MAX_LABEL = 3;

type Verdict = { ok: boolean; rule: string } | null;

export function findInvestments(line: LineContext, found: Findings): Found<Investment>[] {
  void found;
  // No trigger of its own: the quantity scan is shared with areas and is itself cheap on lines without numbers.
  const money = findQuantities(line).filter((q) => q.currency !== null);
  if (money.length === 0) return [];
  const marks = hasMarks(line.norm);
  const out: Found<Investment>[] = [];
  let prev: Quantity | null = null;
  let prevVerdict: Verdict = null;
  for (const q of money) {
    let verdict: Verdict = null;
    if (prev && prevVerdict && (prev.end === q.end || EQUIVALENT_GAP.test(line.fold.slice(prev.end, q.start)))) {
      verdict = { ok: prevVerdict.ok, rule: prev.end === q.end ? 'investment.range' : 'investment.equivalent' };
    }
    verdict ??= lookBack(line, q, marks) ?? lookAhead(line, q, marks) ?? { ok: false, rule: 'none' };
    if (verdict.ok && verdict.rule !== 'investment.range' && verdict.rule !== 'investment.equivalent') verdict = vetoed(line, q, verdict, marks);
    prev = q;
    prevVerdict = verdict;
    const value = amount(q);
    if (!verdict.ok || !(value > 0) || !Number.isFinite(value)) continue;
    out.push({
      value: { amount: value, currency: q.currency!, qualifier: q.qualifier },
      span: [q.start, q.end],
      rule: verdict.rule,
    });
  }
  return out;
}


/** The longest cue whose last word is tokens[t]. */
function cueEndingAt(line: LineContext, t: number, marks: boolean): Cue | null {
  const list = BY_LAST_WORD.get(line.tokens[t].fold);
  if (!list) return null;
  for (const cue of list) {
    const len = cue.words.length;
    if (t - len + 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < len && ok; k++) ok = line.tokens[t - len + 1 + k].fold === cue.words[k];
    if (!ok) continue;
    if (cue.accented) {
      // Without diacritics "phat" may be "phát triển": such words cannot decide.
      if (!marks) {
        if (cue.kind === 'negative') continue;
      } else {
        const written = line.norm.slice(line.tokens[t - len + 1].start, line.tokens[t].end).toLowerCase();
        if (!cue.accented.includes(written)) continue;
      }
    }
    return cue;
  }
  return null;
}

/** Without diacritics, a word that may be a negative cue ("gia": giá, price) but cannot decide. */
function maybeNegative(line: LineContext, t: number): boolean {
  const list = BY_LAST_WORD.get(line.tokens[t].fold);
  return list !== undefined && list.some((cue) => cue.kind === 'negative' && cue.accented !== undefined && cue.words.length === 1);
}

/** True when tokens[t] is written as one of `forms` (always true without diacritics). */
function writtenAs(line: LineContext, from: number, to: number, forms: readonly string[] | undefined, marks: boolean): boolean {
  if (!forms || !marks) return true;
  return forms.includes(line.norm.slice(line.tokens[from].start, line.tokens[to].end).toLowerCase());
}

/**
 * What can overturn a cue: a purpose after the amount that is no investment
 * ("chi 600 tỷ thưởng Tết"), compensation with no land or project in the line
 * (a lawsuit, a sacked coach), or a crime story ("đường dây đánh bạc quy mô
 * 350 tỷ": only an explicit capital cue survives there).
 */
function vetoed(line: LineContext, q: Quantity, verdict: { ok: boolean; rule: string }, marks: boolean): { ok: boolean; rule: string } {
  PER_UNIT.lastIndex = q.end;
  if (PER_UNIT.test(line.fold)) return { ok: false, rule: 'negative-per-unit' };
  const { tokens } = line;
  let t = lastTokenEndingBy(tokens, q.end) + 1;
  let prevEnd = q.end;
  for (let dist = 0; t < tokens.length && dist < MAX_PURPOSE; dist++, t++) {
    // A comma too: "62 triệu USD, thuê 9,2 ha đất" goes on to what else the project does.
    if (clauseEnds(line.norm, prevEnd, tokens[t].start + 1) || line.norm.slice(prevEnd, tokens[t].start).includes(',')) break;
    // Without diacritics "luong" may be "lượng" (amount) and "thuong" "thương": only unambiguous purposes decide.
    for (const { phrase, words, forms, unaccented, rule } of PURPOSES) {
      if (!marks && !unaccented) continue;
      if (t + words.length > tokens.length) continue;
      const unless = PURPOSE_UNLESS_NEXT.get(phrase);
      if (unless !== undefined && tokens[t + words.length]?.fold === unless) continue;
      if (words.every((w, k) => tokens[t + k].fold === w) && writtenAs(line, t, t + words.length - 1, forms, marks)) {
        return { ok: false, rule };
      }
    }
    prevEnd = tokens[t].end;
  }
  const cue = verdict.rule.replace(/^investment\.(?:cue|verb|project|build|valued|after)-/, '');
  // Compensation, and money appealed for, are investment only where land or a project is in the line
  // (not a lawsuit, not a charity appeal: "kêu gọi 2 tỉ đồng cho bệnh nhi").
  if (COMPENSATION.has(cue) && !LAND_CONTEXT.test(line.fold)) return { ok: false, rule: `negative-${cue}-no-land` };
  if (SOUGHT.has(cue) && !LAND_CONTEXT.test(line.fold) && !INVESTMENT_WORDS.test(line.fold)) return { ok: false, rule: `negative-${cue}-no-project` };
  const explicitCapital = /^investment\.(?:cue|after)-(?:von|dau-tu|tong-muc-dau-tu|von-dieu-le|kinh-phi|chi-phi)/.test(verdict.rule);
  if (!explicitCapital && CRIME_CONTEXT.test(sentenceOf(line.fold, q))) return { ok: false, rule: 'negative-crime' };
  return verdict;
}

/** The sentence holding the amount (bounded to a few hundred characters either side). */
function sentenceOf(fold: string, q: Quantity): string {
  const from = Math.max(0, q.start - 300);
  const to = Math.min(fold.length, q.end + 300);
  const before = fold.slice(from, q.start);
  const after = fold.slice(q.end, to);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const next = after.search(/[.?!](?:\s|$)/);
  return fold.slice(cut >= 0 ? from + cut + 2 : from, next >= 0 ? q.end + next : to);
}

/** A project cue within reach before `t` (for the thing valued by "trị giá"). */
function valuedProject(line: LineContext, t: number, marks: boolean): Cue | null {
  for (let dist = 0; t >= 0 && dist < MAX_VALUED; dist++, t--) {
    const cue = cueEndingAt(line, t, marks);
    if (cue && (cue.kind === 'object' || cue.name === 'du-an')) return plural(line, t - cue.words.length + 1) ? null : cue;
    if (cue && cue.kind === 'negative') return null;
  }
  return null;
}

function lookBack(line: LineContext, q: Quantity, marks: boolean): Verdict {
  const { tokens } = line;
  let t = lastTokenEndingBy(tokens, q.start);
  let nextStart = q.start;
  let breaker = false;
  let unsure = false;
  let labelled = false;
  for (let dist = 0; t >= 0 && dist <= MAX_BACK; dist++) {
    if (clauseEnds(line.norm, tokens[t].end, nextStart + 1)) {
      // A colon right after the amount's label ("Tổng vốn đầu tư: 300 tỷ đồng").
      if (dist > 0 || !LABEL_GAP.test(line.norm.slice(tokens[t].end, nextStart))) return null;
      labelled = true;
    }
    // A label is a few words and names capital; else the colon ended a headline's topic
    // ("Cảng hàng không Cà Mau: Hơn 2 tỉ đồng hỗ trợ").
    if (labelled && dist > MAX_LABEL) return null;
    let cue = cueEndingAt(line, t, marks);
    if (labelled && cue !== null && cue.kind !== 'strong' && cue.kind !== 'neutral') return null;
    if (!marks && cue?.name === 'chi' && t > 0 && ONLY_AFTER.has(tokens[t - 1].fold) && line.norm.charCodeAt(tokens[t - 1].end) === 32) {
      // "chỉ" (only): the words before it still say what the amount is ("gia chi 1 ty").
      cue = null;
      if (dist === 0) {
        nextStart = tokens[t].start;
        t--;
        if (clauseEnds(line.norm, tokens[t].end, nextStart + 1)) return null;
        cue = cueEndingAt(line, t, marks);
      }
    }
    if (!marks && !cue && dist === 0 && UNACCENTED_RIGHT_BEFORE.has(tokens[t].fold) && !(t > 0 && tokens[t - 1].fold === UNACCENTED_NOT_AFTER[tokens[t].fold])) {
      return { ok: false, rule: `negative-${tokens[t].fold}-unaccented` };
    }
    if (cue) {
      const first = t - cue.words.length + 1;
      if (cue.kind === 'negative') return { ok: false, rule: `negative-${cue.name}` };
      if (cue.kind === 'strong') {
        if (cue.name === 'quy-mo' && marketBefore(line, first, marks)) return { ok: false, rule: 'negative-market-size' };
        return { ok: true, rule: `investment.cue-${cue.name}` };
      }
      if (cue.kind === 'verb' && dist <= MAX_VERB) return { ok: true, rule: `investment.verb-${cue.name}` };
      if (cue.kind === 'build' && dist <= MAX_BUILD) return { ok: true, rule: `investment.build-${cue.name}` };
      if (cue.kind === 'valued') {
        const project = valuedProject(line, first - 1, marks);
        return project ? { ok: true, rule: `investment.valued-${project.name}` } : { ok: false, rule: `negative-${cue.name}` };
      }
      // Counted projects ("305 nhà ở xã hội") with a price word between may be priced one by
      // one ("giá dưới 1,2 tỷ"); typed without diacritics that word cannot be told apart.
      if (cue.kind === 'object' && dist <= MAX_OBJECT && !breaker && !plural(line, first) && !(unsure && counted(line, first))) {
        return { ok: true, rule: `investment.project-${cue.name}` };
      }
      if (cue.kind === 'neutral' || cue.words.length > 1) {
        // Skip the rest of the phrase: its inner words must not count on their own.
        dist += cue.words.length - 1;
        nextStart = tokens[first].start;
        t = first - 1;
        continue;
      }
    }
    if (BREAKERS.has(tokens[t].fold) && writtenAs(line, t, t, BREAKERS.get(tokens[t].fold), marks)) breaker = true;
    if (!cue && !marks && maybeNegative(line, t)) unsure = true;
    nextStart = tokens[t].start;
    t--;
  }
  return null;
}

/** True when "thị trường" stands a few words before token `first`, in the same phrase ("quy mô" of a market). */
function marketBefore(line: LineContext, first: number, marks: boolean): boolean {
  const { tokens, norm } = line;
  for (let t = first - 1; t >= 1 && first - t <= MAX_MARKET; t--) {
    const after = norm.charCodeAt(tokens[t].end);
    if (after === 44 || after === 46 || after === 58 || after === 59) return false; // , . : ;
    if (tokens[t - 1].fold === MARKET.words[0] && tokens[t].fold === MARKET.words[1] && writtenAs(line, t - 1, t, MARKET.forms, marks)) return true;
  }
  return false;
}

/** A number before token `first` counts the thing ("7 dự án", "hai khu đô thị"). */
function counted(line: LineContext, first: number): boolean {
  if (first === 0) return false;
  const before = line.tokens[first - 1].fold;
  return /^\d/.test(before) || NUMBER_WORDS.has(before);
}

function plural(line: LineContext, first: number): boolean {
  if (first === 0) return false;
  const before = line.tokens[first - 1];
  return PLURALS.has(before.fold);
}

function lookAhead(line: LineContext, q: Quantity, marks: boolean): Verdict {
  const { tokens } = line;
  let t = lastTokenEndingBy(tokens, q.end) + 1;
  let prevEnd = q.end;
  for (let dist = 0; t < tokens.length && dist <= 4; dist++, t++) {
    if (clauseEnds(line.norm, prevEnd, tokens[t].start + 1)) return null;
    for (const { phrase, words, maxDist, rule } of FORWARDS) {
      if (dist > maxDist) continue;
      if (t + words.length > tokens.length) continue;
      if (!words.every((w, k) => tokens[t + k].fold === w)) continue;
      if (writtenAs(line, t, t + words.length - 1, FORWARD_FORMS.get(phrase), marks)) return { ok: true, rule };
    }
    prevEnd = tokens[t].end;
  }
  return null;
}
