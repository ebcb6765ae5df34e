#!/usr/bin/env node
// npm run tables: writes src/normalize/tables.json, the character tables the
// normaliser and tokenizer read (U+0000..U+1FFF, which holds the Vietnamese
// block U+1E00..U+1EFF):
//   fold  [code, folded] where folding changes the character: lower case,
//         no diacritics, đ/Đ/ð/Ð → d, only when the result is one UTF-16 unit;
//   upper, lower  runs [first, last] of characters that have a lower-case
//         (upper) or only an upper-case (lower) mapping;
//   word  runs [first, last] of letters and digits (\p{L}\p{N});
//   tonedAE, tonedY  characters that are a/e (y) plus one Vietnamese tone
//         mark in NFD, the letters whose tone old-style placement moves.
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
function toned(base) {
  const list = [];
  for (let code = 0; code < LIMIT; code++) {
    const d = char(code).normalize('NFD');
    if (d.length === 2 && /[\u0300\u0301\u0303\u0309\u0323]/.test(d[1]) && base.test(d[0])) list.push(code);
  }
  return list;
}
const tables = {
  fold,
  upper: runs((code) => char(code) !== char(code).toLowerCase()),
  lower: runs((code) => char(code) === char(code).toLowerCase() && char(code) !== char(code).toUpperCase()),
  word: runs((code) => /[\p{L}\p{N}]/u.test(char(code))),
  tonedAE: toned(/[aAeE]/),
  tonedY: toned(/[yY]/),
};
fs.writeFileSync(out, JSON.stringify(tables) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}: ${fold.length} folds, ${tables.upper.length} + ${tables.lower.length} case runs, ${tables.word.length} word runs, ${tables.tonedAE.length + tables.tonedY.length} toned letters`);
