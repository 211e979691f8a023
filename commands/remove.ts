/** /remove document (moderators): take an article added with /add out of this server's corpus. */
import {
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { documentChoices, documentFromChoice } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { toSendOptions } from '../src/bot/reply.js';
import { whoSaid } from '../src/answers/who-said.js';
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
  const guildId = interaction.guildId!;
  // the open reports whose answers quoted the article, found before it goes (a report keeps the question, not the outlets)
  const concerned = await openReportsQuoting(ctx, guildId, document);
  const result = await ctx.library.remove(guildId, document, { id: interaction.user.id, name: interaction.user.username });
  const openReports = result.ok ? concerned : [];
  await interaction.editReply(toSendOptions(removeArticlePayload(openReports.length ? { ...result, openReports } : result)));
}

/** The server's open /who-said reports whose question the document answers now (their numbers). */
async function openReportsQuoting(ctx: BotContext, guildId: string, document: string): Promise<number[]> {
  const view = ctx.corpus.view(guildId);
  document = documentFromChoice(view, document);
  if (!view.documents.has(document)) return [];
  const open = await ctx.state.listReports(guildId, 'open');
  return open
    .filter((r) => r.command === 'who-said' && whoSaid(view, r.query).matches.some((m) => m.outlets.some((o) => o.document === document)))
    .map((r) => r.id);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  // only a server's own added articles are offered (and only to that server)
  const docs = interaction.guildId ? ctx.corpus.documentsOf(interaction.guildId) : [];
  await interaction.respond(documentChoices(docs, interaction.options.getFocused()));
}
