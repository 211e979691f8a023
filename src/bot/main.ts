/** `npm start`: the bot. Configuration from the environment or `.env`; see README and `.env.example`. */
import 'dotenv/config';
import { createLogger } from '../log.js';
import { startApp } from './app.js';
import { parseConfig } from './config.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`quotetrail: ${parsed.error}. See .env.example.\n`);
  process.exit(1);
}
const config = parsed.config;
const logger = createLogger(config.LOG_LEVEL);

function loginFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // a refused token: discord.js says TokenInvalid, gateway close 4004 "Authentication failed", REST 401
  const code = (error as { code?: unknown; status?: unknown })?.code;
  if (
    /token|authentication failed|unauthori[sz]ed/i.test(message) ||
    code === 'TokenInvalid' ||
    code === 4004 ||
    (error as { status?: unknown })?.status === 401
  ) {
    return 'Discord refused the bot token (authentication failed): check DISCORD_TOKEN.';
  }
  return `could not start: ${message.replaceAll(config.DISCORD_TOKEN, '[redacted]')}`;
}

try {
  const bot = await startApp(config, { logger });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing answers in flight');
    void bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  process.stderr.write(`quotetrail: ${loginFailure(error)}\n`);
  process.exit(1);
}
