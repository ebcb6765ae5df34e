#!/usr/bin/env node
// npm run fuzz [-- --lines N]: feeds N random and adversarial lines (default
// 1,000,000) to extract(), checks each record against the schema, and prints
// the throughput and the slowest line's time. Needs a build (npm run build).
import { extract, toRecord } from '../dist/index.js';

const i = process.argv.indexOf('--lines');
const N = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;

// Pieces the rules react to, so random lines hit their trigger words often.
const PIECES = [
  'Khu công nghiệp ', 'KCN ', 'CCN ', 'cụm công nghiệp ', 'Khu kinh tế ', 'KKT ', 'tỉnh ', 'huyện ', 'xã ',
  'TP.HCM ', 'Bình Dương ', 'Nam Định', 'Quyết định số ', '/QĐ-UBND ', '/2025/', 'NQ-HĐND ', 'và ', ', ',
  ' - ', '(', ')', 'ha ', 'm2 ', 'km2 ', 'tỷ đồng ', 'triệu USD ', 'nghìn tỷ ', 'khoảng ', 'hơn ', 'gần ',
  'từ ', 'lên ', 'vốn đầu tư ', 'doanh thu ', 'tỷ lệ ', '%', '1.000', '2,5', '66.6', '123', '9', '0',
  'Tân Phước 1', 'Mỹ Thuận', 'giai đoạn 2 ', 'mở rộng ', 'Ð', '\u0301', '\u00a0', '–', '.', ';',
];
const ALPHABET = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYáàảãạếềểễệ0123456789 .,/-()%';

let seed = 12345;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = (xs) => xs[Math.floor(random() * xs.length)];

function randomLine() {
  const parts = [];
  const n = 1 + Math.floor(random() * 30);
  for (let k = 0; k < n; k++) {
    const r = random();
    if (r < 0.6) parts.push(pick(PIECES));
    else if (r < 0.9) parts.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(ALPHABET)).join(''));
    else parts.push(pick(PIECES).repeat(1 + Math.floor(random() * 200)));
  }
  return parts.join('');
}

// Long adversarial lines, in the shapes that make naive regexes backtrack.
const ADVERSARIAL = [
  'Khu công nghiệp '.repeat(20000) + 'rộng ' + '1.'.repeat(20000) + '5 ha',
  'Cụm công nghiệp ' + 'An Bình '.repeat(5000) + 'và ' + '9'.repeat(30000) + ',5 tỷ đồng',
  'Quyết định số ' + '1/'.repeat(20000) + 'QĐ',
  'KCN ' + 'A, '.repeat(20000) + 'và B',
  '('.repeat(50000) + 'tỉnh Nam Định' + ')'.repeat(50000),
  'huyện '.repeat(30000),
];

let slowest = { ms: 0, line: '' };
let invalid = 0;
const started = process.hrtime.bigint();
for (let k = 0; k < N; k++) {
  const line = k < ADVERSARIAL.length ? ADVERSARIAL[k] : randomLine();
  const t0 = process.hrtime.bigint();
  let ok = true;
  try {
    toRecord(extract(line), 'fuzz', k + 1);
  } catch (e) {
    ok = false;
    if (invalid++ < 5) console.error(`line ${k + 1}: ${e.message.split('\n')[0]}\n  ${JSON.stringify(line.slice(0, 200))}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ms > slowest.ms) slowest = { ms, line };
  void ok;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`fuzz: ${N.toLocaleString('en')} lines in ${seconds.toFixed(1)} s (${Math.round(N / seconds).toLocaleString('en')} lines/s)`);
console.log(`slowest line: ${slowest.ms.toFixed(1)} ms, ${slowest.line.length.toLocaleString('en')} chars: ${JSON.stringify(slowest.line.slice(0, 80))}…`);
console.log(`records failing the schema or throwing: ${invalid}`);
process.exitCode = invalid ? 1 : 0;
