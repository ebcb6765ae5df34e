// The end-of-run table on stderr: what was read, what was found, what went
// wrong, how fast. Counts are grouped by spaces ("12 345") so neither "," nor
// "." can be misread as a decimal mark; percentages are of records.
import type { ChalkInstance } from 'chalk';
import { FIELD_COLOURS } from './pretty.js';
import type { RunSummary } from './run-summary.js';

type Row = [label: string, value: string, note?: string];
type Style = (s: string) => string;

const FIELDS: [keyof RunSummary['perField'], string][] = [
  ['province', 'province'],
  ['provinces', 'provinces'],
  ['parks', 'parks'],
  ['areas', 'areas'],
  ['investments', 'investments'],
  ['decisions', 'decisions'],
  ['localities', 'localities'],
];

export function renderSummary(s: RunSummary, chalk: ChalkInstance): string {
  const on = chalk.level > 0;
  const id: Style = (x) => x;
  const warn = (n: number, style: Style): Style => (on && n > 0 ? style : id);
  const pct = (n: number) => (s.records > 0 ? `${((100 * n) / s.records).toFixed(1)}%` : '–').padStart(6);

  const rows: [Row, Style][] = [
    [['lines', count(s.lines), s.blank ? `${count(s.blank)} blank` : undefined], id],
    [['records', count(s.records)], id],
    [['with ≥1 field', count(s.matched), pct(s.matched)], on ? chalk.bold : id],
  ];
  for (const [key, label] of FIELDS) {
    rows.push([[`  ${label}`, count(s.perField[key]), pct(s.perField[key])], on ? chalk[FIELD_COLOURS[key]] : id]);
  }
  rows.push(
    [['rejects', count(s.rejects)], warn(s.rejects, chalk.yellow)],
    [['duplicates', count(s.duplicates)], id],
    [['errors', count(s.errors)], warn(s.errors, chalk.red)],
    [['elapsed', duration(s.elapsedMs)], id],
    [['lines/s', s.elapsedMs > 0 ? count(Math.round((s.lines * 1000) / s.elapsedMs)) : '–'], id],
  );

  const labelWidth = Math.max(...rows.map(([[l]]) => l.length));
  const valueWidth = Math.max(...rows.map(([[, v]]) => v.length));
  const out = rows.map(([[label, value, note], style]) => {
    // Pad outside the style so escapes wrap the words only.
    const word = label.trimStart();
    const indent = label.slice(0, label.length - word.length);
    return `${indent}${style(word)}${' '.repeat(labelWidth - label.length)}  ${value.padStart(valueWidth)}${note ? `  ${note}` : ''}`;
  });
  if (s.perSource.length > 1) out.push('', ...sourceTable(s, on ? chalk.dim : id));
  return out.join('\n') + '\n';
}

/** One row per input: name (shortened from the left), lines, blank, records, rejects. */
function sourceTable(s: RunSummary, dim: Style): string[] {
  const head = ['input', 'lines', 'blank', 'records', 'rejects'];
  const body = s.perSource.map((p) => [shorten(p.source, 48), count(p.lines), count(p.blank), count(p.records), count(p.rejects)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const render = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [dim(render(head)), ...body.map(render)];
}

function shorten(name: string, max: number): string {
  return name.length <= max ? name : `…${name.slice(name.length - max + 1)}`;
}

/** An integer grouped by spaces: 1234567 → "1 234 567". */
export function count(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? ` ${out}` : '');
  return (n < 0 ? '-' : '') + out;
}

/** "850 ms", "12.3 s", "4m 05s", "1h 02m". */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const sec = ms / 1000;
  if (sec < 60) return `${sec.toFixed(sec < 10 ? 2 : 1)} s`;
  const whole = Math.round(sec);
  const two = (n: number) => String(n).padStart(2, '0');
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${two(whole % 60)}s`;
  return `${Math.floor(whole / 3600)}h ${two(Math.floor((whole % 3600) / 60))}m`;
}
