/**
 * The bot's configuration, read from the environment (and `.env` via dotenv) and validated once with zod.
 * A missing or malformed variable is named in one clear line; the token is never echoed back.
 */
import { z } from 'zod';
import { healthEnvSchema } from '../ops/health-server.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const idList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** Discord's largest bots run tens of thousands of shards; beyond that a number is a typo. */
const MAX_SHARDS = 100_000;
const shardCount = z
  .string()
  .trim()
  .regex(/^(?:auto|\d{1,6})$/, 'must be a number of shards or "auto"')
  .transform((s) => (s === 'auto' ? ('auto' as const) : Number(s)))
  .refine((n) => n === 'auto' || (n >= 1 && n <= MAX_SHARDS), `must be between 1 and ${MAX_SHARDS} (or "auto")`)
  .optional();
const shardIds = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d{1,6}$/, 'must be shard numbers separated by commas (e.g. 0,1)')
          .transform(Number),
      )
      .min(1),
  )
  .refine((ids) => new Set(ids).size === ids.length, 'names a shard twice')
  .transform((ids) => [...ids].sort((a, b) => a - b))
  .optional();

const BaseConfigSchema = z.object({
  DISCORD_TOKEN: z.string().min(1, 'is required (the bot token from the Developer Portal, Bot tab)'),
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z.url().optional(),
  CORPUS_DIR: z.string().min(1).default('seeds'),
  MODERATOR_ROLE_IDS: idList,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATE_DIR: z.string().min(1).default('.quotetrail'),
  MESSAGE_CONTENT_INTENT: flag,
  AUTO_THREAD: flag,
  COOLDOWN_SECONDS: z.coerce.number().min(0).default(3),
  MAX_FILE_BYTES: positiveInt(20 * 1024 * 1024),
  MAX_FILES: positiveInt(200_000),
  /** `true` lets /add read pages on private addresses (a self-hosted intranet, tests); never on a public bot. */
  FETCH_ALLOW_PRIVATE: flag,
  /** `postgres://…`: the state in PostgreSQL (several processes); unset, SQLite in STATE_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Shards of the whole bot: a number, or `auto` (Discord's recommendation). Unset: one shard. */
  SHARD_COUNT: shardCount,
  /** The shards this process runs (default: all of them). */
  SHARD_IDS: shardIds,
  ...healthEnvSchema.shape,
});

export const ConfigSchema = BaseConfigSchema.superRefine((config, ctx) => {
  if (config.SHARD_IDS && config.SHARD_COUNT === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'needs SHARD_COUNT (the number of shards of the whole bot, or auto)' });
  }
  const count = config.SHARD_COUNT;
  const beyond = typeof count === 'number' ? config.SHARD_IDS?.find((id) => id >= count) : undefined;
  if (beyond !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: `names shard ${beyond}, but shards are numbered 0 to ${Number(count) - 1}`,
    });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

/** Variable names users set; used to say which one is wrong. */
export type ConfigKey = keyof Config;

/**
 * Validates `env`; returns the config or a one-line error naming the variable (never its value).
 * @example parseConfig(process.env) // { ok: false, error: 'DISCORD_TOKEN is required (…)' }
 */
export function parseConfig(env: NodeJS.ProcessEnv): { ok: true; config: Config } | { ok: false; error: string } {
  // empty strings in .env mean "not set"
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? 'environment');
  const message = issue.code === 'invalid_type' && cleaned[key] === undefined ? 'is required' : issue.message;
  return { ok: false, error: `${key} ${message}` };
}
