// The kcn-extract command: parse options, read inputs, extract (inline or on
// worker threads), write records in order, report on stderr, return the exit
// code. Streams and environment are injectable so tests run it in-process.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { CommanderError } from 'commander';
import { realPath } from '../io/expand.js';
import { readInputBatches, type InputEvent, type InputOptions, type ReadProgress } from '../io/inputs.js';
import { parseKeep } from '../io/keep.js';
import { RECORD_FIELDS } from '../record/schema.js';
import { availableColumns, DERIVED_FIELDS, EXPLODED_FIELDS, framing, OutputSink, type FormatName } from '../io/writers/index.js';
import type { KnownPark } from '../types.js';
import { buildCommand, CSV_SEPARATORS, parsedOptions, type CliOptions } from './options.js';
import { colorLevel, makeChalk } from './color.js';
import type { RunnerOptions } from './pool.js';
import { BatchBuilder, batchTexts, type BatchOutcome, type LineBatch } from './process-batch.js';
import { FILLED_FIELDS, makeLineProcessor, type LineJob, type LineOutcome, type ProcessConfig } from './process-line.js';
import { newRunSummary, sourceSummary, countLine, type RunSummary } from './run-summary.js';
import { Notices } from './notices.js';
import { renderSummary } from './summary.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Whether the streams are terminals (default: their isTTY; KCN_FORCE_TTY=1 forces stdout and stderr). */
  isTTY: { stdout?: boolean; stderr?: boolean; stdin?: boolean };
  /** Receives the run's counts at the end (tests, embedding). */
  onSummary?: (summary: RunSummary) => void;
}

const NAME = 'kcn-extract';
const BATCH_LINES = 512;
const EXIT = { ok: 0, failed: 1, usage: 2, sigint: 130, sigterm: 143 } as const;

class UsageError extends Error {}

