/**
 * Buttons on an answer: more outlets (paged), show the paragraph in context, open a thread, report a problem,
 * and the answer as ClaimReview JSON-LD.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { context } from '../answers/lists.js';
import { whoSaid } from '../answers/who-said.js';
import { parseCustomId } from '../render/custom-ids.js';
import { outletLabel } from '../render/labels.js';
import { toPlainSlot } from '../render/sanitize.js';
import { claimReview } from '../answers/claim-review.js';
import { contextPayload, deskPayload, errorPayload, whoSaidPayload } from '../render/discord.js';
import { offerReportForm } from './reports.js';
import { turnDeskPage } from './desk.js';
import { answerIn, type BotContext } from './context.js';
import { toSendOptions } from './reply.js';
import { openThread, threadConversation } from './threads.js';

function privately(payload: ReturnType<typeof errorPayload>) {
  return { ...toSendOptions(payload), flags: MessageFlags.Ephemeral as const };
}

/** The outlet a "Show context N: Outlet" button names, as its label shows it; null when the label says none. */
function namedOutlet(interaction: ButtonInteraction): string | null {
  const label = 'label' in interaction.component ? interaction.component.label : null;
  return label ? (/^Show context \d+: (.+)$/s.exec(label)?.[1] ?? null) : null;
}

/** A label as shown, possibly cut to fit the button ("Very Long Outlet Na…"). */
function sameLabel(label: string, shown: string): boolean {
  return label === shown || (shown.endsWith('…') && label.startsWith(shown.slice(0, -1)));
}

/** Handles one button click; returns the outcome for the interaction log line. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<string> {
  const action = parseCustomId(interaction.customId);
  const origin = interaction.message.interactionMetadata?.id;
  const conversation =
    (await answerIn(ctx, interaction.message.id, interaction.guildId)) ??
    (origin ? await answerIn(ctx, origin, interaction.guildId) : undefined);
  if (action?.action === 'reports' || action?.action === 'corrections' || action?.action === 'log')
    return turnDeskPage(interaction, action.action, action.page, ctx);
  if (action?.action === 'report' && conversation) return offerReportForm(interaction, ctx);
  if (!action || !conversation || conversation.command !== 'who-said' || action.action === 'report' || action.action === 'report-form') {
    await interaction.reply(
      privately(
        errorPayload({
          code: 'stale_button',
          message: 'This button belongs to an answer the bot no longer remembers. Ask again with /who-said.',
        }),
      ),
    );
    return 'stale_button';
  }
  // the corpus of the server the answer was given in (its added articles included)
  const view = ctx.corpus.view(conversation.guildId);
  const result = () => whoSaid(view, conversation.query, { speaker: conversation.speaker, outlet: conversation.outlet });
  switch (action.action) {
    case 'more':
      await interaction.update(toSendOptions(whoSaidPayload(result(), { page: action.page })));
      return 'ok';
    case 'context': {
      // the button names the outlet ("Show context 2: Reuters"); since the answer was given, a /reload or an
      // /add may have put another outlet at that place: the one the button names is shown, or none
      const carriers = result().matches[0]?.outlets ?? [];
      const named = namedOutlet(interaction);
      const carrier = [carriers[action.outlet], ...carriers].find(
        (c) => c !== undefined && (named === null || sameLabel(toPlainSlot(outletLabel({ ...c, date: null })), named)),
      );
      const found = carrier ? context(view, carrier.document, carrier.start, carrier.end) : null;
      await interaction.reply(
        found
          ? { ...toSendOptions(contextPayload(found)), flags: MessageFlags.Ephemeral }
          : privately(
              errorPayload({
                code: 'no_context',
                // a /reload is one way the corpus changes; an article added or removed (/add, /remove) is another
                message:
                  'That outlet no longer carries this quotation: the server’s corpus changed since this answer (an article was added or removed, or the corpus reloaded). Ask again.',
              }),
            ),
      );
      return found ? 'ok' : 'no_context';
    }
    case 'claimreview': {
      const review = JSON.stringify(claimReview(result()), null, 2);
      await interaction.reply({
        ...toSendOptions(
          deskPayload('ClaimReview JSON-LD', {
            ok: true,
            message: 'The answer as schema.org ClaimReview, for a fact-checking site (attached).',
            lines: [],
          }),
        ),
        files: [{ attachment: Buffer.from(review, 'utf8'), name: 'claimreview.json' }],
        flags: MessageFlags.Ephemeral,
      });
      return 'ok';
    }
    case 'thread': {
      if (!interaction.inGuild()) {
        await interaction.reply(
          privately(errorPayload({ code: 'no_threads', message: 'Threads can only be opened in a server channel.' })),
        );
        return 'no_threads';
      }
      if (interaction.channel?.isThread()) {
        // the answer is in a thread already: Discord opens no thread inside a thread
        const followed = (await threadConversation(interaction.channelId, ctx)) !== undefined;
        if (followed) await openThread(interaction.message, conversation, ctx);
        await interaction.reply(
          followed
            ? {
                ...toSendOptions(
                  deskPayload('💬 Follow-ups', {
                    ok: true,
                    message: 'This answer is in a thread already: follow-up questions asked here are now about it.',
                    lines: [],
                  }),
                ),
                flags: MessageFlags.Ephemeral,
              }
            : privately(
                errorPayload({
                  code: 'no_threads',
                  message:
                    'This answer is in a thread already, and Discord opens no thread inside a thread: ask /who-said in the channel to open one.',
                }),
              ),
        );
        return followed ? 'ok' : 'no_threads';
      }
      await interaction.deferUpdate();
      await openThread(interaction.message, conversation, ctx);
      return 'ok';
    }
  }
}
