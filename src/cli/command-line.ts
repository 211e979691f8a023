/**
 * One way for every command line of the project (the CLI, scripts/, bench/) to read its options: `--help` (or
 * `-h`) prints the usage text on stdout and exits 0; an unknown option, a missing value or a stray argument prints
 * one line saying so, then the usage, on stderr and exits 2 (never a Node stack trace).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command line asks: its options and arguments, the usage text, or a usage error (one line). */
export type CommandLine<O extends ParseArgsOptionsConfig> =
  | { kind: 'args'; values: ReturnType<typeof parseOptions<O>>['values']; positionals: string[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

function parseOptions<O extends ParseArgsOptionsConfig>(argv: string[], options: O, allowPositionals: boolean) {
  return parseArgs({ args: argv, options, allowPositionals, strict: true });
}

/**
 * Reads `argv` (without node and the script) against `options`, `--help`/`-h` added. Never throws on what a
 * person typed: a malformed line is `{ kind: 'error', message }`, the message one line.
 */
export function readCommandLine<const O extends ParseArgsOptionsConfig>(
  argv: string[],
  options: O,
  { allowPositionals = false }: { allowPositionals?: boolean } = {},
): CommandLine<O> {
  // --help anywhere asks for the usage, whatever else is wrong with the line
  const beforeEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (!('help' in options) && beforeEnd.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  try {
    const { values, positionals } = parseOptions(argv, options, allowPositionals);
    return { kind: 'args', values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // node's messages explain how to pass an argument that starts with "-": one sentence is enough here
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    return { kind: 'error', message };
  }
}

/**
 * A script's options: on `--help` prints `usage` and exits 0; on a usage error prints `name: <the error>` and the
 * usage on stderr and exits 2. Otherwise returns the options and arguments.
 */
export function commandLine<const O extends ParseArgsOptionsConfig>(
  name: string,
  usage: string,
  options: O,
  { allowPositionals = false, argv = process.argv.slice(2) }: { allowPositionals?: boolean; argv?: string[] } = {},
): { values: ReturnType<typeof parseOptions<O>>['values']; positionals: string[] } {
  const line = readCommandLine(argv, options, { allowPositionals });
  if (line.kind === 'help') {
    process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    process.exit(0);
  }
  if (line.kind === 'error') usageError(name, usage, line.message);
  return { values: line.values, positionals: line.positionals };
}

/** Prints `name: <message>` and the usage on stderr and exits 2: a command line the script cannot run. */
export function usageError(name: string, usage: string, message: string): never {
  process.stderr.write(`${name}: ${message}\n\n${usage.endsWith('\n') ? usage : `${usage}\n`}`);
  process.exit(2);
}
