// Every option declared once, as data: it feeds the parser, --help and the
// README table (`optionTable()`).
import { Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_FORMATS, type InputFormat } from '../io/input-format.js';
import { FORMATS, type FormatName } from '../io/writers/index.js';

export interface CliOptions {
  format?: FormatName;
  output?: string;
  explain: boolean;
  rejects?: string;
  stats: boolean;
  strict: boolean;
  quiet: boolean;
  debug: boolean;
  matchedOnly: boolean;
  explode?: 'parks';
  fields?: string[];
  dedupe: boolean;
  inputFormat?: InputFormat;
  textField?: string[];
  textColumn?: string;
  keep?: string[];
  parks?: string;
  jobs: number;
  color: boolean;
  bom: boolean;
  csvSeparator: keyof typeof CSV_SEPARATORS;
  decimalComma: boolean;
}

export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  parse?: (value: string) => unknown;
  defaultValue?: unknown;
}

function list(value: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new InvalidArgumentError('expected a comma-separated list of names.');
  return items;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 256) {
    throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  }
  return n;
}

/** --csv-separator's names for the characters (a bare ";" or tab needs quoting in a shell). */
export const CSV_SEPARATORS = { comma: ',', semicolon: ';', tab: '\t' } as const;

function csvSeparator(value: string): keyof typeof CSV_SEPARATORS {
  for (const [name, char] of Object.entries(CSV_SEPARATORS)) {
    if (value === name || value === char) return name as keyof typeof CSV_SEPARATORS;
  }
  throw new InvalidArgumentError('expected comma, semicolon or tab.');
}

export const OPTION_SPECS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format (default: pretty on a terminal, else jsonl; with -o, from the file extension)', choices: FORMATS },
  { flags: '-o, --output <file>', description: 'write to FILE (atomically: a temporary file renamed when complete)' },
  { flags: '--fields <list>', description: 'choose and order the output fields/columns, e.g. source,line,parks', parse: list },
  { flags: '--explode <field>', description: 'one row per park (park_kind, park_name columns; a line without a park still gives one row)', choices: ['parks'] },
  { flags: '--explain', description: 'add an "explain" object: per field, per value its span, text and rule' },
  { flags: '--matched-only', description: 'write only records with at least one field found' },
  { flags: '--dedupe', description: 'skip a line whose normalised text was already seen (counted as duplicate)' },
  { flags: '--input-format <format>', description: 'read every input (stdin too) as this, whatever its extension (default: by extension; stdin: text)', choices: INPUT_FORMATS },
  { flags: '--text-field <names>', description: 'JSON/JSONL inputs: field(s) holding the text, joined with ". "; meta.title reaches into nested objects (default: text)', parse: list },
  { flags: '--text-column <name>', description: 'CSV inputs: column holding the text (default: text)' },
  { flags: '--keep <list>', description: 'carry these input fields (url, date...) into each record, after the standard fields; column=field renames one (outlet=source)', parse: list },
  { flags: '--parks <file>', description: 'a CSV/JSON list of known parks (name, kind, province, aliases), found even without a prefix' },
  { flags: '--rejects <file>', description: 'write rejected lines as JSON Lines {source, line, reason, text}' },
  { flags: '--strict', description: 'exit 1 if any line was rejected' },
  { flags: '--stats', description: 'print per-input counts (lines, blank, records, rejects) on stderr' },
  { flags: '-j, --jobs <n>', description: 'threads extracting in parallel: the main thread and n-1 workers (output identical to 1 job)', parse: positiveInt, defaultValue: 1 },
  { flags: '--bom', description: 'CSV: start with a UTF-8 byte order mark (for Excel)' },
  { flags: '--csv-separator <sep>', description: 'CSV: the field separator, comma, semicolon or tab (or the character itself); semicolon, with --decimal-comma, for a spreadsheet set to Vietnamese or another decimal-comma locale', parse: csvSeparator, defaultValue: 'comma' },
  { flags: '--decimal-comma', description: 'CSV: numbers with a decimal comma (12,5), as decimal-comma locales read them' },
  { flags: '--no-color', description: 'no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)' },
  { flags: '-q, --quiet', description: 'no warnings, progress or summary on stderr (errors are still printed)' },
  { flags: '--debug', description: 'stack traces on unexpected errors' },
];

export const EXIT_CODES: readonly [number, string][] = [
  [0, 'done'],
  [1, 'an input could not be read, the output could not be written,\n      or (with --strict) a line was rejected'],
  [2, 'usage error: unknown option, bad value, unknown field, bad --parks file,\n      a file named as both input and output'],
  [130, 'interrupted (SIGINT); 143: terminated (SIGTERM); an -o file is left untouched'],
];

const HELP_AFTER = `
Inputs: files, folders, quoted globs ("news/**/*.txt"); "-" or none reads stdin.

Formats: jsonl (one record per line), json (one array), csv (one row per
record, CRLF line ends, lists joined with "; ", formula-like cells escaped),
pretty (for reading on a terminal; ignores --fields and --explode).

Environment: NO_COLOR, FORCE_COLOR; KCN_FORCE_TTY=1 treats stdout and stderr
as terminals (for tests).

Exit codes:
${EXIT_CODES.map(([code, text]) => `  ${String(code).padEnd(4)}${text}`).join('\n')}
`;

export function buildCommand(version: string): Command {
  const cmd = new Command('kcn-extract')
    .description('Turn Vietnamese news lines about industrial parks (KCN, CCN, KKT) into structured records.')
    .argument('[inputs...]', 'files, folders, globs, or - for stdin')
    .version(version, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .allowExcessArguments(true)
    .addHelpText('after', HELP_AFTER);
  for (const spec of OPTION_SPECS) {
    const opt = new Option(spec.flags, spec.description);
    if (spec.choices) opt.choices(spec.choices);
    if (spec.parse) opt.argParser(spec.parse);
    if (spec.defaultValue !== undefined) opt.default(spec.defaultValue);
    cmd.addOption(opt);
  }
  return cmd;
}

const FLAGS = ['explain', 'stats', 'strict', 'quiet', 'debug', 'matchedOnly', 'dedupe', 'bom', 'decimalComma'] as const;

/** The parsed options, with absent on/off flags as false. */
export function parsedOptions(cmd: Command): CliOptions {
  const opts = cmd.opts<CliOptions>();
  for (const f of FLAGS) opts[f] = Boolean(opts[f]);
  return opts;
}

/** The options as a Markdown table, for the README. */
export function optionTable(): string {
  const rows = OPTION_SPECS.map((s) => `| \`${s.flags}\` | ${s.description.replace(/\n\s*/g, ' ')}${s.choices ? ` (${s.choices.join(', ')})` : ''} |`);
  return ['| option | meaning |', '| --- | --- |', ...rows].join('\n');
}
