/**
 * Checks a command declares instead of writing them in its body (as Sapphire's preconditions): the handler
 * runs them before the command, and a failed one is answered privately with its code and reason.
 *
 * @example
 * export const preconditions = [guildOnly, moderatorOnly]; // in commands/add.ts
 */
import type { Interaction } from 'discord.js';
import type { BotContext, Precondition, PreconditionResult } from './context.js';
import { isModerator } from './permissions.js';

export type { Precondition, PreconditionResult } from './context.js';

const OK: PreconditionResult = { ok: true };

/** Whether the member behind an interaction (a command, or a button on a moderator's reply) is a moderator now. */
export function actsAsModerator(interaction: Interaction, ctx: BotContext): boolean {
  const roles = interaction.member && 'roles' in interaction.member ? interaction.member.roles : [];
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return isModerator({ permissions: interaction.memberPermissions?.bitfield ?? null, roleIds }, ctx.config.MODERATOR_ROLE_IDS);
}

/** Members with Manage Server (or Administrator), or one of `MODERATOR_ROLE_IDS`. */
export const moderatorOnly: Precondition = {
  name: 'moderator',
  run(interaction, ctx) {
    // default_member_permissions hides the command from others, but a server can override it: check again
    return actsAsModerator(interaction, ctx)
      ? OK
      : {
          ok: false,
          code: 'not_moderator',
          message: `Only moderators (Manage Server, or a moderator role) can use /${interaction.commandName}.`,
        };
  },
};

/** Commands that act on a server's own collection. */
export const guildOnly: Precondition = {
  name: 'guild',
  run(interaction) {
    return interaction.inGuild()
      ? OK
      : { ok: false, code: 'guild_only', message: `/${interaction.commandName} works in a server, not in direct messages.` };
  },
};
