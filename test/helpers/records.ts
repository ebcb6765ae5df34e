// Helpers shared by the sample-based tests: read the bundled sample and its
// expected records, and compare names the way users do (case and tone
// placement do not matter).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../src/extract.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ExpectedRecord {
  id: string;
  text: string;
  province: string | null;
  provinces: string[];
  parks: { kind: string; name: string }[];
  areas: { hectares: number; qualifier: string }[];
  investments: { amount: number; currency: string; qualifier: string }[];
  decisions: { number: string; type: string }[];
  localities: { level: string; name: string }[];
}

export function sampleRecords(): ExpectedRecord[] {
  return fs.readFileSync(path.join(root, 'fixtures/sample.expected.jsonl'), 'utf8')
    .split('\n').filter(Boolean).map((l) => JSON.parse(l) as ExpectedRecord);
}

/** Name key: NFC, lower case, tone marks sorted to the syllable's end, one space around joining dashes. */
export function nameKey(s: string): string {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return s.normalize('NFD').toLowerCase().replace(/\s*[-–]\s*/g, ' - ').replace(/\s+/g, ' ').trim()
    .split(' ').map((w) => w.replace(TONES, '') + (w.match(TONES) ?? []).join('')).join(' ').normalize('NFC');
}

/** The comparable view of a record (expected or extracted). */
export function comparable(r: Omit<ExpectedRecord, 'id' | 'text'> | Extraction) {
  return {
    province: r.province === null ? null : nameKey(r.province),
    provinces: r.provinces.map(nameKey),
    parks: r.parks.map((p) => `${p.kind}|${nameKey(p.name)}`),
    areas: r.areas.map((a) => `${a.hectares}|${a.qualifier}`),
    investments: r.investments.map((i) => `${i.amount}|${i.currency}|${i.qualifier}`),
    decisions: r.decisions.map((d) => `${d.type}|${d.number.toLowerCase()}`),
    localities: r.localities.map((l) => `${l.level}|${nameKey(l.name)}`),
  };
}
