/**
 * Every command line of the project (the CLI, scripts/, bench/) reads its options one way (src/cli/command-line.ts):
 * `--help` prints a usage text and exits 0, a bad option prints one line and the usage and exits 2, never a stack
 * trace.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from '../../src/cli/command-line.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs a script of the project with tsx; its exit code, stdout and stderr (never throws on a non-zero exit). */
async function script(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: ROOT,
      // no data beside the project: nothing a test starts may read PolNeAR
      env: { ...process.env, QUOTETRAIL_SHARED_DIR: path.join(ROOT, 'no-such-shared-dir') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('readCommandLine', () => {
  const options = { errors: { type: 'string', default: '0' }, json: { type: 'boolean' } } as const;

  it('reads options and arguments', () => {
    const line = readCommandLine(['dir', '--errors', '5', '--json'], options, { allowPositionals: true });
    expect(line).toEqual({ kind: 'args', values: { errors: '5', json: true }, positionals: ['dir'] });
  });

  it('asks for the usage on --help or -h, whatever else is on the line', () => {
    expect(readCommandLine(['--help'], options).kind).toBe('help');
    expect(readCommandLine(['--nope', '-h'], options).kind).toBe('help');
    // after "--" it is an argument
    expect(readCommandLine(['--', '--help'], options, { allowPositionals: true }).kind).toBe('args');
  });

  it('says what is wrong in one line, without throwing', () => {
    for (const argv of [['--nope'], ['--errors'], ['stray']]) {
      const line = readCommandLine(argv, options);
      expect(line.kind).toBe('error');
      if (line.kind === 'error') expect(line.message).not.toMatch(/\n/);
    }
  });
});

describe('the scripts’ command lines', () => {
  it('no file reads its options with parseArgs but the shared reader', () => {
    const files = ['src', 'scripts', 'bench'].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name))),
    );
    const own = files.filter(
      (f) => f !== path.join('src', 'cli', 'command-line.ts') && /\bparseArgs\s*\(/.test(readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(own).toEqual([]);
  });

  it.each([['scripts/carriers.ts'], ['scripts/eval.ts'], ['bench/run.ts'], ['bench/build-parts.ts']])(
    '%s prints its usage on --help and exits 0; a bad option is one line and the usage, exit 2',
    async (file) => {
      const help = await script(file, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: /);
      expect(help.stderr).not.toMatch(/\bat .*\.ts:\d+|Error:/);
      const bad = await script(file, ['--no-such-option']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.split('\n')[0]).toMatch(/: Unknown option '--no-such-option'$/);
      expect(bad.stderr).toMatch(/\nUsage: /);
      expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+|Error:/);
    },
    30_000,
  );

  it('the CLI says a bad option in one line with the usage, and exits 2', async () => {
    const bad = await script('src/cli/main.ts', ['who-said', 'some words', '--no-such-option']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe("quotetrail: Unknown option '--no-such-option'");
    expect(bad.stderr).toMatch(/Usage: npm run cli/);
  }, 30_000);
});
