/**
 * Loads the slash commands from `commands/` (one file per command, discord.js guide convention). The one
 * loader used by the bot, by `deploy-commands` and by the CLI's `commands --json`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type APIApplicationCommandOption, ApplicationCommandOptionType } from 'discord.js';
import type { HelpEntry } from '../answers/types.js';
import type { SlashCommand } from './context.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is SlashCommand {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<SlashCommand>;
  return typeof m.execute === 'function' && typeof m.data?.toJSON === 'function' && typeof m.data.name === 'string';
}

/** Every command module, by name; a file whose name differs from its command's name is an error. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, SlashCommand>> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, SlashCommand>();
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommand(mod)) throw new Error(`${file} does not export "data" and "execute"`);
    const expected = file.replace(/\.(ts|js)$/, '');
    if (mod.data.name !== expected) throw new Error(`${file} defines /${mod.data.name}; the file name must match the command`);
    commands.set(mod.data.name, mod);
  }
  return commands;
}

/** The registration payload: what Discord receives at `PUT /applications/{id}/commands`. */
export function registrationPayload(commands: Map<string, SlashCommand>): ReturnType<SlashCommand['data']['toJSON']>[] {
  return [...commands.values()].map((c) => c.data.toJSON());
}

/** "Set who said" → "set who said" (an acronym stays as it is). */
function lowerFirst(text: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** /help's listing, from the same definitions: a command with subcommands is listed as each of them. */
export function helpEntries(commands: Map<string, SlashCommand>): HelpEntry[] {
  const optionsOf = (options: readonly APIApplicationCommandOption[] | undefined) =>
    (options ?? []).map((o) => ({ name: o.name, description: o.description, required: 'required' in o && o.required === true }));
  return registrationPayload(commands).flatMap((json) => {
    const subcommands = (json.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
    if (subcommands.length === 0) return [{ name: json.name, description: json.description, options: optionsOf(json.options) }];
    return subcommands.map((sub) => ({
      name: `${json.name} ${sub.name}`,
      // the command's own description says who may use it; a subcommand's says only what it does
      description: json.default_member_permissions != null ? `Moderators: ${lowerFirst(sub.description)}` : sub.description,
      options: optionsOf(sub.options),
    }));
  });
}
