/** /source document: one source document, its metadata with evidence and the claims found in it. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { documentNamed, source } from '../src/answers/lists.js';
import { choicesFor, documentFromChoice } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { toSendOptions } from '../src/bot/reply.js';
import { sourcePayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('One source document: outlet, date, title and the quotations in it')
  .addStringOption((o) =>
    o.setName('document').setDescription('File name in the corpus').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const view = ctx.corpus.view(interaction.guildId);
  // a document whose id is too long for a choice comes as its key
  const typed = documentFromChoice(view, readText(interaction, 'document', OPTION_MAX.name) ?? '');
  // typed loosely ("DW", "003"): the one document it names, so who added it is found too
  const document = documentNamed(view, typed);
  const added = await ctx.library.provenance(interaction.guildId, document);
  await interaction.reply(toSendOptions(sourcePayload(source(view, document, added))));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(choicesFor(ctx.corpus.view(interaction.guildId), 'document', interaction.options.getFocused()));
}
