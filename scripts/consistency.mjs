#!/usr/bin/env node
// npm run consistency -- FILE [--sample N] [--seed S] [--show K]
// Reads real text with no gold: extracts a sample of FILE's lines as written,
// retypes each line the ways people type (without diacritics, in capitals,
// decomposed, old tone placement), extracts again and scores the retyped
// records against the first ones, field by field. The first record is not
// always right, but a disagreement mostly shows a reading that breaks when the
// text is typed another way. --show K prints K disagreements per retyping.
// Needs a build (npm run build).
import fs from 'node:fs';
import { extract } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!file) {
  console.error('usage: npm run consistency -- FILE [--sample N] [--seed S] [--show K]');
  process.exit(2);
}
const SAMPLE = option('--sample', 4000);
const SHOW = option('--show', 0);
let seed = option('--seed', 7) || 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;

// --- retypings -------------------------------------------------------------
const MARKS = /[\u0300-\u036f]/g;
const noAccent = (s) => s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
// Old tone placement: the tone on the second vowel of an open oa, oe, uy ("hoà", "thuý").
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const OLD_TONE = new RegExp(`([oOuU])([${TONES}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');
const oldTone = (s) => s.normalize('NFD').replace(OLD_TONE, '$1$3$2').normalize('NFC');
const RETYPINGS = {
  noaccent: noAccent,
  upper: (s) => s.toUpperCase(),
  nfd: (s) => s.normalize('NFD'),
  oldtone: oldTone,
};

// --- what is compared: each field's values as keys, names folded ------------
const fold = (s) => noAccent(String(s)).toLowerCase();
const KEYS = {
  provinces: (r) => r.provinces,
  parks: (r) => r.parks.map((p) => `${p.kind}|${fold(p.name)}`),
  areas: (r) => r.areas.map((a) => String(a.hectares)),
  investments: (r) => r.investments.map((i) => `${i.currency}|${i.amount}`),
  decisions: (r) => r.decisions.map((d) => fold(d.number)),
  localities: (r) => r.localities.map((l) => `${l.level}|${fold(l.name)}`),
};

function compare(want, got, counts) {
  let same = true;
  for (const [field, keysOf] of Object.entries(KEYS)) {
    const left = [...keysOf(got)];
    const c = counts[field];
    for (const k of keysOf(want)) {
      const at = left.indexOf(k);
      if (at >= 0) {
        c.tp++;
        left.splice(at, 1);
      } else {
        c.fn++;
        same = false;
      }
    }
    c.fp += left.length;
    if (left.length) same = false;
  }
  return same;
}

// --- the sample: lines where something was found ----------------------------
const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() && l.length <= 2000);
const found = [];
for (const text of lines) {
  const r = extract(text);
  if (Object.keys(KEYS).some((f) => KEYS[f](r).length > 0)) found.push({ text, record: r });
}
for (let i = found.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [found[i], found[j]] = [found[j], found[i]];
}
const sample = found.slice(0, SAMPLE);
console.log(`${file}: ${lines.length} lines, ${found.length} with a field found; ${sample.length} sampled`);

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
for (const [name, retype] of Object.entries(RETYPINGS)) {
  const counts = Object.fromEntries(Object.keys(KEYS).map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const shown = [];
  let agree = 0;
  for (const { text, record } of sample) {
    const retyped = extract(retype(text));
    if (compare(record, retyped, counts)) agree++;
    else if (shown.length < SHOW) shown.push({ text: retype(text), want: record, got: retyped });
  }
  console.log(`\n${name}: ${agree}/${sample.length} records agree`);
  console.log('field         P      R      F1    (tp fp fn)');
  for (const [field, c] of Object.entries(counts)) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    console.log(`${field.padEnd(12)} ${pct(p)}  ${pct(r)}  ${pct((2 * p * r) / (p + r))}  (${c.tp} ${c.fp} ${c.fn})`);
  }
  for (const s of shown) {
    const diff = Object.keys(KEYS).filter((f) => JSON.stringify(KEYS[f](s.want)) !== JSON.stringify(KEYS[f](s.got)));
    console.log(`  ${s.text.slice(0, 160)}`);
    for (const f of diff) console.log(`    ${f}: ${JSON.stringify(KEYS[f](s.want))} -> ${JSON.stringify(KEYS[f](s.got))}`);
  }
}
