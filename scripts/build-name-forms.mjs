#!/usr/bin/env node
// npm run name-forms (tsc, then this; after npm run gazetteer): writes
// src/gazetteer/forms.json, each name the gazetteer's indexes hold with its
// folded syllables and its marked form, worked out by the built matcher, so
// that start-up reads them instead of folding every name again. Run it
// after a change to data.json or to folding (npm run tables): a test fails
// until then.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = (file) => import(new URL(`../dist/gazetteer/${file}`, import.meta.url).href);
const { WRITTEN_NAMES } = await built('index.js').catch(() => {
  console.error('build-name-forms: dist/gazetteer/ is missing; run npx tsc -p tsconfig.json first');
  process.exit(1);
});
const { markedForm, nameWords } = await built('matcher.js');

const forms = {};
for (const name of WRITTEN_NAMES) forms[name] ??= [nameWords(name).join(' '), markedForm(name)];
// One name per line: a change to the data shows as a readable diff.
const lines = Object.entries(forms).map(([name, pair]) => `${JSON.stringify(name)}:${JSON.stringify(pair)}`);
const file = path.join(root, 'src', 'gazetteer', 'forms.json');
fs.writeFileSync(file, `{\n${lines.join(',\n')}\n}\n`);
console.log(`build-name-forms: ${lines.length} names -> ${path.relative(root, file)}`);
