// A worker thread of --jobs N: receives batches of lines, returns each
// batch's outcome (serialised rows, packed) in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import type { ProcessConfig } from './process-line.js';
import { makeBatchProcessor } from './process-batch.js';
import type { WorkerRequest } from './pool.js';

const processBatch = makeBatchProcessor(workerData as ProcessConfig);

parentPort?.on('message', (msg: WorkerRequest) => {
  const outcome = processBatch(msg.batch);
  // The typed arrays move, not copied.
  parentPort?.postMessage({ seq: msg.seq, outcome }, [
    outcome.rowLens.buffer as ArrayBuffer,
    outcome.rowCounts.buffer as ArrayBuffer,
    outcome.filled.buffer as ArrayBuffer,
  ]);
});
