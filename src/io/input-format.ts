// How an input is read: as lines of text, JSON Lines, a JSON array or CSV.
// Its own module so the option parser can list the choices without loading
// the readers.

export const INPUT_FORMATS = ['text', 'jsonl', 'json', 'csv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format of a path, from its extension (".gz" looked through). */
export function formatOf(path: string): { format: InputFormat; gzip: boolean } {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const name = gzip ? lower.slice(0, -3) : lower;
  const format: InputFormat =
    name.endsWith('.jsonl') || name.endsWith('.ndjson') ? 'jsonl' : name.endsWith('.json') ? 'json' : name.endsWith('.csv') ? 'csv' : 'text';
  return { format, gzip };
}
