// --parks FILE: a user's list of known parks, CSV (header: name, kind,
// province, aliases) or JSON (an array of objects with the same keys).
// Every row is validated; the first bad one stops loading with a one-line
// message "FILE: row N: reason" (CSV rows counted as in a spreadsheet: the
// header is row 1; JSON rows are the array's items from 1).
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { prepareLine } from '../normalize/text.js';
import { tokenize } from '../normalize/tokens.js';
import { KIND_WORDS } from '../rules/parks/kinds.js';
import { provinceIndex } from './index.js';
import type { KnownPark, ParkKind } from '../types.js';

/** A bad --parks file: the message names the file and the row. */
export class KnownParksError extends Error {}

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const optionalText = z.union([text, z.null()]).optional().transform((v) => v ?? '');
const aliases = z
  .union([z.array(text), text, z.null()])
  .optional()
  .transform((v) => (Array.isArray(v) ? v : (v ?? '').split(/[;|]/)).map((a) => a.trim()).filter(Boolean));

const rowSchema = z.object({
  name: text.pipe(z.string().min(1, 'name is empty')),
  kind: text,
  province: optionalText,
  aliases,
});

function kindOf(written: string): ParkKind | null {
  return KIND_WORDS[written.trim().toLowerCase().replace(/[\s-]+/g, '_')] ?? null;
}

const PROVINCE_PREFIX = /^(?:tỉnh|thành phố|tp\.?)\s+/iu;

/** The canonical province for a written one ("tỉnh Thanh Hoá" → "Thanh Hóa"), or null if unknown. */
export function canonicalProvince(written: string): string | null {
  const line = prepareLine(written.replace(PROVINCE_PREFIX, ''));
  const tokens = tokenize(line.norm, line.fold);
  if (tokens.length === 0) return null;
  const m = provinceIndex.matchAt(tokens, line.norm, 0);
  return m && m.last === tokens.length ? m.value.canonical : null;
}

function toKnownPark(raw: unknown): KnownPark {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new Error(`${where}${issue.message}`);
  }
  const row = parsed.data;
  const kind = kindOf(row.kind);
  if (!kind) throw new Error(`unknown kind "${row.kind}" (use KCN, CCN, KKT, KCX, KCNC or ${Object.keys(KIND_WORDS).slice(0, 5).join(', ')})`);
  let province: string | null = null;
  if (row.province !== '') {
    province = canonicalProvince(row.province);
    if (!province) throw new Error(`unknown province "${row.province}"`);
  }
  return { name: row.name.normalize('NFC'), kind, province, aliases: row.aliases.map((a) => a.normalize('NFC')) };
}

function readRows(file: string, content: string): { rows: unknown[]; first: number } {
  const body = content.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file) || /^\s*\[/.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw new KnownParksError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(data)) throw new KnownParksError(`${file}: expected a JSON array of parks`);
    return { rows: data, first: 1 };
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(body, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (e) {
    throw new KnownParksError(`${file}: not valid CSV (${(e as Error).message.split('\n')[0]})`);
  }
  return { rows, first: 2 };
}

export function loadKnownParks(file: string): KnownPark[] {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new KnownParksError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { rows, first } = readRows(file, content);
  return rows.map((raw, i) => {
    try {
      return toKnownPark(raw);
    } catch (e) {
      throw new KnownParksError(`${file}: row ${i + first}: ${(e as Error).message}`);
    }
  });
}
