// The README's examples are run: each ```console block is a command (after
// "$ ") and the output it must print, so the documentation stays true.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/records.js';

interface Example { command: string; output: string }

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const block = /^```console\n\$ (.*)\n([\s\S]*?)^```$/gm;
  for (let m = block.exec(markdown); m; m = block.exec(markdown)) out.push({ command: m[1], output: m[2] });
  return out;
}

// Timings differ from run to run: keep their labels only (and so the summary
// table's column widths, which follow the widest value, may differ too).
// CSV lines end in CRLF; the README shows them as plain lines.
const steady = (s: string) => s.replace(/\r\n/g, '\n').replace(/^(elapsed|lines\/s)\s.*$/gm, '$1').replace(/ {2,}/g, ' ').trimEnd();

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README examples', () => {
  it('has examples to run', () => {
    expect(examples(readme).length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples(readme).map((e) => [e.command, e] as const))('$ %s', (_command, example) => {
    const command = example.command.replaceAll('kcn-extract ', 'node bin/kcn-extract.js ');
    let output: string;
    try {
      output = execFileSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    expect(steady(output)).toBe(steady(example.output));
  });
});
