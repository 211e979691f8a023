/**
 * The moderators' listings (/reports list, /correct list, /reports log), paged: the command shows a page, and the Previous /
 * Next buttons on that private reply turn it (`qt:reports:<page>`, `qt:corrections:<page>`, `qt:log:<page>`). Each page is read
 * from the state again, so a report resolved meanwhile is gone from it.
 */
import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import type { DeskResult } from '../answers/types.js';
import { deskPayload, errorPayload } from '../render/discord.js';
import type { BotContext } from './context.js';
import { actsAsModerator } from './preconditions.js';
import { toSendOptions } from './reply.js';

export type DeskListing = 'reports' | 'corrections' | 'log';

/**
 * The listing's title and lines, every one (the payload pages them). The reports' listing says where new ones
 * are announced (`channelName` names a channel of the server, null when it is not known).
 */
export async function deskListing(
  listing: DeskListing,
  guildId: string,
  ctx: BotContext,
  channelName: (id: string) => string | null = () => null,
): Promise<{ title: string; result: DeskResult }> {
  if (listing === 'reports') {
    const result = await ctx.desk.openReports(guildId);
    const where = await ctx.state.getReportChannel(guildId);
    const named = where ? (channelName(where.channelId) ?? 'the channel chosen') : '';
    const told = !where
      ? 'New reports are announced nowhere: /reports notify channel: chooses a channel.'
      : where.failing
        ? `⚠️ New reports are not being announced in ${named} (set by ${where.setByName}): ${where.failing.reason}. ${missed(where.failing.missed)} since ${shortTime(where.failing.since)}.${where.failing.notice ? ` ${capital(where.failing.notice.note)}.` : ''} Choose a channel with /reports notify channel: (the same one again once the bot can post there; leave channel out to stop announcing).`
        : `New reports are announced in ${named} (set by ${where.setByName}).`;
    // where reports go first: the count ends with the colon that introduces the list under it
    return { title: '📋 Open reports', result: { ...result, message: `${told} ${result.message}` } };
  }
  if (listing === 'log') return { title: '🧾 Moderation log', result: await ctx.desk.log(guildId) };
  const result = await ctx.desk.list(guildId);
  return { title: result.ok ? '✏️ Corrections' : 'Corrections', result };
}

/** The sentence with its first letter in capitals. */
function capital(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** "1 report was not announced", "3 reports were not announced". */
function missed(n: number): string {
  return n === 1 ? '1 report was not announced' : `${n} reports were not announced`;
}

/** "2026-12-01 18:40 UTC" from an ISO 8601 time (as given when it is none). */
function shortTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** A Previous / Next button on a listing: that page, for a moderator of the server (checked again). */
export async function turnDeskPage(interaction: ButtonInteraction, listing: DeskListing, page: number, ctx: BotContext): Promise<string> {
  if (!interaction.inGuild() || !actsAsModerator(interaction, ctx)) {
    await interaction.reply({
      ...toSendOptions(
        errorPayload({ code: 'not_moderator', message: 'Only moderators (Manage Server, or a moderator role) can page this list.' }),
      ),
      flags: MessageFlags.Ephemeral,
    });
    return 'not_moderator';
  }
  const { title, result } = await deskListing(listing, interaction.guildId, ctx, channelNameIn(interaction));
  await interaction.update(toSendOptions(deskPayload(title, result, page)));
  return 'ok';
}

/** "#name" of a channel of the interaction's server, from the cache (null when it is not there). */
export function channelNameIn(interaction: Interaction): (id: string) => string | null {
  return (id) => {
    const channel = interaction.guild?.channels.cache.get(id);
    return channel ? `#${channel.name}` : null;
  };
}
