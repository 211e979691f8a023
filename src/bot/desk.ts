/**
 * The moderators' listings (/reports list, /correct list), paged: the command shows a page, and the Previous /
 * Next buttons on that private reply turn it (`qt:reports:<page>`, `qt:corrections:<page>`). Each page is read
 * from the state again, so a report resolved meanwhile is gone from it.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { DeskResult } from '../answers/types.js';
import { deskPayload, errorPayload } from '../render/discord.js';
import type { BotContext } from './context.js';
import { actsAsModerator } from './preconditions.js';
import { toSendOptions } from './reply.js';

export type DeskListing = 'reports' | 'corrections';

/** The listing's title and lines, every one (the payload pages them). */
export async function deskListing(listing: DeskListing, guildId: string, ctx: BotContext): Promise<{ title: string; result: DeskResult }> {
  if (listing === 'reports') return { title: '📋 Open reports', result: await ctx.desk.openReports(guildId) };
  const result = await ctx.desk.list(guildId);
  return { title: result.ok ? '✏️ Corrections' : 'Corrections', result };
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
  const { title, result } = await deskListing(listing, interaction.guildId, ctx);
  await interaction.update(toSendOptions(deskPayload(title, result, page)));
  return 'ok';
}
