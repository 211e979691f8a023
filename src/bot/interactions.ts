/**
 * The one interactionCreate handler: routes slash commands, autocomplete and buttons, runs each command's
 * declared preconditions, applies the cooldown, logs one line per interaction (command, latency, outcome)
 * and counts it in the metrics, and turns any unexpected failure into an ephemeral reply with a reference
 * id, never a stack trace.
 */
import { randomUUID } from 'node:crypto';
import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { parseCustomId } from '../render/custom-ids.js';
import { errorPayload } from '../render/discord.js';
import type { BotContext, SlashCommand } from './context.js';
import { handleButton } from './buttons.js';
import { handleReportForm } from './reports.js';
import { blankRequiredOption } from './options.js';
import { toSendOptions } from './reply.js';

/** Options that hold the words a member wants checked (the others hold a name, a document, a link, a note). */
const WORD_OPTIONS = new Set(['quote', 'topic']);

async function replyPrivately(interaction: RepliableInteraction, payload: ReturnType<typeof errorPayload>): Promise<void> {
  const options = { ...toSendOptions(payload), flags: MessageFlags.Ephemeral as const };
  // a button deferred with deferUpdate has the answer it sits on as its reply: editing it would replace
  // that answer, for everyone, with this message
  if (interaction.isMessageComponent() && interaction.deferred) await interaction.followUp(options);
  else if (interaction.deferred && !interaction.replied) await interaction.editReply(toSendOptions(payload));
  else if (interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

function describe(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return `button:${interaction.customId.slice(0, 40)}`;
  return `interaction:${interaction.type}`;
}

/** The metrics' name for an interaction: from a bounded set (a button's custom id is never used as it is). */
function kind(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isAutocomplete()) return `autocomplete:${interaction.commandName}`;
  if (interaction.isButton()) return `button:${parseCustomId(interaction.customId)?.action ?? 'unknown'}`;
  if (interaction.isModalSubmit()) return `form:${parseCustomId(interaction.customId)?.action ?? 'unknown'}`;
  return `interaction:${interaction.type}`;
}

/** Handles one interaction; never throws. */
export async function handleInteraction(interaction: Interaction, commands: Map<string, SlashCommand>, ctx: BotContext): Promise<void> {
  const started = performance.now();
  const name = describe(interaction);
  let outcome = 'ok';
  try {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
    } else if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        outcome = 'unknown_command';
        await replyPrivately(
          interaction,
          errorPayload({ code: 'unknown_command', message: 'This command is not known to the bot any more. Try /help.' }),
        );
      } else {
        const blank = blankRequiredOption(interaction, command);
        const refused =
          (command.preconditions ?? []).map((p) => p.run(interaction, ctx)).find((r) => !r.ok) ??
          (blank
            ? {
                ok: false as const,
                code: 'empty_option',
                // "the words you want checked" only where words are checked: /quotes asks for a name, /source a document
                message: `${WORD_OPTIONS.has(blank) ? 'Give me the words you want checked: t' : 'T'}he ${blank} option of /${command.data.name} is empty once spaces and invisible characters are taken out.`,
              }
            : undefined);
        const wait =
          refused || !command.heavy ? 0 : await ctx.state.takeCooldown(interaction.user.id, command.data.name, ctx.config.COOLDOWN_SECONDS);
        if (refused && !refused.ok) {
          outcome = refused.code;
          ctx.logger.warn({ user: interaction.user.id, command: name, code: refused.code }, 'precondition refused');
          await replyPrivately(interaction, errorPayload({ code: refused.code, message: refused.message }));
        } else if (wait > 0) {
          outcome = 'cooldown';
          await replyPrivately(
            interaction,
            errorPayload({ code: 'cooldown', message: `Please wait ${wait} s before asking /${command.data.name} again.` }),
          );
        } else {
          await command.execute(interaction, ctx);
        }
      }
    } else if (interaction.isButton()) {
      outcome = await handleButton(interaction, ctx);
    } else if (interaction.isModalSubmit() && parseCustomId(interaction.customId)?.action === 'report-form') {
      outcome = await handleReportForm(interaction, ctx);
    }
  } catch (error) {
    outcome = 'error';
    const reference = randomUUID().slice(0, 8);
    ctx.logger.error({ reference, command: name, err: error instanceof Error ? error.message : String(error) }, 'interaction failed');
    if (interaction.isRepliable()) {
      await replyPrivately(
        interaction,
        errorPayload({ code: 'internal', message: 'Something went wrong while answering. Please try again.', reference }),
      ).catch((e: unknown) =>
        ctx.logger.warn({ reference, err: e instanceof Error ? e.message : String(e) }, 'could not report the failure'),
      );
    }
  } finally {
    const ms = performance.now() - started;
    ctx.metrics.interaction(kind(interaction), outcome, ms / 1000);
    ctx.logger.info({ command: name, user: interaction.user.id, ms: Math.round(ms), outcome }, 'interaction');
  }
}
