// Notices on stderr: the first few per input and sort listed, then one line,
// then the total at the end.
import { describe, expect, it } from 'vitest';
import { Notices, type NoticeSort } from '../../src/cli/notices.js';

function told(limit: number, notes: [string, NoticeSort][]): string[] {
  const out: string[] = [];
  const notices = new Notices((line) => out.push(line), limit);
  notes.forEach(([source, sort], i) => notices.note(source, sort, `${source}: line ${i + 1}: ${sort}`));
  notices.finish();
  return out;
}

describe('Notices', () => {
  it.each<[string, number, [string, NoticeSort][], string[]]>([
    ['up to the limit: each listed, no total', 2, [['a.txt', 'warning'], ['a.txt', 'warning']], ['a.txt: line 1: warning', 'a.txt: line 2: warning']],
    ['past the limit: one line for the rest, the total at the end', 2,
      [['a.txt', 'warning'], ['a.txt', 'warning'], ['a.txt', 'warning'], ['a.txt', 'warning']],
      ['a.txt: line 1: warning', 'a.txt: line 2: warning', 'a.txt: further warnings are not listed', 'a.txt: 4 warnings in all']],
    ['each input and sort counts apart', 1,
      [['a.txt', 'reject'], ['b.txt', 'reject'], ['a.txt', 'warning'], ['a.txt', 'reject']],
      ['a.txt: line 1: reject', 'b.txt: line 2: reject', 'a.txt: line 3: warning',
        'a.txt: further rejected lines are not listed (--rejects FILE keeps them all)', 'a.txt: 2 rejected lines in all']],
  ])('%s', (_name, limit, notes, expected) => {
    expect(told(limit, notes)).toEqual(expected);
  });
});