function packageVersion(): string {
  try {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** The format: --format, else the -o extension, else pretty on a terminal, else jsonl. */
export function resolveFormat(opts: CliOptions, stdoutTTY: boolean): FormatName {
  if (opts.format) return opts.format;
  if (opts.output) {
    const ext = path.extname(opts.output).toLowerCase();
    if (ext === '.json') return 'json';
    if (ext === '.csv') return 'csv';
    return 'jsonl';
  }
  return stdoutTTY ? 'pretty' : 'jsonl';
}

function resolveColumns(opts: CliOptions, format: FormatName): string[] {
  const reserved = new Set<string>([...RECORD_FIELDS, ...DERIVED_FIELDS, ...EXPLODED_FIELDS, 'explain']);
  const keep: string[] = [];
  for (const spec of opts.keep ?? []) {
    const k = parseKeep(spec);
    if (!k) throw new UsageError(`--keep ${spec}: expected a field name, or column=field to rename it`);
    if (reserved.has(k.column)) {
      throw new UsageError(`--keep ${spec}: the record already has a field named "${k.column}" (carry it under another name: --keep input_${k.column}=${k.field})`);
    }
    if (keep.includes(k.column)) throw new UsageError(`--keep: "${k.column}" is listed twice`);
    keep.push(k.column);
  }
  const { defaults, all } = availableColumns({ csv: format === 'csv', explodeParks: opts.explode === 'parks', keep, explain: opts.explain });
  if (!opts.fields) return defaults;
  const seen = new Set<string>();
  for (const f of opts.fields) {
    if (!all.includes(f)) throw new UsageError(`--fields: unknown field "${f}" (available: ${all.join(', ')})`);
    if (seen.has(f)) throw new UsageError(`--fields: "${f}" is listed twice`);
    seen.add(f);
  }
  return opts.fields;
}

export async function main(argv: string[], ioIn: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    // A getter: process.stdin builds a stream on first use, which a run
    // over files never needs (start-up time).
    get stdin() {
      return ioIn.stdin ?? process.stdin;
    },
    stdout: ioIn.stdout ?? process.stdout,
    stderr: ioIn.stderr ?? process.stderr,
    env: ioIn.env ?? process.env,
    isTTY: ioIn.isTTY ?? {},
    onSummary: ioIn.onSummary,
  };
  const forceTTY = io.env.KCN_FORCE_TTY === '1';
  const stdoutTTY = forceTTY || (io.isTTY.stdout ?? Boolean((io.stdout as NodeJS.WriteStream).isTTY));
  const stderrTTY = forceTTY || (io.isTTY.stderr ?? Boolean((io.stderr as NodeJS.WriteStream).isTTY));
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
  const usage = (message: string): number => {
    io.stderr.write(`${NAME}: ${message}\nTry '${NAME} --help' for more information.\n`);
    return EXIT.usage;
  };

  // 1. Options.
  const cmd = buildCommand(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: () => {},
    });
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return usage(err.message.replace(/^error: /, '').split('\n')[0]);
    }
    throw err;
  }
  const opts = parsedOptions(cmd);
  const inputs = cmd.args;

  let format: FormatName;
  let columns: string[];
  try {
    format = resolveFormat(opts, stdoutTTY && !opts.output);
    columns = resolveColumns(opts, format);
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    throw err;
  }

  // An output that is also an input would be read while it is replaced: refuse
  // a file named as both; a folder or pattern just never yields the outputs.
  const outputFiles = new Set<string>();
  for (const target of [opts.output, opts.rejects]) if (target) outputFiles.add(await realPath(target));
  for (const spec of inputs) {
    if (spec !== '-' && outputFiles.has(await realPath(spec))) return usage(`${spec} is both an input and an output file`);
  }

  let knownParks: KnownPark[] | undefined;
  if (opts.parks) {
    try {
      knownParks = (await import('../gazetteer/known-parks.js')).loadKnownParks(opts.parks);
    } catch (err) {
      const e = err as Error;
      io.stderr.write(`${NAME}: ${opts.debug ? (e.stack ?? e.message) : e.message.split('\n')[0]}\n`);
      return EXIT.usage;
    }
  }

  const outLevel = colorLevel(opts.color, io.env, stdoutTTY && !opts.output);
  const errChalk = makeChalk(colorLevel(opts.color, io.env, stderrTTY));
  const config: ProcessConfig = {
    format,
    columns,
    explodeParks: opts.explode === 'parks',
    explain: opts.explain,
    dedupe: opts.dedupe,
    matchedOnly: opts.matchedOnly,
    colorLevel: outLevel,
    knownParks,
    debug: opts.debug,
    csv: { bom: opts.bom, separator: CSV_SEPARATORS[opts.csvSeparator], decimalComma: opts.decimalComma },
  };

  // 2. Outputs (file outputs under a temporary name until complete).
  let out: OutputSink;
  let rejectsOut: OutputSink | null = null;
  try {
    out = opts.output ? await OutputSink.toFile(opts.output) : OutputSink.toStream(io.stdout);
  } catch (err) {
    say(`${opts.output}: cannot write: ${(err as Error).message}`);
    return EXIT.failed;
  }
  try {
    if (opts.rejects) rejectsOut = await OutputSink.toFile(opts.rejects);
  } catch (err) {
    out.discard();
    say(`${opts.rejects}: cannot write: ${(err as Error).message}`);
    return EXIT.failed;
  }

  // CSV-only options on another format change nothing: say so, as a typo in a cron line would go unseen.
  const csvOnly = [opts.bom && '--bom', opts.csvSeparator !== 'comma' && '--csv-separator', opts.decimalComma && '--decimal-comma'].filter(Boolean);
  if (format !== 'csv' && csvOnly.length && !opts.quiet) say(`${csvOnly.join(', ')}: only for CSV output; this run writes ${format}`);

  // Someone typing `kcn-extract` alone at a terminal would otherwise see nothing happen.
  const readsStdin = inputs.length === 0 || inputs.includes('-');
  if (readsStdin && !opts.quiet && (io.isTTY.stdin ?? Boolean((io.stdin as NodeJS.ReadStream).isTTY))) {
    say('reading standard input: type or paste lines, then Ctrl-D (or name files or folders to read)');
  }

  // 3. Signals: drop temporary files, stop, exit 130/143.
  let abortCode = 0;
  // Wakes the pending read (a fresh promise per event: racing one long-lived
  // promise would pile up reactions on it, a leak).
  let wakeOnAbort: () => void = () => {};
  const onSignal = (signal: NodeJS.Signals): void => {
    abortCode = signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
    out.discard();
    rejectsOut?.discard();
    wakeOnAbort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const summary = newRunSummary();
  const started = Date.now();
  const readProgress: ReadProgress = { bytesRead: 0, totalBytes: null };
  // cli-progress is loaded only when a bar is drawn: start-up time.
  const progress = stderrTTY && !opts.quiet ? (await import('./progress.js')).startProgress(readProgress, io.stderr as NodeJS.WriteStream) : null;
  const tell = (line: string): void => {
    if (progress) progress.log(`${NAME}: ${line}\n`);
    else say(line);
  };
  // The pool (and node:worker_threads) is loaded only for --jobs > 1: start-up time.
  const runner = opts.jobs > 1 ? (await import('./pool.js')).createRunner(config, opts.jobs, runnerTuning(io.env)) : null;
  const seen = new Set<string>();
  const frame = framing(format, columns, config.csv);
  // JSON puts a separator before rows; the other formats write a batch's rows as they come.
  const prefixed = format === 'json';
  let rowIndex = 0;
  let linesRead = 0;

  const notices = new Notices(tell);
  const writeReject = async (source: string, line: number, reason: string, text: string): Promise<void> => {
    if (rejectsOut) await rejectsOut.write(JSON.stringify({ source, line, reason, text }) + '\n');
    else if (!opts.quiet) notices.note(source, 'reject', `${source}: line ${line}: rejected: ${reason}`);
  };

  // Outcomes arrive in input order: count, dedupe, filter, queue the rows.
  // Synchronous; the caller awaits a flush when the sink asks for one.
  let flushDue = false;
  const rejected: { source: string; line: number; reason: string; text: string }[] = [];
  // One line's outcome, in input order: count it, then drop it (a failed
  // line, a duplicate, an unmatched line with --matched-only) or admit it:
  // true when its rows go out. Shared by single lines and batches.
  const admit = (source: string, line: number, text: string, error: string | undefined, key: string | undefined, filled: number): boolean => {
    if (error !== undefined) {
      countLine(summary, source, 'reject');
      rejected.push({ source, line, reason: error, text });
      return false;
    }
    countLine(summary, source, 'line');
    if (key !== undefined) {
      if (seen.has(key)) {
        summary.duplicates++;
        return false;
      }
      seen.add(key);
    }
    if (opts.matchedOnly && !filled) return false;
    countFilled(summary, source, filled);
    return true;
  };
  const handle = (job: LineJob, o: LineOutcome): void => {
    if (!admit(job.source, job.line, job.text, o.error, o.key, o.filled)) return;
    for (const row of o.rows) if (out.push(frame.prefix(rowIndex++) + row)) flushDue = true;
  };
  // The same for a batch, from its packed arrays. In the common case (no
  // --dedupe, no failed line, no separators) its rows go out as the one
  // string they came in.
  const handleBatch = (batch: LineBatch, o: BatchOutcome): void => {
    const errors = o.errors ? new Map(o.errors) : null;
    const keys = o.keys?.split('\n');
    const whole = !keys && !errors && !prefixed;
    let texts: string[] | null = null;
    let at = 0;
    let r = 0;
    for (let i = 0; i < o.rowCounts.length; i++) {
      const error = errors?.get(i);
      // A failed line's text is only needed for its reject entry.
      const text = error === undefined ? '' : (texts ??= batchTexts(batch))[i];
      const rows = o.rowCounts[i];
      if (admit(batch.sources[batch.sourceIdx[i]], batch.lines[i], text, error, keys?.[i], o.filled[i])) {
        if (whole) rowIndex += rows;
        else
          for (let k = r; k < r + rows; k++) {
            const end = at + o.rowLens[k];
            if (out.push(frame.prefix(rowIndex++) + o.out.slice(at, end))) flushDue = true;
            at = end;
          }
      } else if (!whole) for (let k = r; k < r + rows; k++) at += o.rowLens[k];
      r += rows;
    }
    if (whole && out.push(o.out)) flushDue = true;
  };
  const settle = async (): Promise<void> => {
    for (const r of rejected.splice(0)) await writeReject(r.source, r.line, r.reason, r.text);
    if (flushDue) {
      flushDue = false;
      await out.flush();
    }
  };

  let code: number = EXIT.ok;
  try {
    await out.write(frame.head);
    const inline = runner ? null : makeLineProcessor(config);
    // Batches in input order, each with its outcome once known.
    const inFlight: { batch: LineBatch; outcome: BatchOutcome | null; done: Promise<unknown> | null }[] = [];
    const maxInFlight = opts.jobs * 6;
    const builder = new BatchBuilder(BATCH_LINES);
    // Hands on the outcomes known at the head of the queue.
    const handleReady = async (): Promise<void> => {
      while (inFlight.length && inFlight[0].outcome) {
        const head = inFlight.shift()!;
        handleBatch(head.batch, head.outcome!);
        if (flushDue || rejected.length) await settle();
      }
    };
    const drainOne = async (): Promise<void> => {
      await inFlight[0].done;
      await handleReady();
    };
    const submit = async (): Promise<void> => {
      if (!runner || builder.empty) return;
      const batch = builder.take();
      const result = runner.run(batch);
      if (result instanceof Promise) {
        const entry = { batch, outcome: null as BatchOutcome | null, done: null as Promise<unknown> | null };
        entry.done = result.then((o) => (entry.outcome = o));
        entry.done.catch(() => {}); // awaited in order later; a worker failure must not be an unhandled rejection meanwhile
        inFlight.push(entry);
      } else inFlight.push({ batch, outcome: result, done: null });
      await handleReady();
      while (inFlight.length > maxInFlight) await drainOne();
    };

    const inputOptions: InputOptions & { stdin?: Readable } = {
      textFields: opts.textField,
      textColumn: opts.textColumn,
      format: opts.inputFormat,
      skip: outputFiles,
      keep: opts.keep,
      ...(readsStdin ? { stdin: io.stdin } : {}),
      // With workers extracting, the cores are taken: a thread splitting lines only competes with them.
      ...(opts.jobs > 1 ? { threadBytes: Infinity } : {}),
    };
    // One await per read chunk (a batch of events), not per line.
    const events = readInputBatches(inputs, inputOptions, readProgress);
    try {
      reading: for (;;) {
        const next = await new Promise<IteratorResult<InputEvent[]> | 'abort'>((resolve, reject) => {
          wakeOnAbort = () => resolve('abort');
          events.next().then(resolve, reject);
        });
        if (next === 'abort' || next.done) break;
        for (const ev of next.value) {
        switch (ev.type) {
          case 'line': {
            if (inline) {
              const job: LineJob = { source: ev.source, line: ev.line, text: ev.text };
              if (ev.extra) job.extra = ev.extra;
              if (ev.read) job.read = ev.read;
              handle(job, inline(job));
              if (flushDue || rejected.length) await settle();
            } else if (builder.add(ev.source, ev.line, ev.text, ev.extra, ev.read)) await submit();
            break;
          }
          case 'blank':
            countLine(summary, ev.source, 'blank');
            break;
          case 'reject':
            countLine(summary, ev.source, 'reject');
            await writeReject(ev.source, ev.line, ev.reason, ev.text);
            break;
          case 'warning':
            if (!opts.quiet) notices.note(ev.source, 'warning', `${ev.source}: ${ev.line !== undefined ? `line ${ev.line}: ` : ''}${ev.message}`);
            break;
          case 'error':
            summary.errors++;
            tell(`${ev.source}: ${ev.message}`);
            break;
          case 'start':
            sourceSummary(summary, ev.source);
            break;
          case 'end':
            break;
        }
        if (ev.type === 'line' || ev.type === 'blank' || ev.type === 'reject') {
          linesRead++;
          if (progress && (linesRead & 255) === 0) progress.tick(linesRead);
        }
        if (out.stopped || rejectsOut?.stopped || abortCode) break reading;
        }
      }
      if (!abortCode && !out.stopped) {
        await submit();
        while (inFlight.length && !abortCode) await drainOne();
      }
    } finally {
      if (!abortCode) void events.return(undefined);
    }

    if (!abortCode) notices.finish();
    if (!abortCode && !out.stopped && !rejectsOut?.stopped) {
      // Committing waits for the last write: a full disk may only show here.
      await out.write(frame.tail(rowIndex));
      await out.commit();
      if (!out.stopped) await rejectsOut?.commit();
    }
    if (abortCode) code = abortCode;
    else if (out.failure || rejectsOut?.failure) {
      const failure = (out.failure ?? rejectsOut?.failure)!;
      say(`${opts.output ?? (failure === rejectsOut?.failure ? opts.rejects : 'stdout')}: cannot write: ${failure.message}`);
      out.discard();
      rejectsOut?.discard();
      code = EXIT.failed;
    } else if (out.closed) {
      // The reader went away (e.g. `| head`): a normal end.
      rejectsOut?.discard();
      code = EXIT.ok;
    } else if (summary.errors > 0 || (opts.strict && summary.rejects > 0)) code = EXIT.failed;
  } catch (err) {
    out.discard();
    rejectsOut?.discard();
    const e = err as Error;
    say(opts.debug ? (e.stack ?? e.message) : `${e.message.split('\n')[0]} (use --debug for details)`);
    code = EXIT.failed;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress?.stop();
    await runner?.close();
  }

  summary.elapsedMs = Date.now() - started;
  io.onSummary?.(summary);
  if (!abortCode && (opts.stats || (stderrTTY && !opts.quiet))) io.stderr.write(renderSummary(summary, errChalk));
  return code;
}

/** Counts one record written: its input, matched, and per field (from the outcome's bits). */
function countFilled(summary: RunSummary, source: string, filled: number): void {
  summary.records++;
  sourceSummary(summary, source).records++;
  if (!filled) return;
  summary.matched++;
  for (let i = 0; i < FILLED_FIELDS.length; i++) if (filled & (1 << i)) summary.perField[FILLED_FIELDS[i]]++;
}

/**
 * Pool shape, for measuring and tests (undocumented):
 * KCN_POOL="workers,inline(0|1),depth". Unset: jobs - 1 workers beside the
 * main thread, 3 batches queued per worker.
 */
function runnerTuning(env: Record<string, string | undefined>): RunnerOptions {
  if (!env.KCN_POOL) return {};
  const spec = env.KCN_POOL.split(',').map(Number);
  return { workers: spec[0], inline: spec[1] !== 0, depth: spec[2] || undefined };
}
