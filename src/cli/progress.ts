// PLACEHOLDER (owned by the view helper): no progress display.
export interface Progress {
  /** `lines`: lines processed so far in the whole run (a running total). */
  tick(lines: number): void;
  log(text: string): void;
  stop(): void;
}

export function startProgress(progress: { bytesRead: number; totalBytes: number | null }, stream: NodeJS.WriteStream): Progress {
  void progress;
  return { tick() {}, log: (text) => void stream.write(text), stop() {} };
}
