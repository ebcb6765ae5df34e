#!/usr/bin/env node
// npm run tables: writes src/normalize/tables.json, the character tables the
// normaliser and tokenizer read (U+0000..U+1FFF, which holds the Vietnamese
// block U+1E00..U+1EFF):
//   fold  [code, folded] where folding changes the character: lower case,
//         no diacritics, đ/Đ/ð/Ð → d, only when the result is one UTF-16 unit;
//   upper, lower  runs [first, last] of characters that have a lower-case
//         (upper) or only an upper-case (lower) mapping;
//   word  runs [first, last] of letters and digits (\p{L}\p{N}).
// Computing these with String methods one character at a time took ~15 ms
// of every start-up; test/normalize/tables.test.ts recomputes them that way
// and checks the shipped file, so they cannot drift from Node's Unicode data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 0x2000;
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'normalize', 'tables.json');

function runs(test) {
  const list = [];
  for (let code = 0; code < LIMIT; code++) {
    if (!test(code)) continue;
    const last = list[list.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else list.push([code, code]);
  }
  return list;
}

const fold = [];
for (let code = 0; code < LIMIT; code++) {
  const c = String.fromCharCode(code);
  let f = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (c === 'Đ' || c === 'đ' || c === 'Ð' || c === 'ð') f = 'd';
  if (f.length === 1 && f.charCodeAt(0) !== code) fold.push([code, f.charCodeAt(0)]);
}
const char = (code) => String.fromCharCode(code);
const tables = {
  fold,
  upper: runs((code) => char(code) !== char(code).toLowerCase()),
  lower: runs((code) => char(code) === char(code).toLowerCase() && char(code) !== char(code).toUpperCase()),
  word: runs((code) => /[\p{L}\p{N}]/u.test(char(code))),
};
fs.writeFileSync(out, JSON.stringify(tables) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}: ${fold.length} folds, ${tables.upper.length} + ${tables.lower.length} case runs, ${tables.word.length} word runs`);
