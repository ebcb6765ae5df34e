// Per-input notices on stderr: warnings and rejected lines. The first few of
// each sort are listed one a line, naming the file and line; past that, one
// line says the rest are not listed, and the end of the run gives the total.
// A file in another encoding would otherwise print a warning for every line.

export type NoticeSort = 'warning' | 'reject';

/** Notices of one sort listed per input before the rest are only counted. */
export const LISTED_PER_INPUT = 10;

const WORDS: Record<NoticeSort, { plural: string; more: string }> = {
  warning: { plural: 'warnings', more: 'further warnings are not listed' },
  reject: { plural: 'rejected lines', more: 'further rejected lines are not listed (--rejects FILE keeps them all)' },
};

export class Notices {
  private readonly counts = new Map<string, { source: string; sort: NoticeSort; n: number }>();

  constructor(
    private readonly tell: (line: string) => void,
    private readonly limit = LISTED_PER_INPUT,
  ) {}

  /** One notice; `text` is the whole line after the program name. */
  note(source: string, sort: NoticeSort, text: string): void {
    const key = `${sort}\0${source}`;
    let entry = this.counts.get(key);
    if (!entry) this.counts.set(key, (entry = { source, sort, n: 0 }));
    entry.n++;
    if (entry.n <= this.limit) this.tell(text);
    else if (entry.n === this.limit + 1) this.tell(`${source}: ${WORDS[sort].more}`);
  }

  /** The totals of inputs that had more notices than were listed. */
  finish(): void {
    for (const { source, sort, n } of this.counts.values()) {
      if (n > this.limit) this.tell(`${source}: ${n} ${WORDS[sort].plural} in all`);
    }
  }
}
