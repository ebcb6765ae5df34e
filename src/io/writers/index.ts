// Output writers: row building, per-format serialisation and framing, and
// the sink that writes (to stdout, or atomically to a file).
export { buildRows, rowParks, availableColumns, explainOf, DERIVED_FIELDS, EXPLODED_FIELDS, type Row, type RowOptions } from './rows.js';
export { jsonRowWriter, type JsonRowWriter } from './json-row.js';
export { serializeRow, framing, FORMATS, CSV_EOL, RFC_CSV, type CsvStyle, type FormatName, type Framing } from './format.js';
export { csvCell } from './csv.js';
export { plainNumber } from './numbers.js';
export { OutputSink } from './sink.js';
