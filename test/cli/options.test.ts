// The option table is data: every option reaches --help and the README table.
import { describe, expect, it } from 'vitest';
import { buildCommand, OPTION_SPECS, optionTable } from '../../src/cli/options.js';

describe('options as data', () => {
  it('every declared option is in the parser and the README table', () => {
    const cmd = buildCommand('0.0.0');
    const table = optionTable();
    for (const spec of OPTION_SPECS) {
      const long = spec.flags.match(/--[\w-]+/)![0];
      expect(cmd.options.some((o) => o.long === long)).toBe(true);
      expect(table).toContain(long);
    }
  });
});
