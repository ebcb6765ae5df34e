// PLACEHOLDER (owned by the view helper): minimal human-readable block.
import type { ChalkInstance } from 'chalk';
import type { Extraction } from '../extract.js';
import type { KcnRecord } from '../record/schema.js';

export function renderPretty(extraction: Extraction, record: KcnRecord, chalk: ChalkInstance): string {
  void extraction;
  return `${chalk.bold(`${record.source}:${record.line}`)}\n  ${record.text}\n`;
}
