#!/usr/bin/env node
// Per-rule cost, in microseconds per line, in pipeline order:
//   node scripts/bench/rules.mjs FILE [--lines N] [--rounds R]
// Each rule runs on fresh line objects (rules may cache per line) with the
// findings of the rules before it, so each figure is that rule's own cost.
// Needs a build (npx tsc -p .). Prints figures; asserts nothing.
import fs from 'node:fs';
import { prepareLine } from '../../dist/normalize/text.js';
import { tokenize } from '../../dist/normalize/tokens.js';
import { emptyFindings } from '../../dist/rules/context.js';
import { findDecisions } from '../../dist/rules/decisions/index.js';
import { findAreas } from '../../dist/rules/areas/index.js';
import { findInvestments } from '../../dist/rules/investments/index.js';
import { findParks } from '../../dist/rules/parks/index.js';
import { findProvinces } from '../../dist/rules/provinces/index.js';
import { findLocalities } from '../../dist/rules/localities/index.js';
import { primaryProvince } from '../../dist/refiners/primary-province.js';
import { extract } from '../../dist/extract.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('lines', 50_000);
const ROUNDS = arg('rounds', 5);
const raw = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).slice(0, N);

const fresh = () => raw.map((text) => {
  const p = prepareLine(text);
  return { ...p, tokens: tokenize(p.norm, p.fold), options: {} };
});
// Findings of all rules, computed once, so each rule sees what came before it.
const findings = fresh().map((line) => {
  const f = emptyFindings();
  f.decisions = findDecisions(line, f);
  f.areas = findAreas(line, f);
  f.investments = findInvestments(line, f);
  f.parks = findParks(line, f);
  f.provinces = findProvinces(line, f);
  f.localities = findLocalities(line, f);
  return f;
});

const steps = [
  ['prepareLine', () => { for (const t of raw) prepareLine(t); }],
  ['tokenize', (lines) => { for (const l of lines) tokenize(l.norm, l.fold); }],
  ['decisions', (lines) => lines.forEach((l, i) => findDecisions(l, findings[i]))],
  ['areas', (lines) => lines.forEach((l, i) => findAreas(l, findings[i]))],
  ['investments', (lines) => lines.forEach((l, i) => findInvestments(l, findings[i]))],
  ['parks', (lines) => lines.forEach((l, i) => findParks(l, findings[i]))],
  ['provinces (+localities it reads)', (lines) => lines.forEach((l, i) => findProvinces(l, findings[i]))],
  ['localities (after provinces)', (lines) => lines.forEach((l, i) => { findProvinces(l, findings[i]); findLocalities(l, findings[i]); })],
  ['primary province', (lines) => lines.forEach((l, i) => primaryProvince(l, findings[i]))],
  ['extract() whole', () => { for (const t of raw) extract(t); }],
];

const best = new Map();
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, run] of steps) {
    const lines = fresh();
    const t0 = process.hrtime.bigint();
    run(lines);
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / raw.length;
    best.set(name, Math.min(best.get(name) ?? Infinity, us));
  }
}
console.log(`${raw.length} lines, best of ${ROUNDS} rounds, µs per line`);
for (const [name, us] of best) console.log(`${name.padEnd(34)} ${us.toFixed(2).padStart(7)}`);
