// A one-line progress display on stderr (cli-progress): bytes read out of the
// total with lines/s and ETA, or, when the total is unknown (stdin,
// compressed input), lines and lines/s only. Draws nothing on a non-TTY
// stream. `tick` may be called for every line: it updates the bar at most
// FPS times a second, and cli-progress redraws only when the text changed.
//
// Choices that keep the terminal safe: no hidden cursor and no disabled line
// wrapping (an interrupted run would leave them so), no SIGINT handler (it
// would swallow Ctrl-C), and cli-progress's cursor save/restore is dropped
// (after other output scrolled the screen, "restore" would clear a wrong
// line); stop() clears the bar's own line instead. Its redraw timer is
// unref'd so a run that forgets stop() still exits.
import cliProgress from 'cli-progress';

export interface Progress {
  /** `lines`: lines processed so far in the whole run (a running total, not an increment). */
  tick(lines: number): void;
  /** Clears the bar line, writes `text` (should end in "\n"), draws the bar again below it. */
  log(text: string): void;
  /** Final redraw, then the bar line is cleared and the cursor left at its start. Idempotent. */
  stop(): void;
}

const FPS = 10;

export function startProgress(
  progress: { bytesRead: number; totalBytes: number | null },
  stream: NodeJS.WriteStream,
): Progress {
  if (!stream.isTTY) {
    return { tick() {}, log: (text) => void stream.write(text), stop() {} };
  }
  const known = progress.totalBytes !== null;
  const format = known
    ? '{bar} {percentage}% | {bytes}/{total_bytes} | {lines} lines | {rate} lines/s | ETA {eta_formatted}'
    : '{bytes} | {lines} lines | {rate} lines/s | {duration_formatted}';
  const bar = new cliProgress.SingleBar({
    stream: withoutCursorMemory(stream),
    format,
    fps: FPS,
    // The text around the bar takes up to ~70 columns: the bar gets what is left, 10 to 30.
    barsize: Math.max(10, Math.min(30, (stream.columns || 80) - 72)),
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: false,
    linewrap: true, // keep the terminal's wrapping; cli-progress trims the line to the width instead
    gracefulExit: false,
    clearOnComplete: true,
    forceRedraw: true, // redraw every frame, so a line written by log() is followed by the bar again
    etaBuffer: 50,
    formatTime: (t) => clock(t),
  });
  unrefRedrawTimer(bar);

  const started = Date.now();
  let lastUpdate = 0;
  let lines = 0;
  let active = true;
  const payload = () => ({
    bytes: bytes(progress.bytesRead),
    total_bytes: bytes(progress.totalBytes ?? 0),
    lines: group(lines),
    rate: group(Math.round((lines * 1000) / Math.max(1, Date.now() - started))),
  });
  const update = () => {
    lastUpdate = Date.now();
    // Without a total, the bar value is unused: the format shows no bar nor ETA.
    bar.update(known ? progress.bytesRead : 0, payload());
  };

  bar.start(known ? Math.max(1, progress.totalBytes ?? 1) : 1, 0, payload());
  return {
    tick(n: number) {
      lines = n;
      if (active && Date.now() - lastUpdate >= 1000 / FPS) update();
    },
    log(text: string) {
      if (!active) return void stream.write(text);
      stream.write('\r\x1b[2K' + text);
      bar.render();
    },
    stop() {
      if (!active) return;
      active = false;
      update();
      bar.stop();
    },
  };
}

/** The stream seen by cli-progress, minus its cursor save/restore sequences. */
function withoutCursorMemory(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          chunk === '\x1b7' || chunk === '\x1b8' ? true : (target.write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

// cli-progress re-arms a setTimeout after each render; unref each one.
function unrefRedrawTimer(bar: cliProgress.SingleBar): void {
  const inner = bar as unknown as { render: () => void; timer: NodeJS.Timeout | null };
  const render = inner.render.bind(bar);
  inner.render = () => {
    render();
    inner.timer?.unref?.();
  };
}

/** 1536 → "1.5 KB"; 1000-based like disk sizes. */
export function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

function group(n: number): string {
  return n.toLocaleString('en-US').replace(/,/g, ' ');
}

/** Seconds as "42s", "3m05s", "1h02m"; "--" while cli-progress has no estimate ("NULL", "INF"). */
function clock(t: number): string {
  if (typeof t !== 'number' || !Number.isFinite(t)) return '--';
  const s = Math.round(t);
  const two = (n: number) => String(n).padStart(2, '0');
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${two(s % 60)}s`;
  return `${Math.floor(s / 3600)}h${two(Math.floor((s % 3600) / 60))}m`;
}
