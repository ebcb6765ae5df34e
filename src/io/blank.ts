// Which lines are blank: counted, never extracted (shared with split-worker.ts).

/** Whitespace only (or empty); most lines are settled by their first and last character. */
export function isBlank(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const a = s.charCodeAt(0);
  if (a > 32 && a < 127) return false;
  const b = s.charCodeAt(n - 1);
  if (b > 32 && b < 127) return false;
  return s.trim().length === 0;
}
