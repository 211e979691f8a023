/**
 * The project's logger: structured JSON lines on stderr (stdout stays free for CLI output). Domain code
 * takes a `Logger` as an argument; only entry points create one.
 */
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

const SECRET_KEYS = ['token', 'DISCORD_TOKEN', 'authorization', '*.token', '*.authorization', 'headers.authorization'];

/** A writable that receives one JSON line per log record. */
export interface LogSink {
  write(line: string): unknown;
}

/** A logger writing to stderr (or `sink`) at `level`; fields named like secrets are redacted. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', sink?: LogSink): Logger {
  return pino({ level, redact: { paths: SECRET_KEYS, censor: '[redacted]' }, base: undefined }, sink ?? pino.destination(2));
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = pino({ level: 'silent' });
