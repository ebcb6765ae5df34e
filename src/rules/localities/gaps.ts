// Tests on the text between two tokens, by code unit: the place rules ask
// them per token, and a regex over a slice costs a copy each time.

/** JavaScript's `\s`, by code unit. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * As /^\s*X?\s*$/.test(norm.slice(from, to)), X one of the `marks` code
 * units (/^\s*X\s*$/ when `required`).
 */
export function spacesAround(norm: string, from: number, to: number, marks: string, required = false): boolean {
  let i = from;
  while (i < to && isSpace(norm.charCodeAt(i))) i++;
  if (i < to && marks.indexOf(norm[i]) >= 0) i++;
  else if (required) return false;
  while (i < to && isSpace(norm.charCodeAt(i))) i++;
  return i === to;
}

/** As /^\s+$/.test(norm.slice(from, to)). */
export function onlySpaces(norm: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpace(norm.charCodeAt(i))) return false;
  return true;
}

/** As /[.;!?]\s+\S/.test(norm.slice(from, to)), without the copy. */
export function sentenceEndIn(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++) {
    const c = norm.charCodeAt(i);
    if (c !== 46 && c !== 59 && c !== 33 && c !== 63) continue;
    let k = i + 1;
    while (k < to && isSpace(norm.charCodeAt(k))) k++;
    if (k > i + 1 && k < to) return true;
  }
  return false;
}
