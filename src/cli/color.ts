// Whether to colour, decided here because chalk ignores NO_COLOR:
// --no-color or NO_COLOR (non-empty) → off; else FORCE_COLOR (≠ 0) → on;
// else on when the stream is a terminal.
import { Chalk, type ChalkInstance } from 'chalk';

type Level = 0 | 1 | 2 | 3;

export function colorLevel(flag: boolean, env: Record<string, string | undefined>, isTTY: boolean): Level {
  if (!flag || (env.NO_COLOR ?? '') !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  return isTTY ? 1 : 0;
}

export function makeChalk(level: Level): ChalkInstance {
  return new Chalk({ level });
}
