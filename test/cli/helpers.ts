// In-process runs of main() with injected streams, and temp files of made-up lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunSummary } from '../../src/cli/run-summary.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  summary: RunSummary;
}

class Collector extends Writable {
  text = '';
  isTTY = false;
  _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export async function run(argv: string[], opts: { env?: Record<string, string>; tty?: boolean; stdin?: string; stdinTTY?: boolean } = {}): Promise<Run> {
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  let summary: RunSummary | undefined;
  const code = await main(argv, {
    onSummary: (s) => (summary = s),
    stdin,
    stdout,
    stderr,
    env: opts.env ?? {},
    isTTY: { stdout: opts.tty ?? false, stderr: opts.tty ?? false, stdin: opts.stdinTTY ?? false },
  });
  return { code, stdout: stdout.text, stderr: stderr.text, summary: summary! };
}

// Each test file gets its own copy of this module, so this removes that file's dirs.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new temporary directory, removed when the test file ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcn-cli-'));
  made.push(dir);
  return dir;
}

/** Writes `lines` (joined with "\n") to a file in `dir`; returns its path. */
export function writeLines(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

export function jsonl(text: string): Record<string, unknown>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Worker threads and the spawned binary run the built dist/; build once if missing. */
export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli/worker.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'inherit' });
}
