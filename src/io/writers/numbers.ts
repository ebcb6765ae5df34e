// Numbers as spreadsheets read them: plain digits, never an exponent
// (String(2.8e21) gives "2.8e+21", String(1e-7) gives "1e-7"). The digits
// are JavaScript's shortest round-trip ones, with the decimal point moved.

const EXPONENT = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

export function plainNumber(n: number): string {
  const s = String(n);
  const m = EXPONENT.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const digits = lead + frac;
  const point = 1 + Number(expText); // position of the decimal point in `digits`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
