/** /reload (moderators): rebuild the claim store from the corpus folder without downtime. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.js';
import { moderatorOnly } from '../src/bot/preconditions.js';
import { withoutFolderPath } from '../src/library/holder.js';
import { toSendOptions } from '../src/bot/reply.js';
import { reloadPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Moderators: reload the corpus folder (the current corpus serves until the new one is ready)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);

export const preconditions = [moderatorOnly];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  ctx.logger.info({ user: interaction.user.id, username: interaction.user.username }, 'reload requested');
  // this server's corrections in force before: those the new folder leaves with nothing to apply to are named
  const guildId = interaction.guildId;
  const before = guildId ? await ctx.desk.inForce(guildId) : new Map<number, string>();
  const reloaded = await ctx.corpus.reload(`${interaction.user.username} (${interaction.user.id})`);
  const stopped = guildId && reloaded.ok ? await ctx.desk.stoppedSince(guildId, before) : [];
  const summary = stopped.length ? { ...reloaded, correctionsStopped: stopped } : reloaded;
  await ctx.state.appendEvent({
    guildId: null,
    kind: 'reload',
    actorId: interaction.user.id,
    actorName: interaction.user.username,
    detail: {
      ok: summary.ok,
      documents: summary.documents.after,
      quotes: summary.quotes.after,
      errors: summary.errors.length,
      guild: interaction.guildId,
    },
  });
  // the folder's path on the host stays in the log: a server is told what was wrong, not where
  await interaction.editReply(toSendOptions(reloadPayload(withoutFolderPath(summary, ctx.corpus.dir))));
}
