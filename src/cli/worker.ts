// A worker thread of --jobs N: receives batches of lines, returns their
// outcomes (serialised rows) in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { makeLineProcessor, type LineJob, type LineOutcome, type ProcessConfig } from './process-line.js';

const processLine = makeLineProcessor(workerData as ProcessConfig);

parentPort?.on('message', (msg: { seq: number; jobs: LineJob[] }) => {
  const outcomes: LineOutcome[] = msg.jobs.map(processLine);
  parentPort?.postMessage({ seq: msg.seq, outcomes });
});
