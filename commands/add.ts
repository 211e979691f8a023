/** /add url|file [outlet] [date] (moderators): add an article to this server's corpus from a link or a file. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { guildOnly, moderatorOnly } from '../src/bot/preconditions.js';
import { toSendOptions } from '../src/bot/reply.js';
import type { ArticleSource } from '../src/library/articles.js';
import { addArticlePayload, errorPayload } from '../src/render/discord.js';

/** Longest link accepted (browsers and servers refuse much longer ones). */
const MAX_URL = 2000;

export const data = new SlashCommandBuilder()
  .setName('add')
  .setDescription('Moderators: add an article to this server’s corpus from a link or a file')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('url').setDescription('Link to the article (http or https)').setMaxLength(MAX_URL))
  .addAttachmentOption((o) => o.setName('file').setDescription('The article as a file: .html, .htm, .txt or .md'))
  .addStringOption((o) => o.setName('outlet').setDescription('Outlet name, when the page does not say').setMaxLength(OPTION_MAX.name))
  .addStringOption((o) => o.setName('date').setDescription('Publication date (2024-03-05), when the page does not say').setMaxLength(40));

export const preconditions = [guildOnly, moderatorOnly];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const url = readText(interaction, 'url', MAX_URL);
  const file = interaction.options.getAttachment('file');
  if ((url === null) === (file === null)) {
    await interaction.reply({
      ...toSendOptions(errorPayload({ code: 'add_needs_one', message: 'Give either a link (url) or a file, not both and not neither.' })),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  // reading a page can take seconds: acknowledge at once
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const source: ArticleSource = file
    ? { kind: 'attachment', name: file.name, url: file.url, size: file.size, contentType: file.contentType }
    : { kind: 'url', url: url! };
  const result = await ctx.library.add({
    guildId: interaction.guildId!,
    actor: { id: interaction.user.id, name: interaction.user.username },
    source,
    overrides: { outlet: readText(interaction, 'outlet', OPTION_MAX.name), date: readText(interaction, 'date', 40) },
  });
  await interaction.editReply(toSendOptions(addArticlePayload(result)));
}
