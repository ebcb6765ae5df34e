// Character tables for U+0000..U+1FFF (the Vietnamese block U+1E00..U+1EFF
// included; characters above it ask String methods or regexes), read by the
// normaliser and the tokenizer on every character:
//   FOLD  lower case without diacritics, one UTF-16 unit per unit;
//   CASE  +1 upper, -1 lower, 0 neither;
//   WORD  1 for letters and digits;
//   TONED 1 for a/e, 2 for y, plus one Vietnamese tone mark (old tone placement).
// Loaded from tables.json (npm run tables) rather than computed with String
// methods one character at a time, which was ~15 ms of every start-up.
import tables from './tables.json' with { type: 'json' };

export const TABLE_LIMIT = 0x2000;
export const FOLD = new Uint16Array(TABLE_LIMIT);
export const CASE = new Int8Array(TABLE_LIMIT);
export const WORD = new Uint8Array(TABLE_LIMIT);
export const TONED = new Uint8Array(TABLE_LIMIT);

// Plain index loops: at start-up this runs once, cold, where destructuring
// and a TypedArray.fill call per run cost several times more (~5 ms).
for (let code = 0; code < TABLE_LIMIT; code++) FOLD[code] = code;
const folds = tables.fold;
for (let k = 0; k < folds.length; k++) FOLD[folds[k][0]] = folds[k][1];
function mark(table: Int8Array | Uint8Array, runs: number[][], value: number): void {
  for (let k = 0; k < runs.length; k++) for (let code = runs[k][0]; code <= runs[k][1]; code++) table[code] = value;
}
mark(CASE, tables.upper, 1);
mark(CASE, tables.lower, -1);
mark(WORD, tables.word, 1);
for (const code of tables.tonedAE) TONED[code] = 1;
for (const code of tables.tonedY) TONED[code] = 2;
