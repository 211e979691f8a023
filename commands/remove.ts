/** /remove document (moderators): take an article added with /add out of this server's corpus. */
import {
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { documentChoices } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { toSendOptions } from '../src/bot/reply.js';
import { removeArticlePayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('remove')
  .setDescription('Moderators: take an article added with /add out of this server’s corpus')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) =>
    o.setName('document').setDescription('The added article').setRequired(true).setMaxLength(OPTION_MAX.name).setAutocomplete(true),
  );

export const preconditions = [guildOnly, moderatorOnly];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const document = readText(interaction, 'document', OPTION_MAX.name) ?? '';
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await ctx.library.remove(interaction.guildId!, document, { id: interaction.user.id, name: interaction.user.username });
  await interaction.editReply(toSendOptions(removeArticlePayload(result)));
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  // only a server's own added articles are offered (and only to that server)
  const docs = interaction.guildId ? ctx.corpus.documentsOf(interaction.guildId) : [];
  await interaction.respond(documentChoices(docs, interaction.options.getFocused()));
}
