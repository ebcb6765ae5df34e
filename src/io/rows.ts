// One structured row (a JSON object or a CSV row) turned into an input
// event: its text fields joined into the line's text, the --keep fields
// carried along, and a reject with a reason when there is no usable text.
import type { InputEvent } from './inputs.js';
import type { KeepField } from './keep.js';
import { PREVIEW_CHARS, formatBytes } from './split.js';

export interface RowOptions {
  textFields: string[];
  keep: KeepField[];
  maxLineBytes: number;
}

/** An event for a parsed JSON value; `raw` is what the reject shows (default: the value as JSON). */
export function jsonRowEvent(value: unknown, source: string, line: number, opts: RowOptions, raw?: string): InputEvent {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return reject(source, line, 'not a JSON object', raw ?? safeJson(value));
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  let found = false;
  for (const f of opts.textFields) {
    const v = fieldValue(obj, f);
    // A list of strings (paragraphs, say) reads as its items in turn.
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item === 'string' || typeof item === 'number') {
        found = true;
        const s = String(item).trim();
        if (s) parts.push(s);
      }
    }
  }
  if (!found) return reject(source, line, `no text field (${fieldList(opts.textFields)})`, raw ?? safeJson(value));
  return textEvent(joinParts(parts), source, line, opts, () => pick(obj, opts.keep), raw ?? safeJson(value));
}

/** The event for a row's text once found; blank text is a blank line. */
export function textEvent(
  text: string,
  source: string,
  line: number,
  opts: RowOptions,
  extra: () => Record<string, unknown> | undefined,
  raw: string,
): InputEvent {
  if (!text) return { type: 'blank', source, line };
  // Cheap bound first: a UTF-8 character is at most 3 bytes per UTF-16 unit.
  if (text.length * 3 > opts.maxLineBytes && Buffer.byteLength(text) > opts.maxLineBytes) {
    return reject(source, line, `text longer than ${formatBytes(opts.maxLineBytes)}`, raw);
  }
  const ex = extra();
  return ex ? { type: 'line', source, line, text, extra: ex } : { type: 'line', source, line, text };
}

export function reject(source: string, line: number, reason: string, text: string): InputEvent {
  return { type: 'reject', source, line, reason, text: text.length > PREVIEW_CHARS ? text.slice(0, PREVIEW_CHARS) : text };
}

/**
 * Several text fields (e.g. title and summary) read as sentences: joined
 * with ". ", or a space when the part already ends a sentence.
 */
export function joinParts(parts: string[]): string {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += (/[.!?…:;]$/u.test(out) ? ' ' : '. ') + parts[i];
  return out;
}

const own = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * A field of the object by name; a name with dots that is not a field of its
 * own ("meta.title") is a path into nested objects. Undefined when absent.
 */
export function fieldValue(obj: Record<string, unknown>, name: string): unknown {
  if (own(obj, name)) return obj[name];
  if (!name.includes('.')) return undefined;
  let at: unknown = obj;
  for (const key of name.split('.')) {
    if (at === null || typeof at !== 'object' || Array.isArray(at) || !own(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function pick(obj: Record<string, unknown>, keep: KeepField[]): Record<string, unknown> | undefined {
  if (!keep.length) return undefined;
  const extra: Record<string, unknown> = {};
  for (const k of keep) {
    const v = fieldValue(obj, k.field);
    if (v !== undefined) extra[k.column] = v;
  }
  return extra;
}

export function fieldList(fields: string[]): string {
  return fields.map((f) => `"${f}"`).join(', ');
}

function safeJson(v: unknown): string {
  try {
    // Only the preview is shown: a huge value is cut before stringifying it whole where possible.
    if (typeof v === 'string') return JSON.stringify(v.slice(0, PREVIEW_CHARS));
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
