// Turning what the user typed (files, folders, quoted glob patterns, "-")
// into a list of inputs, in the order given, each folder or pattern sorted
// so that runs are reproducible. Problems become items, not exceptions.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
// Callback fs, promisified: node:fs/promises loads modules of its own
// (readline among them) that a run never uses: start-up time.
const realpath = promisify(fs.realpath);
const stat = promisify(fs.stat);
// fast-glob is loaded only when a glob or a folder needs it: start-up time.
const glob = async () => (await import('fast-glob')).default;

export type InputItem =
  | { kind: 'stdin'; source: '-' }
  | { kind: 'file'; source: string; path: string; size: number | null }
  | { kind: 'error'; source: string; message: string };

/** Extensions read from a folder (each may also end in .gz). */
export const FOLDER_EXTENSIONS = ['txt', 'jsonl', 'ndjson', 'json', 'csv'];
const FOLDER_PATTERN = `**/*.{${FOLDER_EXTENSIONS.join(',')}}{,.gz}`;

/**
 * `skip`: files never read from a folder or pattern (the run's own output
 * files, which a nightly run writing into the folder it reads would
 * otherwise read back the next night), as real paths.
 */
export async function expandInputs(specs: string[], skip: ReadonlySet<string> = new Set()): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const spec of specs.length ? specs : ['-']) {
    if (spec === '-') {
      items.push({ kind: 'stdin', source: '-' });
      continue;
    }
    const st = await statOf(spec);
    if (st === null && (await glob()).isDynamicPattern(spec)) {
      const found = byCodePoint(await (await glob())(spec, { onlyFiles: true, dot: false, suppressErrors: true }));
      if (!found.length) items.push({ kind: 'error', source: spec, message: 'no files match this pattern' });
      for (const f of await once(found, skip)) items.push(await fileItem(f));
      continue;
    }
    if (st !== null && 'code' in st) {
      items.push({ kind: 'error', source: spec, message: describeError(st) });
      continue;
    }
    if (st !== null && st.isDirectory()) {
      const found = byCodePoint(await (await glob())(FOLDER_PATTERN, { cwd: spec, onlyFiles: true, dot: false, suppressErrors: true }));
      if (!found.length) {
        items.push({ kind: 'error', source: spec, message: 'no .txt, .jsonl, .ndjson, .json or .csv files in this folder' });
      }
      for (const f of await once(found.map((f) => path.join(spec, f)), skip)) items.push(await fileItem(f));
      continue;
    }
    items.push(await fileItem(spec, st));
  }
  return items;
}

/**
 * The paths, each file once and none of `skip`: a symbolic link back up the
 * tree ("sub/loop -> ..") makes a folder list the same files again under
 * longer names, and each would be read again. The first name (in sorted
 * order) is kept.
 */
async function once(paths: string[], skip: ReadonlySet<string>): Promise<string[]> {
  const seen = new Set<string>(skip);
  const out: string[] = [];
  for (const p of paths) {
    const real = await realPath(p);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(p);
  }
  return out;
}

/** The file's real path (links resolved), or its absolute path when it does not exist. */
export async function realPath(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

async function fileItem(p: string, known?: Awaited<ReturnType<typeof statOf>>): Promise<InputItem> {
  const st = known === undefined ? await statOf(p) : known;
  if (st === null) return { kind: 'error', source: p, message: 'no such file' };
  if ('code' in st) return { kind: 'error', source: p, message: describeError(st) };
  // Pipes and devices (e.g. <(zcat x.gz)) are readable but have no size.
  return { kind: 'file', source: p, path: p, size: st.isFile() ? st.size : null };
}

async function statOf(p: string) {
  try {
    return await stat(p);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
    if (typeof err.code === 'string') return { code: err.code, message: err.message };
    throw e;
  }
}

/** A short reason for a system error, without the stack or the syscall. */
export function describeError(err: { code?: string; message?: string }): string {
  switch (err.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot read (${err.code ?? firstLine(err.message ?? 'unknown error')})`;
  }
}

export function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
}

// Code point order, not locale order: the same on every machine.
function byCodePoint(list: string[]): string[] {
  return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
