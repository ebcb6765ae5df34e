// Where output bytes go: stdout, or a file written beside its target under a
// temporary name and renamed only when complete (a failed or interrupted run
// leaves the old file untouched). Writes are buffered and respect
// backpressure; a closed pipe (EPIPE) is not an error, it ends the run.
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

/** Bytes per write. Text is encoded into chunks of this size as it comes. */
const CHUNK_BYTES = 64 * 1024;
/** Output waiting longer than this is written anyway (interactive use, `tail -f | kcn-extract`). */
const FLUSH_DELAY_MS = 50;

/**
 * A short random tag for temporary names. Not node:crypto (its load is a tenth of a
 * one-line run); the name needs to be unlikely to collide, not secret, and the file
 * is opened with 'wx', so a collision fails rather than overwrites.
 */
function randomTag(): string {
  return Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
}

function opened(stream: fs.WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
}

function isDeviceOrPipe(target: string): boolean {
  try {
    const st = fs.statSync(target, { throwIfNoEntry: false });
    return st !== undefined && (st.isCharacterDevice() || st.isFIFO() || st.isSocket());
  } catch {
    return false; // e.g. a file where a folder should be: creating the temporary file says why
  }
}

/** Why the temporary file could not be made, said of the folder (its own name means nothing to the user). */
function folderError(err: NodeJS.ErrnoException, dir: string): Error {
  switch (err.code) {
    case 'ENOENT':
      return new Error(`no such folder: ${dir}`);
    case 'ENOTDIR':
      return new Error(`not a folder: ${dir}`);
    case 'EACCES':
    case 'EPERM':
      return new Error(`no permission to create a file in ${dir}`);
    case 'EROFS':
      return new Error(`read-only file system: ${dir}`);
    default:
      return err;
  }
}

export class OutputSink {
  /** The reader went away (EPIPE): stop producing output. */
  closed = false;
  /** A write failed (disk full...): the run must fail. */
  failure: Error | null = null;
  /**
   * Output is UTF-8 encoded as it is queued, into a chunk that becomes one
   * write: no joined string, no second copy at write time (joining and
   * encoding strings was the top self-time function of a run).
   */
  private chunk: Buffer | null = null;
  private used = 0;
  /** Filled chunks waiting for a write. */
  private ready: Buffer[] = [];
  private finished = false;
  private timer: NodeJS.Timeout | null = null;
  /** Settles when the stream has handled the last chunk written. */
  private lastWrite: Promise<void> = Promise.resolve();

  private constructor(
    private readonly stream: Writable,
    private readonly target: string | null,
    private readonly temp: string | null,
    /** Opened here (a file, a device, a pipe): closed at the end. stdout is not. */
    private readonly owned: boolean,
  ) {
    stream.on('error', (err) => this.noteError(err));
  }

  private noteError(err: NodeJS.ErrnoException): void {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
    else this.failure ??= err;
  }

  /**
   * Writes a chunk; its outcome is known when the stream calls back, which
   * for the last chunks of a run may be after everything else is done (a
   * full disk behind stdout): commit() waits for the last one.
   */
  private send(chunk: Buffer): boolean {
    this.lastWrite = new Promise((resolve) => {
      this.stream.write(chunk, (err) => {
        if (err) this.noteError(err);
        resolve();
      });
    });
    return !this.stream.writableNeedDrain;
  }

  static toStream(stream: Writable): OutputSink {
    return new OutputSink(stream, null, null, false);
  }

  /**
   * Opens a unique temporary file in the target's folder (so rename is
   * atomic). A target that is not a file to replace (`-o /dev/stdout`, a
   * named pipe, a device) is written directly: renaming over it would put a
   * plain file where the device or pipe was.
   */
  static async toFile(target: string): Promise<OutputSink> {
    if (isDeviceOrPipe(target)) {
      const stream = fs.createWriteStream(target, { flags: 'w' });
      await opened(stream);
      return new OutputSink(stream, target, null, true);
    }
    const dir = path.dirname(path.resolve(target));
    const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomTag()}.tmp`);
    const stream = fs.createWriteStream(temp, { flags: 'wx' });
    try {
      await opened(stream);
    } catch (err) {
      throw folderError(err as NodeJS.ErrnoException, dir);
    }
    return new OutputSink(stream, target, temp, true);
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
    // A UTF-16 code unit is at most 3 UTF-8 bytes: reserve that much.
    const most = text.length * 3;
    if (this.chunk === null || this.used + most > this.chunk.length) {
      this.seal();
      if (most > CHUNK_BYTES) {
        this.ready.push(Buffer.from(text, 'utf8'));
        return true;
      }
      this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    }
    this.used += this.chunk.write(text, this.used);
    if (this.ready.length) return true;
    if (!this.timer) {
      this.timer = setTimeout(() => this.flushLater(), FLUSH_DELAY_MS);
      this.timer.unref();
    }
    return false;
  }

  /** Moves the current chunk (its used part) to the ready list. */
  private seal(): void {
    if (this.chunk !== null && this.used > 0) this.ready.push(this.chunk.subarray(0, this.used));
    this.chunk = null;
    this.used = 0;
  }

  /** Everything queued, as the chunks to write (the stream may keep them: they are never reused). */
  private take(): Buffer[] {
    this.seal();
    const chunks = this.ready;
    this.ready = [];
    return chunks;
  }

  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.stream.writableNeedDrain) await this.drained();
    if (this.stopped) return;
    for (const chunk of this.take()) {
      if (this.stopped) return;
      if (!this.send(chunk)) await this.drained();
    }
  }

  /** The timed flush writes without waiting; the next flush waits for 'drain' if needed. */
  private flushLater(): void {
    this.timer = null;
    if (this.stopped) return;
    for (const chunk of this.take()) this.send(chunk);
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

  /**
   * Flushes and waits until the stream has taken the last byte; an output
   * opened here is then closed, and a temporary file renamed over its
   * target. A write that failed, even the very last, leaves `failure` set
   * (and a file's target as it was).
   */
  async commit(): Promise<void> {
    await this.flush();
    if (this.finished) return;
    this.finished = true;
    await this.lastWrite;
    if (!this.owned) return;
    if (!this.failure) {
      await new Promise<void>((resolve) => {
        // The error itself is recorded by the constructor's listener.
        this.stream.once('error', () => resolve());
        this.stream.end(() => resolve());
      });
    }
    try {
      if (!this.failure && this.temp && this.target) fs.renameSync(this.temp, this.target);
    } catch (err) {
      this.failure = err as Error;
    }
    if (this.failure) this.discard();
  }

  /** Drops the output: a temporary file goes, the target stays as it was. Synchronous, for signal handlers. */
  discard(): void {
    this.cancelTimer();
    this.finished = true;
    this.chunk = null;
    this.ready = [];
    if (this.owned) this.stream.destroy();
    if (!this.temp) return;
    try {
      fs.unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}
