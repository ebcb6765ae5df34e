#!/usr/bin/env node
// npm run bench [-- --lines N --rounds R]: throughput of kcn-extract against
// the I/O floor (read lines, wrap each in JSON, write JSON Lines), measured in
// the same run, alternating, on two generated corpora: park news only, and a
// general-news mix (nine lines in ten about something else). Also what two
// threads of extract() alone give on this machine (the ceiling of --jobs 2),
// peak RSS on 1,000,000 lines and the time of a one-line run (before the
// heavy runs and after them). Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('lines', 200_000);
const ROUNDS = arg('rounds', 3);
const BIG = arg('big', 1_000_000);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-bench-'));
const rssHook = path.join(root, 'scripts', 'bench', 'rss-hook.mjs');

const readLines = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim());
const parkLines = readLines(path.join(root, 'fixtures', 'sample.txt'));
const otherLines = readLines(path.join(root, 'scripts', 'bench', 'other-news.txt'));

// A fixed-seed generator: the same corpus every run.
let seed = 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;

// Each number is replaced by another with as many digits, and a serial is
// appended, so no two lines repeat and no cache can be what is measured.
function vary(line, serial) {
  const varied = line.replace(/\d+/g, (d) => String(1 + Math.floor(random() * 9)) + d.slice(1).replace(/\d/g, () => String(Math.floor(random() * 10))));
  return `${varied} (${serial})`;
}

function writeCorpus(file, n, pick) {
  const fd = fs.openSync(file, 'w');
  let chunk = [];
  for (let i = 0; i < n; i++) {
    chunk.push(vary(pick(i), i));
    if (chunk.length === 8192) { fs.writeSync(fd, chunk.join('\n') + '\n'); chunk = []; }
  }
  if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

// Runs a command with the RSS hook; returns seconds and peak RSS in MB.
function run(args) {
  const rssFile = path.join(tmp, 'rss');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    cwd: root, stdio: ['ignore', fs.openSync('/dev/null', 'w'), 'pipe'],
    env: { ...process.env, KCN_BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return { seconds, rssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cli = path.join(root, 'bin', 'kcn-extract.js');
const floor = path.join(root, 'scripts', 'bench', 'floor.mjs');
const variants = [
  ['floor', (f) => [floor, f]],
  ['jsonl', (f) => [cli, '--format', 'jsonl', f]],
  ['csv', (f) => [cli, '--format', 'csv', f]],
  ['jobs 2', (f) => [cli, '--format', 'jsonl', '--jobs', '2', f]],
];

function bench(label, file, bytes) {
  const times = Object.fromEntries(variants.map(([name]) => [name, []]));
  const rss = Object.fromEntries(variants.map(([name]) => [name, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of variants) {
      const r = run(args(file));
      times[name].push(r.seconds);
      rss[name] = Math.max(rss[name], r.rssMb);
    }
  }
  const floorTime = median(times.floor);
  console.log(`\n${label}: ${N.toLocaleString('en')} lines, ${(bytes / 1e6).toFixed(1)} MB, ${ROUNDS} rounds (median)`);
  console.log('variant     seconds   lines/s     MB/s   × floor   peak RSS MB');
  for (const [name] of variants) {
    const t = median(times[name]);
    console.log(`${name.padEnd(10)} ${t.toFixed(2).padStart(8)} ${Math.round(N / t).toLocaleString('en').padStart(9)} ${(bytes / 1e6 / t).toFixed(1).padStart(8)} ${(t / floorTime).toFixed(2).padStart(9)} ${rss[name].toFixed(0).padStart(13)}`);
  }
  const speedup = median(times.jsonl) / median(times['jobs 2']);
  console.log(`--jobs 2 speed-up over one job: ${speedup.toFixed(2)}×`);
}

// Start-up: `node bin/kcn-extract.js one.txt` as a user runs it (no RSS
// hook: an --import is start-up time of its own), beside a bare node. Taken
// before the heavy runs and again after them: this machine has slow spells
// of a minute or so, in which a short run slows down more than a bare node.
const one = path.join(tmp, 'one.txt');
fs.writeFileSync(one, parkLines[0] + '\n');
const wall = (args) => {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
};
function startUp() {
  const starts = [];
  const bare = [];
  for (let i = 0; i < 11; i++) {
    starts.push(wall([cli, one]));
    bare.push(wall(['-e', '0']));
  }
  return `${median(starts).toFixed(0)} ms; bare node: ${median(bare).toFixed(0)} ms (medians of 11)`;
}
console.log(`one-line run (start-up), before the runs below: ${startUp()}`);

const parks = path.join(tmp, 'parks.txt');
const mixed = path.join(tmp, 'mixed.txt');
const parkBytes = writeCorpus(parks, N, (i) => parkLines[i % parkLines.length]);
const mixedBytes = writeCorpus(mixed, N, (i) => (i % 10 === 0 ? parkLines[(i / 10) % parkLines.length] : otherLines[i % otherLines.length]));
bench('Park news', parks, parkBytes);
bench('General news mix (1 in 10 about parks)', mixed, mixedBytes);

// The machine's own limit for --jobs 2 (scripts/bench/ceiling.mjs).
const ceiling = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', 'ceiling.mjs'), parks], { cwd: root, encoding: 'utf8' });
if (ceiling.status !== 0) throw new Error(`ceiling.mjs exited ${ceiling.status}: ${ceiling.stderr.slice(0, 300)}`);
process.stdout.write(`\n${ceiling.stdout}`);

const big = path.join(tmp, 'big.txt');
writeCorpus(big, BIG, (i) => parkLines[i % parkLines.length]);
const b = run([cli, '--format', 'jsonl', big]);
console.log(`\npeak RSS on ${BIG.toLocaleString('en')} lines: ${b.rssMb.toFixed(0)} MB (${b.seconds.toFixed(1)} s)`);

console.log(`one-line run (start-up), after the runs above: ${startUp()}`);
fs.rmSync(tmp, { recursive: true, force: true });
