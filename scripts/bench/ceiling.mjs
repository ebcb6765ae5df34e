#!/usr/bin/env node
// What two threads can give on this machine, whatever the pool does:
//   node scripts/bench/ceiling.mjs FILE [--lines N]
// Runs extract() alone (no reading, no writing, no messages) over the same
// N lines in one worker thread, then in two at once, each after the same
// warm-up, three times, and prints the throughput of two over one. --jobs 2
// cannot beat this figure: when both cores are busy each runs slower
// (shared caches, clock), and that is the machine, not the tool.
// Needs a build (npm run build). Prints a figure; asserts nothing.
import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const WARM_UP = 10_000;

if (!isMainThread) {
  const { extract } = await import('../../dist/index.js');
  const lines = workerData;
  for (let i = 0; i < WARM_UP; i++) extract(lines[i % lines.length]);
  // Both threads start measuring together, after both have warmed up.
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const started = performance.now();
    for (const line of lines) extract(line);
    parentPort.postMessage(performance.now() - started);
  });
} else {
  const i = process.argv.indexOf('--lines');
  const n = i > 0 ? Number(process.argv[i + 1]) : 50_000;
  const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).slice(0, n);

  // Milliseconds until the slowest of `count` threads is done.
  const timed = async (count) => {
    const workers = Array.from({ length: count }, () => new Worker(new URL(import.meta.url), { workerData: lines }));
    const once = (w) => new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
    await Promise.all(workers.map(once));
    const done = workers.map(once);
    for (const w of workers) w.postMessage('go');
    const ms = Math.max(...(await Promise.all(done)));
    await Promise.all(workers.map((w) => w.terminate()));
    return ms;
  };
  // Alternating, three times each: the machine's load comes and goes.
  const ones = [];
  const twos = [];
  for (let round = 0; round < 3; round++) {
    ones.push(await timed(1));
    twos.push(await timed(2));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[1];
  const ceiling = (2 * median(ones)) / median(twos);
  console.log(`two threads of extract() alone: ${ceiling.toFixed(2)}× one thread (${lines.length.toLocaleString('en')} lines each, medians of 3; the most --jobs 2 can give here)`);
}
