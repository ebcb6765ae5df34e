// The analyst's view of one line: where it came from, the line with every
// extracted span highlighted in its field's colour, and the record in short.
//
// With colour (chalk level ≥ 1) spans are only coloured. Without colour
// (level 0: NO_COLOR, a pipe, --no-color) the output is plain text and each
// span is wrapped in [brackets] instead, so the view still shows what was
// found and where; the summary lines below say which field each bracket is.
//
// Spans can overlap (a province inside a park's name, an area inside a
// decision...): the longer span wins and the shorter one is not drawn at all,
// so the text is never cut or reordered. Control characters of the input are
// shown as "�" (one for one, spans stay valid) so a line cannot drive the
// terminal.
import type { ChalkInstance, ForegroundColorName } from 'chalk';
import type { Extraction } from '../extract.js';
import type { KcnRecord } from '../record/schema.js';
import type { DecisionType, LocalityLevel, ParkKind, Qualifier, Span } from '../types.js';

/** The fields the view highlights; `province` is the primary one among `provinces`. */
export type PrettyField = 'province' | 'provinces' | 'parks' | 'areas' | 'investments' | 'decisions' | 'localities';

/** One colour per field: the highlight in the line and the label of its summary line. */
export const FIELD_COLOURS: Readonly<Record<PrettyField, ForegroundColorName>> = {
  province: 'blueBright',
  provinces: 'blue',
  parks: 'green',
  areas: 'yellow',
  investments: 'magenta',
  decisions: 'cyan',
  localities: 'red',
};

/** Short labels for the summary lines, padded to one column. */
const LABELS: Record<PrettyField, string> = {
  province: 'province',
  provinces: 'provinces',
  parks: 'parks',
  areas: 'areas',
  investments: 'invest',
  decisions: 'decisions',
  localities: 'localities',
};
const LABEL_WIDTH = 11;

// Tie-break when two spans have the same length: the primary province over
// the province list, then the order of the fields above.
const PRIORITY: PrettyField[] = ['province', 'parks', 'decisions', 'investments', 'areas', 'localities', 'provinces'];

const PARK_KIND: Record<ParkKind, string> = {
  industrial_park: 'KCN',
  industrial_cluster: 'CCN',
  economic_zone: 'KKT',
  export_processing_zone: 'KCX',
  high_tech_park: 'KCNC',
};
const DECISION_TYPE: Record<DecisionType, string> = {
  decision: 'QĐ',
  resolution: 'NQ',
  decree: 'NĐ',
  circular: 'TT',
  directive: 'CT',
  official_letter: 'CV',
  plan: 'KH',
  notice: 'TB',
};
const LOCALITY_LEVEL: Record<LocalityLevel, string> = {
  district: 'huyện',
  urban_district: 'quận',
  town: 'thị xã',
  city: 'TP',
  commune: 'xã',
  ward: 'phường',
  township: 'thị trấn',
  special_zone: 'đặc khu',
};
/** Hedges as a prefix of the number ("exact" has none). */
export const QUALIFIER_MARKS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  over: '>',
  under: '<',
  approx: '~',
  nearly: '≲',
  up_to: '≤',
};

/** Colours `s` as `field`; returns it unchanged at level 0. */
export function paint(chalk: ChalkInstance, field: PrettyField, s: string): string {
  return chalk.level > 0 ? chalk[FIELD_COLOURS[field]](s) : s;
}

export function renderPretty(extraction: Extraction, record: KcnRecord, chalk: ChalkInstance): string {
  const header = `${record.source}:${record.line}`;
  const out = [chalk.level > 0 ? chalk.bold(header) : header, `  ${highlight(extraction, chalk)}`];
  const summary = summaryLines(record, chalk);
  out.push(...(summary.length ? summary : [chalk.level > 0 ? chalk.dim('  (nothing found)') : '  (nothing found)']));
  return out.join('\n') + '\n';
}

