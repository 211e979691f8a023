/**
 * Members' reports of a wrong answer: the "Report a problem" button opens a short form; what the member
 * writes is stored with the answer's question and the corpus version it came from, for /reports.
 */
import {
  ActionRowBuilder,
  DiscordAPIError,
  GuildMember,
  MessageFlags,
  ModalBuilder,
  RESTJSONErrorCodes,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type Client,
  type ModalSubmitInteraction,
  type User,
} from 'discord.js';
import { buildCustomId } from '../render/custom-ids.js';
import { deskPayload, errorPayload, reportNoticePayload } from '../render/discord.js';
import { messageUrl } from '../render/view.js';
import type { Conversation, Report, ReportChannel } from '../state/types.js';
import { answerIn, type BotContext } from './context.js';
import { optionText } from './options.js';
import { isModerator } from './permissions.js';
import { toSendOptions } from './reply.js';

/** Longest reason a member can give (Discord's text inputs allow up to 4,000). */
export const MAX_REASON = 500;
const REASON_FIELD = 'reason';

/** Opens the report form on an answer. */
export async function showReportForm(interaction: ButtonInteraction): Promise<void> {
  const reason = new TextInputBuilder()
    .setCustomId(REASON_FIELD)
    .setLabel('What is wrong with this answer?')
    .setStyle(TextInputStyle.Paragraph)
    .setPlaceholder('For example: the speaker is wrong, it was said by the ministry; an outlet is missing…')
    .setMinLength(3)
    .setMaxLength(MAX_REASON)
    .setRequired(true);
  const modal = new ModalBuilder()
    .setCustomId(buildCustomId({ action: 'report-form' }))
    .setTitle('Report a problem')
    .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(reason));
  await interaction.showModal(modal);
}

/**
 * The corpus version the reported answer came from (its footer's), as remembered with it; for an answer
 * remembered before that was kept, the version of the server's corpus now.
 */
function versionFor(conversation: Conversation, ctx: BotContext): string {
  return conversation.corpusVersion ?? ctx.corpus.view(conversation.guildId).corpusVersion().version;
}

/** Stores the report sent from the form; returns the outcome for the interaction log line. */
export async function handleReportForm(interaction: ModalSubmitInteraction, ctx: BotContext): Promise<string> {
  const messageId = interaction.message?.id;
  // as a button finds it: by the message, or by the interaction that answered (remembered before the reply was
  // sent: a form sent at once after the answer may come before the message's own record is written)
  const origin = interaction.message?.interactionMetadata?.id;
  const conversation =
    (messageId ? await answerIn(ctx, messageId, interaction.guildId) : undefined) ??
    (messageId && origin ? await answerIn(ctx, origin, interaction.guildId) : undefined);
  const reason = optionText(MAX_REASON).parse(interaction.fields.getTextInputValue(REASON_FIELD));
  if (!interaction.inGuild() || !messageId || !conversation || !reason) {
    await interaction.reply({
      ...toSendOptions(
        errorPayload({
          code: 'report_unreadable',
          message: !interaction.inGuild()
            ? 'Reports go to a server’s moderators: report an answer given in a server.'
            : !messageId || !conversation
              ? 'That report could not be matched to an answer. Ask again and report the new answer.'
              : 'The report says nothing once spaces and invisible characters are taken out: press Report again and write what is wrong.',
        }),
      ),
      flags: MessageFlags.Ephemeral,
    });
    return 'report_unreadable';
  }
  const { result, filed } = await ctx.desk.report({
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? conversation.channelId,
    messageId,
    reporterId: interaction.user.id,
    reason,
    command: conversation.command,
    query: conversation.query,
    corpusVersion: versionFor(conversation, ctx),
  });
  await interaction.reply({
    ...toSendOptions(deskPayload(result.ok ? '📨 Report sent' : 'Already reported', result)),
    flags: MessageFlags.Ephemeral,
  });
  if (filed) await announceReport(interaction.client, filed, reporterName(interaction), ctx);
  return result.ok ? 'ok' : 'already_reported';
}

/** A member as the server shows them, with their user name when that differs: "Ana (ana_k)". */
function reporterName(interaction: ModalSubmitInteraction): string {
  const member = interaction.member;
  const shown =
    (member && 'displayName' in member ? member.displayName : (member?.nick ?? null)) ??
    interaction.user.globalName ??
    interaction.user.username;
  return shown === interaction.user.username ? shown : `${shown} (${interaction.user.username})`;
}

