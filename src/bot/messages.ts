/**
 * Plain messages in a thread opened on an answer are follow-up questions. With the Message Content intent
 * the bot reads every message there; without it Discord only shows it messages that mention the bot, so
 * those are the ones answered.
 */
import { randomUUID } from 'node:crypto';
import type { Message } from 'discord.js';
import { answerFollowUp, isChatter, MAX_MESSAGE, threadAfter } from '../answers/follow-up.js';
import { errorPayload } from '../render/discord.js';
import { followUpPayload, moreQuestionsNote, outletsGoneNote } from '../render/follow-up.js';
import type { BotContext } from './context.js';
import { optionText } from './options.js';
import { toSendOptions } from './reply.js';
import { rememberThread, threadConversation, threadOpening } from './threads.js';

/** The reaction on a follow-up posted within the cooldown of the member's previous one. */
export const COOLING_DOWN = '⏳';

/** Handles one message; never throws. Returns true when it answered. */
export async function handleMessage(message: Message, botUserId: string, ctx: BotContext): Promise<boolean> {
  if (message.author.bot || !message.channel.isThread()) return false;
  const conversation = await threadConversation(message.channel.id, ctx);
  if (!conversation) return false;
  // the mention that addressed the bot is not part of the question
  const text = optionText(MAX_MESSAGE).parse(message.content.replaceAll(`<@${botUserId}>`, '').replaceAll(`<@!${botUserId}>`, ''));
  if (!text) return false;
  // members talking among themselves in the thread ("thanks", "good catch") are not asking the bot anything
  if (isChatter(ctx.corpus.view(conversation.guildId), text, conversation)) return false;
  const started = performance.now();
  let outcome = 'ok';
  try {
    // follow-ups are answered like /who-said and /compare, so they have the same per-member cooldown: a
    // member posting faster gets an hourglass on the message instead of one more answer per message
    if ((await ctx.state.takeCooldown(message.author.id, 'follow-up', ctx.config.COOLDOWN_SECONDS)) > 0) {
      outcome = 'cooldown';
      await message
        .react(COOLING_DOWN)
        .catch((e: unknown) =>
          ctx.logger.warn(
            { thread: message.channel.id, err: e instanceof Error ? e.message : String(e) },
            'could not mark a follow-up as too fast',
          ),
        );
      return false;
    }
    const view = ctx.corpus.view(conversation.guildId);
    // a claim chosen in a thread on a topic or a person: claims named by number are still the topic's
    const openedOn = await threadOpening(message.channel.id, conversation, ctx);
    const { intent, answer, about, more, outletsGone } = answerFollowUp(
      view,
      openedOn ? { ...conversation, openedOn } : conversation,
      text,
    );
    // the thread's answer came from another corpus (a /reload or an /add since): said once, on the next follow-up
    const version = view.corpusVersion().version;
    const changed = conversation.corpusVersion !== null && conversation.corpusVersion !== version;
    const note = changed
      ? `ℹ️ The corpus changed since the answer above (corpus ${conversation.corpusVersion} then, ${version} now): this is from the corpus now.`
      : undefined;
    // an outlet the thread was limited to and removed since is dropped from it: said once
    const kept = outletsGone
      ? {
          ...conversation,
          outlet: conversation.outlet && outletsGone.includes(conversation.outlet) ? null : conversation.outlet,
          outlets: conversation.outlets?.filter((o) => !outletsGone.includes(o)) ?? [],
        }
      : conversation;
    // a new quotation found in the corpus becomes the thread's quotation; one the corpus does not carry
    // (or a sentence that was no quotation at all) leaves the thread about the quotation it was opened on. The
    // speaker and outlet the thread was opened with stay for its later follow-ups unless the answer bears
    // them out no more (threadAfter)
    // a claim chosen in a thread on a topic or a person: the thread is about that claim from now on
    if (about) {
      await rememberThread(
        message.channel.id,
        {
          ...conversation,
          command: about.command ?? 'who-said',
          query: about.query,
          speaker: about.speaker,
          outlet: about.outlet,
          outlets: [],
          corpusVersion: version,
        },
        ctx,
      );
    } else if (answer.kind === 'who-said' && answer.result.verdict !== 'not_found') {
      await rememberThread(
        message.channel.id,
        { ...kept, command: 'who-said', ...threadAfter(view, kept, intent, answer.result), corpusVersion: version },
        ctx,
      );
    } else if (changed || outletsGone) await rememberThread(message.channel.id, { ...kept, corpusVersion: version }, ctx);
    outcome = intent.kind;
    // a message that asked several questions: the first answered, the others named to be asked next
    const gone = outletsGone?.length ? outletsGoneNote(outletsGone, changed) : '';
    await message.reply(toSendOptions(followUpPayload(answer, [note ?? '', gone, more?.length ? moreQuestionsNote(more) : ''])));
    return true;
  } catch (error) {
    outcome = 'error';
    // the member is told, with the reference the log line carries, as a slash command's failure is
    const reference = randomUUID().slice(0, 8);
    ctx.logger.error(
      { reference, thread: message.channel.id, err: error instanceof Error ? error.message : String(error) },
      'follow-up failed',
    );
    await message
      .reply(
        toSendOptions(errorPayload({ code: 'internal', message: 'Something went wrong while answering. Please try again.', reference })),
      )
      .catch((e: unknown) =>
        ctx.logger.warn({ reference, err: e instanceof Error ? e.message : String(e) }, 'could not report the failure'),
      );
    return false;
  } finally {
    ctx.logger.info({ command: 'follow-up', user: message.author.id, ms: Math.round(performance.now() - started), outcome }, 'message');
  }
}
