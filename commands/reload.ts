/** /reload (moderators): rebuild the claim store from the corpus folder without downtime. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.js';
import { isModerator } from '../src/bot/permissions.js';
import { toSendOptions } from '../src/bot/reply.js';
import { errorPayload, reloadPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: reload the corpus folder (the current corpus serves until the new one is ready)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  // default_member_permissions can be overridden per server: check again here
  const roles = interaction.member && 'roles' in interaction.member ? interaction.member.roles : [];
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  if (!isModerator({ permissions: interaction.memberPermissions?.bitfield ?? null, roleIds }, ctx.config.MODERATOR_ROLE_IDS)) {
    ctx.logger.warn({ user: interaction.user.id }, 'reload refused: not a moderator');
    await interaction.reply({
      ...toSendOptions(
        errorPayload({ code: 'not_moderator', message: 'Only moderators (Manage Server, or a moderator role) can reload the corpus.' }),
      ),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  ctx.logger.info({ user: interaction.user.id, username: interaction.user.username }, 'reload requested');
  const summary = await ctx.corpus.reload(`${interaction.user.username} (${interaction.user.id})`);
  await interaction.editReply(toSendOptions(reloadPayload(summary)));
}