/** One line naming every field colour and the hedge marks, ending in "\n". */
export function renderLegend(chalk: ChalkInstance): string {
  const fields = (Object.keys(LABELS) as PrettyField[]).map((f) => paint(chalk, f, LABELS[f])).join(' ');
  const marks = (Object.entries(QUALIFIER_MARKS) as [Qualifier, string][])
    .filter(([, m]) => m)
    .map(([q, m]) => `${m} ${q.replace('_', ' ')}`)
    .join(', ');
  const spans = chalk.level > 0 ? 'fields:' : 'fields ([…] marks a span):';
  return `${spans} ${fields} · hedges: ${marks}\n`;
}

export interface Mark {
  field: PrettyField;
  span: Span;
}

/** The line with its spans coloured (or bracketed at level 0). */
export function highlight(extraction: Extraction, chalk: ChalkInstance): string {
  const text = visible(extraction.text);
  const marks = chooseSpans(collectMarks(extraction), text.length);
  let out = '';
  let at = 0;
  for (const { field, span } of marks) {
    const piece = text.slice(span[0], span[1]);
    out += text.slice(at, span[0]) + (chalk.level > 0 ? paint(chalk, field, piece) : `[${piece}]`);
    at = span[1];
  }
  return out + text.slice(at);
}

function collectMarks(x: Extraction): Mark[] {
  const marks: Mark[] = [];
  const add = (field: PrettyField, items: { span: Span }[]) => {
    for (const item of items) marks.push({ field, span: item.span });
  };
  if (x.found.province) add('province', [x.found.province]);
  add('provinces', x.found.provinces);
  add('parks', x.found.parks);
  add('areas', x.found.areas);
  add('investments', x.found.investments);
  add('decisions', x.found.decisions);
  add('localities', x.found.localities);
  return marks;
}

/**
 * Keeps non-overlapping spans, longest first, in line order. Linear-ish:
 * kept spans stay sorted and each candidate is checked against its two
 * neighbours found by binary search.
 */
export function chooseSpans(marks: Mark[], length: number): Mark[] {
  const valid = marks.filter(({ span: [s, e] }) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= length);
  valid.sort(
    (a, b) =>
      b.span[1] - b.span[0] - (a.span[1] - a.span[0]) ||
      PRIORITY.indexOf(a.field) - PRIORITY.indexOf(b.field) ||
      a.span[0] - b.span[0],
  );
  const kept: Mark[] = [];
  for (const mark of valid) {
    const [s, e] = mark.span;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].span[0] < s) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1].span[1] > s) continue;
    if (lo < kept.length && kept[lo].span[0] < e) continue;
    kept.splice(lo, 0, mark);
  }
  return kept;
}

// C0/C1 controls and bidi overrides would move the cursor or reorder the
// view; replaced one for one so offsets hold.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function visible(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\t' ? ' ' : '\uFFFD'));
}

function summaryLines(r: KcnRecord, chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  const line = (field: PrettyField, values: string[]) => {
    if (!values.length) return;
    const label = LABELS[field];
    lines.push(`  ${paint(chalk, field, label)}${' '.repeat(LABEL_WIDTH - label.length)}${visible(values.join(', '))}`);
  };
  if (r.province) {
    const now = r.province_2025 && r.province_2025 !== r.province ? ` (2025: ${r.province_2025})` : '';
    line('province', [r.province + now]);
  }
  line('provinces', r.provinces);
  line('parks', r.parks.map((p) => `${p.name} (${PARK_KIND[p.kind]})`));
  line('areas', r.areas.map((a) => `${QUALIFIER_MARKS[a.qualifier]}${number(a.hectares)} ha`));
  line('investments', r.investments.map((i) => `${QUALIFIER_MARKS[i.qualifier]}${money(i.amount)} ${i.currency}`));
  line('decisions', r.decisions.map((d) => `${d.number} (${DECISION_TYPE[d.type]})`));
  line('localities', r.localities.map((l) => `${l.name} (${LOCALITY_LEVEL[l.level]})`));
  return lines;
}

/** Up to six significant digits, "." as the decimal mark, no grouping. */
function number(n: number): string {
  return String(Number(n.toPrecision(6)));
}

// Money with the Vietnamese scale words a reader expects ("280 tỷ").
const SCALES: [number, string][] = [
  [1e12, 'nghìn tỷ'],
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
];
function money(amount: number): string {
  for (const [size, word] of SCALES) if (amount >= size) return `${number(amount / size)} ${word}`;
  return number(amount);
}
