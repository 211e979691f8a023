/**
 * /reports (moderators): the open reports of members about wrong answers (paged), resolving one (its reporter is
 * told), where new reports are announced, and the server's moderation log (who did what, when; paged).
 */
import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.js';
import { channelNameIn, deskListing } from '../src/bot/desk.js';
import { readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { tellReporter } from '../src/bot/reports.js';
import { toSendOptions } from '../src/bot/reply.js';
import type { DeskResult } from '../src/answers/types.js';
import { deskPayload } from '../src/render/discord.js';

/** Longest resolution note. */
const MAX_NOTE = 500;

export const data = new SlashCommandBuilder()
  .setName('reports')
  .setDescription('Moderators: members’ reports of wrong answers')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('list')
      .setDescription('The open reports')
      .addIntegerOption((o) => o.setName('page').setDescription('Which page of 20 (default the first)').setMinValue(1)),
  )
  .addSubcommand((s) =>
    s
      .setName('resolve')
      .setDescription('Resolve a report (its reporter is told)')
      .addIntegerOption((o) => o.setName('id').setDescription('The report’s number').setRequired(true).setMinValue(1))
      .addStringOption((o) =>
        o.setName('note').setDescription('What was done (a correction, or why nothing was)').setRequired(true).setMaxLength(MAX_NOTE),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('log')
      .setDescription('Who did what, and when: articles added or removed, corrections, reports, reloads')
      .addIntegerOption((o) => o.setName('page').setDescription('Which page of 20 (default the newest)').setMinValue(1)),
  )
  .addSubcommand((s) =>
    s
      .setName('notify')
      .setDescription('Announce new reports in a channel, pinging nobody (leave channel out to stop)')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('A channel of this server the moderators read')
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
      ),
  );

export const preconditions = [guildOnly, moderatorOnly];

/** Sets or clears where the server's new reports are announced; a channel is tried with a first message. */
async function notify(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<DeskResult> {
  const guildId = interaction.guildId!;
  const actor = { id: interaction.user.id, name: interaction.user.username };
  const chosen = interaction.options.getChannel('channel');
  if (!chosen) {
    await ctx.state.setReportChannel(guildId, null, actor);
    return { ok: true, message: 'New reports are no longer announced: they wait for /reports list.', lines: [] };
  }
  const channel = await interaction.client.channels.fetch(chosen.id).catch(() => null);
  // Discord offers only this server's channels; a crafted id of another server's is refused all the same
  if (!channel || !('guildId' in channel) || channel.guildId !== guildId || !channel.isSendable())
    return { ok: false, message: 'Pick a text channel of this server.', lines: [] };
  const name = 'name' in channel && channel.name ? `#${channel.name}` : 'that channel';
  // a channel the bot cannot post in is found out now, not at the first report
  const posted = await channel
    .send(
      toSendOptions(
        deskPayload('📨 Reports will be announced here', {
          ok: true,
          message: `${interaction.user.username} chose this channel: each new report of a member (who, which answer, why) is posted here, pinging nobody. /reports list shows the open ones.`,
          lines: [],
        }),
      ),
    )
    .then(
      () => true,
      (err: unknown) => {
        ctx.logger.warn({ guildId, channel: channel.id, err: err instanceof Error ? err.message : String(err) }, 'report channel refused');
        return false;
      },
    );
  if (!posted)
    return {
      ok: false,
      message: `The bot cannot post in ${name}: give it View Channel, Send Messages and Embed Links there, or pick another channel. Nothing was changed.`,
      lines: [],
    };
  await ctx.state.setReportChannel(guildId, channel.id, actor);
  ctx.logger.info({ guildId, channel: channel.id, by: actor.id }, 'report channel set');
  return { ok: true, message: `New reports will be announced in ${name}, pinging nobody.`, lines: [] };
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId!;
  const sub = interaction.options.getSubcommand();
  if (sub === 'list' || sub === 'log') {
    const { title, result } = await deskListing(sub === 'list' ? 'reports' : 'log', guildId, ctx, channelNameIn(interaction));
    const page = (interaction.options.getInteger('page') ?? 1) - 1;
    await interaction.editReply(toSendOptions(deskPayload(title, result, page)));
    return;
  }
  if (sub === 'notify') {
    const result = await notify(interaction, ctx);
    await interaction.editReply(toSendOptions(deskPayload(result.ok ? '📨 Report announcements' : 'Report channel not set', result)));
    return;
  }
  const note = readText(interaction, 'note', MAX_NOTE) ?? 'Resolved.';
  const actor = { id: interaction.user.id, name: interaction.user.username };
  const { result, report } = await ctx.desk.resolve(guildId, interaction.options.getInteger('id', true), note, actor);
  let told = '';
  if (report) {
    const message = `Your report #${report.id} about /${report.command} “${report.query.slice(0, 200)}” in ${interaction.guild?.name ?? 'a server'} was resolved: ${note}`;
    told = ` ${await tellReporter(interaction.client, report, message, ctx)}`;
  }
  // a refusal is shown with ⛔ before its title: it never reads as done
  const title = result.ok ? '📋 Report resolved' : 'Report not resolved';
  await interaction.editReply(toSendOptions(deskPayload(title, { ...result, message: result.message + told })));
}
