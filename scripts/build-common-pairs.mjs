#!/usr/bin/env node
// npm run common-pairs -- LINES.txt: counts, over a news dump (one text per
// line), how often each pair of adjacent words is written in lower case
// mid-sentence, and writes src/rules/common-pairs.json (one string, the pairs
// joined by '|'): the pairs seen at
// least 100 times and in lower case at least 99.5% of the time ("hoàn thành",
// "thông báo", "đầu tiên"). In ALL CAPS text they tell a verb or noun phrase
// from a place name. Pairs whose first word is already in ALWAYS_LOWER
// (src/rules/common-words.ts) are left out: the rules catch those by the word.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALWAYS_LOWER } from '../dist/rules/common-words.js';

const MIN_SEEN = 100;
const MIN_LOWER = 0.995;

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run common-pairs -- LINES.txt');
  process.exit(2);
}
const WORD = /^\p{L}+$/u;
const SENTENCE_BREAK = /[.!?:;"“”'‘’()[\],–—-]+/;
const lower = new Map();
const capitalised = new Map();
const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

for (const line of fs.readFileSync(file, 'utf8').normalize('NFC').split('\n')) {
  if (line === line.toUpperCase()) continue; // capitals say nothing about case
  for (const sentence of line.split(SENTENCE_BREAK)) {
    const words = sentence.trim().split(/\s+/);
    // From the second word: a sentence's first word is capitalised whatever it is.
    for (let i = 1; i + 1 < words.length; i++) {
      const [a, b] = [words[i], words[i + 1]];
      if (!WORD.test(a) || !WORD.test(b)) continue;
      const key = `${a} ${b}`.toLowerCase();
      if (a === a.toLowerCase() && b === b.toLowerCase()) bump(lower, key);
      else if (a[0] !== a[0].toLowerCase() || b[0] !== b[0].toLowerCase()) bump(capitalised, key);
    }
  }
}

const pairs = [];
for (const [key, n] of lower) {
  const seen = n + (capitalised.get(key) ?? 0);
  if (seen >= MIN_SEEN && n / seen >= MIN_LOWER && !ALWAYS_LOWER.has(key.split(' ')[0])) pairs.push(key);
}
pairs.sort();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/rules/common-pairs.json');
// One string, split on first use: an array of 1,700 strings would be built at every start.
fs.writeFileSync(out, JSON.stringify(pairs.join('|')) + '\n');
console.log(`${pairs.length} pairs written to ${path.relative(process.cwd(), out)}`);
