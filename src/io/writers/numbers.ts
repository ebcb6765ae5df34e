// Numbers as spreadsheets read them: plain digits, never an exponent
// (String(2.8e21) would give "2.8e+21"; String(1e-7) gives "1e-7").

export function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s) || !Number.isFinite(n)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  // A tiny fraction: enough fixed digits to keep every significant one.
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  const digits = Math.min(100, Math.max(0, 17 - exponent));
  return n.toFixed(digits).replace(/\.?0+$/, '');
}
