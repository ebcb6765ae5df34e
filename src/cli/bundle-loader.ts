// Loads the CommonJS bundle of `npm run build` (dist/bundle/) with V8's code
// cache: each file is compiled from the bytecode that the build saved beside
// it (FILE.cjs.cache) rather than parsed again, which is about a sixth of a
// one-line run's work. Node 20 has no compile cache for modules
// (module.enableCompileCache came in 22) and V8 takes cached data only for
// classic scripts, hence CommonJS and vm.Script.
//
// A cache made by another Node or V8 version, or with other V8 flags, is
// rejected by V8 itself: the file is then compiled as usual, nothing is lost
// but the time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface LoadOptions {
  /** Ignore saved caches and keep each script so that saveCodeCache() can write fresh ones (the build). */
  makeCache?: boolean;
}

export interface LoadedBundle {
  /** The entry file's module.exports. */
  exports: Record<string, unknown>;
  /** Files whose saved cache V8 accepted (tests, diagnostics). */
  cached: string[];
  /** Writes FILE.cache for every file loaded (makeCache only); returns how many. */
  saveCodeCache(): number;
}

/** The suffix of a file's saved code cache. */
export const CACHE_SUFFIX = '.cache';

// Node's CommonJS wrapper, written out: the bundle's files use exactly these five names.
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

interface Loaded {
  exports: Record<string, unknown>;
}

/**
 * Runs the bundle file `entry` (a path or file: URL) and the files it
 * requires by relative path; anything else (node:*, packages) goes to Node's
 * own require.
 */
export function loadBundle(entry: string | URL, options: LoadOptions = {}): LoadedBundle {
  const loaded = new Map<string, Loaded>();
  const scripts: [vm.Script, string][] = [];
  const cached: string[] = [];

  const load = (filename: string): Record<string, unknown> => {
    const known = loaded.get(filename);
    if (known) return known.exports;
    const module: Loaded = { exports: {} };
    loaded.set(filename, module);
    const cacheFile = filename + CACHE_SUFFIX;
    const cachedData = options.makeCache ? undefined : readIfPresent(cacheFile);
    const script = new vm.Script(WRAP_HEAD + fs.readFileSync(filename, 'utf8') + WRAP_TAIL, { filename, cachedData });
    if (cachedData && !script.cachedDataRejected) cached.push(filename);
    if (options.makeCache) scripts.push([script, cacheFile]);
    const dirname = path.dirname(filename);
    const nodeRequire = createRequire(filename);
    const requireHere = (id: string): unknown => (id.startsWith('./') ? load(path.join(dirname, id)) : nodeRequire(id));
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, requireHere, module, filename, dirname);
    return module.exports;
  };

  const entryExports = load(typeof entry === 'string' ? path.resolve(entry) : fileURLToPath(entry));
  return {
    exports: entryExports,
    cached,
    saveCodeCache: () => {
      for (const [script, file] of scripts) fs.writeFileSync(file, script.createCachedData());
      return scripts.length;
    },
  };
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
