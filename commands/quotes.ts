/** /quotes speaker: what one speaker is quoted saying, and which outlets carried each quotation. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { speakerQuotes } from '../src/answers/lists.js';
import { choicesFor } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { toSendOptions } from '../src/bot/reply.js';
import { speakerQuotesPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('Everything one speaker is quoted saying in the corpus')
  .addStringOption((o) =>
    o
      .setName('speaker')
      .setDescription('A name, surname or spelling variant')
      .setRequired(true)
      .setMaxLength(OPTION_MAX.name)
      .setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const speaker = readText(interaction, 'speaker', OPTION_MAX.name) ?? '';
  const result = speakerQuotes(ctx.corpus.view(interaction.guildId), speaker);
  const message = await interaction.reply({ ...toSendOptions(speakerQuotesPayload(result)), withResponse: true });
  // a thread a member opens on the answer is about this person: its follow-ups ask about their quotations
  const id = message.resource?.message?.id;
  if (result.speaker && id)
    await ctx.state.setConversation(id, {
      command: 'quotes',
      query: result.speaker.name,
      speaker: result.speaker.name,
      outlet: null,
      outlets: [],
      channelId: interaction.channelId,
      threadId: null,
      guildId: interaction.guildId,
      corpusVersion: result.corpus.version,
    });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(choicesFor(ctx.corpus.view(interaction.guildId), 'speaker', interaction.options.getFocused()));
}
