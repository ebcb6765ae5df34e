// readLine() is one fused pass; it must give exactly what the separate steps
// give (prepareLine, then tokenize), and prepare()'s pre-scan must never skip
// a replacement the regex passes would make.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayChangeInNfc, readLine } from '../../src/normalize/line.js';
import { prepare, prepareLine } from '../../src/normalize/text.js';
import { tokenize, type Token } from '../../src/normalize/tokens.js';
import type { PreparedLine } from '../../src/normalize/text.js';

// The regex-only form of prepare(), as it was before the pre-scan.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const OLD_TONE = /(?<![qQ])([oOuU])([\u00C0-\u1EF9])(?![\p{L}\p{M}\p{N}])/gu;
function moveTone(match: string, first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const base = decomposed[0];
  const pairOk = ((first === 'o' || first === 'O') && /[aAeE]/.test(base)) || ((first === 'u' || first === 'U') && /[yY]/.test(base));
  const tone = decomposed.match(TONE_MARKS);
  if (!pairOk || !tone || decomposed.length !== 2) return match;
  return (first + tone[0]).normalize('NFC') + base;
}
function prepareByRegex(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\u00AD]/g, '-').replace(/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\t]/g, ' ')
    .replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(OLD_TONE, moveTone);
}

const pieces = fc.constantFrom(
  'Thanh Hoá', 'KHÁNH HOÀ', 'Thuỷ', 'hoà', 'hoàn', 'quý', 'Ðà', 'ðà', '–', '\u2212', '\u00ad', '\u00a0', '\u2009', '\u3000', '\t',
  'Khu công nghiệp', 'KCN', 'TP.HCM', 'Đắk Lắk', '1.000 ha', '😀', '\ud83d', '\ude00', 'Ａ', 'ǅ', '\u0301', 'oá1', 'uỷa', 'OÈ',
  'K', 'Å', '“', '”', '…', '\ufeff', '\ufffd', '\uffff',
);
const lines = fc.oneof(
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((p) => p.join(' ')),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

// Tokens cut their strings on first read: compare what they read as.
const asRead = (t: Token) => ({ text: t.text, fold: t.fold, start: t.start, end: t.end });
const plain = (l: PreparedLine & { tokens: Token[] }) => ({
  text: l.text, norm: l.norm, fold: l.fold, allCaps: l.allCaps, tokens: l.tokens.map(asRead),
});

describe('readLine', () => {
  it('gives what prepareLine and tokenize give', () => {
    fc.assert(fc.property(lines, (raw) => {
      const p = prepareLine(raw);
      expect(plain(readLine(raw))).toEqual(plain({ ...p, tokens: tokenize(p.norm, p.fold) }));
    }), { numRuns: 3000 });
  });

  // The folded line is decoded from UTF-16 units (or Latin-1 bytes when all
  // are below U+0100), which would drop a BOM and replace a lone surrogate:
  // such lines take the other fold path.
  it('keeps a BOM, lone surrogates and U+FFFF inside the line', () => {
    for (const raw of ['Khu A\ufeffB', 'x \ud83d y', 'x \ude00 y', 'KCN 😀 Đà', '\uffff A', 'Ω ≥ € ạ ÿ', 'ÿ\u0080 ß']) {
      const p = prepareLine(raw);
      expect(plain(readLine(raw))).toEqual(plain({ ...p, tokens: tokenize(p.norm, p.fold) }));
    }
  });

  it('moves an old-placed tone as prepare does, wherever the pair stands', () => {
    for (const raw of ['hoà', 'Hoà bình', 'hoà1', 'HOÀ.', 'thuỷ', 'Thuỷa', 'quý', 'oá', 'o\u00e1 x', 'xoè', 'uỷ ban']) {
      const p = prepareLine(raw);
      expect(plain(readLine(raw))).toEqual(plain({ ...p, tokens: tokenize(p.norm, p.fold) }));
    }
  });

  it('handles a line longer than one fold call', () => {
    const raw = 'Khu công nghiệp Thanh Hoá, '.repeat(400);
    const p = prepareLine(raw);
    expect(plain(readLine(raw))).toEqual(plain({ ...p, tokens: tokenize(p.norm, p.fold) }));
  });
});

describe('prepare pre-scan', () => {
  it('changes exactly what the regex passes change', () => {
    fc.assert(fc.property(lines, (raw) => {
      expect(prepare(raw)).toBe(prepareByRegex(raw));
    }), { numRuns: 3000 });
  });
});

describe('mayChangeInNfc', () => {
  // readLine skips normalize() on a line made only of codes this passes.
  it('passes only codes NFC leaves alone, on their own and next to each other', () => {
    const kept: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (!mayChangeInNfc(code)) kept.push(String.fromCharCode(code));
    expect(kept.length).toBeGreaterThan(1000);
    for (const a of kept) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of kept) if ((a + b).normalize('NFC') !== a + b) expect.fail(`${a}${b} changes in NFC`);
    }
  });

  it('flags combining marks and codes NFC replaces', () => {
    for (const code of [0x301, 0x323, 0x340, 0x2000, 0x212b, 0xd83d]) expect(mayChangeInNfc(code)).toBe(true);
  });

  it('reads a decomposed line as its NFC form', () => {
    const raw = '  Khu cong nghie\u0323\u0302p Tha\u0301i Bi\u0300nh ';
    expect(readLine(raw).text).toBe(raw.normalize('NFC').trim());
  });
});
