/** The real bot (`node --import tsx src/bot/main.ts`, as `npm start` runs it) as a child process in tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { DiscordEmulator, EmulatorOptions } from '../emulator/index.js';
import { APP, CHANNEL, GUILD, MEMBER, MODERATOR, MOD_ROLE } from '../bot/harness.js';

export interface SpawnedBot {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Resolves when a stderr line contains `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<string>;
}

/** The seeded server every spawned bot talks to. */
export function emulatorOptions(token: string, extra: Partial<EmulatorOptions> = {}): EmulatorOptions {
  return {
    token,
    applicationId: APP,
    guilds: [
      {
        id: GUILD,
        name: 'Newsroom',
        channels: [{ id: CHANNEL, name: 'fact-check' }],
        roles: [{ id: MOD_ROLE, name: 'Mods', permissions: '32' }],
        members: [
          { user: MEMBER, roles: [] },
          { user: MODERATOR, roles: [MOD_ROLE] },
        ],
      },
    ],
    ...extra,
  };
}

/** A fresh corpus (a copy of the seeds) and state folder. */
export async function tempFolders(): Promise<{ root: string; corpusDir: string; stateDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-hostile-'));
  const corpusDir = path.join(root, 'corpus');
  await cp(path.resolve('seeds'), corpusDir, { recursive: true });
  return { root, corpusDir, stateDir: path.join(root, 'state') };
}

/** Starts `src/bot/main.ts` with `env` (on top of PATH and HOME only: nothing else leaks in). */
export function spawnBot(env: Record<string, string>): SpawnedBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: { text: string; resolve: (line: string) => void }[] = [];
  let partial = '';
  child.stdout!.on('data', (b: Buffer) => stdout.push(b.toString()));
  child.stderr!.on('data', (b: Buffer) => {
    const text = partial + b.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      stderr.push(line);
      for (const w of waiters.filter((x) => line.includes(x.text))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      if (partial) stderr.push(partial);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    stdout,
    stderr,
    exited,
    waitForLog(text, timeoutMs = 30_000) {
      const seen = stderr.find((l) => l.includes(text));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no log line with "${text}" within ${timeoutMs} ms:\n${stderr.join('\n')}`)),
          timeoutMs,
        );
        waiters.push({
          text,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(() => reject(new Error(`the bot exited before logging "${text}":\n${stderr.join('\n')}`)));
      });
    },
  };
}

/** Environment for a bot connected to `emu`. */
export function botEnv(
  emu: DiscordEmulator,
  token: string,
  folders: { corpusDir: string; stateDir: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: token,
    DISCORD_CLIENT_ID: APP,
    DISCORD_GUILD_ID: GUILD,
    DISCORD_API_BASE: emu.apiBase,
    CORPUS_DIR: folders.corpusDir,
    STATE_DIR: folders.stateDir,
    MESSAGE_CONTENT_INTENT: 'true',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

/** Stops a spawned bot that is still running (test cleanup). */
export async function killBot(bot: SpawnedBot | undefined): Promise<void> {
  if (!bot || bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill('SIGKILL');
  await bot.exited;
}

/** The token is in no line the process wrote. */
export function expectNoToken(bot: SpawnedBot, token: string): void {
  for (const line of [...bot.stdout, ...bot.stderr]) expect(line.includes(token), line.slice(0, 200)).toBe(false);
}
