// --keep items: an input field carried into each record, under its own name
// or a new one. "outlet=source" reads the input's `source` (a news feed's
// outlet, say) into a column `outlet`, since the record's own `source` (the
// input path) already has that name.

export interface KeepField {
  /** The output column. */
  column: string;
  /** The input field (a CSV column, a JSON field or dotted path). */
  field: string;
}

/** "url" keeps `url` as `url`; "link=meta.url" keeps `meta.url` as `link`. Null when a side is empty. */
export function parseKeep(spec: string): KeepField | null {
  const eq = spec.indexOf('=');
  if (eq === -1) return spec.trim() ? { column: spec.trim(), field: spec.trim() } : null;
  const column = spec.slice(0, eq).trim();
  const field = spec.slice(eq + 1).trim();
  return column && field ? { column, field } : null;
}
