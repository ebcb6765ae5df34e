#!/usr/bin/env node
// Builds the project's compact gazetteer (src/gazetteer/data.json) from the
// shared data set: node scripts/build-gazetteer.mjs [DATA_DIR]
// (default ../shared/data). The output is committed, so a fresh clone needs
// no ../shared. Source of record: thanglequoc/vietnamese-provinces-database
// (MIT) and dvhcvn/20250701 (MIT); see src/gazetteer/SOURCES.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'data'));
const read = (name) => JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8'));

const old = read('provinces.json');
const now = read('provinces-2025.json');
const districts = read('districts.json');
const former = read('districts-former.json');

// Informal names: they count alone but not inside another name (FIELDS.md:
// `Sài Gòn` in `KCN Sài Gòn - Mekong` or `sông Sài Gòn` is not a province).
const INFORMAL = new Set(['Sài Gòn']);

// The two lists are joined by name (merged_into / formed_from), never by
// code: 7 codes name different units before and after 1 July 2025.
const out = {
  provinces: old.map((p) => ({
    name: p.name,
    type: p.type,
    merged_into: p.merged_into,
    aliases: p.aliases.filter((a) => !INFORMAL.has(a)),
    informal: p.aliases.filter((a) => INFORMAL.has(a)),
  })),
  provinces2025: now.map((p) => ({
    name: p.name,
    type: p.type,
    formed_from: p.formed_from,
    aliases: p.aliases.filter((a) => !INFORMAL.has(a)),
  })),
  // [name, level, province]; former units (gone by 2025-03) still appear in news.
  districts: [
    ...districts.map((d) => [d.name, d.level, d.province]),
    ...former.map((d) => [d.name, d.level, d.province, 'former']),
  ],
};

for (const p of out.provinces) {
  if (!out.provinces2025.some((n) => n.name === p.merged_into)) throw new Error(`${p.name}: merged_into ${p.merged_into} not in the 2025 list`);
}
const file = path.join(root, 'src', 'gazetteer', 'data.json');
fs.writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${path.relative(root, file)}: ${out.provinces.length} provinces, ${out.provinces2025.length} since 2025-07-01, ${out.districts.length} districts`);
console.log('then: npm run name-forms (the names\' folded forms, src/gazetteer/forms.json)');
