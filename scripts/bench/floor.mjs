// The I/O floor: what any line-by-line extractor in Node must at least spend:
// read lines, wrap each in a JSON record with its number, write JSON Lines.
import fs from 'node:fs';
import readline from 'node:readline';

const file = process.argv[2];
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
let n = 0;
let buf = [];
for await (const text of rl) {
  n++;
  if (!text.trim()) continue;
  buf.push(JSON.stringify({ source: file, line: n, text: text.normalize('NFC').trim() }));
  if (buf.length >= 1024) { process.stdout.write(buf.join('\n') + '\n'); buf = []; }
}
if (buf.length) process.stdout.write(buf.join('\n') + '\n');