/** Why Discord refused to show or take a message in a channel, in a moderator's words. */
export function channelRefusal(err: unknown): string {
  const code = err instanceof DiscordAPIError ? err.code : null;
  if (code === RESTJSONErrorCodes.UnknownChannel) return 'the channel no longer exists (it was deleted)';
  if (code === RESTJSONErrorCodes.MissingAccess) return 'the bot can no longer see the channel (View Channel was taken away)';
  if (code === RESTJSONErrorCodes.MissingPermissions)
    return 'the bot may no longer post there (it needs View Channel, Send Messages and Embed Links)';
  const said = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : '';
  return said ? `Discord refused the message (${said})` : 'Discord refused the message';
}

/**
 * Announces a new report in the channel the server's moderators chose (/reports notify), pinging nobody; a
 * server without one keeps its reports for /reports list. The report is stored either way. A channel that is
 * gone, out of reach or (never set so, but checked) in another server is logged and recorded in the setting
 * (why, since when, how many reports missed), which /reports list shows; at the first such failure the
 * moderator who chose the channel is told by direct message. The next announcement that goes through clears it.
 */
export async function announceReport(client: Client, report: Report, reporter: string, ctx: BotContext): Promise<void> {
  const where = await ctx.state.getReportChannel(report.guildId);
  if (!where) return;
  const skip = async (why: string, err?: unknown) => {
    ctx.logger.warn(
      { guildId: report.guildId, report: report.id, channel: where.channelId, err: err instanceof Error ? err.message : err },
      `new report not announced: ${why}`,
    );
    const now = await ctx.state.reportChannelFailed(report.guildId, where.channelId, why);
    if (now?.failing?.missed === 1) await tellAModerator(client, now, report.guildId, why, ctx);
  };
  const channel = await client.channels.fetch(where.channelId).catch(async (err: unknown) => {
    await skip(channelRefusal(err), err);
    return null;
  });
  if (!channel) return;
  if (!channel.isSendable() || !('guildId' in channel) || channel.guildId !== report.guildId) {
    await skip('the channel is not one of the server’s text channels');
    return;
  }
  const payload = reportNoticePayload({
    id: report.id,
    reporter,
    command: report.command,
    query: report.query,
    reason: report.reason,
    corpusVersion: report.corpusVersion,
    link: messageUrl(report.guildId, report.channelId, report.messageId),
  });
  const sent = await channel.send(toSendOptions(payload)).then(
    () => true,
    async (err: unknown) => {
      await skip(channelRefusal(err), err);
      return false;
    },
  );
  if (sent && where.failing) {
    await ctx.state.reportChannelWorks(report.guildId, where.channelId);
    ctx.logger.info({ guildId: report.guildId, channel: where.channelId }, 'report channel takes announcements again');
  }
}

/**
 * Who is told that the report channel fails: the member who chose it while they are still a moderator of the
 * server (asked of Discord now, not from a cache an interaction filled), otherwise the server's owner; nobody
 * when neither can be found. The note says it for /reports list.
 */
async function whomToTell(
  client: Client,
  where: ReportChannel,
  guildId: string,
  ctx: BotContext,
): Promise<{ user: User | null; note: string }> {
  const guild = client.guilds.cache.get(guildId);
  if (!guild) return { user: null, note: 'the server could not be read, so nobody was told by direct message' };
  const chooser = await guild.members.fetch({ user: where.setById, force: true }).catch((err: unknown) => err);
  if (chooser instanceof GuildMember && isModeratorMember(chooser, ctx))
    return { user: chooser.user, note: `${where.setByName}, who chose the channel, was told by direct message` };
  const why =
    chooser instanceof GuildMember
      ? `${where.setByName}, who chose the channel, is no longer a moderator`
      : chooser instanceof DiscordAPIError && chooser.code === RESTJSONErrorCodes.UnknownMember
        ? `${where.setByName}, who chose the channel, is no longer in the server`
        : `whether ${where.setByName}, who chose the channel, is still a moderator could not be checked`;
  const owner = guild.ownerId ? await guild.members.fetch({ user: guild.ownerId, force: true }).catch(() => null) : null;
  if (owner && !owner.user.bot)
    return { user: owner.user, note: `${why}: the server’s owner, ${owner.user.username}, was told by direct message` };
  return { user: null, note: `${why}, and the server’s owner could not be found: nobody was told by direct message` };
}

