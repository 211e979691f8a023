/**
 * `npm run deploy-commands`: registers the slash commands from `commands/` — in one server when
 * DISCORD_GUILD_ID is set (instant), else globally (Discord may take up to an hour to show them).
 */
import 'dotenv/config';
import { REST, Routes } from 'discord.js';
import { loadCommands, registrationPayload } from './command-loader.js';
import { parseConfig } from './config.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`deploy-commands: ${parsed.error}. See .env.example.\n`);
  process.exit(1);
}
const config = parsed.config;
const body = registrationPayload(await loadCommands());
const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
const route = config.DISCORD_GUILD_ID
  ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
  : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
try {
  await rest.put(route, { body });
  process.stdout.write(
    `registered ${body.length} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally'}\n`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message.replaceAll(config.DISCORD_TOKEN, '[redacted]') : 'unknown error';
  process.stderr.write(`deploy-commands: registration failed: ${message}\n`);
  process.exit(1);
}
