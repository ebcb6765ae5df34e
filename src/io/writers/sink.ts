// Where output bytes go: stdout, or a file written beside its target under a
// temporary name and renamed only when complete (a failed or interrupted run
// leaves the old file untouched). Writes are buffered and respect
// backpressure; a closed pipe (EPIPE) is not an error, it ends the run.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Writable } from 'node:stream';

const FLUSH_CHARS = 64 * 1024;
const FLUSH_PARTS = 256;
/** Output waiting longer than this is written anyway (interactive use, `tail -f | kcn-extract`). */
const FLUSH_DELAY_MS = 50;

export class OutputSink {
  /** The reader went away (EPIPE): stop producing output. */
  closed = false;
  /** A write failed (disk full...): the run must fail. */
  failure: Error | null = null;
  private parts: string[] = [];
  private chars = 0;
  private finished = false;
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly stream: Writable,
    private readonly target: string | null,
    private readonly temp: string | null,
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure ??= err;
    });
  }

  static toStream(stream: Writable): OutputSink {
    return new OutputSink(stream, null, null);
  }

  /** Opens a unique temporary file in the target's folder (so rename is atomic). */
  static async toFile(target: string): Promise<OutputSink> {
    const dir = path.dirname(path.resolve(target));
    const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    const stream = fs.createWriteStream(temp, { flags: 'wx' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return new OutputSink(stream, target, temp);
  }

  get stopped(): boolean {
    return this.closed || this.failure !== null;
  }

  /** Queues text; flushes when the buffer is large enough. */
  async write(text: string): Promise<void> {
    if (this.push(text)) await this.flush();
  }

  /**
   * Queues text without waiting; true when the buffer is full and the caller
   * should `await flush()`. The hot path: no promise per record.
   */
  push(text: string): boolean {
    if (this.stopped || !text) return false;
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= FLUSH_CHARS || this.parts.length >= FLUSH_PARTS) return true;
    if (!this.timer) {
      this.timer = setTimeout(() => this.flushLater(), FLUSH_DELAY_MS);
      this.timer.unref();
    }
    return false;
  }

  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.stream.writableNeedDrain) await this.drained();
    if (!this.parts.length || this.stopped) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    if (!this.stream.write(chunk)) await this.drained();
  }

  /** The timed flush writes without waiting; the next flush waits for 'drain' if needed. */
  private flushLater(): void {
    this.timer = null;
    if (!this.parts.length || this.stopped) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    this.stream.write(chunk);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  /** Flushes; for a file, closes it and renames it over the target. */
  async commit(): Promise<void> {
    await this.flush();
    if (this.finished) return;
    this.finished = true;
    if (!this.temp || !this.target) return;
    if (this.failure) {
      this.discard();
      throw this.failure;
    }
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    if (this.failure) {
      this.discard();
      throw this.failure;
    }
    fs.renameSync(this.temp, this.target);
  }

  /** Drops a file output: the temporary file goes, the target stays as it was. Synchronous, for signal handlers. */
  discard(): void {
    this.cancelTimer();
    this.finished = true;
    this.parts = [];
    if (!this.temp) return;
    this.stream.destroy();
    try {
      fs.unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}
