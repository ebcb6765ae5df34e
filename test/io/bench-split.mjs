// Line reading speed: readInputs (and its batch form) against node:readline
// on the same file. Best of N rounds, interleaved, since shared machines are noisy.
// Usage: npx tsc -p . && node test/io/bench-split.mjs FILE [rounds]
//   (make a file: node /work/shared/checks/corpus.mjs 200000 /tmp/c200k.txt /work/shared/gold/seed.jsonl)
import fs from 'node:fs';
import readline from 'node:readline';
import { readInputs, readInputBatches } from '../../dist/io/inputs.js';

const [file, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 7);
const fns = {
  async readlineAsyncIter() {
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) if (line.length >= 0) n++;
    return n;
  },
  async readlineEvents() {
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    await new Promise((done) => {
      rl.on('line', () => n++);
      rl.on('close', done);
    });
    return n;
  },
  async readInputs() {
    let n = 0;
    for await (const ev of readInputs([file])) if (ev.type === 'line' || ev.type === 'blank') n++;
    return n;
  },
  async readInputBatches() {
    let n = 0;
    for await (const batch of readInputBatches([file])) for (const ev of batch) if (ev.type === 'line' || ev.type === 'blank') n++;
    return n;
  },
};
const best = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(fns)) {
    const t = performance.now();
    const n = await fn();
    const ms = performance.now() - t;
    if (!best[name] || ms < best[name].ms) best[name] = { ms, n };
  }
}
for (const [name, { ms, n }] of Object.entries(best)) {
  console.log(`${name.padEnd(20)} ${String(n).padStart(8)} lines  ${ms.toFixed(0).padStart(5)} ms  ${Math.round((n / ms) * 1000).toLocaleString('en')} lines/s`);
}