/** A member is a moderator by their permissions in the server (Manage Server, Administrator, owner) or a moderator role. */
function isModeratorMember(member: GuildMember, ctx: BotContext): boolean {
  return isModerator({ permissions: member.permissions.bitfield, roleIds: [...member.roles.cache.keys()] }, ctx.config.MODERATOR_ROLE_IDS);
}

/**
 * Tells a current moderator of the server, by direct message, that its report channel stopped taking new reports
 * (whomToTell), and records who was told, or that nobody was, for /reports list.
 */
async function tellAModerator(client: Client, where: ReportChannel, guildId: string, why: string, ctx: BotContext): Promise<void> {
  const { user, note } = await whomToTell(client, where, guildId, ctx);
  let said = note;
  if (user) {
    const server = client.guilds.cache.get(guildId)?.name ?? 'a server';
    const chose = user.id === where.setById ? 'You chose where' : `You are a moderator of ${server}, and ${where.setByName} chose where`;
    const payload = deskPayload('⚠️ New reports are not being announced', {
      ok: true,
      message: `${chose} new reports of ${server} are announced, and the last one could not be posted there: ${why}. The reports are kept: /reports list shows them. Choose a channel with /reports notify channel: (the same one again once the bot can post there; leave channel out to stop announcing).`,
      lines: [],
    });
    const sent = await client.users.send(user.id, toSendOptions(payload)).then(
      () => true,
      (err: unknown) => {
        ctx.logger.warn(
          { guildId, moderator: user.id, err: err instanceof Error ? err.message : String(err) },
          'could not tell a moderator that the report channel fails',
        );
        return false;
      },
    );
    if (sent) ctx.logger.info({ guildId, moderator: user.id }, 'told a moderator that the report channel fails');
    else
      said = `${note.replace(/ was told by direct message$/, '')} could not be told: Discord refused the direct message (theirs may be closed)`;
  } else ctx.logger.warn({ guildId, chooser: where.setById }, `nobody told that the report channel fails: ${note}`);
  await ctx.state.reportChannelNotice(guildId, where.channelId, {
    toldId: user?.id ?? null,
    toldName: user?.username ?? null,
    note: said,
  });
}

/** Opens the report form on an answer, unless the member has reported that answer already (told privately). */
export async function offerReportForm(interaction: ButtonInteraction, ctx: BotContext): Promise<string> {
  const earlier = interaction.inGuild()
    ? await ctx.desk.earlierReport(interaction.guildId, interaction.message.id, interaction.user.id)
    : null;
  if (earlier) {
    await interaction.reply({ ...toSendOptions(deskPayload('Already reported', earlier)), flags: MessageFlags.Ephemeral });
    return 'already_reported';
  }
  await showReportForm(interaction);
  return 'ok';
}

/**
 * Tells a member their report was resolved: by direct message, or, when their direct messages are closed,
 * in reply to the reported answer, pinging that member alone. Returns a sentence for the moderator.
 */
export async function tellReporter(client: Client, report: Report, message: string, ctx: BotContext): Promise<string> {
  const payload = toSendOptions(deskPayload('✅ Your report was resolved', { ok: true, message, lines: [] }));
  // each failure is logged, and the next way is tried
  const failing =
    <T>(how: string, value: T) =>
    (err: unknown): T => {
      ctx.logger.warn({ guildId: report.guildId, report: report.id, err: err instanceof Error ? err.message : String(err) }, how);
      return value;
    };
  const byDm = await client.users
    .send(report.reporterId, payload)
    .then(() => true, failing('could not tell the reporter by direct message', false));
  if (byDm) return 'The reporter was told by direct message.';
  const channel = await client.channels.fetch(report.channelId).catch(failing('could not find the reported answer’s channel', null));
  const inChannel = channel?.isSendable()
    ? await channel
        .send({
          ...payload,
          content: `<@${report.reporterId}>`,
          allowedMentions: { parse: [], users: [report.reporterId], repliedUser: false },
          reply: { messageReference: report.messageId, failIfNotExists: false },
        })
        .then(() => true, failing('could not tell the reporter in the channel', false))
    : false;
  return inChannel
    ? 'Their direct messages are closed: the reporter was told in reply to the reported answer.'
    : 'The reporter could not be told (their direct messages are closed and the answer’s channel is out of reach).';
}
