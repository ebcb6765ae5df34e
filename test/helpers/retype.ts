// The ways users' text arrives retyped: without diacritics, decomposed
// (NFD), in capitals, with old tone placement. Shared by the tests that
// expect the same values however a line is typed.

const OLD_TONE: [string, string][] = [['óa', 'oá'], ['òa', 'oà'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['óe', 'oé'], ['òe', 'oè'], ['ủy', 'uỷ'], ['úy', 'uý'], ['ụy', 'uỵ']];

export const stripAccents = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export const retypings: Record<'noaccent' | 'nfd' | 'upper' | 'oldtone', (s: string) => string> = {
  noaccent: stripAccents,
  nfd: (s) => s.normalize('NFD'),
  upper: (s) => s.toUpperCase(),
  oldtone: (s) => OLD_TONE.reduce((acc, [a, b]) => acc.replaceAll(a, b).replaceAll(a.toUpperCase(), b.toUpperCase()), s),
};
