/**
 * A throwaway PostgreSQL server for tests: `initdb` into a temporary folder, started on a free port with
 * trust authentication, stopped (immediate) and removed afterwards. Run as the `postgres` user when the
 * tests run as root (PostgreSQL refuses root), as the current user otherwise. With
 * `QUOTETRAIL_TEST_DATABASE_URL` set, that server is used instead. Each test gets its own database.
 *
 * When no server can be had, `postgresAvailability()` says why, so the PostgreSQL tests skip with that
 * reason, or fail when `QUOTETRAIL_REQUIRE_POSTGRES=1` (CI).
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** True when CI asks that the PostgreSQL tests run rather than skip. */
export const postgresRequired = process.env.QUOTETRAIL_REQUIRE_POSTGRES === '1';

type Availability =
  | { ok: true; kind: 'external'; url: string }
  | { ok: true; kind: 'local'; binDir: string; runAs: { name: string; uid: number; gid: number } | null }
  | { ok: false; reason: string };

/** Whether a PostgreSQL server can be had here, and how (checked without starting anything). */
export function postgresAvailability(): Availability {
  const external = process.env.QUOTETRAIL_TEST_DATABASE_URL;
  if (external) return { ok: true, kind: 'external', url: external };
  const binDir = findBinDir();
  if (!binDir) return { ok: false, reason: 'no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH' };
  if (process.getuid?.() !== 0) return { ok: true, kind: 'local', binDir, runAs: null };
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null) return { ok: false, reason: 'running as root and there is no "postgres" user to run the server as' };
  if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return { ok: false, reason: 'running as root without runuser' };
  return { ok: true, kind: 'local', binDir, runAs: { name: 'postgres', uid, gid } };
}

function findBinDir(): string | null {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = [...versions.map((version) => path.join(debian, version, 'bin')), ...(process.env.PATH ?? '').split(path.delimiter)];
  return candidates.find((dir) => dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

function idOf(flag: '-u' | '-g'): number | null {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** A running server: fresh databases on demand, and a stop that removes everything. */
export interface TestPostgres {
  /** The server's maintenance URL (database `postgres`). */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a server (or connects to `QUOTETRAIL_TEST_DATABASE_URL`); throws when that is impossible. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const availability = postgresAvailability();
  if (!availability.ok) throw new Error(`PostgreSQL unavailable: ${availability.reason}`);
  if (availability.kind === 'external') return databases(availability.url, { dropOnStop: true, stopServer: async () => undefined });
  const { binDir, runAs } = availability;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'quotetrail-pg-'));
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  const tool = (name: string, args: string[]) =>
    runAs ? run('runuser', ['-u', runAs.name, '--', path.join(binDir, name), ...args]) : run(path.join(binDir, name), args);
  const stopNow = () => {
    const ctl = path.join(binDir, 'pg_ctl');
    const args = ['-D', dataDir, '-m', 'immediate', 'stop'];
    spawnSync(runAs ? 'runuser' : ctl, runAs ? ['-u', runAs.name, '--', ctl, ...args] : args, { stdio: 'ignore' });
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await tool('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // durability off: the data folder is thrown away
    const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await tool('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', path.join(dataDir, 'log'), '-w', 'start']);
    // a test run killed before its afterAll still stops the server
    process.once('exit', stopNow);
    const stopServer = async () => {
      process.off('exit', stopNow);
      stopNow();
    };
    return databases(`postgres://postgres@127.0.0.1:${port}/postgres`, { dropOnStop: false, stopServer });
  } catch (error) {
    stopNow();
    throw error;
  }
}

/** Database-per-test on the server at `adminUrl` (dropped at the end on a server that is not ours). */
function databases(adminUrl: string, end: { dropOnStop: boolean; stopServer: () => Promise<void> }): TestPostgres {
  const created: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    url: adminUrl,
    async createDatabase() {
      const name = `quotetrail_test_${process.pid}_${created.length}_${Math.random().toString(36).slice(2, 8)}`;
      // FILE_COPY (PostgreSQL 15+) is several times faster than copying the template through the WAL
      await admin((client) => client.query(`CREATE DATABASE ${name} STRATEGY = FILE_COPY`)).catch(() =>
        admin((client) => client.query(`CREATE DATABASE ${name}`)),
      );
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      if (end.dropOnStop) {
        await admin(async (client) => {
          for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        });
      }
      await end.stopServer();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
