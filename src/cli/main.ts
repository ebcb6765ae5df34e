// Minimal CLI placeholder: reads files or stdin, writes JSON Lines.
import fs from 'node:fs';
import readline from 'node:readline';
import { extract } from '../extract.js';
import { toRecord } from '../record/build.js';

export async function main(argv: string[]): Promise<number> {
  const inputs = argv.filter((a) => !a.startsWith('--') && a !== 'jsonl');
  const sources = inputs.length ? inputs : ['-'];
  for (const source of sources) {
    const stream = source === '-' ? process.stdin : fs.createReadStream(source);
    const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    for await (const raw of rl) {
      n++;
      if (!raw.trim()) continue;
      process.stdout.write(JSON.stringify(toRecord(extract(raw), source, n)) + '\n');
    }
  }
  return 0;
}
