/** /reports (moderators): the open reports of members about wrong answers, and resolving one (its reporter is told). */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.js';
import { readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { tellReporter } from '../src/bot/reports.js';
import { toSendOptions } from '../src/bot/reply.js';
import { deskPayload } from '../src/render/discord.js';

/** Longest resolution note. */
const MAX_NOTE = 500;

export const data = new SlashCommandBuilder()
  .setName('reports')
  .setDescription('Moderators: members’ reports of wrong answers')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => s.setName('list').setDescription('The open reports'))
  .addSubcommand((s) =>
    s
      .setName('resolve')
      .setDescription('Resolve a report (its reporter is told)')
      .addIntegerOption((o) => o.setName('id').setDescription('The report’s number').setRequired(true).setMinValue(1))
      .addStringOption((o) =>
        o.setName('note').setDescription('What was done (a correction, or why nothing was)').setRequired(true).setMaxLength(MAX_NOTE),
      ),
  );

export const preconditions = [guildOnly, moderatorOnly];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId!;
  if (interaction.options.getSubcommand() === 'list') {
    await interaction.editReply(toSendOptions(deskPayload('📋 Open reports', await ctx.desk.openReports(guildId))));
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
