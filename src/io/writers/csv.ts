// One CSV cell from a row value: lists joined with "; " in readable forms,
// numbers plain (no exponent, no thousands separators; a decimal comma on
// request).
import { plainNumber } from './numbers.js';

const LIST_SEPARATOR = '; ';

function hedge(q: unknown): string {
  return q && q !== 'exact' ? ` (${String(q)})` : '';
}

/** A list element: parks "Name (kind)", areas "12.5 ha (over)", money "280000000000 VND (nearly)". */
function item(v: unknown, num: (n: number) => string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return num(v);
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.hectares === 'number') return `${num(o.hectares)} ha${hedge(o.qualifier)}`;
  if (typeof o.amount === 'number') return `${num(o.amount)} ${String(o.currency)}${hedge(o.qualifier)}`;
  if (typeof o.number === 'string') return `${o.number} (${String(o.type)})`;
  if (typeof o.name === 'string' && (typeof o.kind === 'string' || typeof o.level === 'string')) {
    return `${o.name} (${String(o.kind ?? o.level)})`;
  }
  return JSON.stringify(v);
}

const commaNumber = (n: number): string => plainNumber(n).replace('.', ',');

export function csvCell(v: unknown, decimalComma = false): string {
  const num = decimalComma ? commaNumber : plainNumber;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => item(x, num)).join(LIST_SEPARATOR);
  if (typeof v === 'object' && !('name' in v) && !('hectares' in v) && !('amount' in v) && !('number' in v)) {
    return JSON.stringify(v); // the explain object, --keep objects
  }
  return item(v, num);
}
